// Package golden compares what a test renders with a file it recorded
// before, in the testdata folder of the test's package.
//
// A golden holds the widget tree of one screen, dialog or page as fyne's
// test renderer writes it (test.RenderObjectToMarkup), never the whole
// window, so that a change to one label changes one golden. When a change
// is meant, run the tests with -update, which writes the goldens anew,
// and look at the diff before committing it:
//
//	go test ./ui/... -update
//
// Every test package under ui/ imports this package (at least for its
// flag), so that -update is understood by all of them.
package golden

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "write the goldens in testdata/ anew instead of comparing with them")

// Assert fails the test when markup differs from testdata/name, or, with
// -update, writes markup there.
func Assert(t testing.TB, name, markup string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(markup), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("no golden %s (run the test with -update to record it): %v", path, err)
	}
	if string(want) == markup {
		return
	}
	got, wantLines := strings.Split(markup, "\n"), strings.Split(string(want), "\n")
	line := 0
	for line < len(got) && line < len(wantLines) && got[line] == wantLines[line] {
		line++
	}
	show := func(ls []string) string {
		if line < len(ls) {
			return strings.TrimSpace(ls[line])
		}
		return "(end)"
	}
	t.Errorf("%s differs from line %d on:\n got  %s\n want %s\nrun the test with -update and look at the diff when the change is meant",
		path, line+1, show(got), show(wantLines))
}
