package screens

import (
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"balansplan/model"
	"balansplan/planning"
	"balansplan/ui/form"
)

// boardScreen is what the board is asked to decide and how the plan was
// adopted: the "Voorstel aan het bestuur" (the decision, the funding, what
// happens with a year over the ceiling, conditions) with the amounts per
// year as the budget gives them (they follow from the investments and are
// not typed), the adoption (date, by whom, the participation council's
// advice or consent) and the signatories in the order they sign. Three
// tabs, so that the signatories' add button stands at the top of its own
// tab and no message in the adoption form moves it.
type boardScreen struct {
	s        Host
	proposal *form.Form
	adoption *form.Form
	amounts  *widget.Label
	signers  *recordList
	addBtn   *widget.Button
	tabs     *container.AppTabs
	root     fyne.CanvasObject
}

func newBoardScreen(s Host) Screen {
	v := &boardScreen{s: s}
	l := s.Lang()
	pf := newRecordForm(s, "", nil)
	pf.text(model.FieldPlanProposalDecision, "field.plan.proposal.decision", true, func(p *model.Plan) *string { return &p.Proposal.Decision })
	pf.text(model.FieldPlanProposalFunding, "field.plan.proposal.funding", true, func(p *model.Plan) *string { return &p.Proposal.Funding })
	pf.text(model.FieldPlanProposalOverCeiling, "field.plan.proposal.over_ceiling", true, func(p *model.Plan) *string { return &p.Proposal.OverCeiling })
	pf.text(model.FieldPlanProposalConditions, "field.plan.proposal.conditions", true, func(p *model.Plan) *string { return &p.Proposal.Conditions })
	v.proposal = pf.Form

	af := newRecordForm(s, "", nil)
	af.date(model.FieldPlanAdoptionDate, "field.plan.adoption.date", func(p *model.Plan) *string { return &p.Adoption.Date })
	af.text(model.FieldPlanAdoptionBy, "field.plan.adoption.by", false, func(p *model.Plan) *string { return &p.Adoption.By })
	af.Section(s.T("section.council"))
	recordChoice(af, model.FieldPlanCouncilKind, "field.plan.adoption.council.kind", model.CouncilKinds(),
		func(k model.CouncilKind) string { return k.Label(l) }, true, func(p *model.Plan) *model.CouncilKind { return &p.Adoption.Council.Kind })
	recordChoice(af, model.FieldPlanCouncilOutcome, "field.plan.adoption.council.outcome", model.CouncilOutcomes(),
		func(o model.CouncilOutcome) string { return o.Label(l) }, true, func(p *model.Plan) *model.CouncilOutcome { return &p.Adoption.Council.Outcome })
	af.date(model.FieldPlanCouncilDate, "field.plan.adoption.council.date", func(p *model.Plan) *string { return &p.Adoption.Council.Date })
	af.text(model.FieldPlanCouncilNote, "field.plan.adoption.council.note", true, func(p *model.Plan) *string { return &p.Adoption.Council.Note })
	v.adoption = af.Form

	v.amounts = widget.NewLabel("")
	v.amounts.Wrapping = fyne.TextWrapWord
	v.signers = newRecordList(s.T("signatory.none"), v.newSigner)
	v.addBtn = widget.NewButtonWithIcon(s.T("signatory.add"), theme.ContentAddIcon(), v.add)

	v.tabs = container.NewAppTabs(
		container.NewTabItem(s.T("board.tab.proposal"), tabPage(s.T("board.intro.proposal"), v.amounts, pf.Grid)),
		container.NewTabItem(s.T("board.tab.adoption"), tabPage(s.T("board.intro.adoption"), toolbar(), af.Grid)),
		container.NewTabItem(s.T("board.tab.signatories"), tabPage(s.T("board.intro.signatories"), toolbar(v.addBtn), v.signers.box)),
	)
	v.root = v.tabs
	return v
}

func (v *boardScreen) Content() fyne.CanvasObject { return v.root }

func (v *boardScreen) Refresh() {
	p := v.s.Doc().Plan()
	v.proposal.Load()
	v.adoption.Load()
	v.amounts.SetText(amountsText(v.s, &v.s.Doc().Analysis().Budget))
	keys := make([]string, len(p.Adoption.Signatories))
	for i := range keys {
		keys[i] = strconv.Itoa(i)
	}
	v.signers.sync(p, keys)
}

// amountsText is what the proposal asks for each year: the cash out of
// the budget, and whether it goes over the ceiling.
func amountsText(s Host, b *planning.Budget) string {
	l := s.Lang()
	var years []string
	for _, y := range b.Years {
		a := s.T("board.amount", y.Year, planning.FormatMoney(y.CashOut, l))
		if y.Over {
			a = s.T("board.amount.over", a)
		}
		years = append(years, a)
	}
	if len(years) == 0 {
		return s.T("board.amounts.none")
	}
	return s.T("board.amounts", strings.Join(years, "; "))
}

