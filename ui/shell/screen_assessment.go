package shell

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"balansplan/model"
	"balansplan/planning/chart"
)

// assessmentScreen is the team's self-assessment: the participants with
// their role and, per bouwsteen, a score now and a goal (1..5 or "weet
// niet"), and the team's mean per bouwsteen above them.
type assessmentScreen struct {
	addBtn *widget.Button // kept for tests
	s      *Shell
	table  *entityTable
	form   *form
	means  *widget.Label
	detail *fyne.Container
	empty  fyne.CanvasObject
	edit   fyne.CanvasObject
	root   fyne.CanvasObject
}

func newAssessmentScreen(s *Shell) screen {
	v := &assessmentScreen{s: s}
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
	for _, b := range model.Blocks() {
		b := b
		f.section(b.Label(l))
		for _, goal := range []bool{false, true} {
			goal := goal
			name, key := "scores."+string(b)+".now", "field.score.now"
			if goal {
				name, key = "scores."+string(b)+".goal", "field.score.goal"
			}
			f.choice(name, s.T(key), scoreValues, scoreLabels,
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
		}
	}

	v.means = widget.NewLabel("")
	v.means.Wrapping = fyne.TextWrapWord
	v.addBtn = widget.NewButtonWithIcon(s.T("participant.add"), theme.ContentAddIcon(), v.add)
	del := widget.NewButtonWithIcon(s.T("button.delete"), theme.DeleteIcon(), v.remove)
	v.edit = container.NewVScroll(container.NewVBox(f.grid, container.NewHBox(del)))
	v.empty = container.NewCenter(widget.NewLabel(s.T("participant.none")))
	v.detail = container.NewStack(v.empty)
	left := container.NewBorder(container.NewVBox(v.means, container.NewHBox(v.addBtn)), nil, nil, nil, v.table.table)
	split := container.NewHSplit(left, v.detail)
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

	if !v.table.has(v.table.selected) {
		v.table.selected = ""
		if id := v.table.first(); id != "" {
			v.table.choose(id)
			return
		}
		v.form.reset()
		v.setDetail(v.empty)
		return
	}
	v.form.load()
}

func rating(r model.Rating) string {
	if !r.Known() {
		return "?"
	}
	return strconv.Itoa(int(r))
}

func (v *assessmentScreen) setDetail(o fyne.CanvasObject) {
	if len(v.detail.Objects) == 1 && v.detail.Objects[0] == o {
		return
	}
	v.detail.Objects = []fyne.CanvasObject{o}
	v.detail.Refresh()
}

func (v *assessmentScreen) show(id string) {
	v.form.bind(id)
	v.setDetail(v.edit)
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
	dialog.ShowConfirm(v.s.T("participant.delete.title"), v.s.T("participant.delete.question", name), func(yes bool) {
		if yes {
			v.s.edit(v.s.T("edit.participant.delete", name), func(p *model.Plan) {
				if _, i := assessmentIn(p, id); i >= 0 {
					p.Assessments = append(p.Assessments[:i], p.Assessments[i+1:]...)
				}
			})
		}
	}, v.s.win)
}
