package store

import (
	"database/sql"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"balansplan/model"
)

// tamper changes a closed plan file behind the store's back, with foreign
// keys off, as another tool could.
func tamper(t *testing.T, path string, stmts ...string) {
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

func TestCheckOfAGoodFileFindsNothing(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	path := filepath.Join(dir, "plan.balans")
	mustCreate(t, path, regenboog(t)).Close()
	sum := sha(t, path)
	ps, err := Check(path)
	if err != nil || len(ps) != 0 {
		t.Fatalf("Check = %v, %v", ps, err)
	}
	if sha(t, path) != sum || !slices.Equal(dirNames(t, dir), []string{"plan.balans"}) {
		t.Error("Check changed the file or left side files")
	}
}

// A link to a vision that is not in the file (the sqlite3 program keeps
// no foreign keys) is named by investment and field, once, not as a
// bare row of a table.
func TestCheckNamesTheInvestmentWithALinkToAMissingVision(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "plan.balans")
	mustCreate(t, path, regenboog(t)).Close()
	tamper(t, path, `INSERT INTO investment_visions (investment_id, vision_id, position)
		SELECT id, 'ffffffff-0000-4000-8000-000000000000', 9 FROM investments ORDER BY position LIMIT 1`)
	ps, err := Check(path)
	if err != nil {
		t.Fatal(err)
	}
	first := regenboog(t).Investments[0].Code
	if len(ps) != 1 || ps[0].Entity != model.EntityInvestment || ps[0].Ref != first || string(ps[0].Field) != "visions" ||
		ps[0].Reason != "unknown_link" || !strings.Contains(ps[0].Message(model.EN), "ffffffff-0000-4000-8000-000000000000") {
		t.Errorf("problems = %v", ps.Messages(model.EN))
	}
}

func TestCheckReportsAPlanThatDoesNotValidate(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "plan.balans")
	mustCreate(t, path, regenboog(t)).Close()
	tamper(t, path, `UPDATE investments SET start_month = '2040-01' WHERE code = 'D1'`)
	ps, err := Check(path)
	if err != nil {
		t.Fatal(err)
	}
	if !ps.Has("outside_period", "start") || ps[0].Ref != "D1" {
		t.Errorf("problems = %v", ps.Messages(model.EN))
	}
}

func TestCheckReportsADamagedIndex(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "plan.balans")
	mustCreate(t, path, regenboog(t)).Close()
	// Swap the b-trees of two indexes: every page is sound, but the
	// indexes no longer match their tables.
	tamper(t, path,
		`PRAGMA writable_schema = ON`,
		`UPDATE sqlite_schema SET rootpage = CASE name
			WHEN 'visions_plan_position' THEN (SELECT rootpage FROM sqlite_schema WHERE name = 'agreements_plan_position')
			ELSE (SELECT rootpage FROM sqlite_schema WHERE name = 'visions_plan_position') END
		 WHERE name IN ('visions_plan_position', 'agreements_plan_position')`)
	ps, err := Check(path)
	if err != nil {
		t.Fatalf("Check: %v", err)
	}
	msgs := strings.Join(ps.Messages(model.EN), "\n")
	if len(ps) == 0 || ps[0].Reason != "integrity" || !strings.Contains(msgs, "missing from index visions_plan_position") {
		t.Fatalf("problems:\n%s", msgs)
	}
	for _, m := range ps.Messages(model.NL) {
		if strings.Contains(m, "\n") {
			t.Errorf("a problem spans lines: %q", m)
		}
	}
	// Open refuses the file before writing to it.
	if _, err := Open(path); fileReason(err) != ReasonCorrupt {
		t.Errorf("Open: %v, want corrupt", err)
	}
}

// An unmarked file with Balansplan's tables (application_id lost) is a
// plan: Open marks it again, OpenReadOnly leaves it as it is.
func TestAPlanWithoutApplicationIDIsStillAPlan(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	path := validFile(t, dir, "plan.balans")
	patchUint32(t, path, 68, 0)
	sum := sha(t, path)
	d, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	mustLoad(t, d)
	d.Close()
	if sha(t, path) != sum {
		t.Error("OpenReadOnly changed the file")
	}
	d, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	d.Close()
	if h, err := sniff(path); err != nil || h.applicationID != ApplicationID {
		t.Errorf("after Open: %+v %v", h, err)
	}
}

