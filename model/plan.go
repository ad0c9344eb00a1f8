package model

import (
	"slices"
	"sort"
	"strconv"
	"strings"
)

// Plan is one ict-beleidsplan: everything a .balans file holds.
type Plan struct {
	ID        string
	School    School
	Title     string
	StartYear int
	EndYear   int
	Status    PlanStatus
	Version   string
	// Date is the date the plan carries on its cover (YYYY-MM-DD), set by
	// the authors; "" means not set. The PDF takes its dates from here, never
	// from the clock, so the same plan gives the same bytes.
	Date     string
	Authors  []string
	Ambition Ambition
	// TeachingNow and TeachingGoal are the school's form of education now
	// and where it wants to go (onderwijsvorm); MaterialNow and MaterialGoal
	// the type of digital learning material. Empty means not chosen.
	TeachingNow  Teaching
	TeachingGoal Teaching
	MaterialNow  Material
	MaterialGoal Material
	// BudgetCeiling is the most the school will spend in cash per calendar
	// year. A year without an entry has no ceiling.
	BudgetCeiling map[int]Money

	Visions     []Vision
	Investments []Investment
	Agreements  []Agreement
	Assessments []Assessment
	Indicators  Indicators

	// VoteBudget is how many points each participant may spread over the
	// candidate investments in a dot-voting round; Votes are the points
	// given. The ranking follows from them (planning computes it).
	VoteBudget int
	Votes      []Vote

	// The board chapters (board.go): the proposal to the board, the
	// adoption block, the beginsituatie's inventory, the organisation of
	// ict, the risk register, privacy and security, the plan's own review
	// and the chapters that are prose only.
	Proposal     Proposal
	Adoption     Adoption
	Inventory    []InventoryItem
	Organisation []Responsibility
	Risks        []Risk
	Privacy      Privacy
	Review       Review
	Narrative    Narrative

	// The plan's life (lifecycle.go): the history of its status, in the
	// order recorded, and the versions frozen when it was adopted, in the
	// order of adoption. Both are append only.
	StatusHistory []StatusChange
	Versions      []Version

	// The themes of issue 19 (theme.go, maturity.go): the ids of the
	// themes the plan chose, in the order chosen, and the maturity
	// register for information security and privacy.
	Themes   []string
	Maturity []MaturityDomain

	// Previous is the plan this one continues (previous.go), when it was
	// started from an earlier one; zero otherwise.
	Previous Previous
}

// Vote is one participant's points in a dot-voting round on priorities.
type Vote struct {
	ID          string
	Session     string
	Participant string
	Role        Role
	Points      []VotePoints // in the order given; an investment at most once
}

// VotePoints are the points one participant gave one investment.
type VotePoints struct {
	InvestmentID string
	Points       int
}

// School is the school the plan is for.
type School struct {
	Name     string
	BRIN     string
	Sector   Sector
	Pupils   int
	StaffFTE float64
	Board    string
}

// Vision is a vision statement: what the school wants its education to be,
// and the returns it expects from getting there.
type Vision struct {
	ID       string
	Code     string
	Title    string
	Text     string
	Returns  []Return
	Priority int // 1 is the most important; 0 means not ranked
	// Evaluation is how and when the school will see whether the returns
	// come (analysis/2); the zero Evaluation means not said.
	Evaluation Evaluation
	// Evaluations are the yearly evaluations of the vision's returns,
	// one per year at most, in year order (lifecycle.go).
	Evaluations []VisionEvaluation
	// Theme is the id of the theme the statement was added from ("":
	// none; theme.go).
	Theme string
}

// Evaluation is how a vision statement's returns will be checked: an
// indicator (free text: what the school will look at) and the month it
// will look. Either may be empty while the plan is being written; only
// both together count as an evaluation (the finding
// returns_without_evaluation asks for both).
type Evaluation struct {
	Indicator string
	Moment    Month // inside the plan period; zero: not set
}

// Complete reports whether both the indicator and the moment are given.
func (e Evaluation) Complete() bool {
	return strings.TrimSpace(e.Indicator) != "" && !e.Moment.IsZero()
}

// IsZero reports whether neither the indicator nor the moment is given.
func (e Evaluation) IsZero() bool { return e.Indicator == "" && e.Moment.IsZero() }

// Investment is something the school will do or buy for one bouwsteen, with
// its timing and costs.
type Investment struct {
	ID           string
	Code         string
	Title        string
	Description  string
	Block        Block
	Category     Category
	MaterialType Material // the type of learning material it supports; "" for none
	Focus        Focus    // deskundigheid only: what the training is about; "" for not said
	Start        Month
	End          Month // zero: delivered in Start and in use until the plan ends
	Owner        string
	Status       InvestmentStatus
	Cost         Cost
	VisionIDs    []string // the vision statements it serves
	DependsOnIDs []string // investments that must be finished before it starts
	Pilot        bool
	// Realisation is what was actually spent, one entry per year at
	// most, in year order; StatusChanges the dated history of Status
	// (lifecycle.go).
	Realisation   []Realisation
	StatusChanges []InvestmentStatusChange
	// Theme is the id of the theme the investment was added from ("":
	// none; theme.go); the theme findings look for it.
	Theme string
}

