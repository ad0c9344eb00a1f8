package store_test

import (
	"database/sql"
	"path/filepath"
	"testing"

	"balansplan/model"
	"balansplan/model/store"
	"balansplan/model/testplan"
)

// regenboogV6 is the plan in testdata/regenboog-v6.balans: the board
// fixture with a year of its life (withLifecycle) and the theme privacy.
func regenboogV6(t *testing.T) *model.Plan {
	t.Helper()
	p := withLifecycle(t, testplan.Board(t))
	p.ChooseTheme("privacy")
	return p
}

// testdata/regenboog-v6.balans was written by the store of the release
// before the link back (commit 9fbd60f, schema version 6, built from a
// copy made with git archive, its clock set to 2026-11-30 06:30 UTC):
// store.Create of regenboogV6 and then SaveParticipantCopy, so that it
// holds a merge base. This release opens it as it is, migrates it when it
// opens it for writing, keeps every row, and takes the link back.
func TestAVersion6FileOfThePreviousReleaseOpensMigratesAndTakesTheLinkBack(t *testing.T) {
	// Counted by hand: the v4 fixture's rows, withLifecycle's 2 plan
	// status changes, 1 version, 3 realisation rows, 2 investment status
	// changes and 1 evaluation, and 1 chosen theme.
	v6 := map[string]int{"plan": 1, "plan_authors": 2, "budget_ceilings": 4, "visions": 3, "vision_returns": 6,
		"investments": 10, "investment_visions": 17, "investment_dependencies": 2, "agreements": 2,
		"assessments": 5, "assessment_scores": 25, "assessment_answers": 0, "assessment_applications": 0,
		"votes": 0, "vote_points": 0, "plan_signatories": 2, "inventory": 8, "responsibilities": 4, "risks": 5,
		"plan_status_changes": 2, "plan_versions": 1, "realisations": 3, "investment_status_changes": 2,
		"vision_evaluations": 1, "plan_themes": 1, "maturity_domains": 0, "maturity_investments": 0,
		"merge_base": 1, "schema_migrations": 6}
	path, migrated, rows := openOldRelease(t, oldRelease{"regenboog-v6.balans", 6, v6, regenboogV6(t)})
	if !migrated.Previous.IsZero() {
		t.Errorf("the migrated plan continues %+v", migrated.Previous)
	}
	// The link back is on the plan row: no row more.
	link := model.Previous{ID: "2f0c6a2e-6b7e-4d55-9a43-0d1c2b3a4f50", Title: "Ict-beleidsplan 2022-2025", Version: "1.1"}
	commitIntoOldRelease(t, path, rows, func(next *model.Plan) { next.Previous = link })
	db, err := sql.Open("sqlite3", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var id, title, version string
	if err := db.QueryRow("SELECT previous_id, previous_title, previous_version FROM plan").Scan(&id, &title, &version); err != nil {
		t.Fatal(err)
	}
	if (model.Previous{ID: id, Title: title, Version: version}) != link {
		t.Errorf("the plan row holds %q %q %q, want %+v", id, title, version, link)
	}
}

// Setting, changing and clearing the link back is one update of the plan
// row each, and the file reads back as the plan committed.
func TestTheLinkBackIsCommittedAndCleared(t *testing.T) {
	path := filepath.Join(t.TempDir(), "next.balans")
	d, err := store.Create(path, testplan.Regenboog(t))
	if err != nil {
		t.Fatal(err)
	}
	prev, err := d.Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, pv := range []model.Previous{
		{ID: "2f0c6a2e-6b7e-4d55-9a43-0d1c2b3a4f50", Title: "Ict-plan 2022-2025", Version: "1.0"},
		{ID: "2f0c6a2e-6b7e-4d55-9a43-0d1c2b3a4f50", Title: "Ict-plan 2022-2025", Version: "1.1"},
		{},
	} {
		next := prev.Clone()
		next.Previous = pv
		if err := d.Commit(prev, next); err != nil {
			t.Fatal(err)
		}
		got, err := d.Load()
		if err != nil {
			t.Fatal(err)
		}
		if got.Previous != pv {
			t.Errorf("read back %+v, want %+v", got.Previous, pv)
		}
		prev = got
	}
	// A link without the plan's ID is refused, and nothing changes.
	next := prev.Clone()
	next.Previous = model.Previous{Title: "Ict-plan 2022-2025"}
	if err := d.Commit(prev, next); err == nil {
		t.Error("a link back without an ID was committed")
	}
	if got, _ := d.Load(); !got.Previous.IsZero() {
		t.Errorf("after the refused commit the file holds %+v", got.Previous)
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
}
