package screens

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"balansplan/model"
	"balansplan/planning"
	"balansplan/planning/chart"
	"balansplan/ui/form"
	"balansplan/ui/internal/uitest"
)

// Issue 15, the GUI of the plan's life. The demo plan (Het Dijkcollege)
// runs 2027-2030, is "besproken" at version 0.9 and was never adopted; D1
// (deskundigheid, 2027-08 to 2028-06) costs € 14.000 once and is gepland,
// VI1 is afgerond. Every value below is worked out from those facts.

// at sets the screens' clock for the test.
func at(t *testing.T, date string) {
	t.Helper()
	d, err := time.Parse(time.DateOnly, date)
	if err != nil {
		t.Fatal(err)
	}
	old := Clock
	Clock = func() time.Time { return d }
	t.Cleanup(func() { Clock = old })
}

// adopt records vastgesteld on the Versies screen, as a user does.
func adopt(t *testing.T, w *window, date, by, note string) *versionsScreen {
	t.Helper()
	v := w.Show(Versions).(*versionsScreen)
	v.status.SetSelected(model.StatusVastgesteld.Label(w.Lang()))
	v.date.SetText(date)
	v.by.SetText(by)
	v.note.SetText(note)
	test.Tap(v.record)
	return v
}

func invByCode(t *testing.T, p *model.Plan, code string) *model.Investment {
	t.Helper()
	for i := range p.Investments {
		if p.Investments[i].Code == code {
			return &p.Investments[i]
		}
	}
	t.Fatalf("no investment %s", code)
	return nil
}

