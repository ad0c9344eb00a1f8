package store_test

import (
	"database/sql"
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"balansplan/model"
	"balansplan/model/store"
	"balansplan/model/testplan"
)

// This test keeps the store in step with the model: a plan in which every
// field listed in model.FieldSpecs has a value other than zero goes into a
// new .balans file and must come back the same, field for field. A field
// added to the model fails here (as "not set in fullPlanJSON") until the
// sample below sets it, and then until the store carries it. It uses the
// store's exported API only.

// fullPlanJSON sets every field of the plan, some in several entities:
// two of each, every block scored, lists of two. Investment D1 depends on
// D2; D2 on nothing (a full list everywhere would be a cycle).
const fullPlanJSON = `{
  "format": "balansplan/1",
  "school": {"name": "OBS Het Fort", "brin": "99ZZ", "sector": "vo", "pupils": 812, "staff_fte": 64.25, "board": "Stichting Fort"},
  "plan": {
    "id": "00000009-0000-4000-8000-000000000000",
    "title": "Ict-plan 2026-2030", "start_year": 2026, "end_year": 2030, "status": "vastgesteld",
    "version": "2.1", "date": "2026-05-01", "authors": ["auteur 1", "auteur 2"],
    "ambition": "ingrijpend",
    "teaching": {"now": "zelfstandig", "goal": "zelfgeorganiseerd"},
    "material": {"now": "adaptief", "goal": "persoonlijke_leeromgeving"},
    "budget_ceiling": {"2027": 12345.67, "2029": 12345.68},
    "vote_budget": 7,
    "proposal": {"decision": "Vaststellen.\nEn de bedragen.", "funding": "Lumpsum", "over_ceiling": "Uit de reserve", "conditions": "Evalueren"},
    "adoption": {"date": "2026-06-15", "by": "College van bestuur",
                 "council": {"kind": "instemming", "outcome": "negatief", "date": "2026-06-01", "note": "Nog niet."},
                 "signatories": [{"name": "A", "function": "voorzitter"}, {"name": "B", "function": "rector"}]},
    "privacy": {"responsible": "Bestuur", "processing_agreements": "Convenant", "dpia": "Voor het LVS", "note": "Training"},
    "review": {"by": "Werkgroep", "when": "juni", "how": "Met indicatoren"},
    "situation": "Nu.", "organisation": "Wie.", "replacement": "Later.", "communication": "Team.", "schoolplan": "Schoolplan.",
    "themes": ["ai", "ibp"],
    "previous": {"id": "2f0c6a2e-6b7e-4d55-9a43-0d1c2b3a4f50", "title": "Ict-beleidsplan 2022-2025", "version": "1.1"}
  },
  "visions": [
    {"id": "00000001-0000-4000-8000-000000000000", "code": "V1", "title": "Visie 1", "text": "Eerste regel.\nTweede regel.",
     "returns": ["motivatie", "sturing"], "priority": 1,
     "evaluation": {"indicator": "Rekenscores groep 8 stijgen", "moment": "2028-06"},
     "evaluations": [{"year": 2027, "rating": 3, "note": "Deels."}, {"year": 2028, "rating": null, "note": "Nog niet te zien."}],
     "theme": "ai"},
    {"id": "00000001-0000-4000-8000-000000000001", "code": "V2", "title": "Visie 2", "text": "Tekst.",
     "returns": ["motivatie", "sturing"], "priority": 2,
     "evaluation": {"indicator": "Leerlingenenquête:\nmotivatie", "moment": "2029-01"}}
  ],
  "investments": [
    {"id": "00000002-0000-4000-8000-000000000000", "code": "D1", "title": "Scholing 1", "description": "Wat\ter aan vastzit.",
     "block": "deskundigheid", "category": "leraar", "material_type": "adaptief", "focus": "didactisch", "start": "2026-08", "end": "2027-06",
     "owner": "ib'er", "status": "lopend", "cost": {"one_off": 6000.50, "recurring": 123.45, "depreciation_years": 5},
     "visions": ["V1", "V2"], "depends_on": ["D2"], "pilot": true,
     "realisation": [{"year": 2026, "one_off": 5800.25, "recurring": 0}, {"year": 2027, "one_off": 0, "recurring": 130}],
     "status_history": [{"date": "2026-08-20", "status": "lopend", "note": "Gestart."}, {"date": "2027-06-30", "status": "afgerond", "note": ""}],
     "theme": "ibp"},
    {"id": "00000002-0000-4000-8000-000000000001", "code": "D2", "title": "Scholing 2", "description": "Nog iets.",
     "block": "deskundigheid", "category": "management", "material_type": "adaptief", "focus": "organisatorisch", "start": "2026-09", "end": "2027-06",
     "owner": "directeur", "status": "lopend", "cost": {"one_off": 6000.51, "recurring": 123.45, "depreciation_years": 5},
     "visions": ["V1", "V2"], "depends_on": [], "pilot": true}
  ],
  "agreements": [
    {"id": "00000003-0000-4000-8000-000000000000", "kind": "didactisch", "coverage": "deels", "text": "Afspraak.", "theme": "ai"},
    {"id": "00000003-0000-4000-8000-000000000001", "kind": "aanschaf_beheer", "coverage": "alle", "text": "Nog een."}
  ],
  "assessments": [
    {"id": "00000004-0000-4000-8000-000000000000", "session": "Teamdag", "participant": "p1", "role": "schoolleider",
     "scores": {"visie": {"now": 1, "goal": 5}, "deskundigheid": {"now": 2, "goal": 5}, "inhoud": {"now": 3, "goal": 5},
                "infrastructuur": {"now": 4, "goal": 5}, "leiderschap": {"now": 5, "goal": 5}},
     "question_set": "vib-1",
     "answers": [{"statement": "visie.1", "now": 2, "goal": 4}, {"statement": "visie.2", "now": 3, "goal": 4}],
     "applications": ["lvs", "digibord", "cloudopslag"], "year": 2027},
    {"id": "00000004-0000-4000-8000-000000000001", "session": "Teamdag", "participant": "p2", "role": "leraar",
     "scores": {"visie": {"now": 2, "goal": 4}, "deskundigheid": {"now": 2, "goal": 4}, "inhoud": {"now": 2, "goal": 4},
                "infrastructuur": {"now": 2, "goal": 4}, "leiderschap": {"now": 2, "goal": 4}},
     "question_set": "vib-1",
     "answers": [{"statement": "visie.1", "now": 1, "goal": 5}],
     "applications": ["video"]}
  ],
  "indicators": {"pupils_per_computer": 5.5, "digital_material_pct": 30, "digital_material_goal_pct": 50.5,
                 "laptop_share_pct": 40, "tablet_share_pct": 10, "byod_pct": 5, "digiboard_rooms_pct": 90, "wifi": true},
  "votes": [
    {"id": "00000005-0000-4000-8000-000000000000", "session": "Stemronde", "participant": "p1", "role": "leraar",
     "points": [{"investment": "D1", "points": 1}, {"investment": "D2", "points": 2}]},
    {"id": "00000005-0000-4000-8000-000000000001", "session": "Stemronde", "participant": "p2", "role": "bestuurder",
     "points": [{"investment": "D2", "points": 3}]}
  ],
  "inventory": [
    {"id": "00000006-0000-4000-8000-000000000000", "kind": "apparaten", "description": "Laptops", "quantity": 30, "year": 2022, "note": "Oud."},
    {"id": "00000006-0000-4000-8000-000000000001", "kind": "knelpunt", "description": "Wifi", "quantity": 1, "year": 2023, "note": "Traag."}
  ],
  "organisation": [
    {"id": "00000007-0000-4000-8000-000000000000", "task": "ict-coördinator", "person": "M", "hours_per_year": 120, "duties": "Alles."},
    {"id": "00000007-0000-4000-8000-000000000001", "task": "beheer", "person": "N", "hours_per_year": 121, "duties": "Meer."}
  ],
  "risks": [
    {"id": "00000008-0000-4000-8000-000000000000", "description": "Uitval", "likelihood": "midden", "impact": "hoog", "owner": "directeur", "measure": "Opvang."},
    {"id": "00000008-0000-4000-8000-000000000001", "description": "Lek", "likelihood": "laag", "impact": "midden", "owner": "fg", "measure": "Training."}
  ],
  "status_history": [
    {"id": "0000000a-0000-4000-8000-000000000000", "status": "besproken", "date": "2026-06-01", "by": "MR", "note": "Positief advies."},
    {"id": "0000000a-0000-4000-8000-000000000001", "status": "vastgesteld", "date": "2026-06-15", "by": "College van bestuur", "note": ""}
  ],
  "versions": [
    {"id": "0000000b-0000-4000-8000-000000000000", "number": "1.0", "date": "2026-06-15", "status": "vastgesteld",
     "content": {"format": "balansplan/1", "school": {"name": "OBS Het Fort"},
                 "plan": {"id": "0000000c-0000-4000-8000-000000000000", "title": "Ict-plan", "start_year": 2026, "end_year": 2030, "status": "vastgesteld", "version": "1.0"}}}
  ],
  "maturity": [
    {"id": "0000000d-0000-4000-8000-000000000000", "norm": "bp.toegang", "domain": "Toegang", "title": "Wachtwoorden",
     "current": 2, "target": 4, "owner": "FG", "investments": ["D2", "D1"]},
    {"id": "0000000d-0000-4000-8000-000000000001", "norm": "bp.back-up", "domain": "Techniek", "title": "Back-ups",
     "current": 3, "target": 3, "owner": "beheer", "investments": ["D1"]}
  ]
}`

