package shell

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"balansplan/model"
	"balansplan/planning/chart"
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
	listAndForm
	addBtn *widget.Button // kept for tests
	s      *Shell
	scores []*widget.Select // the score fields, read-only for rolled-up scores
	origin *formNote        // where rolled-up scores came from
	means  *widget.Label
	root   fyne.CanvasObject
}

func newAssessmentScreen(s *Shell) screen {
	v := &assessmentScreen{s: s}
	v.loaded = v.showOrigin
	l := s.Lang()
	cols := []column{
		{s.T("col.participant"), 110, sortText},
		{s.T("col.role"), 120, sortText},
		{s.T("col.session"), 150, sortText},
	}
	for _, b := range model.Blocks() {
		cols = append(cols, column{chart.ShortLabel(b, l), 112, sortNumber})
	}
	v.table = newEntityTable(cols, v.show)

	f := newForm(s, model.EntityAssessment, assessmentRef)
	v.form = f
	as := func(p *model.Plan) *model.Assessment { a, _ := assessmentIn(p, f.id); return a }
	f.text("participant", s.T("field.participant"), false,
		func(p *model.Plan) string { return as(p).Participant },
		func(p *model.Plan, t string) error { as(p).Participant = strings.TrimSpace(t); return nil })
	f.text("session", s.T("field.session"), false,
		func(p *model.Plan) string { return as(p).Session },
		func(p *model.Plan, t string) error { as(p).Session = t; return nil })
	rv, rl := enumOptions(model.Roles(), func(r model.Role) string { return r.Label(l) })
	f.choice("role", s.T("field.role"), rv, rl,
		func(p *model.Plan) string { return string(as(p).Role) },
		func(p *model.Plan, x string) { as(p).Role = model.Role(x) })
	scoreValues := []string{"0", "1", "2", "3", "4", "5"}
	scoreLabels := []string{s.T("score.unknown"), "1", "2", "3", "4", "5"}
	v.origin = f.note()
	for _, b := range model.Blocks() {
		b := b
		f.section(b.Label(l))
		for _, goal := range []bool{false, true} {
			goal := goal
			name, key := "scores."+string(b)+".now", "field.score.now"
			if goal {
				name, key = "scores."+string(b)+".goal", "field.score.goal"
			}
			sel := f.choice(name, s.T(key), scoreValues, scoreLabels,
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
			v.scores = append(v.scores, sel)
		}
	}

	v.means = widget.NewLabel("")
	v.means.Wrapping = fyne.TextWrapWord
	v.addBtn = widget.NewButtonWithIcon(s.T("participant.add"), theme.ContentAddIcon(), v.add)
	del := widget.NewButtonWithIcon(s.T("button.delete"), theme.DeleteIcon(), v.remove)
	detail := v.setPanes(container.NewVScroll(container.NewVBox(f.grid, container.NewHBox(del))), s.T("participant.none"))
	left := container.NewBorder(container.NewVBox(v.means, container.NewHBox(v.addBtn)), nil, nil, nil, v.table.table)
	split := container.NewHSplit(left, detail)
	split.Offset = 0.6
	v.root = split
	return v
}

func (v *assessmentScreen) content() fyne.CanvasObject { return v.root }

func (v *assessmentScreen) refresh() {
	p := v.s.doc.Plan()
	l := v.s.Lang()
	rows := make([]tableRow, len(p.Assessments))
	for i, a := range p.Assessments {
		cells := []string{a.Participant, a.Role.Label(l), a.Session}
		nums := []float64{0, 0, 0}
		for _, b := range model.Blocks() {
			sc := a.Scores[b]
			cells = append(cells, rating(sc.Now)+" » "+rating(sc.Goal))
			nums = append(nums, float64(sc.Now))
		}
		rows[i] = tableRow{id: a.ID, cells: cells, nums: nums}
	}
	v.table.setRows(rows)

	an := v.s.doc.Analysis()
	var parts []string
	for _, bl := range an.Levels.Blocks {
		parts = append(parts, v.s.T("assessment.mean", chart.ShortLabel(bl.Block, l), level(bl.Now.Level(), l), level(bl.Goal.Level(), l)))
	}
	v.means.SetText(v.s.T("assessment.means", an.Levels.Participants) + "\n" + strings.Join(parts, "   "))

	v.keepChoice()
}

// showOrigin makes the score fields read-only, and says why, when the
// scores of the assessment in the form are rolled up from guided answers.
func (v *assessmentScreen) showOrigin() {
	a, _ := assessmentIn(v.s.doc.Plan(), v.form.id)
	rolledUp := a != nil && scoresRolledUp(a)
	for _, sel := range v.scores {
		if rolledUp {
			sel.Disable()
		} else {
			sel.Enable()
		}
	}
	if !rolledUp {
		v.origin.set("")
		return
	}
	v.origin.set(v.s.T("assessment.rolledup", v.s.count("answers", len(a.Answers)), a.QuestionSet))
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

func (v *assessmentScreen) filter(q string) { v.table.filter(q) }

// add adds a participant with the next free name p1, p2, ...
func (v *assessmentScreen) add() {
	id := model.NewID()
	if !v.s.edit(v.s.T("edit.participant.add"), func(p *model.Plan) {
		var names []string
		for _, a := range p.Assessments {
			names = append(names, a.Participant)
		}
		p.Assessments = append(p.Assessments, model.Assessment{ID: id, Participant: model.NextCode("p", names),
			Role: model.RoleLeraar, Scores: map[model.Block]model.Score{}})
	}) {
		return
	}
	v.table.choose(id)
}

func (v *assessmentScreen) remove() {
	id := v.form.id
	a, _ := assessmentIn(v.s.doc.Plan(), id)
	if a == nil {
		return
	}
	name := a.Participant
	v.s.confirmEdit(v.s.T("participant.delete.title"), v.s.T("participant.delete.question", name),
		v.s.T("edit.participant.delete", name), func(p *model.Plan) {
			if _, i := assessmentIn(p, id); i >= 0 {
				p.Assessments = append(p.Assessments[:i], p.Assessments[i+1:]...)
			}
		})
}
