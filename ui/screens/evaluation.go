package screens

import (
	"slices"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"balansplan/model"
	"balansplan/ui/form"
)

// addYearlyEvaluation adds to the vision's form its yearly evaluation
// (issue 15): a year of the plan period to pick, and for that year a
// rating of whether the returns came (1 not at all .. 5 fully, or not
// judged) and a note, against the evaluation indicator just above. The
// fields read and write the picked year; picking another year writes
// what was typed first.
func (v *visionsScreen) addYearlyEvaluation(f *form.Form) {
	s := v.s
	f.Section(s.T("vision.yearly"))
	v.evalYear = widget.NewSelect(nil, nil)
	v.evalYear.OnChanged = func(string) {
		// What was typed belongs to the year shown while it was typed.
		s.Pending().Flush()
		v.shown = v.picked()
		f.Load()
	}
	f.Grid.Add(widget.NewLabelWithStyle(s.T("field.evaluation.year"), fyne.TextAlignTrailing, fyne.TextStyle{}))
	f.Grid.Add(v.evalYear)
	values := []string{"0", "1", "2", "3", "4", "5"}
	labels := []string{s.T("rating.none")}
	for i := 1; i <= 5; i++ {
		labels = append(labels, s.T("rating."+strconv.Itoa(i)))
	}
	ev := func(p *model.Plan) model.VisionEvaluation {
		e, _ := visionIn(p, f.ID).EvaluationIn(v.year())
		return e
	}
	set := func(p *model.Plan, change func(e *model.VisionEvaluation)) {
		vis := visionIn(p, f.ID)
		e, _ := vis.EvaluationIn(v.year())
		e.Year = v.year()
		change(&e)
		vis.SetEvaluation(e)
	}
	f.Choice(model.FieldEvaluationsRating, s.T("field.evaluation.rating"), values, labels,
		func(p *model.Plan) string { return strconv.Itoa(int(ev(p).Rating)) },
		func(p *model.Plan, x string) {
			n, _ := strconv.Atoi(x)
			set(p, func(e *model.VisionEvaluation) { e.Rating = model.Rating(n) })
		})
	f.Text(model.FieldEvaluationsNote, s.T("field.evaluation.note"), true,
		func(p *model.Plan) string { return ev(p).Note },
		func(p *model.Plan, t string) error {
			set(p, func(e *model.VisionEvaluation) { e.Note = t })
			return nil
		})
}

// year is the evaluation year the fields show.
func (v *visionsScreen) year() int {
	if v.shown == 0 {
		return v.picked()
	}
	return v.shown
}

// picked is the year picked, or the plan's first.
func (v *visionsScreen) picked() int {
	if i := v.evalYear.SelectedIndex(); i >= 0 && i < len(v.years) {
		return v.years[i]
	}
	return v.s.Doc().Plan().StartYear
}

// syncYears gives the year picker the plan period's years, keeping the
// year picked, else this year when in the period, else the first.
func (v *visionsScreen) syncYears(p *model.Plan) {
	years := planYears(p)
	if slices.Equal(years, v.years) {
		return
	}
	i := pickYear(years, v.year())
	v.years = years
	setYears(v.evalYear, years, i)
	v.shown = v.picked()
}

// setYears gives a year picker its years and picks the i-th (none when
// below 0) without telling its OnChanged: nothing was picked by the user,
// and a typed value must not be written to another year.
func setYears(sel *widget.Select, years []int, i int) {
	opts := make([]string, len(years))
	for k, y := range years {
		opts[k] = strconv.Itoa(y)
	}
	on := sel.OnChanged
	sel.OnChanged = nil
	sel.SetOptions(opts)
	if i >= 0 {
		sel.SetSelectedIndex(i)
	}
	sel.OnChanged = on
}

// SetEvaluationYear picks the year the vision's evaluation shows.
func (v *visionsScreen) SetEvaluationYear(y int) {
	if i := slices.Index(v.years, y); i >= 0 {
		v.evalYear.SetSelectedIndex(i)
	}
}

// planYears are the years of the plan period (none when it is not valid).
func planYears(p *model.Plan) []int {
	var years []int
	for y := p.StartYear; y <= p.EndYear && p.StartYear > 0 && y-p.StartYear < 50; y++ {
		years = append(years, y)
	}
	return years
}

// pickYear is the index in years of prev, else of this year, else 0
// (-1 for no years).
func pickYear(years []int, prev int) int {
	if i := slices.Index(years, prev); i >= 0 {
		return i
	}
	if i := slices.Index(years, Clock().Year()); i >= 0 {
		return i
	}
	if len(years) == 0 {
		return -1
	}
	return 0
}
