package chart

import (
	"math"
	"math/rand"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"

	"balansplan/model"
	"balansplan/model/sample"
	"balansplan/model/testplan"
	"balansplan/planning"
)

func regenboog(t *testing.T) *model.Plan { return testplan.Regenboog(t) }

const eps = 1e-9

func same(a, b Point) bool { return math.Abs(a.X-b.X) < eps && math.Abs(a.Y-b.Y) < eps }

func must(t *testing.T, f Figure, id string) Shape {
	t.Helper()
	s, ok := f.Find(id)
	if !ok {
		t.Fatalf("figure has no shape %q", id)
	}
	return s
}

var box = Box{W: 200, H: 160}

// wide is a box in which the radar's block names fit beside a radar of the
// full 0.36 of the smaller side (160 * 0.36 = 57.6), so that the geometry
// below is worked out by hand; in a narrower box the radar shrinks to make
// room for its labels (see TestRadarAndRouteKeepEveryLabelInsideTheBox).
var wide = Box{W: 400, H: 160}

func TestRadarScoreFiveOnVisieLiesOnTheOuterRingStraightUp(t *testing.T) {
	p := regenboog(t)
	for i := range p.Assessments {
		p.Assessments[i].Scores[model.BlockVisie] = model.Score{Now: 5, Goal: 5}
	}
	a := planning.Analyse(p, nil)
	f := Radar(a, model.NL, wide)
	now := must(t, f, "now")
	outer := must(t, f, "ring.5")
	c := Point{wide.W / 2, wide.H / 2}
	r := 0.36 * wide.H
	// visie is axis 0, pointing up: (cx, cy - R).
	if !same(now.Points[0], Point{c.X, c.Y - r}) || !same(now.Points[0], outer.Points[0]) {
		t.Errorf("visie 5 at %v, outer ring vertex %v, want %v", now.Points[0], outer.Points[0], Point{c.X, c.Y - r})
	}
	// deskundigheid 2.4 lies on its axis at 72 degrees clockwise, 2.4/5 of R out.
	want := Point{c.X + r*2.4/5*math.Cos(-math.Pi/2+2*math.Pi/5), c.Y + r*2.4/5*math.Sin(-math.Pi/2+2*math.Pi/5)}
	if !same(now.Points[1], want) {
		t.Errorf("deskundigheid 2.4 at %v, want %v", now.Points[1], want)
	}
	axis := must(t, f, "axis.deskundigheid")
	if ang := math.Atan2(axis.Points[1].Y-c.Y, axis.Points[1].X-c.X); math.Abs(ang-(-math.Pi/2+2*math.Pi/5)) > eps {
		t.Errorf("deskundigheid axis at %v rad", ang)
	}
}

func TestRadarRingsAreAtOneFifthSteps(t *testing.T) {
	f := Radar(planning.Analyse(regenboog(t), nil), model.EN, wide)
	c := Point{wide.W / 2, wide.H / 2}
	r := 0.36 * wide.H
	for k := 1; k <= 5; k++ {
		ring := must(t, f, "ring."+string(rune('0'+k)))
		if len(ring.Points) != 5 || ring.Kind != KindPolygon {
			t.Fatalf("ring %d = %+v", k, ring)
		}
		for _, pt := range ring.Points {
			if d := math.Hypot(pt.X-c.X, pt.Y-c.Y); math.Abs(d-r*float64(k)/5) > eps {
				t.Errorf("ring %d vertex at distance %v, want %v", k, d, r*float64(k)/5)
			}
		}
	}
	// one outline per role that scored: leraar, schoolleider, ict_coordinator
	for _, id := range []string{"role.leraar", "role.schoolleider", "role.ict_coordinator"} {
		must(t, f, id)
	}
	if _, ok := f.Find("role.bestuurder"); ok {
		t.Error("an outline for a role that did not take part")
	}
	if l := must(t, f, "label.leiderschap"); l.Text != "leadership" || l.Align != AlignEnd {
		t.Errorf("leiderschap label = %+v, want 'leadership' ending at its point (left side)", l)
	}
}

