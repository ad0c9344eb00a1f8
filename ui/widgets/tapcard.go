package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// TapCard is a card that opens something when clicked, or when it has the
// keyboard focus and the user presses Space or Enter. The overview uses it
// so that every item leads to its subject with mouse and keyboard alike.
type TapCard struct {
	widget.BaseWidget
	Card     *widget.Card
	OnTapped func()

	focused, hovered bool
	frame            *canvas.Rectangle
}

var (
	_ fyne.Tappable      = (*TapCard)(nil)
	_ fyne.Focusable     = (*TapCard)(nil)
	_ desktop.Hoverable  = (*TapCard)(nil)
	_ desktop.Cursorable = (*TapCard)(nil)
)

// NewTapCard makes a card with a title, a subtitle and content.
func NewTapCard(title, subtitle string, content fyne.CanvasObject, tapped func()) *TapCard {
	c := &TapCard{Card: widget.NewCard(title, subtitle, content), OnTapped: tapped}
	c.ExtendBaseWidget(c)
	return c
}

// Tapped opens the card's subject.
func (c *TapCard) Tapped(*fyne.PointEvent) {
	if c.OnTapped != nil {
		c.OnTapped()
	}
}

// FocusGained shows the focus frame.
func (c *TapCard) FocusGained() { c.focused = true; c.Refresh() }

// FocusLost hides the focus frame.
func (c *TapCard) FocusLost() { c.focused = false; c.Refresh() }

// TypedRune opens the subject on Space.
func (c *TapCard) TypedRune(r rune) {
	if r == ' ' {
		c.Tapped(nil)
	}
}

// TypedKey opens the subject on Enter.
func (c *TapCard) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter {
		c.Tapped(nil)
	}
}

// MouseIn highlights the card.
func (c *TapCard) MouseIn(*desktop.MouseEvent) { c.hovered = true; c.Refresh() }

// MouseMoved does nothing.
func (c *TapCard) MouseMoved(*desktop.MouseEvent) {}

// MouseOut removes the highlight.
func (c *TapCard) MouseOut() { c.hovered = false; c.Refresh() }

// Cursor is the pointing hand, as on a link.
func (c *TapCard) Cursor() desktop.Cursor { return desktop.PointerCursor }

// CreateRenderer implements fyne.Widget.
func (c *TapCard) CreateRenderer() fyne.WidgetRenderer {
	c.frame = canvas.NewRectangle(theme.Color(theme.ColorNameHover))
	c.frame.CornerRadius = theme.Size(theme.SizeNameSelectionRadius)
	c.frame.StrokeWidth = 2
	r := &tapCardRenderer{c: c, WidgetRenderer: widget.NewSimpleRenderer(container.NewStack(c.frame, c.Card))}
	r.Refresh()
	return r
}

type tapCardRenderer struct {
	fyne.WidgetRenderer
	c *TapCard
}

func (r *tapCardRenderer) Refresh() {
	f := r.c.frame
	f.FillColor = theme.Color(theme.ColorNameBackground)
	if r.c.hovered {
		f.FillColor = theme.Color(theme.ColorNameHover)
	}
	f.StrokeColor = theme.Color(theme.ColorNameBackground)
	if r.c.focused {
		f.StrokeColor = theme.Color(theme.ColorNameFocus)
	}
	f.Refresh()
	r.WidgetRenderer.Refresh()
}
