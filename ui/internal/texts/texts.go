// Package texts holds the strings of the user interface in Dutch and
// English, read from assets.Translations (translations/nl.json,
// translations/en.json), and looks them up by key in the language the
// user chose.
//
// Fyne's lang package picks its language from the operating system and has
// no way to set it; Balansplan speaks Dutch unless the user chose English,
// whatever the system says. So the GUI looks its own strings up here, and
// hands the same files to lang (ui/shell.RegisterFyneTranslations) only for
// the words inside fyne's own widgets.
package texts

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"strings"

	"balansplan/assets"
	"balansplan/model"
)

// Texts are the strings of the user interface in one language.
type Texts struct {
	lang model.Lang
	m    map[string]string
}

// Load reads the strings of language l.
func Load(l model.Lang) (*Texts, error) {
	m, err := Read(l)
	if err != nil {
		return nil, err
	}
	return &Texts{lang: l, m: m}, nil
}

// Read returns the translations of language l by key; the tests compare
// the two languages with it.
func Read(l model.Lang) (map[string]string, error) {
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

// Lang is the language of the texts.
func (t *Texts) Lang() model.Lang { return t.lang }

// T returns the text for key; with args the text is a fmt format. A key
// without a text shows as itself, so a missing translation is visible (and
// the tests fail on it).
func (t *Texts) T(key string, args ...any) string {
	s, ok := t.m[key]
	if !ok {
		s = key
	}
	if len(args) > 0 {
		return fmt.Sprintf(s, args...)
	}
	return s
}

// Count is "1 punt" or "3 punten": the text count.<what>.one for one,
// else count.<what> with n.
func (t *Texts) Count(what string, n int) string {
	if n == 1 {
		return t.T("count." + what + ".one")
	}
	return t.T("count."+what, n)
}

// Errorf makes an error whose message is the text for key, in the user's
// language: the error dialog shows it as it is, not as something
// unexpected.
func (t *Texts) Errorf(key string, args ...any) error {
	return Error(t.T(key, args...))
}

// Error is a sentence for the user, already in the user's language.
type Error string

func (e Error) Error() string { return string(e) }

// Message is the sentence; its language was chosen when it was made.
func (e Error) Message(model.Lang) string { return string(e) }

// ErrorText is the user's sentence for err: the error's own sentence in
// the language (store.FileError, export.Error, Error and the like carry
// one), or its list of validation problems; anything else gets a general
// sentence with the technical detail below it.
func (t *Texts) ErrorText(err error) string {
	var ps model.Problems
	var msg interface{ Message(model.Lang) string }
	var msgs interface{ Messages(model.Lang) []string }
	switch {
	case errors.As(err, &ps):
		lines := ps.Messages(t.lang)
		if len(lines) > 12 {
			lines = append(lines[:12], t.T("error.more", len(ps)-12))
		}
		return strings.Join(lines, "\n")
	case errors.As(err, &msg):
		return msg.Message(t.lang)
	case errors.As(err, &msgs):
		return strings.Join(msgs.Messages(t.lang), "\n")
	}
	return t.T("error.unexpected") + "\n\n" + err.Error()
}
