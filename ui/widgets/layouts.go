package widgets

import "fyne.io/fyne/v2"

// FlowLayout places its objects side by side at their minimum size and
// goes on at the next line when the width runs out, like words.
type FlowLayout struct{ width float32 }

// NewFlowLayout makes a flow layout.
func NewFlowLayout() *FlowLayout { return &FlowLayout{} }

func (f *FlowLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	f.width = size.Width
	x, y, line := float32(0), float32(0), float32(0)
	for _, o := range objs {
		m := o.MinSize()
		if x > 0 && x+m.Width > size.Width {
			x, y, line = 0, y+line, 0
		}
		o.Move(fyne.NewPos(x, y))
		o.Resize(m)
		x += m.Width
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
			h += line
			x, line = 0, 0
		}
		x += m.Width
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
