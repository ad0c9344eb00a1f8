package export

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/jung-kurt/gofpdf"
)

// Text operators without fmt (issue 14). gofpdf's Text was a fifth of the
// large plan's export: it formats every operator with fmt.Sprintf, twice
// when the text colour differs from the fill colour, converts the string
// to UTF-16 through a string, and adds every rune to the font's used-rune
// map, from which Output subsets the font. The painter writes the same
// operator itself, byte for byte what Text writes (the same %.2f
// numbers, from strconv, which is what fmt uses; the same UTF-16 and
// escaping; the same "q colour ... Q" around it), through gofpdf's
// RawWriteStr, which appends a line to the page as Text does.
//
// The used-rune map is gofpdf's and is filled only by its own text calls,
// and a character missing from it would be missing from the embedded
// subset. So the painter keeps, per face, the characters gofpdf has
// already seen, and hands every string that holds a character not yet
// seen to Text itself. A document's text has a few hundred distinct
// characters, so after its first lines nearly every string takes the fast
// way. Rectangles (table rules and cell shading, the charts' bars) go the
// same way: gofpdf's Rect is one formatted line and keeps no state.
// TestFastTextIsGofpdfsText compares the whole file with the one written
// through Text and Rect alone.

// seenRunes is a set of characters of the Basic Multilingual Plane: the
// characters gofpdf's used-rune map of one face holds.
type seenRunes [0x10000 / 64]uint64

func (s *seenRunes) has(r rune) bool { return s[r>>6]&(1<<(r&63)) != 0 }
func (s *seenRunes) add(r rune)      { s[r>>6] |= 1 << (r & 63) }

// textWriter writes text operators, and rectangles, for one document.
type textWriter struct {
	pdf *gofpdf.Fpdf
	// seen is per family (0 Noto Sans, 1 the minus face) and style.
	seen [2][boldItalic + 1]seenRunes
	// k is gofpdf's scale (points per millimetre), h the page height in
	// millimetres: Text places at (x*k, (h-y)*k).
	k, h float64
	// colours caches gofpdf's colour operator of each RGB colour, and
	// fill and txt the last fill and text colour asked for.
	colours   map[[3]int]string
	fill, txt lastColour
	buf       []byte
	// viaGofpdf makes every string go through Text and every rectangle
	// through Rect (for the test).
	viaGofpdf bool
}

func newTextWriter(pdf *gofpdf.Fpdf, viaGofpdf bool) *textWriter {
	_, h := pdf.GetPageSize()
	return &textWriter{pdf: pdf, k: pdf.GetConversionRatio(), h: h, colours: map[[3]int]string{}, viaGofpdf: viaGofpdf}
}

// text draws s at (x, y) in the current font of family (fontFamily or
// minusFamily) and style st, exactly as gofpdf's Text(x, y, s) would.
func (t *textWriter) text(family string, st fontStyle, x, y float64, s string) {
	fam := 0
	if family == minusFamily {
		fam = 1
	}
	seen := &t.seen[fam][st]
	if t.viaGofpdf || !t.fast(seen, x, y, s) {
		t.pdf.Text(x, y, s)
		for _, r := range s {
			if r < 0x10000 {
				seen.add(r)
			}
		}
	}
}

// fast writes the operator of s when gofpdf has seen every character of
// s in this face and all of them are in the Basic Multilingual Plane (the
// only characters gofpdf's UTF-16 conversion handles), and reports
// whether it did.
func (t *textWriter) fast(seen *seenRunes, x, y float64, s string) bool {
	cr, cg, cb := t.pdf.GetFillColor()
	fill := t.fill.of(t, cr, cg, cb)
	cr, cg, cb = t.pdf.GetTextColor()
	txt := t.txt.of(t, cr, cg, cb)
	b := t.buf[:0]
	if fill != txt {
		b = append(b, "q "...)
		b = append(b, txt...)
		b = append(b, ' ')
	}
	b = append(b, "BT "...)
	b = strconv.AppendFloat(b, x*t.k, 'f', 2, 64)
	b = append(b, ' ')
	b = strconv.AppendFloat(b, (t.h-y)*t.k, 'f', 2, 64)
	b = append(b, " Td ("...)
	for i, r := range s {
		if r >= 0x10000 || !seen.has(r) || r == utf8.RuneError && !strings.HasPrefix(s[i:], "\uFFFD") {
			// Not yet seen, or beyond gofpdf's conversion, or a byte
			// that is not UTF-8 (which gofpdf converts its own way).
			return false
		}
		// UTF-16, big-endian, escaped as gofpdf escapes it: a
		// backslash, a parenthesis or a carriage return byte gets a
		// backslash.
		for _, c := range [2]byte{byte(r >> 8), byte(r)} {
			switch c {
			case '\\', '(', ')':
				b = append(b, '\\', c)
			case '\r':
				b = append(b, '\\', 'r')
			default:
				b = append(b, c)
			}
		}
	}
	b = append(b, ") Tj ET"...)
	if fill != txt {
		b = append(b, " Q"...)
	}
	t.buf = b
	t.pdf.RawWriteStr(string(b))
	return true
}

// rect draws a rectangle as gofpdf's Rect(x, y, w, h, style) does for the
// styles the painter uses ("F", "D", "FD"): "x y w h re op", the height
// negative because PDF's y axis points up. Rect keeps no state, so this is
// all it does.
func (t *textWriter) rect(x, y, w, h float64, style string) {
	var op string
	switch style {
	case "F":
		op = "f"
	case "D":
		op = "S"
	case "FD":
		op = "B"
	}
	if t.viaGofpdf || op == "" {
		t.pdf.Rect(x, y, w, h, style)
		return
	}
	b := t.buf[:0]
	for i, v := range [4]float64{x * t.k, (t.h - y) * t.k, w * t.k, -h * t.k} {
		if i > 0 {
			b = append(b, ' ')
		}
		b = strconv.AppendFloat(b, v, 'f', 2, 64)
	}
	b = append(b, " re "...)
	b = append(b, op...)
	t.buf = b
	t.pdf.RawWriteStr(string(b))
}

// lastColour is the last colour of one kind and its operator: the text
// colour changes far less often than text is drawn.
type lastColour struct {
	key [3]int
	str string
}

func (c *lastColour) of(t *textWriter, r, g, b int) string {
	if key := [3]int{r, g, b}; key != c.key || c.str == "" {
		c.key, c.str = key, t.colour(r, g, b)
	}
	return c.str
}

// colour is gofpdf's operator for an RGB colour as its SetFillColor and
// SetTextColor write it: "0.000 g" for a grey (gofpdf's own test: red
// equal to green and to blue), else "r g b rg", each to three decimals.
func (t *textWriter) colour(r, g, b int) string {
	key := [3]int{r, g, b}
	if s, ok := t.colours[key]; ok {
		return s
	}
	fr, fg, fb := float64(r)/255.0, float64(g)/255.0, float64(b)/255.0
	var s []byte
	if r == g && fr == fb {
		s = strconv.AppendFloat(s, fr, 'f', 3, 64)
		s = append(s, " g"...)
	} else {
		for _, v := range [3]float64{fr, fg, fb} {
			s = strconv.AppendFloat(s, v, 'f', 3, 64)
			s = append(s, ' ')
		}
		s = append(s, "rg"...)
	}
	t.colours[key] = string(s)
	return string(s)
}
