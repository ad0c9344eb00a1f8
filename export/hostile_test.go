package export

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"balansplan/model"
)

// hostile makes a text of exactly n characters that has everything a font
// and a PDF writer can trip over: emoji (outside the 16-bit plane, with a
// skin-tone modifier and a zero-width joiner), Arabic and Hebrew (right to
// left, with a direction override), Chinese, control characters, a byte
// order mark, combining accents, tabs and all kinds of line ends, PDF's
// own special characters, and words far wider than any column.
func hostile(tag string, n int) string {
	parts := []string{
		tag + " ",
		"Ëén café in Zeeuws-Vlaanderen: ", "😀👍🏽👨‍👩‍👧 ", "مرحبا بالعالم ", "שלום ", "\u202eomgekeerd\u202c ",
		"你好世界，中文字符 ", "\x00\x01\x07\x1b\x7f\u0085\u2028\u2029 ", "\ufeff", "e\u0301 ",
		"\ttab\r\nCRLF\rCR\n", "(haakjes) \\backslash\\ %procent ",
		strings.Repeat("Lang", 400) + " ", "\U0001F4A9\U0010FFFF\uFFFF ",
	}
	var b strings.Builder
	for i := 0; utf8.RuneCountInString(b.String()) < n; i++ {
		b.WriteString(parts[i%len(parts)])
	}
	r := []rune(b.String())
	return string(r[:n])
}

// hostilePlan fills every text field of the regenboog plan with hostile
// text of the longest length the model allows.
func hostilePlan(t *testing.T) *model.Plan {
	p := fixtures(t)[1].plan.Clone()
	n := model.MaxTextLen
	h := func(tag string) string { return hostile(tag, n) }
	p.School.Name, p.School.BRIN, p.School.Board = h("school"), h("brin"), h("board")
	p.Title, p.Version = h("title"), h("version")
	p.Authors = []string{h("author1"), h("author2"), h("author3")}
	for i := range p.Visions {
		v := &p.Visions[i]
		v.Code = hostile(v.Code, n)
		v.Title, v.Text = h("vtitle"+v.Code[:3]), h("vtext")
	}
	for i := range p.Investments {
		inv := &p.Investments[i]
		inv.Code = hostile(inv.Code, n)
		inv.Title, inv.Description, inv.Owner = h("ititle"), h("idesc"), h("owner")
		if model.FreeCategory(inv.Block) {
			inv.Category = model.Category(h("category"))
		}
	}
	for i := range p.Agreements {
		p.Agreements[i].Text = h("agreement")
	}
	for i := range p.Assessments {
		p.Assessments[i].Session, p.Assessments[i].Participant = h("session"), h("participant")
	}
	// The board chapters (issue 13): every text hostile, enum values the
	// model does not know, dates that are not dates, numbers out of range.
	p.Proposal = model.Proposal{Decision: h("decision"), Funding: h("funding"), OverCeiling: h("over"), Conditions: h("conditions")}
	p.Adoption = model.Adoption{Date: h("date"), By: h("by"),
		Council:     model.Council{Kind: model.CouncilKind(h("kind")), Outcome: model.CouncilOutcome(h("outcome")), Date: "2026-02-30", Note: h("note")},
		Signatories: []model.Signatory{{Name: h("name1"), Function: h("function1")}, {Name: h("name2")}, {Function: h("function3")}}}
	p.Inventory = []model.InventoryItem{
		{ID: "i1", Kind: model.InventoryKind(h("kind")), Description: h("idesc"), Quantity: -5, Year: -1, Note: h("inote")},
		{ID: "i2", Kind: model.InventoryKnelpunt, Description: h("problem"), Note: h("pnote")},
		{ID: "i3", Kind: model.InventoryApparaten, Description: h("devices"), Quantity: 1 << 30, Year: 99999},
	}
	p.Organisation = []model.Responsibility{{ID: "r1", Task: h("task"), Person: h("person"), HoursPerYear: -3, Duties: h("duties")},
		{ID: "r2", Task: h("task2"), HoursPerYear: 1 << 30}}
	p.Risks = []model.Risk{{ID: "k1", Description: h("risk"), Likelihood: model.Grade(h("grade")), Impact: model.GradeHoog, Owner: h("rowner"), Measure: h("measure")},
		{ID: "k2", Description: h("risk2"), Likelihood: model.GradeHoog, Impact: model.GradeHoog}}
	p.Privacy = model.Privacy{Responsible: h("resp"), ProcessingAgreements: h("pa"), DPIA: h("dpia"), Note: h("pnote")}
	p.Review = model.Review{By: h("rby"), When: h("rwhen"), How: h("rhow")}
	p.Narrative = model.Narrative{Situation: h("sit"), Organisation: h("org"), Replacement: h("repl"), Communication: h("comm"), Schoolplan: h("splan")}
	return p
}

