package board

import (
	"slices"
	"strings"
	"time"

	"balansplan/model"
	"balansplan/planning"
)

// NumBlocks is the number of bouwstenen; per-block arrays hold them in
// model order (visie, deskundigheid, inhoud, infrastructuur, leiderschap).
const NumBlocks = len(planning.BlockMoney{})

// TopFindings is how many of a school's findings the board keeps, in the
// order of §4.4 (the most important first): what a one-page summary of the
// school shows.
const TopFindings = 3

// Heat-map bounds on the five-point scale of the self-assessment.
const (
	WeakBelow  = 2.5 // a level below this is laag
	StrongFrom = 3.5 // a level of this or more is hoog
)

// Band is where a level lies on the heat map.
type Band string

// Bands.
const (
	BandUnknown Band = ""       // nobody scored the bouwsteen
	BandLaag    Band = "laag"   // below WeakBelow
	BandMidden  Band = "midden" // in between
	BandHoog    Band = "hoog"   // StrongFrom or more
)

// BandOf places a level on the heat map.
func BandOf(l planning.Level) Band {
	switch {
	case !l.Known:
		return BandUnknown
	case l.Value < WeakBelow:
		return BandLaag
	case l.Value >= StrongFrom:
		return BandHoog
	}
	return BandMidden
}

// BlockLevel is a school's level of one bouwsteen, now and as goal.
type BlockLevel struct {
	Now, Goal planning.Level
}

// Year is one calendar year of a school's plan.
type Year struct {
	Year        int
	CashOut     model.Money
	Burden      model.Money
	CashByBlock planning.BlockMoney
	// PerPupil is CashOut divided by the school's pupils; HasPerPupil is
	// false when the plan names no pupils.
	PerPupil    model.Money
	HasPerPupil bool
}

// FindingCounts counts a school's findings per severity.
type FindingCounts struct {
	Hoog, Midden, Laag int
}

// Total is the number of findings.
func (c FindingCounts) Total() int { return c.Hoog + c.Midden + c.Laag }

// School is what the board keeps of one school's plan.
type School struct {
	// File names the plan file, as the caller gave it.
	File   string
	PlanID string
	Name   string
	BRIN   string
	Board  string // the school's own board name, from the plan
	Sector model.Sector
	Pupils int
	Title  string

	StartYear, EndYear int
	Status             model.PlanStatus
	// AdoptionDate is plan.Adoption.Date (YYYY-MM-DD); "" not given.
	AdoptionDate string

	Verdict planning.Verdict
	T, E    planning.Level
	// Now and Goal are the positions in the balance matrix (the goal's
	// material side is the one the investments buy: planning.Position).
	Now, Goal    planning.Cell
	Levels       [NumBlocks]BlockLevel
	Participants int

	Years        []Year // every year of the plan period, in order
	TotalCashOut model.Money
	CashByBlock  planning.BlockMoney
	HumanShare   planning.Level
	PerPupil     model.Money // TotalCashOut per pupil
	HasPerPupil  bool

	Findings FindingCounts
	// High lists the codes of the high-severity findings, in §4.4 order,
	// each once.
	High []planning.Code
	// Top are the first TopFindings findings in §4.4 order, whole.
	Top []planning.Finding

	// PeriodEnded is set by RollUp: the plan's last year lies before the
	// roll-up's date.
	PeriodEnded bool
}

// Adopted reports whether the plan is adopted (status vastgesteld).
func (s *School) Adopted() bool { return s.Status == model.StatusVastgesteld }

// Year returns the school's figures of calendar year y.
func (s *School) Year(y int) (Year, bool) {
	for _, yr := range s.Years {
		if yr.Year == y {
			return yr, true
		}
	}
	return Year{}, false
}

