package export

import (
	"bytes"
	"errors"
	"io"
	"runtime"
	"strings"
	"testing"

	"balansplan/model"
	"balansplan/model/sample"
	"balansplan/model/testplan"
)

// The pages compressed with one reused writer are the file gofpdf writes
// when it compresses them itself, byte for byte.
func TestCompressedStreamsAreGofpdfsOwn(t *testing.T) {
	m, err := loadMetrics()
	if err != nil {
		t.Fatal(err)
	}
	for name, p := range map[string]*model.Plan{"regenboog": testplan.Regenboog(t), "large": sample.Large()} {
		r := Build(p, analyse(t, p), model.NL)
		lo := layOut(m, r)
		var ours, theirs bytes.Buffer
		if err := paint(r, lo, &ours); err != nil {
			t.Fatal(err)
		}
		if err := paintVia(r, lo, &theirs, nil); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(ours.Bytes(), theirs.Bytes()) {
			t.Errorf("%s: %d bytes with the reused writer, %d from gofpdf, and they differ", name, ours.Len(), theirs.Len())
		}
		if n := bytes.Count(ours.Bytes(), []byte("/Filter /FlateDecode")); n < len(lo.pages) {
			t.Errorf("%s: %d compressed streams for %d pages", name, n, len(lo.pages))
		}
	}
}

// Painting allocates a bounded amount per page. gofpdf's own compression
// made a new zlib writer for every page: about 1.1 MB allocated and zeroed
// per page, 1.4 MB per page in all. Counted between the large plan at 1x
// and 4x, so that the fixed cost (the fonts) drops out.
func TestPaintingAllocatesLittlePerPage(t *testing.T) {
	m, err := loadMetrics()
	if err != nil {
		t.Fatal(err)
	}
	var pages [2]int
	var alloc [2]uint64
	for i, n := range []int{1, 4} {
		p := sample.LargeScaled(n)
		r := Build(p, analyse(t, p), model.NL)
		lo := layOut(m, r)
		pages[i] = len(lo.pages)
		var before, after runtime.MemStats
		var out bytes.Buffer
		out.Grow(8 << 20) // the output buffer is not the painter's
		runtime.ReadMemStats(&before)
		if err := paint(r, lo, &out); err != nil {
			t.Fatal(err)
		}
		runtime.ReadMemStats(&after)
		alloc[i] = after.TotalAlloc - before.TotalAlloc
	}
	perPage := float64(alloc[1]-alloc[0]) / float64(pages[1]-pages[0])
	t.Logf("%d pages: %d bytes; %d pages: %d bytes; %.0f bytes per page", pages[0], alloc[0], pages[1], alloc[1], perPage)
	if perPage > 400<<10 {
		t.Errorf("painting allocates %.0f KB per page, want at most 400 KB", perPage/1024)
	}
}

// Output that is not the shape compressStreams knows is refused, and
// nothing is written.
func TestCompressStreamsRefusesUnknownShapes(t *testing.T) {
	m, err := loadMetrics()
	if err != nil {
		t.Fatal(err)
	}
	p := testplan.Regenboog(t)
	r := Build(p, analyse(t, p), model.NL)
	var plain bytes.Buffer
	keep := func(pdf []byte, _ io.Writer) error {
		plain.Write(pdf)
		return nil
	}
	if err := paintVia(r, layOut(m, r), &bytes.Buffer{}, keep); err != nil {
		t.Fatal(err)
	}
	good := plain.String()
	if !strings.Contains(good, "\n<</Length ") {
		t.Fatal("the uncompressed file has no plain stream; the cases below test nothing")
	}
	cases := map[string]string{
		"empty":            "",
		"no startxref":     strings.Replace(good, "startxref", "startxrof", 1),
		"table moved":      strings.Replace(good, "\nxref\n", "\nxref \n", 1),
		"wrong length":     strings.Replace(good, "\n<</Length ", "\n<</Length 1", 1),
		"filtered already": strings.Replace(good, "\n<</Length ", "\n<</Filter /FlateDecode /Length ", 1),
		"object count":     strings.Replace(good, "\nxref\n0 ", "\nxref\n0 9", 1),
	}
	for name, pdf := range cases {
		var out bytes.Buffer
		if err := compressStreams([]byte(pdf), &out); !errors.Is(err, errPDFShape) {
			t.Errorf("%s: error %v, want errPDFShape", name, err)
		}
		if out.Len() > 0 {
			t.Errorf("%s: %d bytes written", name, out.Len())
		}
	}
	if err := compressStreams([]byte(good), &bytes.Buffer{}); err != nil {
		t.Errorf("the file itself: %v", err)
	}
}

// Only the font styles the pages use are parsed and embedded (gofpdf
// embeds every font it is given, used or not, and parsing one costs a few
// milliseconds). No page of the plan uses bold italic. The minus face is
// embedded in the weights that print a minus sign: regenboog's margin of
// 2026, −€ 13.000, is in regular type.
func TestOnlyTheStylesInUseAreEmbedded(t *testing.T) {
	m, err := loadMetrics()
	if err != nil {
		t.Fatal(err)
	}
	p := testplan.Regenboog(t)
	r := Build(p, analyse(t, p), model.NL)
	lo := layOut(m, r)
	styles, minus := map[fontStyle]bool{}, map[fontStyle]bool{}
	for _, pg := range lo.pages {
		for _, o := range pg.ops {
			if o.kind == opText {
				styles[o.st] = true
				if strings.ContainsRune(o.text, minusRune) {
					minus[minusStyle(o.st)] = true
				}
			}
		}
	}
	if !minus[regular] {
		t.Fatal("no minus sign in regular type; the test expects one")
	}
	if styles[boldItalic] || len(styles) == 0 {
		t.Fatalf("styles in use: %v; the test expects some, bold italic not among them", styles)
	}
	var out bytes.Buffer
	if err := paint(r, lo, &out); err != nil {
		t.Fatal(err)
	}
	if n := bytes.Count(out.Bytes(), []byte("/FontFile2 ")); n != len(styles)+len(minus) {
		t.Errorf("%d fonts embedded for %d styles in use and %d weights of the minus sign", n, len(styles), len(minus))
	}
}
