package board

import (
	"bytes"
	"encoding/json"
	"errors"
	"math"
	"slices"
	"strings"
	"testing"
	"time"

	"balansplan/model"
	"balansplan/planning"
	"balansplan/planning/board/boardtest"
)

var day = time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC)

func eur(e int64) model.Money { return model.Euros(e) }

func cents(c int64) model.Money { return model.Money(c) }

// summarised is the five schools summarised, in the order given by idx.
func summarised(t *testing.T, idx ...int) []School {
	t.Helper()
	plans := boardtest.Five()
	var out []School
	for _, i := range idx {
		p := plans[i]
		if ps := p.Validate(); len(ps) > 0 {
			t.Fatalf("%s is not valid: %v", boardtest.Files[i], ps)
		}
		out = append(out, Summarise(boardtest.Files[i], p, planning.Analyse(p, nil)))
	}
	return out
}

func settings(t *testing.T) Settings {
	t.Helper()
	s, err := ParseSettings([]byte(boardtest.Ceiling))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func known(v float64) planning.Level { return planning.Level{Value: v, Known: true} }

func sameLevel(a, b planning.Level) bool {
	return a.Known == b.Known && (!a.Known || near(a.Value, b.Value))
}

// The figures below are worked out by hand from the table in boardtest's
// package comment.
func TestRollUpOfFiveHandMadeSchools(t *testing.T) {
	// Read in a scrambled order: the board's order is by name, BRIN, file.
	b := RollUp(summarised(t, 4, 2, 0, 3, 1), settings(t), day, nil, nil)

	var files []string
	for _, s := range b.Schools {
		files = append(files, s.File)
	}
	// "de Brug" sorts between "De Akker" and "De Cirkel" (case folded);
	// the two Sint Jozefs by BRIN.
	if !slices.Equal(files, boardtest.Files) {
		t.Fatalf("order %v, want %v", files, boardtest.Files)
	}
	if b.Name != "Stichting Proef" || b.Date != "2026-11-30" {
		t.Errorf("name %q date %q", b.Name, b.Date)
	}

	type yearWant struct {
		cash, perPupil model.Money
		hasPerPupil    bool
	}
	schools := []struct {
		total, perPupil model.Money
		hasPerPupil     bool
		byBlock         planning.BlockMoney
		years           map[int]yearWant
		human           planning.Level
		now             [NumBlocks]planning.Level
		adopted, ended  bool
		date            string
		hoog            int
		verdict         planning.Verdict
	}{
		{ // De Akker: 2026 A1 4000 + A2 6000 + A2's 500 + A4 1000; 2027 A3 10000 + 500; 2028 500.
			total: eur(22500), perPupil: cents(11250), hasPerPupil: true,
			byBlock: planning.BlockMoney{eur(1000), eur(4000), eur(7500), eur(10000), 0},
			years: map[int]yearWant{2026: {eur(11500), cents(5750), true}, 2027: {eur(10500), cents(5250), true},
				2028: {eur(500), cents(250), true}},
			human: known(5000.0 / 22500), now: [5]planning.Level{known(3.5), known(2), known(2.5), known(4), known(3)},
			adopted: true, date: "2026-06-15", verdict: planning.Onderwijsgedreven,
		},
		{ // de Brug
			total: eur(6000), perPupil: eur(60), hasPerPupil: true,
			byBlock: planning.BlockMoney{0, eur(2000), eur(3000), 0, eur(1000)},
			years:   map[int]yearWant{2026: {eur(5000), eur(50), true}, 2027: {eur(1000), eur(10), true}, 2028: {0, 0, true}},
			human:   known(0.4), now: [5]planning.Level{known(2), known(2), known(2), known(2), {}},
			verdict: planning.Onderwijsgedreven,
		},
		{ // De Cirkel: the period 2022-2025 has ended by 2026-11-30.
			total: eur(12000), perPupil: eur(40), hasPerPupil: true,
			byBlock: planning.BlockMoney{0, eur(3000), 0, eur(9000), 0},
			years: map[int]yearWant{2022: {eur(3000), eur(10), true}, 2023: {eur(9000), eur(30), true},
				2024: {0, 0, true}, 2025: {0, 0, true}},
			human: known(0.25), now: [5]planning.Level{known(1.5), known(1.5), known(1.5), known(1.5), known(1.5)},
			adopted: true, ended: true, verdict: planning.Onderwijsgedreven,
		},
		{ // Sint Jozef 04DD: no pupils, nobody scored; D1 recurs 250 a year.
			total:   eur(4000),
			byBlock: planning.BlockMoney{0, eur(2000), eur(2000), 0, 0},
			years: map[int]yearWant{2027: {eur(1250), 0, false}, 2028: {eur(2250), 0, false},
				2029: {eur(250), 0, false}, 2030: {eur(250), 0, false}},
			human: known(0.5), verdict: planning.Onderwijsgedreven,
		},
		{ // Sint Jozef 05EE: no vision statement.
			total: eur(5500), perPupil: eur(110), hasPerPupil: true,
			byBlock: planning.BlockMoney{eur(500), 0, 0, eur(5000), 0},
			years:   map[int]yearWant{2026: {eur(5500), eur(110), true}, 2027: {0, 0, true}},
			human:   known(500.0 / 5500), now: [5]planning.Level{known(5), known(4), known(3), known(2), known(1)},
			adopted: true, date: "2025-12-01", hoog: 1, verdict: planning.VisieOntbreekt,
		},
	}
	for i, w := range schools {
		s := b.Schools[i]
		if s.TotalCashOut != w.total || s.PerPupil != w.perPupil || s.HasPerPupil != w.hasPerPupil || s.CashByBlock != w.byBlock {
			t.Errorf("%s: total %v per pupil %v (%v) by block %v; want %v %v (%v) %v", s.File,
				s.TotalCashOut, s.PerPupil, s.HasPerPupil, s.CashByBlock, w.total, w.perPupil, w.hasPerPupil, w.byBlock)
		}
		if len(s.Years) != len(w.years) {
			t.Errorf("%s: %d years, want %d", s.File, len(s.Years), len(w.years))
		}
		for y, wy := range w.years {
			got, ok := s.Year(y)
			if !ok || got.CashOut != wy.cash || got.PerPupil != wy.perPupil || got.HasPerPupil != wy.hasPerPupil {
				t.Errorf("%s %d: %+v, want cash %v per pupil %v (%v)", s.File, y, got, wy.cash, wy.perPupil, wy.hasPerPupil)
			}
		}
		if !sameLevel(s.HumanShare, w.human) {
			t.Errorf("%s: human share %+v, want %+v", s.File, s.HumanShare, w.human)
		}
		for k := range NumBlocks {
			if !sameLevel(s.Levels[k].Now, w.now[k]) {
				t.Errorf("%s block %d: level now %+v, want %+v", s.File, k, s.Levels[k].Now, w.now[k])
			}
		}
		if s.Adopted() != w.adopted || s.PeriodEnded != w.ended || s.AdoptionDate != w.date {
			t.Errorf("%s: adopted %v ended %v date %q; want %v %v %q", s.File, s.Adopted(), s.PeriodEnded, s.AdoptionDate, w.adopted, w.ended, w.date)
		}
		if s.Findings.Hoog != w.hoog || s.Verdict != w.verdict {
			t.Errorf("%s: %d high findings, verdict %s; want %d, %s", s.File, s.Findings.Hoog, s.Verdict, w.hoog, w.verdict)
		}
	}
	if e := b.Schools[4]; !slices.Equal(e.High, []planning.Code{planning.NoVision}) || e.Top[0].Code != planning.NoVision {
		t.Errorf("Sint Jozef 05EE: high %v, top %v; want no_vision first", e.High, e.Top)
	}

	// The board per year: 2026 = Akker 11500 + Brug 5000 + Jozef-05 5500;
	// 2027 = 10500 + 1000 + 1250 + 0; 2028 = 500 + 0 + 2250. Per pupil
	// only over the schools that give their pupils: 2027 = 11500 / 350,
	// 2028 = 500 / 300.
	type boardYear struct {
		year             int
		cash             model.Money
		schools, pupils  int
		perPupil         model.Money
		hasPerPupil      bool
		ceiling          model.Money
		hasCeiling, over bool
		bySchool         []model.Money
	}
	want := []boardYear{
		{2022, eur(3000), 1, 300, eur(10), true, 0, false, false, []model.Money{0, 0, eur(3000), 0, 0}},
		{2023, eur(9000), 1, 300, eur(30), true, 0, false, false, []model.Money{0, 0, eur(9000), 0, 0}},
		{2024, 0, 1, 300, 0, true, 0, false, false, []model.Money{0, 0, 0, 0, 0}},
		{2025, 0, 1, 300, 0, true, 0, false, false, []model.Money{0, 0, 0, 0, 0}},
		{2026, eur(22000), 3, 350, cents(6286), true, eur(20000), true, true, []model.Money{eur(11500), eur(5000), 0, 0, eur(5500)}},
		{2027, eur(12750), 4, 350, cents(3286), true, eur(12000), true, true, []model.Money{eur(10500), eur(1000), 0, eur(1250), 0}},
		{2028, eur(2750), 3, 300, cents(167), true, eur(5000), true, false, []model.Money{eur(500), 0, 0, eur(2250), 0}},
		{2029, eur(250), 1, 0, 0, false, 0, false, false, []model.Money{0, 0, 0, eur(250), 0}},
		{2030, eur(250), 1, 0, 0, false, 0, false, false, []model.Money{0, 0, 0, eur(250), 0}},
	}
	if len(b.Years) != len(want) {
		t.Fatalf("%d board years, want %d", len(b.Years), len(want))
	}
	for i, w := range want {
		y := b.Years[i]
		if y.Year != w.year || y.CashOut != w.cash || y.Schools != w.schools || y.Pupils != w.pupils ||
			y.PerPupil != w.perPupil || y.HasPerPupil != w.hasPerPupil || y.Ceiling != w.ceiling ||
			y.HasCeiling != w.hasCeiling || y.Over != w.over || !slices.Equal(y.BySchool, w.bySchool) {
			t.Errorf("board year %d: %+v\nwant %+v", w.year, y, w)
		}
	}
	if h := b.Years[4].Headroom(); h != eur(-2000) {
		t.Errorf("2026 headroom %v, want -2000", h)
	}
	if h := b.Years[6].Headroom(); h != eur(2250) {
		t.Errorf("2028 headroom %v, want 2250", h)
	}
	// 2026 per bouwsteen: Akker 1000/4000/7500(6000+500)/0/0, Brug 0/2000/3000/0/0, Jozef-05 500/0/0/5000/0.
	if got, w := b.Years[4].CashByBlock, (planning.BlockMoney{eur(1500), eur(6000), eur(9500), eur(5000), 0}); got != w {
		t.Errorf("2026 by block %v, want %v", got, w)
	}
	if b.TotalCashOut != eur(50000) {
		t.Errorf("total %v, want 50000", b.TotalCashOut)
	}
	if w := (planning.BlockMoney{eur(1500), eur(11000), eur(12500), eur(24000), eur(1000)}); b.CashByBlock != w {
		t.Errorf("by block %v, want %v", b.CashByBlock, w)
	}
	if !sameLevel(b.HumanShare, known(12500.0/49000)) {
		t.Errorf("human share %+v, want 12500/49000", b.HumanShare)
	}
	// The heat map's bottom row: the mean of the schools that scored.
	means := [NumBlocks]planning.Level{known(12.0 / 4), known(9.5 / 4), known(9.0 / 4), known(9.5 / 4), known(5.5 / 3)}
	for k := range NumBlocks {
		if !sameLevel(b.BlockMeans[k], means[k]) {
			t.Errorf("block %d mean %+v, want %+v", k, b.BlockMeans[k], means[k])
		}
	}
	if !slices.Equal(b.OverYears, []int{2026, 2027}) || !slices.Equal(b.HighFindings, []int{4}) ||
		!slices.Equal(b.NotAdopted, []int{1, 3}) || !slices.Equal(b.PeriodEnded, []int{2}) || len(b.Duplicates) != 0 {
		t.Errorf("over %v high %v not adopted %v ended %v duplicates %v", b.OverYears, b.HighFindings, b.NotAdopted, b.PeriodEnded, b.Duplicates)
	}
}

func TestFindingCountsAreTheAnalysis(t *testing.T) {
	for i, p := range boardtest.Five() {
		a := planning.Analyse(p, nil)
		s := Summarise(boardtest.Files[i], p, a)
		var c FindingCounts
		for _, f := range a.Findings {
			switch f.Severity {
			case planning.Hoog:
				c.Hoog++
			case planning.Midden:
				c.Midden++
			case planning.Laag:
				c.Laag++
			}
		}
		if s.Findings != c || c.Total() != len(a.Findings) || len(s.Top) != min(TopFindings, len(a.Findings)) {
			t.Errorf("%s: counts %+v top %d, analysis %+v of %d", s.File, s.Findings, len(s.Top), c, len(a.Findings))
		}
	}
}

func TestPeriodEndedDependsOnTheDate(t *testing.T) {
	schools := summarised(t, 0, 1, 2, 3, 4)
	for _, tc := range []struct {
		day   time.Time
		ended []int
	}{
		// A period ends with its last calendar year: De Cirkel (2025) is
		// still running on the last day of 2025.
		{time.Date(2025, 12, 31, 23, 0, 0, 0, time.UTC), nil},
		{time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), []int{2}},
		{time.Date(2028, 1, 1, 0, 0, 0, 0, time.UTC), []int{2, 4}},
		{time.Date(2031, 1, 1, 0, 0, 0, 0, time.UTC), []int{0, 1, 2, 3, 4}},
	} {
		b := RollUp(schools, Settings{}, tc.day, nil, nil)
		if !slices.Equal(b.PeriodEnded, tc.ended) {
			t.Errorf("%s: ended %v, want %v", b.Date, b.PeriodEnded, tc.ended)
		}
	}
}

