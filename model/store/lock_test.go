package store

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"balansplan/model"
)

func TestASecondOpenInTheSameProgramLearnsTheFileIsOpen(t *testing.T) {
	t.Parallel()
	if !locksSupported {
		t.Skip("no file locks on this system")
	}
	dir := t.TempDir()
	path := validFile(t, dir, "plan.balans")
	a, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if h := a.OpenElsewhere(); h != nil {
		t.Fatalf("the first open: open elsewhere %+v", *h)
	}
	b, err := Open(path)
	if err != nil {
		t.Fatalf("a second open must stay possible: %v", err)
	}
	h := b.OpenElsewhere()
	host, _ := os.Hostname()
	if h == nil || h.PID != os.Getpid() || h.Host != host || !h.SameProcess() || time.Since(h.Since) > time.Minute {
		t.Fatalf("the second open: open elsewhere %+v", h)
	}
	w := h.Warning(path)
	if !strings.Contains(w.NL, `"plan.balans" is al open in een ander venster`) || !strings.Contains(w.EN, `"plan.balans" is already open in another Balansplan window`) {
		t.Errorf("warning: %+v", w)
	}
	// A reader takes no part: it neither warns nor counts.
	r, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	if r.OpenElsewhere() != nil {
		t.Error("a read-only Doc says open elsewhere")
	}
	r.Close()

	// The first closes; the second still has it: a third open warns.
	a.Close()
	c, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if c.OpenElsewhere() == nil {
		t.Error("the third open, with the second still open: no warning")
	}
	b.Close()
	c.Close()
	// The last one to close removes the marker; the next open is alone.
	if names := dirNames(t, dir); !slices.Equal(names, []string{"plan.balans"}) {
		t.Errorf("after closing all: folder has %v", names)
	}
	d, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if h := d.OpenElsewhere(); h != nil {
		t.Errorf("after all closed: open elsewhere %+v", *h)
	}
	d.Close()
}

// holdChildEnv names the plan file the child opens (and, with
// holdCommitEnv set, commits one edit to) before it says so and waits to
// be killed.
const (
	holdChildEnv  = "BALANSPLAN_STORE_HOLD_CHILD"
	holdCommitEnv = "BALANSPLAN_STORE_HOLD_COMMIT"
)

// TestHoldChild is the child of the tests that need another process with
// the file open.
func TestHoldChild(t *testing.T) {
	path := os.Getenv(holdChildEnv)
	if path == "" {
		t.Skip("runs only as a child process")
	}
	d, err := Open(path)
	if err != nil {
		println("error", err.Error())
		os.Exit(3)
	}
	if os.Getenv(holdCommitEnv) != "" {
		prev, err := d.Load()
		if err != nil {
			os.Exit(3)
		}
		next := prev.Clone()
		next.Title = "Door het kind gewijzigd"
		if err := d.Commit(prev, next); err != nil {
			println("error", err.Error())
			os.Exit(3)
		}
	}
	os.Stdout.WriteString("opened " + strconv.Itoa(os.Getpid()) + "\n")
	time.Sleep(time.Minute)
}

// holdInChild starts a child that opens path and returns it once the
// file is open there.
func holdInChild(t *testing.T, path string, commit bool) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestHoldChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), holdChildEnv+"="+path)
	if commit {
		cmd.Env = append(cmd.Env, holdCommitEnv+"=1")
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	sc := bufio.NewScanner(out)
	if !sc.Scan() || !strings.HasPrefix(sc.Text(), "opened ") {
		t.Fatalf("the child did not open the file: %q", sc.Text())
	}
	return cmd
}

func killChild(t *testing.T, cmd *exec.Cmd) {
	t.Helper()
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()
	if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() {
		t.Fatalf("the child was not killed: %v", cmd.ProcessState)
	}
}

func TestAFileOpenInAnotherProcessWarnsUntilThatProcessIsKilled(t *testing.T) {
	t.Parallel()
	if !locksSupported {
		t.Skip("no file locks on this system")
	}
	dir := t.TempDir()
	path := validFile(t, dir, "plan.balans")
	child := holdInChild(t, path, false)

	d, err := Open(path)
	if err != nil {
		t.Fatalf("opening a file open in another program must stay possible: %v", err)
	}
	h := d.OpenElsewhere()
	if h == nil || h.PID != child.Process.Pid || h.SameProcess() {
		t.Fatalf("open elsewhere: %+v, want the child %d", h, child.Process.Pid)
	}
	w := h.Warning(path)
	pid := strconv.Itoa(child.Process.Pid)
	if !strings.Contains(w.NL, `"plan.balans" is al geopend`) || !strings.Contains(w.NL, "(proces "+pid+")") ||
		!strings.Contains(w.EN, "(process "+pid+")") {
		t.Errorf("warning: %+v", w)
	}
	d.Close()

	// The killed child cannot remove its marker, but the system drops its
	// lock: the marker warns nobody any more.
	killChild(t, child)
	if _, err := os.Stat(lockName(path)); err != nil {
		t.Fatalf("the killed child's marker: %v", err)
	}
	d, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if h := d.OpenElsewhere(); h != nil {
		t.Errorf("after the kill: open elsewhere %+v", *h)
	}
	d.Close()
	if names := dirNames(t, dir); !slices.Equal(names, []string{"plan.balans"}) {
		t.Errorf("after closing: folder has %v", names)
	}
}

func TestTheWarningNamesWhoAndSinceWhen(t *testing.T) {
	t.Parallel()
	since := time.Date(2026, 3, 12, 9, 30, 0, 0, time.UTC)
	h := &Holder{PID: 1, Host: "lokaal-12", User: "juf.anna", Since: since}
	at := since.Local().Format("2006-01-02 15:04")
	w := h.Warning("/map/plan.balans")
	want := model.Text{
		NL: `Het bestand "plan.balans" is al geopend door juf.anna op lokaal-12 (proces 1) sinds ` + at + `. Als jullie allebei wijzigen, wordt de wijziging van de één geweigerd zodra de ander heeft opgeslagen. Spreek af wie er werkt, of open het bestand alleen om te lezen.`,
		EN: `The file "plan.balans" is already open by juf.anna on lokaal-12 (process 1) since ` + at + `. If you both edit, a change by one of you is refused once the other has saved. Agree who works on it, or open the file only to read it.`,
	}
	if w != want {
		t.Errorf("warning:\n%+v\nwant\n%+v", w, want)
	}
	// A marker nobody could read still says the file is open.
	if w := (&Holder{}).Warning("plan.balans"); !strings.HasPrefix(w.NL, `Het bestand "plan.balans" is al geopend. `) {
		t.Errorf("warning without details: %q", w.NL)
	}
}

func TestTheMarkerRoundTripsItsHolder(t *testing.T) {
	t.Parallel()
	f, err := os.Create(filepath.Join(t.TempDir(), "marker"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	f.WriteString("een heel lange oude regel die overschreven moet worden\n\n\n\n")
	writeHolder(f)
	h := readHolder(f)
	host, _ := os.Hostname()
	if h.PID != os.Getpid() || h.Host != host || time.Since(h.Since) > time.Minute {
		t.Errorf("holder %+v", *h)
	}
	b, _ := os.ReadFile(f.Name())
	if strings.Contains(string(b), "overschreven") {
		t.Errorf("the old marker text is still there: %q", b)
	}
}
