package screens

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"balansplan/model"
	"balansplan/ui/form"
	"balansplan/ui/internal/uitest"
)

// Issue 11, defect 8 (left over): "buttons move when a list is empty or a
// warning appears, so clicks land on the wrong control". On every screen
// with a list, the positions of its buttons are pinned: a warning under a
// field, another record with a longer text, an empty list or one with a
// record, and a page of the timeline do not move them.

// where is the position of every shown button in o by its text (the n-th
// of the same text as "text#n").
func where(o fyne.CanvasObject) map[string]fyne.Position {
	relayout(o)
	d := fyne.CurrentApp().Driver()
	seen := map[string]int{}
	out := map[string]fyne.Position{}
	var walk func(x fyne.CanvasObject)
	walk = func(x fyne.CanvasObject) {
		if !x.Visible() {
			return
		}
		if b, ok := x.(*widget.Button); ok {
			name := b.Text
			if name == "" && b.Icon != nil {
				name = b.Icon.Name() // an icon button by its icon
			}
			out[fmt.Sprintf("%s#%d", name, seen[name])] = d.AbsolutePositionForObject(b)
			seen[name]++
			return
		}
		switch v := x.(type) {
		case *fyne.Container:
			for _, c := range v.Objects {
				walk(c)
			}
		case fyne.Widget:
			for _, c := range test.WidgetRenderer(v).Objects() {
				walk(c)
			}
		}
	}
	walk(o)
	return out
}

// relayout lays every container in o out again, as the next frame
// would: fyne's test canvas lays out only what is resized.
func relayout(o fyne.CanvasObject) {
	switch v := o.(type) {
	case *fyne.Container:
		if v.Layout != nil {
			v.Layout.Layout(v.Objects, v.Size())
		}
		for _, c := range v.Objects {
			relayout(c)
		}
	case fyne.Widget:
		r := test.WidgetRenderer(v)
		r.Layout(v.Size())
		for _, c := range r.Objects() {
			relayout(c)
		}
	}
}

// samePlaces reports the buttons of want that are gone or moved in got.
func samePlaces(t *testing.T, what string, want, got map[string]fyne.Position, names ...string) {
	t.Helper()
	for _, n := range names {
		w, ok := want[n]
		if !ok {
			t.Errorf("%s: no button %s before (buttons %v)", what, n, want)
			continue
		}
		if g, ok := got[n]; !ok {
			t.Errorf("%s: button %s is gone", what, n)
		} else if g != w {
			t.Errorf("%s: button %s moved from %v to %v", what, n, w, g)
		}
	}
}

func TestRecordButtonsStayPutWhenAWarningAppears(t *testing.T) {
	w := withDemo(t, model.NL)
	w.Window().Resize(fyne.NewSize(800, 600))
	long := strings.Repeat("x", model.MaxTextLen+1)
	for _, c := range []struct {
		screen  string
		code    string // the record to choose
		field   model.Field
		bad     string
		buttons []string
	}{
		{Visions, "V1", model.FieldTitle, "", []string{"Nieuwe visie-uitspraak#0", "Verwijderen#0"}},
		{Investments, "D1", model.FieldCostOneOff, "12k euro", []string{"Nieuwe investering#0", "Dupliceren#0", "Verwijderen#0"}},
		{Assessment, "", model.FieldSession, long, []string{"Nieuwe deelnemer#0", "Verwijderen#0"}},
	} {
		sc := w.Show(c.screen)
		if c.code != "" {
			sc.(Selecter).SelectCode(c.code)
		}
		var f *form.Form
		switch v := sc.(type) {
		case *visionsScreen:
			f = v.Form
		case *investmentsScreen:
			f = v.Form
		case *assessmentScreen:
			f = v.Form
		}
		before := where(w.Window().Content())
		e := f.EntryOf(c.field)
		e.SetText(c.bad)
		if f.Message(c.field) == "" {
			t.Fatalf("%s: %q in %s gives no warning", c.screen, c.bad, c.field)
		}
		samePlaces(t, c.screen+" with a warning", before, where(w.Window().Content()), c.buttons...)
		w.Undo() // drops the invalid input
	}
}

