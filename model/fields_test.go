package model_test

import (
	"encoding/json"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"testing"

	"balansplan/model"
	"balansplan/model/testplan"
)

// These tests walk the Go types of a plan by reflection, so that a field
// added to the model fails here until it is in the field list
// (model.FieldSpecs), in the JSON codec and in Validate.

// leafPaths lists the Go path of every value a type holds, in the form of
// FieldSpec.Go: struct fields joined by dots, through lists, maps and
// pointers; ".{key}" for a map's key.
func leafPaths(t reflect.Type, path string, out *[]string) {
	switch t.Kind() {
	case reflect.Pointer, reflect.Slice, reflect.Array:
		leafPaths(t.Elem(), path, out)
	case reflect.Map:
		leafPaths(t.Key(), path+".{key}", out)
		leafPaths(t.Elem(), path, out)
	case reflect.Struct:
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			p := f.Name
			if path != "" {
				p = path + "." + f.Name
			}
			leafPaths(f.Type, p, out)
		}
	default:
		*out = append(*out, path)
	}
}

func specsByGo(t *testing.T) map[string]model.FieldSpec {
	t.Helper()
	m := map[string]model.FieldSpec{}
	for _, s := range model.FieldSpecs() {
		if _, dup := m[s.Go]; dup {
			t.Fatalf("%s is listed twice", s.Go)
		}
		m[s.Go] = s
	}
	return m
}

func TestEveryFieldOfThePlanIsInTheFieldList(t *testing.T) {
	var paths []string
	leafPaths(reflect.TypeOf(model.Plan{}), "", &paths)
	specs := specsByGo(t)
	for _, p := range paths {
		if _, ok := specs[p]; !ok {
			t.Errorf("the Go field %s is not in model.FieldSpecs: name it there (and carry it in the codec, the store and the merge)", p)
		}
		delete(specs, p)
	}
	for p := range specs {
		t.Errorf("model.FieldSpecs lists %s, which the Plan does not have", p)
	}
	if len(paths) < 70 {
		t.Errorf("only %d fields found; the walk is broken", len(paths))
	}
	for _, s := range model.FieldSpecs() {
		if s.Name.Pattern() != s.Name {
			t.Errorf("%s: the name %s is no pattern (Pattern gives %s)", s.Go, s.Name, s.Name.Pattern())
		}
		if s.Entity.Name().NL == "" {
			t.Errorf("%s: unknown entity %q", s.Go, s.Entity)
		}
	}
}

func TestFieldPatternsFillAndUnfill(t *testing.T) {
	cases := []struct {
		filled  model.Field
		pattern model.Field
	}{
		{model.FieldAnswerNow.At(2), model.FieldAnswerNow},
		{model.FieldPlanAuthor.At(0), model.FieldPlanAuthor},
		{model.FieldPointsInvestment.At(11), model.FieldPointsInvestment},
		{model.FieldPlanBudgetCeiling.Key("2027"), model.FieldPlanBudgetCeiling},
		{model.FieldScoreGoal.Key("visie"), model.FieldScoreGoal},
		{model.FieldScore.Key("inhoud"), model.FieldScore},
		{model.FieldCostOneOff, model.FieldCostOneOff},
		{"visions[3]", "visions[]"},
		{"answers[x].now", "answers[x].now"},
	}
	want := []model.Field{"answers[2].now", "plan.authors[0]", "points[11].investment", "plan.budget_ceiling.2027",
		"scores.visie.goal", "scores.inhoud", "cost.one_off", "visions[3]", "answers[x].now"}
	for i, c := range cases {
		if c.filled != want[i] {
			t.Errorf("filled %q, want %q", c.filled, want[i])
		}
		if got := c.filled.Pattern(); got != c.pattern {
			t.Errorf("%q.Pattern() = %q, want %q", c.filled, got, c.pattern)
		}
	}
}

// uid is a fixed UUID for entity i of a kind, so that the full plan is the
// same every run.
func uid(kind, i int) string { return fmt.Sprintf("%08x-0000-4000-8000-%012x", kind, i) }

