package shell

import (
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"

	"balansplan/model"
	"balansplan/ui/widgets"
)

// Preference keys. Values are read with a fallback and written at once.
const (
	prefLang    = "lang"    // "nl" or "en"
	prefRecent  = "recent"  // plan files, most recent first
	prefStarted = "started" // true once the first start has offered the demo
	prefLook    = "look"    // "light", "dark" or "system" (widgets.Look)
	prefText    = "textscale"
	prefWidth   = "window.width" // the window's size when it was last closed
	prefHeight  = "window.height"
)

// maxRecent is how many plan files Open recent lists.
const maxRecent = 8

// prefs are the user's preferences: language, recent files and whether the
// program has started before.
type prefs struct{ p fyne.Preferences }

func (p prefs) lang() model.Lang {
	l, ok := model.ParseLang(p.p.StringWithFallback(prefLang, string(model.NL)))
	if !ok {
		return model.NL
	}
	return l
}

func (p prefs) setLang(l model.Lang) { p.p.SetString(prefLang, string(l)) }

// recent lists the plan files opened last, most recent first.
func (p prefs) recent() []string { return p.p.StringListWithFallback(prefRecent, nil) }

// last is the plan file opened last, or "".
func (p prefs) last() string {
	if r := p.recent(); len(r) > 0 {
		return r[0]
	}
	return ""
}

// remember puts path at the front of the recent files.
func (p prefs) remember(path string) {
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	list := []string{path}
	for _, r := range p.recent() {
		if r != path && len(list) < maxRecent {
			list = append(list, r)
		}
	}
	p.p.SetStringList(prefRecent, list)
}

// forget takes path off the recent files, after it failed to open.
func (p prefs) forget(path string) {
	var list []string
	for _, r := range p.recent() {
		if r != path {
			list = append(list, r)
		}
	}
	p.p.SetStringList(prefRecent, list)
}

func (p prefs) started() bool { return p.p.BoolWithFallback(prefStarted, false) }

func (p prefs) setStarted() { p.p.SetBool(prefStarted, true) }

// look is the light or dark choice of the View menu; system by default.
func (p prefs) look() widgets.Look { return widgets.ParseLook(p.p.StringWithFallback(prefLook, "")) }

func (p prefs) setLook(l widgets.Look) { p.p.SetString(prefLook, string(l)) }

// textScale is the text size of Ctrl+plus and Ctrl+minus, 1 by default.
func (p prefs) textScale() float32 {
	return widgets.ClampTextScale(float32(p.p.FloatWithFallback(prefText, 1)))
}

func (p prefs) setTextScale(f float32) { p.p.SetFloat(prefText, float64(f)) }

func fileExists(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && !fi.IsDir()
}

// WindowSize is the size the main window had when it was last closed, or
// MinWindow, which fits the screen of a school laptop (1024x640); a larger
// default would start partly off such a screen.
func WindowSize(p fyne.Preferences) fyne.Size {
	w := p.FloatWithFallback(prefWidth, 0)
	h := p.FloatWithFallback(prefHeight, 0)
	if w < float64(MinWindow.Width) || h < float64(MinWindow.Height) || w > 10000 || h > 10000 {
		return MinWindow
	}
	return fyne.NewSize(float32(w), float32(h))
}

func (p prefs) setWindowSize(s fyne.Size) {
	p.p.SetFloat(prefWidth, float64(s.Width))
	p.p.SetFloat(prefHeight, float64(s.Height))
}

// PreferredLang is the language the user chose last time, or Dutch.
func PreferredLang(p fyne.Preferences) model.Lang { return prefs{p}.lang() }
