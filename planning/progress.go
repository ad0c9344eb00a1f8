package planning

import (
	"fmt"
	"sort"

	"balansplan/model"
)

// The plan's progress over the years (issue 15): the self-assessment per
// round, the yearly evaluation per vision statement, and the progress
// report (voortgangsrapportage) of one year that the PDF prints and a
// school pastes into its jaarverslag.

// RoundOf is the year of the self-assessment round that the analysis of
// calendar year y uses: y's own round when there is one, else the latest
// round before y, else the plan's first round. ok is false when the plan
// has no assessments.
func RoundOf(p *model.Plan, y int) (round int, ok bool) {
	rounds := p.RoundYears()
	if len(rounds) == 0 {
		return 0, false
	}
	round = rounds[0]
	for _, r := range rounds {
		if r <= y {
			round = r
		}
	}
	return round, true
}

// AtYear is the plan as the analysis of calendar year y sees it: the same
// plan, with only the self-assessments of y's round (RoundOf). It shares
// everything else with p: read it, never write it. A plan whose
// assessments are all of the first round (every plan made before rounds
// existed) comes back as p itself. Analyse(AtYear(p, y), ref) is the
// analysis of year y.
func AtYear(p *model.Plan, y int) *model.Plan {
	round, ok := RoundOf(p, y)
	if !ok || len(p.RoundYears()) == 1 {
		return p
	}
	q := *p
	q.Assessments = nil
	for i := range p.Assessments {
		if p.RoundYear(&p.Assessments[i]) == round {
			q.Assessments = append(q.Assessments, p.Assessments[i])
		}
	}
	return &q
}

// RoundLevels are the bouwstenen's levels in one self-assessment round.
type RoundLevels struct {
	Year   int
	Levels Levels
}

// Rounds gives the levels of every self-assessment round, in year order:
// each bouwsteen's level over the years (the GUI's chart, the PDF's
// figure).
func Rounds(p *model.Plan) []RoundLevels {
	var out []RoundLevels
	for _, y := range p.RoundYears() {
		q := *p
		q.Assessments = nil
		for i := range p.Assessments {
			if p.RoundYear(&p.Assessments[i]) == y {
				q.Assessments = append(q.Assessments, p.Assessments[i])
			}
		}
		out = append(out, RoundLevels{Year: y, Levels: levelsOf(&q)})
	}
	return out
}

// VisionYear is a vision statement's evaluation in one year, with what the
// plan said it would look at.
type VisionYear struct {
	ID, Code, Title string
	// Indicator and Moment are the vision's evaluation plan
	// (model.Evaluation): what the school looks at, and when.
	Indicator string
	Moment    model.Month
	Year      int
	// Rating is 1 (the returns did not come) to 5 (fully); NoRating when
	// not judged. Recorded is false when the year has no evaluation.
	Rating   model.Rating
	Note     string
	Recorded bool
}

// EvaluationsIn lists every vision statement's evaluation of year y, in
// code order; a vision without an evaluation that year is listed with
// Recorded false, so the report shows what is still to be judged.
func EvaluationsIn(p *model.Plan, y int) []VisionYear {
	out := make([]VisionYear, 0, len(p.Visions))
	for i := range p.Visions {
		v := &p.Visions[i]
		e, ok := v.EvaluationIn(y)
		out = append(out, VisionYear{ID: v.ID, Code: v.Code, Title: v.Title, Indicator: v.Evaluation.Indicator,
			Moment: v.Evaluation.Moment, Year: y, Rating: e.Rating, Note: e.Note, Recorded: ok})
	}
	sort.SliceStable(out, func(i, j int) bool { return codeLess(out[i].Code, out[j].Code) })
	return out
}

// BalanceSnapshot is where the plan stood at one moment: the levels of a
// self-assessment round and the position in the balance matrix of the
// plan as it was then.
type BalanceSnapshot struct {
	// Round is the year of the self-assessment round; 0 without one.
	Round    int
	Levels   Levels
	Position Position
}

// StepReason is why an investment is among the next steps.
type StepReason string

// Reasons for a next step.
const (
	StepOverdue  StepReason = "overdue"  // past its due month, not finished
	StepStarts   StepReason = "starts"   // starts in the next year
	StepContinue StepReason = "continue" // running, and runs on into the next year
)

var stepLabels = map[StepReason]model.Text{
	StepOverdue:  {NL: "te laat: nog niet afgerond", EN: "overdue: not finished yet"},
	StepStarts:   {NL: "begint volgend jaar", EN: "starts next year"},
	StepContinue: {NL: "loopt door", EN: "continues"},
}

// Label is the reason for a reader.
func (r StepReason) Label(l model.Lang) string { return stepLabels[r].In(l) }

// NextStep is an investment the school works on in the year after the
// report.
type NextStep struct {
	ID, Code, Title string
	Block           model.Block
	Start, End      model.Month
	Status          model.InvestmentStatus
	Reason          StepReason
	// Planned is its cash out in the next year by the plan.
	Planned model.Money
}

