package export

import (
	"fmt"
	"math"
	"strings"

	"balansplan/model"
	"balansplan/planning"
	"balansplan/planning/chart"
)

// The charts are planning/chart's figures, the same the user interface
// draws, laid out in a box measured in millimetres and copied into the
// report model. The copy only converts: colour keys become RGB, text
// heights become point sizes (kept between a legible minimum and a calm
// maximum), and shapes that cannot be drawn (NaN coordinates) are dropped.

// Text sizes of chart labels, in millimetres of em height.
const (
	chartTextMin = 2.1 // about 6 pt
	chartTextMax = 3.4 // about 9.6 pt
)

// figureOpts tunes the conversion of one figure.
type figureOpts struct {
	skip       func(s *chart.Shape) bool // leave the shape out
	skipLegend func(key string) bool
}

// hexColour is a palette key as "#rrggbb" and its opacity (0 for opaque).
func hexColour(key string) (string, float64) {
	if key == "" {
		return "", 0
	}
	c := chart.Colour(key)
	op := 0.0
	if c.A < 255 {
		op = round2(float64(c.A) / 255)
	}
	return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B), op
}

func finite(vs ...float64) bool {
	for _, v := range vs {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return false
		}
	}
	return true
}

// figure converts a planning/chart figure laid out in a box in mm.
func figure(f chart.Figure, o figureOpts) *Chart {
	c := &Chart{Width: round2(f.Box.W), Height: round2(f.Box.H), Shapes: []Shape{}}
	for i := range f.Shapes {
		s := &f.Shapes[i]
		if o.skip != nil && o.skip(s) {
			continue
		}
		ok := finite(s.R, s.Width, s.Size)
		pts := make([]Point, len(s.Points))
		for j, p := range s.Points {
			ok = ok && finite(p.X, p.Y)
			pts[j] = Pt(p.X, p.Y)
		}
		if !ok || len(pts) == 0 {
			continue
		}
		stroke, _ := hexColour(s.Stroke)
		fill, fillOp := hexColour(s.Fill)
		w := round2(s.Width)
		switch s.Kind {
		case chart.KindLine, chart.KindPolyline:
			c.Shapes = append(c.Shapes, Shape{Kind: ShapeLine, Points: pts, Stroke: stroke, Width: w})
		case chart.KindRect, chart.KindPolygon, chart.KindCircle:
			kind := map[chart.Kind]ShapeKind{chart.KindRect: ShapeRect, chart.KindPolygon: ShapePolygon, chart.KindCircle: ShapeCircle}[s.Kind]
			base := Shape{Kind: kind, Points: pts, R: round2(s.R), Width: w}
			if fillOp > 0 && stroke != "" {
				// A see-through fill must not make its outline see-through.
				f := base
				f.Fill, f.Opacity = fill, fillOp
				c.Shapes = append(c.Shapes, f)
				base.Stroke = stroke
				c.Shapes = append(c.Shapes, base)
				continue
			}
			base.Fill, base.Opacity, base.Stroke = fill, fillOp, stroke
			c.Shapes = append(c.Shapes, base)
		case chart.KindText:
			size := math.Min(math.Max(s.Size, chartTextMin), chartTextMax)
			t := Shape{Kind: ShapeText, Points: pts[:1], Text: s.Text, Size: round2(size / ptToMM), Bold: s.Bold, Color: fill}
			switch s.Align {
			case chart.AlignMiddle:
				t.Align = AlignCenter
			case chart.AlignEnd:
				t.Align = AlignRight
			}
			switch s.VAlign {
			case chart.VAlignTop:
				t.VAlign = VAlignTop
			case chart.VAlignBottom:
				t.VAlign = VAlignBottom
			}
			// A text that must stay in its column (the timeline's labels)
			// says how wide it may be; the chart's box is in millimetres.
			if s.MaxWidth > 0 {
				t.MaxWidth = round2(s.MaxWidth)
			}
			c.Shapes = append(c.Shapes, t)
		}
	}
	for _, lg := range f.Legend {
		if o.skipLegend != nil && o.skipLegend(lg.Key) {
			continue
		}
		col, _ := hexColour(lg.Key)
		c.Legend = append(c.Legend, Legend{Label: lg.Label, Color: col})
	}
	return c
}

// chartW is the width of a full-width chart: the text width less a little
// air on both sides.
const chartW = textW - 4

func (b *builder) hasLevels() bool {
	for _, bl := range b.a.Levels.Blocks {
		if bl.Now.Count > 0 || bl.Goal.Count > 0 {
			return true
		}
	}
	return false
}