// 1. Adoption: a status change with date, who and a note; vastgesteld
// freezes a version; a second adoption without a change is refused; a bad
// date is said and what was typed stays; the first edit after adoption
// starts concept version 0.10 in the same undo step; a version opens
// read-only.
func TestAdoptionFreezesAVersionAndTheFirstEditStartsAConcept(t *testing.T) {
	at(t, "2027-03-01")
	w := withDemo(t, model.NL)
	v := w.Show(Versions).(*versionsScreen)

	// A bad date: said under the form, nothing written, the text kept.
	v.status.SetSelected(model.StatusBesproken.Label(model.NL))
	v.date.SetText("1-3-2027")
	v.note.SetText("advies MR: positief")
	test.Tap(v.record)
	if !v.msg.Visible() || !strings.Contains(v.msg.Text, "1-3-2027") {
		t.Errorf("a bad date gives the message %q (shown %v)", v.msg.Text, v.msg.Visible())
	}
	if n := len(w.Doc().Plan().StatusHistory); n != 0 {
		t.Fatalf("a bad date recorded %d changes", n)
	}
	if v.note.Text != "advies MR: positief" || v.date.Text != "1-3-2027" {
		t.Errorf("the typed values were lost: %q, %q", v.date.Text, v.note.Text)
	}

	adopt(t, w, "2027-03-01", "College van bestuur", "unaniem")
	p := w.Doc().Plan()
	if p.Status != model.StatusVastgesteld || len(p.Versions) != 1 || p.Versions[0].Number != "0.9" || p.Versions[0].Date != "2027-03-01" {
		t.Fatalf("after adopting: status %s, versions %+v", p.Status, p.Versions)
	}
	if got := undoLabel(t, w); got != "plan vastgesteld als versie 0.9" {
		t.Errorf("undo offers %q", got)
	}
	if got := uitest.OnDisk(t, w.Doc().Path()); len(got.Versions) != 1 || got.StatusHistory[0].By != "College van bestuur" {
		t.Errorf("the file holds versions %d, history %+v", len(got.Versions), got.StatusHistory)
	}
	if got := uitest.Texts(v.Content()); !strings.Contains(got, "2027-03-01 · vastgesteld · College van bestuur: unaniem") ||
		!strings.Contains(got, "Laatst vastgesteld: versie 0.9 op 2027-03-01.") {
		t.Errorf("the history does not show the adoption:\n%s", got)
	}
	if v.note.Text != "" {
		t.Errorf("after recording, the note still holds %q", v.note.Text)
	}

	// Adopting again without a change would freeze the same plan twice.
	adopt(t, w, "2027-03-02", "", "")
	if n := len(w.Doc().Plan().Versions); n != 1 || !strings.Contains(v.msg.Text, "al vastgesteld als versie 0.9") {
		t.Errorf("a second adoption gives %d versions and the message %q", n, v.msg.Text)
	}

	// The first edit after adoption: a vision's title.
	vs := w.Show(Visions).(*visionsScreen)
	if !vs.SelectCode("V1") {
		t.Fatal("no V1")
	}
	old := w.Doc().Plan().Visions[0].Title
	uitest.Enter(vs.Form.EntryOf(model.FieldTitle), "Leerlingen werken op eigen niveau")
	p = w.Doc().Plan()
	if p.Status != model.StatusConcept || p.Version != "0.10" || len(p.Versions) != 1 {
		t.Fatalf("after the first edit: status %s, version %s, %d versions", p.Status, p.Version, len(p.Versions))
	}
	last := p.StatusHistory[len(p.StatusHistory)-1]
	if last.Status != model.StatusConcept || last.Date != "2027-03-01" || !strings.Contains(last.Note, "versie 0.9") {
		t.Errorf("the revision is recorded as %+v", last)
	}
	want := "titel van V1 gewijzigd; nieuwe conceptversie 0.10 gestart op basis van vastgestelde versie 0.9"
	if got := undoLabel(t, w); got != want {
		t.Errorf("undo offers %q, want %q", got, want)
	}
	// A second edit is an ordinary one.
	uitest.Enter(vs.Form.EntryOf(model.FieldPriority), "2")
	if got := undoLabel(t, w); got != "prioriteit van V1 gewijzigd" {
		t.Errorf("the second edit's undo is %q", got)
	}
	w.Undo()
	// One undo takes back the edit and the revision together.
	w.Undo()
	p = w.Doc().Plan()
	if p.Status != model.StatusVastgesteld || p.Version != "0.9" || p.Visions[0].Title != old {
		t.Errorf("after undo: status %s, version %s, title %q", p.Status, p.Version, p.Visions[0].Title)
	}
	if got := uitest.OnDisk(t, w.Doc().Path()); got.Status != model.StatusVastgesteld || got.Version != "0.9" {
		t.Errorf("after undo the file holds %s %s", got.Status, got.Version)
	}

	// The version opens read-only: its banner, its contents, no input.
	w.Redo()
	v = w.Show(Versions).(*versionsScreen)
	v.OpenVersion("0.9")
	if v.readOnly == nil {
		t.Fatal("no read-only window")
	}
	ro := v.readOnly.Content()
	var tabs *container.AppTabs
	uitest.Walk(ro, func(o fyne.CanvasObject) {
		if x, ok := o.(*container.AppTabs); ok {
			tabs = x
		}
	})
	if tabs == nil || len(tabs.Items) != 4 {
		t.Fatalf("the read-only view has tabs %v", tabs)
	}
	text := ""
	for i := range tabs.Items {
		text += uitest.Texts(tabs.Items[i].Content) + "\n"
		uitest.Walk(tabs.Items[i].Content, func(o fyne.CanvasObject) {
			if c, ok := o.(*widget.Card); ok {
				text += c.Title + "\n"
			}
		})
	}
	text += uitest.Texts(ro)
	for _, want := range []string{"Alleen lezen: versie 0.9 van 2027-03-01", "V1 " + old, "D1 ", "Totaal"} {
		if !strings.Contains(text, want) {
			t.Errorf("the read-only view lacks %q", want)
		}
	}
	uitest.Walk(ro, func(o fyne.CanvasObject) {
		switch o.(type) {
		case *widget.Entry, *form.Entry, *widget.Select, *widget.Check, *widget.CheckGroup, *widget.RadioGroup, *widget.Slider:
			t.Errorf("the read-only view holds an input %T", o)
		}
	})
	v.readOnly.Close()
}

