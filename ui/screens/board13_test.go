package screens

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"balansplan/model"
	"balansplan/ui/form"
	"balansplan/ui/internal/uitest"
)

// Issue 13, "what a board expects": the screens of the board chapters.
// Every kind of field is typed in through fyne's test driver, written,
// named in the undo menu and taken back by undo; deleting asks first; an
// invalid value stays visible with model.Validate's message.

// undoLabel is what the Edit menu would offer to undo.
func undoLabel(t *testing.T, w *window) string {
	t.Helper()
	l, ok := w.Doc().CanUndo()
	if !ok {
		t.Fatal("nothing to undo")
	}
	return l
}

// yes taps the Ja/Yes button of the dialog on top, after checking that it
// asks about want.
func yes(t *testing.T, w *window, want string) {
	t.Helper()
	text, buttons := uitest.TopDialog(t, w.Window())
	if !strings.Contains(text, want) {
		t.Fatalf("the question %q does not name %q", text, want)
	}
	for label, b := range buttons {
		if label == "Ja" || label == "Yes" {
			test.Tap(b)
			return
		}
	}
	t.Fatalf("no Ja/Yes in %q", text)
}

// no taps the Nee/No button of the dialog on top.
func no(t *testing.T, w *window) {
	t.Helper()
	_, buttons := uitest.TopDialog(t, w.Window())
	for label, b := range buttons {
		if label == "Nee" || label == "No" {
			test.Tap(b)
			return
		}
	}
	t.Fatal("no Nee/No button")
}

// button finds the shown button with the text in o (the n-th, from 0).
func button(t *testing.T, o fyne.CanvasObject, text string, n int) *widget.Button {
	t.Helper()
	var found []*widget.Button
	uitest.Walk(o, func(x fyne.CanvasObject) {
		if b, ok := x.(*widget.Button); ok && b.Text == text {
			found = append(found, b)
		}
	})
	if n >= len(found) {
		t.Fatalf("%d buttons %q, want at least %d", len(found), text, n+1)
	}
	return found[n]
}

// typeOver types into a field whose text is selected (a new record's
// placeholder text, as focusFirst leaves it) and leaves it.
func typeOver(e *form.Entry, text string) {
	test.Type(e, text)
	e.FocusLost()
}

// write types text into a field and leaves it: a multi-line field would
// take Enter as a new line.
func write(e *form.Entry, text string) {
	e.SetText("")
	test.Type(e, text)
	e.FocusLost()
}

func cardOf(t *testing.T, l *recordList, key string) *form.Form {
	t.Helper()
	c := l.cards[key]
	if c == nil {
		t.Fatalf("no card for %q (cards %v)", key, l.keys)
	}
	return c.form
}

func selectOf(t *testing.T, f *form.Form, name model.Field) *widget.Select {
	t.Helper()
	fl := f.ByName[name]
	if fl == nil {
		t.Fatalf("no field %s", name)
	}
	return fl.Input().(*widget.Select)
}

// withoutBoard opens the demo plan with the board chapters' lists empty.
func withoutBoard(t *testing.T, l model.Lang) *window {
	t.Helper()
	p := uitest.DemoPlan(t)
	p.Inventory, p.Organisation, p.Risks, p.Adoption.Signatories = nil, nil, nil, nil
	return newWindow(t, l, p)
}

