package screens

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"balansplan/model"
	"balansplan/planning"
)

// findingsScreen lists what the analysis advises the school to look at,
// most serious first. Choosing a finding opens its subject: the
// investment or vision it names, or the Screen it is about.
type findingsScreen struct {
	s     Host
	list  *widget.List
	count *widget.Label
	shown []planning.Finding
	query string
	root  fyne.CanvasObject
}

func newFindingsScreen(s Host) Screen {
	v := &findingsScreen{s: s}
	v.count = widget.NewLabel("")
	v.list = widget.NewList(
		func() int { return len(v.shown) },
		func() fyne.CanvasObject {
			msg := widget.NewLabel("")
			msg.Wrapping = fyne.TextWrapWord
			head := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
			return container.NewBorder(nil, nil, widget.NewIcon(theme.WarningIcon()), nil, container.NewVBox(head, msg))
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			if id >= len(v.shown) {
				return
			}
			f := v.shown[id]
			c := o.(*fyne.Container)
			box := c.Objects[0].(*fyne.Container)
			icon := c.Objects[1].(*widget.Icon)
			head, msg := box.Objects[0].(*widget.Label), box.Objects[1].(*widget.Label)
			if r := SeverityIcon(f.Severity); icon.Resource == nil || icon.Resource.Name() != r.Name() {
				icon.SetResource(r)
			}
			setLabel(head, FindingHead(s, f), head.TextStyle.Bold, SeverityImportance(f.Severity))
			setText(msg, f.Message.In(s.Lang()))
			v.list.SetItemHeight(id, c.MinSize().Height)
		})
	v.list.OnSelected = func(id widget.ListItemID) {
		v.list.UnselectAll()
		if id >= 0 && id < len(v.shown) {
			f := v.shown[id]
			s.OpenSubject(f.Subject, findingScreen(f.Code))
		}
	}
	v.root = container.NewBorder(v.count, nil, nil, nil, v.list)
	return v
}

// FindingHead is a finding's first line: severity, rule and subject.
func FindingHead(s Host, f planning.Finding) string {
	head := f.Severity.Label(s.Lang()) + " · " + s.T("finding."+string(f.Code))
	if len(f.Subject) > 0 {
		names := make([]string, len(f.Subject))
		for i, code := range f.Subject {
			// A subject is an entity code, or a bouwsteen for findings
			// about the self-assessment: that one reads in the user's
			// language.
			names[i] = code
			if b := model.Block(code); b.Valid() {
				names[i] = b.Label(s.Lang())
			}
		}
		head += " · " + strings.Join(names, ", ")
	}
	return head
}

func SeverityIcon(sev planning.Severity) fyne.Resource {
	switch sev {
	case planning.Hoog:
		return theme.ErrorIcon()
	case planning.Midden:
		return theme.WarningIcon()
	}
	return theme.InfoIcon()
}

func SeverityImportance(sev planning.Severity) widget.Importance {
	switch sev {
	case planning.Hoog:
		return widget.DangerImportance
	case planning.Midden:
		return widget.WarningImportance
	}
	return widget.MediumImportance
}

// findingScreen is the Screen a finding is about when its subject is not
// a vision or an investment (a year, a block, or the plan as a whole).
func findingScreen(c planning.Code) string {
	switch c {
	case planning.NoVision, planning.VisionWithoutInvestment, planning.VisionWithoutExpertise:
		return Visions
	case planning.InvestmentWithoutVision:
		return Links
	case planning.TechnologyBeforeExpertise, planning.DependencyOrder:
		return Timeline
	case planning.BalanceMismatch, planning.TechnologyAhead, planning.PositionUnknown:
		return Balance
	case planning.BlockGap, planning.AssessmentDivergence, planning.NoAssessments:
		return Assessment
	case planning.NoDidacticAgreements:
		return Agreements
	case planning.OverBudget:
		return Budget
	case planning.DevicesWithoutBeheer, planning.OverdueInvestmentCode:
		return Investments
	case planning.ThemeDeadlineWithoutInvestment, planning.MaturityBelowTarget:
		return Themes
	}
	return Overview
}

func (v *findingsScreen) Content() fyne.CanvasObject { return v.root }

func (v *findingsScreen) Refresh() {
	all := v.s.Doc().Analysis().Findings
	v.shown = v.shown[:0]
	for _, f := range all {
		if matches(v.query, string(f.Code), v.s.T("finding."+string(f.Code)), f.Message.In(v.s.Lang()), strings.Join(f.Subject, " ")) {
			v.shown = append(v.shown, f)
		}
	}
	v.count.SetText(v.s.T("findings.count", v.s.Count("findings", len(all))))
	if len(all) == 0 {
		v.count.SetText(planning.NothingToAct.In(v.s.Lang()))
	}
	v.list.Refresh()
}

func (v *findingsScreen) Filter(q string) {
	v.query = q
	v.Refresh()
}