// Summarise keeps what the board needs of a plan: a is planning.Analyse of
// p (the benchmark is not used, so its reference may be nil). file names
// the plan's file for the user. The School holds nothing of p or a that
// either could change later.
func Summarise(file string, p *model.Plan, a *planning.Analysis) School {
	s := School{
		File: file, PlanID: p.ID,
		Name: p.School.Name, BRIN: p.School.BRIN, Board: p.School.Board,
		Sector: p.School.Sector, Pupils: p.School.Pupils, Title: p.Title,
		StartYear: p.StartYear, EndYear: p.EndYear,
		Status: p.Status, AdoptionDate: p.Adoption.Date,
		Verdict: a.Route.Verdict, T: a.Route.T(), E: a.Route.E(),
		Now: a.Position.Now, Goal: a.Position.Goal,
		Participants: a.Levels.Participants,
		TotalCashOut: a.Budget.TotalCashOut, CashByBlock: a.Budget.CashByBlock,
		HumanShare: a.Budget.HumanShare,
		PerPupil:   a.Budget.PerPupil, HasPerPupil: a.Budget.HasPerPupil,
	}
	for i, b := range model.Blocks() {
		bl := a.Levels.Block(b)
		s.Levels[i] = BlockLevel{Now: bl.Now.Level(), Goal: bl.Goal.Level()}
	}
	s.Years = make([]Year, len(a.Budget.Years))
	for i, by := range a.Budget.Years {
		y := Year{Year: by.Year, CashOut: by.CashOut, Burden: by.Burden, CashByBlock: by.CashByBlock}
		if p.School.Pupils > 0 {
			y.PerPupil, y.HasPerPupil = by.CashOut.DivRound(int64(p.School.Pupils)), true
		}
		s.Years[i] = y
	}
	for _, f := range a.Findings {
		switch f.Severity {
		case planning.Hoog:
			s.Findings.Hoog++
			if !slices.Contains(s.High, f.Code) {
				s.High = append(s.High, f.Code)
			}
		case planning.Midden:
			s.Findings.Midden++
		case planning.Laag:
			s.Findings.Laag++
		}
	}
	for _, f := range a.Top(TopFindings) {
		f.Subject = slices.Clone(f.Subject)
		s.Top = append(s.Top, f)
	}
	return s
}

// BoardYear is one calendar year of the board: the schools' cash out
// against the board's ceiling.
type BoardYear struct {
	Year        int
	CashOut     model.Money
	CashByBlock planning.BlockMoney
	// BySchool is each school's cash out in the year, in the order of
	// Board.Schools; 0 for a school whose plan does not cover the year.
	BySchool []model.Money
	// Schools is the number of schools whose plan period covers the year.
	// Pupils are the pupils of those that name their number, and PerPupil
	// is their cash out per pupil (a school without pupils would add cost
	// without pupils); HasPerPupil is false without any.
	Schools     int
	Pupils      int
	PerPupil    model.Money
	HasPerPupil bool
	// Ceiling is the board's ceiling of the year, when HasCeiling.
	Ceiling    model.Money
	HasCeiling bool
	// Over reports whether CashOut exceeds the ceiling.
	Over bool
}

// Headroom is the ceiling minus the cash out: negative when over.
func (y BoardYear) Headroom() model.Money { return y.Ceiling - y.CashOut }

// Unread is a file the board could not count, as the reader said it.
type Unread struct {
	File   string
	Kind   string // model/workspace's Kind
	Reason string
	Text   model.Text
}

// Board is the roll-up of a board's schools.
type Board struct {
	// Name is the board's name: from the settings, else the one board name
	// all the schools' plans give; "" when they differ or give none.
	Name string
	// Date is the day the roll-up is judged on (YYYY-MM-DD).
	Date    string
	Schools []School // in name, BRIN, file order
	// Years holds every calendar year some school's plan covers or the
	// board gives a ceiling for, in order.
	Years        []BoardYear
	TotalCashOut model.Money
	CashByBlock  planning.BlockMoney
	// HumanShare is the schools' cash out of visie and deskundigheid over
	// that of the four factors (leiderschap left out), as planning counts
	// a school's; unknown when that total is zero.
	HumanShare planning.Level
	// BlockMeans is the mean over the schools of their level now per
	// bouwsteen (each school once); unknown when no school scored it.
	BlockMeans [NumBlocks]planning.Level
	// OverYears lists the years whose cash out exceeds the board's ceiling.
	OverYears []int

	// Schools needing attention, as indexes into Schools, in that order.
	HighFindings []int // with at least one high-severity finding
	NotAdopted   []int // status not vastgesteld
	PeriodEnded  []int // the plan period lies before Date
	// Duplicates are groups of schools (indexes) whose files hold the
	// same plan ID.
	Duplicates [][]int

	// Unread are the files that were not counted, in the reader's order;
	// Skipped the names of files that were no plan files.
	Unread  []Unread
	Skipped []string
}

