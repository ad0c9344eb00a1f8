package screens

import (
	"balansplan/assets"
	rounds "balansplan/planning/workshop"
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"balansplan/model"
	"balansplan/planning"
	"balansplan/planning/chart"
	"balansplan/ui/form"
)

// assessmentScreen is the team's self-assessment: the participants with
// their role and, per bouwsteen, a score now and a goal (1..5 or "weet
// niet"), and the team's mean per bouwsteen above them.
//
// The scores of an assessment made in the guided workshop are rolled up
// from its answers (workshop.Rollup); they are shown read-only with where
// they came from, since a score changed by hand would no longer agree with
// the answers. Participant, role and session stay editable.
type assessmentScreen struct {
	form.ListAndForm
	addBtn *widget.Button // kept for tests
	s      Host
	scores []*widget.Select // the score fields, read-only for rolled-up scores
	origin *form.Note       // where rolled-up scores came from
	means  *widget.Label
	team   *widget.Label // the team profile and where its groups come from
	// round is the self-assessment round the list shows and a new
	// participant joins (issue 15): each year's round stays apart.
	round *roundPicker
	root  fyne.CanvasObject
}

func newAssessmentScreen(s Host) Screen {
	v := &assessmentScreen{s: s}
	v.Loaded = v.showOrigin
	l := s.Lang()
	cols := []form.Column{
		{Title: s.T("col.participant"), Width: 110, Kind: form.SortText},
		{Title: s.T("col.role"), Width: 120, Kind: form.SortText},
		{Title: s.T("col.session"), Width: 150, Kind: form.SortText},
	}
	for _, b := range model.Blocks() {
		cols = append(cols, form.Column{Title: chart.ShortLabel(b, l), Width: 112, Kind: form.SortNumber})
	}
	v.Table = form.NewTable(cols, v.Show)

	f := form.New(s, model.EntityAssessment, assessmentRef)
	v.Form = f
	as := func(p *model.Plan) *model.Assessment { a, _ := AssessmentIn(p, f.ID); return a }
	f.Text(model.FieldParticipant, s.T("field.participant"), false,
		func(p *model.Plan) string { return as(p).Participant },
		func(p *model.Plan, t string) error { as(p).Participant = strings.TrimSpace(t); return nil })
	f.Text(model.FieldSession, s.T("field.session"), false,
		func(p *model.Plan) string { return as(p).Session },
		func(p *model.Plan, t string) error { as(p).Session = t; return nil })
	rv, rl := enumOptions(model.Roles(), func(r model.Role) string { return r.Label(l) })
	f.Choice(model.FieldRole, s.T("field.role"), rv, rl,
		func(p *model.Plan) string { return string(as(p).Role) },
		func(p *model.Plan, x string) { as(p).Role = model.Role(x) })
	scoreValues := []string{"0", "1", "2", "3", "4", "5"}
	scoreLabels := ScoreLabels(l, s.T("score.unknown"))
	v.origin = f.Note()
	for _, b := range model.Blocks() {
		b := b
		f.Section(b.Label(l))
		for _, goal := range []bool{false, true} {
			goal := goal
			name, key := model.FieldScoreNow.Key(string(b)), "field.score.now"
			if goal {
				name, key = model.FieldScoreGoal.Key(string(b)), "field.score.goal"
			}
			sel := f.Choice(name, s.T(key), scoreValues, scoreLabels,
				func(p *model.Plan) string {
					sc := as(p).Scores[b]
					if goal {
						return strconv.Itoa(int(sc.Goal))
					}
					return strconv.Itoa(int(sc.Now))
				},
				func(p *model.Plan, x string) {
					a := as(p)
					n, _ := strconv.Atoi(x)
					if a.Scores == nil {
						a.Scores = map[model.Block]model.Score{}
					}
					sc := a.Scores[b]
					if goal {
						sc.Goal = model.Rating(n)
					} else {
						sc.Now = model.Rating(n)
					}
					a.Scores[b] = sc
				})
			// "visie nu van Anouk gewijzigd", not "nu van Anouk".
			f.ByName[name].Subject = b.Label(l) + " " + strings.ToLower(s.T(key))
			v.scores = append(v.scores, sel)
		}
	}
	// Which ict applications the participant uses at least weekly, for
	// the team profile; nil until someone ticks a box or "geen van deze".
	f.Section(s.T("field.applications.section"))
	f.Applications(model.FieldApplications, s.T("field.applications"),
		func(p *model.Plan) []model.Application { return as(p).Applications },
		func(p *model.Plan, apps []model.Application) { as(p).Applications = apps })

	v.means = widget.NewLabel("")
	v.means.Wrapping = fyne.TextWrapWord
	v.addBtn = widget.NewButtonWithIcon(s.T("participant.add"), theme.ContentAddIcon(), v.add)
	del := widget.NewButtonWithIcon(s.T("button.delete"), theme.DeleteIcon(), v.remove)
	v.Table.Widget.OnDelete = v.remove
	detail := v.SetPanes(recordPane(f.Grid, del), s.T("participant.none"))
	v.team = widget.NewLabel("")
	v.team.Wrapping = fyne.TextWrapWord
	// The means and the team profile scroll above the list, so that on a
	// laptop the list of participants keeps most of the height.
	summary := container.NewVScroll(container.NewVBox(v.means, v.team))
	v.round = newRoundPicker(func() { v.s.Pending().Flush(); v.Refresh() })
	v.round.all = true
	list := container.NewBorder(container.NewVBox(container.NewHBox(widget.NewLabel(s.T("round.short")), v.round.sel), container.NewHBox(v.addBtn)), nil, nil, nil, v.Table.Widget)
	upDown := container.NewVSplit(summary, list)
	upDown.Offset = 0.35
	left := upDown
	split := container.NewHSplit(left, detail)
	split.Offset = 0.6
	v.root = split
	return v
}

