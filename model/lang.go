package model

// Lang is a language of the user interface and of the reports.
type Lang string

// The languages Balansplan speaks. Dutch is the default: it is the language
// of the domain and of the schools that use the program.
const (
	NL Lang = "nl"
	EN Lang = "en"
)

// ParseLang returns the language for a code such as "nl", "en" or "en_GB",
// and false when the code names neither.
func ParseLang(s string) (Lang, bool) {
	if len(s) >= 2 {
		switch s[:2] {
		case "nl", "NL":
			return NL, true
		case "en", "EN":
			return EN, true
		}
	}
	return NL, false
}

// Text is a sentence or label in both languages of the program.
type Text struct {
	NL string `json:"nl"`
	EN string `json:"en"`
}

// In returns the text in the given language, Dutch when the language is
// unknown.
func (t Text) In(l Lang) string {
	if l == EN {
		return t.EN
	}
	return t.NL
}