func TestTheSamePlanInTwoFilesIsFlagged(t *testing.T) {
	schools := summarised(t, 0, 1)
	p := boardtest.Five()[0]
	schools = append(schools, Summarise("akker (conflicted copy).balans", p, planning.Analyse(p, nil)))
	b := RollUp(schools, Settings{}, day, nil, nil)
	// De Akker (akker.balans), De Akker (the copy: "akker (" < "akker."), de Brug.
	if len(b.Duplicates) != 1 || !slices.Equal(b.Duplicates[0], []int{0, 1}) || b.Schools[0].File != "akker (conflicted copy).balans" {
		t.Errorf("duplicates %v, schools %v, %v", b.Duplicates, b.Schools[0].File, b.Schools[1].File)
	}
}

func TestRollUpIsTheSameInAnyOrder(t *testing.T) {
	s := settings(t)
	unread := []Unread{{File: "kapot.balans", Kind: "damaged", Reason: "corrupt", Text: model.Text{NL: "kapot", EN: "broken"}}}
	first := RollUp(summarised(t, 0, 1, 2, 3, 4), s, day, unread, []string{"lees mij.txt"})
	second := RollUp(summarised(t, 3, 1, 4, 0, 2), s, day, unread, []string{"lees mij.txt"})
	j1, err := first.JSON()
	if err != nil {
		t.Fatal(err)
	}
	j2, _ := second.JSON()
	if !bytes.Equal(j1, j2) {
		t.Error("the JSON depends on the order the schools were read in")
	}
	for _, l := range []model.Lang{model.NL, model.EN} {
		if Report(first, l) != Report(second, l) {
			t.Errorf("the %s report depends on the order the schools were read in", l)
		}
	}
}

