package export

import (
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"balansplan/assets"
	"balansplan/export/internal/ttf"
)

// fontStyle is one of the four styles of the report's typeface.
type fontStyle uint8

const (
	regular fontStyle = iota
	bold
	italic
	boldItalic
)

// gofpdfStyle is the style string gofpdf uses for s.
func (s fontStyle) gofpdfStyle() string {
	return [...]string{"", "B", "I", "BI"}[s]
}

// fontFile is the TrueType data of each style.
func fontFile(s fontStyle) []byte {
	return [...][]byte{assets.FontRegular, assets.FontBold, assets.FontItalic, assets.FontBoldItalic}[s]
}

// minusFile is the TrueType data of the minus-sign face for each style:
// Noto Sans Minus (package assets/fonts), regular for the upright and
// italic styles, bold for the bold ones. Noto Sans has no U+2212.
func minusFile(s fontStyle) []byte {
	if s == bold || s == boldItalic {
		return assets.FontMinusBold
	}
	return assets.FontMinusRegular
}

// minusRune is the one character set in the minus face.
const minusRune = '\u2212'

// replacement stands in for every character the font cannot show: the
// Unicode replacement character, which Noto Sans has in every style.
const replacement = '\uFFFD'

// ellipsis ends text that was cut short.
const ellipsis = "…"

// metrics are the parsed faces of the four styles, read once per process,
// and of the minus sign for each style (see minusFile).
type metrics struct {
	faces [4]*ttf.Face
	minus [4]*ttf.Face
}

var (
	metricsOnce sync.Once
	metricsVal  *metrics
	metricsErr  error
)

func loadMetrics() (*metrics, error) {
	metricsOnce.Do(func() {
		m := &metrics{}
		for s := regular; s <= boldItalic; s++ {
			f, err := ttf.Parse(fontFile(s))
			if err != nil {
				metricsErr = fmt.Errorf("font style %q: %w", s.gofpdfStyle(), err)
				return
			}
			if !f.Has(replacement) {
				metricsErr = fmt.Errorf("font style %q lacks U+FFFD", s.gofpdfStyle())
				return
			}
			m.faces[s] = f
			mf, err := ttf.Parse(minusFile(s))
			if err != nil || !mf.Has(minusRune) {
				metricsErr = fmt.Errorf("minus sign of style %q: %v", s.gofpdfStyle(), err)
				return
			}
			m.minus[s] = mf
		}
		metricsVal = m
		// Whoever asks for the metrics is on the way to a PDF: start
		// gofpdf's font set-up on the other core (fontcache.go).
		prepareFonts()
	})
	return metricsVal, metricsErr
}

// printable reports whether every style of the font can show r as a
// visible character. Invisible characters (see invisible) are not
// printable: Noto Sans has a glyph for some of them (U+200F prints as a
// visible mark), which is exactly what must not reach the page.
func (m *metrics) printable(r rune) bool {
	if r < 0x20 || (r >= 0x7F && r < 0xA0) || invisible(r) {
		return false
	}
	if r == minusRune {
		return m.minus[regular] != nil
	}
	for _, f := range m.faces {
		if !f.Has(r) {
			return false
		}
	}
	return true
}

// invisible reports whether r is a character that a school's text may
// hold but that has no look of its own: control characters and the
// format characters (Unicode category Cf: the right-to-left and
// left-to-right marks and embeddings, zero-width space and joiners, the
// byte order mark, the soft hyphen), and the variation selectors that pick
// an emoji's colour form. clean drops them, rather than print a box for
// something the writer never saw (issue 13, defect 7).
func invisible(r rune) bool {
	return r < 0x20 && r != '\t' && r != '\n' && r != '\r' ||
		r >= 0x7F && r < 0xA0 ||
		unicode.Is(unicode.Cf, r) ||
		r >= 0xFE00 && r <= 0xFE0F || r >= 0xE0100 && r <= 0xE01EF
}

