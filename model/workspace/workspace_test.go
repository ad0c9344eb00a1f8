package workspace

import (
	"crypto/sha256"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	_ "github.com/mattn/go-sqlite3" // only to make the bad files of the tests

	"balansplan/model"
	"balansplan/model/store"
	"balansplan/model/testplan"
)

// planFile writes a valid plan for school name to dir/file.
func planFile(t *testing.T, dir, file, name string) string {
	t.Helper()
	p := testplan.Regenboog(t)
	p.ID = "plan-" + name
	p.School.Name = name
	path := filepath.Join(dir, file)
	doc, err := store.Create(path, p)
	if err != nil {
		t.Fatal(err)
	}
	if err := doc.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

func execSQL(t *testing.T, path string, stmts ...string) {
	t.Helper()
	db, err := sql.Open("sqlite3", path+"?_foreign_keys=0")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, s := range stmts {
		if _, err := db.Exec(s); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
	}
}

// newer makes a plan file look as if a newer Balansplan wrote it, as the
// store's own tests do: user_version (offset 60) one above this build's.
func newer(t *testing.T, path string) {
	t.Helper()
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var b [4]byte
	if _, err := f.ReadAt(b[:], 60); err != nil {
		t.Fatal(err)
	}
	binary.BigEndian.PutUint32(b[:], binary.BigEndian.Uint32(b[:])+1)
	if _, err := f.WriteAt(b[:], 60); err != nil {
		t.Fatal(err)
	}
}

// snapshot is every file in a folder with its bytes' hash, size, mode and
// time: what reading the board must leave exactly as it was.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.Walk(dir, func(path string, fi os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		if fi.IsDir() {
			out[rel] = fmt.Sprintf("dir %v %v", fi.Mode(), fi.ModTime().UnixNano())
			return nil
		}
		if !fi.Mode().IsRegular() {
			out[rel] = fmt.Sprintf("%v", fi.Mode())
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		out[rel] = fmt.Sprintf("%x %d %v %v", sha256.Sum256(b), fi.Size(), fi.Mode(), fi.ModTime().UnixNano())
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func sameSnapshot(t *testing.T, before, after map[string]string) {
	t.Helper()
	for k, v := range after {
		if before[k] != v {
			t.Errorf("%s changed or appeared: %s (was %q)", k, v, before[k])
		}
	}
	for k := range before {
		if _, ok := after[k]; !ok {
			t.Errorf("%s disappeared", k)
		}
	}
}

func schoolName(_ string, p *model.Plan) string { return p.School.Name }

func TestReadFolderCountsThePlansAndNamesEveryBadFile(t *testing.T) {
	dir := t.TempDir()
	planFile(t, dir, "a.balans", "School A")
	planFile(t, dir, "B.BALANS", "School B") // the extension in any case

	damaged := planFile(t, dir, "damaged.balans", "Kapot")
	b, _ := os.ReadFile(damaged)
	if len(b) < 4*4096 {
		t.Fatalf("the plan file has only %d bytes; the test overwrites its fourth page", len(b))
	}
	for i := 3 * 4096; i < 4*4096; i++ {
		b[i] = 0x5A
	}
	os.WriteFile(damaged, b, 0o644)

	half := planFile(t, dir, "half.balans", "Half")
	b, _ = os.ReadFile(half)
	os.WriteFile(half, b[:len(b)/2+100], 0o644)

	newer(t, planFile(t, dir, "newer.balans", "Nieuw"))
	execSQL(t, planFile(t, dir, "invalid.balans", "Ongeldig"), `UPDATE investments SET block = 'quantum' WHERE position = 0`)

	os.WriteFile(filepath.Join(dir, "notes.balans"), []byte("Notulen van de bestuursvergadering\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "logo.balans"), []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01"), 0o644)
	os.WriteFile(filepath.Join(dir, "empty.balans"), nil, 0o644)
	execSQL(t, filepath.Join(dir, "people.balans"), `CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT)`, `INSERT INTO people (name) VALUES ('Ada')`)

	// Not plan files: skipped, not problems.
	os.WriteFile(filepath.Join(dir, "readme.txt"), []byte("lees mij"), 0o644)
	os.WriteFile(filepath.Join(dir, "._a.balans"), []byte("Mac resource fork"), 0o644)
	os.Mkdir(filepath.Join(dir, "archief"), 0o755)
	planFile(t, filepath.Join(dir, "archief"), "old.balans", "Oud")

	before := snapshot(t, dir)
	res, err := ReadDir(dir, 2, schoolName)
	if err != nil {
		t.Fatal(err)
	}
	sameSnapshot(t, before, snapshot(t, dir))

	// os.ReadDir's order is by bytes: upper case first.
	if !slices.Equal(res.Plans, []string{"School B", "School A"}) {
		t.Errorf("plans %v", res.Plans)
	}
	if !slices.Equal(res.Skipped, []string{"._a.balans", "readme.txt"}) {
		t.Errorf("skipped %v", res.Skipped)
	}
	want := map[string]struct {
		kind   Kind
		reason string
		nl, en string
	}{
		"damaged.balans": {Damaged, store.ReasonCorrupt, "is beschadigd of onvolledig", "is damaged or incomplete"},
		"empty.balans":   {NotAPlan, store.ReasonEmpty, "is leeg (0 bytes)", "is empty (0 bytes)"},
		"half.balans":    {Damaged, store.ReasonCorrupt, "is beschadigd", "is damaged"},
		"invalid.balans": {Invalid, ReasonInvalid, "het plan is niet geldig (1 probleem, het eerste: ", "the plan is not valid (1 problem, the first: "},
		"logo.balans":    {NotAPlan, store.ReasonNotSQLite, "is geen Balansplan-plan", "is not a Balansplan plan"},
		"newer.balans":   {Newer, store.ReasonNewerSchema, "nieuwere versie van Balansplan", "newer version of Balansplan"},
		"notes.balans":   {NotAPlan, store.ReasonNotSQLite, "is geen Balansplan-plan", "is not a Balansplan plan"},
		"people.balans":  {NotAPlan, store.ReasonForeignSQLite, "database van een ander programma", "another program's database"},
	}
	var got []string
	for _, p := range res.Problems {
		name := filepath.Base(p.Path)
		got = append(got, name)
		w, ok := want[name]
		if !ok {
			t.Errorf("unexpected problem %s: %s", name, p.Message(model.EN))
			continue
		}
		if p.Kind != w.kind || p.Reason != w.reason || !strings.HasPrefix(p.Text.NL, name+": ") || !strings.HasPrefix(p.Text.EN, name+": ") ||
			!strings.Contains(p.Text.NL, w.nl) || !strings.Contains(p.Text.EN, w.en) || strings.Contains(p.Text.NL+p.Text.EN, "\n") {
			t.Errorf("%s: %s %s\n%s\n%s", name, p.Kind, p.Reason, p.Message(model.NL), p.Message(model.EN))
		}
		if p.Path != filepath.Join(dir, name) {
			t.Errorf("%s: path %s", name, p.Path)
		}
	}
	// In the order of the paths, which is the folder's order.
	if !slices.IsSorted(got) || len(got) != len(want) {
		t.Errorf("problems %v", got)
	}
	// The invalid plan names the problem and how to see them all.
	for _, p := range res.Problems {
		if p.Kind == Invalid && !strings.Contains(p.Text.EN, "balansplan check --in "+p.Path) {
			t.Errorf("invalid: %s", p.Text.EN)
		}
	}
}

func TestReadOnlyFolderAndFilesAreRead(t *testing.T) {
	dir := t.TempDir()
	a := planFile(t, dir, "a.balans", "School A")
	os.Chmod(a, 0o444)
	os.Chmod(dir, 0o555)
	t.Cleanup(func() { os.Chmod(dir, 0o755) })
	before := snapshot(t, dir)
	res, err := ReadDir(dir, 1, schoolName)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(res.Plans, []string{"School A"}) || len(res.Problems) != 0 {
		t.Errorf("plans %v problems %v", res.Plans, res.Problems)
	}
	sameSnapshot(t, before, snapshot(t, dir))
}

// A plan that a Balansplan window has open keeps its latest saves in the
// -wal file beside it. The board reads them (from copies of both files)
// and changes nothing there: not the plan, not the log, not the -shm
// index, not the lock marker.
func TestReadSeesTheSavesOfAPlanOpenInTheApp(t *testing.T) {
	dir := t.TempDir()
	path := planFile(t, dir, "open.balans", "Voor")
	doc, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer doc.Close()
	prev, err := doc.Load()
	if err != nil {
		t.Fatal(err)
	}
	next := prev.Clone()
	next.School.Name = "Na"
	if err := doc.Commit(prev, next); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Stat(path + "-wal"); err != nil || fi.Size() == 0 {
		t.Fatalf("the saved edit is not in a -wal file beside the plan: %v", err)
	}
	before := snapshot(t, dir)
	res, err := ReadDir(dir, 1, schoolName)
	if err != nil {
		t.Fatal(err)
	}
	// The log, the index and the lock marker are the plan's, not files
	// to list as skipped.
	if !slices.Equal(res.Plans, []string{"Na"}) || len(res.Problems) != 0 || len(res.Skipped) != 0 {
		t.Errorf("plans %v problems %v skipped %v", res.Plans, res.Problems, res.Skipped)
	}
	sameSnapshot(t, before, snapshot(t, dir))
}

func TestTwoFilesOfOneNameInTwoFolders(t *testing.T) {
	d1, d2 := t.TempDir(), t.TempDir()
	paths := []string{planFile(t, d1, "plan.balans", "Een"), planFile(t, d2, "plan.balans", "Twee")}
	res, err := Read(paths, 2, schoolName)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(res.Plans, []string{"Een", "Twee"}) {
		t.Errorf("plans %v problems %v", res.Plans, res.Problems)
	}
}

func TestMissingFilesAndFoldersInAList(t *testing.T) {
	dir := t.TempDir()
	sub := filepath.Join(dir, "map.balans")
	os.Mkdir(sub, 0o755)
	loop := filepath.Join(dir, "loop.balans")
	os.Symlink(loop, loop)
	res, err := Read([]string{filepath.Join(dir, "weg.balans"), sub, loop}, 0, schoolName)
	if err != nil {
		t.Fatal(err)
	}
	var reasons []string
	for _, p := range res.Problems {
		reasons = append(reasons, p.Reason)
	}
	if !slices.Equal(reasons, []string{store.ReasonNotFound, store.ReasonDirectory, store.ReasonLinkLoop}) || len(res.Plans) != 0 {
		t.Errorf("reasons %v plans %v", reasons, res.Plans)
	}
}

// The function runs on at most workers plans at once, so at most that many
// plans are alive; the results keep the order of the paths.
func TestReadRunsAtMostWorkersAtOnce(t *testing.T) {
	dir := t.TempDir()
	var paths []string
	for i := range 6 {
		paths = append(paths, planFile(t, dir, fmt.Sprintf("%d.balans", i), fmt.Sprintf("School %d", i)))
	}
	var running, most atomic.Int32
	var mu sync.Mutex
	res, err := Read(paths, 2, func(path string, p *model.Plan) string {
		n := running.Add(1)
		mu.Lock()
		most.Store(max(most.Load(), n))
		mu.Unlock()
		time.Sleep(10 * time.Millisecond)
		running.Add(-1)
		return p.School.Name
	})
	if err != nil {
		t.Fatal(err)
	}
	if most.Load() > 2 {
		t.Errorf("%d plans at once with 2 workers", most.Load())
	}
	if !slices.Equal(res.Plans, []string{"School 0", "School 1", "School 2", "School 3", "School 4", "School 5"}) {
		t.Errorf("plans %v", res.Plans)
	}
}

func TestFolderErrors(t *testing.T) {
	dir := t.TempDir()
	file := planFile(t, dir, "a.balans", "A")
	for _, tc := range []struct {
		dir, nl, en string
	}{
		{filepath.Join(dir, "weg"), "bestaat niet", "does not exist"},
		{file, "is een bestand en geen map", "is a file, not a folder"},
	} {
		_, err := ReadDir(tc.dir, 0, schoolName)
		var fe *FolderError
		if !errors.As(err, &fe) || !strings.Contains(fe.Message(model.NL), tc.nl) || !strings.Contains(fe.Message(model.EN), tc.en) ||
			!strings.Contains(fe.Message(model.EN), tc.dir) {
			t.Errorf("%s: %v", tc.dir, err)
		}
	}
	res, err := ReadDir(t.TempDir(), 0, schoolName)
	if err != nil || len(res.Plans)+len(res.Problems)+len(res.Skipped) != 0 {
		t.Errorf("an empty folder: %+v %v", res, err)
	}
}

// The temporary copies are gone when Read returns.
func TestReadLeavesNoCopies(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	dir := t.TempDir()
	planFile(t, dir, "a.balans", "A")
	os.WriteFile(filepath.Join(dir, "x.balans"), []byte("x"), 0o644)
	if _, err := ReadDir(dir, 0, schoolName); err != nil {
		t.Fatal(err)
	}
	if left, _ := os.ReadDir(tmp); len(left) != 0 {
		t.Errorf("left in the temporary folder: %v", left)
	}
}

// GORM and SQLite are store's: the workspace reaches them only through it.
func TestWorkspaceImportsNoDatabaseItself(t *testing.T) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go tool not found")
	}
	out, err := exec.Command(goTool, "list", "-f", `{{join .Imports " "}}`, "balansplan/model/workspace").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for _, imp := range strings.Fields(string(out)) {
		if strings.HasPrefix(imp, "gorm.io/") || strings.HasPrefix(imp, "database/sql") || strings.HasPrefix(imp, "github.com/mattn/") {
			t.Errorf("model/workspace imports %s", imp)
		}
	}
}

