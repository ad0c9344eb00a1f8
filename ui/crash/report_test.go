package crash

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

var testInfo = Info{Version: "v1.2.3-4-gabcdef0", Build: "2026-11-30T04:00:00Z go1.26.8 linux/amd64"}

// started is a fixed start time for headers written by the tests.
var started = time.Date(2026, 11, 30, 9, 15, 0, 0, time.UTC)

// writeCrash writes a crash file as a crashed run leaves it: the header,
// then what the runtime appends.
func writeCrash(t *testing.T, dir, name string, at time.Time, action, trace string) string {
	t.Helper()
	head, slot := header(testInfo, "linux/amd64", at)
	b := []byte(head)
	copy(b[slot:], actionField(action))
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, append(b, trace...), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

const sampleTrace = "panic: runtime error: index out of range [3] with length 3\n\ngoroutine 1 [running]:\nmain.main()\n\t/src/main.go:7 +0x1d\nexit status 2\n"

func TestReadGivesBackTheHeaderAndTheTrace(t *testing.T) {
	path := writeCrash(t, t.TempDir(), "crash-20261130-091500-42.log", started, "menu: Exporteer PDF", sampleTrace)
	r, err := Read(path)
	if err != nil {
		t.Fatal(err)
	}
	if r.Version != testInfo.Version || r.Build != testInfo.Build || r.OS != "linux/amd64" ||
		!r.Started.Equal(started) || r.LastAction != "menu: Exporteer PDF" || r.Path != path {
		t.Errorf("header read back as %+v", r)
	}
	if !r.Crashed() || r.Trace != strings.TrimSpace(sampleTrace) {
		t.Errorf("trace %q", r.Trace)
	}
	if got := r.Summary(); got != "panic: runtime error: index out of range [3] with length 3" {
		t.Errorf("summary %q", got)
	}
	whole, _ := os.ReadFile(path)
	if r.Text != string(whole) {
		t.Error("Text is not the whole file")
	}
}

func TestAFileWithOnlyAHeaderIsNoCrash(t *testing.T) {
	path := writeCrash(t, t.TempDir(), "crash-20261130-091500-42.log", started, "-", "")
	r, err := Read(path)
	if err != nil {
		t.Fatal(err)
	}
	if r.Crashed() || r.LastAction != "-" {
		t.Errorf("header only: crashed %v, action %q", r.Crashed(), r.LastAction)
	}
}

func TestReadRefusesWhatIsNoCrashFile(t *testing.T) {
	dir := t.TempDir()
	for name, content := range map[string]string{
		"empty":       "",
		"other":       "SQLite format 3\x00...",
		"bad header":  title + "\nversion v1\n\n",
		"bad started": title + "\nstarted: yesterday\n\n",
	} {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
		if _, err := Read(p); !errors.Is(err, ErrNotACrashFile) {
			t.Errorf("%s: %v, want ErrNotACrashFile", name, err)
		}
	}
}

func TestActionFieldIsOneLineOfFixedWidth(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"open", "open"},
		{"  two\nlines\t", "two lines"},
		// 79 ASCII bytes and a two-byte rune: the rune does not fit and
		// is dropped whole, not cut in half.
		{strings.Repeat("a", 79) + "é", strings.Repeat("a", 79)},
		{strings.Repeat("b", 100), strings.Repeat("b", 80)},
	} {
		got := actionField(c.in)
		if len(got) != actionWidth || strings.TrimRight(got, " ") != c.want {
			t.Errorf("actionField(%q) = %q (%d bytes), want %q padded to %d", c.in, got, len(got), c.want, actionWidth)
		}
	}
}

func TestPendingIsTheCrashesNotYetOfferedNewestFirst(t *testing.T) {
	dir := t.TempDir()
	old := writeCrash(t, dir, "crash-20261129-080000-1.log", started.Add(-25*time.Hour), "a", sampleTrace)
	newer := writeCrash(t, dir, "crash-20261130-091500-2.log", started, "b", sampleTrace)
	writeCrash(t, dir, "crash-20261130-100000-3.log", started.Add(time.Hour), "running", "")        // still running or killed
	writeCrash(t, dir, "crash-20261128-080000-4.txt", started.Add(-48*time.Hour), "c", sampleTrace) // offered before
	if err := os.WriteFile(filepath.Join(dir, "crash-garbage.log"), []byte("nonsense"), 0o600); err != nil {
		t.Fatal(err)
	}
	got := Pending(dir)
	if len(got) != 2 || got[0].Path != newer || got[1].Path != old {
		t.Fatalf("pending %v, want [%s %s]", paths(got), newer, old)
	}
	to, err := MarkOffered(got[0])
	if err != nil || to != strings.TrimSuffix(newer, ".log")+".txt" {
		t.Fatalf("MarkOffered: %q, %v", to, err)
	}
	if _, err := os.Stat(to); err != nil {
		t.Error(err)
	}
	if left := Pending(dir); len(left) != 1 || left[0].Path != old {
		t.Errorf("after marking the newest: %v", paths(left))
	}
}

