package workshop

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"balansplan/model"
	rounds "balansplan/planning/workshop"
	"balansplan/ui/document"
	"balansplan/ui/form"
	"balansplan/ui/screens"
	"balansplan/ui/widgets"
)

// workshopScreen is where the consultant runs a workshop with the school
// team: the guided self-assessment (in turns on this laptop, or in
// participants' copies merged back, or imported from a spreadsheet), the
// dot-voting round on priorities with its ranking, the presentation and
// the workshop report. It shows who took part, never what they answered.
type workshopScreen struct {
	s       *Workshop
	doc     *document.Document // the document it was built for
	session *widget.Entry      // the session name for the next round
	form    *form.Form         // the vote budget
	guided  *widget.Label      // who answered the statements, per session
	voting  *widget.Label      // the candidates and the budget
	ranking *rankingView
	summary *widget.Label // who voted

	guidedBtn, importBtn, votingBtn, clearBtn *widget.Button
	copyBtn, mergeBtn, presentBtn, reportBtn  *widget.Button
	root                                      fyne.CanvasObject
}

func newWorkshopScreen(s *Workshop) screens.Screen {
	v := &workshopScreen{s: s, doc: s.Doc()}
	s.screen = v
	v.session = widget.NewEntry()
	v.session.SetPlaceHolder(s.T("workshop.session.placeholder"))

	v.guided = widget.NewLabel("")
	v.guided.Wrapping = fyne.TextWrapWord
	v.guidedBtn = widget.NewButtonWithIcon(s.T("workshop.btn.guided"), theme.MediaPlayIcon(), func() { s.StartGuided(v.session.Text) })
	v.guidedBtn.Importance = widget.HighImportance
	v.importBtn = widget.NewButtonWithIcon(s.T("workshop.btn.import"), theme.UploadIcon(), s.ImportAnswers)
	set, err := s.questionSet("")
	setText := ""
	if err == nil {
		setText = s.T("workshop.guided.sub", set.Version, len(set.Statements))
	}
	guidedCard := widget.NewCard(s.T("workshop.guided"), "", container.NewVBox(
		wrapped(setText),
		widget.NewForm(widget.NewFormItem(s.T("field.session"), v.session)),
		container.New(widgets.NewButtonRow(), v.guidedBtn, v.importBtn),
		v.guided))

	f := form.New(s, model.EntityPlan, nil)
	v.form = f
	f.Text(model.FieldPlanVoteBudget, s.T("field.plan.vote_budget"), false,
		func(p *model.Plan) string {
			if p.VoteBudget == 0 {
				return ""
			}
			return strconv.Itoa(p.VoteBudget)
		},
		func(p *model.Plan, t string) error {
			n, err := form.AtoiEmpty(t)
			if err != nil {
				return s.Errorf("error.notinteger", t)
			}
			p.VoteBudget = n
			return nil
		}).SetPlaceHolder(s.T("workshop.budget.placeholder"))
	v.voting = widget.NewLabel("")
	v.voting.Wrapping = fyne.TextWrapWord
	v.votingBtn = widget.NewButtonWithIcon(s.T("menu.voting"), theme.MediaPlayIcon(), func() { s.StartVoting(v.session.Text) })
	v.votingBtn.Importance = widget.HighImportance
	v.clearBtn = widget.NewButtonWithIcon(s.T("workshop.votes.clear"), theme.DeleteIcon(), v.clearVotes)
	v.ranking = newRankingView(s, false)
	v.summary = widget.NewLabel("")
	v.summary.Wrapping = fyne.TextWrapWord
	votingCard := widget.NewCard(s.T("workshop.voting"), "", container.NewVBox(
		wrapped(s.T("workshop.voting.sub")), f.Grid, v.voting, container.New(widgets.NewButtonRow(), v.votingBtn, v.clearBtn), v.summary, v.ranking.box))

	v.copyBtn = widget.NewButtonWithIcon(s.T("workshop.btn.copy"), theme.ContentCopyIcon(), s.ParticipantCopy)
	v.mergeBtn = widget.NewButtonWithIcon(s.T("workshop.btn.merge"), theme.ViewRefreshIcon(), s.MergeCopies)
	copiesCard := widget.NewCard(s.T("workshop.copies"), "", container.NewVBox(wrapped(s.T("workshop.copies.text")), container.New(widgets.NewButtonRow(), v.copyBtn, v.mergeBtn)))

	v.presentBtn = widget.NewButtonWithIcon(s.T("menu.present"), theme.ViewFullScreenIcon(), s.Present)
	v.reportBtn = widget.NewButtonWithIcon(s.T("workshop.btn.report"), theme.DocumentPrintIcon(), s.ExportWorkshopReport)
	presentCard := widget.NewCard(s.T("workshop.present"), "", container.NewVBox(wrapped(s.T("workshop.present.text")), container.New(widgets.NewButtonRow(), v.presentBtn, v.reportBtn)))

	left := container.NewVBox(guidedCard, copiesCard, presentCard)
	v.root = container.NewVScroll(container.NewGridWithColumns(2, left, container.NewVBox(votingCard)))
	return v
}