// A block nobody scored (or where every answer was "weet niet") used to be
// drawn at the centre, which reads as the lowest score (issue 11, defect 8).
// Now the outline breaks there: inhoud (axis 2) unknown leaves one polyline
// through the other four axes in order, from infrastructuur (3) round to
// deskundigheid (1), nothing at the centre, no filled polygon, and a "weet
// niet" halfway along the inhoud axis.
func TestRadarBreaksTheOutlineAtAnUnscoredBlock(t *testing.T) {
	p := regenboog(t)
	for i := range p.Assessments {
		delete(p.Assessments[i].Scores, model.BlockInhoud)
	}
	a := planning.Analyse(p, nil)
	f := Radar(a, model.NL, box)
	centre := Point{box.W / 2, box.H / 2}
	for _, id := range []string{"now", "goal"} {
		var pieces []Shape
		for _, s := range f.Shapes {
			if s.ID == id {
				pieces = append(pieces, s)
			}
		}
		if len(pieces) != 1 || pieces[0].Kind != KindPolyline || pieces[0].Fill != "" {
			t.Fatalf("%s drawn as %+v, want one unfilled polyline", id, pieces)
		}
		var want []Point
		for _, i := range []int{3, 4, 0, 1} {
			bl := a.Levels.Block(model.Blocks()[i])
			v := bl.Now.Level()
			if id == "goal" {
				v = bl.Goal.Level()
			}
			want = append(want, RadarPoint(box, i, v.Value))
		}
		got := pieces[0].Points
		if len(got) != len(want) {
			t.Fatalf("%s runs through %d points, want 4: %v", id, len(got), got)
		}
		for k := range want {
			if !same(got[k], want[k]) || same(got[k], centre) {
				t.Errorf("%s point %d at %v, want %v (never the centre)", id, k, got[k], want[k])
			}
		}
	}
	if _, ok := f.Find("now.inhoud"); ok {
		t.Error("a marker for an unscored block")
	}
	mark := must(t, f, "now.unknown.inhoud")
	if mark.Text != "weet niet" || !same(mark.Points[0], RadarPoint(box, 2, 2.5)) {
		t.Errorf("unknown mark %q at %v, want \"weet niet\" at %v", mark.Text, mark.Points[0], RadarPoint(box, 2, 2.5))
	}
	if m := must(t, Radar(a, model.EN, box), "now.unknown.inhoud"); m.Text != "don't know" {
		t.Errorf("English unknown mark %q", m.Text)
	}
	if _, ok := f.Find("now.unknown.visie"); ok {
		t.Error("a 'weet niet' mark on a scored block")
	}
	if f := Radar(planning.Analyse(&model.Plan{}, nil), model.NL, box); len(f.Shapes) == 0 {
		t.Error("an empty radar should still have rings and axes")
	} else {
		for _, s := range f.Shapes {
			if s.ID == "now" || s.ID == "goal" || strings.HasPrefix(s.ID, "now.") {
				t.Errorf("an empty radar draws %s", s.ID)
			}
		}
	}
}

// Two unknown blocks apart (deskundigheid 1 and infrastructuur 3) leave a
// lone known inhoud (2), drawn as a dot, and a run leiderschap-visie (4, 0).
func TestRadarDrawsALoneKnownBlockAsADot(t *testing.T) {
	p := regenboog(t)
	for i := range p.Assessments {
		delete(p.Assessments[i].Scores, model.BlockDeskundigheid)
		delete(p.Assessments[i].Scores, model.BlockInfrastructuur)
	}
	a := planning.Analyse(p, nil)
	f := Radar(a, model.NL, box)
	var kinds []Kind
	var firsts []Point
	for _, s := range f.Shapes {
		if s.ID == "now" {
			kinds = append(kinds, s.Kind)
			firsts = append(firsts, s.Points[0])
		}
	}
	level := func(i int) float64 { return a.Levels.Block(model.Blocks()[i]).Now.Level().Value }
	// runs start where the axis before is unknown: inhoud (2), then leiderschap (4)
	if !reflect.DeepEqual(kinds, []Kind{KindCircle, KindPolyline}) || !same(firsts[0], RadarPoint(box, 2, level(2))) || !same(firsts[1], RadarPoint(box, 4, level(4))) {
		t.Errorf("now drawn as %v starting at %v", kinds, firsts)
	}
}

