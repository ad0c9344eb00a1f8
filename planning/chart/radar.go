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

// radarGeometry is the centre and the radius of the outer ring (score 5).
func radarGeometry(box Box) (Point, float64) {
	return Point{box.W / 2, box.H / 2}, 0.36 * box.min()
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
// ("role.leraar"). A block nobody scored is drawn at the centre.
func Radar(a *planning.Analysis, l model.Lang, box Box) Figure {
	f := Figure{Box: box}
	s := box.min()
	c, _ := radarGeometry(box)
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
		sh := Shape{Kind: KindPolygon, ID: id, Stroke: stroke, Fill: fill, Width: width}
		anyKnown := false
		for i, b := range blocks {
			v := level(a.Levels.Block(b))
			anyKnown = anyKnown || v.Known
			sh.Points = append(sh.Points, RadarPoint(box, i, v.Value))
		}
		if anyKnown {
			f.add(sh)
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
	for i, b := range blocks {
		if v := a.Levels.Block(b).Now.Level(); v.Known {
			f.add(Shape{Kind: KindCircle, ID: "now." + string(b), Points: []Point{RadarPoint(box, i, v.Value)}, R: 0.012 * s, Fill: "now"})
		}
	}
	for i, b := range blocks {
		ang := RadarAngle(i)
		p := RadarPoint(box, i, 5)
		p = Point{p.X + 0.05*s*math.Cos(ang), p.Y + 0.05*s*math.Sin(ang)}
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
		f.text("label."+string(b), p, ShortLabel(b, l), 0.04*s, al, va, "text")
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