func TestVisionButtonsStayPutForAVisionServedByMany(t *testing.T) {
	w := withDemo(t, model.NL)
	w.Window().Resize(fyne.NewSize(800, 600))
	v := w.Show(Visions).(*visionsScreen)
	// The demo's visions are served by different numbers of investments:
	// the list of them stands above the delete button.
	v.SelectCode("V1")
	before := where(w.Window().Content())
	for _, vis := range w.Doc().Plan().Visions {
		v.SelectCode(vis.Code)
		samePlaces(t, "vision "+vis.Code, before, where(w.Window().Content()), "Verwijderen#0")
	}
}

func TestAddButtonsStayPutWithAnEmptyListAndWithOne(t *testing.T) {
	w := withDemo(t, model.NL)
	w.Window().Resize(fyne.NewSize(800, 600))
	for _, c := range []struct {
		screen, tab string
		add         string
	}{
		{Risks, "", "Nieuw risico#0"},
		{Situation, "", "Nieuwe inventarisregel#0"},
		{Situation, "Organisatie", "Nieuwe taak#0"},
		{Board, "Ondertekening", "Nieuwe ondertekenaar#0"},
		{Agreements, "", "Nieuwe afspraak#0"},
	} {
		sc := w.Show(c.screen)
		if c.tab != "" {
			selectTab(t, sc.Content(), c.tab)
		}
		if err := w.Doc().Edit("leeg", func(p *model.Plan) {
			p.Agreements, p.Risks, p.Inventory, p.Organisation, p.Adoption.Signatories = nil, nil, nil, nil, nil
		}); err != nil {
			t.Fatal(err)
		}
		empty := where(w.Window().Content())
		test.Tap(buttonAt(t, w.Window().Content(), c.add))
		samePlaces(t, c.screen+" "+c.tab+" with one record", empty, where(w.Window().Content()), c.add)
	}
}

// buttonAt is the shown button named "text#n".
func buttonAt(t *testing.T, o fyne.CanvasObject, name string) *widget.Button {
	t.Helper()
	text, n, _ := strings.Cut(name, "#")
	var k int
	fmt.Sscan(n, &k)
	return button(t, o, text, k)
}

// selectTab shows the tab with the text in the first tab container in o.
func selectTab(t *testing.T, o fyne.CanvasObject, text string) {
	t.Helper()
	found := false
	uitest.Walk(o, func(x fyne.CanvasObject) {
		at, ok := x.(*container.AppTabs)
		if !ok || found {
			return
		}
		for i, it := range at.Items {
			if it.Text == text {
				at.SelectIndex(i)
				found = true
			}
		}
	})
	if !found {
		t.Fatalf("no tab %q", text)
	}
}

func TestTimelinePageButtonsStayPutFromPageToPage(t *testing.T) {
	p := uitest.DemoPlan(t)
	// 1,000 investments make pages whose counts differ in width
	// ("1–30 van 1032", "991–1020 van 1032").
	base := p.Investments[0]
	for i := 0; i < 1000; i++ {
		inv := base
		inv.ID = model.NewID()
		inv.Code = model.NextCode(string(base.Code[0]), allCodes(p))
		inv.VisionIDs = append([]string(nil), base.VisionIDs...)
		inv.DependsOnIDs = nil
		p.Investments = append(p.Investments, inv)
	}
	w := newWindow(t, model.NL, p)
	w.Window().Resize(fyne.NewSize(800, 600))
	v := w.Show(Timeline).(*timelineScreen)
	back, next := theme.NavigateBackIcon().Name()+"#0", theme.NavigateNextIcon().Name()+"#0"
	first := where(w.Window().Content())
	for v.page < v.pages-1 {
		test.Tap(v.next)
		got := where(w.Window().Content())
		samePlaces(t, fmt.Sprintf("page %d (%s)", v.page+1, v.info.Text), first, got, back, next)
		if t.Failed() {
			break
		}
	}
}