func TestARiskIsAddedTypedGradedUndoneAndDeletedAfterTheQuestion(t *testing.T) {
	w := withoutBoard(t, model.NL)
	v := w.Show(Risks).(*risksScreen)
	if !strings.Contains(uitest.Texts(v.Content()), "Nog geen risico's") {
		t.Fatal("an empty register does not say so")
	}
	test.Tap(v.addBtn)
	p := w.Doc().Plan()
	if len(p.Risks) != 1 {
		t.Fatalf("%d risks after adding one", len(p.Risks))
	}
	id := p.Risks[0].ID
	f := cardOf(t, v.list, id)
	if got := w.Window().Canvas().Focused(); got != f.EntryOf(model.FieldDescription) {
		t.Errorf("after adding, the cursor is in %v, want the new risk's description", got)
	}
	typeOver(f.EntryOf(model.FieldDescription), "De leverancier levert de laptops te laat")
	if got := undoLabel(t, w); got != "risico gewijzigd" && got != "risico van risico 1 gewijzigd" {
		t.Errorf("undo offers %q", got)
	}
	selectOf(t, f, model.FieldLikelihood).SetSelected("hoog")
	if got := undoLabel(t, w); got != "kans van risico 1 gewijzigd" {
		t.Errorf("undo offers %q, want kans van risico 1 gewijzigd", got)
	}
	uitest.Enter(f.EntryOf(model.FieldOwner), "Directeur")
	write(f.EntryOf(model.FieldMeasure), "Bestellen voor 1 mei")
	r := w.Doc().Plan().Risks[0]
	if r.Description != "De leverancier levert de laptops te laat" || r.Likelihood != model.GradeHoog || r.Impact != model.GradeMidden ||
		r.Owner != "Directeur" || r.Measure != "Bestellen voor 1 mei" {
		t.Fatalf("the risk is %+v", r)
	}
	// Written to the file at once, as every edit is.
	if got := uitest.OnDisk(t, w.Doc().Path()).Risks; len(got) != 1 || got[0] != r {
		t.Errorf("the file holds %+v, want %+v", got, r)
	}
	// hoog (3) × midden (2) = 6.
	if got := uitest.Texts(v.Content()); !strings.Contains(got, "6 (kans hoog × impact midden)") {
		t.Errorf("the card does not show the weight 6:\n%s", got)
	}
	// Undo takes the measure back, then the owner.
	if got := undoLabel(t, w); got != "maatregel van risico 1 gewijzigd" {
		t.Errorf("undo offers %q", got)
	}
	w.Undo()
	if got := w.Doc().Plan().Risks[0].Measure; got != "" {
		t.Errorf("after undo the measure is %q", got)
	}
	if got := f.EntryOf(model.FieldMeasure).Text; got != "" {
		t.Errorf("after undo the field shows %q", got)
	}
	// Delete asks; No keeps it, Yes deletes it.
	test.Tap(button(t, v.Content(), "Verwijderen", 0))
	no(t, w)
	if len(w.Doc().Plan().Risks) != 1 {
		t.Fatal("No deleted the risk")
	}
	test.Tap(button(t, v.Content(), "Verwijderen", 0))
	yes(t, w, "De leverancier levert de laptops te laat")
	if len(w.Doc().Plan().Risks) != 0 {
		t.Fatal("Yes did not delete the risk")
	}
	if got := undoLabel(t, w); got != "risico 1 verwijderd" {
		t.Errorf("undo offers %q", got)
	}
	w.Undo()
	if got := w.Doc().Plan().Risks; len(got) != 1 || got[0].Owner != "Directeur" {
		t.Errorf("undo of the delete gives %+v", got)
	}
}

// A risk without a description is refused by model.Validate: the field
// keeps what the user did (empty), says why, and the plan keeps the old
// text until the user types one.
func TestAnEmptyRiskDescriptionStaysWithTheModelsMessage(t *testing.T) {
	w := withoutBoard(t, model.NL)
	id := model.NewID()
	if err := w.Doc().Edit("risico", func(p *model.Plan) {
		p.Risks = []model.Risk{{ID: id, Description: "Uitval van het netwerk", Likelihood: model.GradeLaag, Impact: model.GradeHoog}}
	}); err != nil {
		t.Fatal(err)
	}
	v := w.Show(Risks).(*risksScreen)
	f := cardOf(t, v.list, id)
	e := f.EntryOf(model.FieldDescription)
	write(e, "")
	if msg := f.Message(model.FieldDescription); !strings.HasPrefix(msg, "Risico: ") || !strings.Contains(msg, "verplicht") {
		t.Errorf("an empty description says %q, want the field and model's required message", msg)
	}
	if got := w.Doc().Plan().Risks[0].Description; got != "Uitval van het netwerk" {
		t.Errorf("the invalid value was written: %q", got)
	}
	// Another edit on the screen does not throw the input away.
	selectOf(t, f, model.FieldImpact).SetSelected("midden")
	if e.Text != "" || f.Message(model.FieldDescription) == "" {
		t.Errorf("after another edit the field shows %q with message %q", e.Text, f.Message(model.FieldDescription))
	}
	test.Type(e, "Storing")
	e.FocusLost()
	if got := w.Doc().Plan().Risks[0].Description; got != "Storing" || f.Message(model.FieldDescription) != "" {
		t.Errorf("after typing a description the plan has %q and the field says %q", got, f.Message(model.FieldDescription))
	}
}