// samples gives, per Go path, a valid non-zero value; ix holds the
// positions in the enclosing lists and maps, outermost first. Worked out by
// hand so that the plan with all of them validates.
var samples = map[string]func(ix []int) any{
	"School.Name":     func([]int) any { return "OBS Het Fort" },
	"School.BRIN":     func([]int) any { return "99ZZ" },
	"School.Sector":   func([]int) any { return model.SectorVO },
	"School.Pupils":   func([]int) any { return 812 },
	"School.StaffFTE": func([]int) any { return 64.25 },
	"School.Board":    func([]int) any { return "Stichting Fort" },

	"ID":                  func([]int) any { return uid(9, 0) },
	"Title":               func([]int) any { return "Ict-plan 2026-2030" },
	"StartYear":           func([]int) any { return 2026 },
	"EndYear":             func([]int) any { return 2030 },
	"Status":              func([]int) any { return model.StatusVastgesteld },
	"Version":             func([]int) any { return "2.1" },
	"Date":                func([]int) any { return "2026-05-01" },
	"Authors":             func(ix []int) any { return fmt.Sprintf("auteur %d", ix[0]+1) },
	"Ambition":            func([]int) any { return model.AmbitionIngrijpend },
	"TeachingNow":         func([]int) any { return model.TeachingZelfstandig },
	"TeachingGoal":        func([]int) any { return model.TeachingZelfgeorganiseerd },
	"MaterialNow":         func([]int) any { return model.MaterialAdaptief },
	"MaterialGoal":        func([]int) any { return model.MaterialPersoonlijkeLeeromgeving },
	"BudgetCeiling.{key}": func(ix []int) any { return []int{2027, 2029}[ix[0]] },
	"BudgetCeiling":       func(ix []int) any { return model.Money(1234567 + ix[0]) },
	"VoteBudget":          func([]int) any { return 7 },

	"Visions.ID":                   func(ix []int) any { return uid(1, ix[0]) },
	"Visions.Code":                 func(ix []int) any { return fmt.Sprintf("V%d", ix[0]+1) },
	"Visions.Title":                func(ix []int) any { return fmt.Sprintf("Visie %d", ix[0]+1) },
	"Visions.Text":                 func([]int) any { return "Eerste regel.\nTweede regel." },
	"Visions.Returns":              func(ix []int) any { return []model.Return{model.ReturnMotivatie, model.ReturnSturing}[ix[1]] },
	"Visions.Priority":             func(ix []int) any { return ix[0] + 1 },
	"Visions.Evaluation.Indicator": func(ix []int) any { return fmt.Sprintf("Rekenresultaten groep %d omhoog", ix[0]+5) },
	"Visions.Evaluation.Moment":    func(ix []int) any { return model.MonthOf(2028, 6+ix[0]) },

	"Investments.ID":                     func(ix []int) any { return uid(2, ix[0]) },
	"Investments.Code":                   func(ix []int) any { return fmt.Sprintf("D%d", ix[0]+1) },
	"Investments.Title":                  func(ix []int) any { return fmt.Sprintf("Scholing %d", ix[0]+1) },
	"Investments.Description":            func([]int) any { return "Wat\tern aan vastzit." },
	"Investments.Block":                  func([]int) any { return model.BlockDeskundigheid },
	"Investments.Category":               func(ix []int) any { return []model.Category{model.CategoryLeraar, model.CategoryManagement}[ix[0]] },
	"Investments.MaterialType":           func([]int) any { return model.MaterialAdaptief },
	"Investments.Focus":                  func(ix []int) any { return []model.Focus{model.FocusDidactisch, model.FocusOrganisatorisch}[ix[0]] },
	"Investments.Start":                  func(ix []int) any { return model.MonthOf(2026, 8+ix[0]) },
	"Investments.End":                    func([]int) any { return model.MonthOf(2027, 6) },
	"Investments.Owner":                  func([]int) any { return "ib'er" },
	"Investments.Status":                 func([]int) any { return model.InvLopend },
	"Investments.Cost.OneOff":            func(ix []int) any { return model.Money(600050 + ix[0]) },
	"Investments.Cost.Recurring":         func([]int) any { return model.Money(12345) },
	"Investments.Cost.DepreciationYears": func([]int) any { return 5 },
	"Investments.VisionIDs":              func(ix []int) any { return uid(1, ix[1]) },
	"Investments.DependsOnIDs":           func(ix []int) any { return uid(2, ix[0]+1+ix[1]) },
	"Investments.Pilot":                  func([]int) any { return true },

	"Agreements.ID": func(ix []int) any { return uid(3, ix[0]) },
	"Agreements.Kind": func(ix []int) any {
		return []model.AgreementKind{model.AgreementDidactisch, model.AgreementAanschafBeheer}[ix[0]]
	},
	"Agreements.Coverage": func([]int) any { return model.CoverageDeels },
	"Agreements.Text":     func([]int) any { return "Afspraak." },

	"Assessments.ID":                func(ix []int) any { return uid(4, ix[0]) },
	"Assessments.Session":           func([]int) any { return "Teamdag" },
	"Assessments.Participant":       func(ix []int) any { return fmt.Sprintf("p%d", ix[0]+1) },
	"Assessments.Role":              func([]int) any { return model.RoleSchoolleider },
	"Assessments.Scores.{key}":      func(ix []int) any { return model.Blocks()[ix[1]] },
	"Assessments.Scores.Now":        func(ix []int) any { return model.Rating(1 + ix[1]) },
	"Assessments.Scores.Goal":       func([]int) any { return model.Rating(5) },
	"Assessments.QuestionSet":       func([]int) any { return "vib-1" },
	"Assessments.Answers.Statement": func(ix []int) any { return fmt.Sprintf("visie.%d", ix[1]+1) },
	"Assessments.Answers.Now":       func([]int) any { return model.Rating(2) },
	"Assessments.Answers.Goal":      func([]int) any { return model.Rating(4) },
	"Assessments.Applications": func(ix []int) any {
		return []model.Application{model.ApplicationDigibord, model.ApplicationLvs}[ix[1]]
	},

	"Indicators.PupilsPerComputer":      func([]int) any { return 5.5 },
	"Indicators.DigitalMaterialPct":     func([]int) any { return 30.0 },
	"Indicators.DigitalMaterialGoalPct": func([]int) any { return 50.5 },
	"Indicators.LaptopSharePct":         func([]int) any { return 40.0 },
	"Indicators.TabletSharePct":         func([]int) any { return 10.0 },
	"Indicators.BYODPct":                func([]int) any { return 5.0 },
	"Indicators.DigiboardRoomsPct":      func([]int) any { return 90.0 },
	"Indicators.Wifi":                   func([]int) any { return true },

	"Votes.ID":                  func(ix []int) any { return uid(5, ix[0]) },
	"Votes.Session":             func([]int) any { return "Stemronde" },
	"Votes.Participant":         func(ix []int) any { return fmt.Sprintf("p%d", ix[0]+1) },
	"Votes.Role":                func([]int) any { return model.RoleLeraar },
	"Votes.Points.InvestmentID": func(ix []int) any { return uid(2, ix[1]) },
	"Votes.Points.Points":       func(ix []int) any { return ix[1] + 1 },

	"Previous.ID":                   func([]int) any { return "2f0c6a2e-6b7e-4d55-9a43-0d1c2b3a4f50" },
	"Previous.Title":                func([]int) any { return "Ict-beleidsplan 2022-2025" },
	"Previous.Version":              func([]int) any { return "1.1" },
	"Proposal.Decision":             func([]int) any { return "Het plan vaststellen.\nDe bedragen per jaar goedkeuren." },
	"Proposal.Funding":              func([]int) any { return "Lumpsum en de bestemmingsreserve ict" },
	"Proposal.OverCeiling":          func([]int) any { return "Uit de reserve" },
	"Proposal.Conditions":           func([]int) any { return "Jaarlijks evalueren" },
	"Adoption.Date":                 func([]int) any { return "2026-06-15" },
	"Adoption.By":                   func([]int) any { return "College van bestuur" },
	"Adoption.Council.Kind":         func([]int) any { return model.CouncilAdvies },
	"Adoption.Council.Outcome":      func([]int) any { return model.CouncilPositief },
	"Adoption.Council.Date":         func([]int) any { return "2026-06-01" },
	"Adoption.Council.Note":         func([]int) any { return "Met een vraag over de privacy." },
	"Adoption.Signatories.Name":     func(ix []int) any { return fmt.Sprintf("Ondertekenaar %d", ix[0]+1) },
	"Adoption.Signatories.Function": func(ix []int) any { return []string{"voorzitter cvb", "voorzitter MR"}[ix[0]] },
	"Privacy.Responsible":           func([]int) any { return "het bestuur; FG: J. Jansen" },
	"Privacy.ProcessingAgreements":  func([]int) any { return "Via het convenant." },
	"Privacy.DPIA":                  func([]int) any { return "Voor het leerlingvolgsysteem." },
	"Privacy.Note":                  func([]int) any { return "Zie het IBP-beleid." },
	"Review.By":                     func([]int) any { return "De ict-werkgroep" },
	"Review.When":                   func([]int) any { return "elk jaar in juni" },
	"Review.How":                    func([]int) any { return "Met de indicatoren\nuit de visie." },
	"Narrative.Situation":           func([]int) any { return "Wat er nu is." },
	"Narrative.Organisation":        func([]int) any { return "Wie wat doet." },
	"Narrative.Replacement":         func([]int) any { return "Vervanging na vijf jaar." },
	"Narrative.Communication":       func([]int) any { return "In de teamvergadering." },
	"Narrative.Schoolplan":          func([]int) any { return "Volgt uit het schoolplan." },

	"Inventory.ID": func(ix []int) any { return uid(6, ix[0]) },
	"Inventory.Kind": func(ix []int) any {
		return []model.InventoryKind{model.InventoryApparaten, model.InventoryKnelpunt}[ix[0]]
	},
	"Inventory.Description": func(ix []int) any { return fmt.Sprintf("Regel %d", ix[0]+1) },
	"Inventory.Quantity":    func(ix []int) any { return 30 + ix[0] },
	"Inventory.Year":        func(ix []int) any { return 2022 + ix[0] },
	"Inventory.Note":        func([]int) any { return "Accu's\nzwak." },

	"Organisation.ID":           func(ix []int) any { return uid(7, ix[0]) },
	"Organisation.Task":         func(ix []int) any { return []string{"ict-coördinator", "beheer"}[ix[0]] },
	"Organisation.Person":       func([]int) any { return "M. de Vries" },
	"Organisation.HoursPerYear": func(ix []int) any { return 120 + ix[0] },
	"Organisation.Duties":       func([]int) any { return "Coördineren." },

	"Risks.ID":          func(ix []int) any { return uid(8, ix[0]) },
	"Risks.Description": func(ix []int) any { return fmt.Sprintf("Risico %d", ix[0]+1) },
	"Risks.Likelihood":  func([]int) any { return model.GradeMidden },
	"Risks.Impact":      func([]int) any { return model.GradeHoog },
	"Risks.Owner":       func([]int) any { return "directeur" },
	"Risks.Measure":     func([]int) any { return "Een maatregel." },

	"Visions.Evaluations.Year":          func(ix []int) any { return 2027 + ix[1] },
	"Visions.Evaluations.Rating":        func(ix []int) any { return model.Rating(3 + ix[1]) },
	"Visions.Evaluations.Note":          func([]int) any { return "Deels.\nDe rest volgend jaar." },
	"Investments.Realisation.Year":      func(ix []int) any { return 2026 + ix[1] },
	"Investments.Realisation.OneOff":    func(ix []int) any { return model.Money(500000 + ix[1]) },
	"Investments.Realisation.Recurring": func(ix []int) any { return model.Money(12000 + ix[1]) },
	"Investments.StatusChanges.Date":    func(ix []int) any { return fmt.Sprintf("2026-09-0%d", ix[1]+1) },
	"Investments.StatusChanges.Status": func(ix []int) any {
		return []model.InvestmentStatus{model.InvLopend, model.InvAfgerond}[ix[1]]
	},
	"Investments.StatusChanges.Note": func([]int) any { return "Gestart." },
	"Assessments.Year":               func(ix []int) any { return 2026 + ix[0] },
	"StatusHistory.ID":               func(ix []int) any { return uid(10, ix[0]) },
	"StatusHistory.Status": func(ix []int) any {
		return []model.PlanStatus{model.StatusBesproken, model.StatusVastgesteld}[ix[0]]
	},
	"StatusHistory.Date": func(ix []int) any { return fmt.Sprintf("2026-06-1%d", ix[0]) },
	"StatusHistory.By":   func(ix []int) any { return []string{"MR", "College van bestuur"}[ix[0]] },
	"StatusHistory.Note": func([]int) any { return "Positief advies." },
	"Versions.ID":        func(ix []int) any { return uid(11, ix[0]) },
	"Versions.Number":    func(ix []int) any { return fmt.Sprintf("%d.0", ix[0]+1) },
	"Versions.Date":      func(ix []int) any { return fmt.Sprintf("202%d-06-15", 6+ix[0]) },
	"Versions.Status":    func([]int) any { return model.StatusVastgesteld },
	"Versions.Content":   func([]int) any { return frozenContent() },
}

