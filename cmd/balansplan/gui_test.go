package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// The command line links no GUI code: package initialisation cannot be
// deferred, and fyne's (with goldmark, go-text's font scanner and fyne's
// lang) cost every subcommand about 45 ms of CPU before it started
// (cmd/internal/desktop). Before, cmd/balansplan imported ui and this
// failed on fyne.io/fyne/v2.
func TestTheCommandLineLinksNoGUI(t *testing.T) {
	t.Parallel()
	out, err := exec.Command("go", "list", "-deps", "balansplan/cmd/balansplan").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	for _, dep := range strings.Fields(string(out)) {
		for _, gui := range []string{"fyne.io/", "github.com/yuin/goldmark", "github.com/go-text/", "balansplan/ui"} {
			if strings.HasPrefix(dep, gui) {
				t.Errorf("the command line links %s", dep)
			}
		}
	}
}

// Wrong usage is said before the application is looked for.
func TestWrongUsageOfTheAppIsSaidByTheCommandLine(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"a.balans", "b.balans"}, "één planbestand tegelijk, niet 2"},
		{[]string{"plan.balans", "--lang", "de"}, `--lang "de": kies nl of en`},
		{[]string{"--kleur"}, "onbekende optie --kleur"},
	} {
		code, _, stderr := call(t, c.args...)
		if code != 2 || !strings.Contains(stderr, "balansplan: "+c.want) || !strings.Contains(stderr, "Gebruik:") {
			t.Errorf("%q: exit %d, %q", c.args, code, stderr)
		}
	}
	if code, _, stderr := call(t, "a.balans", "b.balans", "--lang", "en"); code != 2 || !strings.Contains(stderr, "one plan file at a time") || !strings.Contains(stderr, "Usage:") {
		t.Errorf("English: exit %d, %q", code, stderr)
	}
}

// The test binary has no balansplan-gui beside it: exactly the case of a
// balansplan copied on its own.
func TestWithoutItsApplicationBalansplanSaysWhatIsMissing(t *testing.T) {
	t.Parallel()
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	if real, err := filepath.EvalSymlinks(self); err == nil {
		self = real
	}
	want := filepath.Join(filepath.Dir(self), "balansplan-gui")
	if _, err := os.Stat(want); err == nil {
		t.Skipf("%s exists; this test needs a folder without it", want)
	}
	code, _, stderr := call(t, "plan.balans", "--lang", "en")
	if code != 1 || !strings.Contains(stderr, want+" is missing") || !strings.Contains(stderr, "balansplan help") {
		t.Errorf("English: exit %d, %q", code, stderr)
	}
	code, _, stderr = call(t)
	if code != 1 || !strings.Contains(stderr, want+" ontbreekt") {
		t.Errorf("Dutch: exit %d, %q", code, stderr)
	}
}

// The real programs: balansplan hands balansplan-gui its arguments and
// its environment, and ends with its exit status and its messages. With
// no display the application says so (exit 1), in the language of
// --lang, or of the environment when there is no --lang: which proves
// both were passed through.
func TestBalansplanStartsTheAppWithItsArgumentsAndEnvironment(t *testing.T) {
	if testing.Short() {
		t.Skip("builds both programs")
	}
	t.Parallel()
	bin := t.TempDir()
	build := exec.Command("go", "build", "-o", bin+string(os.PathSeparator), "balansplan/cmd/balansplan", "balansplan/cmd/balansplan-gui")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	bp := filepath.Join(bin, "balansplan")
	env := func(lang string) []string {
		var e []string
		for _, kv := range os.Environ() {
			k, _, _ := strings.Cut(kv, "=")
			switch k {
			case "DISPLAY", "WAYLAND_DISPLAY", "BALANSPLAN_LANG", "LC_ALL", "LC_MESSAGES", "LANG":
				continue
			}
			e = append(e, kv)
		}
		return append(e, "DISPLAY=", "WAYLAND_DISPLAY=", "BALANSPLAN_LANG="+lang)
	}
	runBP := func(path string, lang string, args ...string) (int, string) {
		t.Helper()
		cmd := exec.Command(path, args...)
		cmd.Env = env(lang)
		out, err := cmd.CombinedOutput()
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		return code, string(out)
	}
	if code, out := runBP(bp, "nl", "plan.balans", "--lang", "en"); code != 1 || !strings.Contains(out, "balansplan: Balansplan cannot open a window") {
		t.Errorf("--lang en: exit %d, %q", code, out)
	}
	if code, out := runBP(bp, "en"); code != 1 || !strings.Contains(out, "balansplan: Balansplan cannot open a window") {
		t.Errorf("BALANSPLAN_LANG=en: exit %d, %q", code, out)
	}
	if code, out := runBP(bp, "nl", "plan.balans"); code != 1 || !strings.Contains(out, "balansplan: Balansplan kan geen venster openen") {
		t.Errorf("BALANSPLAN_LANG=nl: exit %d, %q", code, out)
	}

	// A link to balansplan elsewhere (~/bin) finds the application
	// beside the program it points to.
	elsewhere := t.TempDir()
	link := filepath.Join(elsewhere, "balansplan")
	if err := os.Symlink(bp, link); err != nil {
		t.Fatal(err)
	}
	if code, out := runBP(link, "en"); code != 1 || !strings.Contains(out, "cannot open a window") {
		t.Errorf("through a link: exit %d, %q", code, out)
	}

	// balansplan copied on its own: it says what is missing; its
	// subcommands still work.
	alone := filepath.Join(t.TempDir(), "balansplan")
	b, err := os.ReadFile(bp)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(alone, b, 0o755); err != nil {
		t.Fatal(err)
	}
	want := filepath.Join(filepath.Dir(alone), "balansplan-gui")
	if code, out := runBP(alone, "en", "plan.balans"); code != 1 || !strings.Contains(out, want+" is missing") {
		t.Errorf("alone: exit %d, %q", code, out)
	}
	if code, out := runBP(alone, "en", "help"); code != 0 || !strings.Contains(out, "Usage:") {
		t.Errorf("alone, help: exit %d, %q", code, out)
	}
}