func TestInventoryLinesAreTypedDuplicatedAndAnInvalidYearKept(t *testing.T) {
	w := withoutBoard(t, model.NL)
	v := w.Show(Situation).(*situationScreen)
	test.Tap(v.addItem)
	p := w.Doc().Plan()
	if len(p.Inventory) != 1 {
		t.Fatalf("%d lines after adding one", len(p.Inventory))
	}
	id := p.Inventory[0].ID
	f := cardOf(t, v.items, id)
	selectOf(t, f, model.FieldKind).SetSelected("software en licenties")
	typeOver(f.EntryOf(model.FieldDescription), "Office-licenties")
	uitest.Enter(f.EntryOf(model.FieldQuantity), "30")
	if got := undoLabel(t, w); got != "aantal van inventarisregel 1 gewijzigd" {
		t.Errorf("undo offers %q", got)
	}
	// A count that is not a number: the field says so and keeps it.
	q := f.EntryOf(model.FieldQuantity)
	uitest.Enter(q, "dertig")
	if msg := f.Message(model.FieldQuantity); !strings.Contains(msg, "dertig") {
		t.Errorf("a count of “dertig” says %q", msg)
	}
	// A year after the plan period: model.Validate's message, kept.
	end := w.Doc().Plan().EndYear
	y := f.EntryOf(model.FieldYear)
	uitest.Enter(y, "2099")
	if msg := f.Message(model.FieldYear); !strings.HasPrefix(msg, "Jaar: 2099 ligt na het einde van de planperiode") {
		t.Errorf("a year after %d says %q", end, msg)
	}
	if y.Text != "2099" || q.Text != "dertig" {
		t.Errorf("invalid input was not kept: year %q, count %q", y.Text, q.Text)
	}
	it := w.Doc().Plan().Inventory[0]
	if it.Kind != model.InventorySoftware || it.Description != "Office-licenties" || it.Quantity != 30 || it.Year != 0 {
		t.Fatalf("the line is %+v", it)
	}
	uitest.Enter(y, "2024")
	uitest.Enter(q, "32")
	test.Tap(button(t, v.Content(), "Dupliceren", 0))
	p = w.Doc().Plan()
	if len(p.Inventory) != 2 || p.Inventory[1].Description != "Office-licenties" || p.Inventory[1].Quantity != 32 ||
		p.Inventory[1].Year != 2024 || p.Inventory[1].ID == p.Inventory[0].ID {
		t.Fatalf("after duplicating: %+v", p.Inventory)
	}
	if got := undoLabel(t, w); got != "inventarisregel 1 gedupliceerd" {
		t.Errorf("undo offers %q", got)
	}
	test.Tap(button(t, v.Content(), "Verwijderen", 1))
	yes(t, w, "inventarisregel 2")
	if got := w.Doc().Plan().Inventory; len(got) != 1 || got[0].ID != id {
		t.Errorf("deleting the copy leaves %+v", got)
	}
}

