package export

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"strconv"
	"strings"
	"time"

	"balansplan/model"
)

// Accessibility metadata (issue 13). gofpdf writes the document
// information dictionary and, given a packet, an XMP metadata stream; it
// does not write the catalog's /Lang, nor does it point the catalog at
// the metadata stream it wrote. withCatalog adds both to the catalog,
// with /ViewerPreferences << /DisplayDocTitle true >> so that a reader's
// title bar (and a screen reader) shows the plan's title rather than the
// file name. Everything comes from the report: the dates are the plan's
// (Meta.Date), never the clock, so the same plan gives the same bytes.

// pdfLang is the document language for /Lang and dc:language.
func pdfLang(l model.Lang) string {
	if l == model.EN {
		return "en"
	}
	return "nl-NL"
}

// xmpPacket is the XMP metadata of the report: Dublin Core title,
// description, creator, language and subject; the XMP dates; the PDF
// producer and keywords. Text is cleaned as the pages are (clean) and
// escaped for XML.
func xmpPacket(r *Report, m *metrics) []byte {
	esc := func(s string) string {
		var b strings.Builder
		_ = xml.EscapeText(&b, []byte(m.clean(s, false)))
		return b.String()
	}
	date := r.Meta.Date.UTC().Format(time.RFC3339)
	lang := pdfLang(r.Lang)
	var b bytes.Buffer
	b.WriteString("<?xpacket begin=\"\ufeff\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
	b.WriteString("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
	b.WriteString("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
	b.WriteString("<rdf:Description rdf:about=\"\"\n")
	b.WriteString("  xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n")
	b.WriteString("  xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n")
	b.WriteString("  xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n")
	b.WriteString("<dc:format>application/pdf</dc:format>\n")
	fmt.Fprintf(&b, "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%s</rdf:li></rdf:Alt></dc:title>\n", esc(r.Meta.Title))
	fmt.Fprintf(&b, "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">%s</rdf:li></rdf:Alt></dc:description>\n", esc(r.Meta.Subject))
	if strings.TrimSpace(r.Meta.Author) != "" {
		fmt.Fprintf(&b, "<dc:creator><rdf:Seq><rdf:li>%s</rdf:li></rdf:Seq></dc:creator>\n", esc(r.Meta.Author))
	}
	fmt.Fprintf(&b, "<dc:language><rdf:Bag><rdf:li>%s</rdf:li></rdf:Bag></dc:language>\n", lang)
	fmt.Fprintf(&b, "<xmp:CreateDate>%s</xmp:CreateDate>\n", date)
	fmt.Fprintf(&b, "<xmp:ModifyDate>%s</xmp:ModifyDate>\n", date)
	fmt.Fprintf(&b, "<xmp:MetadataDate>%s</xmp:MetadataDate>\n", date)
	fmt.Fprintf(&b, "<xmp:CreatorTool>%s</xmp:CreatorTool>\n", esc(r.Meta.Creator))
	fmt.Fprintf(&b, "<pdf:Producer>%s</pdf:Producer>\n", producer)
	fmt.Fprintf(&b, "<pdf:Keywords>%s</pdf:Keywords>\n", esc(r.Meta.Keywords))
	b.WriteString("</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"r\"?>")
	return b.Bytes()
}

// producer is the PDF producer, in the information dictionary and XMP.
const producer = "Balansplan (gofpdf)"

// withCatalog adds /Lang, /Metadata (the XMP stream gofpdf wrote) and
// /ViewerPreferences to the document catalog of gofpdf's output. gofpdf
// writes the catalog as the last object before the cross-reference table,
// so only the startxref offset moves; anything else is refused as
// errPDFShape, as compressStreams does.
func withCatalog(pdf []byte, lang string) ([]byte, error) {
	xrefAt, offsets, err := crossReferences(pdf)
	if err != nil {
		return nil, err
	}
	const catalog = "<<\n/Type /Catalog\n"
	at := bytes.LastIndex(pdf[:xrefAt], []byte(catalog))
	if at < 0 {
		return nil, errPDFShape
	}
	for _, o := range offsets[1:] {
		if o > at {
			return nil, errPDFShape
		}
	}
	const meta = " 0 obj\n<< /Type /Metadata /Subtype /XML "
	mi := bytes.Index(pdf, []byte(meta))
	if mi < 0 {
		return nil, errPDFShape
	}
	nl := bytes.LastIndexByte(pdf[:mi], '\n')
	metaObj, err := strconv.Atoi(string(pdf[nl+1 : mi]))
	if err != nil || metaObj <= 0 || metaObj >= len(offsets) || offsets[metaObj] != nl+1 {
		return nil, errPDFShape
	}
	ins := fmt.Appendf(nil, "/Lang (%s)\n/Metadata %d 0 R\n/ViewerPreferences << /DisplayDocTitle true >>\n", lang, metaObj)
	insAt := at + len(catalog)
	out := make([]byte, 0, len(pdf)+len(ins))
	out = append(out, pdf[:insAt]...)
	out = append(out, ins...)
	out = append(out, pdf[insAt:]...)
	// startxref moves by the inserted length.
	sx := bytes.LastIndex(out, []byte("\nstartxref\n"))
	if sx < 0 {
		return nil, errPDFShape
	}
	rest := out[sx+len("\nstartxref\n"):]
	end := bytes.IndexByte(rest, '\n')
	if end < 0 {
		return nil, errPDFShape
	}
	fixed := append([]byte(nil), out[:sx+len("\nstartxref\n")]...)
	fixed = strconv.AppendInt(fixed, int64(xrefAt+len(ins)), 10)
	return append(fixed, rest[end:]...), nil
}
