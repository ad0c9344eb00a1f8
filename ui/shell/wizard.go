package shell

import (
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"balansplan/model"
)

// wizard is the short dialog behind New plan: step 1 asks for the school,
// step 2 for the period, the ambition, and both axes of the balance
// matrix now and as goal: the form of education (onderwijsvorm) and the
// learning material (leermateriaal). Without the material the Balance
// screen would open on "Nu: onbekend" and a finding about it. Each field shows what is wrong as the user types; Create is only
// possible with a valid plan.
type wizard struct {
	s    *Shell
	dlg  dialog.Dialog
	step int

	name     *widget.Entry
	sector   *widget.Select
	pupils   *widget.Entry
	start    *widget.Entry
	end      *widget.Entry
	ambition *widget.Select
	now      *widget.Select
	goal     *widget.Select
	matNow   *widget.Select
	matGoal  *widget.Select

	msgs              map[string]*widget.Label // by model.Problem field
	touched           bool                     // the user has typed a name or pressed Next
	pages             [2]fyne.CanvasObject
	body              *fyne.Container
	back, next, ready *widget.Button
}

// NewPlan starts the wizard for a new plan (Ctrl+N).
func (s *Shell) NewPlan() {
	s.flush()
	w := s.newWizard()
	w.dlg.Show()
	s.win.Canvas().Focus(w.name) // only possible once the dialog is shown
}

func (s *Shell) newWizard() *wizard {
	w := &wizard{s: s, msgs: map[string]*widget.Label{}}
	year := time.Now().Year()
	if time.Now().Month() >= time.July {
		year++
	}
	w.name = widget.NewEntry()
	w.name.SetPlaceHolder(s.T("wizard.name.placeholder"))
	w.sector = widget.NewSelect(nil, nil)
	w.pupils = widget.NewEntry()
	w.start = widget.NewEntry()
	w.start.SetText(strconv.Itoa(year))
	w.end = widget.NewEntry()
	w.end.SetText(strconv.Itoa(year + 3))
	w.ambition = widget.NewSelect(nil, nil)
	w.now = widget.NewSelect(nil, nil)
	w.goal = widget.NewSelect(nil, nil)
	w.matNow = widget.NewSelect(nil, nil)
	w.matGoal = widget.NewSelect(nil, nil)
	l := s.Lang()
	fillSelect(w.sector, model.Sectors(), func(v model.Sector) string { return v.Label(l) }, model.SectorPO)
	fillSelect(w.ambition, model.Ambitions(), func(v model.Ambition) string { return v.Label(l) }, model.AmbitionStapsgewijs)
	fillSelect(w.now, model.Teachings(), func(v model.Teaching) string { return v.Label(l) }, model.TeachingLeraargestuurd)
	fillSelect(w.goal, model.Teachings(), func(v model.Teaching) string { return v.Label(l) }, model.TeachingZelfstandig)
	// The material that goes with each form of education, so that a plan
	// starts in balance now and as goal until the user says otherwise.
	fillSelect(w.matNow, model.Materials(), func(v model.Material) string { return v.Label(l) }, model.MaterialInstructieOefenen)
	fillSelect(w.matGoal, model.Materials(), func(v model.Material) string { return v.Label(l) }, model.MaterialAdaptief)

	row := func(grid *fyne.Container, label string, input fyne.CanvasObject, field string) {
		msg := widget.NewLabel("")
		msg.Importance = widget.DangerImportance
		msg.Wrapping = fyne.TextWrapWord
		msg.Hide()
		w.msgs[field] = msg
		grid.Add(widget.NewLabel(label))
		grid.Add(container.NewVBox(input, msg))
	}
	p1 := container.New(layout.NewFormLayout())
	row(p1, s.T("field.school.name"), w.name, "school.name")
	row(p1, s.T("field.school.sector"), w.sector, "school.sector")
	row(p1, s.T("field.school.pupils"), w.pupils, "school.pupils")
	p2 := container.New(layout.NewFormLayout())
	row(p2, s.T("field.plan.start_year"), w.start, "plan.start_year")
	row(p2, s.T("field.plan.end_year"), w.end, "plan.end_year")
	row(p2, s.T("field.plan.ambition"), w.ambition, "plan.ambition")
	row(p2, s.T("field.plan.teaching.now"), w.now, "plan.teaching.now")
	row(p2, s.T("field.plan.teaching.goal"), w.goal, "plan.teaching.goal")
	row(p2, s.T("field.plan.material.now"), w.matNow, "plan.material.now")
	row(p2, s.T("field.plan.material.goal"), w.matGoal, "plan.material.goal")
	w.pages[0] = container.NewVBox(widget.NewLabel(s.T("wizard.step1")), p1)
	w.pages[1] = container.NewVBox(widget.NewLabel(s.T("wizard.step2")), p2)

	for _, e := range []*widget.Entry{w.pupils, w.start, w.end} {
		e.OnChanged = func(string) { w.check() }
	}
	w.name.OnChanged = func(string) {
		w.touched = true
		w.check()
	}
	w.name.OnSubmitted = func(string) { w.forward() }

	w.body = container.NewStack()
	w.back = widget.NewButton(s.T("wizard.back"), func() { w.show(0) })
	w.next = widget.NewButton(s.T("wizard.next"), w.forward)
	w.next.Importance = widget.HighImportance
	w.ready = widget.NewButton(s.T("wizard.create"), w.create)
	w.ready.Importance = widget.HighImportance
	cancel := widget.NewButton(s.T("button.cancel"), func() { w.dlg.Hide() })
	buttons := container.NewHBox(layout.NewSpacer(), cancel, w.back, w.next, w.ready)
	w.dlg = dialog.NewCustomWithoutButtons(s.T("wizard.title"), container.NewBorder(nil, buttons, nil, nil, w.body), s.win)
	w.dlg.Resize(fyne.NewSize(600, 460))
	w.show(0)
	w.check()
	return w
}