func TestMatrixArrowRunsFromTheNowCellCentreToTheGoalCellCentre(t *testing.T) {
	a := planning.Analyse(regenboog(t), nil)
	f := Matrix(a, model.NL, box)
	// now leraargestuurd (0) x instructie_oefenen (0); goal zelfstandig (1) x adaptief (1)
	nowC, goalC := MatrixCellCentre(box, 0, 0), MatrixCellCentre(box, 1, 1)
	if got := must(t, f, "now").Points[0]; !same(got, nowC) {
		t.Errorf("now marker at %v, want %v", got, nowC)
	}
	goal := must(t, f, "goal")
	if !same(goal.Points[0], goalC) {
		t.Errorf("goal marker at %v, want %v", goal.Points[0], goalC)
	}
	arrow := must(t, f, "arrow")
	from, tip := arrow.Points[0], arrow.Points[1]
	if !same(from, nowC) {
		t.Errorf("arrow starts at %v, want the now centre %v", from, nowC)
	}
	// The tip lies on the line to the goal centre, at the marker's edge.
	cross := (tip.X-from.X)*(goalC.Y-from.Y) - (tip.Y-from.Y)*(goalC.X-from.X)
	if math.Abs(cross) > 1e-6 || math.Abs(math.Hypot(goalC.X-tip.X, goalC.Y-tip.Y)-goal.R) > eps {
		t.Errorf("arrow tip %v is not at the goal marker's edge towards %v", tip, goalC)
	}
	must(t, f, "arrow.head")
	// The goal cell is up and to the right of the now cell.
	if !(goalC.X > nowC.X && goalC.Y < nowC.Y) {
		t.Errorf("goal cell %v not above-right of now %v", goalC, nowC)
	}
}

func TestMatrixCellsAreClassifiedAroundTheDiagonal(t *testing.T) {
	f := Matrix(planning.Analyse(regenboog(t), nil), model.EN, box)
	for id, want := range map[string]string{
		"cell.0.0": "cell.in_balans", "cell.1.1": "cell.in_balans", "cell.2.2": "cell.in_balans",
		"cell.1.0": "cell.onderwijs_voor", // zelfstandig with instructie: teaching ahead, above the line
		"cell.0.1": "cell.techniek_voor",  // leraargestuurd with adaptief: technology ahead, below
		"cell.0.2": "cell.mismatch", "cell.2.0": "cell.mismatch",
	} {
		if got := must(t, f, id).Fill; got != want {
			t.Errorf("%s filled %s, want %s", id, got, want)
		}
	}
	above, below := MatrixCellCentre(box, 1, 0), MatrixCellCentre(box, 0, 1)
	d := must(t, f, "diagonal").Points
	side := func(p Point) float64 { return (d[1].X-d[0].X)*(p.Y-d[0].Y) - (d[1].Y-d[0].Y)*(p.X-d[0].X) }
	// on screen (y down) "above the line" is the side with smaller y
	if !(side(above) < 0 && side(below) > 0) {
		t.Errorf("onderwijs_voor should lie above the diagonal and techniek_voor below it")
	}
	for _, c := range [][2]int{{0, 0}, {1, 1}, {2, 2}} {
		if math.Abs(side(MatrixCellCentre(box, c[0], c[1]))) > 1e-6 {
			t.Errorf("diagonal misses the centre of cell %v", c)
		}
	}
}

func TestMatrixWithNowAndGoalInOneCellHasNoArrow(t *testing.T) {
	p := regenboog(t)
	p.TeachingGoal = model.TeachingLeraargestuurd
	p.Investments = nil
	p.MaterialGoal = model.MaterialInstructieOefenen
	f := Matrix(planning.Analyse(p, nil), model.NL, box)
	if _, ok := f.Find("arrow"); ok {
		t.Error("an arrow between markers in the same cell")
	}
	now, goal := must(t, f, "now"), must(t, f, "goal")
	if same(now.Points[0], goal.Points[0]) || now.Points[0].Y != goal.Points[0].Y {
		t.Errorf("markers overlap or are not side by side: %v %v", now.Points[0], goal.Points[0])
	}
}

