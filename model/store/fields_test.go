package store_test

import (
	"fmt"
	"path/filepath"
	"reflect"
	"sort"
	"testing"

	"balansplan/model"
	"balansplan/model/store"
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
    "vote_budget": 7
  },
  "visions": [
    {"id": "00000001-0000-4000-8000-000000000000", "code": "V1", "title": "Visie 1", "text": "Eerste regel.\nTweede regel.",
     "returns": ["motivatie", "sturing"], "priority": 1},
    {"id": "00000001-0000-4000-8000-000000000001", "code": "V2", "title": "Visie 2", "text": "Tekst.",
     "returns": ["motivatie", "sturing"], "priority": 2}
  ],
  "investments": [
    {"id": "00000002-0000-4000-8000-000000000000", "code": "D1", "title": "Scholing 1", "description": "Wat\ter aan vastzit.",
     "block": "deskundigheid", "category": "leraar", "material_type": "adaptief", "start": "2026-08", "end": "2027-06",
     "owner": "ib'er", "status": "lopend", "cost": {"one_off": 6000.50, "recurring": 123.45, "depreciation_years": 5},
     "visions": ["V1", "V2"], "depends_on": ["D2"], "pilot": true},
    {"id": "00000002-0000-4000-8000-000000000001", "code": "D2", "title": "Scholing 2", "description": "Nog iets.",
     "block": "deskundigheid", "category": "management", "material_type": "adaptief", "start": "2026-09", "end": "2027-06",
     "owner": "directeur", "status": "lopend", "cost": {"one_off": 6000.51, "recurring": 123.45, "depreciation_years": 5},
     "visions": ["V1", "V2"], "depends_on": [], "pilot": true}
  ],
  "agreements": [
    {"id": "00000003-0000-4000-8000-000000000000", "kind": "didactisch", "coverage": "deels", "text": "Afspraak."},
    {"id": "00000003-0000-4000-8000-000000000001", "kind": "aanschaf_beheer", "coverage": "alle", "text": "Nog een."}
  ],
  "assessments": [
    {"id": "00000004-0000-4000-8000-000000000000", "session": "Teamdag", "participant": "p1", "role": "schoolleider",
     "scores": {"visie": {"now": 1, "goal": 5}, "deskundigheid": {"now": 2, "goal": 5}, "inhoud": {"now": 3, "goal": 5},
                "infrastructuur": {"now": 4, "goal": 5}, "leiderschap": {"now": 5, "goal": 5}},
     "question_set": "vib-1",
     "answers": [{"statement": "visie.1", "now": 2, "goal": 4}, {"statement": "visie.2", "now": 3, "goal": 4}]},
    {"id": "00000004-0000-4000-8000-000000000001", "session": "Teamdag", "participant": "p2", "role": "leraar",
     "scores": {"visie": {"now": 2, "goal": 4}, "deskundigheid": {"now": 2, "goal": 4}, "inhoud": {"now": 2, "goal": 4},
                "infrastructuur": {"now": 2, "goal": 4}, "leiderschap": {"now": 2, "goal": 4}},
     "question_set": "vib-1",
     "answers": [{"statement": "visie.1", "now": 1, "goal": 5}]}
  ],
  "indicators": {"pupils_per_computer": 5.5, "digital_material_pct": 30, "digital_material_goal_pct": 50.5,
                 "laptop_share_pct": 40, "tablet_share_pct": 10, "byod_pct": 5, "digiboard_rooms_pct": 90, "wifi": true},
  "votes": [
    {"id": "00000005-0000-4000-8000-000000000000", "session": "Stemronde", "participant": "p1", "role": "leraar",
     "points": [{"investment": "D1", "points": 1}, {"investment": "D2", "points": 2}]},
    {"id": "00000005-0000-4000-8000-000000000001", "session": "Stemronde", "participant": "p2", "role": "bestuurder",
     "points": [{"investment": "D2", "points": 3}]}
  ]
}`

// walkLeaves calls fn for every value in v with its Go path in the form of
// model.FieldSpec.Go; map entries in the order of their keys, nil pointers
// and empty lists skipped (they hold no value).
func walkLeaves(v reflect.Value, path string, fn func(path string, v reflect.Value)) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			walkLeaves(v.Elem(), path, fn)
		}
	case reflect.Slice, reflect.Array:
		for i := 0; i < v.Len(); i++ {
			walkLeaves(v.Index(i), path, fn)
		}
	case reflect.Map:
		keys := v.MapKeys()
		sort.Slice(keys, func(i, j int) bool { return fmt.Sprint(keys[i]) < fmt.Sprint(keys[j]) })
		for _, k := range keys {
			walkLeaves(k, path+".{key}", fn)
			walkLeaves(v.MapIndex(k), path, fn)
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			f := v.Type().Field(i)
			if !f.IsExported() {
				continue
			}
			p := f.Name
			if path != "" {
				p = path + "." + f.Name
			}
			walkLeaves(v.Field(i), p, fn)
		}
	default:
		fn(path, v)
	}
}

type leaf struct{ path, value string }

func leaves(p *model.Plan) []leaf {
	var out []leaf
	walkLeaves(reflect.ValueOf(p).Elem(), "", func(path string, v reflect.Value) {
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
	walkLeaves(reflect.ValueOf(p).Elem(), "", func(path string, v reflect.Value) {
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

	path := filepath.Join(t.TempDir(), "full.balans")
	d, err := store.Create(path, p)
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	for _, open := range []struct {
		name string
		f    func(string) (*store.Doc, error)
	}{{"Open", store.Open}, {"OpenReadOnly", store.OpenReadOnly}} {
		d, err := open.f(path)
		if err != nil {
			t.Fatalf("%s: %v", open.name, err)
		}
		q, err := d.Load()
		if cerr := d.Close(); cerr != nil {
			t.Errorf("%s: close: %v", open.name, cerr)
		}
		if err != nil {
			t.Fatalf("%s: load: %v", open.name, err)
		}
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
					open.name, names[goPath], goPath, w.path, w.value, g.path, g.value)
			}
		}
	}
}