// frozenContent is a small plan as EncodeJSON writes it: the canonical
// form the codec keeps a version's content in.
func frozenContent() string {
	p := &model.Plan{ID: uid(12, 0), School: model.School{Name: "OBS Het Fort"}, Title: "Ict-plan",
		StartYear: 2026, EndYear: 2029, Status: model.StatusVastgesteld, Version: "1.0"}
	data, err := model.EncodeJSON(p)
	if err != nil {
		panic(err)
	}
	return string(data)
}

// lengths gives the length of a list or map at a Go path; the default is 2.
// Investment 1 depends on investment 2, and investment 2 on nothing: no
// list of dependencies can be full everywhere without a cycle. Every block
// gets a score, as the codec writes all five.
var lengths = map[string]func(ix []int) int{
	"Investments.DependsOnIDs": func(ix []int) int { return 1 - ix[0] },
	"Assessments.Scores":       func([]int) int { return len(model.Blocks()) },
}

// fill sets every value in v from samples, by reflection.
func fill(t *testing.T, v reflect.Value, path string, ix []int) {
	t.Helper()
	n := 2
	if l, ok := lengths[path]; ok {
		n = l(ix)
	}
	if n == 0 {
		return // nil, as the codec gives an empty list back
	}
	switch v.Kind() {
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		fill(t, v.Elem(), path, ix)
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), n, n))
		for i := 0; i < n; i++ {
			fill(t, v.Index(i), path, append(ix[:len(ix):len(ix)], i))
		}
	case reflect.Map:
		v.Set(reflect.MakeMap(v.Type()))
		for i := 0; i < n; i++ {
			sub := append(ix[:len(ix):len(ix)], i)
			k := reflect.New(v.Type().Key()).Elem()
			fill(t, k, path+".{key}", sub)
			e := reflect.New(v.Type().Elem()).Elem()
			fill(t, e, path, sub)
			v.SetMapIndex(k, e)
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
			fill(t, v.Field(i), p, ix)
		}
	default:
		s, ok := samples[path]
		if !ok {
			t.Fatalf("no sample value for %s: add one to samples", path)
		}
		v.Set(reflect.ValueOf(s(ix)).Convert(v.Type()))
	}
}