func TestRollUpDoesNotChangeItsInput(t *testing.T) {
	schools := summarised(t, 4, 3, 2, 1, 0)
	RollUp(schools, settings(t), day, nil, nil)
	if schools[0].File != "jozef-05.balans" || schools[2].PeriodEnded {
		t.Error("RollUp sorted or marked the caller's schools")
	}
}

func TestJSONHoldsTheFigures(t *testing.T) {
	b := RollUp(summarised(t, 0, 1, 2, 3, 4), settings(t), day,
		[]Unread{{File: "kapot.balans", Kind: "damaged", Reason: "corrupt", Text: model.Text{NL: "kapot", EN: "broken"}}}, nil)
	data, err := b.JSON()
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Format       string  `json:"format"`
		Board        string  `json:"board"`
		TotalCashOut float64 `json:"total_cash_out"`
		HumanShare   float64 `json:"human_share"`
		Years        []struct {
			Year     int      `json:"year"`
			CashOut  float64  `json:"cash_out"`
			Ceiling  *float64 `json:"ceiling"`
			Headroom *float64 `json:"headroom"`
			PerPupil *float64 `json:"per_pupil"`
			BySchool []struct {
				File    string  `json:"file"`
				CashOut float64 `json:"cash_out"`
			} `json:"by_school"`
		} `json:"years"`
		Schools []struct {
			File   string `json:"file"`
			Levels struct {
				Leiderschap struct {
					Now  *float64 `json:"now"`
					Band string   `json:"band"`
				} `json:"leiderschap"`
			} `json:"levels"`
			AdoptionDate *string `json:"adoption_date"`
		} `json:"schools"`
		BlockMeans map[string]float64 `json:"block_means"`
		Attention  struct {
			HighFindings []string `json:"high_findings"`
			NotAdopted   []string `json:"not_adopted"`
			PeriodEnded  []string `json:"period_ended"`
		} `json:"attention"`
		Unread []struct {
			File    string            `json:"file"`
			Message map[string]string `json:"message"`
		} `json:"unread"`
		Skipped []string `json:"skipped"`
	}
	if err := json.Unmarshal(data, &got); err != nil {
		t.Fatal(err)
	}
	if got.Format != Format || got.Board != "Stichting Proef" || got.TotalCashOut != 50000 || got.HumanShare != 0.255 {
		t.Errorf("format %q board %q total %v human %v", got.Format, got.Board, got.TotalCashOut, got.HumanShare)
	}
	y22, y26 := got.Years[0], got.Years[4]
	if y22.Ceiling != nil || y22.Headroom != nil || *y26.Ceiling != 20000 || *y26.Headroom != -2000 || *y26.PerPupil != 62.86 ||
		y26.BySchool[4].File != "jozef-05.balans" || y26.BySchool[4].CashOut != 5500 || got.Years[7].PerPupil != nil {
		t.Errorf("years: %+v / %+v", y22, y26)
	}
	// de Brug's leiderschap nobody knew: null, no band; the mean of 5.5/3.
	if got.Schools[1].Levels.Leiderschap.Now != nil || got.Schools[1].Levels.Leiderschap.Band != "" ||
		*got.Schools[0].Levels.Leiderschap.Now != 3 || got.Schools[0].Levels.Leiderschap.Band != "midden" ||
		got.BlockMeans["leiderschap"] != 1.833 || got.Schools[1].AdoptionDate != nil || *got.Schools[0].AdoptionDate != "2026-06-15" {
		t.Errorf("levels: %+v, means %v", got.Schools[:2], got.BlockMeans)
	}
	if !slices.Equal(got.Attention.HighFindings, []string{"jozef-05.balans"}) ||
		!slices.Equal(got.Attention.NotAdopted, []string{"brug.balans", "jozef-04.balans"}) ||
		!slices.Equal(got.Attention.PeriodEnded, []string{"cirkel.balans"}) {
		t.Errorf("attention %+v", got.Attention)
	}
	if len(got.Unread) != 1 || got.Unread[0].Message["en"] != "broken" || got.Skipped == nil {
		t.Errorf("unread %+v skipped %v", got.Unread, got.Skipped)
	}
	if !bytes.HasSuffix(data, []byte("}\n")) {
		t.Error("no final newline")
	}
}

