package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// FitTable puts a table in a container whose layout gives the table's
// columns the width there is: each column its wanted width when they all
// fit, else every column gives up part of what it has above its minimum,
// in proportion, until the table fits (a column never goes below its
// minimum: amounts are not cut). So a table shows its last column without
// scrolling sideways where its minimums allow (issue 11: at 1024x640).
// Want and Min are read at every layout, so a screen may change them.
type FitTable struct {
	Table     *widget.Table
	Want, Min []float32
	set       []float32 // the widths set last
}

// NewFitTable wraps t; want and min give each column's width.
func NewFitTable(t *widget.Table, want, min []float32) (*FitTable, fyne.CanvasObject) {
	f := &FitTable{Table: t, Want: want, Min: min}
	return f, container.New(f, t)
}

// Layout sets the column widths for the width and lays the table out.
func (f *FitTable) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	// The table keeps room for its vertical scroll bar and puts the
	// theme's padding after each column.
	ws := FitWidths(f.Want, f.Min, size.Width-theme.ScrollBarSize()-float32(len(f.Want))*theme.Padding())
	for i, w := range ws {
		if i >= len(f.set) || f.set[i] != w {
			f.Table.SetColumnWidth(i, w)
		}
	}
	f.set = ws
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

// MinSize is the table's.
func (f *FitTable) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var m fyne.Size
	for _, o := range objs {
		m = m.Max(o.MinSize())
	}
	return m
}

// FitWidths shares avail over columns that want want and need at least
// min: want when it all fits, else each column gives the same part of its
// room above its minimum, as much as it takes to fit (all of it when even
// the minimums do not fit).
func FitWidths(want, min []float32, avail float32) []float32 {
	out := make([]float32, len(want))
	var total, slack float32
	for i, w := range want {
		m := w
		if i < len(min) && min[i] < w {
			m = min[i]
		}
		total += w
		slack += w - m
	}
	need := total - avail
	f := float32(0)
	if need > 0 && slack > 0 {
		f = need / slack
		if f > 1 {
			f = 1
		}
	}
	for i, w := range want {
		m := w
		if i < len(min) && min[i] < w {
			m = min[i]
		}
		out[i] = w - (w-m)*f
	}
	return out
}

// Widths are the column widths set at the last layout.
func (f *FitTable) Widths() []float32 { return f.set }