// Cost is what an investment costs.
type Cost struct {
	OneOff    Money // paid once, in the year of Start
	Recurring Money // paid every year from Start through End (or the plan's end)
	// DepreciationYears, when above 0, makes OneOff a capital investment
	// written off linearly over that many years from the start year.
	DepreciationYears int
}

// Agreement is an agreement (afspraak) about the didactic use of ict or
// about purchase and management, with how much it covers.
type Agreement struct {
	ID       string
	Kind     AgreementKind
	Coverage Coverage
	Text     string
	Theme    string // the theme it was added from; "": none (theme.go)
}

// Assessment is one participant's self-assessment: a score now and a goal
// for each bouwsteen.
type Assessment struct {
	ID          string
	Session     string
	Participant string
	Role        Role
	Scores      map[Block]Score
	// QuestionSet names the version of the guided statements the
	// participant answered ("" when the scores were entered directly), and
	// Answers holds those answers. Scores are then rolled up from them.
	QuestionSet string
	Answers     []Answer
	// Applications are the ict applications the participant uses at least
	// weekly (analysis/2), in the order given. nil means not recorded (the
	// participant was not asked); an empty list means recorded, none. The
	// team profile counts only participants who recorded them.
	Applications []Application
	// Year is the calendar year of the self-assessment round the
	// assessment belongs to; 0 means the plan's first round (its start
	// year), which every assessment made before rounds existed is.
	Year int
}

// RecordedApplications reports whether the participant's applications
// were recorded, even as none.
func (a *Assessment) RecordedApplications() bool { return a.Applications != nil }

// Answer is a participant's answer to one statement of a question set.
type Answer struct {
	Statement string // the statement's id within its question set, e.g. "visie.2"
	Now       Rating
	Goal      Rating
}

// Rating is a score 1..5; NoRating (0) means "weet niet / n.v.t.".
type Rating int8

// NoRating is the answer "don't know / not applicable".
const NoRating Rating = 0

// Known reports whether the rating is an actual score.
func (r Rating) Known() bool { return r != NoRating }

// Score is a participant's view of one bouwsteen.
type Score struct {
	Now  Rating
	Goal Rating
}

// Indicators are the school's key figures, compared with the national
// monitor. A nil field is not known.
type Indicators struct {
	PupilsPerComputer      *float64
	DigitalMaterialPct     *float64
	DigitalMaterialGoalPct *float64
	LaptopSharePct         *float64
	TabletSharePct         *float64
	BYODPct                *float64
	DigiboardRoomsPct      *float64
	Wifi                   *bool
}

// Years lists the calendar years of the plan period, or nil when the
// period is not valid.
func (p *Plan) Years() []int {
	if p.StartYear == 0 || p.EndYear < p.StartYear || p.EndYear-p.StartYear+1 > MaxPlanYears {
		return nil
	}
	ys := make([]int, 0, p.EndYear-p.StartYear+1)
	for y := p.StartYear; y <= p.EndYear; y++ {
		ys = append(ys, y)
	}
	return ys
}

// Vision returns the vision statement with the given ID.
func (p *Plan) Vision(id string) (*Vision, bool) {
	for i := range p.Visions {
		if p.Visions[i].ID == id {
			return &p.Visions[i], true
		}
	}
	return nil, false
}

// Investment returns the investment with the given ID.
func (p *Plan) Investment(id string) (*Investment, bool) {
	for i := range p.Investments {
		if p.Investments[i].ID == id {
			return &p.Investments[i], true
		}
	}
	return nil, false
}

// VisionCodes maps vision IDs to their codes.
func (p *Plan) VisionCodes() map[string]string {
	m := make(map[string]string, len(p.Visions))
	for _, v := range p.Visions {
		m[v.ID] = v.Code
	}
	return m
}

// InvestmentCodes maps investment IDs to their codes.
func (p *Plan) InvestmentCodes() map[string]string {
	m := make(map[string]string, len(p.Investments))
	for _, inv := range p.Investments {
		m[inv.ID] = inv.Code
	}
	return m
}

// Cancelled reports whether the investment is cancelled (geschrapt); such an
// investment counts nowhere.
func (inv *Investment) Cancelled() bool { return inv.Status == InvGeschrapt }

// Finish is the month the investment is done: End, or Start when End is
// empty.
func (inv *Investment) Finish() Month {
	if inv.End.IsZero() {
		return inv.Start
	}
	return inv.End
}