// RollUp puts the schools together. on is the day the board looks (only
// its calendar date counts): a plan period that ended before its year has
// ended. unread and skipped are kept as given, for the report. RollUp does
// not modify schools (it sorts a copy).
func RollUp(schools []School, s Settings, on time.Time, unread []Unread, skipped []string) *Board {
	b := &Board{
		Name:    s.Name,
		Date:    on.Format(time.DateOnly),
		Schools: slices.Clone(schools),
		Unread:  slices.Clone(unread),
		Skipped: slices.Clone(skipped),
	}
	slices.SortStableFunc(b.Schools, compareSchools)
	if b.Name == "" {
		b.Name = commonBoard(b.Schools)
	}

	years := map[int]*BoardYear{}
	year := func(y int) *BoardYear {
		by, ok := years[y]
		if !ok {
			by = &BoardYear{Year: y, BySchool: make([]model.Money, len(b.Schools))}
			years[y] = by
		}
		return by
	}
	var human, material model.Money
	pupilCash := map[int]model.Money{} // per year, of the schools that name their pupils
	for i := range b.Schools {
		sc := &b.Schools[i]
		sc.PeriodEnded = sc.EndYear < on.Year()
		for _, sy := range sc.Years {
			by := year(sy.Year)
			by.CashOut += sy.CashOut
			by.BySchool[i] = sy.CashOut
			for k := range by.CashByBlock {
				by.CashByBlock[k] += sy.CashByBlock[k]
			}
			by.Schools++
			if sc.Pupils > 0 {
				by.Pupils += sc.Pupils
				pupilCash[sy.Year] += sy.CashOut
			}
		}
		b.TotalCashOut += sc.TotalCashOut
		for k := range b.CashByBlock {
			b.CashByBlock[k] += sc.CashByBlock[k]
		}
		if sc.Findings.Hoog > 0 {
			b.HighFindings = append(b.HighFindings, i)
		}
		if !sc.Adopted() {
			b.NotAdopted = append(b.NotAdopted, i)
		}
		if sc.PeriodEnded {
			b.PeriodEnded = append(b.PeriodEnded, i)
		}
	}
	// The mean of the schools' means, added in school order (which is
	// fixed), so the same schools give the same bits.
	for k := range NumBlocks {
		var total float64
		n := 0
		for i := range b.Schools {
			if l := b.Schools[i].Levels[k].Now; l.Known {
				total += l.Value
				n++
			}
		}
		if n > 0 {
			b.BlockMeans[k] = planning.Level{Value: total / float64(n), Known: true}
		}
	}
	for k, blk := range model.Blocks() {
		switch {
		case blk.Human():
			human += b.CashByBlock[k]
			material += b.CashByBlock[k]
		case blk.Material():
			material += b.CashByBlock[k]
		}
	}
	if material != 0 {
		b.HumanShare = planning.Level{Value: float64(human) / float64(material), Known: true}
	}
	for y, c := range s.Ceiling {
		by := year(y)
		by.Ceiling, by.HasCeiling = c, true
	}
	for _, by := range years {
		if by.Pupils > 0 {
			by.PerPupil, by.HasPerPupil = pupilCash[by.Year].DivRound(int64(by.Pupils)), true
		}
		by.Over = by.HasCeiling && by.CashOut > by.Ceiling
		b.Years = append(b.Years, *by)
	}
	slices.SortFunc(b.Years, func(x, y BoardYear) int { return x.Year - y.Year })
	for _, by := range b.Years {
		if by.Over {
			b.OverYears = append(b.OverYears, by.Year)
		}
	}
	b.Duplicates = duplicates(b.Schools)
	return b
}

// compareSchools is the board's order: name (case folded, then as
// written), BRIN, file.
func compareSchools(x, y School) int {
	if c := strings.Compare(strings.ToLower(x.Name), strings.ToLower(y.Name)); c != 0 {
		return c
	}
	if c := strings.Compare(x.Name, y.Name); c != 0 {
		return c
	}
	if c := strings.Compare(x.BRIN, y.BRIN); c != 0 {
		return c
	}
	return strings.Compare(x.File, y.File)
}

// commonBoard is the board name every school gives, or "".
func commonBoard(schools []School) string {
	name := ""
	for i, s := range schools {
		if s.Board == "" || (i > 0 && s.Board != name) {
			return ""
		}
		name = s.Board
	}
	return name
}

// duplicates groups the schools whose plans carry the same ID, in school
// order.
func duplicates(schools []School) [][]int {
	byID := map[string][]int{}
	for i, s := range schools {
		if s.PlanID != "" {
			byID[s.PlanID] = append(byID[s.PlanID], i)
		}
	}
	var out [][]int
	for _, g := range byID {
		if len(g) > 1 {
			out = append(out, g)
		}
	}
	slices.SortFunc(out, func(x, y []int) int { return x[0] - y[0] })
	return out
}
