package workshop

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Values of an answerScale besides 1..5.
const (
	scaleNone    = -1 // nothing chosen yet
	scaleUnknown = 0  // "weet niet"
)

// answerScale is one answer to a statement: 1 to 5 or "weet niet", shown
// as a row of six segments. The row is one focusable widget, so that Tab
// goes from answer to answer rather than through six buttons each; with
// the focus on it the keys 1 to 5 choose a score, 0, ? or w "weet niet",
// the arrow keys move the choice and Delete clears it. A click or tap
// chooses the segment under the pointer.
type answerScale struct {
	widget.BaseWidget

	unknown string // the label of "weet niet"
	value   int    // scaleNone, scaleUnknown or 1..5
	focused bool
	hovered int // the segment under the pointer, or -1

	// OnChanged is called after the user changed the value.
	OnChanged func(v int)
	// onFocus, when set, is called when the scale gets the focus (to
	// scroll it into view).
	onFocus func()
}

func newAnswerScale(unknown string, onChanged func(v int)) *answerScale {
	a := &answerScale{unknown: unknown, value: scaleNone, hovered: -1, OnChanged: onChanged}
	a.ExtendBaseWidget(a)
	return a
}

// Value is the chosen answer: scaleNone, scaleUnknown or 1..5.
func (a *answerScale) Value() int { return a.value }

// SetValue shows v without calling OnChanged.
func (a *answerScale) SetValue(v int) {
	if v < scaleNone || v > 5 {
		v = scaleNone
	}
	if a.value == v {
		return
	}
	a.value = v
	a.Refresh()
}

// choose sets v as the user's choice.
func (a *answerScale) choose(v int) {
	if v == a.value {
		return
	}
	a.SetValue(v)
	if a.OnChanged != nil {
		a.OnChanged(v)
	}
}

// segmentValue is the value of segment i: 1..5, then "weet niet".
func segmentValue(i int) int {
	if i < 5 {
		return i + 1
	}
	return scaleUnknown
}

func segmentOf(v int) int {
	switch {
	case v >= 1 && v <= 5:
		return v - 1
	case v == scaleUnknown:
		return 5
	}
	return -1
}

// Tapped chooses the segment under the pointer and takes the focus.
func (a *answerScale) Tapped(ev *fyne.PointEvent) {
	if i := a.segmentAt(ev.Position); i >= 0 {
		a.choose(segmentValue(i))
	}
	if c := fyne.CurrentApp().Driver().CanvasForObject(a); c != nil {
		c.Focus(a)
	}
}

func (a *answerScale) segmentAt(p fyne.Position) int {
	xs, ws := a.segments(a.Size().Width)
	for i := 0; i < 6; i++ {
		if p.X >= xs[i] && p.X < xs[i]+ws[i] {
			return i
		}
	}
	return -1
}

// MouseIn and the rest make the segment under the pointer light up.
func (a *answerScale) MouseIn(ev *desktop.MouseEvent) { a.MouseMoved(ev) }

// MouseMoved implements desktop.Hoverable.
func (a *answerScale) MouseMoved(ev *desktop.MouseEvent) {
	if i := a.segmentAt(ev.Position); i != a.hovered {
		a.hovered = i
		a.Refresh()
	}
}

// MouseOut implements desktop.Hoverable.
func (a *answerScale) MouseOut() {
	a.hovered = -1
	a.Refresh()
}

// FocusGained implements fyne.Focusable.
func (a *answerScale) FocusGained() {
	a.focused = true
	a.Refresh()
	if a.onFocus != nil {
		a.onFocus()
	}
}

// FocusLost implements fyne.Focusable.
func (a *answerScale) FocusLost() { a.focused = false; a.Refresh() }

// TypedRune chooses by digit: 1..5, or 0, ? and w for "weet niet".
func (a *answerScale) TypedRune(r rune) {
	switch {
	case r >= '1' && r <= '5':
		a.choose(int(r - '0'))
	case r == '0' || r == '?' || r == 'w' || r == 'W' || r == 'd' || r == 'D':
		a.choose(scaleUnknown)
	}
}

// TypedKey moves the choice with the arrow keys and clears it with
// Delete or Backspace.
func (a *answerScale) TypedKey(ev *fyne.KeyEvent) {
	i := segmentOf(a.value)
	switch ev.Name {
	case fyne.KeyRight:
		if i < 5 {
			a.choose(segmentValue(i + 1))
		}
	case fyne.KeyLeft:
		if i > 0 {
			a.choose(segmentValue(i - 1))
		} else if i < 0 {
			a.choose(1)
		}
	case fyne.KeyHome:
		a.choose(1)
	case fyne.KeyEnd:
		a.choose(scaleUnknown)
	case fyne.KeyDelete, fyne.KeyBackspace:
		a.choose(scaleNone)
	}
}

// segment sizes, in fyne units.
const (
	scaleSegment = 40
	scaleGap     = 4
)

// segments are the left edge and width of the six segments in a widget
// of width w: 1..5 equally wide, "weet niet" as wide as its label needs,
// all stretched alike to fill w.
func (a *answerScale) segments(w float32) (xs, ws [6]float32) {
	min := a.MinSize().Width
	k := float32(1)
	if w > min && min > 0 {
		k = w / min
	}
	x := float32(0)
	for i := 0; i < 6; i++ {
		sw := float32(scaleSegment)
		if i == 5 {
			sw = a.unknownWidth()
		}
		xs[i], ws[i] = x, sw*k
		x += (sw + scaleGap) * k
	}
	return xs, ws
}

