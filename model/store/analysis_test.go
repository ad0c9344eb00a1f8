package store

import (
	"path/filepath"
	"testing"

	"balansplan/model"
)

// analysisPlan is the example with every field of analysis/2 set: an
// evaluation, a focus, applications recorded as a list, as none (an empty
// list) and not at all (nil).
func analysisPlan(t testing.TB) *model.Plan {
	t.Helper()
	return withAnalysis(t, regenboog(t))
}

// withAnalysis sets the fields of analysis/2 in p as analysisPlan does.
func withAnalysis(t testing.TB, p *model.Plan) *model.Plan {
	t.Helper()
	p.Visions[0].Evaluation = model.Evaluation{Indicator: "Leerlingenenquête: motivatie", Moment: model.MonthOf(p.StartYear+1, 6)}
	p.Visions[1].Evaluation = model.Evaluation{Indicator: "Alleen een indicator"}
	focus := false
	for i := range p.Investments {
		if p.Investments[i].Block == model.BlockDeskundigheid {
			p.Investments[i].Focus = model.FocusDidactisch
			focus = true
			break
		}
	}
	if !focus || len(p.Assessments) < 3 {
		t.Fatal("the example has no deskundigheid investment or fewer than 3 assessments")
	}
	apps := model.Applications()
	p.Assessments[0].Applications = []model.Application{apps[2], apps[0]}
	p.Assessments[1].Applications = []model.Application{}
	p.Assessments[2].Applications = nil
	if ps := p.Validate(); len(ps) > 0 {
		t.Fatalf("the plan is invalid: %v", ps.Messages(model.EN))
	}
	return p
}

func TestTheFieldsOfAnalysis2SurviveTheFile(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "plan.balans")
	want := analysisPlan(t)
	mustCreate(t, path, want).Close()
	for _, open := range []func(string) (*Doc, error){Open, OpenReadOnly} {
		d, err := open(path)
		if err != nil {
			t.Fatal(err)
		}
		got := mustLoad(t, d)
		d.Close()
		if a, b := encode(t, want), encode(t, got); a != b {
			t.Errorf("round trip:\n%s", lineDiff(a, b))
		}
		// The JSON cannot show it: none asked against none used.
		if got.Assessments[1].Applications == nil || len(got.Assessments[1].Applications) != 0 || got.Assessments[2].Applications != nil {
			t.Errorf("applications: recorded none %#v, not asked %#v", got.Assessments[1].Applications, got.Assessments[2].Applications)
		}
		if got.Visions[0].Evaluation != want.Visions[0].Evaluation {
			t.Errorf("evaluation %+v", got.Visions[0].Evaluation)
		}
	}
}

func TestEditsOfTheFieldsOfAnalysis2AndUndo(t *testing.T) {
	t.Parallel()
	for name, edit := range map[string]func(p *model.Plan){
		"evaluation":             func(p *model.Plan) { p.Visions[0].Evaluation.Moment = model.MonthOf(p.StartYear, 12) },
		"evaluation cleared":     func(p *model.Plan) { p.Visions[0].Evaluation = model.Evaluation{} },
		"focus":                  func(p *model.Plan) { p.Investments[focusAt(p)].Focus = model.FocusOrganisatorisch },
		"applications reordered": func(p *model.Plan) { a := p.Assessments[0].Applications; a[0], a[1] = a[1], a[0] },
		"none recorded to nil":   func(p *model.Plan) { p.Assessments[1].Applications = nil },
		"nil to none recorded":   func(p *model.Plan) { p.Assessments[2].Applications = []model.Application{} },
		"list to none recorded":  func(p *model.Plan) { p.Assessments[0].Applications = []model.Application{} },
	} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			commitAndUndo(t, analysisPlan(t), edit)
		})
	}
}

func focusAt(p *model.Plan) int {
	for i := range p.Investments {
		if p.Investments[i].Focus != "" {
			return i
		}
	}
	return -1
}

// A file of schema version 2 reads as it is (nothing of analysis/2 said)
// and migrates to the latest version when opened for writing, without
// loss.
func TestAVersion2FileMigratesToTheLatestVersion(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	path := filepath.Join(dir, "v2.balans")
	// This build writes version 4 only: take a new file back to version
	// 2 by undoing 0004_board.sql and 0003_analysis.sql.
	base := regenboog(t)
	mustCreate(t, path, base).Close()
	tamper(t, path, undoBoard...)
	tamper(t, path,
		"ALTER TABLE visions DROP COLUMN evaluation_indicator",
		"ALTER TABLE visions DROP COLUMN evaluation_moment",
		"ALTER TABLE investments DROP COLUMN focus",
		"ALTER TABLE assessments DROP COLUMN applications_recorded",
		"DROP TABLE assessment_applications",
		"DELETE FROM schema_migrations WHERE version = 3",
		"PRAGMA user_version = 2",
		"VACUUM")
	if userVersion(t, path) != 2 {
		t.Fatalf("user_version %d", userVersion(t, path))
	}
	want := encode(t, base)
	sum := sha(t, path)
	r, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := encode(t, mustLoad(t, r)); got != want {
		t.Errorf("read-only:\n%s", lineDiff(want, got))
	}
	r.Close()
	if sha(t, path) != sum {
		t.Fatal("OpenReadOnly changed the version 2 file")
	}
	d, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	prev := mustLoad(t, d)
	if got := encode(t, prev); got != want {
		t.Errorf("migrated:\n%s", lineDiff(want, got))
	}
	for _, a := range prev.Assessments {
		if a.Applications != nil {
			t.Errorf("a migrated assessment has applications recorded: %#v", a.Applications)
		}
	}
	next := withAnalysis(t, prev.Clone())
	if err := d.Commit(prev, next); err != nil {
		t.Fatal(err)
	}
	d.Close()
	if userVersion(t, path) != schemaVersion {
		t.Errorf("user_version %d after Open", userVersion(t, path))
	}
	d, err = OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	if a, b := encode(t, next), encode(t, mustLoad(t, d)); a != b {
		t.Errorf("after the commit:\n%s", lineDiff(a, b))
	}
}
