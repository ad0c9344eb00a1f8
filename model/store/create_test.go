package store

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/mattn/go-sqlite3"

	"balansplan/model"
)

// A Create that fails says the file could not be created: there is no
// "last change" that was lost, and no file to check or export.
func TestACreateThatFailsSaysTheFileWasNotCreated(t *testing.T) {
	t.Parallel()
	for _, cause := range []error{
		sqlite3.Error{Code: sqlite3.ErrFull},
		&fs.PathError{Op: "write", Path: "/map/.nieuw.balans.1.tmp", Err: syscall.ENOSPC},
	} {
		err := createErr("/map/nieuw.balans", cause)
		if fileReason(err) != ReasonDiskFull {
			t.Fatalf("%v: reason %q", cause, fileReason(err))
		}
		fe := err.(*FileError)
		want := model.Text{
			NL: `Het bestand "nieuw.balans" kon niet worden gemaakt: de schijf is vol. Maak ruimte vrij of kies een andere schijf en probeer het opnieuw.`,
			EN: `The file "nieuw.balans" could not be created: the disk is full. Free some space or choose another disk and try again.`,
		}
		if got := (model.Text{NL: fe.Message(model.NL), EN: fe.Message(model.EN)}); got != want {
			t.Errorf("%v: message %+v", cause, got)
		}
	}
	// The same reason while editing keeps its own sentence.
	if m := fileErr(ReasonDiskFull, "/map/plan.balans", nil).Message(model.NL); !strings.Contains(m, "de laatste wijziging is niet opgeslagen") {
		t.Errorf("disk full while editing: %q", m)
	}

	dir := t.TempDir()
	ro := filepath.Join(dir, "ro")
	os.Mkdir(ro, 0o555)
	loop := filepath.Join(dir, "lus")
	if err := os.Symlink(loop, loop); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		path, reason, nl string
	}{
		{filepath.Join(ro, "nieuw.balans"), ReasonReadOnly, `Het bestand "nieuw.balans" kon niet worden gemaakt: de map is alleen-lezen. Kies een map waarin je mag schrijven.`},
		{filepath.Join(dir, "weg", "nieuw.balans"), ReasonNotFound, `Het bestand "nieuw.balans" kon niet worden gemaakt: de map bestaat niet (meer). Kies een andere map.`},
		{filepath.Join(loop, "nieuw.balans"), ReasonLinkLoop, `Het bestand "nieuw.balans" kon niet worden gemaakt: de map is een symbolische link die naar zichzelf terugverwijst. Kies een andere map.`},
	} {
		_, err := Create(tc.path, regenboog(t))
		fe, ok := err.(*FileError)
		if !ok || fe.Reason != tc.reason || fe.Message(model.NL) != tc.nl || !strings.Contains(fe.Message(model.EN), "could not be created") {
			t.Errorf("Create(%s): %v, want %s: %s", tc.path, err, tc.reason, tc.nl)
		}
	}
}

// A symbolic link loop is named as what it is, not as a problem with the
// disk or the network.
func TestASymlinkLoopIsNamedAsSuch(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.balans"), filepath.Join(dir, "b.balans")
	if err := os.Symlink(b, a); err != nil {
		t.Fatal(err)
	}
	os.Symlink(a, b)
	_, err := Open(a)
	fe, ok := err.(*FileError)
	if !ok || fe.Reason != ReasonLinkLoop {
		t.Fatalf("Open: %v, want link_loop", err)
	}
	want := model.Text{
		NL: `"a.balans" is een symbolische link (snelkoppeling) die via andere links naar zichzelf terugverwijst, dus er is geen bestand om te openen. Herstel of verwijder de link en kies het echte bestand.`,
		EN: `"a.balans" is a symbolic link (shortcut) that leads back to itself through other links, so there is no file to open. Repair or remove the link and choose the real file.`,
	}
	if got := (model.Text{NL: fe.Message(model.NL), EN: fe.Message(model.EN)}); got != want {
		t.Errorf("message %+v", got)
	}
	if strings.Contains(fmt.Sprint(fe.Message(model.NL)), "netwerk") {
		t.Error("a link loop is reported as a network problem")
	}
}
