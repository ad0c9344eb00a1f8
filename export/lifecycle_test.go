package export

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"balansplan/model"
	"balansplan/model/testplan"
)

// The four-year plan of planning/lifecycle_walk_test.go, rebuilt here (a
// test of another package cannot be imported), walked to the autumn of
// 2027: adopted as 1.0, 2026 and 2027 realised, a second round, V1
// evaluated, revised as 1.1 and not yet adopted again. By hand (euros):
//
//	plan 1.1 per year: 2026 12,000 (desk 10,000, inhoud 2,000)
//	                   2027 32,000 (inhoud 2,000, infra 30,000)
//	                   2028 14,000 (desk 4,000, inhoud 2,000, leid 8,000)
//	                   2029  2,000 (inhoud 2,000)            total 60,000
//	spent: 2026 D1 9,500 + I1 2,100 = 11,600 (variance -400: desk -500, inhoud +100)
//	       2027 I1 2,000 + N1 32,500 = 34,500 (variance +2,500: infra +2,500)
//	       2026-2027: planned 44,000, spent 46,100, variance +2,100
//	since 1.0: V2 renamed; D2 added, L1 start 01-2028 -> 03-2028 and
//	one-off 5,000 -> 8,000, N2 dropped; agreement #1 deels -> alle, #2 added;
//	2028 7,000 -> 14,000 (+7,000: desk +4,000, leid +3,000),
//	2029 8,000 -> 2,000 (-6,000 infra); total 59,000 -> 60,000 (+1,000).
//	overdue on 31-12-2027: N1 (due 03-2027, lopend).
//	visie level: round 2026 (2+4)/2 = 3, round 2027 (4+4)/2 = 4; goal 4,5.
//	next steps 2028: N1 overdue (0), D2 starts (4,000), L1 starts (8,000),
//	I1 continues (2,000).
func walkedPlan(t testing.TB) *model.Plan {
	t.Helper()
	m := model.MonthOf
	eur := model.Euros
	p := testplan.Wandeling(t)
	v2 := p.Visions[1].ID
	code := func(c string) *model.Investment {
		for i := range p.Investments {
			if p.Investments[i].Code == c {
				return &p.Investments[i]
			}
		}
		t.Fatalf("no investment %s", c)
		return nil
	}
	must := func(ps model.Problems) {
		t.Helper()
		if ps != nil {
			t.Fatal(ps.Messages(model.EN))
		}
	}
	_, ps := p.SetStatus(model.StatusBesproken, "2026-05-20", "MR", "Positief advies.")
	must(ps)
	_, ps = p.Adopt("2026-06-15", "College van bestuur", "Vastgesteld.")
	must(ps)
	code("D1").SetRealisation(model.Realisation{Year: 2026, OneOff: eur(9500)})
	code("I1").SetRealisation(model.Realisation{Year: 2026, Recurring: eur(2100)})
	must(code("D1").RecordStatus("2026-08-20", model.InvLopend, ""))
	must(code("I1").RecordStatus("2026-09-01", model.InvLopend, ""))
	code("I1").SetRealisation(model.Realisation{Year: 2027, Recurring: eur(2000)})
	code("N1").SetRealisation(model.Realisation{Year: 2027, OneOff: eur(32500)})
	must(code("N1").RecordStatus("2027-01-10", model.InvLopend, "levering in delen"))
	must(code("D1").RecordStatus("2027-06-30", model.InvAfgerond, ""))
	p.Assessments = append(p.Assessments,
		model.Assessment{ID: model.NewID(), Participant: "p1", Role: model.RoleLeraar, Year: 2027, Scores: map[model.Block]model.Score{model.BlockVisie: {Now: 4, Goal: 4}}},
		model.Assessment{ID: model.NewID(), Participant: "p2", Role: model.RoleSchoolleider, Year: 2027, Scores: map[model.Block]model.Score{model.BlockVisie: {Now: 4, Goal: 5}}})
	p.Visions[0].SetEvaluation(model.VisionEvaluation{Year: 2027, Rating: 3, Note: "Deels: groep 6 nog niet."})
	_, ps = p.StartRevision("2027-09-01", "directeur")
	must(ps)
	p.RemoveInvestment(code("N2").ID)
	l1 := code("L1")
	l1.Start, l1.Cost.OneOff = m(2028, 3), eur(8000)
	p.Investments = append(p.Investments, model.Investment{ID: model.NewID(), Code: "D2", Title: "Scholing leiderschap",
		Block: model.BlockDeskundigheid, Start: m(2028, 2), End: m(2028, 6), Status: model.InvGepland,
		Cost: model.Cost{OneOff: eur(4000)}, VisionIDs: []string{v2}})
	p.Visions[1].Title = "Digitale geletterdheid voor iedereen"
	p.Agreements[0].Coverage = model.CoverageAlle
	p.Agreements = append(p.Agreements, model.Agreement{ID: model.NewID(), Kind: model.AgreementAanschafBeheer, Coverage: model.CoverageAlle, Text: "Beheer via het bestuur."})
	must(p.Validate())
	return p
}

