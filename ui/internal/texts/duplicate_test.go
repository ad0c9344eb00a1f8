package texts_test

import (
	"encoding/json"
	"io"
	"testing"

	"balansplan/assets"
)

// A key given twice in a translation file is a text lost without a word:
// encoding/json keeps the last, so one screen shows another's text (it
// happened: "readonly.title" was both a dialog title and "Titel: %s").
func TestNoTranslationKeyIsGivenTwice(t *testing.T) {
	for _, name := range []string{"translations/nl.json", "translations/en.json"} {
		f, err := assets.Translations.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		dec := json.NewDecoder(f)
		if _, err := dec.Token(); err != nil { // the opening brace
			t.Fatal(err)
		}
		seen := map[string]bool{}
		for dec.More() {
			tok, err := dec.Token()
			if err != nil {
				t.Fatal(err)
			}
			key, _ := tok.(string)
			if seen[key] {
				t.Errorf("%s: %q is given twice", name, key)
			}
			seen[key] = true
			var v any
			if err := dec.Decode(&v); err != nil && err != io.EOF {
				t.Fatal(err)
			}
		}
		f.Close()
	}
}