func (v *assessmentScreen) Content() fyne.CanvasObject { return v.root }

func (v *assessmentScreen) Refresh() {
	p := v.s.Doc().Plan()
	l := v.s.Lang()
	v.round.sync(p)
	round := v.round.year()
	rows := make([]form.Row, 0, len(p.Assessments))
	for i, a := range p.Assessments {
		if p.RoundYear(&p.Assessments[i]) != round {
			continue
		}
		cells := []string{a.Participant, a.Role.Label(l), a.Session}
		nums := []float64{0, 0, 0}
		for _, b := range model.Blocks() {
			sc := a.Scores[b]
			cells = append(cells, rating(sc.Now)+" » "+rating(sc.Goal))
			nums = append(nums, float64(sc.Now))
		}
		rows = append(rows, form.Row{ID: a.ID, Cells: cells, Nums: nums})
	}
	v.Table.SetRows(rows)

	an := analysisOf(v.s, v.round)
	var parts []string
	for _, bl := range an.Levels.Blocks {
		parts = append(parts, v.s.T("assessment.mean", chart.ShortLabel(bl.Block, l), form.Level(bl.Now.Level(), l), form.Level(bl.Goal.Level(), l)))
	}
	v.means.SetText(v.s.T("assessment.means", v.s.Count("participants", an.Levels.Participants)) + "\n" + strings.Join(parts, "   "))
	v.team.SetText(TeamProfileText(v.s, an.Team, l))

	v.KeepChoice()
}

// showOrigin makes the score fields read-only, and says why, when the
// scores of the assessment in the form are rolled up from guided answers.
func (v *assessmentScreen) showOrigin() {
	a, _ := AssessmentIn(v.s.Doc().Plan(), v.Form.ID)
	rolledUp := a != nil && scoresRolledUp(a)
	for _, sel := range v.scores {
		if rolledUp {
			sel.Disable()
		} else {
			sel.Enable()
		}
	}
	if !rolledUp {
		v.origin.Set("")
		return
	}
	v.origin.Set(v.s.T("assessment.rolledup", v.s.Count("answers", len(a.Answers)), a.QuestionSet))
}