func (a *answerScale) unknownWidth() float32 {
	th := a.Theme()
	m := fyne.MeasureText(a.unknown, th.Size(theme.SizeNameText), fyne.TextStyle{})
	return m.Width + 2*th.Size(theme.SizeNameInnerPadding)
}

// MinSize is six segments side by side.
func (a *answerScale) MinSize() fyne.Size {
	a.ExtendBaseWidget(a)
	th := a.Theme()
	h := fyne.MeasureText("5", th.Size(theme.SizeNameText), fyne.TextStyle{}).Height + 2*th.Size(theme.SizeNameInnerPadding)
	return fyne.NewSize(6*scaleGap+5*scaleSegment+a.unknownWidth()-scaleGap, h)
}

// CreateRenderer implements fyne.Widget.
func (a *answerScale) CreateRenderer() fyne.WidgetRenderer {
	r := &scaleRenderer{a: a}
	for i := 0; i < 6; i++ {
		bg := canvas.NewRectangle(color.Transparent)
		label := a.unknown
		if i < 5 {
			label = string(rune('1' + i))
		}
		t := canvas.NewText(label, color.Black)
		t.Alignment = fyne.TextAlignCenter
		r.bgs[i], r.texts[i] = bg, t
		r.objects = append(r.objects, bg, t)
	}
	r.Refresh()
	return r
}

type scaleRenderer struct {
	a       *answerScale
	bgs     [6]*canvas.Rectangle
	texts   [6]*canvas.Text
	objects []fyne.CanvasObject
}

func (r *scaleRenderer) Destroy() {}

func (r *scaleRenderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *scaleRenderer) MinSize() fyne.Size { return r.a.MinSize() }

func (r *scaleRenderer) Layout(size fyne.Size) {
	xs, ws := r.a.segments(size.Width)
	for i := 0; i < 6; i++ {
		w := ws[i]
		r.bgs[i].Move(fyne.NewPos(xs[i], 0))
		r.bgs[i].Resize(fyne.NewSize(w, size.Height))
		th := r.texts[i].MinSize().Height
		r.texts[i].Move(fyne.NewPos(xs[i], (size.Height-th)/2))
		r.texts[i].Resize(fyne.NewSize(w, th))
	}
}

func (r *scaleRenderer) Refresh() {
	th := r.a.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	chosen := segmentOf(r.a.value)
	for i := 0; i < 6; i++ {
		bg, t := r.bgs[i], r.texts[i]
		bg.CornerRadius = th.Size(theme.SizeNameInputRadius)
		bg.StrokeWidth = th.Size(theme.SizeNameInputBorder)
		bg.StrokeColor = th.Color(theme.ColorNameInputBorder, v)
		bg.FillColor = th.Color(theme.ColorNameInputBackground, v)
		t.Color = th.Color(theme.ColorNameForeground, v)
		t.TextStyle = fyne.TextStyle{}
		t.TextSize = th.Size(theme.SizeNameText)
		switch {
		case i == chosen:
			bg.FillColor = th.Color(theme.ColorNamePrimary, v)
			bg.StrokeColor = bg.FillColor
			t.Color = th.Color(theme.ColorNameForegroundOnPrimary, v)
			t.TextStyle = fyne.TextStyle{Bold: true}
		case i == r.a.hovered:
			bg.FillColor = th.Color(theme.ColorNameHover, v)
		}
		if r.a.focused {
			// A strong outline: the row with the focus must be easy to
			// find for whoever answers by keyboard.
			bg.StrokeColor = th.Color(theme.ColorNamePrimary, v)
			bg.StrokeWidth = 2 * th.Size(theme.SizeNameInputBorder)
			if i == chosen {
				bg.StrokeColor = th.Color(theme.ColorNameForeground, v)
			}
		}
		bg.Refresh()
		t.Refresh()
	}
	r.Layout(r.a.Size())
}

// keepVisible scrolls sc so that obj, somewhere inside its content, is in
// view: fyne's focus moves with Tab but the scroll does not follow it.
func keepVisible(sc *container.Scroll, obj fyne.CanvasObject) {
	d := fyne.CurrentApp().Driver()
	if d.CanvasForObject(obj) == nil || sc.Content == nil {
		return
	}
	y := d.AbsolutePositionForObject(obj).Y - d.AbsolutePositionForObject(sc.Content).Y
	h, view := obj.Size().Height, sc.Size().Height
	off := sc.Offset.Y
	switch {
	case y < off:
		off = y
	case y+h > off+view:
		off = y + h - view
	default:
		return
	}
	sc.ScrollToOffset(fyne.NewPos(sc.Offset.X, off))
}

// focusButton is a button that says when it gets the focus.
type focusButton struct {
	widget.Button
	onFocus func()
}

func newFocusButton(icon fyne.Resource, tapped func()) *focusButton {
	b := &focusButton{}
	b.Icon, b.OnTapped = icon, tapped
	b.ExtendBaseWidget(b)
	return b
}

// FocusGained implements fyne.Focusable.
func (b *focusButton) FocusGained() {
	b.Button.FocusGained()
	if b.onFocus != nil {
		b.onFocus()
	}
}

// TypedKey presses the button with space, as Button does, and keeps the
// focus on it: fyne's Button gives up the focus when pressed, which makes
// giving three points by keyboard a matter of Tab, space, Shift+Tab, ...
func (b *focusButton) TypedKey(ev *fyne.KeyEvent) {
	b.Button.TypedKey(ev)
	if ev.Name != fyne.KeySpace || b.Disabled() {
		return
	}
	if c := fyne.CurrentApp().Driver().CanvasForObject(b); c != nil {
		c.Focus(b)
	}
}
