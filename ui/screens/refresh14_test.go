package screens

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"balansplan/model"
)

// Issue 14: a screen refreshed after an edit reuses what did not change
// (labels left alone when their text is the same, tables not refreshed
// when nothing they show changed, the realisation page's overdue set,
// report and index kept per plan version, the overview's findings kept
// when they are the same). Whatever it reuses, a screen that lived
// through edits must show exactly what the same screen built fresh on
// the edited plan shows. (A new day on the same plan, by which the overdue
// set is also kept, is the last step of
// TestRealisationIsTypedPerYearAndOverdueInvestmentsAreFlagged.)
func TestRefreshedScreensShowWhatFreshScreensShow(t *testing.T) {
	at(t, "2028-07-15") // D1 (due 2028-06, lopend) is overdue
	old := newWindow(t, model.NL, withDemo(t, model.NL).Doc().Plan())
	size := fyne.NewSize(1046, 706)
	old.Window().Resize(size)
	ids := []string{}
	for _, d := range old.defs {
		ids = append(ids, d.ID)
		old.Show(d.ID)
	}
	budgetTab := func(w *window) {
		if b, ok := w.built[Budget].(*budgetScreen); ok {
			b.tabs.SelectIndex(1) // the realisation page
		}
	}
	budgetTab(old)
	inv := func(p *model.Plan, code string) *model.Investment {
		for i := range p.Investments {
			if p.Investments[i].Code == code {
				return &p.Investments[i]
			}
		}
		t.Fatalf("no investment %s", code)
		return nil
	}
	edits := []struct {
		name   string
		change func(p *model.Plan)
	}{
		{"cost of D1", func(p *model.Plan) { inv(p, "D1").Cost.OneOff += model.Euros(1234) }},
		{"title of D1", func(p *model.Plan) { inv(p, "D1").Title += " en meer" }},
		{"D1 serves no vision", func(p *model.Plan) { inv(p, "D1").VisionIDs = nil }},
		// The status picker on a card keeps what the user picked until it
		// is recorded, so the end moves instead of the status.
		{"D1 due later, so not overdue", func(p *model.Plan) { inv(p, "D1").End = model.MonthOf(p.EndYear, 6) }},
		{"D1 due again", func(p *model.Plan) { inv(p, "D1").End = model.MonthOf(2028, 6) }},
		{"realised in 2028", func(p *model.Plan) {
			inv(p, "D1").SetRealisation(model.Realisation{Year: 2028, OneOff: model.Euros(500)})
		}},
		{"a vision's title", func(p *model.Plan) { p.Visions[0].Title += " (herzien)" }},
	}
	for _, e := range edits {
		if !old.Edit(e.name, e.change) {
			t.Fatalf("%s: refused", e.name)
		}
		fresh := newWindow(t, model.NL, old.Doc().Plan())
		fresh.Window().Resize(size)
		for _, id := range ids {
			fresh.Show(id)
		}
		budgetTab(fresh)
		for _, id := range ids {
			old.Show(id)
			got := shown(test.RenderObjectToMarkup(old.built[id].Content()))
			fresh.Show(id)
			want := shown(test.RenderObjectToMarkup(fresh.built[id].Content()))
			if got != want {
				t.Errorf("after %q the %s screen shows other than a fresh one:\n%s", e.name, id, firstDiff(got, want))
			}
		}
	}
}

// shown is what a user reads in a screen's markup: every text drawn, with
// its style and colour, one a line, and every mark (the links' dots),
// without where they stand: a list that lived through edits has measured
// more of its rows than a fresh one, which moves nothing a user sees.
func shown(markup string) string {
	var out []string
	for _, line := range strings.Split(markup, "\n") {
		line = strings.TrimSpace(line)
		if !strings.HasPrefix(line, "<text") && !strings.HasPrefix(line, "<circle") && !strings.HasPrefix(line, "<image") {
			continue
		}
		out = append(out, placeless.ReplaceAllString(line, ""))
	}
	return strings.Join(out, "\n")
}

var placeless = regexp.MustCompile(` (pos|size)="[^"]*"`)

// firstDiff is the first line where got and want differ.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := range max(len(g), len(w)) {
		var a, b string
		if i < len(g) {
			a = g[i]
		}
		if i < len(w) {
			b = w[i]
		}
		if a != b {
			return fmt.Sprintf("line %d of %d/%d:\ngot  %s\nwant %s", i+1, len(g), len(w), a, b)
		}
	}
	return ""
}