// The text report's tables, checked where the figures are the hand-made
// ones: the board's rows of the cash table and the heat map.
func TestReportShowsTheBoardFigures(t *testing.T) {
	b := RollUp(summarised(t, 0, 1, 2, 3, 4), settings(t), day, nil, nil)
	en := Report(b, model.EN)
	for _, want := range []string{
		// 2022 .. 2030, then the total.
		"All schools €3,000 €9,000 €0 €0 €22,000 €12,750 €2,750 €250 €250 €50,000",
		"Board ceiling – – – – €20,000 €12,000 €5,000 – –",
		"Headroom – – – – over: €2,000 over: €750 €2,250 – –",
		"Over the board's ceiling in 2026, 2027.",
		// Per pupil: 22000/350, 11500/350, 500/300; 2029 and 2030 only
		// Sint Jozef 04DD, which names no pupils.
		"All schools €10 €30 €0 €0 €62.86 €32.86 €1.67 n/a n/a",
		// Cash per bouwsteen in 2022 .. 2030 and the total.
		"expertise €3,000 €0 €0 €0 €6,000 €1,250 €250 €250 €250 €11,000",
		// Heat map: De Akker 3.5 (strong), 2 (weak), 2.5, 4, 3; the two
		// Sint Jozefs told apart by BRIN; the mean row.
		"De Akker 3.5+ 2* 2.5 4+ 3",
		"Sint Jozef (04DD) – – – – –",
		"Sint Jozef (05EE) 5+ 4+ 3 2* 1*",
		"Mean of the schools 3 2.4* 2.3* 2.4* 1.8*",
		"Sint Jozef 05EE 2026-2027 approved 2025-12-01 vision missing €5,500 €110 9.1% 1/3/0",
	} {
		if !boardtest.HasLine(en, want) {
			t.Errorf("the report lacks the line %q\n%s", want, en)
		}
	}
	for _, want := range []string{
		"Board overview: Stichting Proef\nAs of 2026-11-30 · 5 schools\n",
		"\n- Sint Jozef (05EE) (1 high): The plan has no vision statements",
		"Schools without an approved plan:\n- de Brug (discussed)\n- Sint Jozef (04DD) (draft)\n",
		"Schools whose plan period has ended (as of 2026-11-30):\n- De Cirkel (2022-2025)\n",
	} {
		if !strings.Contains(en, want) {
			t.Errorf("the report lacks %q\n%s", want, en)
		}
	}
	nl := Report(b, model.NL)
	for _, want := range []string{
		"Alle scholen € 3.000 € 9.000 € 0 € 0 € 22.000 € 12.750 € 2.750 € 250 € 250 € 50.000",
		"De Cirkel 03CC 2022-2025 vastgesteld (datum onbekend) onderwijsgedreven (T 100%, E 100%) € 12.000 € 40 25% 0/0/0",
		"Gemiddelde van de scholen 3 2,4* 2,3* 2,4* 1,8*",
	} {
		if !boardtest.HasLine(nl, want) {
			t.Errorf("het rapport mist de regel %q\n%s", want, nl)
		}
	}
}