// scoresRolledUp reports whether a's scores are rolled up from answers to
// a question set (the guided workshop) rather than entered directly. A
// turn that has only just begun has its set but no answers yet.
func scoresRolledUp(a *model.Assessment) bool {
	return a.QuestionSet != "" && len(a.Answers) > 0
}

func rating(r model.Rating) string {
	if !r.Known() {
		return "?"
	}
	return strconv.Itoa(int(r))
}

func (v *assessmentScreen) Filter(q string) { v.Table.Filter(q) }

// add adds a participant with the next free name p1, p2, ...
func (v *assessmentScreen) add() {
	id := model.NewID()
	round := v.round.year()
	if !v.s.Edit(v.s.T("edit.participant.add"), func(p *model.Plan) {
		var names []string
		for _, a := range p.Assessments {
			names = append(names, a.Participant)
		}
		// The first round keeps year 0, as every assessment made before
		// rounds existed (model.Plan.RoundYear).
		year := round
		if year == p.StartYear {
			year = 0
		}
		p.Assessments = append(p.Assessments, model.Assessment{ID: id, Participant: model.NextCode("p", names),
			Role: model.RoleLeraar, Scores: map[model.Block]model.Score{}, Year: year})
	}) {
		return
	}
	v.Table.Choose(id)
}

// DeleteChosen deletes the chosen entry after asking, as the button
// does: the Delete key.
func (v *assessmentScreen) DeleteChosen() { v.remove() }

func (v *assessmentScreen) remove() {
	id := v.Form.ID
	a, _ := AssessmentIn(v.s.Doc().Plan(), id)
	if a == nil {
		return
	}
	name := a.Participant
	v.s.ConfirmEdit(v.s.T("participant.delete.title"), v.s.T("participant.delete.question", name),
		v.s.T("edit.participant.delete", name), func(p *model.Plan) {
			if _, i := AssessmentIn(p, id); i >= 0 {
				p.Assessments = append(p.Assessments[:i], p.Assessments[i+1:]...)
			}
		})
}

// TeamProfileText says the team profile (planning.TeamProfile): how many
// of the participants who recorded their weekly ict applications are in
// the kopgroep, the peloton and the staartgroep, and where those groups
// come from: a course module on the Vier in balans-monitor, which does not
// name the monitor's edition, with Balansplan's own bounds. Zelfevaluatie
// and the presentation show it.
func TeamProfileText(h interface {
	T(key string, args ...any) string
	Count(key string, n int) string
}, t planning.TeamProfile, l model.Lang) string {
	var head string
	if t.Recorded == 0 {
		head = h.T("team.none")
	} else {
		head = h.T("team.counts", h.Count("participants", t.Recorded),
			planning.Kopgroep.Label(l), t.Kopgroep, planning.Peloton.Label(l), t.Peloton,
			planning.Staartgroep.Label(l), t.Staartgroep)
	}
	return head + "\n" + h.T("team.source", planning.StaartgroepMax, planning.KopgroepMin, len(model.Applications()))
}

// ScoreLabels are the choices of a score: "weet niet / n.v.t." and 1 to 5,
// each with what it means on the scale of the current question set
// ("1 – helemaal niet"), so that a bare number is never all the user
// sees. Without the set the numbers stand alone.
func ScoreLabels(l model.Lang, unknown string) []string {
	labels := []string{unknown, "1", "2", "3", "4", "5"}
	data, ok := assets.QuestionSet(assets.CurrentQuestionSet)
	if !ok {
		return labels
	}
	set, err := rounds.ParseQuestionSet(data)
	if err != nil {
		return labels
	}
	for _, p := range set.Scale {
		if p.Value >= 1 && p.Value <= 5 {
			labels[p.Value] = fmt.Sprintf("%d – %s", p.Value, p.Label.In(l))
		}
	}
	return labels
}