func TestAFileMarkedAsOursWithoutSchemaVersionIsCorrupt(t *testing.T) {
	t.Parallel()
	path := validFile(t, t.TempDir(), "plan.balans")
	patchUint32(t, path, 60, 0)
	if _, err := Open(path); fileReason(err) != ReasonCorrupt {
		t.Errorf("Open: %v, want corrupt", err)
	}
}

// withMigration is a Config whose schema has one step more.
func withMigration(name, sql string) Config {
	old := embeddedSchema
	return Config{migrations: append(slices.Clip(old), migration{version: len(old) + 1, name: name, sql: sql})}
}

func userVersion(t *testing.T, path string) int {
	t.Helper()
	h, err := sniff(path)
	if err != nil {
		t.Fatal(err)
	}
	return int(h.userVersion)
}

func TestOpenMigratesAnOlderFileAndRecordsTheStep(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	path := validFile(t, dir, "old.balans") // made at version 6, the latest
	want := encode(t, func() *model.Plan {
		d, _ := OpenReadOnly(path)
		defer d.Close()
		return mustLoad(t, d)
	}())
	c := withMigration("notes", `CREATE TABLE notes (id TEXT NOT NULL PRIMARY KEY, text TEXT NOT NULL) STRICT;
		INSERT INTO notes VALUES ('n1', 'eerste');`)

	// Read-only: the plan reads through a migrated copy; the file stays.
	sum := sha(t, path)
	r, err := c.OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := encode(t, mustLoad(t, r)); got != want {
		t.Errorf("read-only load of the old file differs:\n%s", lineDiff(want, got))
	}
	r.Close()
	if sha(t, path) != sum || userVersion(t, path) != schemaVersion {
		t.Fatal("OpenReadOnly changed the old file")
	}
	if names := dirNames(t, dir); !slices.Equal(names, []string{"old.balans"}) {
		t.Errorf("folder has %v", names)
	}

	d, err := c.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	var steps []string
	d.db.Raw("SELECT name FROM schema_migrations ORDER BY version").Scan(&steps)
	var note string
	d.db.Raw("SELECT text FROM notes").Scan(&note)
	if got := encode(t, mustLoad(t, d)); got != want {
		t.Errorf("plan after migration differs:\n%s", lineDiff(want, got))
	}
	d.Close()
	if !slices.Equal(steps, []string{"init", "workshop", "analysis", "board", "lifecycle", "themes", "previous", "notes"}) || note != "eerste" || userVersion(t, path) != schemaVersion+1 {
		t.Errorf("steps %v, note %q, user_version %d", steps, note, userVersion(t, path))
	}
}

func TestAFailingMigrationLeavesTheFileAtTheVersionBefore(t *testing.T) {
	t.Parallel()
	path := validFile(t, t.TempDir(), "old.balans")
	// The first statement works, the second fails: the transaction must
	// take the first back too.
	c := withMigration("broken", `CREATE TABLE half (x INTEGER);
		INSERT INTO no_such_table VALUES (1);`)
	if _, err := c.Open(path); err == nil || !strings.Contains(err.Error(), "0008_broken") {
		t.Fatalf("Open: %v, want the failing step named", err)
	}
	if userVersion(t, path) != schemaVersion {
		t.Errorf("user_version = %d", userVersion(t, path))
	}
	db, _ := sql.Open("sqlite3", "file:"+path+"?mode=ro")
	defer db.Close()
	var n int
	db.QueryRow("SELECT count(*) FROM sqlite_schema WHERE name = 'half'").Scan(&n)
	var steps int
	db.QueryRow("SELECT count(*) FROM schema_migrations").Scan(&steps)
	if n != 0 || steps != schemaVersion {
		t.Errorf("table half exists: %v; %d recorded steps", n == 1, steps)
	}
}