func TestEmptyBoard(t *testing.T) {
	b := RollUp(nil, Settings{}, day, []Unread{{File: "x.balans", Text: model.Text{NL: "x: kapot", EN: "x: broken"}}}, nil)
	if b.TotalCashOut != 0 || len(b.Years) != 0 || b.HumanShare.Known || b.BlockMeans[0].Known {
		t.Errorf("%+v", b)
	}
	if r := Report(b, model.EN); !strings.Contains(r, "0 schools · 1 file not counted") || !strings.Contains(r, "- x: broken\n") {
		t.Error(r)
	}
	if _, err := b.JSON(); err != nil {
		t.Error(err)
	}
}

func TestBandOf(t *testing.T) {
	for _, tc := range []struct {
		l    planning.Level
		want Band
	}{
		{planning.Level{}, BandUnknown},
		{known(1), BandLaag},
		{known(2.4999), BandLaag},
		{known(2.5), BandMidden},
		{known(3.4999), BandMidden},
		{known(3.5), BandHoog},
		{known(5), BandHoog},
	} {
		if got := BandOf(tc.l); got != tc.want {
			t.Errorf("BandOf(%+v) = %q, want %q", tc.l, got, tc.want)
		}
	}
}

func TestDivRound(t *testing.T) {
	for _, tc := range []struct {
		m    model.Money
		n    int64
		want model.Money
	}{
		{eur(22000), 350, cents(6286)}, // 62.857..
		{eur(500), 300, cents(167)},    // 1.666..
		{cents(5), 2, cents(3)},        // half a cent up
		{cents(-5), 2, cents(-3)},      // and away from zero
		{0, 7, 0},
	} {
		if got := tc.m.DivRound(tc.n); got != tc.want {
			t.Errorf("%v.DivRound(%d) = %v, want %v", tc.m, tc.n, got, tc.want)
		}
	}
}