func TestBudgetBarsAreProportionalWithTheCeilingLine(t *testing.T) {
	a := planning.Analyse(regenboog(t), nil)
	f := BudgetBars(a, model.NL, box)
	sc := BudgetScaleFor(a, box)
	// The largest amount is 58000: steps of 20000, top 60000.
	if sc.Step != model.Euros(20000) || sc.Max != model.Euros(60000) || sc.Lines != 3 {
		t.Errorf("scale %+v, want steps of 20000 up to 60000", sc)
	}
	height := func(year string) float64 {
		var top, bottom = math.Inf(1), math.Inf(-1)
		for _, s := range f.Shapes {
			if strings.HasPrefix(s.ID, "bar."+year+".") {
				top = math.Min(top, s.Points[0].Y)
				bottom = math.Max(bottom, s.Points[1].Y)
			}
		}
		return bottom - top
	}
	plotH := sc.Bottom - sc.Top
	for year, cash := range map[string]float64{"2026": 58000, "2027": 12500, "2028": 9800} {
		if got, want := height(year), cash/60000*plotH; math.Abs(got-want) > 1e-6 {
			t.Errorf("bar %s is %v high, want %v", year, got, want)
		}
	}
	// 2026 segments stack bottom-up in model order: visie 3500 at the
	// bottom, deskundigheid 11100 on top of it.
	vis, desk := must(t, f, "bar.2026.visie"), must(t, f, "bar.2026.deskundigheid")
	if math.Abs(vis.Points[1].Y-sc.Bottom) > eps || math.Abs(desk.Points[1].Y-vis.Points[0].Y) > eps {
		t.Errorf("segments do not stack: visie %v, deskundigheid %v", vis.Points, desk.Points)
	}
	if _, ok := f.Find("bar.2026.leiderschap"); ok {
		t.Error("a segment for a block without money")
	}
	ceil := must(t, f, "ceiling.2026")
	if want := sc.Bottom - 45000.0/60000*plotH; math.Abs(ceil.Points[0].Y-want) > 1e-6 || ceil.Points[0].Y != ceil.Points[1].Y {
		t.Errorf("ceiling 2026 at y %v, want %v (horizontal)", ceil.Points, want)
	}
	must(t, f, "over.2026")
	if _, ok := f.Find("over.2027"); ok {
		t.Error("2027 is not over its ceiling")
	}
	if got := must(t, f, "total.2026").Text; got != "€ 58.000" {
		t.Errorf("total label %q", got)
	}
}

func TestRouteFigurePointsTheWayOfTheVerdict(t *testing.T) {
	a := planning.Analyse(regenboog(t), nil)
	f := Route(a, model.NL, box)
	dir := must(t, f, "direction")
	if dir.Stroke != "route.onderwijsgedreven" || !(dir.Points[1].X > dir.Points[0].X) {
		t.Errorf("onderwijsgedreven should point left to right: %+v", dir)
	}
	for i, b := range routeBlocks {
		if r := must(t, f, "block."+string(b)); !r.Contains(RouteBoxCentre(box, i)) {
			t.Errorf("%s box misplaced", b)
		}
	}
	track, gauge := must(t, f, "gauge.E.track"), must(t, f, "gauge.E")
	w := func(s Shape) float64 { return s.Points[1].X - s.Points[0].X }
	// E = 5/5 = 1 in analysis/2: the vision trajectory VI1 precedes all.
	if math.Abs(w(gauge)/w(track)-1) > eps {
		t.Errorf("E gauge fills %v of its track, want 1", w(gauge)/w(track))
	}
	tick := must(t, f, "gauge.T.tick.0.5")
	if math.Abs((tick.Points[0].X-track.Points[0].X)/w(track)-0.5) > eps {
		t.Errorf("T tick 0.5 misplaced")
	}
	if v := must(t, f, "verdict"); v.Text != "onderwijsgedreven" {
		t.Errorf("verdict text %q", v.Text)
	}

	p := regenboog(t)
	p.Visions = nil
	for i := range p.Investments {
		p.Investments[i].VisionIDs = nil
	}
	// Without visions the route cannot be judged (analysis/2): no
	// direction, the verdict "vision missing", T = 0 of the material money
	// traced and E n/a, with a track but no value bar.
	g := Route(planning.Analyse(p, nil), model.EN, box)
	for _, s := range g.Shapes {
		if s.ID == "direction" || s.ID == "gauge.E" {
			t.Errorf("without visions the route has a %s: %+v", s.ID, s)
		}
	}
	if v := must(t, g, "verdict"); v.Text != "vision missing" || v.Fill != "route.visie_ontbreekt" && v.Stroke != "route.visie_ontbreekt" {
		t.Errorf("verdict = %+v", v)
	}
	if e := must(t, g, "gauge.E.label"); e.Text != "E (people first) = n/a" {
		t.Errorf("E label %q", e.Text)
	}
	if tr := must(t, g, "gauge.T.label"); tr.Text != "T (traced to vision) = 0" {
		t.Errorf("T label %q", tr.Text)
	}
	// Untraced material with visions is techniekgedreven: right to left.
	q := regenboog(t)
	for i := range q.Investments {
		if q.Investments[i].Block.Material() {
			q.Investments[i].VisionIDs = nil
		}
	}
	g = Route(planning.Analyse(q, nil), model.EN, box)
	if d := must(t, g, "direction"); d.Stroke != "route.techniekgedreven" || !(d.Points[1].X < d.Points[0].X) {
		t.Errorf("techniekgedreven should point right to left: %+v", d)
	}
}