func paths(rs []Report) []string {
	var out []string
	for _, r := range rs {
		out = append(out, r.Path)
	}
	return out
}

func TestInstallWritesTheHeaderNoteOverwritesTheActionCloseRemovesTheFile(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "crashes")
	n, err := Install(dir, testInfo, started)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(filepath.Base(n.Path), "crash-20261130-091500-") {
		t.Errorf("file name %s", n.Path)
	}
	Note("scherm: Investeringen")
	Note("menu: Open")
	r, err := Read(n.Path)
	if err != nil {
		t.Fatal(err)
	}
	if r.LastAction != "menu: Open" || r.Version != testInfo.Version || r.Crashed() {
		t.Errorf("while running: %+v", r)
	}
	if info, d, ok := Installed(); !ok || info != testInfo || d != dir {
		t.Errorf("Installed() = %+v, %q, %v", info, d, ok)
	}
	if err := n.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(n.Path); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("after a clean exit the file is still there: %v", err)
	}
	Note("after close") // must not panic or write anywhere
}

func TestInstallRemovesOnlyOldFilesOfKilledPrograms(t *testing.T) {
	dir := t.TempDir()
	killed := writeCrash(t, dir, "crash-20261101-080000-1.log", started.Add(-30*24*time.Hour), "-", "")
	crashed := writeCrash(t, dir, "crash-20261101-090000-2.log", started.Add(-30*24*time.Hour), "-", sampleTrace)
	running := writeCrash(t, dir, "crash-20261130-080000-3.log", started.Add(-time.Hour), "-", "")
	old := started.Add(-30 * 24 * time.Hour)
	for _, p := range []string{killed, crashed} {
		if err := os.Chtimes(p, old, old); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Chtimes(running, started.Add(-time.Hour), started.Add(-time.Hour)); err != nil {
		t.Fatal(err)
	}
	n, err := Install(dir, testInfo, started)
	if err != nil {
		t.Fatal(err)
	}
	defer n.Close()
	for p, want := range map[string]bool{killed: false, crashed: true, running: true} {
		_, err := os.Stat(p)
		if (err == nil) != want {
			t.Errorf("%s: exists %v, want %v", filepath.Base(p), err == nil, want)
		}
	}
}

// The real thing: a process that installs the net and panics on a
// goroutine of its own leaves a crash file with the header, the last
// action and the runtime's stack.
func TestAPanicOnAnyGoroutineLandsInTheCrashFile(t *testing.T) {
	if dir := os.Getenv("CRASH_TEST_CHILD_DIR"); dir != "" {
		if _, err := Install(dir, testInfo, time.Now()); err != nil {
			os.Exit(3)
		}
		Note("werkplaats: stemronde")
		go func() {
			var list []int
			_ = list[len(os.Args)+2] // an index out of range, as a bug would make it
		}()
		// The panic ends the process; this only bounds a run in which it
		// does not happen.
		time.Sleep(30 * time.Second)
		os.Exit(4)
	}
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^TestAPanicOnAnyGoroutineLandsInTheCrashFile$")
	cmd.Env = append(os.Environ(), "CRASH_TEST_CHILD_DIR="+dir)
	out, err := cmd.CombinedOutput()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 2 {
		t.Fatalf("child: %v, want exit status 2 (a Go panic)\n%s", err, out)
	}
	pending := Pending(dir)
	if len(pending) != 1 {
		t.Fatalf("%d crash files, want 1", len(pending))
	}
	r := pending[0]
	if !strings.HasPrefix(r.Summary(), "panic: runtime error: index out of range [") || r.LastAction != "werkplaats: stemronde" ||
		!strings.Contains(r.Trace, "goroutine ") || !strings.Contains(r.Trace, "report_test.go") || r.Version != testInfo.Version {
		t.Errorf("crash file:\n%s", r.Text)
	}
}

func TestDirIsInsideFynesStorageFolder(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("the XDG rule is Linux's")
	}
	t.Setenv("XDG_CONFIG_HOME", "/home/juf/.config")
	got, err := Dir("nl.balansplan.app")
	if err != nil {
		t.Fatal(err)
	}
	want := "/home/juf/.config/fyne/nl.balansplan.app/crashes"
	if got != want {
		t.Errorf("Dir = %q, want %q", got, want)
	}
}