// lifecycleDay is the day of the exports in these tests: the end of 2027.
var lifecycleDay = time.Date(2027, 12, 31, 15, 0, 0, 0, time.UTC)

// keepPDF copies a PDF to $PDF13_KEEP, when set, for a look.
func keepPDF(t *testing.T, path, name string) {
	t.Helper()
	if dir := os.Getenv("PDF13_KEEP"); dir != "" {
		data, err := os.ReadFile(path)
		if err == nil {
			err = os.WriteFile(filepath.Join(dir, name), data, 0o644)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
}

func planPDFText(t *testing.T, p *model.Plan, l model.Lang, name string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "plan.pdf")
	if err := ExportPDFOn(p, nil, l, path, nil, lifecycleDay); err != nil {
		t.Fatal(err)
	}
	keepPDF(t, path, name+"-"+string(l)+".pdf")
	return euroTight(squash(run(t, "pdftotext", "-layout", "-enc", "UTF-8", path, "-")))
}

func progressPDF(t *testing.T, p *model.Plan, y int, l model.Lang) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "voortgang.pdf")
	if err := ExportProgressPDFOn(p, y, l, path, lifecycleDay); err != nil {
		t.Fatal(err)
	}
	keepPDF(t, path, "voortgang-"+string(l)+".pdf")
	return path
}

// wantRows checks that chapter id of r has the given table rows, each
// written as its cells joined by " | ", a cell's lines by " / ", or
// label/value fields written as "label = value".
func wantRows(t *testing.T, r *Report, id string, want ...string) {
	t.Helper()
	var rows []string
	collect := func(bs []Block) {
		for _, bl := range bs {
			for _, f := range bl.Fields {
				rows = append(rows, strings.ReplaceAll(f.Label+" = "+f.Value, "\u00a0", " "))
			}
			if bl.Table == nil {
				continue
			}
			for _, row := range bl.Table.Rows {
				var cs []string
				for _, c := range row.Cells {
					cs = append(cs, strings.ReplaceAll(c.Text, "\n", " / "))
				}
				rows = append(rows, strings.ReplaceAll(strings.Join(cs, " | "), "\u00a0", " "))
			}
		}
	}
	found := false
	for _, ch := range r.Chapters {
		if ch.ID != id {
			continue
		}
		found = true
		collect(ch.Blocks)
		for _, s := range ch.Sections {
			collect(s.Blocks)
		}
	}
	if !found {
		t.Fatalf("no chapter %q", id)
	}
	for _, w := range want {
		if !slices.Contains(rows, w) {
			t.Errorf("chapter %s has no row %q; it has:\n%s", id, w, strings.Join(rows, "\n"))
		}
	}
}

func wantAll(t *testing.T, text string, want ...string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(text, w) {
			t.Errorf("the PDF does not say %q", w)
		}
	}
}

