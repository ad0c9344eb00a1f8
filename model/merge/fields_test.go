package merge

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
	"testing"

	"balansplan/model"
	"balansplan/model/testplan"
)

// leaf is one field of model.Plan that the merge must carry: a path of
// struct field indexes from the plan, through the first element of an
// entity list.
type leaf struct {
	name string // "Plan.Investments[0].Cost.OneOff"
	path []step
}

type step struct {
	field int  // index of the struct field
	first bool // then the first element of the entity list it holds
}

// isEntityList reports whether t is a list of entities: a slice of
// structs with an ID, matched by the merge by that ID.
func isEntityList(t reflect.Type) bool {
	if t.Kind() != reflect.Slice || t.Elem().Kind() != reflect.Struct {
		return false
	}
	f, ok := t.Elem().FieldByName("ID")
	return ok && f.Type.Kind() == reflect.String
}

// leaves walks a struct type: every field is a leaf except nested plain
// structs (walked into) and entity lists (walked into their element). An
// entity's ID is not a field but its identity, and the plan's ID is
// checked by SamePlan; both are left out.
func leaves(t reflect.Type, name string, path []step) []leaf {
	var out []leaf
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() || f.Name == "ID" {
			continue
		}
		p := append(clonePath(path), step{field: i})
		n := name + "." + f.Name
		switch {
		case isEntityList(f.Type):
			p[len(p)-1].first = true
			out = append(out, leaves(f.Type.Elem(), n+"[0]", p)...)
		case f.Type.Kind() == reflect.Struct:
			out = append(out, leaves(f.Type, n, p)...)
		default:
			out = append(out, leaf{name: n, path: p})
		}
	}
	return out
}

func clonePath(p []step) []step { return append([]step(nil), p...) }

// at is the value of the leaf in plan p (addressable, so it can be set).
func (l leaf) at(p *model.Plan) reflect.Value {
	v := reflect.ValueOf(p).Elem()
	for _, s := range l.path {
		v = v.Field(s.field)
		if s.first {
			v = v.Index(0)
		}
	}
	return v
}

// change makes v differ from what it was, whatever its type: a string
// gets a letter more, a number one more, a bool flips, a nil pointer
// points to a value, a list gets an element more, a map a changed or new
// entry.
func change(v reflect.Value) {
	switch v.Kind() {
	case reflect.String:
		v.SetString(v.String() + "x")
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(v.Int() + 1)
	case reflect.Float32, reflect.Float64:
		v.SetFloat(v.Float() + 1)
	case reflect.Bool:
		v.SetBool(!v.Bool())
	case reflect.Pointer:
		n := reflect.New(v.Type().Elem())
		if !v.IsNil() {
			n.Elem().Set(v.Elem())
		}
		change(n.Elem())
		v.Set(n)
	case reflect.Slice:
		e := reflect.New(v.Type().Elem()).Elem()
		change(e)
		v.Set(reflect.Append(v, e))
	case reflect.Map:
		keys := v.MapKeys()
		sort.Slice(keys, func(i, j int) bool { return fmt.Sprint(keys[i]) < fmt.Sprint(keys[j]) })
		k := reflect.New(v.Type().Key()).Elem()
		if len(keys) > 0 {
			k = keys[0]
		}
		e := reflect.New(v.Type().Elem()).Elem()
		if x := v.MapIndex(k); x.IsValid() {
			e.Set(x)
		}
		change(e)
		if v.IsNil() {
			v.Set(reflect.MakeMap(v.Type()))
		}
		v.SetMapIndex(k, e)
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				change(v.Field(i))
			}
		}
	default:
		panic("change: no rule for " + v.Type().String())
	}
}