// fullPlan is a valid plan in which every field has a value that is not
// zero, at least once.
func fullPlan(t *testing.T) *model.Plan {
	t.Helper()
	p := &model.Plan{}
	fill(t, reflect.ValueOf(p).Elem(), "", nil)
	set := map[string]bool{}
	testplan.WalkLeaves(reflect.ValueOf(p).Elem(), "", func(path string, v reflect.Value) {
		if !v.IsZero() {
			set[path] = true
		}
	})
	for _, s := range model.FieldSpecs() {
		if !set[s.Go] {
			t.Fatalf("the full plan has no non-zero %s", s.Go)
		}
	}
	if ps := p.Validate(); ps != nil {
		t.Fatalf("the full plan does not validate: %v", ps.Messages(model.EN))
	}
	return p
}

// leafValues lists every value of a plan as "path=value", in walk order.
func leafValues(p *model.Plan) []string {
	var out []string
	testplan.WalkLeaves(reflect.ValueOf(p).Elem(), "", func(path string, v reflect.Value) {
		out = append(out, fmt.Sprintf("%s=%#v", path, v.Interface()))
	})
	return out
}

func TestEveryFieldSurvivesTheJSONCodec(t *testing.T) {
	p := fullPlan(t)
	data, err := model.EncodeJSON(p)
	if err != nil {
		t.Fatal(err)
	}
	q, ps := model.DecodeJSONBytes(data)
	if ps != nil {
		t.Fatalf("the codec refuses its own output: %v", ps.Messages(model.EN))
	}
	if !reflect.DeepEqual(p, q) {
		specs := specsByGo(t)
		if _, x, y, ok := firstDifference(leafValues(p), leafValues(q)); ok {
			goPath, _, _ := strings.Cut(x+y, "=")
			t.Fatalf("the codec loses field %s (%s): before %s, after %s", specs[goPath].Name, goPath, x, y)
		}
		t.Fatal("the plan changed on a round trip")
	}

	// Each field is in the JSON under the name the list gives it.
	var doc map[string]any
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	for _, s := range model.FieldSpecs() {
		if v, ok := jsonAt(doc, s.Entity, s.Name); !ok || v == nil {
			t.Errorf("%s %s (%s) is not in the JSON under that name", s.Entity, s.Name, s.Go)
		}
	}
}