// 2. What changed: D1's one-off cost from € 14.000 to € 15.000 after
// adoption, in its start year 2027 and bouwsteen deskundigheid: +€ 1.000
// there and nowhere else; between two frozen versions the same.
func TestTheDiffShowsFieldsAndTheBudgetDeltaPerYearAndBlock(t *testing.T) {
	at(t, "2027-03-01")
	w := withDemo(t, model.NL)
	adopt(t, w, "2027-03-01", "bestuur", "")
	inv := w.Show(Investments).(*investmentsScreen)
	if !inv.SelectCode("D1") {
		t.Fatal("no D1")
	}
	uitest.Enter(inv.Form.EntryOf(model.FieldCostOneOff), "15000")
	if got := invByCode(t, w.Doc().Plan(), "D1").Cost.OneOff; got != 1500000 {
		t.Fatalf("D1 costs %d cents", got)
	}
	v := w.Show(Versions).(*versionsScreen)
	v.tabs.SelectIndex(2)
	if v.pick(v.from) != "0.9" || v.pick(v.to) != "" {
		t.Errorf("the diff compares %q with %q, want 0.9 with the current state", v.pick(v.from), v.pick(v.to))
	}
	ten := "+" + planning.FormatMoney(100000, model.NL)
	if ten != "+€ 1.000" {
		t.Fatalf("the delta is written %q", ten)
	}
	check := func(head string) {
		t.Helper()
		text := uitest.Texts(v.diff)
		for _, want := range []string{head, "gewijzigd: D1", "Eenmalige kosten (€): “14000” wordt “15000”", ten} {
			if !strings.Contains(text, want) {
				t.Errorf("the diff lacks %q:\n%s", want, text)
			}
		}
		// The delta stands in the 2027 row, deskundigheid column, and
		// in the total row; nowhere else.
		grid := v.diff.Objects[len(v.diff.Objects)-1].(*fyne.Container)
		cols := len(model.Blocks()) + 4
		var at []string
		for i, o := range grid.Objects {
			if l, ok := o.(*widget.Label); ok && l.Text == ten {
				row := grid.Objects[i-i%cols].(*widget.Label).Text
				at = append(at, row+"/"+grid.Objects[i%cols].(*widget.Label).Text)
			}
		}
		d := chart.ShortLabel(model.BlockDeskundigheid, model.NL)
		if strings.Join(at, " ") != "2027/"+d+" 2027/verschil Totaal/"+d+" Totaal/verschil" {
			t.Errorf("+ € 10 stands at %v", at)
		}
	}
	check("Van 0.9 naar huidige stand")

	// Adopt 0.10 and compare the two versions.
	adopt(t, w, "2027-04-01", "bestuur", "")
	if n := len(w.Doc().Plan().Versions); n != 2 {
		t.Fatalf("%d versions", n)
	}
	v.Compare("0.9", "0.10")
	check("Van 0.9 naar 0.10")
	v.Compare("0.10", "")
	if got := uitest.Texts(v.diff); !strings.Contains(got, "Er is niets gewijzigd") {
		t.Errorf("0.10 against now:\n%s", got)
	}
}