func TestMigrationFilesMustBeNumberedWithoutGaps(t *testing.T) {
	t.Parallel()
	good := fstest.MapFS{
		"m/0002_two.sql": {Data: []byte("SELECT 2")},
		"m/0001_one.sql": {Data: []byte("SELECT 1")},
		"m/README":       {Data: []byte("not a step")},
	}
	ms, err := loadMigrations(good, "m")
	if err != nil || len(ms) != 2 || ms[0].name != "one" || ms[1].version != 2 {
		t.Fatalf("loadMigrations = %+v, %v", ms, err)
	}
	for name, fsys := range map[string]fstest.MapFS{
		"gap":      {"m/0001_one.sql": {}, "m/0003_three.sql": {}},
		"bad name": {"m/one.sql": {}},
		"zero":     {"m/0000_zero.sql": {}},
	} {
		if _, err := loadMigrations(fsys, "m"); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
	if (Config{}).latest() != 7 || embeddedSchema[0].name != "init" || embeddedSchema[1].name != "workshop" ||
		embeddedSchema[2].name != "analysis" || embeddedSchema[3].name != "board" || embeddedSchema[4].name != "lifecycle" ||
		embeddedSchema[5].name != "themes" || embeddedSchema[6].name != "previous" {
		t.Errorf("embedded migrations: %+v", embeddedSchema)
	}
}

func TestSaveCopyWritesAConsistentSelfContainedCopy(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	path := filepath.Join(dir, "plan.balans")
	d := mustCreate(t, path, regenboog(t))
	defer d.Close()
	prev := mustLoad(t, d)
	next := prev.Clone()
	next.Version = "na wijziging"
	if err := d.Commit(prev, next); err != nil {
		t.Fatal(err)
	}
	copyPath := filepath.Join(dir, "kopie.balans")
	if err := os.WriteFile(copyPath, []byte("oude inhoud"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := d.SaveCopy(copyPath); err != nil {
		t.Fatal(err)
	}
	// Only the copy is new: no temporary files; the original keeps its
	// -wal and -shm while open.
	want := []string{".~lock.plan.balans#", "kopie.balans", "plan.balans", "plan.balans-shm", "plan.balans-wal"}
	if names := dirNames(t, dir); !slices.Equal(names, want) {
		t.Errorf("folder has %v, want %v", names, want)
	}
	h, err := sniff(copyPath)
	if err != nil || h.walHeader || h.applicationID != ApplicationID || h.userVersion != uint32(Config{}.latest()) {
		t.Errorf("copy header %+v %v", h, err)
	}
	c, err := OpenReadOnly(copyPath)
	if err != nil {
		t.Fatal(err)
	}
	if a, b := encode(t, next), encode(t, mustLoad(t, c)); a != b {
		t.Errorf("copy differs:\n%s", lineDiff(a, b))
	}
	c.Close()
	// The Doc stays on the original and keeps working.
	again := next.Clone()
	again.Title = "verder"
	if err := d.Commit(next, again); err != nil {
		t.Fatal(err)
	}
	if got := mustLoad(t, d); got.Title != "verder" || d.Path() != path {
		t.Errorf("Doc on %s holds %q", d.Path(), got.Title)
	}
}

func TestSaveCopyNeverWritesOverTheOpenFile(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	path := filepath.Join(dir, "plan.balans")
	d := mustCreate(t, path, regenboog(t))
	defer d.Close()
	link := filepath.Join(dir, "link.balans")
	if err := os.Symlink(path, link); err != nil {
		t.Fatal(err)
	}
	for _, target := range []string{path, filepath.Join(dir, ".", "plan.balans"), link} {
		if err := d.SaveCopy(target); fileReason(err) != ReasonSameFile {
			t.Errorf("SaveCopy(%s) = %v, want same_file", target, err)
		}
	}
	if err := d.SaveCopy(dir); fileReason(err) != ReasonDirectory {
		t.Errorf("SaveCopy(folder) = %v", err)
	}
	mustLoad(t, d)
}