// Clone returns a deep copy of the plan, so that an edit can be tried on
// the copy and thrown away when it does not validate.
func (p *Plan) Clone() *Plan {
	c := *p
	c.Authors = append([]string(nil), p.Authors...)
	if p.BudgetCeiling != nil {
		c.BudgetCeiling = make(map[int]Money, len(p.BudgetCeiling))
		for y, m := range p.BudgetCeiling {
			c.BudgetCeiling[y] = m
		}
	}
	c.Visions = make([]Vision, len(p.Visions))
	for i, v := range p.Visions {
		v.Returns = append([]Return(nil), v.Returns...)
		v.Evaluations = slices.Clone(v.Evaluations)
		c.Visions[i] = v
	}
	c.Investments = make([]Investment, len(p.Investments))
	for i, inv := range p.Investments {
		inv.VisionIDs = append([]string(nil), inv.VisionIDs...)
		inv.DependsOnIDs = append([]string(nil), inv.DependsOnIDs...)
		inv.Realisation = slices.Clone(inv.Realisation)
		inv.StatusChanges = slices.Clone(inv.StatusChanges)
		c.Investments[i] = inv
	}
	c.Agreements = append([]Agreement(nil), p.Agreements...)
	c.Assessments = make([]Assessment, len(p.Assessments))
	for i, a := range p.Assessments {
		a.Scores = cloneScores(a.Scores)
		a.Answers = append([]Answer(nil), a.Answers...)
		// slices.Clone keeps nil and empty apart: not recorded, or none.
		a.Applications = slices.Clone(a.Applications)
		c.Assessments[i] = a
	}
	if p.Votes != nil {
		c.Votes = make([]Vote, len(p.Votes))
		for i, v := range p.Votes {
			v.Points = append([]VotePoints(nil), v.Points...)
			c.Votes[i] = v
		}
	}
	c.Indicators = p.Indicators.clone()
	// The board chapters' lists hold no slices or maps of their own: a
	// copy of each list is a deep copy. slices.Clone keeps nil as nil.
	c.Adoption.Signatories = slices.Clone(p.Adoption.Signatories)
	c.Inventory = slices.Clone(p.Inventory)
	c.Organisation = slices.Clone(p.Organisation)
	c.Risks = slices.Clone(p.Risks)
	c.StatusHistory = slices.Clone(p.StatusHistory)
	c.Versions = slices.Clone(p.Versions)
	c.Themes = slices.Clone(p.Themes)
	c.Maturity = cloneMaturity(p.Maturity)
	return &c
}

func cloneScores(s map[Block]Score) map[Block]Score {
	if s == nil {
		return nil
	}
	out := make(map[Block]Score, len(s))
	for b, sc := range s {
		out[b] = sc
	}
	return out
}

func (ind Indicators) clone() Indicators {
	cp := func(f *float64) *float64 {
		if f == nil {
			return nil
		}
		v := *f
		return &v
	}
	out := Indicators{
		PupilsPerComputer:      cp(ind.PupilsPerComputer),
		DigitalMaterialPct:     cp(ind.DigitalMaterialPct),
		DigitalMaterialGoalPct: cp(ind.DigitalMaterialGoalPct),
		LaptopSharePct:         cp(ind.LaptopSharePct),
		TabletSharePct:         cp(ind.TabletSharePct),
		BYODPct:                cp(ind.BYODPct),
		DigiboardRoomsPct:      cp(ind.DigiboardRoomsPct),
	}
	if ind.Wifi != nil {
		w := *ind.Wifi
		out.Wifi = &w
	}
	return out
}

// CodeLess orders codes as people read them: "V2" before "V10". Runs of
// digits compare by value, everything else by bytes.
func CodeLess(a, b string) bool {
	for a != "" && b != "" {
		da, db := digitRun(a), digitRun(b)
		if da > 0 && db > 0 {
			na := strings.TrimLeft(a[:da], "0")
			nb := strings.TrimLeft(b[:db], "0")
			if len(na) != len(nb) {
				return len(na) < len(nb)
			}
			if na != nb {
				return na < nb
			}
			if da != db {
				return da < db
			}
			a, b = a[da:], b[db:]
			continue
		}
		if a[0] != b[0] {
			return a[0] < b[0]
		}
		a, b = a[1:], b[1:]
	}
	return len(a) < len(b)
}

func digitRun(s string) int {
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	return n
}

// SortByCode puts visions and investments in code order. Agreements and
// assessments keep their order: they have no code and their order is the
// user's.
func (p *Plan) SortByCode() {
	sort.SliceStable(p.Visions, func(i, j int) bool { return CodeLess(p.Visions[i].Code, p.Visions[j].Code) })
	sort.SliceStable(p.Investments, func(i, j int) bool { return CodeLess(p.Investments[i].Code, p.Investments[j].Code) })
}

// NextCode suggests the next free code with the given prefix: "D" and
// existing D1, D2, D7 give "D8".
func NextCode(prefix string, existing []string) string {
	max := 0
	for _, c := range existing {
		if rest, ok := strings.CutPrefix(c, prefix); ok {
			if n, err := strconv.Atoi(rest); err == nil && n > max {
				max = n
			}
		}
	}
	return prefix + strconv.Itoa(max+1)
}

// CodePrefix is the usual code prefix for investments of a block: VI for
// visie, D for deskundigheid, I for inhoud, N for infrastructuur (netwerk,
// as in the examples), L for leiderschap.
func CodePrefix(b Block) string {
	switch b {
	case BlockVisie:
		return "VI"
	case BlockDeskundigheid:
		return "D"
	case BlockInhoud:
		return "I"
	case BlockInfrastructuur:
		return "N"
	case BlockLeiderschap:
		return "L"
	}
	return "X"
}
