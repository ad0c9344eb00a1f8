package export

import (
	"sync"

	"github.com/jung-kurt/gofpdf"
)

// Font set-up on the second core (issue 14). gofpdf parses every font it
// is given and then JSON-encodes the whole parsed definition, glyph widths
// and all, only to take its SHA-1 as the font's id (generateFontID): about
// a tenth of the large plan's export, two thirds of it the hashing. The
// definition lives in unexported fields of gofpdf's document, so there is
// no honest way to parse a font once and hand the result to the next
// document, or to skip the hash: gofpdf offers no such call.
//
// What can be done is to do that work earlier, beside the layout. The
// first loadMetrics of the process (Build asks for it, and every export
// before it lays out) starts a spare document: gofpdf's new document with
// the fonts a plan's report uses (defaultFonts), built in a goroutine
// while the report is built and laid out. When the painter's
// styles turn out to be those, it takes the spare; otherwise it builds the
// document itself, as before. Either way the document has had the same
// calls in the same order (the settings the painter makes after the fonts
// touch nothing the fonts read), so the file is the same, byte for byte
// (TestSpareDocumentGivesTheSameBytes). The CPU time is the same; the wall
// time of an export drops by the font set-up on a machine with a second
// core.

// fontSet is the faces a document embeds: the styles of Noto Sans its
// text uses, and the weights of the minus face.
type fontSet struct {
	faces, minus [boldItalic + 1]bool
}

// defaultFonts are the spare's fonts, a guess: what a plan's
// report uses (the large plan and the example plan alike), regular, bold
// and italic text, with minus signs in upright figures (a report with a
// negative total in bold makes its own document).
var defaultFonts = fontSet{
	faces: [boldItalic + 1]bool{regular: true, bold: true, italic: true},
	minus: [boldItalic + 1]bool{regular: true},
}

// spare holds the document being prepared, if any. prepareFonts runs once
// per process, from the first loadMetrics: the command line makes one
// export a process, and a second spare per export in the GUI would cost a
// font set-up whenever the guess is wrong or no export follows.
var spare struct {
	mu    sync.Mutex
	ready chan spareDoc // nil when none is on its way
	taken int           // spares the painter used, for the tests
}

// spareDoc is a prepared document and the fonts it has.
type spareDoc struct {
	pdf *gofpdf.Fpdf
	set fontSet
}

// prepareFonts starts a spare document with defaultFonts, unless one is
// already on its way or waiting.
func prepareFonts() {
	spare.mu.Lock()
	defer spare.mu.Unlock()
	if spare.ready != nil {
		return
	}
	ch := make(chan spareDoc, 1)
	spare.ready = ch
	go func() { ch <- spareDoc{pdf: newFontedPDF(defaultFonts), set: defaultFonts} }()
}

// takeSpare returns the spare document when there is one with exactly the
// fonts of set, waiting for it when it is still being made, and nil
// otherwise. A spare with other fonts is dropped.
func takeSpare(set fontSet) *gofpdf.Fpdf {
	spare.mu.Lock()
	ch := spare.ready
	spare.ready = nil
	spare.mu.Unlock()
	if ch == nil {
		return nil
	}
	d := <-ch
	if d.set != set {
		return nil
	}
	spare.mu.Lock()
	spare.taken++
	spare.mu.Unlock()
	return d.pdf
}

// newFontedPDF is gofpdf's new document for the report's page size with
// the fonts of set, in the order the painter has always added them: per
// style, Noto Sans and then the minus face.
func newFontedPDF(set fontSet) *gofpdf.Fpdf {
	pdf := gofpdf.NewCustom(&gofpdf.InitType{OrientationStr: "P", UnitStr: "mm", Size: gofpdf.SizeType{Wd: pageW, Ht: pageH}})
	for s := regular; s <= boldItalic; s++ {
		if set.faces[s] {
			pdf.AddUTF8FontFromBytes(fontFamily, s.gofpdfStyle(), fontFile(s))
		}
		if set.minus[s] {
			pdf.AddUTF8FontFromBytes(minusFamily, s.gofpdfStyle(), minusFile(s))
		}
	}
	return pdf
}

// Prepare starts, on another goroutine, what every PDF export of the
// process needs first: the font metrics and gofpdf's document with the
// usual fonts (prepareFonts). The command line calls it before it opens
// the plan file, so that the second core sets up the fonts while the
// first reads and analyses the plan, and is free for the layout's
// chapters after that. An export without it does the same work itself.
func Prepare() {
	go func() { _, _ = loadMetrics() }()
}
