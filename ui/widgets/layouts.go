package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// FlowLayout places its objects side by side at their minimum size and
// goes on at the next line when the width runs out, like words.
type FlowLayout struct{ width, gap float32 }

// NewFlowLayout makes a flow layout.
func NewFlowLayout() *FlowLayout { return &FlowLayout{} }

// NewButtonRow is a flow layout with the theme's padding between its
// objects: a row of buttons that goes on at the next line where the
// window is narrow, instead of making the screen wider.
func NewButtonRow() *FlowLayout { return &FlowLayout{gap: theme.Padding()} }

func (f *FlowLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	f.width = size.Width
	x, y, line := float32(0), float32(0), float32(0)
	for _, o := range objs {
		m := o.MinSize()
		if x > 0 && x+m.Width > size.Width {
			x, y, line = 0, y+line+f.gap, 0
		}
		o.Move(fyne.NewPos(x, y))
		o.Resize(m)
		x += m.Width + f.gap
		if m.Height > line {
			line = m.Height
		}
	}
}

// MinSize is as high as the lines the last width given needs, so that the
// legend wraps; before the first layout, one line.
func (f *FlowLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var w, h, x, line float32
	for _, o := range objs {
		m := o.MinSize()
		if m.Width > w {
			w = m.Width
		}
		if f.width > 0 && x > 0 && x+m.Width > f.width {
			h += line + f.gap
			x, line = 0, 0
		}
		x += m.Width + f.gap
		if m.Height > line {
			line = m.Height
		}
	}
	return fyne.NewSize(w, h+line)
}

// MaxWidthLayout gives its objects the whole height and at most max of the
// width, centred.
type MaxWidthLayout struct{ max float32 }

// NewMaxWidthLayout gives its objects at most max of the width.
func NewMaxWidthLayout(max float32) *MaxWidthLayout { return &MaxWidthLayout{max: max} }

func (m *MaxWidthLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	w := size.Width
	if w > m.max {
		w = m.max
	}
	for _, o := range objs {
		o.Move(fyne.NewPos((size.Width-w)/2, 0))
		o.Resize(fyne.NewSize(w, size.Height))
	}
}

func (m *MaxWidthLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objs {
		s = s.Max(o.MinSize())
	}
	return s
}

// FractionLayout gives its first object the fraction f of the width (a
// bar behind the row) and every other object the whole size.
type FractionLayout struct{ f float32 }

// NewFractionLayout gives the first object the fraction f of the width.
func NewFractionLayout(f float32) *FractionLayout { return &FractionLayout{f: f} }

func (l *FractionLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for i, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		if i == 0 {
			o.Resize(fyne.NewSize(size.Width*l.f, size.Height))
			continue
		}
		o.Resize(size)
	}
}

func (l *FractionLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objs[1:] {
		s = s.Max(o.MinSize())
	}
	return s
}

// ColumnsLayout puts its objects in as many columns of equal width as fit
// (each at least min wide, at most max columns), row under row, so that
// figures stand side by side on a wide window and under each other on a
// laptop instead of making the screen wider than the window.
type ColumnsLayout struct {
	min   float32
	max   int
	width float32 // the width last laid out in
}

// NewColumnsLayout makes a ColumnsLayout.
func NewColumnsLayout(min float32, max int) *ColumnsLayout { return &ColumnsLayout{min: min, max: max} }

func (c *ColumnsLayout) columns(width float32, objs []fyne.CanvasObject) int {
	least := c.min
	for _, o := range objs {
		least = max(least, o.MinSize().Width)
	}
	pad := theme.Padding()
	n := int((width + pad) / (least + pad))
	return max(1, min(n, c.max))
}

func (c *ColumnsLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	c.width = size.Width
	n := c.columns(size.Width, objs)
	pad := theme.Padding()
	w := (size.Width - pad*float32(n-1)) / float32(n)
	var y float32
	for start := 0; start < len(objs); start += n {
		row := objs[start:min(start+n, len(objs))]
		var h float32
		for _, o := range row {
			h = max(h, o.MinSize().Height)
		}
		for i, o := range row {
			o.Move(fyne.NewPos(float32(i)*(w+pad), y))
			o.Resize(fyne.NewSize(w, h))
		}
		y += h + pad
	}
}

// MinSize is one column wide; it is as high as the rows need at the
// width last given (before the first layout, in one row).
func (c *ColumnsLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var w float32
	for _, o := range objs {
		w = max(w, o.MinSize().Width)
	}
	w = max(w, c.min)
	n := c.max
	if c.width > 0 {
		n = c.columns(c.width, objs)
	}
	pad := theme.Padding()
	var h float32
	for start := 0; start < len(objs); start += n {
		var rh float32
		for _, o := range objs[start:min(start+n, len(objs))] {
			rh = max(rh, o.MinSize().Height)
		}
		if start > 0 {
			h += pad
		}
		h += rh
	}
	return fyne.NewSize(w, h)
}