// clean makes text safe to print: line ends become "\n" (or a space when
// multiline is false), tabs become spaces, invisible characters are
// dropped, and every run of characters the font lacks (a word in Arabic,
// Chinese or Hebrew, an emoji with its modifiers) becomes one replacement
// character: one box says "something here could not be printed" without
// filling the line with boxes, one per letter. Invalid UTF-8 bytes count
// as characters the font lacks. Text that needs no change is returned as
// it is, without allocating.
func (m *metrics) clean(s string, multiline bool) string {
	ok := true
	for _, r := range s {
		if r == utf8.RuneError || !m.printable(r) {
			ok = false
			break
		}
	}
	if ok {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	prevCR := false
	inRun := false // the last thing written is a replacement for a run
	spaces := 0    // plain spaces after a run, held until it is clear whether the run goes on
	for _, r := range s {
		if inRun && r == ' ' {
			spaces++
			continue
		}
		unprintable := r == utf8.RuneError || !invisible(r) && !m.printable(r) && r != '\r' && r != '\n' && r != '\t' && r != '\u2028' && r != '\u2029'
		if spaces > 0 && !unprintable && !invisible(r) {
			b.WriteString(strings.Repeat(" ", spaces))
			spaces = 0
		}
		if unprintable {
			spaces = 0 // the words of one script are one run
		}
		switch {
		case r == '\r' || r == '\n' || r == '\u2028' || r == '\u2029':
			if r == '\n' && prevCR {
				prevCR = false
				continue
			}
			prevCR = r == '\r'
			inRun = false
			if multiline {
				b.WriteByte('\n')
			} else {
				b.WriteByte(' ')
			}
			continue
		case r == '\t':
			b.WriteByte(' ')
			inRun = false
		case r != utf8.RuneError && invisible(r):
			// Dropped; a run of unprintable characters goes on across it.
		case r != utf8.RuneError && m.printable(r) && !(inRun && unicode.Is(unicode.Mn, r)):
			b.WriteRune(r)
			inRun = false
		default:
			// Unprintable, or a combining mark on one: part of the run.
			if !inRun {
				b.WriteRune(replacement)
				inRun = true
			}
		}
		prevCR = false
	}
	b.WriteString(strings.Repeat(" ", spaces))
	return b.String()
}

// ptToMM converts a font size in points to millimetres.
const ptToMM = 25.4 / 72

// width is the width in millimetres of clean text in a style and size.
func (m *metrics) width(st fontStyle, size float64, s string) float64 {
	units := 0
	for _, r := range s {
		units += m.units(st, r)
	}
	return float64(units) * size * ptToMM / 1000
}

// runeWidth is the width in millimetres of one character.
func (m *metrics) runeWidth(st fontStyle, size float64, r rune) float64 {
	return float64(m.units(st, r)) * size * ptToMM / 1000
}

// units is the advance width of r in thousandths of an em: from the minus
// face for U+2212, else from the style's face, the replacement's width for
// a character the face lacks.
func (m *metrics) units(st fontStyle, r rune) int {
	if r == minusRune && m.minus[st] != nil {
		return m.minus[st].Width(r)
	}
	w := m.faces[st].Width(r)
	if w < 0 {
		w = m.faces[st].Width(replacement)
	}
	return w
}

// wrap breaks clean text into lines no wider than maxW. Newlines start a
// new line. Lines break at spaces, never between the euro sign and its
// amount; a word wider than a line breaks after a hyphen it holds, and
// only a piece wider than the whole line (hostile input) is cut between
// characters, with a hyphen to show it (see typeset_words.go). Runs of
// spaces collapse to one. Empty text gives no lines.
func (m *metrics) wrap(st fontStyle, size float64, s string, maxW float64) []string {
	var lines []string
	space := m.runeWidth(st, size, ' ')
	for _, para := range strings.Split(s, "\n") {
		var line strings.Builder
		lineW := 0.0
		flush := func() {
			lines = append(lines, line.String())
			line.Reset()
			lineW = 0
		}
		n := 0
		eachUnit(para, func(w string) {
			n++
			ww := m.width(st, size, w)
			if line.Len() > 0 && lineW+space+ww <= maxW {
				line.WriteByte(' ')
				line.WriteString(w)
				lineW += space + ww
				return
			}
			if line.Len() > 0 {
				flush()
			}
			if ww <= maxW {
				line.WriteString(w)
				lineW = ww
				return
			}
			// A word wider than the line: break it after its hyphens.
			for _, p := range hyphenPieces(w) {
				pw := m.width(st, size, p)
				if line.Len() > 0 && lineW+pw > maxW {
					flush()
				}
				if pw <= maxW-lineW {
					line.WriteString(p)
					lineW += pw
					continue
				}
				// Wider than a line on its own: cut it, and say so with a
				// hyphen at the end of every line but the last.
				hy := m.runeWidth(st, size, '-')
				rs := []rune(p)
				for i, r := range rs {
					rw := m.runeWidth(st, size, r)
					if line.Len() > 0 && lineW+rw+hy > maxW && i < len(rs)-1 ||
						line.Len() > 0 && lineW+rw > maxW {
						if lineW+hy <= maxW {
							line.WriteByte('-')
						}
						flush()
					}
					line.WriteRune(r)
					lineW += rw
				}
			}
		})
		if n == 0 {
			lines = append(lines, "")
			continue
		}
		if line.Len() > 0 {
			flush()
		}
	}
	// Trailing empty lines from trailing newlines add nothing.
	for len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// fit returns clean single-line text, cut short with an ellipsis when it is
// wider than maxW.
func (m *metrics) fit(st fontStyle, size float64, s string, maxW float64) string {
	if m.width(st, size, s) <= maxW {
		return s
	}
	limit := maxW - m.width(st, size, ellipsis)
	w := 0.0
	for i, r := range s {
		w += m.runeWidth(st, size, r)
		if w > limit {
			return strings.TrimRight(s[:i], " ") + ellipsis
		}
	}
	return s
}