func fillSelect[T ~string](sel *widget.Select, values []T, label func(T) string, chosen T) {
	opts := make([]string, len(values))
	for i, v := range values {
		opts[i] = label(v)
	}
	sel.SetOptions(opts)
	for i, v := range values {
		if v == chosen {
			sel.SetSelectedIndex(i)
		}
	}
}

func (w *wizard) show(step int) {
	w.step = step
	w.body.Objects = []fyne.CanvasObject{w.pages[step]}
	w.body.Refresh()
	if step == 0 {
		w.back.Hide()
		w.next.Show()
		w.ready.Hide()
	} else {
		w.back.Show()
		w.next.Hide()
		w.ready.Show()
		w.s.win.Canvas().Focus(w.start)
	}
	w.check()
}

// plan builds the plan the wizard describes; the error is a parse error
// for the field named.
func (w *wizard) plan() (*model.Plan, map[string]string) {
	bad := map[string]string{}
	atoi := func(e *widget.Entry, field string, empty bool) int {
		t := strings.TrimSpace(e.Text)
		if t == "" && empty {
			return 0
		}
		n, err := strconv.Atoi(t)
		if err != nil {
			bad[field] = w.s.T("error.notinteger", t)
		}
		return n
	}
	start := atoi(w.start, "plan.start_year", false)
	end := atoi(w.end, "plan.end_year", false)
	p := &model.Plan{
		ID:           model.NewID(),
		School:       model.School{Name: strings.TrimSpace(w.name.Text), Pupils: atoi(w.pupils, "school.pupils", true)},
		Title:        w.s.T("wizard.plantitle", start, end),
		StartYear:    start,
		EndYear:      end,
		Status:       model.StatusConcept,
		Version:      "0.1",
		TeachingNow:  model.Teachings()[max(w.now.SelectedIndex(), 0)],
		TeachingGoal: model.Teachings()[max(w.goal.SelectedIndex(), 0)],
		MaterialNow:  model.Materials()[max(w.matNow.SelectedIndex(), 0)],
		MaterialGoal: model.Materials()[max(w.matGoal.SelectedIndex(), 0)],
		Ambition:     model.Ambitions()[max(w.ambition.SelectedIndex(), 0)],
	}
	p.School.Sector = model.Sectors()[max(w.sector.SelectedIndex(), 0)]
	return p, bad
}

// check validates what has been typed and shows each problem under its
// field; it reports whether the current step may go on.
func (w *wizard) check() bool {
	p, bad := w.plan()
	msgs := map[string][]string{}
	for f, m := range bad {
		msgs[f] = append(msgs[f], m)
	}
	for _, pr := range p.Validate() {
		if _, parse := bad[pr.Field]; !parse {
			msgs[pr.Field] = append(msgs[pr.Field], pr.Detail.In(w.s.Lang()))
		}
	}
	for field, lbl := range w.msgs {
		m := strings.Join(msgs[field], "\n")
		if field == "school.name" && !w.touched {
			m = "" // no complaint about an empty name before the user typed
		}
		lbl.SetText(m)
		lbl.Hidden = m == ""
		lbl.Refresh()
	}
	ok1 := len(msgs["school.name"]) == 0 && len(msgs["school.sector"]) == 0 && len(msgs["school.pupils"]) == 0
	ok := ok1 && len(msgs) == 0
	if ok1 {
		w.next.Enable()
	} else {
		w.next.Disable()
	}
	if ok {
		w.ready.Enable()
	} else {
		w.ready.Disable()
	}
	if w.step == 0 {
		return ok1
	}
	return ok
}

func (w *wizard) forward() {
	w.touched = true
	if w.check() {
		w.show(1)
	}
}

// create asks where to save the new plan, then creates and opens it.
func (w *wizard) create() {
	if !w.check() {
		return
	}
	p, _ := w.plan()
	w.dlg.Hide()
	name := strings.TrimSpace(p.School.Name) + ".balans"
	w.s.files.SaveFile(w.s.T("wizard.saveas"), name, []string{".balans"}, func(path string) {
		path = withExt(path, ".balans")
		if path == "" {
			return
		}
		w.s.createAndOpen(path, p)
	})
}
