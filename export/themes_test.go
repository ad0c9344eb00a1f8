package export

import (
	"strings"
	"testing"

	"balansplan/model"
	"balansplan/model/theme"
)

// themeNorms is a norm set of three norms, written for these tests.
const themeNorms = `{"format": "balansplan-normset/1", "id": "proef-export", "title": {"nl": "Proef", "en": "Trial"},
 "norms": [
  {"id": "E.1", "domain": {"nl": "Toegang", "en": "Access"}, "title": {"nl": "Wachtwoorden", "en": "Passwords"}},
  {"id": "E.2", "domain": {"nl": "Mensen", "en": "People"}, "title": {"nl": "Bewustwording", "en": "Awareness"}},
  {"id": "E.3", "domain": {"nl": "Techniek", "en": "Technology"}, "title": {"nl": "Updates", "en": "Updates"}}
 ]}`

// themedPlan is the board plan (2026-2029) with the AI and digital-literacy
// themes and a register of three domains:
//
//   - D3 "Leernetwerk digitale geletterdheid" (start October 2026) is
//     marked with digital literacy: it starts before the kerndoelen of
//     1 August 2027. No investment is marked AI: the AI Act's duties of
//     2 August 2026 have none before them.
//   - Toegang: Wachtwoorden at 2 of 3 with no investment (a finding, below
//     the minimum); Mensen: Bewustwording at 3 of 4 with D2; Techniek:
//     Updates not assessed.
func themedPlan(t *testing.T, l model.Lang) *model.Plan {
	t.Helper()
	p := boardPlan(t)
	p.Themes = []string{"ai", "digitale-geletterdheid"}
	set, err := theme.ParseNormSet([]byte(themeNorms))
	if err != nil {
		t.Fatal(err)
	}
	p, n := theme.ImportNorms(p, set, l)
	if n != 3 {
		t.Fatalf("imported %d norms", n)
	}
	var d2 string
	for i := range p.Investments {
		switch p.Investments[i].Code {
		case "D3":
			p.Investments[i].Theme = "digitale-geletterdheid"
		case "D2":
			d2 = p.Investments[i].ID
		}
	}
	p.Maturity[0].Current, p.Maturity[0].Owner = 2, "D. Smit"
	p.Maturity[1].Current, p.Maturity[1].Target, p.Maturity[1].InvestmentIDs = 3, 4, []string{d2}
	if ps := p.Validate(); ps != nil {
		t.Fatal(ps.Messages(model.EN))
	}
	return p
}

func sectionIn(t *testing.T, r *Report, chapter, id string) *Section {
	t.Helper()
	for i := range r.Chapters {
		if r.Chapters[i].ID != chapter {
			continue
		}
		for j := range r.Chapters[i].Sections {
			if s := &r.Chapters[i].Sections[j]; s.ID == id {
				return s
			}
		}
	}
	return nil
}

func cellTexts(row Row) string {
	var out []string
	for _, c := range row.Cells {
		out = append(out, c.Text)
	}
	return strings.Join(out, " | ")
}

