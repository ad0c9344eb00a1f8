package chart

import (
	"math"
	"strconv"

	"balansplan/model"
	"balansplan/planning"
)

// disagreementLayout is where the scale of the disagreement figure lies:
// from x0 (score 1) to x1 (score 5), rows from top down.
type disagreementLayout struct {
	x0, x1, top, rowH float64
}

func disagreementGeometry(box Box) disagreementLayout {
	top := 0.12 * box.H
	return disagreementLayout{
		x0: 0.28 * box.W, x1: 0.84 * box.W, top: top,
		// one row per bouwsteen and half a row's margin above and below
		rowH: (box.H - top) / float64(len(model.Blocks())+1),
	}
}

func (g disagreementLayout) x(score float64) float64 { return g.x0 + (g.x1-g.x0)*(score-1)/4 }

// DisagreementPoint is where a mean score (1..5) lies in row i (0 = visie,
// model order) of the disagreement figure: score 1 at 28% of the width,
// score 5 at 84%, rows below a header of 12% of the height.
func DisagreementPoint(box Box, i int, score float64) Point {
	g := disagreementGeometry(box)
	return Point{g.x(score), g.top + g.rowH*(float64(i)+0.75)}
}

// Disagreement draws, per bouwsteen (one row each, in model order), where
// the leaders (schoolleider and bestuurder pooled) and the teachers stand
// now on one scale of 1 to 5, as a dumbbell: a dot per group
// ("leaders.visie", "teachers.visie"), joined by a line ("gap.visie") that
// is red ("over") where planning reports assessment_divergence
// (BlockLevel.Divergence), with the difference, leaders minus teachers,
// right of the scale ("gaptext.visie", red and bold when it diverges).
// Behind them: a vertical gridline per score ("grid.1" .. "grid.5") with
// its number on top ("tick.1" ..), and the block's name left of its row
// ("label.visie"). A group that gave no score for a block has no dot
// there, and the line and the difference need both groups. Whether any
// block has both groups is for the caller to say (nothing to compare
// draws the scale alone).
func Disagreement(a *planning.Analysis, l model.Lang, box Box) Figure {
	f := Figure{Box: box}
	m := box.min()
	g := disagreementGeometry(box)
	text := math.Min(0.055*m, 0.03*box.W) // "infrastructuur" fits left of x0
	for k := 1; k <= 5; k++ {
		x, n := g.x(float64(k)), strconv.Itoa(k)
		f.line("grid."+n, Point{x, g.top}, Point{x, box.H - g.rowH/2}, "grid", 0.003*m)
		f.text("tick."+n, Point{x, g.top - 0.02*m}, n, text*0.8, AlignMiddle, VAlignBottom, "text.muted")
	}
	for i, b := range model.Blocks() {
		bl := a.Levels.Block(b)
		id := string(b)
		y := DisagreementPoint(box, i, 1).Y
		f.text("label."+id, Point{g.x0 - 0.04*m, y}, ShortLabel(b, l), text, AlignEnd, VAlignMiddle, "text")
		leaders, teachers, _ := bl.LeadersAndTeachers()
		ld, tc := leaders.Level(), teachers.Level()
		if gap, diverges := bl.Divergence(); gap.Known {
			colour := "axis"
			if diverges {
				colour = "over"
			}
			f.line("gap."+id, Point{g.x(tc.Value), y}, Point{g.x(ld.Value), y}, colour, 0.012*m)
			s := Shape{Kind: KindText, ID: "gaptext." + id, Points: []Point{{g.x1 + 0.05*m, y}}, Text: signed(gap.Value, l),
				Size: text, Align: AlignStart, VAlign: VAlignMiddle, Fill: "text", Bold: diverges}
			if diverges {
				s.Fill = "over"
			}
			f.add(s)
		}
		if tc.Known {
			f.add(Shape{Kind: KindCircle, ID: "teachers." + id, Points: []Point{{g.x(tc.Value), y}}, R: 0.022 * m, Fill: "role.leraar"})
		}
		if ld.Known {
			f.add(Shape{Kind: KindCircle, ID: "leaders." + id, Points: []Point{{g.x(ld.Value), y}}, R: 0.022 * m, Fill: "role.schoolleider"})
		}
	}
	f.Legend = []LegendEntry{
		{"role.schoolleider", label(l, "leiding (schoolleider, bestuurder)", "leaders (school leader, board)")},
		{"role.leraar", label(l, "leraren", "teachers")},
		{"over", label(l, "verschil van "+planning.FormatNumber(planning.DivergenceThreshold, 1, l)+" punten of meer",
			"difference of "+planning.FormatNumber(planning.DivergenceThreshold, 1, l)+" points or more")},
	}
	return f
}

// signed writes a difference with its sign, as a reader compares it:
// "+1,5", "−0,5" (a true minus sign), "0".
func signed(v float64, l model.Lang) string {
	switch s := planning.FormatNumber(math.Abs(v), 1, l); {
	case s == "0":
		return "0"
	case v > 0:
		return "+" + s
	default:
		return "−" + s
	}
}