// 3. Realisation: what D1 cost in 2027 typed on the Begroting screen's
// Realisatie tab, an invalid amount kept with its message, a dated status
// change, and the overdue flags; on an adopted plan none of it starts a
// new version.
func TestRealisationIsTypedPerYearAndOverdueInvestmentsAreFlagged(t *testing.T) {
	at(t, "2027-03-01")
	w := withDemo(t, model.NL)
	adopt(t, w, "2027-03-01", "bestuur", "")
	b := w.Show(Budget).(*budgetScreen)
	b.tabs.SelectIndex(1)
	r := b.real
	r.SetYear(2027)
	d1 := invByCode(t, w.Doc().Plan(), "D1").ID
	f := cardOf(t, r.cards, d1)
	one := f.EntryOf(model.FieldRealisationOneOff)
	uitest.Enter(one, "dertig")
	if msg := f.Message(model.FieldRealisationOneOff); !strings.Contains(msg, "“dertig” is geen bedrag") {
		t.Errorf("an invalid amount says %q", msg)
	}
	if one.Text != "dertig" {
		t.Errorf("the invalid amount was lost: %q", one.Text)
	}
	uitest.Enter(one, "12000")
	p := w.Doc().Plan()
	if got, ok := invByCode(t, p, "D1").RealisationIn(2027); !ok || got != (model.Realisation{Year: 2027, OneOff: 1200000}) {
		t.Fatalf("D1's 2027 is %+v (%v)", got, ok)
	}
	if p.Status != model.StatusVastgesteld || p.Version != "0.9" {
		t.Errorf("recording realisation started a revision: %s %s", p.Status, p.Version)
	}
	if got := undoLabel(t, w); got != "eenmalig besteed van D1 in 2027 gewijzigd" {
		t.Errorf("undo offers %q", got)
	}
	// Planned in 2027 by the budget: D1's € 14.000 is planned, € 12.000
	// spent, so its line is -€ 2.000; the year's total variance is the
	// realised 120 minus everything the budget plans in 2027.
	rep := planning.Realisation(w.Doc().Plan())
	for _, line := range rep.LinesIn(2027) {
		if line.Code == "D1" && (line.Planned != 1400000 || line.Variance != -200000) {
			t.Errorf("D1's line is %+v", line)
		}
	}
	planned := w.Doc().Analysis().Budget.Years[0].CashOut
	text := uitest.Texts(r.sum)
	for _, want := range []string{planning.FormatMoney(1200000, model.NL), signed(1200000-planned, model.NL)} {
		if !strings.Contains(text, want) {
			t.Errorf("the summary lacks %q:\n%s", want, text)
		}
	}
	if fig := r.bars.chart.Figure(); len(fig.Shapes) == 0 {
		t.Error("no realisation chart")
	} else if s, ok := fig.Find("realised.deskundigheid"); !ok || s.Points[1].Y-s.Points[0].Y <= 0 {
		t.Errorf("no bar for what deskundigheid spent: %+v", s)
	}
	// Undo takes the amount back, the field shows it.
	w.Undo()
	if _, ok := invByCode(t, w.Doc().Plan(), "D1").RealisationIn(2027); ok || one.Text != "" {
		t.Errorf("after undo D1 still has 2027 (field %q)", one.Text)
	}

	// A value typed and not yet written belongs to the year it was typed
	// in, also when another year is picked before it is written.
	one.SetText("")
	test.Type(one, "500")
	r.SetYear(2028)
	d := invByCode(t, w.Doc().Plan(), "D1")
	if got, _ := d.RealisationIn(2027); got.OneOff != 50000 {
		t.Errorf("500 typed for 2027 went to %+v", d.Realisation)
	}
	if _, ok := d.RealisationIn(2028); ok || one.Text != "" {
		t.Errorf("2028 shows %q, has %+v", one.Text, d.Realisation)
	}
	w.Undo()
	r.SetYear(2027)

	// A dated status change: a bad date is said, then lopend is recorded.
	in := r.inputs[d1]
	in.status.SetSelected(model.InvLopend.Label(model.NL))
	in.date.SetText("2027-02-30")
	test.Tap(in.record)
	if !in.msg.Visible() || len(invByCode(t, w.Doc().Plan(), "D1").StatusChanges) != 0 {
		t.Errorf("a bad date: message %q, changes %d", in.msg.Text, len(invByCode(t, w.Doc().Plan(), "D1").StatusChanges))
	}
	in.date.SetText("2027-09-01")
	test.Tap(in.record)
	d = invByCode(t, w.Doc().Plan(), "D1")
	if d.Status != model.InvLopend || len(d.StatusChanges) != 1 || d.StatusChanges[0].Date != "2027-09-01" {
		t.Errorf("D1 after the change: %s %+v", d.Status, d.StatusChanges)
	}
	if got := undoLabel(t, w); got != "status van D1: lopend op 2027-09-01" {
		t.Errorf("undo offers %q", got)
	}

	// Overdue: on 15 July 2028 D1 (due 2028-06, lopend) is overdue, VI1
	// (afgerond) is not.
	at(t, "2028-07-15")
	w.Show(Overview)
	w.built[Overview].Refresh()
	if got := uitest.Texts(w.built[Overview].Content()); !strings.Contains(got, "Over tijd (niet afgerond): ") || !strings.Contains(got, "D1") {
		t.Errorf("the overview does not flag D1:\n%s", got)
	}
	is := w.Show(Investments).(*investmentsScreen)
	is.Refresh()
	cells := map[string]string{}
	for _, row := range is.Table.Shown() {
		cells[row.Cells[0]] = row.Cells[6]
	}
	if cells["D1"] != "lopend, over tijd" || strings.Contains(cells["VI1"], "over tijd") {
		t.Errorf("the list's status of D1 is %q, of VI1 %q", cells["D1"], cells["VI1"])
	}
	r.Refresh()
	if !strings.Contains(in.info.Text, "Over tijd") {
		t.Errorf("D1's card says %q", in.info.Text)
	}
}