func TestTasksAddUpToTheTotalHours(t *testing.T) {
	w := withoutBoard(t, model.NL)
	v := w.Show(Situation).(*situationScreen)
	test.Tap(v.addTask)
	test.Tap(v.addTask)
	p := w.Doc().Plan()
	if len(p.Organisation) != 2 {
		t.Fatalf("%d tasks", len(p.Organisation))
	}
	a, b := cardOf(t, v.tasks, p.Organisation[0].ID), cardOf(t, v.tasks, p.Organisation[1].ID)
	uitest.Enter(a.EntryOf(model.FieldTask), "ict-coördinator")
	uitest.Enter(a.EntryOf(model.FieldHoursPerYear), "120")
	uitest.Enter(b.EntryOf(model.FieldTask), "beheer")
	uitest.Enter(b.EntryOf(model.FieldHoursPerYear), "1500")
	// 120 + 1500 = 1620, written with a thousands separator.
	if got := v.total.Text; got != "Samen 1.620 uur per jaar" {
		t.Errorf("the total says %q", got)
	}
	if got := undoLabel(t, w); got != "uren per jaar van taak 2 gewijzigd" {
		t.Errorf("undo offers %q", got)
	}
	w.Undo()
	if got := v.total.Text; got != "Samen 120 uur per jaar" {
		t.Errorf("after undo the total says %q", got)
	}
	uitest.Enter(b.EntryOf(model.FieldHoursPerYear), "20000")
	if msg := b.Message(model.FieldHoursPerYear); !strings.Contains(msg, "ten hoogste 10.000") {
		t.Errorf("20000 hours says %q", msg)
	}
}

func TestTheBoardScreenTypesTheProposalAdoptionAndOrdersSignatories(t *testing.T) {
	w := withoutBoard(t, model.NL)
	v := w.Show(Board).(*boardScreen)
	if got := v.amounts.Text; !strings.HasPrefix(got, "Bedragen per jaar (uit de investeringen): ") {
		t.Errorf("the proposal's amounts say %q", got)
	}
	write(v.proposal.EntryOf(model.FieldPlanProposalDecision), "Het bestuur stelt het plan vast.")
	if got := undoLabel(t, w); got != "besluit gewijzigd" {
		t.Errorf("undo offers %q", got)
	}
	date := v.adoption.EntryOf(model.FieldPlanAdoptionDate)
	uitest.Enter(date, "30-06-2027")
	if msg := v.adoption.Message(model.FieldPlanAdoptionDate); !strings.Contains(msg, "30-06-2027") || !strings.Contains(msg, "2027-06-30") {
		t.Errorf("a Dutch date says %q, want it to show how to write it", msg)
	}
	uitest.Enter(date, "2027-06-30")
	selectOf(t, v.adoption, model.FieldPlanCouncilKind).SetSelected("instemming")
	selectOf(t, v.adoption, model.FieldPlanCouncilOutcome).SetSelected("positief")
	ad := w.Doc().Plan().Adoption
	if ad.Date != "2027-06-30" || ad.Council.Kind != model.CouncilInstemming || ad.Council.Outcome != model.CouncilPositief {
		t.Fatalf("the adoption is %+v", ad)
	}
	if got := w.Doc().Plan().Proposal.Decision; got != "Het bestuur stelt het plan vast." {
		t.Errorf("the decision is %q", got)
	}

	// Two signatories, typed, then the second moved up.
	test.Tap(v.addBtn)
	typeOver(cardOf(t, v.signers, "0").EntryOf(model.FieldPlanSignatoryName.At(0)), "A. de Vries")
	test.Tap(v.addBtn)
	if got := w.Window().Canvas().Focused(); got != cardOf(t, v.signers, "1").EntryOf(model.FieldPlanSignatoryName.At(1)) {
		t.Errorf("after adding, the cursor is in %v, want the new signatory's name", got)
	}
	typeOver(cardOf(t, v.signers, "1").EntryOf(model.FieldPlanSignatoryName.At(1)), "B. Jansen")
	uitest.Enter(cardOf(t, v.signers, "1").EntryOf(model.FieldPlanSignatoryFunction.At(1)), "voorzitter MR")
	if got := undoLabel(t, w); got != "functie van ondertekenaar 2 gewijzigd" {
		t.Errorf("undo offers %q", got)
	}
	test.Tap(button(t, v.Content(), "Omhoog", 1))
	sig := w.Doc().Plan().Adoption.Signatories
	if len(sig) != 2 || sig[0].Name != "B. Jansen" || sig[0].Function != "voorzitter MR" || sig[1].Name != "A. de Vries" {
		t.Fatalf("after moving up: %+v", sig)
	}
	if got := cardOf(t, v.signers, "0").EntryOf(model.FieldPlanSignatoryName.At(0)).Text; got != "B. Jansen" {
		t.Errorf("the first card shows %q after the move", got)
	}
	if got := undoLabel(t, w); got != "B. Jansen een plaats omhoog" {
		t.Errorf("undo offers %q", got)
	}
	// A signatory with neither name nor function: model's message, kept.
	name := cardOf(t, v.signers, "1").EntryOf(model.FieldPlanSignatoryName.At(1))
	uitest.Enter(name, "")
	if msg := cardOf(t, v.signers, "1").Message(model.FieldPlanSignatoryName.At(1)); !strings.Contains(msg, "naam of een functie") {
		t.Errorf("an empty signatory says %q", msg)
	}
	// Moving now would leave that input beside the other signatory: it
	// is refused with a word.
	test.Tap(button(t, v.Content(), "Omlaag", 0))
	if len(w.Errors) != 1 || !strings.Contains(w.ErrorText(w.Errors[0]), "Ondertekenaar 2 heeft nog invoer") {
		t.Errorf("moving with invalid input says %v", w.Errors)
	}
	if sig := w.Doc().Plan().Adoption.Signatories; sig[0].Name != "B. Jansen" {
		t.Errorf("the move went ahead: %+v", sig)
	}
	w.Undo() // drops the invalid input and takes the move back
	sig = w.Doc().Plan().Adoption.Signatories
	if sig[0].Name != "A. de Vries" || sig[1].Name != "B. Jansen" {
		t.Errorf("undo of the move gives %+v", sig)
	}
	test.Tap(button(t, v.Content(), "Verwijderen", 0))
	yes(t, w, "A. de Vries")
	if sig := w.Doc().Plan().Adoption.Signatories; len(sig) != 1 || sig[0].Name != "B. Jansen" {
		t.Errorf("after deleting the first: %+v", sig)
	}
}