func TestHostileTextsInEveryFieldExportWithoutError(t *testing.T) {
	p := hostilePlan(t)
	if ps := p.Validate(); len(ps) > 0 {
		t.Logf("the hostile plan has validation problems (export must cope anyway): %v", ps.Messages(model.EN)[0])
	}
	for _, l := range []model.Lang{model.NL, model.EN} {
		r := Build(p, analyse(t, p), l)
		m, _ := loadMetrics()
		lo := layOut(m, r)
		if pg := lo.chapterPages[0]; pg[0] != pg[1] {
			t.Errorf("%s: with hostile texts the summary runs over pages %d-%d", l, pg[0], pg[1])
		}
		path := filepath.Join(t.TempDir(), "hostile.pdf")
		if err := WritePDF(r, path); err != nil {
			t.Fatalf("%s: %v", l, err)
		}
		run(t, "qpdf", "--check", path)
		text := run(t, "pdftotext", "-enc", "UTF-8", path, "-")
		if !strings.Contains(text, "\uFFFD") {
			t.Error("characters the font lacks are not visibly replaced")
		}
		if !strings.Contains(text, "Ëén café") {
			t.Error("Dutch text with diacritics is lost")
		}
		if !strings.Contains(text, r.Cut) {
			t.Errorf("rows taller than a page are not marked %q", r.Cut)
		}
	}
}

func TestInvalidUTF8AndEmptyPlansDoNotCrash(t *testing.T) {
	plans := map[string]*model.Plan{
		"empty":     {School: model.School{Name: "Leeg"}, Title: "Leeg plan", StartYear: 2026, EndYear: 2026},
		"no period": {School: model.School{Name: "Zonder periode"}, Title: "Geen jaren"},
		"invalid utf8": {School: model.School{Name: "Bad \xff\xfe bytes"}, Title: "T\xc3", StartYear: 2026, EndYear: 2027,
			Visions: []model.Vision{{ID: "v", Code: "V1", Title: "\xe2\x82"}}},
	}
	for name, p := range plans {
		var buf bytes.Buffer
		if err := RenderPDF(Build(p, analyse(t, p), model.NL), &buf); err != nil {
			t.Errorf("%s: %v", name, err)
		}
		if !bytes.HasPrefix(buf.Bytes(), []byte("%PDF-")) {
			t.Errorf("%s: output is not a PDF", name)
		}
	}
}

func TestCleanReplacesWhatTheFontLacks(t *testing.T) {
	m, err := loadMetrics()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ in, want string }{
		{"Coördinator – €5", "Coördinator – €5"},
		{"a😀b", "a\uFFFDb"},
		{"中", "\uFFFD"},
		{"a\tb", "a b"},
		{"a\r\nb\rc\nd", "a\nb\nc\nd"},
		{"x\x00y\x1b", "xy"},
		{"bad\xffbyte", "bad\uFFFDbyte"},
	}
	for _, c := range cases {
		if got := m.clean(c.in, true); got != c.want {
			t.Errorf("clean(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	if got := m.clean("a\nb", false); got != "a b" {
		t.Errorf("single-line clean gives %q", got)
	}
}

func TestWrapKeepsLinesWithinTheWidth(t *testing.T) {
	m, _ := loadMetrics()
	text := m.clean(hostile("wrap", 3000), true)
	for _, w := range []float64{5, 20, 80, 168} {
		for _, ln := range m.wrap(regular, 9.6, text, w) {
			// A single character wider than the line is the only excuse.
			if got := m.width(regular, 9.6, ln); got > w+0.001 && utf8.RuneCountInString(ln) > 1 {
				t.Fatalf("line %q is %.2f mm wide, limit %.0f", ln, got, w)
			}
		}
	}
}

func TestARowTallerThanAPageIsCutVisibly(t *testing.T) {
	m, _ := loadMetrics()
	r := &Report{Cut: "[ingekort]", Chapters: []Chapter{{Number: "1", Title: "T", Blocks: []Block{TableBlock(&Table{
		Columns: []Column{{Title: "a", Width: 1}, {Title: "b", Width: 9}},
		Rows:    []Row{{Cells: []Cell{{Text: "x"}, {Text: strings.Repeat("woord ", 20000)}}}, {Cells: []Cell{{Text: "y"}, {Text: "kort"}}}},
	})}}}}
	lo := layOut(m, r)
	found := false
	for _, p := range lo.pages {
		for _, o := range p.ops {
			if o.kind == opText {
				if strings.HasSuffix(o.text, "[ingekort]") {
					found = true
				}
				if o.y > bodyBottom+0.01 && o.y < footerY-5 {
					t.Errorf("text at y=%.1f runs into the bottom margin: %q", o.y, o.text)
				}
			}
		}
	}
	if !found {
		t.Error("the cut row carries no [ingekort] mark")
	}
}