type leaf struct{ path, value string }

// readBackBy names the ways readBack reads a file, in its order.
var readBackBy = []string{"Open", "OpenReadOnly"}

// readBack writes p into a new file called name in a temporary folder and
// reads it back through Open and through OpenReadOnly; it returns the
// file's path and the two plans read.
func readBack(t *testing.T, name string, p *model.Plan) (string, []*model.Plan) {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	d, err := store.Create(path, p)
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	var out []*model.Plan
	for i, open := range []func(string) (*store.Doc, error){store.Open, store.OpenReadOnly} {
		d, err := open(path)
		if err != nil {
			t.Fatalf("%s: %v", readBackBy[i], err)
		}
		q, err := d.Load()
		if cerr := d.Close(); cerr != nil {
			t.Errorf("%s: close: %v", readBackBy[i], cerr)
		}
		if err != nil {
			t.Fatalf("%s: load: %v", readBackBy[i], err)
		}
		out = append(out, q)
	}
	return path, out
}

func leaves(p *model.Plan) []leaf {
	var out []leaf
	testplan.WalkLeaves(reflect.ValueOf(p).Elem(), "", func(path string, v reflect.Value) {
		out = append(out, leaf{path, fmt.Sprintf("%#v", v.Interface())})
	})
	return out
}