func (v *workshopScreen) Content() fyne.CanvasObject { return v.root }

func (v *workshopScreen) Refresh() {
	s := v.s
	p := s.Doc().Plan()
	l := s.Lang()
	v.form.Load()

	// Who answered the statements, per session; names and roles only.
	bySession := map[string][]string{}
	var sessions []string
	other := 0
	for _, a := range p.Assessments {
		if a.QuestionSet == "" {
			other++
			continue
		}
		if _, ok := bySession[a.Session]; !ok {
			sessions = append(sessions, a.Session)
		}
		bySession[a.Session] = append(bySession[a.Session], fmt.Sprintf("%s (%s)", a.Participant, a.Role.Label(l)))
	}
	sort.Strings(sessions)
	var lines []string
	for _, ses := range sessions {
		name := ses
		if name == "" {
			name = s.T("workshop.session.none")
		}
		lines = append(lines, s.T("workshop.guided.session", name, strings.Join(bySession[ses], ", ")))
	}
	if len(lines) == 0 {
		lines = append(lines, s.T("workshop.guided.none"))
	}
	if other > 0 {
		lines = append(lines, s.T("workshop.guided.other", s.Count("assessments", other)))
	}
	v.guided.SetText(strings.Join(lines, "\n"))

	n := len(rounds.Candidates(p))
	switch {
	case p.VoteBudget <= 0:
		v.voting.SetText(s.T("workshop.voting.nobudget", s.Count("investments", n)))
		v.votingBtn.Disable()
	case n == 0:
		v.voting.SetText(s.T("voting.nocandidates"))
		v.votingBtn.Disable()
	default:
		v.voting.SetText(s.T("workshop.voting.ready", s.Count("investments", n), s.Count("points", p.VoteBudget)))
		v.votingBtn.Enable()
	}
	if len(p.Votes) == 0 {
		v.clearBtn.Disable()
	} else {
		v.clearBtn.Enable()
	}
	v.ranking.refresh()
	if len(p.Votes) > 0 {
		v.summary.SetText(v.ranking.summary())
		v.summary.Show()
	} else {
		v.summary.Hide()
	}
}

// wrapped is a label that wraps its text to the width it is given.
func wrapped(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}

// clearVotes deletes every vote after asking, to hold the round again.
func (v *workshopScreen) clearVotes() {
	s := v.s
	n := len(s.Doc().Plan().Votes)
	dialog.ShowConfirm(s.T("workshop.votes.clear"), s.T("workshop.votes.clear.question", s.Count("votes", n)), func(yes bool) {
		if yes {
			s.Edit(s.T("edit.votes.clear"), func(p *model.Plan) { p.Votes = nil })
		}
	}, s.Window())
}

// SessionName is the session typed on the Workshop screen, for the
// rounds started from the menu.
func (s *Workshop) SessionName() string {
	if s.screen == nil || s.screen.doc != s.Doc() {
		return ""
	}
	return s.screen.session.Text
}