// The revised plan's PDF has the chapter of changes right after the
// proposal, with the figures worked out above; the budget chapter has
// plan against realisation and flags N1 as overdue.
func TestTheRevisedPlanSaysWhatChangedAndWhatWasSpent(t *testing.T) {
	p := walkedPlan(t)
	r := BuildOn(p, nil, model.NL, lifecycleDay)
	var ids []string
	for _, ch := range r.Chapters {
		ids = append(ids, ch.ID)
	}
	if len(ids) < 3 || ids[0] != "summary" || ids[2] != "changes" {
		t.Fatalf("chapters %v: the changes must be the third, after the summary and the proposal", ids)
	}
	wantRows(t, r, "changes",
		"gewijzigd | V2 | Digitale geletterdheid voor iedereen | titel: van Digitale geletterdheid naar Digitale geletterdheid voor iedereen",
		"toegevoegd | D2 | Scholing leiderschap | nieuw in deze versie",
		"gewijzigd | L1 | Sturen op ict | start: van 01-2028 naar 03-2028 / eenmalig: van € 5.000 naar € 8.000",
		"vervallen | N2 | Nieuwe wifi | niet meer in het plan",
		"gewijzigd | #1 | Iedere week rekenen op de tablet. | draagvlak: van een deel naar (vrijwel) alles",
		"toegevoegd | #2 | Beheer via het bestuur. | nieuw in deze versie",
		// the budget delta per year and bouwsteen: 2028 +4,000 desk,
		// +3,000 leid, 7,000 -> 14,000; 2029 -6,000 infra; total +1,000
		"2028 |  | +€ 4.000 |  |  | +€ 3.000 | € 7.000 | € 14.000 | +€ 7.000",
		"2029 |  |  |  | −€ 6.000 |  | € 8.000 | € 2.000 | −€ 6.000",
		"Totaal |  | +€ 4.000 |  | −€ 6.000 | +€ 3.000 | € 59.000 | € 60.000 | +€ 1.000",
	)
	wantRows(t, r, "budget",
		"2026 | gepland / uitgegeven / verschil | € 0 / € 0 / 0 | € 10.000 / € 9.500 / −€ 500 | € 2.000 / € 2.100 / +€ 100 | € 0 / € 0 / 0 | € 0 / € 0 / 0 | € 12.000 / € 11.600 / −€ 400",
		"2027 | gepland / uitgegeven / verschil | € 0 / € 0 / 0 | € 0 / € 0 / 0 | € 2.000 / € 2.000 / 0 | € 30.000 / € 32.500 / +€ 2.500 | € 0 / € 0 / 0 | € 32.000 / € 34.500 / +€ 2.500",
		"2028 | gepland / uitgegeven | € 0 / – | € 4.000 / – | € 2.000 / – | € 0 / – | € 8.000 / – | € 14.000 / nog niet bekend",
		// the years on record: 12,000 + 32,000 planned, 11,600 + 34,500 spent
		"2026 t/m 2027 | gepland / uitgegeven / verschil | € 0 / € 0 / 0 | € 10.000 / € 9.500 / −€ 500 | € 4.000 / € 4.100 / +€ 100 | € 30.000 / € 32.500 / +€ 2.500 | € 0 / € 0 / 0 | € 44.000 / € 46.100 / +€ 2.100",
		"N1 | Tablets | Infrastructuur | 03-2027 | Lopend",
	)
	text := planPDFText(t, p, model.NL, "walked")
	wantAll(t, text,
		"Wijzigingen sinds de vastgestelde versie",
		"Het bestuur stelde versie 1.0 van dit plan vast op 15 juni 2026. Dit is versie 1.1",
		"vervallen N2 Nieuwe wifi niet meer in het plan",
		"2028 +€4.000 +€3.000 €7.000 €14.000 +€7.000",
		"Totaal +€4.000 −€6.000 +€3.000 €59.000 €60.000 +€1.000",
		"Plan en realisatie",
		"2027 gepland €0 €0 €2.000 €30.000 €0 €32.000",
		"uitgegeven €0 €0 €2.000 €32.500 €0 €34.500",
		"verschil 0 0 0 +€2.500 0 +€2.500",
		"Gepland en uitgegeven per jaar",
		"Te laat: 1 investering(en)",
		"Op 31 december 2027 zijn deze investeringen",
		"N1 Tablets Infrastructuur 03-2027 Lopend",
	)
	if strings.Contains(text, "nog niet bekend €") {
		t.Error("a year without a record must not print amounts as spent")
	}
}

// A plan that was never adopted, or adopted and not changed since, has no
// chapter of changes and no realisation section: it prints as before.
func TestAnUnchangedPlanHasNoChangesChapter(t *testing.T) {
	p := walkedPlan(t)
	if _, ps := p.Adopt("2027-10-01", "College van bestuur", "Herzien vastgesteld."); ps != nil {
		t.Fatal(ps.Messages(model.EN))
	}
	for _, ch := range BuildOn(p, nil, model.NL, lifecycleDay).Chapters {
		if ch.ID == "changes" {
			t.Error("an adopted plan that did not change since has a chapter of changes")
		}
	}
	fresh := walkedPlan(t)
	fresh.Versions, fresh.StatusHistory = nil, nil
	for i := range fresh.Investments {
		fresh.Investments[i].Realisation = nil
	}
	for _, ch := range BuildOn(fresh, nil, model.NL, lifecycleDay).Chapters {
		if ch.ID == "changes" {
			t.Error("a plan never adopted has a chapter of changes")
		}
		for _, s := range ch.Sections {
			if s.ID == "budget-realisation" {
				t.Error("a plan without realisation has a section of realisation")
			}
		}
	}
}