// scaleOnTop moves a radar's scale numbers ("ring.label.1" to "5") to the
// end of the figure, so that they are drawn over the level polygons
// instead of under them (issue 13, defect 8).
func scaleOnTop(f *chart.Figure) {
	var rest, labels []chart.Shape
	for _, s := range f.Shapes {
		if strings.HasPrefix(s.ID, "ring.label.") {
			labels = append(labels, s)
		} else {
			rest = append(rest, s)
		}
	}
	f.Shapes = append(rest, labels...)
}

// usedLegend keeps the legend entries whose colour a shape of the figure
// uses: a legend naming colours the chart does not show (the route chart's
// three verdicts, of which it draws one) only confuses (issue 13,
// defect 8).
func usedLegend(f *chart.Figure) {
	used := map[string]bool{}
	for _, s := range f.Shapes {
		used[s.Stroke], used[s.Fill] = true, true
	}
	var keep []chart.LegendEntry
	for _, e := range f.Legend {
		if used[e.Key] {
			keep = append(keep, e)
		}
	}
	f.Legend = keep
}

// radarNowGoal is the radar with the school's levels now and its goal.
func (b *builder) radarNowGoal(h float64) *Chart {
	if !b.hasLevels() {
		return nil
	}
	f := chart.Radar(b.a, b.l, chart.Box{W: chartW, H: h})
	scaleOnTop(&f)
	c := figure(f, figureOpts{
		skip:       func(s *chart.Shape) bool { return strings.HasPrefix(s.ID, "role.") },
		skipLegend: func(k string) bool { return strings.HasPrefix(k, "role.") },
	})
	c.Title = b.t("Nu en doel", "Now and goal")
	return c
}

// radarRoles is the radar with one outline per role (levels now).
func (b *builder) radarRoles(h float64) *Chart {
	if !b.hasLevels() {
		return nil
	}
	f := chart.Radar(b.a, b.l, chart.Box{W: chartW, H: h})
	scaleOnTop(&f)
	isTotal := func(id string) bool { return id == "now" || id == "goal" || strings.HasPrefix(id, "now.") }
	c := figure(f, figureOpts{
		skip:       func(s *chart.Shape) bool { return isTotal(s.ID) },
		skipLegend: func(k string) bool { return k == "now" || k == "goal" },
	})
	c.Title = b.t("Nu, per rol", "Now, by role")
	return c
}

func (b *builder) matrixChart() *Chart {
	c := figure(chart.Matrix(b.a, b.l, chart.Box{W: chartW, H: 88}), figureOpts{})
	c.Title = b.t("Onderwijsvorm tegen leermateriaal, nu en doel", "Form of education against learning material, now and goal")
	return c
}

func (b *builder) routeChart() *Chart {
	f := chart.Route(b.a, b.l, chart.Box{W: chartW, H: 80})
	// planning/chart writes the gauges as fractions ("E = 0,8") while the
	// text beside the figure says "80%": the document writes them as the
	// shares they are, as the text does (issue 13, defect 5). The label is
	// "name = value"; only the value is replaced.
	for i := range f.Shapes {
		s := &f.Shapes[i]
		var v planning.Level
		switch s.ID {
		case "gauge.T.label":
			v = b.a.Route.T()
		case "gauge.E.label":
			v = b.a.Route.E()
		default:
			continue
		}
		if at := strings.LastIndex(s.Text, " = "); at >= 0 {
			s.Text = s.Text[:at] + " = " + b.share(v)
		}
	}
	usedLegend(&f)
	for i, e := range f.Legend {
		if e.Key == "threshold" {
			f.Legend[i].Label = fmt.Sprintf(b.t("grenzen %s en %s", "thresholds %s and %s"),
				planning.FormatPercent(planning.TechnologyBelow, b.l), planning.FormatPercent(planning.DrivenThreshold, b.l))
		}
	}
	c := figure(f, figureOpts{})
	c.Title = b.t("Route van de investeringen", "Route of the investments")
	return c
}

func (b *builder) budgetChart() *Chart {
	if len(b.a.Budget.Years) == 0 {
		return nil
	}
	c := figure(chart.BudgetBars(b.a, b.l, chart.Box{W: chartW, H: 82}), figureOpts{})
	c.Title = b.t("Uitgaven per jaar tegen het plafond", "Spending per year against the ceiling")
	return c
}

// Rows of the timeline per chart: the first chart shares its page with the
// chapter's opening, the others have a page each.
const (
	timelineRowH      = 4.4 // a timeline that fits one chart
	timelineFirstRows = 32
	timelineDenseRowH = 3.7 // a timeline of several charts (in the appendix)
	timelineOtherRows = 60
	timelineMinHeight = 46.0
)