// Issue 19: the board reads the register, its chart and the domains below
// target right after privacy, and the themes' deadlines with whether an
// investment comes before each.
func TestTheBoardReadsTheMaturityRegisterAndTheDeadlines(t *testing.T) {
	p := themedPlan(t, model.NL)
	r := Build(p, analyse(t, p), model.NL)
	var ids []string
	for _, ch := range r.Chapters {
		if ch.ID == "organisation" {
			for _, s := range ch.Sections {
				ids = append(ids, s.ID)
			}
		}
	}
	if got := strings.Join(ids[:5], " "); got != "organisation-ict organisation-risks organisation-privacy organisation-maturity organisation-themes" {
		t.Errorf("sections %s", got)
	}
	m := sectionIn(t, r, "organisation", "organisation-maturity")
	var rows []string
	var chart *Chart
	var callout Block
	for _, b := range m.Blocks {
		switch b.Kind {
		case KindTable:
			for _, row := range b.Table.Rows {
				rows = append(rows, cellTexts(row))
			}
		case KindChart:
			chart = b.Chart
		case KindCallout:
			callout = b
		}
	}
	want := []string{
		"Toegang: Wachtwoorden | 2 | 3 | D. Smit | –",
		"Mensen: Bewustwording | 3 | 4 | – | D2",
		"Techniek: Updates | niet beoordeeld | 3 | – | –",
	}
	if strings.Join(rows, "\n") != strings.Join(want, "\n") {
		t.Errorf("register\n%s\nwant\n%s", strings.Join(rows, "\n"), strings.Join(want, "\n"))
	}
	// 12 mm of header and 7 mm a domain.
	if chart == nil || chart.Height != 33 {
		t.Errorf("chart %+v", chart)
	}
	if callout.Title != "2 domeinen onder het doel" || callout.Tone != ToneWarn ||
		callout.Text != "Zonder investering die ze verder brengt: Toegang: Wachtwoorden. Met een investering: Mensen: Bewustwording (D2)." {
		t.Errorf("callout %q: %q (%s)", callout.Title, callout.Text, callout.Tone)
	}
	// The timeline's chart says what its lines are, with the dates it
	// prints beside them, in date order.
	var caption string
	for _, ch := range r.Chapters {
		if ch.ID == "timeline" {
			for _, b := range ch.Blocks {
				if b.Kind == KindChart {
					caption = b.Chart.Caption
				}
			}
		}
	}
	ai, dg := theme.ByID("ai").Deadlines[1].Label.NL, theme.ByID("digitale-geletterdheid").Deadlines[0].Label.NL
	if want := "Termijnen van de gekozen thema's: 2-8-2026 " + ai + "; 1-8-2027 " + dg + "."; caption != want {
		t.Errorf("timeline caption\n%q\nwant\n%q", caption, want)
	}
	d := sectionIn(t, r, "organisation", "organisation-themes")
	rows = nil
	for _, b := range d.Blocks {
		if b.Kind == KindTable {
			for _, row := range b.Table.Rows {
				rows = append(rows, row.Cells[0].Text+" | "+row.Cells[2].Text+" | "+row.Cells[4].Text)
			}
		}
	}
	want = []string{"2 augustus 2026 | Kunstmatige intelligentie (AI) | nee", "1 augustus 2027 | Digitale geletterdheid | ja"}
	if strings.Join(rows, "\n") != strings.Join(want, "\n") {
		t.Errorf("deadlines\n%s\nwant\n%s", strings.Join(rows, "\n"), strings.Join(want, "\n"))
	}
}

// A plan without themes or a register (the worked example) gets neither
// section; a plan that chose IBP without a register is told where to
// fill it in.
func TestNoThemesNoThemeSections(t *testing.T) {
	p := boardPlan(t)
	r := Build(p, analyse(t, p), model.EN)
	for _, id := range []string{"organisation-maturity", "organisation-themes"} {
		if s := sectionIn(t, r, "organisation", id); s != nil {
			t.Errorf("a plan without themes has %s", id)
		}
	}
	p.Themes = []string{"ibp"}
	r = Build(p, analyse(t, p), model.EN)
	s := sectionIn(t, r, "organisation", "organisation-maturity")
	if s == nil || len(s.Blocks) != 1 || !strings.Contains(s.Blocks[0].Text, "the maturity register is still empty") ||
		!strings.Contains(s.Blocks[0].Text, "Themes screen") {
		t.Errorf("IBP without a register: %+v", s)
	}
}

// The PDF prints the register, the deadlines and, on the timeline, the
// milestones' dates, in both languages.
func TestThePDFPrintsTheThemes(t *testing.T) {
	for l, want := range map[model.Lang][]string{
		model.NL: {"Volwassenheid van informatiebeveiliging en privacy", "Toegang: Wachtwoorden 2 3 D. Smit", "Thema's en termijnen",
			"2 augustus 2026", "termijn van een thema", "2-8-2026", "1-8-2027", "Niveau nu en doel per domein"},
		model.EN: {"Maturity of information security and privacy", "Access: Passwords 2 3 D. Smit", "Themes and deadlines",
			"2 August 2026", "deadline of a theme", "2-8-2026", "1-8-2027"},
	} {
		text := pdfText(t, themedPlan(t, l), l, "themes")
		for _, s := range want {
			if !strings.Contains(text, s) {
				t.Errorf("%s: the PDF lacks %q", l, s)
			}
		}
	}
}
