package export

import (
	"strings"
	"testing"

	"balansplan/model"
	"balansplan/model/testplan"
)

// Issue 13, defect 7: text a school can type must print. Invisible
// characters are dropped; a run of a script the font cannot show prints
// as one replacement, not one box per letter.
func TestInvisibleCharactersAreDroppedAndAScriptRunIsOneBox(t *testing.T) {
	m, err := loadMetrics()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ in, want string }{
		{"Hoi\u200f daar", "Hoi daar"},                     // right-to-left mark
		{"\u200eLinks\u202a", "Links"},                     // left-to-right mark and embedding
		{"\ufeffTitel", "Titel"},                           // byte order mark
		{"a\u200bb\u200dc\u2060d\u00ade", "abcde"},         // zero-width space, joiner, word joiner, soft hyphen
		{"مرحبا بالعالم", "\uFFFD"},                        // Arabic: one run, across its space
		{"School 学校 Oost", "School \uFFFD Oost"},           // Chinese inside Dutch
		{"שלום לכולם!", "\uFFFD!"},                         // Hebrew
		{"👍🏽 goed", "\uFFFD goed"},                         // emoji with a skin tone
		{"Top ❤️", "Top \uFFFD"},                           // emoji with a variation selector
		{"👨\u200d👩\u200d👧 gezin", "\uFFFD gezin"},          // a family joined by ZWJs
		{"😀😀😀", "\uFFFD"},                                  // three emoji, one box
		{"een 😀 en een 😀", "een \uFFFD en een \uFFFD"},     // two runs, two boxes
		{"Ελληνικά en кириллица", "Ελληνικά en кириллица"}, // scripts the font has stay
		{"x\x00y\x1b", "xy"},                               // control characters
	}
	for _, c := range cases {
		if got := m.clean(c.in, true); got != c.want {
			t.Errorf("clean(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestTheRunningHeaderPrintsAnArabicSchoolNameAsOneBox(t *testing.T) {
	p := testplan.Regenboog(t)
	p.School.Name = "Basisschool \u200fالنور\u200f De Regenboog"
	path := exportTo(t, p, model.NL)
	text := run(t, "pdftotext", "-enc", "UTF-8", path, "-")
	// The header is on every page but the cover: one box each time, and
	// never a visible right-to-left mark.
	if strings.ContainsRune(text, '\u200f') {
		t.Error("the right-to-left mark reached the PDF")
	}
	pages := strings.Count(text, "\f")
	if n := strings.Count(text, "Basisschool \uFFFD De Regenboog"); n < pages-2 {
		t.Errorf("the header reads as one box on %d of %d pages", n, pages)
	}
	if strings.Contains(text, "\uFFFD\uFFFD") {
		t.Error("two boxes in a row: a run printed per character")
	}
}
