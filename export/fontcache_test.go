package export

import (
	"bytes"
	"testing"
	"time"

	"balansplan/model"
	"balansplan/model/sample"
	"balansplan/model/testplan"

	"github.com/jung-kurt/gofpdf"
)

// The spare document made beside the layout gives the file a document
// made by the painter itself gives, byte for byte; and it is used when its
// fonts are the report's.
func TestSpareDocumentGivesTheSameBytes(t *testing.T) {
	m, err := loadMetrics()
	if err != nil {
		t.Fatal(err)
	}
	for name, p := range map[string]*model.Plan{"regenboog": testplan.Regenboog(t), "large": sample.Large()} {
		r := Build(p, analyse(t, p), model.NL)
		lo := layOut(m, r)
		takeSpare(fontSet{}) // drop any spare an earlier test left
		var fresh, spared bytes.Buffer
		if err := paint(r, lo, &fresh); err != nil {
			t.Fatal(err)
		}
		spare.mu.Lock()
		before := spare.taken
		spare.mu.Unlock()
		prepareFonts()
		if err := paint(r, lo, &spared); err != nil {
			t.Fatal(err)
		}
		spare.mu.Lock()
		took := spare.taken - before
		spare.mu.Unlock()
		if took != 1 {
			t.Errorf("%s: the painter took %d spare documents, want 1 (are its fonts no longer defaultFonts?)", name, took)
		}
		if !bytes.Equal(fresh.Bytes(), spared.Bytes()) {
			t.Errorf("%s: %d bytes from a fresh document, %d from the spare, and they differ", name, fresh.Len(), spared.Len())
		}
	}
}

// A spare with other fonts than the report's is not used: the document
// would embed a font the pages do not use, or lack one they do.
func TestSpareWithOtherFontsIsDropped(t *testing.T) {
	takeSpare(fontSet{})
	prepareFonts()
	other := defaultFonts
	other.faces[boldItalic] = true
	if pdf := takeSpare(other); pdf != nil {
		t.Error("a spare without the bold italic face was taken for a report that uses it")
	}
	prepareFonts()
	if pdf := takeSpare(defaultFonts); pdf == nil {
		t.Error("the spare with the default fonts was not taken for a report with those fonts")
	}
	if pdf := takeSpare(defaultFonts); pdf != nil {
		t.Error("one spare was taken twice")
	}
}

// The painter now makes its settings after the fonts, where it made them
// before the fonts: the file is the same, since no setting touches what
// adding a font reads. Both orders, the same page, the same bytes.
func TestSettingsAfterTheFontsGiveTheSameFile(t *testing.T) {
	date := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	settings := func(pdf *gofpdf.Fpdf) {
		pdf.SetCatalogSort(true)
		pdf.SetCompression(true)
		pdf.SetCreationDate(date)
		pdf.SetModificationDate(date)
		pdf.SetAutoPageBreak(false, 0)
		pdf.SetMargins(0, 0, 0)
		pdf.SetCellMargin(0)
	}
	page := func(pdf *gofpdf.Fpdf) []byte {
		pdf.AddPage()
		pdf.SetFont(fontFamily, "", 10)
		pdf.Text(20, 20, "Beleid (ict) € 1.250")
		pdf.SetFont(fontFamily, "B", 12)
		pdf.Text(20, 30, "Vier in balans")
		pdf.SetFont(minusFamily, "", 10)
		pdf.Text(20, 40, "\u2212")
		var b bytes.Buffer
		if err := pdf.Output(&b); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	before := gofpdf.NewCustom(&gofpdf.InitType{OrientationStr: "P", UnitStr: "mm", Size: gofpdf.SizeType{Wd: pageW, Ht: pageH}})
	settings(before)
	for s := regular; s <= boldItalic; s++ {
		if defaultFonts.faces[s] {
			before.AddUTF8FontFromBytes(fontFamily, s.gofpdfStyle(), fontFile(s))
		}
		if defaultFonts.minus[s] {
			before.AddUTF8FontFromBytes(minusFamily, s.gofpdfStyle(), minusFile(s))
		}
	}
	now := newFontedPDF(defaultFonts)
	settings(now)
	if a, b := page(before), page(now); !bytes.Equal(a, b) {
		t.Errorf("settings before the fonts give %d bytes, after them %d, and they differ", len(a), len(b))
	}
}
