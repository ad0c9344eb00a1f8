package shell

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
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

// ShowTerm shows what one term means, as the glossary says it, in a small
// dialog with a way on to the whole glossary: the info buttons beside T,
// E, scheefstand, lasten, mens and materieel on the screens.
func (s *Shell) ShowTerm(term string) {
	entry := GlossaryEntry(s.T("help.glossary.text"), term)
	if entry == "" {
		s.ShowGlossary()
		return
	}
	text := widget.NewRichTextFromMarkdown(entry)
	text.Wrapping = fyne.TextWrapWord
	all := widget.NewButton(s.T("menu.glossary"), nil)
	d := dialog.NewCustom(term, s.T("button.close"), container.NewVBox(text, container.NewHBox(all)), s.win)
	all.OnTapped = func() {
		d.Hide()
		s.ShowGlossary()
	}
	d.Resize(fyne.NewSize(460, 0))
	d.Show()
}

// GlossaryEntry is the line of the glossary (Markdown, one "- **Term**:
// ..." line per term) whose bold term is term, or starts with it followed
// by a space ("Mens (menselijke factoren)", "Tilt (scheefstand)"); ""
// when there is none.
func GlossaryEntry(glossary, term string) string {
	for _, line := range strings.Split(glossary, "\n") {
		rest, ok := strings.CutPrefix(strings.TrimSpace(line), "- **")
		if !ok {
			continue
		}
		bold, _, ok := strings.Cut(rest, "**")
		if ok && (strings.EqualFold(bold, term) || strings.HasPrefix(strings.ToLower(bold), strings.ToLower(term)+" ")) {
			return strings.TrimPrefix(strings.TrimSpace(line), "- ")
		}
	}
	return ""
}
