package store

import (
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/mattn/go-sqlite3"

	"balansplan/model"
	"balansplan/model/sample"
	"balansplan/model/testplan"
)

// sqlite3CLI runs SQL on a file with the sqlite3 program, as a user or
// another tool could; without the program it uses database/sql the same
// way (foreign keys off).
func sqlite3CLI(t *testing.T, path, sql string) {
	t.Helper()
	if _, err := exec.LookPath("sqlite3"); err != nil {
		tamper(t, path, sql)
		return
	}
	if out, err := exec.Command("sqlite3", path, sql).CombinedOutput(); err != nil {
		t.Fatalf("sqlite3 %s: %v %s", sql, err, out)
	}
}

// validFile writes a closed plan file and returns its path.
func validFile(t *testing.T, dir, name string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := mustCreate(t, path, sample.Generate(5, 40, 4, 6, 7)).Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

// foreignDB writes another program's SQLite database.
func foreignDB(t *testing.T, path string, wal bool) {
	t.Helper()
	dsn := path
	if wal {
		dsn += "?_journal_mode=WAL"
	}
	db, err := sql.Open("sqlite3", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(`CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT);
		INSERT INTO people (name) VALUES ('Ada'), ('Grace')`); err != nil {
		t.Fatal(err)
	}
}

func patchUint32(t *testing.T, path string, off int64, v uint32) {
	t.Helper()
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var b [4]byte
	binary.BigEndian.PutUint32(b[:], v)
	if _, err := f.WriteAt(b[:], off); err != nil {
		t.Fatal(err)
	}
}

// Each bad file must be refused with its reason by every way in, and be
// left byte for byte as it was, with no side files.
func TestBadFilesAreRefusedAndLeftAlone(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name   string
		make   func(t *testing.T, dir string) string
		reason string
	}{
		{"random bytes", func(t *testing.T, dir string) string {
			b := make([]byte, 8192)
			rand.New(rand.NewSource(1)).Read(b)
			p := filepath.Join(dir, "random.balans")
			os.WriteFile(p, b, 0o644)
			return p
		}, ReasonNotSQLite},
		{"a JSON plan", func(t *testing.T, dir string) string {
			p := filepath.Join(dir, "regenboog.balans")
			os.WriteFile(p, testplan.RegenboogJSON(), 0o644)
			return p
		}, ReasonNotSQLite},
		{"an empty file", func(t *testing.T, dir string) string {
			p := filepath.Join(dir, "empty.balans")
			os.WriteFile(p, nil, 0o644)
			return p
		}, ReasonEmpty},
		{"the first bytes of an SQLite header only", func(t *testing.T, dir string) string {
			p := filepath.Join(dir, "short.balans")
			os.WriteFile(p, []byte("SQLite for"), 0o644)
			return p
		}, ReasonCorrupt},
		{"another program's database", func(t *testing.T, dir string) string {
			p := filepath.Join(dir, "people.db")
			foreignDB(t, p, false)
			return p
		}, ReasonForeignSQLite},
		{"another program's database in WAL mode", func(t *testing.T, dir string) string {
			p := filepath.Join(dir, "people-wal.db")
			foreignDB(t, p, true)
			return p
		}, ReasonForeignSQLite},
		{"another program's database with an application_id", func(t *testing.T, dir string) string {
			p := filepath.Join(dir, "other-app.db")
			foreignDB(t, p, false)
			patchUint32(t, p, 68, 0x46534C21) // Fossil's id
			return p
		}, ReasonForeignSQLite},
		{"a plan cut in half", func(t *testing.T, dir string) string {
			p := validFile(t, dir, "half.balans")
			b, _ := os.ReadFile(p)
			os.WriteFile(p, b[:len(b)/2+100], 0o644)
			return p
		}, ReasonCorrupt},
		{"a plan cut at a page boundary", func(t *testing.T, dir string) string {
			p := validFile(t, dir, "pages.balans")
			b, _ := os.ReadFile(p)
			os.WriteFile(p, b[:len(b)/4096/2*4096], 0o644)
			return p
		}, ReasonCorrupt},
		{"a plan with a page overwritten", func(t *testing.T, dir string) string {
			p := validFile(t, dir, "damaged.balans")
			b, _ := os.ReadFile(p)
			for i := 3 * 4096; i < 4*4096; i++ {
				b[i] = 0x5A
			}
			os.WriteFile(p, b, 0o644)
			return p
		}, ReasonCorrupt},
		{"a plan with an unknown file format version (FuzzOpen found it)", func(t *testing.T, dir string) string {
			// Read version 2 (WAL) with an unknown write version: SQLite
			// read it in WAL mode and made -wal and -shm files.
			p := validFile(t, dir, "format.balans")
			f, _ := os.OpenFile(p, os.O_RDWR, 0)
			f.WriteAt([]byte{'0', 2}, 18)
			f.Close()
			return p
		}, ReasonCorrupt},
		{"a plan from a newer Balansplan", func(t *testing.T, dir string) string {
			p := validFile(t, dir, "newer.balans")
			patchUint32(t, p, 60, uint32(Config{}.latest()+1))
			return p
		}, ReasonNewerSchema},
		{"a plan whose plan row was deleted with the sqlite3 program", func(t *testing.T, dir string) string {
			p := validFile(t, dir, "noplan.balans")
			// The sqlite3 program runs without foreign keys, as another
			// tool may: the plan's rows stay behind without it.
			sqlite3CLI(t, p, "DELETE FROM plan;")
			return p
		}, ReasonCorrupt},
		{"a plan whose plan row was deleted with foreign keys on", func(t *testing.T, dir string) string {
			p := validFile(t, dir, "emptied.balans")
			db, err := sql.Open("sqlite3", p+"?_foreign_keys=1")
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			if _, err := db.Exec("DELETE FROM plan"); err != nil {
				t.Fatal(err)
			}
			return p
		}, ReasonCorrupt},
		{"a plan with a start month that is no month", func(t *testing.T, dir string) string {
			p := validFile(t, dir, "month.balans")
			tamper(t, p, "UPDATE investments SET start_month = '2026-13' WHERE rowid = (SELECT min(rowid) FROM investments)")
			return p
		}, ReasonCorrupt},
		{"a plan set to a newer schema with the sqlite3 program", func(t *testing.T, dir string) string {
			p := validFile(t, dir, "newer-sql.balans")
			sqlite3CLI(t, p, fmt.Sprintf("PRAGMA user_version = %d;", Config{}.latest()+1))
			return p
		}, ReasonNewerSchema},
		{"a symbolic link that leads back to itself", func(t *testing.T, dir string) string {
			a, b := filepath.Join(dir, "a.balans"), filepath.Join(dir, "b.balans")
			if err := os.Symlink(b, a); err != nil {
				t.Skip(err)
			}
			os.Symlink(a, b)
			return a
		}, ReasonLinkLoop},
		{"a path that does not exist", func(t *testing.T, dir string) string {
			return filepath.Join(dir, "nope.balans")
		}, ReasonNotFound},
		{"a folder", func(t *testing.T, dir string) string {
			p := filepath.Join(dir, "folder.balans")
			os.Mkdir(p, 0o755)
			return p
		}, ReasonDirectory},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			path := tc.make(t, dir)
			before := dirNames(t, dir)
			var sum string
			if fi, err := os.Stat(path); err == nil && fi.Mode().IsRegular() {
				sum = sha(t, path)
			}
			open := map[string]func() error{
				"Open": func() error {
					d, err := Open(path)
					if err == nil {
						d.Close()
					}
					return err
				},
				"OpenReadOnly": func() error {
					// A reader that cannot load the plan refuses it too.
					d, err := OpenReadOnly(path)
					if err == nil {
						_, err = d.Load()
						d.Close()
					}
					return err
				},
				"Check": func() error {
					ps, err := Check(path)
					if err == nil && len(ps) == 0 {
						return errors.New("Check found nothing wrong")
					}
					if err == nil {
						// Problems instead of an error is fine for a
						// readable file with damage inside.
						if tc.reason == ReasonCorrupt {
							return &FileError{Reason: ReasonCorrupt}
						}
						return ps
					}
					return err
				},
			}
			open["Repair"] = func() error {
				// Repair refuses what is not a plan; a plan that is
				// damaged inside but closed properly needs nothing.
				r, err := Repair(path)
				if err == nil && r.Action == RepairNothing {
					return &FileError{Reason: tc.reason}
				}
				if err == nil {
					return fmt.Errorf("Repair did %s", r.Action)
				}
				return err
			}
			for _, way := range []string{"Open", "OpenReadOnly", "Check", "Repair"} {
				err := open[way]()
				if got := fileReason(err); got != tc.reason {
					t.Errorf("%s: err = %v (reason %q), want reason %q", way, err, got, tc.reason)
				}
				if sum != "" && sha(t, path) != sum {
					t.Fatalf("%s changed the file", way)
				}
				if after := dirNames(t, dir); !slices.Equal(after, before) {
					t.Fatalf("%s left files: before %v, after %v", way, before, after)
				}
			}
		})
	}
}

