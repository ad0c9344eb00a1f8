package export

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"balansplan/model"
	"balansplan/model/sample"
	"balansplan/model/testplan"
)

// boardPlan is the worked example with every board chapter filled in:
// a proposal, an adoption with the council's consent and two signatories,
// an inventory of every kind with a known problem, three tasks, three
// risks given out of order, the privacy paragraph, the review, every
// narrative, and an evaluation for one vision statement.
func boardPlan(t testing.TB) *model.Plan {
	p := testplan.Regenboog(t)
	p.Proposal = model.Proposal{
		Decision:    "Het bestuur stelt het ict-beleidsplan vast en geeft de bedragen per jaar vrij.",
		Funding:     "Uit de lumpsum en de bestemmingsreserve ict.",
		OverCeiling: "Een jaar boven het plafond wordt gedekt uit de bestemmingsreserve ict.",
		Conditions:  "Jaarlijkse rapportage aan het bestuur in juni.",
	}
	p.Adoption = model.Adoption{
		Date: "2026-03-12", By: "College van bestuur",
		Council: model.Council{Kind: model.CouncilInstemming, Outcome: model.CouncilPositief, Date: "2026-03-01", Note: "Met de vraag het team te betrekken."},
		Signatories: []model.Signatory{
			{Name: "A. de Vries", Function: "voorzitter college van bestuur"},
			{Name: "B. Jansen", Function: "directeur"},
			{Name: "C. Bakker", Function: "voorzitter medezeggenschapsraad"},
		},
	}
	p.Inventory = []model.InventoryItem{
		{ID: "inv-1", Kind: model.InventorySoftware, Description: "Leerlingvolgsysteem", Quantity: 1, Year: 2021},
		{ID: "inv-2", Kind: model.InventoryApparaten, Description: "Chromebooks groep 5 tot 8", Quantity: 1200, Year: 2022, Note: "accu's slijten"},
		{ID: "inv-3", Kind: model.InventoryKnelpunt, Description: "Wifi valt uit in het souterrain", Note: "sinds de verbouwing"},
		{ID: "inv-4", Kind: model.InventoryNetwerk, Description: "Glasvezel en 14 access points"},
		{ID: "inv-5", Kind: model.InventoryApparaten, Description: "Digitale schoolborden", Quantity: 12, Year: 2018},
		{ID: "inv-6", Kind: model.InventoryOndersteuning, Description: "Beheercontract met de leverancier", Year: 2024},
	}
	p.Organisation = []model.Responsibility{
		{ID: "r-1", Task: "ict-coördinator", Person: "D. Smit", HoursPerYear: 200, Duties: "Coördineert het plan en de scholing."},
		{ID: "r-2", Task: "Beheer", Person: "Leverancier", HoursPerYear: 120},
		{ID: "r-3", Task: "Besluit over het budget", Person: "Directeur"},
	}
	p.Risks = []model.Risk{
		{ID: "k-1", Description: "Leverancier stopt met het product", Likelihood: model.GradeLaag, Impact: model.GradeMidden, Owner: "D. Smit", Measure: "Exitclausule in het contract"},
		{ID: "k-2", Description: "Team heeft te weinig tijd voor scholing", Likelihood: model.GradeHoog, Impact: model.GradeHoog, Owner: "Directeur", Measure: "Studiedagen inplannen"},
		{ID: "k-3", Description: "Netwerk houdt de groei niet bij", Likelihood: model.GradeMidden, Impact: model.GradeHoog, Owner: "Beheer", Measure: "Meting in het eerste jaar"},
	}
	p.Privacy = model.Privacy{Responsible: "De directeur, met de functionaris gegevensbescherming van het bestuur.", ProcessingAgreements: "Via het landelijke privacyconvenant.", DPIA: "Bij elk nieuw leerplatform."}
	p.Review = model.Review{By: "Directeur en ict-coördinator", When: "Elk jaar in juni", How: "In de teamvergadering; de uitkomst gaat naar het bestuur."}
	p.Narrative = model.Narrative{
		Situation:     "De school werkt sinds 2022 met Chromebooks in de bovenbouw.",
		Organisation:  "De directeur besluit, de ict-coördinator coördineert en de leverancier beheert.",
		Replacement:   "De Chromebooks worden in 2030 vervangen.",
		Communication: "Het team hoort elke maand in de teamvergadering hoe het plan loopt.",
		Schoolplan:    "Het plan werkt doel 3 van het schoolplan uit.",
	}
	if len(p.Visions) > 0 {
		v := &p.Visions[0]
		v.Evaluation = model.Evaluation{Indicator: "Leerlingenenquête: motivatie", Moment: model.MonthOf(p.StartYear+1, 6)}
	}
	return p
}

