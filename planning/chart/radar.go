package chart

import (
	"math"
	"strconv"

	"balansplan/model"
	"balansplan/planning"
)

// RadarAngle is the direction of axis i (0 = visie, model order) of the
// radar, in radians on the screen (y down): the first axis points up and
// the others follow clockwise, 72 degrees apart.
func RadarAngle(i int) float64 { return -math.Pi/2 + float64(i)*2*math.Pi/5 }

// radarGeometry is the centre and the radius of the outer ring (score 5):
// 0.36 of the smaller side, or less where the block names would not fit
// (issue 11: a radar in a narrow pane cut "deskundigheid" and
// "leiderschap"). The drawing shrinks, never the text, and the room is
// measured for the longer of the Dutch and English name, so that the
// geometry depends on the box alone and both languages draw the same radar.
func radarGeometry(box Box) (Point, float64) {
	c := Point{box.W / 2, box.H / 2}
	s := box.min()
	r := 0.36 * s
	size, gap, margin := radarLabelSize*s, radarLabelGap*s, 0.01*s
	h := textLine * size
	for i, b := range model.Blocks() {
		t := shortLabels[b]
		w := math.Max(TextWidth(t.NL, size, false), TextWidth(t.EN, size, false))
		al, va := radarLabelAlign(i)
		cos, sin := math.Cos(RadarAngle(i)), math.Sin(RadarAngle(i))
		// The label's anchor lies r+gap out along the axis; each side of
		// the label that moves outwards with r bounds r.
		switch al {
		case AlignStart:
			r = math.Min(r, (box.W-margin-w-c.X)/cos-gap)
		case AlignEnd:
			r = math.Min(r, (c.X-margin-w)/-cos-gap)
		}
		switch va {
		case VAlignBottom:
			r = math.Min(r, (c.Y-margin-h)/-sin-gap)
		case VAlignTop:
			r = math.Min(r, (box.H-margin-h-c.Y)/sin-gap)
		}
	}
	// A box too small for any radar still gets one, labels or not.
	return c, math.Max(r, 0.12*s)
}

// Text size of the block names and their distance beyond the outer ring,
// in parts of the box's smaller side.
const (
	radarLabelSize = 0.04
	radarLabelGap  = 0.05
)

// radarLabelAlign is how the name of axis i hangs from its anchor: away
// from the centre, so that it never covers the radar.
func radarLabelAlign(i int) (Align, VAlign) {
	ang := RadarAngle(i)
	al, va := AlignMiddle, VAlignMiddle
	switch cos := math.Cos(ang); {
	case cos > 0.1:
		al = AlignStart
	case cos < -0.1:
		al = AlignEnd
	}
	switch sin := math.Sin(ang); {
	case sin < -0.1:
		va = VAlignBottom
	case sin > 0.1:
		va = VAlignTop
	}
	return al, va
}

// RadarPoint is where a score (0..5) on axis i lies. Score 0 is the
// centre; ring k (1..5) lies at k/5 of the radius.
func RadarPoint(box Box, i int, score float64) Point {
	c, r := radarGeometry(box)
	a := RadarAngle(i)
	d := r * score / 5
	return Point{c.X + d*math.Cos(a), c.Y + d*math.Sin(a)}
}