// timelineCharts splits the timeline over charts that each fit a page. A
// chart shows a run of rows; a dependency between two investments on
// different charts is not drawn (the dependency table lists every one).
func (b *builder) timelineCharts() []*Chart {
	p := b.p
	if p.Years() == nil {
		return nil
	}
	rows := chart.TimelineRows(p)
	if len(rows) == 0 {
		return nil
	}
	// A timeline that fits one chart keeps roomy rows; a longer one goes
	// to the appendix (timelineChapter) in denser charts of a page each.
	rowH, first := timelineRowH, timelineFirstRows
	if len(rows) > timelineFirstRows {
		rowH, first = timelineDenseRowH, timelineOtherRows
	}
	var chunks [][]chart.TimelineRow
	for start := 0; start < len(rows); {
		n := timelineOtherRows
		if len(chunks) == 0 {
			n = first
		}
		end := min(start+n, len(rows))
		// Never end a chart on a block's header row.
		for end > start+1 && end < len(rows) && rows[end-1].Code == "" {
			end--
		}
		chunks = append(chunks, rows[start:end])
		start = end
	}
	// Each chart gets the investments whose rows it shows, in plan order,
	// found in one pass over the plan: scanning every investment for every
	// chart made this quadratic (issue 14). A code that two investments
	// share (an invalid plan) may have rows on two charts; each investment
	// with that code goes to both, as it did.
	chunksOf := map[string][]int{}
	for i, ch := range chunks {
		for _, r := range ch {
			if r.Code == "" {
				continue
			}
			if cs := chunksOf[r.Code]; len(cs) == 0 || cs[len(cs)-1] != i {
				chunksOf[r.Code] = append(cs, i)
			}
		}
	}
	members := make([][]model.Investment, len(chunks))
	for j := range p.Investments {
		inv := &p.Investments[j]
		if inv.Cancelled() || inv.Start.IsZero() {
			continue
		}
		for _, i := range chunksOf[inv.Code] {
			members[i] = append(members[i], *inv)
		}
	}
	var out []*Chart
	for i, ch := range chunks {
		sub := *p
		sub.Investments = members[i]
		h := math.Max(float64(len(ch))*rowH/0.93, timelineMinHeight)
		w := chartW
		f := chart.Timeline(&sub, b.l, chart.Box{W: w, H: h})
		// The labels' column is the chart's (Shape.MaxWidth): as wide as
		// the labels need, up to 45% of the width (issue 13, defect 8).
		c := figure(f, figureOpts{})
		if len(chunks) > 1 {
			c.Title = fmt.Sprintf(b.t("Tijdlijn, deel %d van %d", "Timeline, part %d of %d"), i+1, len(chunks))
		} else {
			c.Title = b.t("Tijdlijn", "Timeline")
		}
		if i < len(chunks)-1 {
			c.Legend = nil
		} else {
			c.Caption = b.milestoneCaption() // the themes' deadlines in words (themes.go)
		}
		out = append(out, c)
	}
	return out
}

// dependencyTable lists every dependency between investments that count,
// with whether the order is right.
func (b *builder) dependencyTable() *Table {
	t := &Table{
		Columns: []Column{
			{Title: b.t("Investering", "Investment"), Width: 36},
			{Title: b.t("Start", "Start"), Width: 12},
			{Title: b.t("Wacht op", "Waits for"), Width: 36},
			{Title: b.t("Klaar", "Done"), Width: 12},
			{Title: b.t("Volgorde", "Order"), Width: 14},
		},
		Empty: b.t("Geen afhankelijkheden tussen investeringen.", "No dependencies between investments."),
	}
	// One index for all look-ups: Plan.Investment per dependency scanned
	// the whole list each time (issue 14).
	byID := b.p.IndexInvestments()
	for _, inv := range b.investments {
		if inv.Cancelled() {
			continue
		}
		var deps []*model.Investment
		for _, id := range inv.DependsOnIDs {
			if d, ok := byID.Investment(id); ok && d != inv && !d.Cancelled() {
				deps = append(deps, d)
			}
		}
		sortInvestments(deps)
		for _, d := range deps {
			order := Cell{Text: b.t("klopt", "right")}
			if !inv.Start.IsZero() && inv.Start < d.Finish() {
				order = Cell{Text: b.t("te vroeg", "too early"), Tone: ToneBad}
			}
			t.Rows = append(t.Rows, Row{Cells: []Cell{
				{Text: inv.Code + "  " + inv.Title}, {Text: b.month(inv.Start)},
				{Text: d.Code + "  " + d.Title}, {Text: b.month(d.Finish())}, order,
			}})
		}
	}
	return t
}

func sortInvestments(invs []*model.Investment) {
	for i := 1; i < len(invs); i++ {
		for j := i; j > 0 && model.CodeLess(invs[j].Code, invs[j-1].Code); j-- {
			invs[j], invs[j-1] = invs[j-1], invs[j]
		}
	}
}
