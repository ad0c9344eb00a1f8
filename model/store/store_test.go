package store

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"balansplan/model"
	"balansplan/model/sample"
	"balansplan/model/testplan"
)

// regenboog is the example plan of the contract, decoded from its JSON.
func regenboog(t testing.TB) *model.Plan { return testplan.Regenboog(t) }

func encode(t testing.TB, p *model.Plan) string {
	t.Helper()
	b, err := model.EncodeJSON(p)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func mustCreate(t testing.TB, path string, p *model.Plan) *Doc {
	t.Helper()
	d, err := Create(path, p)
	if err != nil {
		t.Fatalf("Create: %v", err)
	}
	return d
}

func mustLoad(t testing.TB, d *Doc) *model.Plan {
	t.Helper()
	p, err := d.Load()
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	return p
}

// reopen closes d and loads the plan back through a fresh Open.
func reopen(t testing.TB, d *Doc) (*Doc, *model.Plan) {
	t.Helper()
	path := d.Path()
	if err := d.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	d2, err := Open(path)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { d2.Close() })
	return d2, mustLoad(t, d2)
}

func sha(t testing.TB, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

// dirNames lists the names in dir, to catch side files left behind.
func dirNames(t testing.TB, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range es {
		out = append(out, e.Name())
	}
	return out
}

func fileReason(err error) string {
	var fe *FileError
	if errors.As(err, &fe) {
		return fe.Reason
	}
	return ""
}

func TestRoundTripKeepsEveryFieldOfTheExample(t *testing.T) {
	t.Parallel()
	orig := regenboog(t)
	want := encode(t, orig)
	path := filepath.Join(t.TempDir(), "regenboog.balans")
	d := mustCreate(t, path, orig)
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	d, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	got := encode(t, mustLoad(t, d))
	if got != want {
		t.Errorf("JSON after the round trip differs:\n%s", lineDiff(want, got))
	}
	// The example must exercise what the schema has: spot-check a few
	// fields whose loss the JSON comparison would show as well.
	if !strings.Contains(want, `"now": null`) || !strings.Contains(want, `"depends_on": [`) {
		t.Fatalf("example no longer has null scores or dependencies; pick another fixture")
	}
}

func TestRoundTripOfTheLargePlanKeepsOrderAndLinks(t *testing.T) {
	t.Parallel()
	orig := sample.Large()
	path := filepath.Join(t.TempDir(), "large.balans")
	d := mustCreate(t, path, orig)
	_, got := reopen(t, d)
	if a, b := encode(t, orig), encode(t, got); a != b {
		t.Errorf("large plan changed in the round trip:\n%s", lineDiff(a, b))
	}
	if got.ID != orig.ID || len(got.Investments) != 600 || got.Investments[599].ID != orig.Investments[599].ID {
		t.Errorf("IDs or order lost")
	}
}

func TestCreateGivesAPlanWithoutIDAnID(t *testing.T) {
	t.Parallel()
	p := regenboog(t)
	p.ID = ""
	d := mustCreate(t, filepath.Join(t.TempDir(), "x.balans"), p)
	defer d.Close()
	got := mustLoad(t, d)
	if got.ID == "" {
		t.Fatal("the stored plan has no ID")
	}
	// A Commit from the caller's plan (still without ID) works.
	next := p.Clone()
	next.Title = "Nieuwe titel"
	if err := d.Commit(p, next); err != nil {
		t.Fatal(err)
	}
	if got := mustLoad(t, d); got.Title != "Nieuwe titel" || got.ID == "" {
		t.Errorf("got title %q id %q", got.Title, got.ID)
	}
}

func TestCreateRefusesAnInvalidPlanAndLeavesNoFile(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	p := regenboog(t)
	p.Title = ""
	_, err := Create(filepath.Join(dir, "x.balans"), p)
	var ps model.Problems
	if !errors.As(err, &ps) || !ps.Has("required", "plan.title") {
		t.Fatalf("err = %v, want problems with plan.title required", err)
	}
	if names := dirNames(t, dir); len(names) != 0 {
		t.Errorf("files left behind: %v", names)
	}
}

func TestCreateRefusesAnExistingPathAndLeavesItAlone(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	path := filepath.Join(dir, "x.balans")
	if err := os.WriteFile(path, []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Create(path, regenboog(t))
	if fileReason(err) != ReasonExists {
		t.Fatalf("err = %v, want exists", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "mine" {
		t.Errorf("existing file changed to %q", b)
	}
	if names := dirNames(t, dir); !slices.Equal(names, []string{"x.balans"}) {
		t.Errorf("files in folder: %v", names)
	}
}

func TestCreateInAMissingFolderFailsWithNotFound(t *testing.T) {
	t.Parallel()
	_, err := Create(filepath.Join(t.TempDir(), "nope", "x.balans"), regenboog(t))
	if fileReason(err) != ReasonNotFound {
		t.Fatalf("err = %v, want not_found", err)
	}
}

func TestCreateInAReadOnlyFolderLeavesNoFile(t *testing.T) {
	t.Parallel()
	dir := filepath.Join(t.TempDir(), "ro")
	os.Mkdir(dir, 0o555)
	defer os.Chmod(dir, 0o755)
	_, err := Create(filepath.Join(dir, "x.balans"), regenboog(t))
	if fileReason(err) != ReasonReadOnly {
		t.Fatalf("err = %v, want read_only", err)
	}
	if names := dirNames(t, dir); len(names) != 0 {
		t.Errorf("files left: %v", names)
	}
}

func TestCreateThatFailsHalfwayLeavesNoFile(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	c := withMigration("broken", "CREATE TABLE x (y); SELECT * FROM no_such_table;")
	if _, err := c.Create(filepath.Join(dir, "x.balans"), regenboog(t)); err == nil {
		t.Fatal("Create succeeded")
	}
	if names := dirNames(t, dir); len(names) != 0 {
		t.Errorf("files left: %v", names)
	}
}

func TestTwoDocsOnOneFileCloseCleanly(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	path := filepath.Join(dir, "x.balans")
	d1 := mustCreate(t, path, regenboog(t))
	d2, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	mustLoad(t, d1)
	mustLoad(t, d2)
	// The first to close cannot leave WAL mode while the other has the
	// file open; it must not wait for it either.
	start := time.Now()
	if err := d2.Close(); err != nil {
		t.Fatal(err)
	}
	if took := time.Since(start); took > time.Second {
		t.Errorf("Close waited %v", took)
	}
	if err := d1.Close(); err != nil {
		t.Fatal(err)
	}
	if names := dirNames(t, dir); !slices.Equal(names, []string{"x.balans"}) {
		t.Errorf("after both closed: %v", names)
	}
	if h, _ := sniff(path); h.walHeader {
		t.Error("the last Close left WAL mode on")
	}
}

func TestClosedFileIsOneSelfContainedFile(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	path := filepath.Join(dir, "x.balans")
	d := mustCreate(t, path, regenboog(t))
	p := mustLoad(t, d)
	next := p.Clone()
	next.Version = "0.4"
	if err := d.Commit(p, next); err != nil {
		t.Fatal(err)
	}
	if names := dirNames(t, dir); !slices.Contains(names, "x.balans-wal") {
		t.Errorf("an open file should be in WAL mode; folder has %v", names)
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	if names := dirNames(t, dir); !slices.Equal(names, []string{"x.balans"}) {
		t.Errorf("after Close the folder has %v", names)
	}
	h, err := sniff(path)
	if err != nil {
		t.Fatal(err)
	}
	if h.walHeader || h.applicationID != ApplicationID || h.userVersion != uint32(Config{}.latest()) {
		t.Errorf("header after Close: %+v", h)
	}
	if err := d.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
	if _, err := d.Load(); err == nil {
		t.Errorf("Load after Close succeeded")
	}
}

func TestSchemaMigrationsRecordsTheStepsWithTheClock(t *testing.T) {
	t.Parallel()
	c := Config{Now: func() time.Time { return time.Date(2026, 3, 12, 9, 30, 0, 0, time.FixedZone("CET", 3600)) }}
	d, err := c.Create(filepath.Join(t.TempDir(), "x.balans"), regenboog(t))
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	type rec struct {
		Version   int
		Name      string
		AppliedAt string
	}
	var recs []rec
	if err := d.db.Raw("SELECT version, name, applied_at FROM schema_migrations ORDER BY version").Scan(&recs).Error; err != nil {
		t.Fatal(err)
	}
	want := []rec{{1, "init", "2026-03-12T08:30:00Z"}, {2, "workshop", "2026-03-12T08:30:00Z"}, {3, "analysis", "2026-03-12T08:30:00Z"},
		{4, "board", "2026-03-12T08:30:00Z"}, {5, "lifecycle", "2026-03-12T08:30:00Z"}, {6, "themes", "2026-03-12T08:30:00Z"},
		{7, "previous", "2026-03-12T08:30:00Z"}}
	if !slices.Equal(recs, want) {
		t.Errorf("schema_migrations = %+v, want %+v", recs, want)
	}
}

// lineDiff shows the first differing lines of two texts.
func lineDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	var out bytes.Buffer
	n := 0
	for i := 0; i < max(len(al), len(bl)) && n < 10; i++ {
		var x, y string
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if x != y {
			out.WriteString("line " + strconv.Itoa(i+1) + ":\n  want " + x + "\n  got  " + y + "\n")
			n++
		}
	}
	return out.String()
}

func TestMonthTextIsMonthString(t *testing.T) {
	t.Parallel()
	for _, m := range []model.Month{0, model.MonthOf(2026, 1), model.MonthOf(2029, 12), model.MonthOf(1, 7), model.MonthOf(9999, 10)} {
		if monthText(m) != m.String() {
			t.Errorf("%d: %q, want %q", m, monthText(m), m.String())
		}
	}
}