// 4. Yearly evaluation and rounds: V1's 2028 rated 4 with a note, a note
// typed for 2028 stays in 2028 when the year is switched; a 2028 round
// of the self-assessment kept apart from 2027's, and the chart of levels
// over the rounds.
func TestEvaluationsPerYearAndRoundsKeptApart(t *testing.T) {
	at(t, "2028-02-01")
	w := withDemo(t, model.NL)
	vs := w.Show(Visions).(*visionsScreen)
	vs.SelectCode("V1")
	vs.SetEvaluationYear(2028)
	selectOf(t, vs.Form, model.FieldEvaluationsRating).SetSelectedIndex(4)
	note := vs.Form.EntryOf(model.FieldEvaluationsNote)
	note.SetText("")
	test.Type(note, "toets groep 3 gehaald")
	vs.SetEvaluationYear(2027) // written first, to 2028
	v1 := w.Doc().Plan().Visions[0]
	if e, ok := v1.EvaluationIn(2028); !ok || e.Rating != 4 || e.Note != "toets groep 3 gehaald" {
		t.Errorf("V1's 2028 is %+v", e)
	}
	if _, ok := v1.EvaluationIn(2027); ok || note.Text != "" {
		t.Errorf("2027 got an evaluation or the field shows %q", note.Text)
	}
	if got := undoLabel(t, w); got != "toelichting van V1 gewijzigd" {
		t.Errorf("undo offers %q", got)
	}

	// Zelfevaluatie: the 2027 round has the demo's 7 participants; a
	// participant added in round 2028 is kept apart.
	as := w.Show(Assessment).(*assessmentScreen)
	if n := len(as.Table.Shown()); n != 7 {
		t.Fatalf("round 2027 lists %d", n)
	}
	as.round.Pick(2028)
	if n := len(as.Table.Shown()); n != 0 {
		t.Errorf("round 2028 lists %d before anyone joined", n)
	}
	test.Tap(as.addBtn)
	p := w.Doc().Plan()
	if last := p.Assessments[len(p.Assessments)-1]; last.Year != 2028 {
		t.Errorf("the new participant is in round %d", last.Year)
	}
	if n := len(as.Table.Shown()); n != 1 {
		t.Errorf("round 2028 lists %d", n)
	}
	as.round.Pick(2027)
	if n := len(as.Table.Shown()); n != 7 {
		t.Errorf("round 2027 lists %d after a 2028 participant joined", n)
	}

	// Balans offers both rounds; the chart has a point per round for a
	// bouwsteen the 2028 participant scored.
	sel := selectOf(t, as.Form, model.FieldScoreNow.Key(string(model.BlockVisie)))
	as.round.Pick(2028)
	as.Table.Choose(p.Assessments[len(p.Assessments)-1].ID)
	sel.SetSelectedIndex(5)
	bs := w.Show(Balance).(*balanceScreen)
	if got := bs.round.sel.Options; len(got) != 2 || got[0] != "2027" || got[1] != "2028" {
		t.Errorf("Balans offers rounds %v", got)
	}
	bs.tabs.SelectIndex(1)
	w.Window().Resize(fyne.NewSize(1000, 640))
	bs.Refresh()
	fig := bs.rounds.chart.Figure()
	for _, id := range []string{"dot.visie.2027", "dot.visie.2028", "line.visie"} {
		if _, ok := fig.Find(id); !ok {
			t.Errorf("the rounds chart lacks %s", id)
		}
	}
	// Level 5 is the top grid line.
	if dot, _ := fig.Find("dot.visie.2028"); dot.Points[0].Y != 8 {
		t.Errorf("visie 5 in 2028 stands at y %v, want the top line 8", dot.Points[0].Y)
	}
	// The levels of the 2028 round are its one participant's: visie 5.
	bs.round.Pick(2027)
	in2027 := bs.levels.Text
	bs.round.Pick(2028)
	five := chart.ShortLabel(model.BlockVisie, model.NL) + ": " + form.Level(planning.Level{Value: 5, Known: true}, model.NL)
	if bs.levels.Text == in2027 || !strings.Contains(bs.levels.Text, five) {
		t.Errorf("Balans of 2028 shows\n%s\nwant %q (2027:\n%s)", bs.levels.Text, five, in2027)
	}
}