// The progress report of 2027, in both languages, with the figures worked
// out by hand above; the same bytes twice, and qpdf finds nothing.
func TestTheProgressReportOf2027(t *testing.T) {
	p := walkedPlan(t)
	r := BuildProgressOn(p, 2027, model.NL, lifecycleDay)
	wantRows(t, r, "progress-summary",
		"Gepland in 2027 = € 32.000", "Uitgegeven in 2027 = € 34.500", "Verschil (uitgegeven min gepland) = +€ 2.500",
		"Gepland 2026 t/m 2027 = € 44.000", "Uitgegeven 2026 t/m 2027 = € 46.100",
		"Visie-uitspraken geëvalueerd in 2027 = 1 van 2", "Te laat op 31 december 2027 = 1",
		"Gewijzigd sinds versie 1.0 = 1 visie-uitspraken, 3 investeringen, 2 afspraken; uitgaven +€ 1.000")
	wantRows(t, r, "progress-money",
		"2027 | gepland / uitgegeven / verschil | € 0 / € 0 / 0 | € 0 / € 0 / 0 | € 2.000 / € 2.000 / 0 | € 30.000 / € 32.500 / +€ 2.500 | € 0 / € 0 / 0 | € 32.000 / € 34.500 / +€ 2.500",
		"2026 t/m 2027 | gepland / uitgegeven / verschil | € 0 / € 0 / 0 | € 10.000 / € 9.500 / −€ 500 | € 4.000 / € 4.100 / +€ 100 | € 30.000 / € 32.500 / +€ 2.500 | € 0 / € 0 / 0 | € 44.000 / € 46.100 / +€ 2.100",
		"I1 | Adaptief rekenprogramma | Inhoud en toepassingen | € 2.000 | € 2.000 | 0 | Lopend",
		"N1 | Tablets | Infrastructuur | € 30.000 | € 32.500 | +€ 2.500 | Lopend")
	wantRows(t, r, "progress-evaluations",
		"V1 | Adaptief rekenen | Rekenscores groep 6-8 (06-2027) | 3 van 5 | Deels: groep 6 nog niet.",
		"V2 | Digitale geletterdheid voor iedereen | geen indicator | nog niet geëvalueerd | ")
	wantRows(t, r, "progress-changes",
		"gewijzigd | L1 | Sturen op ict | start: van 01-2028 naar 03-2028 / eenmalig: van € 5.000 naar € 8.000",
		"2028 |  | +€ 4.000 |  |  | +€ 3.000 | € 7.000 | € 14.000 | +€ 7.000")
	wantRows(t, r, "progress-balance",
		// visie: round 2026 (2+4)/2 = 3, round 2027 (4+4)/2 = 4, goal (4+5)/2
		"Visie | 3 | 4 | 4,5", "Deskundigheid | – | – | –")
	wantRows(t, r, "progress-next",
		"N1 | Tablets | Infrastructuur | 01-2027 – 03-2027 | te laat: nog niet afgerond | € 0",
		"D2 | Scholing leiderschap | Deskundigheid | 02-2028 – 06-2028 | begint volgend jaar | € 4.000",
		"L1 | Sturen op ict | Leiderschap en samenwerking | 03-2028 – 12-2028 | begint volgend jaar | € 8.000",
		"I1 | Adaptief rekenprogramma | Inhoud en toepassingen | 09-2026 e.v. | loopt door | € 2.000",
		"N1 | Tablets | Infrastructuur | 03-2027 | Lopend")

	path := progressPDF(t, p, 2027, model.NL)
	text := euroTight(squash(run(t, "pdftotext", "-layout", "-enc", "UTF-8", path, "-")))
	wantAll(t, text,
		"Voortgang in 2027", "OBS De Wandeling",
		"31 december 2027 (datum van export)",
		"Gepland in 2027 €32.000", "Uitgegeven in 2027 €34.500",
		"2027 gepland €0 €0 €2.000 €30.000 €0 €32.000",
		"verschil 0 0 0 +€2.500 0 +€2.500",
		"uitgegeven €0 €9.500 €4.100 €32.500 €0 €46.100",
		"verschil 0 −€500 +€100 +€2.500 0 +€2.100",
		"N1 Tablets Infrastructuur €30.000 €32.500 +€2.500 Lopend",
		"3 van 5 Deels: groep 6 nog niet.",
		"Wat er veranderde", "2028 +€4.000 +€3.000 €7.000 €14.000 +€7.000",
		"Ronde 2026 Ronde 2027 Doel", "Visie 3 4 4,5",
		"Niveau per bouwsteen per zelfevaluatieronde",
		"D2 Scholing leiderschap Deskundigheid 02-2028 – 06-2028 begint volgend jaar €4.000",
	)
	en := euroTight(squash(run(t, "pdftotext", "-layout", "-enc", "UTF-8", progressPDF(t, p, 2027, model.EN), "-")))
	wantAll(t, en, "Progress in 2027", "Spent in 2027 €34,500",
		"3 of 5", "The balance then and now", "starts next year €8,000", "What changed", "31 December 2027 (date of export)")

	again := progressPDF(t, p, 2027, model.NL)
	a, _ := os.ReadFile(path)
	b, _ := os.ReadFile(again)
	if len(a) == 0 || !bytes.Equal(a, b) {
		t.Error("two progress reports of the same plan and day differ")
	}
	run(t, "qpdf", "--check", path)
}