func TestTimelineBarsAndDependencies(t *testing.T) {
	p := regenboog(t)
	f := Timeline(p, model.NL, box)
	rows := TimelineRows(p)
	// visie header, VI1, deskundigheid header, D1 D2 D3, inhoud header, I1 I2,
	// infrastructuur header, N1 N2 N3 (N1 2026-07 first), leiderschap header, L1.
	var codes []string
	for _, r := range rows {
		if r.Code == "" {
			codes = append(codes, "["+string(r.Block)+"]")
		} else {
			codes = append(codes, r.Code)
		}
	}
	want := "[visie] VI1 [deskundigheid] D1 D2 D3 [inhoud] I1 I2 [infrastructuur] N1 N2 N3 [leiderschap] L1"
	if strings.Join(codes, " ") != want {
		t.Errorf("rows %v\nwant %s", codes, want)
	}
	// 48 months from 2026-01; N1 runs 2026-07 through 2026-08. The axis
	// starts where the labels' column ends (it fits the labels): read it
	// back from the line of 2027, 12 months in.
	right := 0.98 * box.W
	y27 := must(t, f, "year.2027").Points[0].X
	left := (4*y27 - right) / 3
	if left < timelineLabelMin*box.W-eps || left > timelineLabelMax*box.W+eps {
		t.Errorf("the axis starts at %v, outside %v..%v", left, timelineLabelMin*box.W, timelineLabelMax*box.W)
	}
	x := func(monthsFromStart int) float64 { return left + float64(monthsFromStart)/48*(right-left) }
	n1 := must(t, f, "inv.N1")
	if math.Abs(n1.Points[0].X-x(6)) > eps || math.Abs(n1.Points[1].X-x(8)) > eps || n1.Fill != "block.infrastructuur" {
		t.Errorf("N1 bar %v, want x %v..%v", n1.Points, x(6), x(8))
	}
	// I1 has no end: one month delivered, then in use until the end of 2029.
	i1 := must(t, f, "inv.I1")
	inuse := must(t, f, "inuse.I1")
	if math.Abs(i1.Points[1].X-x(10)) > eps || math.Abs(inuse.Points[1].X-x(48)) > eps {
		t.Errorf("I1 bar %v, in use %v", i1.Points, inuse.Points)
	}
	if _, ok := f.Find("inuse.N1"); ok {
		t.Error("N1 has an end; no in-use line")
	}
	// I1 depends on N1: from the end of N1's bar to the start of I1's.
	dep := must(t, f, "dep.I1.N1")
	if dep.Stroke != "dependency" || !same(dep.Points[0], Point{n1.Points[1].X, (n1.Points[0].Y + n1.Points[1].Y) / 2}) ||
		!same(dep.Points[len(dep.Points)-1], Point{i1.Points[0].X, (i1.Points[0].Y + i1.Points[1].Y) / 2}) {
		t.Errorf("dependency %+v", dep)
	}
	must(t, f, "dep.I1.N1.head")
	must(t, f, "year.2027")
	if _, ok := f.Find("year.2026"); ok {
		t.Error("no line at the left edge")
	}

	// A dependent that starts early is drawn red.
	for i := range p.Investments {
		if p.Investments[i].Code == "N2" {
			p.Investments[i].Start = model.MonthOf(2026, 7) // N1 ends 2026-08
		}
	}
	if d := must(t, Timeline(p, model.NL, box), "dep.N2.N1"); d.Stroke != "dependency.late" {
		t.Errorf("early start drawn %s", d.Stroke)
	}
}

func TestTimelineLeavesOutCancelledAndSurvivesCycles(t *testing.T) {
	p := regenboog(t)
	ids := map[string]string{}
	for _, inv := range p.Investments {
		ids[inv.Code] = inv.ID
	}
	for i := range p.Investments {
		switch p.Investments[i].Code {
		case "N3":
			p.Investments[i].Status = model.InvGeschrapt
		case "N1":
			p.Investments[i].DependsOnIDs = []string{ids["N2"]} // N1 <-> N2
		}
	}
	f := Timeline(p, model.NL, box)
	if _, ok := f.Find("inv.N3"); ok {
		t.Error("a cancelled investment is drawn")
	}
	must(t, f, "dep.N1.N2")
	must(t, f, "dep.N2.N1")
}

