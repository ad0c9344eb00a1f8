package export

import (
	"bytes"
	"encoding/xml"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"balansplan/model"
	"balansplan/model/testplan"
)

// Issue 13, accessibility: the PDF says its language, shows its title and
// carries XMP metadata, dated by the plan.
func TestThePDFDeclaresItsLanguageTitleAndXMPMetadata(t *testing.T) {
	p := testplan.Regenboog(t)
	for _, c := range []struct {
		l    model.Lang
		lang string
	}{{model.NL, "nl-NL"}, {model.EN, "en"}} {
		path := exportTo(t, p, c.l)
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		cat := regexp.MustCompile(`/Type /Catalog\n/Lang \(([^)]*)\)\n/Metadata (\d+) 0 R\n/ViewerPreferences << /DisplayDocTitle true >>\n`).FindSubmatch(data)
		if cat == nil {
			t.Fatalf("%s: the catalog has no /Lang, /Metadata and /DisplayDocTitle", c.l)
		}
		if string(cat[1]) != c.lang {
			t.Errorf("%s: /Lang (%s), want %s", c.l, cat[1], c.lang)
		}
		if !bytes.Contains(data, append(cat[2], " 0 obj\n<< /Type /Metadata /Subtype /XML"...)) {
			t.Errorf("%s: /Metadata %s 0 R does not point at the metadata stream", c.l, cat[2])
		}
		meta := run(t, "pdfinfo", "-meta", path)
		var x struct{}
		if err := xml.Unmarshal([]byte(meta[strings.Index(meta, "<x:xmpmeta"):strings.Index(meta, "</x:xmpmeta>")+len("</x:xmpmeta>")]), &x); err != nil {
			t.Errorf("%s: the XMP packet is not XML: %v", c.l, err)
		}
		// Regenboog is dated 1 January 2026 by its plan period.
		for _, want := range []string{
			`<rdf:li xml:lang="x-default">` + p.Title + `</rdf:li>`,
			"<dc:language><rdf:Bag><rdf:li>" + c.lang + "</rdf:li></rdf:Bag></dc:language>",
			"<xmp:CreateDate>2026-01-01T00:00:00Z</xmp:CreateDate>",
			"<xmp:ModifyDate>2026-01-01T00:00:00Z</xmp:ModifyDate>",
		} {
			if !strings.Contains(meta, want) {
				t.Errorf("%s: the XMP lacks %s", c.l, want)
			}
		}
		run(t, "qpdf", "--check", path)
	}
}

func TestXMPEscapesTheTitleAndTakesNoDateFromTheClock(t *testing.T) {
	m, err := loadMetrics()
	if err != nil {
		t.Fatal(err)
	}
	r := &Report{Lang: model.NL, Meta: Meta{Title: `A & B <"x"> ` + "\u200f", Date: time.Date(2027, 3, 4, 0, 0, 0, 0, time.UTC)}}
	x := string(xmpPacket(r, m))
	if !strings.Contains(x, `A &amp; B &lt;&#34;x&#34;&gt; </rdf:li>`) {
		t.Errorf("title not escaped (or the RLM kept): %s", x)
	}
	if !strings.Contains(x, "<xmp:MetadataDate>2027-03-04T00:00:00Z</xmp:MetadataDate>") {
		t.Error("the metadata date is not the report's")
	}
	if again := string(xmpPacket(r, m)); again != x {
		t.Error("two packets of one report differ")
	}
}

func TestWithCatalogRefusesAShapeItDoesNotKnow(t *testing.T) {
	var good bytes.Buffer
	p := testplan.Regenboog(t)
	if err := paintVia(Build(p, analyse(t, p), model.NL), mustLayOut(t, p), &good, nil); err != nil {
		t.Fatal(err)
	}
	pdf := good.Bytes()
	for name, bad := range map[string][]byte{
		"no catalog":  bytes.Replace(pdf, []byte("/Type /Catalog\n"), []byte("/Type /Katalog\n"), 1),
		"no metadata": bytes.Replace(pdf, []byte("/Type /Metadata /Subtype /XML"), []byte("/Type /Metadatx /Subtype /XML"), 1),
		"no xref":     bytes.Replace(pdf, []byte("\nstartxref\n"), []byte("\nstartxrex\n"), 1),
	} {
		if _, err := withCatalog(bad, "nl-NL"); err != errPDFShape {
			t.Errorf("%s: %v, want errPDFShape", name, err)
		}
	}
}

func mustLayOut(t *testing.T, p *model.Plan) *laidOut {
	t.Helper()
	m, err := loadMetrics()
	if err != nil {
		t.Fatal(err)
	}
	return layOut(m, Build(p, analyse(t, p), model.NL))
}
