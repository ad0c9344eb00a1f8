package widgets

import (
	"image/color"
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// The WCAG formula itself, against figures worked out by hand: black on
// white is (1+0.05)/(0+0.05) = 21; fyne's light grey #565656 (luminance
// ((0x56/255+0.055)/1.055)^2.4 = 0.0931) on its dark background #171718
// (0.00844) is (0.0931+0.05)/(0.00844+0.05) = 2.45, the 2.4:1 of issue 11.
func TestContrastIsWCAGs(t *testing.T) {
	near := func(got, want float64) bool { return math.Abs(got-want) < 0.01 }
	if got := Contrast(color.Black, color.White); !near(got, 21) {
		t.Errorf("black on white: %.3f, want 21", got)
	}
	grey := color.NRGBA{0x56, 0x56, 0x56, 0xff}
	dark := color.NRGBA{0x17, 0x17, 0x18, 0xff}
	if got := Contrast(grey, dark); !near(got, 2.45) {
		t.Errorf("#565656 on #171718: %.3f, want 2.45", got)
	}
	// Half-transparent black over white is #808080 (0x7f.8 rounds up).
	if got := Composite(color.NRGBA{0, 0, 0, 0x80}, color.White).(color.NRGBA); got.R != 0x7f {
		t.Errorf("half black over white: %v, want #7f7f7f", got)
	}
}

// Issue 11, defect 3: every text colour of the main window's theme, in
// both variants, and of the presentation meets WCAG AA (4.5:1) on every
// background it is drawn on; greyed-out texts at least 3:1. fyne's
// default theme fails this (placeholders 3.2:1, red texts 3.7:1, green
// 1.5:1, button blue 3.1:1).
func TestEveryThemeTextMeetsAA(t *testing.T) {
	test.NewTempApp(t)
	themes := map[string]fyne.Theme{
		"app, system": NewAppTheme(nil, LookSystem, 1),
		"app, light":  NewAppTheme(nil, LookLight, 1),
		"app, dark":   NewAppTheme(nil, LookDark, 1),
		// The presentation over a dark main window stays light.
		"presentation": NewLargeTheme(NewAppTheme(nil, LookDark, 1)),
	}
	for name, th := range themes {
		for _, v := range []fyne.ThemeVariant{theme.VariantLight, theme.VariantDark} {
			for _, p := range TextPairs {
				min := 4.5
				if p.Text == theme.ColorNameDisabled {
					min = 3
				}
				if got := PairContrast(th, p, v); got < min {
					t.Errorf("%s, variant %d: %s on %s%s is %.2f:1, want at least %.1f:1",
						name, v, p.Text, p.Background, over(p), got, min)
				}
			}
		}
	}
}

func over(p TextPair) string {
	if p.Over == "" {
		return ""
	}
	return " over " + string(p.Over)
}

// The presentation is light whatever the main window's look: its
// foreground is dark on light paper in either variant.
func TestThePresentationIsLightInEitherVariant(t *testing.T) {
	th := NewLargeTheme(NewAppTheme(nil, LookDark, 1))
	for _, v := range []fyne.ThemeVariant{theme.VariantLight, theme.VariantDark} {
		fg, bg := th.Color(theme.ColorNameForeground, v), th.Color(theme.ColorNameBackground, v)
		if Luminance(bg) < 0.9 || Luminance(fg) > 0.1 {
			t.Errorf("variant %d: foreground %v on background %v, want dark on light", v, fg, bg)
		}
	}
}

// The look chosen in the menu wins over the system's variant; the text
// scale multiplies every text size and nothing else.
func TestTheAppThemeFollowsTheLookAndTheTextSize(t *testing.T) {
	base := theme.DefaultTheme()
	dark := NewAppTheme(base, LookDark, 1.5)
	if got := dark.Color(theme.ColorNameBackground, theme.VariantLight); got != base.Color(theme.ColorNameBackground, theme.VariantDark) {
		t.Errorf("dark look asked for light: background %v", got)
	}
	light := NewAppTheme(base, LookLight, 1)
	if got := light.Color(theme.ColorNameBackground, theme.VariantDark); got != base.Color(theme.ColorNameBackground, theme.VariantLight) {
		t.Errorf("light look asked for dark: background %v", got)
	}
	sys := NewAppTheme(base, LookSystem, 1)
	if got := sys.Color(theme.ColorNameBackground, theme.VariantDark); got != base.Color(theme.ColorNameBackground, theme.VariantDark) {
		t.Errorf("system look asked for dark: background %v", got)
	}
	if got, want := dark.Size(theme.SizeNameText), base.Size(theme.SizeNameText)*1.5; got != want {
		t.Errorf("text size at 150%%: %v, want %v", got, want)
	}
	if got, want := dark.Size(theme.SizeNamePadding), base.Size(theme.SizeNamePadding); got != want {
		t.Errorf("padding at 150%%: %v, want %v", got, want)
	}
	for in, want := range map[float32]float32{0: 1, 0.5: 0.8, 1.04: 1, 1.26: 1.3, 9: 2} {
		if got := ClampTextScale(in); math.Abs(float64(got-want)) > 1e-6 {
			t.Errorf("ClampTextScale(%v) = %v, want %v", in, got, want)
		}
	}
	if ParseLook("paars") != LookSystem || ParseLook("dark") != LookDark {
		t.Error("ParseLook")
	}
}
