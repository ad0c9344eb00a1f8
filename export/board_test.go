package export

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"balansplan/model"
	"balansplan/model/sample"
	"balansplan/planning"
)

// Issue 13, defect 6: a large plan is a board document of at most 80
// pages that still holds every investment, every finding and every figure.

// tokens splits text into its words of letters and digits, so that "I1"
// is found only as itself and not inside "I10".
func tokens(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		out[w] = true
	}
	return out
}

// bodyText drops the running header and footer from pdftotext's pages, so
// that a message running over a page break reads as one text.
func bodyText(text string, running map[string]bool) string {
	var out []string
	for _, page := range strings.Split(text, "\f") {
		lines := strings.Split(strings.TrimSpace(page), "\n")
		var keep []string
		for _, ln := range lines {
			ln = strings.TrimSpace(ln)
			switch {
			case ln == "" || ln == "•" || running[ln]:
			case ln == "CONCEPT" || ln == "DRAFT" || footerLine.MatchString(ln):
			default:
				keep = append(keep, ln)
			}
		}
		out = append(out, strings.Join(keep, "\n"))
	}
	return strings.Join(out, "\n")
}

var footerLine = regexp.MustCompile(`^(pagina|page) \d+ (van|of) \d+$`)

// runningHeads lists the lines of the running header: the school's name
// and each chapter's number and title.
func runningHeads(r *Report) map[string]bool {
	out := map[string]bool{r.Header: true}
	for _, ch := range r.Chapters {
		out[ch.Number+" "+ch.Title] = true
	}
	return out
}

func TestTheLargePlanIsABoardDocumentWithEverythingInIt(t *testing.T) {
	p := sample.Large()
	a := analyse(t, p)
	for _, l := range []model.Lang{model.NL, model.EN} {
		t.Run(string(l), func(t *testing.T) {
			path := exportTo(t, p, l)
			info := run(t, "pdfinfo", path)
			pages := 0
			for _, line := range strings.Split(info, "\n") {
				if f := strings.Fields(line); len(f) == 2 && f[0] == "Pages:" {
					pages, _ = strconv.Atoi(f[1])
				}
			}
			if pages == 0 || pages > 80 {
				t.Errorf("the large plan makes %d pages, want 1 to 80", pages)
			}
			text := run(t, "pdftotext", "-enc", "UTF-8", path, "-")
			words, flat := tokens(text), squash(bodyText(text, runningHeads(Build(p, a, l))))
			for _, inv := range p.Investments {
				if !words[inv.Code] {
					t.Errorf("investment %s is not in the PDF", inv.Code)
				}
			}
			if len(a.Findings) < 100 {
				t.Fatalf("the large plan has %d findings; the test needs many", len(a.Findings))
			}
			for _, f := range a.Findings {
				for _, s := range f.Subject {
					if !words[s] {
						t.Errorf("subject %s of finding %s is not in the PDF", s, f.Code)
					}
				}
				// Every finding's message is there, whole.
				if msg := squash(f.Message.In(l)); !strings.Contains(flat, msg) {
					t.Errorf("the message of finding %s %v is not in the PDF: %q", f.Code, f.Subject, msg)
				}
			}
			b := newBuilder(p, a, l)
			for _, y := range a.Budget.Years {
				if !strings.Contains(flat, squash(b.money(y.CashOut))) {
					t.Errorf("the spending of %d, %s, is not in the PDF", y.Year, b.money(y.CashOut))
				}
			}
			if !strings.Contains(flat, squash(b.money(a.Budget.TotalCashOut))) {
				t.Errorf("the total spending %s is not in the PDF", b.money(a.Budget.TotalCashOut))
			}
		})
	}
}

func TestEachInvestmentTakesOneRowWithItsDescriptionInTheAppendix(t *testing.T) {
	p := sample.Large()
	r := Build(p, analyse(t, p), model.NL)
	rows := 0
	for _, s := range chapter(t, r, "investments").Sections {
		for _, bl := range s.Blocks {
			if bl.Kind != KindTable || bl.Table == nil {
				continue
			}
			if !bl.Table.Dense {
				t.Errorf("%s: the investment table is not dense", s.Title)
			}
			for _, row := range bl.Table.Rows {
				if row.Total {
					continue
				}
				rows++
				for _, c := range row.Cells {
					if strings.Contains(c.Text, "\n") {
						t.Errorf("%s: a cell of %s has more than one line: %q", s.Title, row.Cells[0].Text, c.Text)
					}
				}
			}
		}
	}
	if rows != len(p.Investments) {
		t.Errorf("%d investment rows, want %d", rows, len(p.Investments))
	}
	// Every description is in the appendix, with its investment's code.
	var details *Table
	for _, s := range chapter(t, r, "appendix").Sections {
		if s.ID == "appendix-investments" {
			for _, bl := range s.Blocks {
				if bl.Kind == KindTable {
					details = bl.Table
				}
			}
		}
	}
	if details == nil {
		t.Fatal("no appendix with the investment descriptions")
	}
	described := map[string]string{}
	for _, row := range details.Rows {
		for _, c := range strings.Split(row.Cells[0].Text, ", ") {
			described[strings.Fields(c)[0]] = row.Cells[1].Text
		}
	}
	for _, inv := range p.Investments {
		if d := strings.TrimSpace(inv.Description); d != "" && !strings.Contains(described[inv.Code], d) {
			t.Errorf("the appendix gives %s as %q, want its description %q", inv.Code, described[inv.Code], d)
		}
	}
}