// jsonAt finds the value of a field of the first entity of its kind in a
// generic JSON tree: "[]" takes a list's first element, "*" a map's first
// key.
func jsonAt(doc map[string]any, e model.EntityKind, f model.Field) (any, bool) {
	var cur any = doc
	lists := map[model.EntityKind]string{model.EntityVision: "visions", model.EntityInvestment: "investments",
		model.EntityAgreement: "agreements", model.EntityAssessment: "assessments", model.EntityVote: "votes",
		model.EntityInventory: "inventory", model.EntityResponsibility: "organisation", model.EntityRisk: "risks", model.EntityMaturity: "maturity",
		model.EntityStatusChange: "status_history", model.EntityVersion: "versions"}
	if l, ok := lists[e]; ok {
		list, _ := doc[l].([]any)
		if len(list) == 0 {
			return nil, false
		}
		cur = list[0]
	} else if e == model.EntityPlan && f == model.FieldID {
		f = "plan.id"
	}
	for _, seg := range strings.Split(string(f), ".") {
		m, ok := cur.(map[string]any)
		if !ok {
			return nil, false
		}
		if seg == "*" {
			keys := make([]string, 0, len(m))
			for k := range m {
				keys = append(keys, k)
			}
			if len(keys) == 0 {
				return nil, false
			}
			sort.Strings(keys)
			cur = m[keys[0]]
			continue
		}
		name, isList := strings.CutSuffix(seg, "[]")
		if cur, ok = m[name]; !ok {
			return nil, false
		}
		if isList {
			l, _ := cur.([]any)
			if len(l) == 0 {
				return nil, false
			}
			cur = l[0]
		}
	}
	return cur, true
}