// A plan without any of the plan's life (the example, never adopted, no
// realisation), a plan with nothing in it, and a year outside the period
// all give a progress report that renders, never a panic; each chapter
// says what is missing instead of printing zeros as facts.
func TestAProgressReportOfAPlanWithoutItsLifeRenders(t *testing.T) {
	for name, c := range map[string]struct {
		p    *model.Plan
		year int
	}{
		"example":      {testplan.Regenboog(t), 2026},
		"empty":        {&model.Plan{}, 2027},
		"outside":      {walkedPlan(t), 2035},
		"no period":    {&model.Plan{StartYear: 2029, EndYear: 2026}, 2027},
		"next of last": {walkedPlan(t), 2029},
	} {
		r := BuildProgressOn(c.p, c.year, model.NL, lifecycleDay)
		var buf bytes.Buffer
		if err := RenderPDF(r, &buf); err != nil || buf.Len() == 0 {
			t.Errorf("%s: %v", name, err)
		}
	}
	r := BuildProgressOn(testplan.Regenboog(t), 2026, model.NL, lifecycleDay)
	wantRows(t, r, "progress-summary", "Uitgegeven in 2026 = nog niet bekend")
	for _, ch := range r.Chapters {
		if ch.ID == "progress-changes" && (len(ch.Blocks) != 1 || !strings.Contains(ch.Blocks[0].Text, "nog niet vastgesteld")) {
			t.Errorf("a plan never adopted: %+v", ch.Blocks)
		}
	}
}

// An adopted plan with nothing spent on record still flags what is
// overdue on the day of the export, and says where spending is entered.
func TestAnAdoptedPlanWithoutSpendingFlagsWhatIsOverdue(t *testing.T) {
	p := walkedPlan(t)
	for i := range p.Investments {
		p.Investments[i].Realisation = nil
	}
	r := BuildOn(p, nil, model.NL, lifecycleDay)
	wantRows(t, r, "budget", "N1 | Tablets | Infrastructuur | 03-2027 | Lopend")
	var texts []string
	for _, ch := range r.Chapters {
		for _, s := range ch.Sections {
			if s.ID == "budget-realisation" {
				for _, bl := range s.Blocks {
					texts = append(texts, bl.Title+" "+bl.Text)
				}
			}
		}
	}
	all := strings.Join(texts, "\n")
	for _, want := range []string{"nog niet geregistreerd wat er werkelijk werd uitgegeven", "scherm Begroting", "Te laat: 1 investering(en)"} {
		if !strings.Contains(all, want) {
			t.Errorf("the section does not say %q:\n%s", want, all)
		}
	}
	if text := planPDFText(t, p, model.EN, "unspent"); !strings.Contains(text, "What was actually spent has not been recorded yet") {
		t.Error("the English PDF does not say that nothing was spent on record")
	}
}