func TestFindingsAreGroupedByCodeWithTheirSubjectsCounted(t *testing.T) {
	p := sample.Large()
	a := analyse(t, p)
	r := Build(p, a, model.NL)
	type key struct {
		sev  planning.Severity
		code planning.Code
	}
	count := map[key]int{}
	for _, f := range a.Findings {
		count[key{f.Severity, f.Code}]++
	}
	callouts := 0
	for _, s := range chapter(t, r, "findings").Sections {
		for _, bl := range s.Blocks {
			if bl.Kind == KindCallout {
				callouts++
			}
		}
	}
	if callouts != len(count) {
		t.Errorf("%d callouts for %d findings in %d groups, want one per group", callouts, len(a.Findings), len(count))
	}
	// The biggest group says how many findings it holds.
	var big key
	for k, n := range count {
		if n > count[big] || n == count[big] && k.code < big.code {
			big = k
		}
	}
	title := fmt.Sprintf("%s (%d)", newBuilder(p, a, model.NL).findingTitle(big.code), count[big])
	if !contains(texts(t, r), title) {
		t.Errorf("no callout titled %q", title)
	}
}

func TestTheSummaryNeverSpendsTwoPlacesOnOneCode(t *testing.T) {
	fs := []planning.Finding{
		{Code: planning.OverBudget, Subject: []string{"2026"}},
		{Code: planning.OverBudget, Subject: []string{"2027"}},
		{Code: planning.OverBudget, Subject: []string{"2028"}},
		{Code: planning.LowHumanShare},
		{Code: planning.InvestmentWithoutVision, Subject: []string{"N1"}},
	}
	got := topFindings(fs, 3)
	want := []planning.Code{planning.OverBudget, planning.LowHumanShare, planning.InvestmentWithoutVision}
	if len(got) != 3 {
		t.Fatalf("%d findings, want 3", len(got))
	}
	for i := range want {
		if got[i].Code != want[i] {
			t.Errorf("place %d: %s, want %s", i+1, got[i].Code, want[i])
		}
	}
	// With fewer codes than places, the rest is filled in order.
	got = topFindings(fs[:3], 3)
	if len(got) != 3 || got[1].Subject[0] != "2027" || got[2].Subject[0] != "2028" {
		t.Errorf("one code: %v", got)
	}
}

func TestALongTimelineIsSummarisedWithTheGanttInTheAppendix(t *testing.T) {
	p := sample.Large()
	r := Build(p, analyse(t, p), model.NL)
	for _, bl := range chapter(t, r, "timeline").Blocks {
		if bl.Kind == KindChart {
			t.Fatalf("the timeline chapter of the large plan holds a chart: %s", bl.Chart.Title)
		}
	}
	charts := 0
	for _, s := range chapter(t, r, "appendix").Sections {
		for _, bl := range s.Blocks {
			if bl.Kind == KindChart {
				charts++
			}
		}
	}
	if charts < 2 {
		t.Errorf("the appendix holds %d timeline charts, want the full timeline", charts)
	}
	// A short timeline stays where it is.
	reg := fixtures(t)[0].plan
	found := false
	for _, bl := range chapter(t, Build(reg, analyse(t, reg), model.NL), "timeline").Blocks {
		found = found || bl.Kind == KindChart
	}
	if !found {
		t.Error("the regenboog timeline left the timeline chapter")
	}
}

func TestTimelineSummaryCountsRunningAndNewInvestments(t *testing.T) {
	p := &model.Plan{StartYear: 2026, EndYear: 2028, Investments: []model.Investment{
		{ID: "a", Code: "VI1", Block: model.BlockVisie, Start: model.MonthOf(2026, 3), End: model.MonthOf(2027, 2)},
		{ID: "b", Code: "VI2", Block: model.BlockVisie, Start: model.MonthOf(2027, 5)},
		{ID: "c", Code: "VI3", Block: model.BlockVisie, Start: model.MonthOf(2026, 1), Status: model.InvGeschrapt},
	}}
	b := newBuilder(p, planning.Analyse(p, nil), model.NL)
	tb := b.timelineSummary()
	// visie: 2026 VI1 starts; 2027 VI1 runs on and VI2 starts; 2028 VI2
	// runs (no end). The cancelled VI3 counts nowhere.
	want := []string{"Visie", "1 (1 nieuw)", "2 (1 nieuw)", "1"}
	for i, w := range want {
		if got := tb.Rows[0].Cells[i].Text; got != w {
			t.Errorf("cell %d: %q, want %q", i, got, w)
		}
	}
	if got := tb.Rows[1].Cells[1].Text; got != "–" {
		t.Errorf("an empty year reads %q, want –", got)
	}
}

func TestAChapterPageDoesNotRepeatItsTitleInTheRunningHeader(t *testing.T) {
	m, err := loadMetrics()
	if err != nil {
		t.Fatal(err)
	}
	p := fixtures(t)[0].plan
	r := Build(p, analyse(t, p), model.NL)
	lo := layOut(m, r)
	inHeader := func(pg *page, text string) bool {
		for _, o := range pg.ops {
			if o.kind == opText && o.y == headerY && o.text == text {
				return true
			}
		}
		return false
	}
	for i, ch := range r.Chapters {
		first, last := lo.chapterPages[i][0], lo.chapterPages[i][1]
		head := lo.pages[first-1].chapter
		if head == "" {
			t.Fatalf("chapter %s has no running title", ch.Title)
		}
		if inHeader(lo.pages[first-1], head) {
			t.Errorf("page %d opens chapter %s and repeats it in the header", first, ch.Title)
		}
		if last > first && !inHeader(lo.pages[first], head) {
			t.Errorf("page %d, inside chapter %s, lacks its running title", first+1, ch.Title)
		}
	}
}