// newSigner is the card of the signatory at position key. Signatories
// have no ID: a card stands for a position, and moving a signatory moves
// the values, not the card.
func (v *boardScreen) newSigner(key string) *recordCard {
	s := v.s
	f := newRecordForm(s, "", nil)
	f.ID = "signatory/" + key // one undo step per field of each signatory
	n, _ := strconv.Atoi(key)
	f.Title = func(*model.Plan, string) string { return s.T("signatory.title", n+1) }
	sig := func(p *model.Plan) *model.Signatory { x, _ := signatoryIn(p, key); return x }
	// The fields carry the signatory's position, as model.Problem names
	// them ("plan.adoption.signatories[1].name"), so a message finds its
	// field.
	f.text(model.FieldPlanSignatoryName.At(n), "field.signatory.name", false, func(p *model.Plan) *string { return &sig(p).Name })
	f.text(model.FieldPlanSignatoryFunction.At(n), "field.signatory.function", false, func(p *model.Plan) *string { return &sig(p).Function })
	up := widget.NewButtonWithIcon(s.T("button.up"), theme.MoveUpIcon(), func() { v.move(n, -1) })
	down := widget.NewButtonWithIcon(s.T("button.down"), theme.MoveDownIcon(), func() { v.move(n, +1) })
	del := widget.NewButtonWithIcon(s.T("button.delete"), theme.DeleteIcon(), func() { v.remove(n) })
	return &recordCard{form: f.Form, box: card(f.Form, up, down, del), loaded: func(p *model.Plan) {
		if n == 0 {
			up.Disable()
		} else {
			up.Enable()
		}
		if n >= len(p.Adoption.Signatories)-1 {
			down.Disable()
		} else {
			down.Enable()
		}
	}}
}

// add adds a signatory at the end, with a name to type over (a line with
// neither name nor function is refused by model.Validate), and puts the
// cursor in its name.
func (v *boardScreen) add() {
	s := v.s
	n := len(s.Doc().Plan().Adoption.Signatories)
	if !s.Edit(s.T("edit.signatory.add"), func(p *model.Plan) {
		p.Adoption.Signatories = append(slices.Clone(p.Adoption.Signatories), model.Signatory{Name: s.T("signatory.new")})
	}) {
		return
	}
	v.tabs.SelectIndex(2)
	focusFirst(s, v.signers, strconv.Itoa(n))
}

// move swaps signatory i with its neighbour (by -1 up, +1 down).
func (v *boardScreen) move(i, by int) {
	s := v.s
	j := i + by
	if n := len(s.Doc().Plan().Adoption.Signatories); i < 0 || j < 0 || i >= n || j >= n {
		return
	}
	if v.holdsInvalid() {
		return
	}
	key := "edit.signatory.up"
	if by > 0 {
		key = "edit.signatory.down"
	}
	s.Edit(s.T(key, signerName(s, s.Doc().Plan(), i)), func(p *model.Plan) {
		sig := slices.Clone(p.Adoption.Signatories)
		sig[i], sig[j] = sig[j], sig[i]
		p.Adoption.Signatories = sig
	})
}

// remove deletes signatory i after asking.
func (v *boardScreen) remove(i int) {
	s := v.s
	p := s.Doc().Plan()
	if i < 0 || i >= len(p.Adoption.Signatories) {
		return
	}
	if v.holdsInvalid() {
		return
	}
	name := signerName(s, p, i)
	s.ConfirmEdit(s.T("signatory.delete.title"), s.T("signatory.delete.question", name),
		s.T("edit.signatory.delete", name), func(p *model.Plan) {
			if i < len(p.Adoption.Signatories) {
				p.Adoption.Signatories = slices.Delete(slices.Clone(p.Adoption.Signatories), i, i+1)
			}
		})
}

// signerName names signatory i for a question or the undo menu: the name,
// else "ondertekenaar 2".
func signerName(s Host, p *model.Plan, i int) string {
	if n := strings.TrimSpace(p.Adoption.Signatories[i].Name); n != "" {
		return form.Truncate(n, 40)
	}
	return s.T("signatory.title", i+1)
}

// holdsInvalid reports, and tells the user, when a signatory's card holds
// typed input that cannot be saved. A card stands for a position: moving
// or deleting a signatory would leave that input beside another person,
// so the input is fixed (or undone) first.
func (v *boardScreen) holdsInvalid() bool {
	for i, k := range v.signers.keys {
		if c := v.signers.cards[k]; c != nil && len(c.form.Invalid()) > 0 {
			v.s.ShowError(v.s.Errorf("signatory.fixfirst", i+1))
			return true
		}
	}
	return false
}