// ProgressReport is the voortgangsrapportage of one calendar year: the
// data the progress report PDF prints.
type ProgressReport struct {
	Year int
	// AsOf is the date the report's states are taken on (YYYY-MM-DD):
	// the last day of Year for ProgressReportOf.
	AsOf string
	// Realisation is the year against the plan per bouwsteen; Lines its
	// investments; ToDate the sums from the plan's first year through
	// Year.
	Realisation RealisationYear
	Lines       []InvestmentYear
	ToDate      RealisationYear
	// Evaluations is every vision statement's evaluation of Year.
	Evaluations []VisionEvaluationSummary
	// Since is the number of the last adopted version; Changes what
	// changed since then (nil when the plan was never adopted).
	Since   string
	Changes *PlanDiff
	// Then is the plan's first round and the position of the last
	// adopted version (or of the plan, when never adopted); Now the
	// round of Year and the plan's position as it is.
	Then, Now BalanceSnapshot
	// Overdue are the investments overdue on AsOf; NextSteps what the
	// school works on in the next year.
	Overdue   []OverdueInvestment
	NextSteps []NextStep
}

// VisionEvaluationSummary is a VisionYear; the name says what the report
// holds.
type VisionEvaluationSummary = VisionYear

// ProgressReportOf is the progress report of year y, its states taken on
// the last day of y.
func ProgressReportOf(p *model.Plan, y int) *ProgressReport {
	return ProgressReportOn(p, y, fmt.Sprintf("%04d-12-31", y))
}

// ProgressReportOn is the progress report of year y with the states
// (overdue, status) taken on asOf (YYYY-MM-DD).
func ProgressReportOn(p *model.Plan, y int, asOf string) *ProgressReport {
	r := &ProgressReport{Year: y, AsOf: asOf}
	real := Realisation(p)
	if ry, ok := real.Year(y); ok {
		r.Realisation = ry
	} else {
		r.Realisation.Year = y
	}
	r.Lines = real.LinesIn(y)
	r.ToDate.Year = y
	for _, ry := range real.Years {
		if ry.Year > y {
			break
		}
		r.ToDate.Recorded = r.ToDate.Recorded || ry.Recorded
		for k := range ry.Planned {
			r.ToDate.Planned[k] += ry.Planned[k]
			r.ToDate.Realised[k] += ry.Realised[k]
			r.ToDate.Variance[k] += ry.Variance[k]
		}
	}
	r.Evaluations = EvaluationsIn(p, y)

	thenPlan := p
	if v := p.LastAdopted(); v != nil {
		if adopted, ps := v.Plan(); ps == nil {
			r.Since = v.Number
			r.Changes = Diff(adopted, p)
			r.Changes.FromLabel, r.Changes.ToLabel = v.Number, p.Version
			thenPlan = adopted
		}
	}
	r.Then = snapshot(thenPlan, AtYear(p, p.StartYear), p.StartYear)
	r.Now = snapshot(p, AtYear(p, y), y)

	r.Overdue = Overdue(p, asOf)
	overdue := map[string]bool{}
	for _, o := range r.Overdue {
		overdue[o.ID] = true
	}
	next := y + 1
	for i := range p.Investments {
		inv := &p.Investments[i]
		st := inv.StatusOn(asOf)
		if inv.Start.IsZero() || st == model.InvGeschrapt || st == model.InvAfgerond {
			continue
		}
		step := NextStep{ID: inv.ID, Code: inv.Code, Title: inv.Title, Block: inv.Block, Start: inv.Start, End: inv.End,
			Status: st, Planned: PlannedCash(p, inv, next)}
		switch {
		case overdue[inv.ID]:
			step.Reason = StepOverdue
		case inv.Start.Year() == next:
			step.Reason = StepStarts
		case inv.Start.Year() < next && (inv.End.IsZero() || inv.End.Year() >= next):
			step.Reason = StepContinue
		default:
			continue
		}
		r.NextSteps = append(r.NextSteps, step)
	}
	order := map[StepReason]int{StepOverdue: 0, StepStarts: 1, StepContinue: 2}
	sort.SliceStable(r.NextSteps, func(i, j int) bool {
		a, b := r.NextSteps[i], r.NextSteps[j]
		if order[a.Reason] != order[b.Reason] {
			return order[a.Reason] < order[b.Reason]
		}
		return codeLess(a.Code, b.Code)
	})
	return r
}

// snapshot is the position of plan pos with the levels of the round in
// rounds (a plan whose assessments are one round), for calendar year y.
func snapshot(pos, rounds *model.Plan, y int) BalanceSnapshot {
	s := BalanceSnapshot{Levels: levelsOf(rounds), Position: positionOf(pos, index(pos))}
	if r, ok := RoundOf(rounds, y); ok {
		s.Round = r
	}
	return s
}
