package theme_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"balansplan/assets"
	"balansplan/model"
	"balansplan/model/theme"
)

// FuzzParse hands both parsers arbitrary bytes: neither may panic, a
// refusal is an *Error with a message in both languages, and what they
// accept keeps their promises (valid ids, deadlines by date, five levels
// or none, texts a plan may hold once applied).
func FuzzParse(f *testing.F) {
	for _, id := range assets.ThemeIDs() {
		data, _ := assets.Theme(id)
		f.Add(data)
	}
	for _, id := range assets.NormSetIDs() {
		data, _ := assets.NormSet(id)
		f.Add(data)
	}
	f.Add([]byte(good))
	f.Add([]byte(normSet))
	f.Add([]byte(`{"format":"balansplan-theme/1","id":"a","id":"b"}`))
	f.Add([]byte(`{"format":"balansplan-normset/1","id":"x","norms":[{"id":"n","domain":{"nl":"d"},"title":{"nl":"t"},"levels":[{"nl":"1"}]}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		th, err := theme.Parse(data)
		check := func(err error) {
			e, ok := err.(*theme.Error)
			if !ok {
				t.Fatalf("refusal %T %v is not an *Error", err, err)
			}
			if e.Reason == "" || e.Detail.NL == "" || e.Detail.EN == "" || !utf8.ValidString(e.Message(model.EN)) {
				t.Fatalf("refusal without a reason or a message in both languages: %+v", e)
			}
		}
		if err != nil {
			check(err)
		} else {
			if !model.ValidThemeID(th.ID) {
				t.Fatalf("accepted theme id %q", th.ID)
			}
			for i := 1; i < len(th.Deadlines); i++ {
				if th.Deadlines[i].Date.Before(th.Deadlines[i-1].Date) {
					t.Fatal("deadlines out of order")
				}
			}
			var picks []string
			for _, v := range th.Visions {
				picks = append(picks, v.ID)
			}
			for _, v := range th.Investments {
				picks = append(picks, v.ID)
			}
			for _, v := range th.Agreements {
				picks = append(picks, v.ID)
			}
			p := &model.Plan{ID: model.NewID(), School: model.School{Name: "S"}, Title: "P", StartYear: 2026, EndYear: 2029,
				Status: model.StatusConcept}
			for _, l := range []model.Lang{model.NL, model.EN} {
				q, err := theme.Apply(p, th, picks, l, model.MonthOf(2026, 8))
				if err != nil {
					t.Fatalf("Apply refuses the theme's own templates: %v", err)
				}
				for _, pr := range q.Validate() {
					t.Fatalf("an accepted theme gives a plan that does not validate: %s", pr.Message(model.EN))
				}
			}
		}
		set, err := theme.ParseNormSet(data)
		if err != nil {
			check(err)
			return
		}
		if len(set.Norms) == 0 {
			t.Fatal("a norm set without norms was accepted")
		}
		for _, n := range set.Norms {
			if n.ID == "" || strings.TrimSpace(n.Title.NL) == "" || (len(n.Levels) != 0 && len(n.Levels) != 5) {
				t.Fatalf("accepted norm %+v", n)
			}
		}
		p := &model.Plan{ID: model.NewID(), School: model.School{Name: "S"}, Title: "P", StartYear: 2026, EndYear: 2029,
			Status: model.StatusConcept}
		q, _ := theme.ImportNorms(p, set, model.EN)
		for _, pr := range q.Validate() {
			t.Fatalf("an accepted norm set gives a register that does not validate: %s", pr.Message(model.EN))
		}
	})
}
