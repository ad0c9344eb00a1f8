package form

import (
	"image/color"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"balansplan/model"
)

// Checklist asks which ict applications a participant uses at least
// weekly: one check box per application of model.Applications, in the
// contract's order, each with its one-line explanation, and a last box
// "none of these".
//
// It keeps "not asked" apart from "asked, none": the team profile counts
// only participants whose applications were recorded, so a list nobody
// touched must stay nil. Checking an application records the list;
// unchecking the last one leaves it recorded and empty (the box "none of
// these" shows that); checking "none of these" records the empty list on
// purpose, and unchecking it while nothing else is checked goes back to
// "not recorded". A line under the boxes says which of the three it is.
type Checklist struct {
	Box   *fyne.Container
	Items []*widget.Check // per application, in model.Applications order
	None  *widget.Check
	state *widget.Label
	t     func(key string, args ...any) string
	apps  []model.Application
	value []model.Application // nil: not recorded
	// OnChanged is called with the new list after the user checks or
	// unchecks a box (nil: not recorded); not when Set shows a list.
	OnChanged func(apps []model.Application)
	loading   bool
}

// NewChecklist builds an empty checklist (not recorded) in the user's
// language.
func NewChecklist(h interface {
	T(key string, args ...any) string
	Lang() model.Lang
}) *Checklist {
	l := h.Lang()
	c := &Checklist{t: h.T, apps: model.Applications(), Box: container.NewVBox()}
	for i, a := range c.apps {
		i := i
		chk := widget.NewCheck(a.Label(l), func(on bool) { c.toggle(i, on) })
		c.Items = append(c.Items, chk)
		c.Box.Add(container.New(layout.NewCustomPaddedVBoxLayout(0), chk, explanation(a.Explanation(l))))
	}
	c.None = widget.NewCheck(h.T("applications.none"), func(on bool) { c.toggleNone(on) })
	c.state = widget.NewLabel("")
	c.state.Wrapping = fyne.TextWrapWord
	c.state.TextStyle.Italic = true
	c.Box.Add(c.None)
	c.Box.Add(c.state)
	c.show()
	return c
}

// Value is the list the boxes show: nil when not recorded.
func (c *Checklist) Value() []model.Application { return slices.Clone(c.value) }

// Set shows a list (nil: not recorded) without calling OnChanged.
func (c *Checklist) Set(apps []model.Application) {
	if apps == nil {
		c.value = nil
	} else {
		c.value = append([]model.Application{}, apps...)
	}
	c.show()
}

func (c *Checklist) show() {
	c.loading = true
	defer func() { c.loading = false }()
	for i, a := range c.apps {
		if on := slices.Contains(c.value, a); c.Items[i].Checked != on {
			c.Items[i].SetChecked(on)
		}
	}
	none := c.value != nil && len(c.value) == 0
	if c.None.Checked != none {
		c.None.SetChecked(none)
	}
	switch {
	case c.value == nil:
		c.state.SetText(c.t("applications.unrecorded"))
	case len(c.value) == 0:
		c.state.SetText(c.t("applications.recorded.none"))
	default:
		c.state.SetText(c.t("applications.recorded", len(c.value)))
	}
}

func (c *Checklist) toggle(i int, on bool) {
	if c.loading {
		return
	}
	var next []model.Application
	for j, a := range c.apps {
		if (j == i && on) || (j != i && slices.Contains(c.value, a)) {
			next = append(next, a)
		}
	}
	if next == nil {
		next = []model.Application{} // asked, and now none: still recorded
	}
	c.change(next)
}

func (c *Checklist) toggleNone(on bool) {
	if c.loading {
		return
	}
	if on {
		c.change([]model.Application{})
		return
	}
	c.change(nil) // "none of these" taken back: not recorded
}

func (c *Checklist) change(next []model.Application) {
	c.value = next
	c.show()
	if c.OnChanged != nil {
		c.OnChanged(slices.Clone(next))
	}
}

// explanation is a line that says what a choice means, in smaller italic
// type under it, indented to the choice's text.
func explanation(text string) fyne.CanvasObject {
	ex := widget.NewLabel(text)
	ex.Wrapping = fyne.TextWrapWord
	ex.SizeName = theme.SizeNameCaptionText
	ex.TextStyle.Italic = true
	indent := canvas.NewRectangle(color.Transparent)
	indent.SetMinSize(fyne.NewSize(theme.IconInlineSize()+theme.Padding(), 0))
	return container.NewBorder(nil, nil, indent, nil, ex)
}