// Radar draws the five bouwstenen as a radar: rings 1..5 ("ring.1" ..
// "ring.5"), an axis per block ("axis.visie"), its label ("label.visie"),
// the goal ("goal") and the current levels ("now") as filled polygons with
// a marker per block ("now.visie"), and one outline per role that took part
// ("role.leraar"). A block whose level is unknown (every answer "weet
// niet", or nobody scored it) is not drawn at the centre, which would read
// as the lowest score: the outline breaks there into polylines (dots for a
// lone known block), without fill, and the axis carries a muted "weet
// niet" ("now.unknown.inhoud") when the current level is unknown.
func Radar(a *planning.Analysis, l model.Lang, box Box) Figure {
	f := Figure{Box: box}
	s := box.min()
	c, r := radarGeometry(box)
	blocks := model.Blocks()
	thin, mid := 0.003*s, 0.006*s
	for k := 1; k <= 5; k++ {
		ring := Shape{Kind: KindPolygon, ID: "ring." + strconv.Itoa(k), Stroke: "grid", Width: thin}
		for i := range blocks {
			ring.Points = append(ring.Points, RadarPoint(box, i, float64(k)))
		}
		f.add(ring)
	}
	for i, b := range blocks {
		f.line("axis."+string(b), c, RadarPoint(box, i, 5), "axis", thin)
	}
	for k := 1; k <= 5; k++ {
		p := RadarPoint(box, 0, float64(k))
		f.text("ring.label."+strconv.Itoa(k), Point{p.X + 0.012*s, p.Y}, strconv.Itoa(k), 0.03*s, AlignStart, VAlignMiddle, "text.muted")
	}
	series := func(id, stroke, fill string, width float64, level func(planning.BlockLevel) planning.Level) {
		var pts [5]Point
		var known [5]bool
		n := 0
		for i, b := range blocks {
			v := level(a.Levels.Block(b))
			known[i], pts[i] = v.Known, RadarPoint(box, i, v.Value)
			if v.Known {
				n++
			}
		}
		switch n {
		case 0:
			return
		case len(blocks):
			f.add(Shape{Kind: KindPolygon, ID: id, Stroke: stroke, Fill: fill, Width: width, Points: pts[:]})
			return
		}
		// Some block is unknown ("weet niet", or nobody scored it). A 0
		// would pull the outline to the centre as if the school scored
		// lowest there, so the outline breaks instead: a polyline through
		// each run of adjacent known axes, a dot for a known axis between
		// two unknown ones, and no fill, which would run through the
		// centre. Every piece keeps the series' ID.
		for i := range blocks {
			if !known[i] || known[(i+4)%5] {
				continue // not the start of a run
			}
			run := []Point{}
			for j := i; known[j] && len(run) < 5; j = (j + 1) % 5 {
				run = append(run, pts[j])
			}
			if len(run) == 1 {
				f.add(Shape{Kind: KindCircle, ID: id, Points: run, R: math.Max(2*width, 0.01*s), Fill: stroke})
				continue
			}
			f.add(Shape{Kind: KindPolyline, ID: id, Stroke: stroke, Width: width, Points: run})
		}
	}
	series("goal", "goal", "goal.fill", mid, func(bl planning.BlockLevel) planning.Level { return bl.Goal.Level() })
	series("now", "now", "now.fill", mid, func(bl planning.BlockLevel) planning.Level { return bl.Now.Level() })
	f.Legend = append(f.Legend,
		LegendEntry{"now", label(l, "nu", "now")},
		LegendEntry{"goal", label(l, "doel", "goal")})
	for _, r := range model.Roles() {
		present := false
		for _, b := range blocks {
			for _, rl := range a.Levels.Block(b).ByRole {
				present = present || (rl.Role == r && rl.Now.Count > 0)
			}
		}
		if !present {
			continue
		}
		key := "role." + string(r)
		series(key, key, "", thin*1.5, func(bl planning.BlockLevel) planning.Level {
			for _, rl := range bl.ByRole {
				if rl.Role == r {
					return rl.Now.Level()
				}
			}
			return planning.Level{}
		})
		f.Legend = append(f.Legend, LegendEntry{key, r.Label(l) + " (" + label(l, "nu", "now") + ")"})
	}
	anyNow := false
	for _, b := range blocks {
		anyNow = anyNow || a.Levels.Block(b).Now.Level().Known
	}
	for i, b := range blocks {
		if v := a.Levels.Block(b).Now.Level(); v.Known {
			f.add(Shape{Kind: KindCircle, ID: "now." + string(b), Points: []Point{RadarPoint(box, i, v.Value)}, R: 0.012 * s, Fill: "now"})
		} else if anyNow {
			// The gap in the outline says why: nobody knows the level
			// now, halfway along the axis, well inside the box.
			f.text("now.unknown."+string(b), RadarPoint(box, i, 2.5), label(l, "weet niet", "don't know"), 0.03*s, AlignMiddle, VAlignMiddle, "text.muted")
		}
	}
	for i, b := range blocks {
		ang := RadarAngle(i)
		d := r + radarLabelGap*s
		al, va := radarLabelAlign(i)
		f.text("label."+string(b), Point{c.X + d*math.Cos(ang), c.Y + d*math.Sin(ang)}, ShortLabel(b, l), radarLabelSize*s, al, va, "text")
	}
	return f
}

func label(l model.Lang, nl, en string) string {
	if l == model.EN {
		return en
	}
	return nl
}

var shortLabels = map[model.Block]model.Text{
	model.BlockVisie:          {NL: "visie", EN: "vision"},
	model.BlockDeskundigheid:  {NL: "deskundigheid", EN: "expertise"},
	model.BlockInhoud:         {NL: "inhoud", EN: "content"},
	model.BlockInfrastructuur: {NL: "infrastructuur", EN: "infrastructure"},
	model.BlockLeiderschap:    {NL: "leiderschap", EN: "leadership"},
}

// ShortLabel is a one-word name of a bouwsteen for charts, where the full
// label ("leiderschap en samenwerking") does not fit.
func ShortLabel(b model.Block, l model.Lang) string {
	if t, ok := shortLabels[b]; ok {
		return t.In(l)
	}
	return string(b)
}
