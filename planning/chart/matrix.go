package chart

import (
	"math"
	"strconv"

	"balansplan/model"
	"balansplan/planning"
)

// matrixGrid is the area of the 3x3 grid inside the box: left, top and
// the size of one cell.
func matrixGrid(box Box) (left, top, cw, ch float64) {
	left, top = 0.30*box.W, 0.10*box.H
	right, bottom := 0.03*box.W, 0.16*box.H
	return left, top, (box.W - left - right) / 3, (box.H - top - bottom) / 3
}

// MatrixCellCentre is the centre of the cell for a teaching index (row,
// 0 at the bottom) and a material index (column, 0 at the left). With the
// teaching form on the vertical axis, cells above the diagonal are those
// where the teaching runs ahead of the material (onderwijs_voor) and cells
// below it those where the technology runs ahead (techniek_voor), as in the
// model's balance diagram.
func MatrixCellCentre(box Box, teaching, material int) Point {
	left, top, cw, ch := matrixGrid(box)
	return Point{left + (float64(material)+0.5)*cw, top + (2-float64(teaching)+0.5)*ch}
}

// Matrix draws the balance matrix: nine cells ("cell.<teaching>.<material>",
// filled by their class: "cell.in_balans", "cell.onderwijs_voor",
// "cell.techniek_voor", "cell.mismatch"), the diagonal balance line
// ("diagonal"), the axis labels, the current position ("now") and the goal
// ("goal") as markers at cell centres, and an arrow from now to goal
// ("arrow", ending at the edge of the goal marker, with "arrow.head").
// When now and goal share a cell the two markers sit side by side and there
// is no arrow.
func Matrix(a *planning.Analysis, l model.Lang, box Box) Figure {
	f := Figure{Box: box}
	s := box.min()
	left, top, cw, ch := matrixGrid(box)
	teachings, materials := model.Teachings(), model.Materials()
	for ti, t := range teachings {
		for mi, m := range materials {
			c := MatrixCellCentre(box, ti, mi)
			class := planning.Cell{Teaching: t, Material: m}.Balance()
			f.rect("cell."+strconv.Itoa(ti)+"."+strconv.Itoa(mi), c.X-cw/2, c.Y-ch/2, c.X+cw/2, c.Y+ch/2,
				"cell."+string(class), "grid", 0.003*s)
		}
	}
	f.line("diagonal", Point{left, top + 3*ch}, Point{left + 3*cw, top}, "diagonal", 0.008*s)
	size := 0.032 * s
	for mi, m := range materials {
		c := MatrixCellCentre(box, 0, mi)
		for k, line := range twoLines(m.Label(l)) {
			f.text(lineID("label.material."+string(m), k), Point{c.X, top + 3*ch + 0.02*box.H + float64(k)*1.2*size}, line, size, AlignMiddle, VAlignTop, "text")
		}
	}
	for ti, t := range teachings {
		c := MatrixCellCentre(box, ti, 0)
		lines := twoLines(t.Label(l))
		for k, line := range lines {
			y := c.Y + (float64(k)-float64(len(lines)-1)/2)*1.2*size
			f.text(lineID("label.teaching."+string(t), k), Point{left - 0.02*box.W, y}, line, size, AlignEnd, VAlignMiddle, "text")
		}
	}
	f.text("title.material", Point{left + 1.5*cw, box.H - 0.005*box.H}, label(l, "leermateriaal", "learning material"), size, AlignMiddle, VAlignBottom, "text.muted")
	f.text("title.teaching", Point{left - 0.02*box.W, top - 0.02*box.H}, label(l, "onderwijsvorm", "form of education"), size, AlignEnd, VAlignBottom, "text.muted")

	pos := a.Position
	r := 0.06 * math.Min(cw, ch)
	nowOK, goalOK := pos.Now.Known(), pos.Goal.Known()
	var nowP, goalP Point
	if nowOK {
		nowP = MatrixCellCentre(box, pos.Now.Teaching.Index(), pos.Now.Material.Index())
	}
	if goalOK {
		goalP = MatrixCellCentre(box, pos.Goal.Teaching.Index(), pos.Goal.Material.Index())
	}
	if nowOK && goalOK && nowP == goalP {
		nowP.X -= 1.3 * r
		goalP.X += 1.3 * r
	} else if nowOK && goalOK {
		d := math.Hypot(goalP.X-nowP.X, goalP.Y-nowP.Y)
		tip := Point{goalP.X - (goalP.X-nowP.X)/d*r, goalP.Y - (goalP.Y-nowP.Y)/d*r}
		f.arrow("arrow", nowP, tip, "arrow", 0.008*s, 0.04*s)
	}
	if nowOK {
		f.add(Shape{Kind: KindCircle, ID: "now", Points: []Point{nowP}, R: r, Fill: "now", Stroke: "background", Width: 0.004 * s})
	}
	if goalOK {
		f.add(Shape{Kind: KindCircle, ID: "goal", Points: []Point{goalP}, R: r, Fill: "goal", Stroke: "background", Width: 0.004 * s})
	}
	f.Legend = []LegendEntry{
		{"now", label(l, "nu", "now") + ": " + pos.Now.Balance().Label(l)},
		{"goal", label(l, "doel", "goal") + ": " + pos.Goal.Balance().Label(l)},
		{"cell.in_balans", planning.InBalans.Label(l)},
		{"cell.onderwijs_voor", planning.OnderwijsVoor.Label(l)},
		{"cell.techniek_voor", planning.TechniekVoor.Label(l)},
		{"cell.mismatch", planning.Mismatch.Label(l)},
	}
	return f
}

// twoLines splits a label longer than 14 characters at the space nearest
// its middle, so that axis labels fit under a cell; renderers draw one line
// per text shape.
func twoLines(s string) []string {
	r := []rune(s)
	if len(r) <= 14 {
		return []string{s}
	}
	best := -1
	for i, c := range r {
		if c == ' ' && (best < 0 || abs(i-len(r)/2) < abs(best-len(r)/2)) {
			best = i
		}
	}
	if best < 0 {
		return []string{s}
	}
	return []string{string(r[:best]), string(r[best+1:])}
}

// lineID names the k-th line of a label: the first keeps the label's ID,
// the next ones get ".2", ".3".
func lineID(id string, k int) string {
	if k == 0 {
		return id
	}
	return id + "." + strconv.Itoa(k+1)
}

func abs(i int) int {
	if i < 0 {
		return -i
	}
	return i
}