func TestParseSettings(t *testing.T) {
	_, err := ParseSettings([]byte(`{"format":"balansplan-board/1","name":"  Stichting X ","ceiling":{"2027":400000,"2028":"x"}}`))
	if err == nil || !strings.Contains(err.Error(), "ceiling 2028: expected an amount") {
		t.Errorf("a text amount: %v", err)
	}
	s, err := ParseSettings([]byte(`{"ceiling":{"2027":400000.5,"2028":0},"format":"balansplan-board/1","name":"  Stichting X "}`))
	if err != nil || s.Name != "Stichting X" || len(s.Ceiling) != 2 || s.Ceiling[2027] != cents(40000050) || s.Ceiling[2028] != 0 {
		t.Errorf("%+v, %v", s, err)
	}
	s, err = ParseSettings([]byte(`{"format":"balansplan-board/1"}`))
	if err != nil || s.Name != "" || len(s.Ceiling) != 0 {
		t.Errorf("format only: %+v, %v", s, err)
	}
	for _, tc := range []struct{ in, en string }{
		{``, "it is empty"},
		{"  \n", "it is empty"},
		{`[1]`, "expected a JSON object"},
		{`{"format":"balansplan-board/1",}`, "not valid JSON"},
		{`{"format":"balansplan-board/1"`, "the JSON ends halfway"},
		{`{"format":"balansplan-board/1"} {}`, "there is more after the JSON object"},
		{`{"ceiling":{}}`, `"format" is missing`},
		{`{"format":"balansplan-board/2"}`, "comes from a newer version of Balansplan"},
		{`{"format":"balansplan/1","plan":{}}`, "this is a plan (JSON), not a board file"},
		{`{"format":"iets"}`, `the format "iets" is unknown`},
		{`{"format":1}`, `"format" must be text`},
		{`{"format":"balansplan-board/1","format":"balansplan-board/1"}`, `"format" occurs twice`},
		{`{"format":"balansplan-board/1","cieling":{"2027":1}}`, `unknown key "cieling"`},
		{`{"format":"balansplan-board/1","ceiling":[]}`, `"ceiling" must be an object`},
		{`{"format":"balansplan-board/1","ceiling":{"27":1}}`, `"27" is not a year`},
		{`{"format":"balansplan-board/1","ceiling":{"02027":1}}`, `"02027" is not a year`},
		{`{"format":"balansplan-board/1","ceiling":{"1899":1}}`, `"1899" is not a year`},
		{`{"format":"balansplan-board/1","ceiling":{"2027":1,"2027":2}}`, "the year 2027 occurs twice"},
		{`{"format":"balansplan-board/1","ceiling":{"2027":-1}}`, "a ceiling cannot be negative"},
		{`{"format":"balansplan-board/1","ceiling":{"2027":0.001}}`, "ceiling 2027: "},
		{`{"format":"balansplan-board/1","ceiling":{"2027":1e12}}`, "ceiling 2027: "},
		{`{"format":"balansplan-board/1","ceiling":{"2027":null}}`, "expected an amount in euros"},
		{`{"format":"balansplan-board/1","ceiling":{"2027":{"a":[1]}}}`, "expected an amount in euros"},
		{`{"format":"balansplan-board/1","name":["x"]}`, `"name" must be text`},
	} {
		_, err := ParseSettings([]byte(tc.in))
		var se *SettingsError
		if err == nil {
			t.Errorf("%s: accepted", tc.in)
			continue
		}
		if !errors.As(err, &se) {
			t.Errorf("%s: %v is no SettingsError", tc.in, err)
		} else if !strings.Contains(se.Message(model.EN), tc.en) || !strings.HasPrefix(se.Message(model.NL), "het bestuursbestand is niet bruikbaar: ") {
			t.Errorf("%s: %v (NL: %s), want %q", tc.in, err, se.Message(model.NL), tc.en)
		}
	}
}

// A School made by hand (not by Summarise) may lack what Summarise fills
// in; the report still says what it knows.
func TestReportOfASparseSchool(t *testing.T) {
	b := RollUp([]School{{File: "x.balans", Name: "X", Findings: FindingCounts{Hoog: 2}}}, Settings{}, day, nil, nil)
	if r := Report(b, model.EN); !strings.Contains(r, "- X (2 high)\n") {
		t.Error(r)
	}
}
