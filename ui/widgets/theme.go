package widgets

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// LargeTheme is the theme of the presentation: the app's theme in its
// light variant (charts are drawn on white paper and a projector shows
// light slides best), with every text and padding about twice as large so
// the back of the room can read it.
type LargeTheme struct{ base fyne.Theme }

// NewLargeTheme is base in its light variant with large type.
func NewLargeTheme(base fyne.Theme) *LargeTheme { return &LargeTheme{base: base} }

// Color is the base theme's, always in the light variant.
func (t *LargeTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return t.base.Color(n, theme.VariantLight)
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
