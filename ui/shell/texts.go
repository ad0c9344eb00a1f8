package shell

import (
	"fyne.io/fyne/v2/lang"

	"balansplan/assets"
)

// RegisterFyneTranslations gives fyne's lang package the Dutch and English
// texts, so that fyne's own widgets (file dialogs, confirm buttons) speak
// the language of the system when it is Dutch; fyne has no Dutch of its
// own. It changes global state and is meant to be called once, from Run.
func RegisterFyneTranslations() error {
	return lang.AddTranslationsFS(assets.Translations, "translations")
}