func TestTheFollowupAndSchoolplanTextsAreWritten(t *testing.T) {
	w := withoutBoard(t, model.EN)
	v := w.Show(Followup).(*followupScreen)
	for _, c := range []struct {
		field model.Field
		get   func(p *model.Plan) string
	}{
		{model.FieldPlanReviewBy, func(p *model.Plan) string { return p.Review.By }},
		{model.FieldPlanReviewHow, func(p *model.Plan) string { return p.Review.How }},
		{model.FieldPlanReplacement, func(p *model.Plan) string { return p.Narrative.Replacement }},
		{model.FieldPlanPrivacyDPIA, func(p *model.Plan) string { return p.Privacy.DPIA }},
		{model.FieldPlanCommunication, func(p *model.Plan) string { return p.Narrative.Communication }},
	} {
		write(v.form.EntryOf(c.field), "text of "+string(c.field))
		if got := c.get(w.Doc().Plan()); got != "text of "+string(c.field) {
			t.Errorf("%s holds %q", c.field, got)
		}
	}
	if got := undoLabel(t, w); got != "changed communication" {
		t.Errorf("undo offers %q", got)
	}
	sc := w.Show(School).(*schoolScreen)
	write(sc.form.EntryOf(model.FieldPlanSchoolplan), "Goal 3 of the schoolplan")
	if got := w.Doc().Plan().Narrative.Schoolplan; got != "Goal 3 of the schoolplan" {
		t.Errorf("the schoolplan link is %q", got)
	}
}