func TestReadOnlyFileCannotBeOpenedForWritingButCanBeRead(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	path := validFile(t, dir, "ro.balans")
	if err := os.Chmod(path, 0o444); err != nil {
		t.Fatal(err)
	}
	sum := sha(t, path)
	_, err := Open(path)
	if fileReason(err) != ReasonReadOnly {
		t.Fatalf("Open: err = %v, want read_only", err)
	}
	d, err := OpenReadOnly(path)
	if err != nil {
		t.Fatalf("OpenReadOnly: %v", err)
	}
	if p := mustLoad(t, d); len(p.Investments) != 40 {
		t.Errorf("loaded %d investments", len(p.Investments))
	}
	d.Close()
	if ps, err := Check(path); err != nil || len(ps) > 0 {
		t.Errorf("Check: %v %v", ps, err)
	}
	if sha(t, path) != sum {
		t.Error("the file changed")
	}
	if names := dirNames(t, dir); !slices.Equal(names, []string{"ro.balans"}) {
		t.Errorf("folder has %v", names)
	}
}

func TestFileInAReadOnlyFolderCannotBeOpenedForWriting(t *testing.T) {
	t.Parallel()
	dir := filepath.Join(t.TempDir(), "ro")
	os.Mkdir(dir, 0o755)
	path := validFile(t, dir, "plan.balans")
	sum := sha(t, path)
	if err := os.Chmod(dir, 0o555); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(dir, 0o755)
	_, err := Open(path)
	if fileReason(err) != ReasonReadOnly {
		t.Fatalf("Open: err = %v, want read_only", err)
	}
	d, err := OpenReadOnly(path)
	if err != nil {
		t.Fatalf("OpenReadOnly: %v", err)
	}
	mustLoad(t, d)
	d.Close()
	if sha(t, path) != sum {
		t.Error("the file changed")
	}
	if names := dirNames(t, dir); !slices.Equal(names, []string{"plan.balans"}) {
		t.Errorf("folder has %v", names)
	}
}

