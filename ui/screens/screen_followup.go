package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"balansplan/model"
	"balansplan/ui/form"
)

// followupScreen ("Borging") holds the board chapters that are prose: how
// the plan itself is evaluated and followed up, what happens after the
// plan period (the replacement plan), privacy and information security,
// and communication with and support of the team. In Dutch schools these
// are the borging of a plan, the part a board asks about after "what does
// it cost": who keeps it going, and how we know it works. The link to the
// schoolplan is on School en ambitie, beside the ambition it explains.
type followupScreen struct {
	s    Host
	form *form.Form
	root fyne.CanvasObject
}

func newFollowupScreen(s Host) Screen {
	v := &followupScreen{s: s}
	f := newRecordForm(s, "", nil)
	f.Section(s.T("section.review"))
	f.text(model.FieldPlanReviewBy, "field.plan.review.by", false, func(p *model.Plan) *string { return &p.Review.By })
	f.text(model.FieldPlanReviewWhen, "field.plan.review.when", false, func(p *model.Plan) *string { return &p.Review.When })
	f.text(model.FieldPlanReviewHow, "field.plan.review.how", true, func(p *model.Plan) *string { return &p.Review.How })
	f.Explain(model.FieldPlanReviewHow, s.T("field.plan.review.how.help"))
	f.Section(s.T("section.beyond"))
	f.text(model.FieldPlanReplacement, "field.plan.replacement", true, func(p *model.Plan) *string { return &p.Narrative.Replacement })
	f.Section(s.T("section.privacy"))
	f.text(model.FieldPlanPrivacyResponsible, "field.plan.privacy.responsible", true, func(p *model.Plan) *string { return &p.Privacy.Responsible })
	f.text(model.FieldPlanPrivacyProcessing, "field.plan.privacy.processing_agreements", true, func(p *model.Plan) *string { return &p.Privacy.ProcessingAgreements })
	f.text(model.FieldPlanPrivacyDPIA, "field.plan.privacy.dpia", true, func(p *model.Plan) *string { return &p.Privacy.DPIA })
	f.text(model.FieldPlanPrivacyNote, "field.plan.privacy.note", true, func(p *model.Plan) *string { return &p.Privacy.Note })
	f.Section(s.T("section.communication"))
	f.text(model.FieldPlanCommunication, "field.plan.communication", true, func(p *model.Plan) *string { return &p.Narrative.Communication })
	v.form = f.Form
	intro := widget.NewLabel(s.T("followup.intro"))
	intro.Wrapping = fyne.TextWrapWord
	v.root = container.NewBorder(intro, nil, nil, nil, container.NewVScroll(container.NewPadded(f.Grid)))
	return v
}

func (v *followupScreen) Content() fyne.CanvasObject { return v.root }

func (v *followupScreen) Refresh() { v.form.Load() }