// Figures are device independent: laying out in a box twice as large gives
// every coordinate, width and size twice as large.
// Every length in a figure follows its box: texts and lines too, not only
// positions. The presentation relies on this: its charts grow with the
// slide by being laid out for it, without a zoom of their own.
func TestFiguresScaleWithTheBox(t *testing.T) {
	p := regenboog(t)
	a := planning.Analyse(p, nil)
	small, large := Box{W: 100, H: 80}, Box{W: 200, H: 160}
	build := map[string]func(Box) Figure{
		"radar":        func(b Box) Figure { return Radar(a, model.NL, b) },
		"matrix":       func(b Box) Figure { return Matrix(a, model.NL, b) },
		"route":        func(b Box) Figure { return Route(a, model.NL, b) },
		"budget":       func(b Box) Figure { return BudgetBars(a, model.NL, b) },
		"timeline":     func(b Box) Figure { return Timeline(p, model.NL, b) },
		"disagreement": func(b Box) Figure { return Disagreement(a, model.NL, b) },
	}
	for name, fn := range build {
		f, g := fn(small), fn(large)
		if len(f.Shapes) != len(g.Shapes) {
			t.Fatalf("%s: %d shapes against %d", name, len(f.Shapes), len(g.Shapes))
		}
		for i := range f.Shapes {
			s, l := f.Shapes[i], g.Shapes[i]
			bad := s.ID != l.ID || math.Abs(2*s.R-l.R) > 1e-9 || math.Abs(2*s.Width-l.Width) > 1e-9 || math.Abs(2*s.Size-l.Size) > 1e-9
			for k := range s.Points {
				bad = bad || !same(Point{2 * s.Points[k].X, 2 * s.Points[k].Y}, l.Points[k])
			}
			if bad {
				t.Errorf("%s: shape %s does not scale: %+v vs %+v", name, s.ID, s, l)
				break
			}
		}
	}
}

// Every colour key the figures use is in the palette, and every shape lies
// in its box.
func TestFiguresUseOnlyPaletteKeysAndStayInTheBox(t *testing.T) {
	known := map[string]bool{"": true}
	for _, k := range Keys() {
		known[k] = true
	}
	for _, p := range []*model.Plan{regenboog(t), sample.Large()} {
		a := planning.Analyse(p, nil)
		for _, f := range []Figure{Radar(a, model.NL, box), Matrix(a, model.NL, box), Route(a, model.NL, box),
			BudgetBars(a, model.NL, box), Timeline(p, model.NL, box), Disagreement(a, model.NL, box)} {
			for _, s := range f.Shapes {
				if !known[s.Stroke] || !known[s.Fill] {
					t.Errorf("shape %s uses an unknown colour (%q, %q)", s.ID, s.Stroke, s.Fill)
				}
				lo, hi := s.Bounds()
				if lo.X < -eps || lo.Y < -eps || hi.X > box.W+eps || hi.Y > box.H+eps {
					t.Errorf("shape %s leaves the box: %v..%v", s.ID, lo, hi)
				}
			}
			for _, e := range f.Legend {
				if !known[e.Key] || e.Label == "" {
					t.Errorf("legend entry %+v", e)
				}
			}
		}
	}
	if c := Colour("no.such.key"); c != fallback {
		t.Errorf("unknown key gives %v", c)
	}
	if c := Colour("block.visie"); c.A != 0xFF {
		t.Errorf("block colours are opaque: %v", c)
	}
}

// The same plan in any order gives the same figures.
func TestFiguresDoNotDependOnEntityOrder(t *testing.T) {
	p := sample.Generate(6, 80, 4, 12, 3)
	r := rand.New(rand.NewSource(9))
	q := p.Clone()
	r.Shuffle(len(q.Investments), func(i, j int) { q.Investments[i], q.Investments[j] = q.Investments[j], q.Investments[i] })
	r.Shuffle(len(q.Assessments), func(i, j int) { q.Assessments[i], q.Assessments[j] = q.Assessments[j], q.Assessments[i] })
	r.Shuffle(len(q.Visions), func(i, j int) { q.Visions[i], q.Visions[j] = q.Visions[j], q.Visions[i] })
	a, b := planning.Analyse(p, nil), planning.Analyse(q, nil)
	if !reflect.DeepEqual(Timeline(p, model.NL, box), Timeline(q, model.NL, box)) {
		t.Error("timeline depends on the order of investments")
	}
	if !reflect.DeepEqual(Radar(a, model.NL, box), Radar(b, model.NL, box)) || !reflect.DeepEqual(BudgetBars(a, model.NL, box), BudgetBars(b, model.NL, box)) ||
		!reflect.DeepEqual(Disagreement(a, model.NL, box), Disagreement(b, model.NL, box)) {
		t.Error("radar, budget or disagreement depends on the order")
	}
}