// setFirst applies set to the first value at the Go path segs (the first
// element of each list, the first key of each map).
func setFirst(v reflect.Value, segs []string, set func(reflect.Value)) bool {
	switch v.Kind() {
	case reflect.Pointer:
		return !v.IsNil() && setFirst(v.Elem(), segs, set)
	case reflect.Slice:
		return v.Len() > 0 && setFirst(v.Index(0), segs, set)
	case reflect.Map:
		keys := testplan.SortedMapKeys(v)
		if len(keys) == 0 {
			return false
		}
		k := keys[0]
		if len(segs) == 1 && segs[0] == "{key}" {
			val := v.MapIndex(k)
			nk := reflect.New(k.Type()).Elem()
			nk.Set(k)
			set(nk)
			v.SetMapIndex(k, reflect.Value{})
			v.SetMapIndex(nk, val)
			return true
		}
		val := reflect.New(v.Type().Elem()).Elem()
		val.Set(v.MapIndex(k))
		ok := setFirst(val, segs, set)
		v.SetMapIndex(k, val)
		return ok
	case reflect.Struct:
		if len(segs) == 0 {
			return false
		}
		f := v.FieldByName(segs[0])
		return f.IsValid() && setFirst(f, segs[1:], set)
	default:
		if len(segs) != 0 {
			return false
		}
		set(v)
		return true
	}
}

// spoil sets a value no field may hold: a text with a control character,
// a number of -1. A bool has no such value.
func spoil(v reflect.Value) {
	switch v.Kind() {
	case reflect.String:
		v.SetString("x\x01")
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(-1)
	case reflect.Float32, reflect.Float64:
		v.SetFloat(-1)
	}
}

func TestEveryFieldIsCheckedByValidateOrExemptedWithAReason(t *testing.T) {
	for _, s := range model.FieldSpecs() {
		t.Run(s.Go, func(t *testing.T) {
			p := fullPlan(t)
			var kind reflect.Kind
			segs := strings.Split(s.Go, ".")
			if !setFirst(reflect.ValueOf(p).Elem(), segs, func(v reflect.Value) { kind = v.Kind(); spoil(v) }) {
				t.Fatalf("%s not found in the full plan", s.Go)
			}
			if s.Unchecked != "" {
				// Only a field with no invalid value may go unchecked.
				if kind != reflect.Bool {
					t.Fatalf("%s is exempted (%s) but is a %s, which can hold a wrong value", s.Go, s.Unchecked, kind)
				}
				return
			}
			var hits []string
			for _, pr := range p.Validate() {
				if pr.Entity == s.Entity && model.Field(pr.Field).Pattern() == s.Name {
					return
				}
				hits = append(hits, fmt.Sprintf("%s %s %s", pr.Entity, pr.Field, pr.Reason))
			}
			t.Errorf("a wrong %s (%s %s) passes Validate; problems: %v", s.Go, s.Entity, s.Name, hits)
		})
	}
}
