package shell

import (
	"encoding/json"
	"fmt"
	"io/fs"

	"fyne.io/fyne/v2/lang"

	"balansplan/assets"
	"balansplan/model"
)

// texts are the strings of the user interface in one language, read from
// assets.Translations (translations/nl.json, translations/en.json).
//
// Fyne's lang package picks its language from the operating system and has
// no way to set it; Balansplan speaks Dutch unless the user chose English,
// whatever the system says. So the shell looks its own strings up here, in
// the language it was given, and hands the same files to lang (see
// RegisterFyneTranslations) only for the words inside fyne's own widgets.
type texts struct {
	lang model.Lang
	m    map[string]string
}

// loadTexts reads the strings of language l.
func loadTexts(l model.Lang) (*texts, error) {
	m, err := readTranslations(l)
	if err != nil {
		return nil, err
	}
	return &texts{lang: l, m: m}, nil
}

func readTranslations(l model.Lang) (map[string]string, error) {
	data, err := fs.ReadFile(assets.Translations, "translations/"+string(l)+".json")
	if err != nil {
		return nil, fmt.Errorf("translations %s: %w", l, err)
	}
	m := map[string]string{}
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, fmt.Errorf("translations %s: %w", l, err)
	}
	return m, nil
}

// T returns the text for key; with args the text is a fmt format. A key
// without a text shows as itself, so a missing translation is visible (and
// the tests fail on it).
func (t *texts) T(key string, args ...any) string {
	s, ok := t.m[key]
	if !ok {
		s = key
	}
	if len(args) > 0 {
		return fmt.Sprintf(s, args...)
	}
	return s
}

// RegisterFyneTranslations gives fyne's lang package the Dutch and English
// texts, so that fyne's own widgets (file dialogs, confirm buttons) speak
// the language of the system when it is Dutch; fyne has no Dutch of its
// own. It changes global state and is meant to be called once, from Run.
func RegisterFyneTranslations() error {
	return lang.AddTranslationsFS(assets.Translations, "translations")
}
