package shell

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// helpWindow shows one help text (Markdown from the translations) in a
// window of its own, so that it can stay open beside the plan. Choosing
// the same help again brings its window to the front.
func (s *Shell) helpWindow(key string) fyne.Window {
	if w, ok := s.helps[key]; ok {
		w.RequestFocus()
		return w
	}
	w := s.app.NewWindow(s.T(key + ".title"))
	text := widget.NewRichTextFromMarkdown(s.T(key + ".text"))
	text.Wrapping = fyne.TextWrapWord
	w.SetContent(container.NewVScroll(container.NewPadded(text)))
	w.Resize(fyne.NewSize(640, 560))
	w.SetOnClosed(func() { delete(s.helps, key) })
	if s.helps == nil {
		s.helps = map[string]fyne.Window{}
	}
	s.helps[key] = w
	w.Show()
	return w
}

// ShowModelHelp explains the Vier in balans model in the app's own words:
// the four bouwstenen, mens and materieel, the balance of onderwijsvorm
// and leermateriaal, and the route.
func (s *Shell) ShowModelHelp() { s.helpWindow("help.model") }

// ShowGlossary lists every term the screens use (T, E, scheefstand,
// lasten, mens/materieel, onderwijs- and techniekgedreven, ...) with what
// it means.
func (s *Shell) ShowGlossary() { s.helpWindow("help.glossary") }
