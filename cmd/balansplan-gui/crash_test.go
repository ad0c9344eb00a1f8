//go:build linux

package main

import (
	"bufio"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"balansplan/model/testplan"
	"balansplan/ui/crash"
)

// The safety net end to end, with the real program in an X display: a
// build with the crashtest tag and BALANSPLAN_TEST_PANIC=1 panics on a
// goroutine of its own a second after its window opens; the crash file
// must hold the version, the system, the last action and the stack, and
// nothing of the plan. The next start (an ordinary one) offers it, which
// marks it offered (.log becomes .txt), and closes cleanly on SIGTERM,
// removing its own crash file. The dialog itself is tested in ui/crash
// with fyne's test driver.
func TestAForcedPanicLeavesACrashFileAndTheNextStartOffersIt(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and starts the real program")
	}
	xvfb, err := exec.LookPath("Xvfb")
	if err != nil {
		t.Skip("no Xvfb (make deps-test installs it)")
	}
	bin := filepath.Join(t.TempDir(), "balansplan-gui")
	if out, err := exec.Command("go", "build", "-tags", "crashtest", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build -tags crashtest: %v\n%s", err, out)
	}
	display := startXvfb(t, xvfb)
	home := t.TempDir()
	plan := testplan.RegenboogFile(t)
	env := append(os.Environ(), "HOME="+home, "XDG_CONFIG_HOME="+filepath.Join(home, "config"),
		"DISPLAY="+display, "WAYLAND_DISPLAY=", "BALANSPLAN_LANG=en")
	dir := filepath.Join(home, "config", "fyne", "nl.balansplan.app", "crashes")

	// The crash.
	first := exec.Command(bin, plan)
	first.Env = append(env, "BALANSPLAN_TEST_PANIC=1")
	var stderr strings.Builder
	first.Stderr = &stderr
	err = runFor(t, first, time.Minute)
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 2 {
		t.Fatalf("the forced panic: %v, want exit status 2\n%s", err, stderr.String())
	}
	pending := crash.Pending(dir)
	if len(pending) != 1 {
		entries, _ := os.ReadDir(dir)
		t.Fatalf("%d crash files to offer in %s (%v), want 1", len(pending), dir, entries)
	}
	r := pending[0]
	if r.Summary() != "panic: BALANSPLAN_TEST_PANIC: a forced panic for the crash test" ||
		r.LastAction != "test: forced panic" || r.Version == "" || r.Build == "" ||
		r.OS != runtime.GOOS+"/"+runtime.GOARCH || !strings.Contains(r.Trace, "goroutine ") ||
		!strings.Contains(r.Trace, "panic_crashtest.go") {
		t.Errorf("the crash file:\n%s", r.Text)
	}
	school := testplan.Regenboog(t).School.Name
	if school == "" || strings.Contains(r.Text, school) || strings.Contains(r.Text, plan) {
		t.Errorf("the crash file names the plan (%q or %q):\n%s", school, plan, r.Text)
	}

	// The next start offers it.
	second := exec.Command(bin, plan)
	second.Env = env
	if err := second.Start(); err != nil {
		t.Fatal(err)
	}
	offered := strings.TrimSuffix(r.Path, ".log") + ".txt"
	deadline := time.Now().Add(45 * time.Second)
	for {
		if _, err := os.Stat(offered); err == nil {
			break
		}
		if time.Now().After(deadline) {
			second.Process.Kill()
			second.Wait()
			t.Fatalf("the next start did not offer the crash (no %s)", offered)
		}
		time.Sleep(100 * time.Millisecond)
	}
	if err := second.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	if err := second.Wait(); err != nil {
		t.Errorf("the next start did not close cleanly: %v", err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 || entries[0].Name() != filepath.Base(offered) {
		t.Errorf("crash folder after a clean run: %v, want only %s", entries, filepath.Base(offered))
	}
}

// startXvfb starts a virtual X display of its own choosing (-displayfd)
// and returns its name; it is stopped when the test ends.
func startXvfb(t *testing.T, xvfb string) string {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(xvfb, "-displayfd", "3", "-screen", "0", "1024x768x24", "-nolisten", "tcp")
	cmd.ExtraFiles = []*os.File{w}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	w.Close()
	t.Cleanup(func() {
		cmd.Process.Kill()
		cmd.Wait()
	})
	got := make(chan string, 1)
	go func() {
		line, _ := bufio.NewReader(r).ReadString('\n')
		got <- strings.TrimSpace(line)
	}()
	select {
	case n := <-got:
		if n == "" {
			t.Fatal("Xvfb gave no display number")
		}
		return ":" + n
	case <-time.After(20 * time.Second):
		t.Fatal("Xvfb did not start")
	}
	return ""
}

// runFor runs cmd and kills it when it takes longer than d.
func runFor(t *testing.T, cmd *exec.Cmd, d time.Duration) error {
	t.Helper()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		return err
	case <-time.After(d):
		cmd.Process.Kill()
		<-done
		t.Fatalf("%s ran longer than %v", cmd.Path, d)
	}
	return nil
}
