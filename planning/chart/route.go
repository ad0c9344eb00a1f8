package chart

import (
	"math"

	"balansplan/model"
	"balansplan/planning"
)

// routeBlocks are the four bouwstenen of the route, in the order an
// education-driven plan takes them.
var routeBlocks = []model.Block{model.BlockVisie, model.BlockDeskundigheid, model.BlockInhoud, model.BlockInfrastructuur}

// RouteBoxCentre is the centre of the box of the i-th block of the route
// (0 visie .. 3 infrastructuur).
func RouteBoxCentre(box Box, i int) Point {
	slot := box.W / 4
	return Point{slot * (float64(i) + 0.5), 0.22 * box.H}
}

// Route draws the route figure: the four bouwstenen in a row from visie to
// infrastructuur ("block.visie" ..., with the cash out of each block over
// the plan period under its name), connectors between them, the plan's
// direction as a wide arrow under the row ("direction": left to right for
// onderwijsgedreven, right to left for techniekgedreven, both ways for
// gemengd, none for visie_ontbreekt, whose route cannot be judged), the
// verdict ("verdict") and two gauges for T and E ("gauge.T", "gauge.E" with
// their tracks and threshold ticks at 0.5 and 0.8). A share with nothing to
// divide reads "n.v.t." and has a track without a value bar: an empty bar
// would say 0, a full one 1.
func Route(a *planning.Analysis, l model.Lang, box Box) Figure {
	f := Figure{Box: box}
	s := box.min()
	slot := box.W / 4
	bw, bh := 0.8*slot, 0.24*box.H
	size := 0.045 * s
	margin := 0.01 * s
	for i, b := range routeBlocks {
		c := RouteBoxCentre(box, i)
		key := "block." + string(b)
		f.rect(key, c.X-bw/2, c.Y-bh/2, c.X+bw/2, c.Y+bh/2, key, "", 0)
		// The name and the amount are white on the block: outside it they
		// would vanish on the white paper, and the block cannot grow, so
		// here alone a text shrinks to fit (issue 11: "infrastructuur"
		// ran out of a narrow pane).
		name, cash := ShortLabel(b, l), planning.FormatMoney(a.Budget.CashByBlock.Of(b), l)
		f.text("label."+string(b), Point{c.X, c.Y - 0.02*box.H}, name, fitText(name, size, false, bw-2*margin), AlignMiddle, VAlignBottom, "background")
		f.text("cash."+string(b), Point{c.X, c.Y + 0.02*box.H}, cash, fitText(cash, size*0.85, false, bw-2*margin), AlignMiddle, VAlignTop, "background")
		if i > 0 {
			prev := RouteBoxCentre(box, i-1)
			f.arrow("connector."+string(b), Point{prev.X + bw/2, c.Y}, Point{c.X - bw/2, c.Y}, "axis", 0.006*s, 0.03*s)
		}
	}
	r := a.Route
	key := "route." + string(r.Verdict)
	y := 0.47 * box.H
	x0, x1 := RouteBoxCentre(box, 0).X-bw/2, RouteBoxCentre(box, 3).X+bw/2
	head := 0.05 * s
	width := 0.02 * s
	switch r.Verdict {
	case planning.Onderwijsgedreven:
		f.arrow("direction", Point{x0, y}, Point{x1, y}, key, width, head)
	case planning.Techniekgedreven:
		f.arrow("direction", Point{x1, y}, Point{x0, y}, key, width, head)
	case planning.VisieOntbreekt:
		// No direction: without a vision there is no route to follow.
	default:
		mid := Point{(x0 + x1) / 2, y}
		f.arrow("direction", mid, Point{x1, y}, key, width, head)
		f.arrow("direction", mid, Point{x0, y}, key, width, head)
	}
	verdict := r.Verdict.Label(l)
	f.text("verdict", Point{box.W / 2, y + 0.04*box.H}, verdict, fitText(verdict, size, true, box.W-2*margin), AlignMiddle, VAlignTop, key)
	f.Shapes[len(f.Shapes)-1].Bold = true

	// The gauges' labels stand left of their tracks. The tracks begin at
	// 0.42 of the width, or further right where the longer label needs the
	// room (issue 11: a narrow pane cut "T (herleid naar visie) = 0,83" at
	// its left edge); both tracks begin at the same x so that the two
	// values compare. Only if a track would shrink below a quarter of the
	// width does the text shrink too.
	gx1, gap := 0.95*box.W, 0.02*box.W
	labelSize := size * 0.9
	gaugeLabel := func(name string, v planning.Level) string {
		if v.Known {
			return name + " = " + planning.FormatNumber(v.Value, 2, l)
		}
		return name + " = " + planning.NotApplicable.In(l)
	}
	tName, eName := label(l, "T (herleid naar visie)", "T (traced to vision)"), label(l, "E (mensen eerst)", "E (people first)")
	tLabel, eLabel := gaugeLabel(tName, r.T()), gaugeLabel(eName, r.E())
	longest := tLabel
	if TextWidth(eLabel, labelSize, false) > TextWidth(longest, labelSize, false) {
		longest = eLabel
	}
	maxGX0 := gx1 - 0.25*box.W
	labelSize = fitText(longest, labelSize, false, maxGX0-gap-margin)
	gx0 := math.Min(math.Max(0.42*box.W, margin+TextWidth(longest, labelSize, false)+gap), maxGX0)
	gauge := func(id, text string, v planning.Level, y float64) {
		gh := 0.06 * box.H
		f.text(id+".label", Point{gx0 - gap, y + gh/2}, text, labelSize, AlignEnd, VAlignMiddle, "text")
		f.rect(id+".track", gx0, y, gx1, y+gh, "gauge.track", "", 0)
		if v.Known {
			f.rect(id, gx0, y, gx0+(gx1-gx0)*clamp01(v.Value), y+gh, "gauge.value", "", 0)
		}
		for _, t := range []struct {
			v  float64
			id string
		}{{planning.TechnologyBelow, "0.5"}, {planning.DrivenThreshold, "0.8"}} {
			x := gx0 + (gx1-gx0)*t.v
			f.line(id+".tick."+t.id, Point{x, y - 0.01*box.H}, Point{x, y + gh + 0.01*box.H}, "threshold", 0.004*s)
		}
	}
	gauge("gauge.T", tLabel, r.T(), 0.70*box.H)
	gauge("gauge.E", eLabel, r.E(), 0.84*box.H)
	f.Legend = []LegendEntry{
		{"route.onderwijsgedreven", planning.Onderwijsgedreven.Label(l)},
		{"route.gemengd", planning.Gemengd.Label(l)},
		{"route.techniekgedreven", planning.Techniekgedreven.Label(l)},
	}
	if r.Verdict == planning.VisieOntbreekt {
		f.Legend = append(f.Legend, LegendEntry{"route.visie_ontbreekt", planning.VisieOntbreekt.Label(l)})
	}
	f.Legend = append(f.Legend, LegendEntry{"threshold", label(l, "grenzen 0,5 en 0,8", "thresholds 0.5 and 0.8")})
	return f
}

// fitText is size, or the smaller size at which text is at most width wide
// by the estimate of TextWidth.
func fitText(text string, size float64, bold bool, width float64) float64 {
	if w := TextWidth(text, size, bold); w > width && w > 0 {
		return size * math.Max(width, 0) / w
	}
	return size
}

func clamp01(v float64) float64 {
	switch {
	case v < 0:
		return 0
	case v > 1:
		return 1
	}
	return v
}
