package chart

import (
	"math"
	"strconv"

	"balansplan/model"
	"balansplan/planning"
)

// maturityLayout is where the scale of the maturity chart lies: from x0
// (level 1) to x1 (level 5), one row per domain below a header.
type maturityLayout struct {
	x0, x1, top, rowH float64
}

func maturityGeometry(box Box, rows int) maturityLayout {
	top := 0.12 * box.H
	return maturityLayout{x0: 0.40 * box.W, x1: 0.90 * box.W, top: top, rowH: (box.H - top) / float64(max(rows, 1))}
}

func (g maturityLayout) x(level int) float64 {
	return g.x0 + (g.x1-g.x0)*float64(level-model.MinMaturity)/float64(model.MaxMaturity-model.MinMaturity)
}

// MaturityPoint is where level (1 to 5) lies in row i (0 = the register's
// first domain) of a maturity chart of rows rows: level 1 at 40% of the
// width, level 5 at 90%, each row's middle, below a header of 12% of the
// height.
func MaturityPoint(box Box, rows, i, level int) Point {
	g := maturityGeometry(box, rows)
	return Point{g.x(level), g.top + g.rowH*(float64(i)+0.5)}
}

// Maturity draws the maturity register (planning.MaturityRegister), one
// row per domain in the register's order, numbered from 1: the domain's
// name left of the scale ("label.1", "Toegang: Wachtwoorden", cut to its
// column), a dot for the current level ("current.1", colour "now") and a
// ring for the target ("target.1", "goal"), joined by a line ("gap.1")
// that is red ("over") when the domain is below target with no investment
// (the finding maturity_below_target), else grey. A domain not yet
// assessed has only its ring and the words "niet beoordeeld" / "not
// assessed" at level 1 ("unassessed.1"). Behind them: a vertical gridline
// per level ("grid.1" .. "grid.5") with its number on top ("tick.1" ..),
// and the sector's minimum, level 3, as a darker line ("minimum"). An
// empty register draws the scale alone.
func Maturity(p *model.Plan, l model.Lang, box Box) Figure {
	f := Figure{Box: box}
	rows := planning.MaturityRegister(p)
	m := box.min()
	g := maturityGeometry(box, len(rows))
	text := math.Min(0.045*m, 0.6*g.rowH)
	bottom := g.top + g.rowH*float64(max(len(rows), 1))
	for k := model.MinMaturity; k <= model.MaxMaturity; k++ {
		x, n := g.x(k), strconv.Itoa(k)
		f.line("grid."+n, Point{x, g.top}, Point{x, bottom}, "grid", 0.003*m)
		f.text("tick."+n, Point{x, g.top - 0.02*m}, n, math.Min(0.045*m, 0.04*box.H), AlignMiddle, VAlignBottom, "text.muted")
	}
	xm := g.x(model.DefaultTarget)
	f.line("minimum", Point{xm, g.top}, Point{xm, bottom}, "threshold", 0.006*m)
	labelW := g.x0 - 0.06*m - 0.01*box.W
	r := math.Min(0.022*m, 0.3*g.rowH)
	for i, row := range rows {
		id := strconv.Itoa(i + 1)
		y := MaturityPoint(box, len(rows), i, 1).Y
		name := row.Title
		if row.Domain != "" {
			name = row.Domain + ": " + row.Title
		}
		f.add(Shape{Kind: KindText, ID: "label." + id, Points: []Point{{g.x0 - 0.06*m, y}}, Text: fitWidth(name, text, labelW),
			Size: text, Align: AlignEnd, VAlign: VAlignMiddle, Fill: "text", MaxWidth: labelW})
		target := row.Target
		if target < model.MinMaturity || target > model.MaxMaturity {
			target = model.DefaultTarget // Validate refuses it; draw the default rather than off the scale
		}
		if row.Current >= model.MinMaturity && row.Current <= model.MaxMaturity {
			colour := "axis"
			if row.Unfunded {
				colour = "over"
			}
			f.line("gap."+id, Point{g.x(row.Current), y}, Point{g.x(target), y}, colour, 0.008*m)
			f.add(Shape{Kind: KindCircle, ID: "target." + id, Points: []Point{{g.x(target), y}}, R: r, Fill: "goal.fill", Stroke: "goal", Width: 0.006 * m})
			f.add(Shape{Kind: KindCircle, ID: "current." + id, Points: []Point{{g.x(row.Current), y}}, R: r * 0.8, Fill: "now"})
			continue
		}
		f.add(Shape{Kind: KindCircle, ID: "target." + id, Points: []Point{{g.x(target), y}}, R: r, Fill: "goal.fill", Stroke: "goal", Width: 0.006 * m})
		f.text("unassessed."+id, Point{g.x(model.MinMaturity), y}, label(l, "niet beoordeeld", "not assessed"), text*0.8, AlignStart, VAlignMiddle, "text.muted")
	}
	f.Legend = []LegendEntry{
		{"now", label(l, "niveau nu", "level now")},
		{"goal", label(l, "doelniveau", "target level")},
		{"over", label(l, "onder het doel zonder investering", "below target without an investment")},
		{"threshold", label(l, "minimum van de sector (niveau 3)", "the sector's minimum (level 3)")},
	}
	return f
}