func TestEveryFieldOfThePlanSurvivesTheFile(t *testing.T) {
	p, ps := model.DecodeJSONBytes([]byte(fullPlanJSON))
	if ps != nil {
		t.Fatalf("the full plan does not import: %v", ps.Messages(model.EN))
	}
	names := map[string]model.Field{}
	set := map[string]bool{}
	testplan.WalkLeaves(reflect.ValueOf(p).Elem(), "", func(path string, v reflect.Value) {
		if !v.IsZero() {
			set[path] = true
		}
	})
	for _, s := range model.FieldSpecs() {
		names[s.Go] = s.Name
		if !set[s.Go] {
			t.Errorf("%s (%s %s) is not set in fullPlanJSON: give it a value other than zero", s.Go, s.Entity, s.Name)
		}
	}
	if t.Failed() {
		return
	}

	_, loaded := readBack(t, "full.balans", p)
	for k, q := range loaded {
		// Field for field, in order; a nil list and an empty one both
		// hold nothing and count as the same.
		want, got := leaves(p), leaves(q)
		for i := 0; i < len(want) || i < len(got); i++ {
			var w, g leaf
			if i < len(want) {
				w = want[i]
			}
			if i < len(got) {
				g = got[i]
			}
			if w != g {
				goPath := w.path
				if goPath == "" {
					goPath = g.path
				}
				t.Fatalf("%s: the file loses field %s (%s): saved %s=%s, loaded %s=%s",
					readBackBy[k], names[goPath], goPath, w.path, w.value, g.path, g.value)
			}
		}
	}
}

// The fields of analysis/2 keep "not recorded" (nil) apart from "recorded,
// none" (an empty list) for an assessment's applications; the JSON shows
// this as null against [], the file as a flag beside the list.
func TestApplicationsNotRecordedAndRecordedNoneStayApartInTheFile(t *testing.T) {
	p, ps := model.DecodeJSONBytes([]byte(fullPlanJSON))
	if ps != nil {
		t.Fatal(ps.Messages(model.EN))
	}
	p.Assessments[0].Applications = nil
	p.Assessments[1].Applications = []model.Application{}
	_, loaded := readBack(t, "apps.balans", p)
	for _, q := range loaded {
		if a := q.Assessments[0].Applications; a != nil {
			t.Errorf("not recorded comes back as %#v", a)
		}
		if a := q.Assessments[1].Applications; a == nil || len(a) != 0 {
			t.Errorf("recorded, none comes back as %#v", a)
		}
	}
}

// userVersion reads the schema version from the SQLite header (bytes
// 60-63, big-endian), so that looking does not touch the file.
func userVersion(t *testing.T, path string) int {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(b) < 100 {
		t.Fatalf("%s is no SQLite file", path)
	}
	return int(binary.BigEndian.Uint32(b[60:64]))
}