func TestShapeContains(t *testing.T) {
	tri := Shape{Kind: KindPolygon, Points: []Point{{0, 0}, {10, 0}, {0, 10}}}
	if !tri.Contains(Point{2, 2}) || tri.Contains(Point{8, 8}) {
		t.Error("polygon containment")
	}
	rect := Shape{Kind: KindRect, Points: []Point{{0, 0}, {4, 2}}}
	if !rect.Contains(Point{4, 1}) || rect.Contains(Point{5, 1}) {
		t.Error("rect containment")
	}
}

func BenchmarkTimelineLarge(b *testing.B) {
	p := sample.Large()
	for b.Loop() {
		Timeline(p, model.NL, Box{W: 1000, H: 4000})
	}
}

// disagreementPlan is the worked example of the disagreement figure: the
// example plan with five assessments of its own (scores now; 0 is "weet
// niet"):
//
//	               schoolleider  bestuurder  leraar  leraar  ict_coordinator
//	visie               4            5          2       3         1
//	deskundigheid       3            3          4       4         1
//	inhoud              2            3          4       4         1
//	infrastructuur      4            0          0       0         1
//	leiderschap         0            0          3       3         1
//
// Leaders pool schoolleider and bestuurder; the ict coordinator counts
// for neither group. Leaders minus teachers: visie 4.5 - 2.5 = +2
// (diverges), deskundigheid 3 - 4 = -1, inhoud 2.5 - 4 = -1.5 (diverges:
// exactly the threshold), infrastructuur leaders 4 only, leiderschap
// teachers 3 only.
func disagreementPlan(t *testing.T) *model.Plan {
	p := regenboog(t)
	p.Assessments = nil
	for i, c := range []struct {
		role   model.Role
		scores [5]model.Rating
	}{
		{model.RoleSchoolleider, [5]model.Rating{4, 3, 2, 4, 0}},
		{model.RoleBestuurder, [5]model.Rating{5, 3, 3, 0, 0}},
		{model.RoleLeraar, [5]model.Rating{2, 4, 4, 0, 3}},
		{model.RoleLeraar, [5]model.Rating{3, 4, 4, 0, 3}},
		{model.RoleIctCoordinator, [5]model.Rating{1, 1, 1, 1, 1}},
	} {
		a := model.Assessment{ID: model.NewID(), Participant: "p" + strconv.Itoa(i+1), Role: c.role, Scores: map[model.Block]model.Score{}}
		for bi, b := range model.Blocks() {
			a.Scores[b] = model.Score{Now: c.scores[bi], Goal: 5}
		}
		p.Assessments = append(p.Assessments, a)
	}
	return p
}