// Every field of model.Plan, down to the fields of its entities, is
// merged: a copy that alone changed it brings the change into the merged
// plan. A field added to the model and forgotten in kinds.go fails here,
// named by its Go path.
func TestEveryFieldOfThePlanIsMerged(t *testing.T) {
	// The example with its board chapters, so that every list has an
	// entity to walk into.
	base := testplan.Board(t)
	// The example has no votes and no answers; give it one of each so
	// that their fields are walked too.
	base.Votes = []model.Vote{{ID: "vote-1", Session: "Workshop", Participant: "anna", Role: model.RoleLeraar,
		Points: []model.VotePoints{{InvestmentID: base.Investments[0].ID, Points: 2}}}}
	base.Assessments[0].QuestionSet = "vib-1"
	base.Assessments[0].Answers = []model.Answer{{Statement: "visie.1", Now: 3, Goal: 4}}
	withHistory(t, base)
	withThemes(base) // themes_test.go
	ls := leaves(reflect.TypeOf(model.Plan{}), "Plan", nil)
	if len(ls) < 40 {
		t.Fatalf("only %d fields found: the walk is broken", len(ls))
	}
	for _, l := range ls {
		a := base.Clone()
		change(l.at(a))
		if reflect.DeepEqual(l.at(a).Interface(), l.at(base).Interface()) {
			t.Fatalf("%s: change made no difference", l.name)
		}
		got, cs := Merge(base, []*model.Plan{a, base.Clone()}, -1)
		// A changed value may not validate (an enumeration with an "x"
		// more); the merged plan still shows it. Any other conflict is
		// wrong: only one copy changed anything.
		for _, c := range cs {
			if c.Reason != Invalid {
				t.Errorf("%s: conflict %+v", l.name, summarise([]Conflict{c}))
			}
		}
		if want, have := l.at(a).Interface(), l.at(got).Interface(); !reflect.DeepEqual(want, have) {
			t.Errorf("%s is not merged: the copy changed it to %v, the merged plan has %v", l.name, want, have)
		}
	}
}

// goPath is the leaf's path as model.FieldSpec.Go writes it:
// "Investments.Cost.OneOff".
func (l leaf) goPath() string {
	return strings.ReplaceAll(strings.TrimPrefix(l.name, "Plan."), "[0]", "")
}

// names are the model's names for the values of a leaf: the FieldSpecs
// at or inside it, and the lists that hold them ("answers" for
// "answers[].now"), since the merge compares a list as a whole.
func (l leaf) names() map[model.Field]bool {
	out := map[model.Field]bool{}
	for _, sp := range model.FieldSpecs() {
		g := strings.TrimSuffix(sp.Go, ".{key}")
		if g != l.goPath() && !strings.HasPrefix(g, l.goPath()+".") {
			continue
		}
		out[sp.Name] = true
		if list, _, ok := strings.Cut(string(sp.Name), "[]"); ok {
			out[model.Field(list)] = true
			// A list merged per year is named by its year's cell.
			out[model.Field(list+".*")] = true
		}
	}
	return out
}

// The merge names every field as the model does: two copies without a
// base that differ in one Go field give conflicts under the model.Field
// of that Go field (model.FieldSpecs), with any key filled in.
func TestConflictsNameTheFieldAsTheModelDoes(t *testing.T) {
	base := testplan.Board(t)
	base.Votes = []model.Vote{{ID: "vote-1", Session: "Workshop", Participant: "anna", Role: model.RoleLeraar,
		Points: []model.VotePoints{{InvestmentID: base.Investments[0].ID, Points: 2}}}}
	withHistory(t, base)
	withThemes(base) // themes_test.go
	for _, l := range leaves(reflect.TypeOf(model.Plan{}), "Plan", nil) {
		if why, ok := unioned[l.goPath()]; ok {
			t.Logf("%s: no conflict by design (%s)", l.goPath(), why)
			continue
		}
		names := l.names()
		if len(names) == 0 {
			t.Errorf("%s: not in model.FieldSpecs", l.goPath())
			continue
		}
		a := base.Clone()
		change(l.at(a))
		_, cs := Merge(nil, []*model.Plan{a, base.Clone()}, -1)
		if len(cs) == 0 {
			t.Errorf("%s: no conflict", l.goPath())
		}
		for _, c := range cs {
			if c.Reason != Changed || !names[model.Field(c.Field).Pattern()] {
				t.Errorf("%s: conflict %s %q, want a field of %v", l.goPath(), c.Reason, c.Field, names)
			}
		}
	}
}

// unioned are the fields that two copies never conflict on: append-only
// lists whose union is the merge (lifecycle.go).
var unioned = map[string]string{
	"Investments.StatusChanges": "an investment's status history is the union of the copies'",
}

// withHistory gives base a status history and a frozen version, so that
// their fields are walked too.
func withHistory(t *testing.T, base *model.Plan) {
	t.Helper()
	if _, ps := base.SetStatus(model.StatusBesproken, "2026-06-01", "MR", "positief"); ps != nil {
		t.Fatal(ps)
	}
	if _, ps := base.Adopt("2026-06-23", "cvb", ""); ps != nil {
		t.Fatal(ps)
	}
}
