package widgets

import (
	"image/color"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Look is the user's choice of light or dark: always light, always dark,
// or whatever the system says (fyne's settings).
type Look string

// The looks the View menu offers.
const (
	LookSystem Look = "system"
	LookLight  Look = "light"
	LookDark   Look = "dark"
)

// ParseLook reads a remembered look; anything unknown is LookSystem.
func ParseLook(s string) Look {
	switch Look(s) {
	case LookLight, LookDark:
		return Look(s)
	}
	return LookSystem
}

// Text sizes the user can step through with Ctrl+plus and Ctrl+minus:
// a factor on every text size of the theme.
const (
	MinTextScale  = 0.8
	MaxTextScale  = 2.0
	TextScaleStep = 0.1
)

// ClampTextScale keeps a text size within what the menu offers; a value
// that is not a number or out of range becomes the nearest allowed one
// (1 for nonsense), rounded to the step.
func ClampTextScale(f float32) float32 {
	if f != f || f <= 0 { // NaN or nonsense from the preferences
		return 1
	}
	if f < MinTextScale {
		f = MinTextScale
	}
	if f > MaxTextScale {
		f = MaxTextScale
	}
	return float32(int(f/TextScaleStep+0.5)) * TextScaleStep
}

// AppTheme is the main window's theme: fyne's default theme with colours
// that every text meets WCAG AA against (Accessible), in the variant the
// user chose (Look), with every text size times TextScale.
type AppTheme struct {
	base  fyne.Theme
	look  Look
	scale float32
}

// NewAppTheme is base (nil: fyne's default theme) in the given look with
// text sizes times scale (see ClampTextScale).
func NewAppTheme(base fyne.Theme, look Look, scale float32) *AppTheme {
	if base == nil {
		base = theme.DefaultTheme()
	}
	return &AppTheme{base: base, look: ParseLook(string(look)), scale: ClampTextScale(scale)}
}

// Look is the light or dark choice the theme follows.
func (t *AppTheme) Look() Look { return t.look }

// TextScale is the factor on every text size.
func (t *AppTheme) TextScale() float32 { return t.scale }

// Variant is the variant the theme draws in when fyne asks for v.
func (t *AppTheme) Variant(v fyne.ThemeVariant) fyne.ThemeVariant {
	switch t.look {
	case LookLight:
		return theme.VariantLight
	case LookDark:
		return theme.VariantDark
	}
	return v
}

// Color is the accessible colour n in the chosen variant.
func (t *AppTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	return Accessible(t.base, n, t.Variant(v))
}

// Font is the base theme's.
func (t *AppTheme) Font(s fyne.TextStyle) fyne.Resource { return t.base.Font(s) }

// Icon is the base theme's.
func (t *AppTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return t.base.Icon(n) }

// Size is the base theme's, text sizes (and the inline icons that stand
// in a line of text) times the text scale.
func (t *AppTheme) Size(n fyne.ThemeSizeName) float32 {
	if isTextSize(n) {
		return t.base.Size(n) * t.scale
	}
	return t.base.Size(n)
}

func isTextSize(n fyne.ThemeSizeName) bool {
	switch n {
	case theme.SizeNameText, theme.SizeNameSubHeadingText, theme.SizeNameHeadingText, theme.SizeNameCaptionText,
		theme.SizeNameInlineIcon:
		return true
	}
	return false
}

// accessible are the colours that replace fyne's default ones, per
// variant. fyne's own light theme draws placeholders at 3.2:1, red, green
// and orange texts at 1.5 to 3.7:1 and the blue of buttons at 3.1:1; on a
// projector that is unreadable. These are chosen so that every pair in
// TextPairs is at least 4.5:1 (WCAG AA for body text); the test computes
// it.
var accessible = map[fyne.ThemeVariant]map[fyne.ThemeColorName]color.NRGBA{
	theme.VariantLight: {
		theme.ColorNameForeground:          {0x26, 0x26, 0x26, 0xff},
		theme.ColorNamePlaceHolder:         {0x5e, 0x5e, 0x5e, 0xff},
		theme.ColorNameDisabled:            {0x6e, 0x6e, 0x6e, 0xff},
		theme.ColorNamePrimary:             {0x0b, 0x57, 0xd0, 0xff},
		theme.ColorNameHyperlink:           {0x0b, 0x57, 0xd0, 0xff},
		theme.ColorNameForegroundOnPrimary: {0xff, 0xff, 0xff, 0xff},
		theme.ColorNameError:               {0xb3, 0x26, 0x1e, 0xff},
		theme.ColorNameForegroundOnError:   {0xff, 0xff, 0xff, 0xff},
		theme.ColorNameSuccess:             {0x1e, 0x6b, 0x2a, 0xff},
		theme.ColorNameForegroundOnSuccess: {0xff, 0xff, 0xff, 0xff},
		theme.ColorNameWarning:             {0x8a, 0x4b, 0x00, 0xff},
		theme.ColorNameForegroundOnWarning: {0xff, 0xff, 0xff, 0xff},
		theme.ColorNameSelection:           {0x0b, 0x57, 0xd0, 0x33},
		theme.ColorNameFocus:               {0x0b, 0x57, 0xd0, 0x2a},
	},
	theme.VariantDark: {
		theme.ColorNameForeground:          {0xf3, 0xf3, 0xf3, 0xff},
		theme.ColorNamePlaceHolder:         {0xb2, 0xb2, 0xb2, 0xff},
		theme.ColorNameDisabled:            {0x9a, 0x9a, 0x9a, 0xff},
		theme.ColorNamePrimary:             {0x8a, 0xb4, 0xf8, 0xff},
		theme.ColorNameHyperlink:           {0x8a, 0xb4, 0xf8, 0xff},
		theme.ColorNameForegroundOnPrimary: {0x17, 0x17, 0x18, 0xff},
		theme.ColorNameError:               {0xf2, 0x8b, 0x82, 0xff},
		theme.ColorNameForegroundOnError:   {0x17, 0x17, 0x18, 0xff},
		theme.ColorNameSuccess:             {0x81, 0xc9, 0x95, 0xff},
		theme.ColorNameForegroundOnSuccess: {0x17, 0x17, 0x18, 0xff},
		theme.ColorNameWarning:             {0xfd, 0xd6, 0x63, 0xff},
		theme.ColorNameForegroundOnWarning: {0x17, 0x17, 0x18, 0xff},
		theme.ColorNameSelection:           {0x8a, 0xb4, 0xf8, 0x33},
		theme.ColorNameFocus:               {0x8a, 0xb4, 0xf8, 0x2a},
		theme.ColorNamePressed:             {0xff, 0xff, 0xff, 0x26},
	},
}

// Accessible is colour n of base in variant v, or its replacement where
// base's would make a text too faint (see accessible).
func Accessible(base fyne.Theme, n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if v != theme.VariantDark {
		v = theme.VariantLight
	}
	if c, ok := accessible[v][n]; ok {
		return c
	}
	return base.Color(n, v)
}

// TextPair is a text colour on a background colour, as fyne's widgets
// draw them: Over, when set, is an opaque colour under a translucent
// Background (a hovered row: the hover tint over the window's background).
type TextPair struct {
	Text, Background, Over fyne.ThemeColorName
}

// TextPairs are the text-on-background pairs fyne's widgets and
// Balansplan's screens draw: labels (plain, bold and the importance
// colours) on the window, cards, menus, dialogs and inputs; the
// placeholder in an input; the text of the coloured buttons; text in a
// hovered, pressed or selected row.
var TextPairs = []TextPair{
	{Text: theme.ColorNameForeground, Background: theme.ColorNameBackground},
	{Text: theme.ColorNameForeground, Background: theme.ColorNameButton},
	{Text: theme.ColorNameForeground, Background: theme.ColorNameInputBackground},
	{Text: theme.ColorNameForeground, Background: theme.ColorNameMenuBackground},
	{Text: theme.ColorNameForeground, Background: theme.ColorNameOverlayBackground},
	{Text: theme.ColorNameForeground, Background: theme.ColorNameHeaderBackground},
	{Text: theme.ColorNameForeground, Background: theme.ColorNameHover, Over: theme.ColorNameBackground},
	{Text: theme.ColorNameForeground, Background: theme.ColorNamePressed, Over: theme.ColorNameButton},
	{Text: theme.ColorNameForeground, Background: theme.ColorNameSelection, Over: theme.ColorNameBackground},
	{Text: theme.ColorNameForeground, Background: theme.ColorNameFocus, Over: theme.ColorNameInputBackground},
	{Text: theme.ColorNamePlaceHolder, Background: theme.ColorNameInputBackground},
	{Text: theme.ColorNamePrimary, Background: theme.ColorNameBackground},
	{Text: theme.ColorNameHyperlink, Background: theme.ColorNameBackground},
	{Text: theme.ColorNameError, Background: theme.ColorNameBackground},
	{Text: theme.ColorNameSuccess, Background: theme.ColorNameBackground},
	{Text: theme.ColorNameWarning, Background: theme.ColorNameBackground},
	{Text: theme.ColorNameForegroundOnPrimary, Background: theme.ColorNamePrimary},
	{Text: theme.ColorNameForegroundOnError, Background: theme.ColorNameError},
	{Text: theme.ColorNameForegroundOnSuccess, Background: theme.ColorNameSuccess},
	{Text: theme.ColorNameForegroundOnWarning, Background: theme.ColorNameWarning},
	// Disabled texts are exempt from WCAG's minimum (1.4.3), but a
	// greyed-out button must still be readable on a projector.
	{Text: theme.ColorNameDisabled, Background: theme.ColorNameBackground},
	{Text: theme.ColorNameDisabled, Background: theme.ColorNameDisabledButton},
}

// Contrast is the WCAG 2 contrast ratio of a and b (1 to 21); translucent
// colours must be composited first (Composite).
func Contrast(a, b color.Color) float64 {
	la, lb := Luminance(a), Luminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

// Luminance is the WCAG 2 relative luminance of c, ignoring its alpha.
func Luminance(c color.Color) float64 {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	lin := func(v uint8) float64 {
		s := float64(v) / 255
		if s <= 0.04045 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(n.R) + 0.7152*lin(n.G) + 0.0722*lin(n.B)
}

// Composite is top drawn over the opaque colour under.
func Composite(top, under color.Color) color.Color {
	t := color.NRGBAModel.Convert(top).(color.NRGBA)
	u := color.NRGBAModel.Convert(under).(color.NRGBA)
	a := float64(t.A) / 255
	mix := func(x, y uint8) uint8 { return uint8(float64(x)*a + float64(y)*(1-a) + 0.5) }
	return color.NRGBA{mix(t.R, u.R), mix(t.G, u.G), mix(t.B, u.B), 0xff}
}

// PairContrast is the contrast of pair p in theme th, variant v.
func PairContrast(th fyne.Theme, p TextPair, v fyne.ThemeVariant) float64 {
	bg := th.Color(p.Background, v)
	if p.Over != "" {
		bg = Composite(bg, th.Color(p.Over, v))
	}
	bg = Composite(bg, color.White) // a translucent background over nothing: paper
	// A translucent text colour is drawn over its background.
	return Contrast(Composite(th.Color(p.Text, v), bg), bg)
}

// LargeTheme is the theme of the presentation: the app's accessible
// colours in the light variant (charts are drawn on white paper and a
// projector shows light slides best), whatever the variant asked for, with
// every text and padding about twice as large so the back of the room can
// read it.
type LargeTheme struct{ base fyne.Theme }

// NewLargeTheme is base in its light variant with large type.
func NewLargeTheme(base fyne.Theme) *LargeTheme { return &LargeTheme{base: base} }

// Color is the accessible colour n, always in the light variant.
func (t *LargeTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	base := t.base
	if at, ok := base.(*AppTheme); ok {
		base = at.base // its look must not turn the slides dark
	}
	return Accessible(base, n, theme.VariantLight)
}

// Font is the base theme's, as it is.
func (t *LargeTheme) Font(s fyne.TextStyle) fyne.Resource { return t.base.Font(s) }

// Icon is the base theme's, as it is.
func (t *LargeTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return t.base.Icon(n) }

// LargeText is how much larger the presentation's type is.
const LargeText = 1.9

// Size is the base theme's, larger for texts and paddings.
func (t *LargeTheme) Size(n fyne.ThemeSizeName) float32 {
	switch n {
	case theme.SizeNameText, theme.SizeNameSubHeadingText, theme.SizeNameHeadingText, theme.SizeNameCaptionText,
		theme.SizeNameInlineIcon:
		return t.base.Size(n) * LargeText
	case theme.SizeNamePadding, theme.SizeNameInnerPadding, theme.SizeNameLineSpacing:
		return t.base.Size(n) * 1.5
	}
	return t.base.Size(n)
}