func TestOpenReadOnlyLeavesAValidFileByteForByte(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	path := validFile(t, dir, "plan.balans")
	sum := sha(t, path)
	info, _ := os.Stat(path)
	d, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	p := mustLoad(t, d)
	if err := d.SaveCopy(filepath.Join(t.TempDir(), "copy.balans")); err != nil {
		t.Errorf("SaveCopy from a read-only Doc: %v", err)
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	if len(p.Investments) != 40 {
		t.Errorf("loaded %d investments", len(p.Investments))
	}
	if sha(t, path) != sum {
		t.Error("the file changed")
	}
	if after, _ := os.Stat(path); !after.ModTime().Equal(info.ModTime()) {
		t.Error("the file's modification time changed")
	}
	if names := dirNames(t, dir); !slices.Equal(names, []string{"plan.balans"}) {
		t.Errorf("folder has %v", names)
	}
}

// A WAL-mode file without its log (copied while open elsewhere) would
// make plain mode=ro create -wal and -shm files; OpenReadOnly must not.
func TestOpenReadOnlyOfAWALFileWithoutLogLeavesNoSideFiles(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	path := validFile(t, dir, "plan.balans")
	f, _ := os.OpenFile(path, os.O_RDWR, 0)
	f.WriteAt([]byte{2, 2}, 18)
	f.Close()
	sum := sha(t, path)
	d, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	mustLoad(t, d)
	d.Close()
	if sha(t, path) != sum {
		t.Error("the file changed")
	}
	if names := dirNames(t, dir); !slices.Equal(names, []string{"plan.balans"}) {
		t.Errorf("folder has %v", names)
	}
}

func TestOpenReadOnlySeesWhatAnOpenWriterCommitted(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	path := validFile(t, dir, "plan.balans")
	w, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	prev := mustLoad(t, w)
	next := prev.Clone()
	next.Version = "in de log"
	if err := w.Commit(prev, next); err != nil {
		t.Fatal(err)
	}
	r, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if got := mustLoad(t, r); got.Version != "in de log" {
		t.Errorf("reader sees version %q", got.Version)
	}
}

func TestOpenOfAFileLockedByAnotherProgramSaysLocked(t *testing.T) {
	t.Parallel()
	c := Config{BusyTimeout: 50 * time.Millisecond}
	dir := t.TempDir()
	path := validFile(t, dir, "plan.balans")
	sum := sha(t, path)
	// Another program in the middle of writing: in rollback-journal mode
	// (how a closed plan is left) an EXCLUSIVE lock keeps readers out.
	other, err := sql.Open("sqlite3", path)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	conn, err := other.Conn(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(context.Background(), "BEGIN EXCLUSIVE"); err != nil {
		t.Fatal(err)
	}
	for _, way := range []string{"Open", "OpenReadOnly"} {
		var err error
		if way == "Open" {
			_, err = c.Open(path)
		} else {
			_, err = c.OpenReadOnly(path)
		}
		if fileReason(err) != ReasonLocked {
			t.Errorf("%s: err = %v, want locked", way, err)
		}
	}
	if _, err := conn.ExecContext(context.Background(), "ROLLBACK"); err != nil {
		t.Fatal(err)
	}
	if sha(t, path) != sum {
		t.Error("the file changed")
	}
	if names := dirNames(t, dir); !slices.Equal(names, []string{"plan.balans"}) {
		t.Errorf("folder has %v", names)
	}
}

func TestDiskFullMapsToDiskFullAndChangesNothing(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "plan.balans")
	d := mustCreate(t, path, regenboog(t))
	defer d.Close()
	prev := mustLoad(t, d)
	var pages int
	if err := d.db.Raw("PRAGMA page_count").Scan(&pages).Error; err != nil {
		t.Fatal(err)
	}
	// The user's path has no page limit; this caps the file where it is
	// so the next growth fails as a full disk would, with SQLITE_FULL.
	if err := d.db.Exec(fmt.Sprintf("PRAGMA max_page_count = %d", pages)).Error; err != nil {
		t.Fatal(err)
	}
	next := prev.Clone()
	for i := 0; i < 30; i++ {
		next.Visions = append(next.Visions, model.Vision{ID: model.NewID(), Code: "VX" + strings.Repeat("x", i),
			Title: "Lange visie", Text: strings.Repeat("Een lange tekst die ruimte vraagt. ", 400)})
	}
	err := d.Commit(prev, next)
	if fileReason(err) != ReasonDiskFull {
		t.Fatalf("err = %v, want disk_full", err)
	}
	if a, b := encode(t, prev), encode(t, mustLoad(t, d)); a != b {
		t.Errorf("the file changed:\n%s", lineDiff(a, b))
	}
}

func TestErrorsOfSQLiteAndTheSystemMapToReasons(t *testing.T) {
	t.Parallel()
	cases := []struct {
		err  error
		want string
	}{
		{sqlite3.Error{Code: sqlite3.ErrFull}, ReasonDiskFull},
		{sqlite3.Error{Code: sqlite3.ErrBusy}, ReasonLocked},
		{sqlite3.Error{Code: sqlite3.ErrLocked}, ReasonLocked},
		{sqlite3.Error{Code: sqlite3.ErrCorrupt}, ReasonCorrupt},
		{sqlite3.Error{Code: sqlite3.ErrNotADB}, ReasonCorrupt},
		{sqlite3.Error{Code: sqlite3.ErrReadonly}, ReasonReadOnly},
		{sqlite3.Error{Code: sqlite3.ErrReadonly, ExtendedCode: sqlite3.ErrReadonlyRollback}, ReasonNeedsRecovery},
		{sqlite3.Error{Code: sqlite3.ErrIoErr, ExtendedCode: sqlite3.ErrIoErrWrite}, ReasonIO},
		{sqlite3.Error{Code: sqlite3.ErrConstraint}, ""},
		{&os.PathError{Op: "write", Path: "x", Err: syscall.ENOSPC}, ReasonDiskFull},
		{&os.PathError{Op: "open", Path: "x", Err: os.ErrPermission}, ReasonReadOnly},
		{&os.PathError{Op: "stat", Path: "x", Err: syscall.ELOOP}, ReasonLinkLoop},
		{&os.PathError{Op: "stat", Path: "x", Err: syscall.ENOTDIR}, ReasonNotFound},
		{errors.New("something else"), ""},
	}
	for _, tc := range cases {
		err := classify("/tmp/plan.balans", "save", tc.err)
		if got := fileReason(err); got != tc.want {
			t.Errorf("%v: reason %q, want %q", tc.err, got, tc.want)
		}
		if tc.want != "" && !errors.Is(err, tc.err) {
			t.Errorf("%v: cause lost", tc.err)
		}
	}
}

func TestEveryReasonHasASentenceInBothLanguagesWithTheFileName(t *testing.T) {
	t.Parallel()
	reasons := []string{ReasonNotFound, ReasonDirectory, ReasonEmpty, ReasonNotSQLite, ReasonForeignSQLite,
		ReasonCorrupt, ReasonNewerSchema, ReasonReadOnly, ReasonLocked, ReasonDiskFull, ReasonIO,
		ReasonExists, ReasonSameFile, ReasonChanged, ReasonNeedsRecovery, ReasonNoPermission, ReasonLinkLoop}
	if len(reasons) != len(fileMessages) {
		t.Errorf("%d reasons, %d messages", len(reasons), len(fileMessages))
	}
	for _, r := range reasons {
		for _, creating := range []bool{false, true} {
			e := &FileError{Reason: r, Path: "/school/map/Beleidsplan 2026.balans", creating: creating}
			checkSentence(t, r, e)
		}
	}
	for r := range createMessages {
		if _, ok := fileMessages[r]; !ok {
			t.Errorf("create message for unknown reason %s", r)
		}
	}
}

func checkSentence(t *testing.T, r string, e *FileError) {
	t.Helper()
	nl, en := e.Message(model.NL), e.Message(model.EN)
	if _, ok := fileMessages[r]; !ok {
		t.Errorf("%s: no message", r)
	}
	if !strings.Contains(nl, `"Beleidsplan 2026.balans"`) || !strings.Contains(en, `"Beleidsplan 2026.balans"`) {
		t.Errorf("%s: file name missing: %q / %q", r, nl, en)
	}
	if nl == en || e.Error() != nl || strings.Contains(nl, "/school/map") {
		t.Errorf("%s: nl %q en %q error %q", r, nl, en, e.Error())
	}
	// The app says "je", not "u".
	for _, w := range strings.Fields(strings.ToLower(nl)) {
		if w = strings.Trim(w, ".,:;()"); w == "u" || w == "uw" {
			t.Errorf("%s: %q says u", r, nl)
		}
	}
}
