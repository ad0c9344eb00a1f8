package screens

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2/test"

	"balansplan/model"
	"balansplan/planning/chart"
)

// showTheme shows the theme picker with the theme id chosen in its list.
func showTheme(t *testing.T, w *window, id string) *themesScreen {
	t.Helper()
	v := w.Show(Themes).(*themesTabs).picker
	for i, th := range v.themes {
		if th.ID == id {
			v.list.Select(i)
			return v
		}
	}
	t.Fatalf("no theme %s", id)
	return nil
}

// Issue 19: a school picks a theme, ticks two templates and adds them;
// they are ordinary entities marked with the theme, added in one step
// named after the theme, and undo takes both back (and the choice).
func TestPickAThemeAndAddTwoTemplatesInOneUndoableStep(t *testing.T) {
	w := withDemo(t, model.NL)
	p0 := w.Doc().Plan()
	visions, invs := len(p0.Visions), len(p0.Investments)
	v := showTheme(t, w, "ai")
	th := v.themes[v.current]
	pickV, pickI := th.Visions[0].ID, th.Investments[0].ID
	// Ticking adds nothing yet.
	test.Tap(v.checks[pickV])
	test.Tap(v.checks[pickI])
	if p := w.Doc().Plan(); len(p.Visions) != visions || len(p.Investments) != invs || p.HasTheme("ai") {
		t.Fatal("ticking alone changed the plan")
	}
	if v.addBtn.Disabled() {
		t.Fatal("add is disabled with two ticks")
	}
	test.Tap(v.addBtn)
	p := w.Doc().Plan()
	if len(p.Visions) != visions+1 || len(p.Investments) != invs+1 {
		t.Fatalf("after add: %d visions, %d investments; want %d and %d", len(p.Visions), len(p.Investments), visions+1, invs+1)
	}
	if nv, ni := p.Visions[len(p.Visions)-1], p.Investments[len(p.Investments)-1]; nv.Theme != "ai" || ni.Theme != "ai" ||
		nv.Title != th.Visions[0].Title.NL || ni.Title != th.Investments[0].Title.NL {
		t.Errorf("added %q (%s) and %q (%s)", nv.Title, nv.Theme, ni.Title, ni.Theme)
	}
	if !p.HasTheme("ai") {
		t.Error("the plan does not record the chosen theme")
	}
	label, ok := w.Doc().CanUndo()
	if want := "thema Kunstmatige intelligentie (AI): 2 sjablonen toegevoegd"; !ok || label != want {
		t.Errorf("undo step %q, want %q", label, want)
	}
	// The added templates now show as taken: ticked and greyed.
	if c := v.checks[pickV]; !c.Checked || !c.Disabled() {
		t.Error("an added template is not shown as taken")
	}
	w.Undo()
	p = w.Doc().Plan()
	if len(p.Visions) != visions || len(p.Investments) != invs || p.HasTheme("ai") {
		t.Errorf("undo left %d visions, %d investments, themes %v", len(p.Visions), len(p.Investments), p.Themes)
	}
	if c := v.checks[pickV]; c.Disabled() {
		t.Error("after undo the template still shows as taken")
	}
}

// Issue 19: the deadlines of a chosen theme in the plan period stand on
// the Tijdlijn as milestones; a theme not chosen has none there.
func TestAChosenThemesDeadlineIsAMilestoneOnTheTimeline(t *testing.T) {
	w := withDemo(t, model.EN)
	p := w.Doc().Plan()
	if p.StartYear > 2027 || p.EndYear < 2027 {
		t.Fatalf("the demo plan runs %d-%d; the test needs 2027 in it", p.StartYear, p.EndYear)
	}
	tl := w.Show(Timeline).(*timelineScreen)
	const id = "milestone.digitale-geletterdheid.kerndoelen"
	fig := tl.fig.build(chart.Box{W: 600, H: 400})
	if _, ok := fig.Find(id); ok {
		t.Fatal("a milestone before the theme is chosen")
	}
	v := showTheme(t, w, "digitale-geletterdheid")
	if v.addBtn.Text != "Choose theme" {
		t.Errorf("with nothing ticked the button reads %q", v.addBtn.Text)
	}
	test.Tap(v.addBtn) // choose the theme without templates
	if !w.Doc().Plan().HasTheme("digitale-geletterdheid") {
		t.Fatal("the theme was not chosen")
	}
	tl = w.Show(Timeline).(*timelineScreen)
	fig = tl.fig.build(chart.Box{W: 600, H: 400})
	s, ok := fig.Find(id)
	if !ok {
		t.Fatal("no milestone on the timeline")
	}
	if lbl, ok := fig.Find("milestone.label.digitale-geletterdheid.kerndoelen"); !ok || lbl.Text != "1-8-2027" {
		t.Errorf("milestone label %q", lbl.Text)
	}
	if s.Points[0].X != s.Points[1].X {
		t.Errorf("the milestone is not vertical: %v", s.Points)
	}
	if !slices.ContainsFunc(fig.Legend, func(e chart.LegendEntry) bool { return e.Label == "deadline of a theme" }) {
		t.Error("the legend does not explain the milestone")
	}
}