// rowCounts counts the rows of every table of the file, read-only.
func rowCounts(t *testing.T, path string) map[string]int {
	t.Helper()
	db, err := sql.Open("sqlite3", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rows, err := db.Query("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
	if err != nil {
		t.Fatal(err)
	}
	var tables []string
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			t.Fatal(err)
		}
		tables = append(tables, name)
	}
	rows.Close()
	out := map[string]int{}
	for _, name := range tables {
		var n int
		// The names come from the file's own catalogue.
		if err := db.QueryRow(`SELECT count(*) FROM "` + name + `"`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		out[name] = n
	}
	return out
}

// withoutIDs is the plan's balansplan/1 JSON without its "id" lines: the
// fixture's IDs were generated when it was made, its links are codes.
func withoutIDs(t *testing.T, p *model.Plan) string { return testplan.JSONWithoutIDs(t, p) }

// regenboogV2 is the plan in testdata/regenboog-v2.balans: the example
// with every field of schema version 2 set, as the program that wrote the
// fixture set them.
func regenboogV2(t *testing.T) *model.Plan {
	t.Helper()
	p := testplan.Regenboog(t)
	code := func(c string) string {
		for _, inv := range p.Investments {
			if inv.Code == c {
				return inv.ID
			}
		}
		t.Fatalf("no investment %s", c)
		return ""
	}
	p.Date = "2026-03-12"
	p.VoteBudget = 5
	a := &p.Assessments[0]
	a.QuestionSet = "vib-1"
	a.Answers = []model.Answer{
		{Statement: "visie.2", Now: 2, Goal: 4},
		{Statement: "visie.1", Now: model.NoRating, Goal: 5},
		{Statement: "deskundigheid.1", Now: 3, Goal: model.NoRating},
	}
	p.Votes = []model.Vote{
		{Session: "workshop", Participant: "p1", Role: model.RoleLeraar, Points: []model.VotePoints{
			{InvestmentID: code("N2"), Points: 3}, {InvestmentID: code("D1"), Points: 2}}},
		{Session: "workshop", Participant: "p4", Role: model.RoleSchoolleider, Points: []model.VotePoints{
			{InvestmentID: code("D1"), Points: 5}}},
	}
	return p
}

// testdata/regenboog-v2.balans was written by the store of the release
// before analysis/2 (commit 05df9f3, schema version 2, with its own clock
// set to 2026-03-12 09:30 UTC): store.Create of regenboogV2 and then
// SaveParticipantCopy, so that it holds a merge base too and uses every
// table of version 2. The releases after it must open it as it is, migrate
// it when they open it for writing, and keep every row; the plan must then
// still validate (so it can be analysed) and take the new fields.
func TestAVersion2FileOfThePreviousReleaseOpensMigratesAndKeepsEveryRow(t *testing.T) {
	// Counted by hand from the example: 2 authors, 4 ceilings, 3 visions
	// with 6 returns, 10 investments with 17 vision links and 2
	// dependencies, 2 agreements, 5 assessments with 25 scores; then 3
	// answers, 2 votes with 3 points, 1 merge base and the 2 steps.
	v2 := map[string]int{"plan": 1, "plan_authors": 2, "budget_ceilings": 4, "visions": 3, "vision_returns": 6,
		"investments": 10, "investment_visions": 17, "investment_dependencies": 2, "agreements": 2,
		"assessments": 5, "assessment_scores": 25, "assessment_answers": 3, "votes": 2, "vote_points": 3,
		"merge_base": 1, "schema_migrations": 2}
	path, migrated, rows := openOldRelease(t, oldRelease{"regenboog-v2.balans", 2, v2, regenboogV2(t)})
	for _, v := range migrated.Visions {
		if !v.Evaluation.IsZero() {
			t.Errorf("vision %s has an evaluation: %+v", v.Code, v.Evaluation)
		}
	}
	for _, inv := range migrated.Investments {
		if inv.Focus != "" {
			t.Errorf("investment %s has a focus: %s", inv.Code, inv.Focus)
		}
	}
	for _, a := range migrated.Assessments {
		if a.Applications != nil {
			t.Errorf("assessment %s has applications recorded: %#v", a.Participant, a.Applications)
		}
	}

	// The new fields can be written into the migrated file at once.
	rows["assessment_applications"] = 2
	commitIntoOldRelease(t, path, rows, func(next *model.Plan) {
		next.Visions[0].Evaluation = model.Evaluation{Indicator: "Rekenscores groep 8", Moment: model.MonthOf(2028, 6)}
		for i := range next.Investments {
			if next.Investments[i].Block == model.BlockDeskundigheid {
				next.Investments[i].Focus = model.FocusInstrumenteel
			}
		}
		next.Assessments[0].Applications = []model.Application{model.ApplicationLvs, model.ApplicationDigibord}
		next.Assessments[1].Applications = []model.Application{}
	})
}