// A save cut off by a crash leaves a hot journal beside the plan, and the
// plan file half written. The board copies both and rolls the copy back
// (store.Repair on the copy), so it reads the last saved plan; the
// original and its journal stay as they are, for the school's own
// Balansplan to roll back.
func TestReadRollsBackACopyOfAnInterruptedSave(t *testing.T) {
	src, dir := t.TempDir(), t.TempDir()
	path := planFile(t, src, "x.balans", "Voor")
	db, err := sql.Open("sqlite3", path+"?_foreign_keys=0")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	// A tiny page cache makes SQLite write changed pages into the file
	// before the commit, with their old content in the journal.
	if _, err := db.Exec("PRAGMA cache_size = 1"); err != nil {
		t.Fatal(err)
	}
	tx, err := db.Begin()
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	for _, s := range []string{
		`UPDATE plan SET title = 'Half opgeslagen'`,
		`CREATE TABLE junk (x BLOB)`,
		`INSERT INTO junk SELECT randomblob(1000) FROM (WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 2000) SELECT n FROM c)`,
	} {
		if _, err := tx.Exec(s); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
	}
	// The crash: the files as they are now, copied to the board's folder.
	for _, suffix := range []string{"", "-journal"} {
		b, err := os.ReadFile(path + suffix)
		if err != nil || len(b) == 0 {
			t.Fatalf("%s: %v (%d bytes)", suffix, err, len(b))
		}
		os.WriteFile(filepath.Join(dir, "hot.balans"+suffix), b, 0o644)
	}
	if _, err := store.OpenReadOnly(filepath.Join(dir, "hot.balans")); !isReason(err, store.ReasonNeedsRecovery) {
		t.Fatalf("the copied pair is not an interrupted save: %v", err)
	}
	before := snapshot(t, dir)
	res, err := ReadDir(dir, 1, func(_ string, p *model.Plan) string { return p.Title })
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Plans) != 1 || res.Plans[0] == "Half opgeslagen" || len(res.Problems) != 0 || len(res.Skipped) != 0 {
		t.Errorf("plans %v problems %+v skipped %v", res.Plans, res.Problems, res.Skipped)
	}
	sameSnapshot(t, before, snapshot(t, dir))
}

func isReason(err error, reason string) bool {
	var fe *store.FileError
	return errors.As(err, &fe) && fe.Reason == reason
}