// emptyBoardPlan is the worked example without any board data and without
// any vision evaluation.
func emptyBoardPlan(t testing.TB) *model.Plan {
	p := testplan.Regenboog(t)
	p.Proposal, p.Adoption, p.Privacy, p.Review, p.Narrative = model.Proposal{}, model.Adoption{}, model.Privacy{}, model.Review{}, model.Narrative{}
	p.Inventory, p.Organisation, p.Risks = nil, nil, nil
	for i := range p.Visions {
		p.Visions[i].Evaluation = model.Evaluation{}
	}
	return p
}

// pdfText exports p and returns pdftotext's text in layout mode (a table
// row on one line) with white space squashed and no space after the euro
// sign (pdftotext drops it between close glyphs). With PDF13_KEEP set to a folder, the PDF is kept there for a
// look.
func pdfText(t *testing.T, p *model.Plan, l model.Lang, name string) string {
	t.Helper()
	path := exportTo(t, p, l)
	if dir := os.Getenv("PDF13_KEEP"); dir != "" {
		data, err := os.ReadFile(path)
		if err == nil {
			err = os.WriteFile(filepath.Join(dir, name+"-"+string(l)+".pdf"), data, 0o644)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	return euroTight(squash(run(t, "pdftotext", "-layout", "-enc", "UTF-8", path, "-")))
}

func euroTight(s string) string { return strings.ReplaceAll(squash(s), "€ ", "€") }

// The chapters in the order a board reads them (export/doc.go says why).
func TestBoardChaptersStandWhereABoardExpectsThem(t *testing.T) {
	p := boardPlan(t)
	r := Build(p, analyse(t, p), model.NL)
	var ids []string
	for _, ch := range r.Chapters {
		ids = append(ids, ch.ID)
	}
	want := "summary proposal school situation visions investments traceability assessment balance timeline budget organisation findings benchmark appendix"
	if got := strings.Join(ids, " "); got != want {
		t.Errorf("chapters\n%s\nwant\n%s", got, want)
	}
}

// Every board chapter prints its data, in Dutch and in English: read back
// from the PDF with pdftotext.
func TestBoardChaptersPrintTheirData(t *testing.T) {
	p := boardPlan(t)
	common := []string{
		p.Proposal.Decision, p.Proposal.Funding, p.Proposal.OverCeiling, p.Proposal.Conditions,
		"College van bestuur", "Met de vraag het team te betrekken.",
		"A. de Vries", "voorzitter college van bestuur", "B. Jansen", "C. Bakker", "voorzitter medezeggenschapsraad",
		"Chromebooks groep 5 tot 8", "1200", "accu's slijten", "Digitale schoolborden", "Glasvezel en 14 access points",
		"Leerlingvolgsysteem", "Beheercontract met de leverancier", "Wifi valt uit in het souterrain – sinds de verbouwing",
		"D. Smit", "Coördineert het plan en de scholing.", "Leverancier", "Besluit over het budget",
		p.Privacy.Responsible, p.Privacy.ProcessingAgreements, p.Privacy.DPIA,
		p.Review.By, p.Review.When, p.Review.How,
		p.Narrative.Situation, p.Narrative.Organisation, p.Narrative.Replacement, p.Narrative.Communication, p.Narrative.Schoolplan,
		"Leerlingenenquête: motivatie",
	}
	lang := map[model.Lang][]string{
		model.NL: {
			"2 Voorstel aan het bestuur", "4 Beginsituatie", "12 Uitvoering en evaluatie", "11.4 Na de planperiode",
			"Vastgesteld op 12 maart 2026", "instemming: positief, 1 maart 2026", "Handtekening en datum",
			"Apparaten Chromebooks", "Netwerk Glasvezel", "Leerlingvolgsysteem 1 2021", "Digitale schoolborden 12 2018",
			// 200 + 120 hours, the third task without hours.
			"Totaal 320", "juni 2027", "Zonder indicator en moment: V2 en V3.",
			"Na de planperiode", "Afschrijving, alle jaren",
		},
		model.EN: {
			"2 Proposal to the board", "4 Starting point", "12 Implementation and evaluation", "11.4 After the plan period",
			"Adopted on 12 March 2026", "consent: positive, 1 March 2026", "Signature and date",
			"Devices Chromebooks", "Network Glasvezel", "Leerlingvolgsysteem 1 2021", "Digitale schoolborden 12 2018",
			"Total 320", "June 2027", "Without indicator and moment: V2 and V3.",
			"After the plan period", "Depreciation, all years",
		},
	}
	for _, l := range []model.Lang{model.NL, model.EN} {
		t.Run(string(l), func(t *testing.T) {
			text := pdfText(t, p, l, "board")
			for _, s := range append(append([]string(nil), common...), lang[l]...) {
				if !strings.Contains(text, euroTight(s)) {
					t.Errorf("the PDF lacks %q", s)
				}
			}
			// One "missing" sentence only: V2 and V3 have no evaluation.
			for _, s := range []string{"Vul dit in op ", "Fill this in on the"} {
				if n := strings.Count(text, s); n > 1 {
					t.Errorf("a full plan says %q %d times, want once (the visions)", s, n)
				}
			}
			// The risks, heaviest first: hoog x hoog (9), midden x hoog
			// (6), laag x midden (2), though the plan lists them 2, 3, 1.
			a, b, c := strings.Index(text, "Team heeft te weinig tijd"), strings.Index(text, "Netwerk houdt de groei"), strings.Index(text, "Leverancier stopt")
			if a < 0 || b < 0 || c < 0 || !(a < b && b < c) {
				t.Errorf("risks not heaviest first: at %d, %d, %d", a, b, c)
			}
			for _, w := range []string{"Team heeft te weinig tijd voor scholing " + grade(l, "hoog") + " " + grade(l, "hoog") + " 9",
				"Netwerk houdt de groei niet bij " + grade(l, "midden") + " " + grade(l, "hoog") + " 6"} {
				if !strings.Contains(text, w) {
					t.Errorf("the PDF lacks the risk row %q", w)
				}
			}
		})
	}
}

func grade(l model.Lang, g string) string { return model.Grade(g).Label(l) }

// A plan without board data still has every board chapter, and each part
// says what is missing and on which screen it is filled in.
func TestBoardChaptersSayWhatIsMissing(t *testing.T) {
	p := emptyBoardPlan(t)
	want := map[model.Lang][]string{
		model.NL: {
			"Het voorstel is nog niet beschreven: wat het bestuur besluit, waar het geld vandaan komt, wat er gebeurt met een jaar boven het plafond en onder welke voorwaarden. Vul dit in op het scherm Bestuur van Balansplan.",
			// Regenboog spends € 58.000 in 2026 against a ceiling of € 45.000.
			"Uitgaven: boven het plafond in 2026, samen € 13.000 te veel. Het voorstel zegt nog niet wat er met zo'n jaar gebeurt",
			"De vaststelling is nog niet ingevuld: wie het plan vaststelt en wanneer, het advies of de instemming van de medezeggenschapsraad, en wie ondertekent. Vul dit in op het scherm Bestuur van Balansplan.",
			"De beginsituatie is nog niet in woorden beschreven: hoe de school er nu voor staat met ict. Vul dit in op het scherm Beginsituatie van Balansplan.",
			"Er is nog geen inventaris: apparaten, netwerk, software en licenties, ondersteuning en contracten. Vul dit in op het scherm Beginsituatie van Balansplan.",
			"Er staan nog geen bekende knelpunten in het plan. Vul dit in op het scherm Beginsituatie van Balansplan.",
			"Hoe ict georganiseerd is, is nog niet beschreven: wie besluit, wie coördineert, wie beheert en ondersteunt, en met hoeveel uren per jaar. Vul dit in op het scherm Beginsituatie van Balansplan.",
			"Er staan nog geen risico's in het plan: wat de uitvoering kan tegenhouden, hoe waarschijnlijk en hoe erg, wie erop let en wat de school eraan doet. Vul dit in op het scherm Risico's van Balansplan.",
			"De paragraaf over privacy en informatiebeveiliging (AVG) is nog leeg",
			"Nog niet beschreven is hoe de school het team over het plan informeert en erbij betrekt, en hoe dit plan volgt uit het schoolplan. Vul dit in op de schermen Borging en School en ambitie van Balansplan.",
			"Nog niet afgesproken is wie het plan evalueert, wanneer en hoe. Vul dit in op het scherm Borging van Balansplan.",
			"Zonder indicator en moment: V1, V2 en V3. Zo is niet na te gaan of de opbrengsten er komen. Vul dit in op het scherm Visie van Balansplan.",
			"Het vervangingsplan is nog niet beschreven: wat de school na de planperiode vervangt, en wanneer. Vul dit in op het scherm Borging van Balansplan.",
		},
		model.EN: {
			"The proposal has not been written yet: what the board decides, where the money comes from, what happens with a year over the ceiling, and on which conditions. Fill this in on the Board screen of Balansplan.",
			"Spending: over the ceiling in 2026, €13,000 too much in all. The proposal does not say yet what happens with such a year",
			"The adoption has not been filled in yet: who adopts the plan and when, the participation council's advice or consent, and who signs. Fill this in on the Board screen of Balansplan.",
			"The starting point has not been described in words yet: where the school stands with ICT now. Fill this in on the Starting point screen of Balansplan.",
			"There is no inventory yet: devices, network, software and licences, support and contracts.",
			"The plan lists no known problems yet.",
			"How ICT is organised has not been described yet: who decides, who coordinates, who manages and supports, and with how many hours a year. Fill this in on the Starting point screen of Balansplan.",
			"The plan lists no risks yet: what could stop it being carried out, how likely and how bad, who watches it and what the school does about it. Fill this in on the Risks screen of Balansplan.",
			"The paragraph on privacy and information security (GDPR) is still empty",
			"How the school informs and involves the team, and how this plan follows from the school plan, have not been described yet. Fill this in on the Follow-up and School and ambition screens of Balansplan.",
			"Who evaluates the plan, when and how, has not been agreed yet. Fill this in on the Follow-up screen of Balansplan.",
			"Without indicator and moment: V1, V2 and V3. So nobody can check whether the returns come. Fill this in on the Vision screen of Balansplan.",
			"The replacement plan has not been described yet: what the school replaces after the plan period, and when.",
		},
	}
	for _, l := range []model.Lang{model.NL, model.EN} {
		t.Run(string(l), func(t *testing.T) {
			text := pdfText(t, p, l, "empty")
			for _, s := range want[l] {
				if !strings.Contains(text, euroTight(s)) {
					t.Errorf("the PDF lacks %q", s)
				}
			}
			// One sentence for each of the thirteen parts above, none more.
			fill := map[model.Lang]string{model.NL: "Vul dit in op ", model.EN: "Fill this in on the"}[l]
			if n := strings.Count(text, fill); n != 13 {
				t.Errorf("%d sentences say where to fill something in, want 13", n)
			}
		})
	}
}

// The run-on costs of the worked example in the PDF, worked out by hand
// from model/testplan/regenboog.json (see the test's comment).
//
// Open recurring costs: D3 € 800 (deskundigheid), I1 € 4.800 and I2 € 600
// (inhoud, € 5.400), N3 € 3.600 (infrastructuur): € 9.800 a year. N1 is
// € 14.000 written off over 7 years from 2026, € 2.000 a year to 2032, so
// 2030, 2031 and 2032 each carry € 2.000 of it: € 6.000 in all. N2 (4
// years from 2026) ends in 2029 with the plan. Each of 2030 to 2032 thus
// carries € 800 + € 5.400 + € 5.600 = € 11.800, and 2033 nothing.
func TestTheRunOnCostsOfTheWorkedExample(t *testing.T) {
	p := boardPlan(t)
	want := map[model.Lang][]string{
		model.NL: {
			"2030 € 0 € 800 € 5.400 € 5.600 € 0 € 11.800",
			"2031 € 0 € 800 € 5.400 € 5.600 € 0 € 11.800",
			"2032 € 0 € 800 € 5.400 € 5.600 € 0 € 11.800",
			"Elk jaar, zonder einde € 0 € 800 € 5.400 € 3.600 € 0 € 9.800",
			"Afschrijving, alle jaren € 0 € 0 € 0 € 6.000 € 0 € 6.000",
			"Na de planperiode lopen kosten door: € 9.800 per jaar voor investeringen zonder einddatum en € 6.000 aan afschrijving die nog resteert",
			"Deze kosten lopen na 2029 door",
		},
		model.EN: {
			"2030 €0 €800 €5,400 €5,600 €0 €11,800",
			"2032 €0 €800 €5,400 €5,600 €0 €11,800",
			"Each year, no end date €0 €800 €5,400 €3,600 €0 €9,800",
			"Depreciation, all years €0 €0 €0 €6,000 €0 €6,000",
			"Costs run on after the plan period: €9,800 a year for investments without an end date, and €6,000 of depreciation still to come",
		},
	}
	for _, l := range []model.Lang{model.NL, model.EN} {
		text := pdfText(t, p, l, "board")
		for _, s := range want[l] {
			if !strings.Contains(text, euroTight(s)) {
				t.Errorf("%s: the PDF lacks %q", l, s)
			}
		}
		if strings.Contains(text, "2033 € 0") || strings.Contains(text, "2033 €0") {
			t.Errorf("%s: a row for 2033, when nothing runs on then", l)
		}
	}
}

func TestBoardChaptersKeep(t *testing.T) {
	if os.Getenv("PDF13_KEEP") == "" {
		t.Skip("set PDF13_KEEP to a folder to keep the PDFs for a look")
	}
	for _, l := range []model.Lang{model.NL, model.EN} {
		pdfText(t, boardPlan(t), l, "board")
		pdfText(t, emptyBoardPlan(t), l, "empty")
		pdfText(t, sample.Large(), l, "large")
	}
}

// With every board chapter filled in, the PDF is still the same bytes
// twice and qpdf finds nothing wrong with it.
func TestABoardPlanGivesTheSameCleanBytesTwice(t *testing.T) {
	p := boardPlan(t)
	first, second := exportTo(t, p, model.NL), exportTo(t, p, model.NL)
	a, err := os.ReadFile(first)
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(second)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Error("two exports of the same board plan differ")
	}
	run(t, "qpdf", "--check", first)
}
