package screens

import (
	"slices"
	"strconv"

	"fyne.io/fyne/v2/widget"

	"balansplan/model"
	"balansplan/planning"
	"balansplan/planning/chart"
)

// A round picker chooses the self-assessment round a screen shows (issue
// 15): each year's round is kept apart from the others, and the analysis
// of a year uses that year's round (planning.AtYear). It lists the rounds
// the plan has; with one round it is the plan's analysis as before.
type roundPicker struct {
	// all offers every year of the plan period too, so that a new round
	// can be started (Zelfevaluatie); else only the rounds there are.
	all     bool
	sel     *widget.Select
	years   []int
	changed func()
}

func newRoundPicker(changed func()) *roundPicker {
	r := &roundPicker{changed: changed}
	r.sel = widget.NewSelect(nil, func(string) { r.changed() })
	return r
}

// sync offers the plan's rounds, keeping the one picked, else the latest.
func (r *roundPicker) sync(p *model.Plan) {
	rounds := p.RoundYears()
	years := slices.Clone(rounds)
	if r.all {
		for _, y := range planYears(p) {
			if !slices.Contains(years, y) {
				years = append(years, y)
			}
		}
		slices.Sort(years)
	}
	if len(years) == 0 {
		years = []int{p.StartYear}
	}
	if slices.Equal(years, r.years) {
		return
	}
	i := slices.Index(years, r.year())
	if i < 0 && len(rounds) > 0 {
		i = slices.Index(years, rounds[len(rounds)-1]) // the latest round
	}
	r.years = years
	setYears(r.sel, years, max(i, 0))
}

// year is the round picked (0 before the first sync).
func (r *roundPicker) year() int {
	if i := r.sel.SelectedIndex(); i >= 0 && i < len(r.years) {
		return r.years[i]
	}
	return 0
}

// Pick picks the round of year y.
func (r *roundPicker) Pick(y int) {
	if i := slices.Index(r.years, y); i >= 0 {
		r.sel.SetSelectedIndex(i)
	}
}

// analysisOf is the analysis of the round picked: the document's own when
// the plan has one round (the same numbers, no second computation).
func analysisOf(s Host, r *roundPicker) *planning.Analysis {
	p := s.Doc().Plan()
	if len(p.RoundYears()) <= 1 || r.year() == 0 {
		return s.Doc().Analysis()
	}
	return planning.Analyse(planning.AtYear(p, r.year()), s.Doc().Reference())
}

// RoundsFigure is each bouwsteen's level now over the rounds: a line per
// bouwsteen in its colour across the round years, levels 1 to 5 from
// bottom to top, a dot per known level (an unknown one breaks the line);
// the legend names the colours, since two bouwstenen at one level would
// hide each other's names at the line's end.
func RoundsFigure(rounds []planning.RoundLevels, l model.Lang, box chart.Box) chart.Figure {
	f := chart.Figure{Box: box}
	left, bottom, top, rightPad := 24.0, box.H-18, 8.0, 24.0
	width := box.W - left - rightPad
	inset := 28.0 // the first and last round stand clear of the axis
	yOf := func(level float64) float64 { return bottom - (bottom-top)*(level-1)/4 }
	for lv := 1; lv <= 5; lv++ {
		y := yOf(float64(lv))
		f.Shapes = append(f.Shapes,
			chart.Shape{Kind: chart.KindLine, ID: "grid." + strconv.Itoa(lv), Points: []chart.Point{{X: left, Y: y}, {X: left + width, Y: y}}, Stroke: "grid", Width: 1},
			chart.Shape{Kind: chart.KindText, ID: "grid.label." + strconv.Itoa(lv), Points: []chart.Point{{X: left - 4, Y: y}}, Text: strconv.Itoa(lv), Size: 10, Align: chart.AlignEnd, VAlign: chart.VAlignMiddle, Fill: "text.muted"})
	}
	n := len(rounds)
	xOf := func(i int) float64 {
		if n <= 1 {
			return left + width/2
		}
		return left + inset + (width-2*inset)*float64(i)/float64(n-1)
	}
	for i, r := range rounds {
		f.Shapes = append(f.Shapes, chart.Shape{Kind: chart.KindText, ID: "year." + strconv.Itoa(r.Year), Points: []chart.Point{{X: xOf(i), Y: bottom + 4}},
			Text: strconv.Itoa(r.Year), Size: 10, Align: chart.AlignMiddle, VAlign: chart.VAlignTop, Fill: "text"})
	}
	for bi, b := range model.Blocks() {
		key := "block." + string(b)
		var run []chart.Point
		flush := func() {
			if len(run) > 1 {
				f.Shapes = append(f.Shapes, chart.Shape{Kind: chart.KindPolyline, ID: "line." + string(b), Points: run, Stroke: key, Width: 2})
			}
			run = nil
		}
		for i, r := range rounds {
			lv := r.Levels.Blocks[bi].Now.Level()
			if !lv.Known {
				flush()
				continue
			}
			pt := chart.Point{X: xOf(i), Y: yOf(lv.Value)}
			run = append(run, pt)
			f.Shapes = append(f.Shapes, chart.Shape{Kind: chart.KindCircle, ID: "dot." + string(b) + "." + strconv.Itoa(r.Year), Points: []chart.Point{pt}, R: 3, Fill: key})
		}
		flush()
		f.Legend = append(f.Legend, chart.LegendEntry{Key: key, Label: chart.ShortLabel(b, l)})
	}
	return f
}