func TestDisagreementDrawsEachGroupWhereItStandsAndMarksTheDivergence(t *testing.T) {
	a := planning.Analyse(disagreementPlan(t), nil)
	b := Box{W: 500, H: 300}
	// Worked out: the smaller side m = 300; score s lies at
	// x = 0.28*500 + (0.84-0.28)*500*(s-1)/4 = 140 + 70(s-1); the header
	// is 0.12*300 = 36 high and a row (300-36)/6 = 44, so row i lies at
	// y = 36 + 44(i + 0.75): 69, 113, 157, 201, 245.
	f := Disagreement(a, model.NL, b)
	for _, c := range []struct {
		id    string
		kind  Kind
		at    []Point
		col   string // stroke of a line, fill of a dot or text
		text  string
		bold  bool
		width float64
	}{
		{"grid.1", KindLine, []Point{{140, 36}, {140, 278}}, "grid", "", false, 0.9},
		{"grid.5", KindLine, []Point{{420, 36}, {420, 278}}, "grid", "", false, 0.9},
		{"tick.5", KindText, []Point{{420, 30}}, "text.muted", "5", false, 0},
		{"label.visie", KindText, []Point{{128, 69}}, "text", "visie", false, 0},
		{"gap.visie", KindLine, []Point{{245, 69}, {385, 69}}, "over", "", false, 3.6},
		{"teachers.visie", KindCircle, []Point{{245, 69}}, "role.leraar", "", false, 0},
		{"leaders.visie", KindCircle, []Point{{385, 69}}, "role.schoolleider", "", false, 0},
		{"gaptext.visie", KindText, []Point{{435, 69}}, "over", "+2", true, 0},
		{"gap.deskundigheid", KindLine, []Point{{350, 113}, {280, 113}}, "axis", "", false, 3.6},
		{"gaptext.deskundigheid", KindText, []Point{{435, 113}}, "text", "−1", false, 0},
		{"gap.inhoud", KindLine, []Point{{350, 157}, {245, 157}}, "over", "", false, 3.6},
		{"gaptext.inhoud", KindText, []Point{{435, 157}}, "over", "−1,5", true, 0},
		{"leaders.infrastructuur", KindCircle, []Point{{350, 201}}, "role.schoolleider", "", false, 0},
		{"teachers.leiderschap", KindCircle, []Point{{280, 245}}, "role.leraar", "", false, 0},
	} {
		s := must(t, f, c.id)
		col := s.Fill
		if s.Kind == KindLine {
			col = s.Stroke
		}
		ok := s.Kind == c.kind && len(s.Points) == len(c.at) && col == c.col && s.Text == c.text && s.Bold == c.bold &&
			math.Abs(s.Width-c.width) < eps
		for i := range c.at {
			ok = ok && i < len(s.Points) && same(s.Points[i], c.at[i])
		}
		if ok && s.Kind == KindCircle && math.Abs(s.R-6.6) > eps { // 0.022 * 300
			ok = false
		}
		if ok && s.Kind == KindText && math.Abs(s.Size-map[bool]float64{true: 12, false: 15}[c.id == "tick.5"]) > eps {
			ok = false // min(0.055*300, 0.03*500) = 15; ticks 0.8 of that
		}
		if !ok {
			t.Errorf("%s = %+v, want %s at %v in %s %q bold %v width %v", c.id, s, c.kind, c.at, c.col, c.text, c.bold, c.width)
		}
	}
	// A group without scores has no dot, and without both there is
	// nothing to join.
	for _, id := range []string{"teachers.infrastructuur", "gap.infrastructuur", "gaptext.infrastructuur",
		"leaders.leiderschap", "gap.leiderschap", "gaptext.leiderschap"} {
		if _, ok := f.Find(id); ok {
			t.Errorf("shape %s drawn", id)
		}
	}
	// Red is exactly where planning reports assessment_divergence.
	var reported []string
	for _, fd := range a.Findings {
		if fd.Code == planning.AssessmentDivergence {
			reported = append(reported, fd.Subject...)
		}
	}
	var red []string
	for _, b := range model.Blocks() {
		if s, ok := f.Find("gap." + string(b)); ok && s.Stroke == "over" {
			red = append(red, string(b))
		}
	}
	sort.Strings(red)
	sort.Strings(reported)
	if strings.Join(red, ",") != "inhoud,visie" || strings.Join(reported, ",") != "inhoud,visie" {
		t.Errorf("red %v, findings %v; want visie and inhoud for both", red, reported)
	}
	if g := must(t, Disagreement(a, model.EN, b), "gaptext.inhoud"); g.Text != "−1.5" {
		t.Errorf("in English the difference reads %q", g.Text)
	}
	if p := DisagreementPoint(b, 2, 2.5); !same(p, Point{245, 157}) {
		t.Errorf("DisagreementPoint(inhoud, 2.5) = %v", p)
	}
}

func TestDisagreementWithoutAssessmentsDrawsTheScaleAlone(t *testing.T) {
	p := regenboog(t)
	p.Assessments = nil
	f := Disagreement(planning.Analyse(p, nil), model.EN, box)
	for _, s := range f.Shapes {
		if s.Kind == KindCircle || strings.HasPrefix(s.ID, "gap") {
			t.Errorf("shape %s without scores", s.ID)
		}
	}
	// five gridlines, five ticks, five labels
	if len(f.Shapes) != 15 {
		t.Errorf("%d shapes, want 15", len(f.Shapes))
	}
	if l := must(t, f, "label.infrastructuur"); l.Text != "infrastructure" {
		t.Errorf("label %q", l.Text)
	}
}
