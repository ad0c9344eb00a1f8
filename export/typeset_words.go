package export

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The rules for breaking text into lines, shared by wrap and the table
// layout:
//   - a line breaks at a space; the euro sign stays with the amount after
//     it, whatever space separates them (the analysis writes "€ 45.000"
//     with a normal space, the report with a no-break space);
//   - a word without digits may also break after a hyphen or slash it
//     already has ("ict-" | "coördinator"), and nowhere else;
//   - a word with digits (an amount, a code, a date, a percentage) does
//     not break at all, unless it is too long to be one (a web address).
// Tables make their columns wide enough (or their type small enough) for
// the widest piece that cannot break, so that in practice no word is ever
// cut. Only when a single piece is wider than the whole line, which takes
// hostile input, does wrap cut it between characters, and then it marks
// the cut with a hyphen.

// isBreakSpace reports whether r separates words. A no-break space does
// not.
func isBreakSpace(r rune) bool {
	return r == ' ' || unicode.IsSpace(r) && r != '\u00A0'
}

// units splits a paragraph into the pieces wrap places whole: its words,
// with a lone euro sign joined to the word after it by a space.
func units(para string) []string {
	var out []string
	eachUnit(para, func(u string) { out = append(out, u) })
	return out
}

// eachUnit calls f with every unit of para, in order (see units). The
// units are slices of para, so that wrapping a table of a thousand rows
// does not allocate a string per word; only a euro sign joined to its
// amount across more than one plain space is built anew.
func eachUnit(para string, f func(string)) {
	start := -1 // start of the current unit, -1 between units
	inWord, joined := false, false
	for i, r := range para {
		if !isBreakSpace(r) {
			if start < 0 {
				start = i
			}
			inWord = true
			continue
		}
		if !inWord {
			continue
		}
		inWord = false
		if strings.HasSuffix(para[start:i], "€") {
			joined = true // the unit goes on with the next word
			continue
		}
		f(unitText(para[start:i], joined))
		start, joined = -1, false
	}
	if start >= 0 {
		f(unitText(strings.TrimRightFunc(para[start:], isBreakSpace), joined))
	}
}

// unitText is a unit of the paragraph as wrap prints it: the spaces
// between a euro sign and its amount become one plain space.
func unitText(u string, joined bool) string {
	if !joined || !strings.ContainsFunc(u, func(r rune) bool { return isBreakSpace(r) && r != ' ' }) &&
		!strings.Contains(u, "  ") {
		return u
	}
	return strings.Join(strings.FieldsFunc(u, isBreakSpace), " ")
}

// hasDigit reports whether s holds a decimal digit.
func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			return true
		}
	}
	return false
}

// isHyphen reports whether a word may break after r: a hyphen, or a
// slash ("leraar/mentor", a web address).
func isHyphen(r rune) bool { return r == '-' || r == '\u2010' || r == '/' }

// longToken is the length in characters from which a word with digits is
// no longer taken for an amount, code, date or percentage (a web address,
// a file name) and may break after its hyphens and slashes too.
const longToken = 24

// hyphenPieces splits a unit after each hyphen or slash it holds, with a
// letter (or, in a long token, a digit) after it; a short word with
// digits is one piece.
func hyphenPieces(u string) []string {
	digits := hasDigit(u)
	if !strings.ContainsAny(u, "-\u2010/") || digits && utf8.RuneCountInString(u) < longToken {
		return []string{u}
	}
	var pieces []string
	start := 0
	prev := rune(0)
	for i, r := range u {
		if isHyphen(prev) && i > start+1 && (unicode.IsLetter(r) || digits && unicode.IsDigit(r)) {
			pieces = append(pieces, u[start:i])
			start = i
		}
		prev = r
	}
	return append(pieces, u[start:])
}

// minWidth is the width of the widest piece of clean text that wrap does
// not break: the narrowest a column can be without cutting a word.
func (m *metrics) minWidth(st fontStyle, size float64, s string) float64 {
	widest := 0.0
	for para := range strings.SplitSeq(s, "\n") {
		eachUnit(para, func(u string) {
			if w := m.width(st, size, u); w <= widest {
				return
			}
			for _, p := range hyphenPieces(u) {
				widest = max(widest, m.width(st, size, p))
			}
		})
	}
	return widest
}
