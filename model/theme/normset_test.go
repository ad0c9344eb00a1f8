package theme_test

import (
	"strings"
	"testing"

	"balansplan/model"
	"balansplan/model/theme"
)

// normSet is a small norm set of our own: two norms, one with levels, one
// in Dutch only.
const normSet = `{
  "format": "balansplan-normset/1",
  "id": "proefset",
  "title": {"nl": "Proefset"},
  "norms": [
    {"id": "P.1", "domain": {"nl": "Toegang", "en": "Access"}, "title": {"nl": "Wachtwoorden", "en": "Passwords"},
     "levels": [{"nl": "een"}, {"nl": "twee"}, {"nl": "drie"}, {"nl": "vier"}, {"nl": "vijf", "en": "five"}]},
    {"id": "P.2", "domain": {"nl": "Mensen"}, "title": {"nl": "Training"}}
  ]
}`

func TestParseNormSetAndImport(t *testing.T) {
	set, err := theme.ParseNormSet([]byte(normSet))
	if err != nil {
		t.Fatal(err)
	}
	if set.Title.EN != "Proefset" || len(set.Norms) != 2 || set.Norms[0].Levels[2].EN != "drie" || set.Norms[0].Levels[4].EN != "five" {
		t.Fatalf("set %+v", set)
	}
	p := &model.Plan{ID: model.NewID(), School: model.School{Name: "S"}, Title: "P", StartYear: 2026, EndYear: 2029,
		Status: model.StatusConcept, Maturity: []model.MaturityDomain{{ID: model.NewID(), Norm: "P.2", Title: "al", Target: 4}}}
	q, added := theme.ImportNorms(p, set, model.EN)
	if added != 1 || len(p.Maturity) != 1 || len(q.Maturity) != 2 {
		t.Fatalf("added %d, register %+v", added, q.Maturity)
	}
	m := q.Maturity[1]
	if m.Norm != "P.1" || m.Domain != "Access" || m.Title != "Passwords" || m.Current != 0 || m.Target != 3 || m.ID == "" {
		t.Errorf("imported domain %+v", m)
	}
	if q.Maturity[0].Target != 4 {
		t.Error("an import changed a domain the register had")
	}
	if _, again := theme.ImportNorms(q, set, model.EN); again != 0 {
		t.Errorf("a repeated import added %d", again)
	}
	if ps := q.Validate(); ps != nil {
		t.Error(ps.Messages(model.EN))
	}
}

func TestParseNormSetRefuses(t *testing.T) {
	for _, c := range []struct{ name, from, to, reason, en string }{
		{"another format", `normset/1`, `normset/9`, theme.ReasonFormat, `the format is "balansplan-normset/9"`},
		{"an id with a space", `"id": "P.2"`, `"id": "P 2"`, theme.ReasonID, `norm 2 has no valid id ("P 2")`},
		{"an id twice", `"id": "P.2"`, `"id": "P.1"`, theme.ReasonDuplicate, "norm P.1 is in it twice (the second time as norm 2)"},
		{"four levels", `{"nl": "een"}, `, ``, theme.ReasonLevels, "norm P.1: there are 4 levels; give none or exactly 5"},
		{"no Dutch title", `"title": {"nl": "Training"}`, `"title": {"en": "Training"}`, theme.ReasonText, "norm P.2: the title is missing in Dutch (nl)"},
		{"a line break in a title", `"Wachtwoorden"`, `"Wacht\nwoorden"`, theme.ReasonText, "holds a control character (U+000A)"},
		{"an unknown key", `"levels"`, `"niveaus"`, theme.ReasonJSON, `this format has no key "niveaus"`},
	} {
		t.Run(c.name, func(t *testing.T) {
			data := strings.Replace(normSet, c.from, c.to, 1)
			if data == normSet {
				t.Fatal("the case changes nothing")
			}
			_, err := theme.ParseNormSet([]byte(data))
			e, ok := err.(*theme.Error)
			if !ok || e.Reason != c.reason || !strings.Contains(e.Message(model.EN), c.en) {
				t.Fatalf("got %v, want %s containing %q", err, c.reason, c.en)
			}
		})
	}
}
