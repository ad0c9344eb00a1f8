package planning

import (
	"fmt"
	"strings"

	"balansplan/model"
)

// The next plan (issue 15): "start the next plan from this one". When a
// plan period ends, the school does not start from an empty file: what is
// not finished goes on, the evaluation of the old plan is where the new
// one starts, and the team's latest self-assessment is its first round.
// NextPlan builds that plan; it is pure, so the GUI and `balansplan next`
// make the same plan, and it lives here rather than in model because it
// decides what "unfinished" and "the starting point" mean, which are
// questions of the plan's meaning, not of its data.

// NextPlan makes a new concept plan for the period start..start+years-1
// from plan prev, as it stands on date (YYYY-MM-DD, the day the new plan
// is made: the model and planning read no clock). prev is not changed;
// the new plan shares nothing with it. lang is the language of the few
// sentences NextPlan writes into the new plan (the link back and the
// evaluation in the beginsituatie).
//
// What the new plan takes over:
//
//   - The school, title (its years replaced by the new period's), authors,
//     ambition, teaching and material, indicators, agreements, themes,
//     maturity register, inventory, organisation, risks, privacy, review
//     and narrative, as they are: they describe the school, not the
//     period.
//   - Every vision statement, with the same ID and code. Its evaluation
//     moment moves by as many years as the plan does; its yearly
//     evaluations belong to the old period and are summarised in the
//     beginsituatie instead (the latest of each vision, with its rating
//     and note), which is the evaluation as the starting point.
//   - The unfinished investments: those whose status on date is gepland,
//     lopend or uitgesteld (afgerond and geschrapt ones stay behind). They
//     keep their ID and code, so Diff(prev, next) matches them. One that
//     starts before the new period starts in its first month instead, its
//     end moved by as many months (clipped to the period's last month,
//     never before the new start), so that its duration stays; one that
//     starts or ends after the new period (a new period that ends before
//     the old one did) is taken into its last month; the one-off
//     cost is what is left of it: planned minus the one-off amounts
//     realised, never below zero (the money spent is gone; the rest is
//     still to be paid). Recurring costs, links and the rest stay; links
//     to investments left behind are dropped. Realisation and status
//     history stay with the old plan.
//   - The latest self-assessment round, as the new plan's first round
//     (Year 0), each assessment with a new ID.
//
// What it does not take: the budget ceilings (they are per calendar year
// of the old period), the proposal and adoption (a new plan is a new
// decision), the votes, versions and status history.
//
// The link back is Plan.Previous: prev's ID, title and version. The new
// plan's status history has one entry, concept on date, whose note says
// the same in words (LinkBack), with the last adopted version when that is
// another: the history is what a reader of the Versies screen and the PDF
// sees, and "why is this a concept" is answered there.
//
// The result is valid when prev is valid, date is a real date and the
// period is valid (model.Plan.Validate decides; the caller checks).
func NextPlan(prev *model.Plan, start, years int, date string, lang model.Lang) *model.Plan {
	if years < 1 {
		years = 1
	}
	p := prev.Clone()
	p.ID = model.NewID()
	p.StartYear, p.EndYear = start, start+years-1
	p.Title = nextTitle(prev, p.StartYear, p.EndYear)
	p.Status = model.StatusConcept
	p.Version = ""
	p.Date = ""
	p.BudgetCeiling = nil
	p.Proposal = model.Proposal{}
	p.Adoption = model.Adoption{}
	p.Votes = nil
	p.Versions = nil
	p.StatusHistory = []model.StatusChange{{ID: model.NewID(), Status: model.StatusConcept, Date: date, Note: LinkBack(prev, lang)}}
	p.Previous = model.Previous{ID: prev.ID, Title: prev.Title, Version: prev.Version}

	shift := start - prev.StartYear
	for i := range p.Visions {
		v := &p.Visions[i]
		v.Evaluations = nil
		if m := v.Evaluation.Moment; !m.IsZero() {
			v.Evaluation.Moment = clampMonth(m+model.Month(12*shift), p)
		}
	}
	p.Narrative.Situation = startingPoint(prev, lang)

	p.Investments = nil
	kept := map[string]bool{}
	for i := range prev.Investments {
		old := &prev.Investments[i]
		switch old.StatusOn(date) {
		case model.InvAfgerond, model.InvGeschrapt:
			continue
		}
		kept[old.ID] = true
	}
	first := model.MonthOf(start, 1)
	for i := range prev.Investments {
		old := &prev.Investments[i]
		if !kept[old.ID] {
			continue
		}
		inv := carriedInvestment(old, date)
		if !inv.Start.IsZero() && inv.Start < first {
			moved := first - inv.Start
			inv.Start = first
			if !inv.End.IsZero() {
				inv.End += moved
			}
		}
		// A new period that ends before the old one did (--start inside
		// the old period, or fewer years) takes what lies beyond it into
		// its last months: the plan may only hold its own period.
		if !inv.Start.IsZero() {
			inv.Start = clampMonth(inv.Start, p)
		}
		if !inv.End.IsZero() {
			inv.End = max(clampMonth(inv.End, p), inv.Start)
		}
		inv.DependsOnIDs = nil
		for _, id := range old.DependsOnIDs {
			if kept[id] {
				inv.DependsOnIDs = append(inv.DependsOnIDs, id)
			}
		}
		p.Investments = append(p.Investments, inv)
	}

	p.Assessments = nil
	if rounds := prev.RoundYears(); len(rounds) > 0 {
		latest := rounds[len(rounds)-1]
		for i := range prev.Assessments {
			a := &prev.Assessments[i]
			if prev.RoundYear(a) != latest {
				continue
			}
			c := cloneAssessment(a)
			c.ID, c.Year = model.NewID(), 0
			p.Assessments = append(p.Assessments, c)
		}
	}
	return p
}

// carriedInvestment is old as the next plan takes it over: its status on
// date, what is left of its one-off cost, and no history.
func carriedInvestment(old *model.Investment, date string) model.Investment {
	inv := *old
	inv.Status = old.StatusOn(date)
	inv.VisionIDs = append([]string(nil), old.VisionIDs...)
	inv.Realisation, inv.StatusChanges = nil, nil
	var spent model.Money
	for _, r := range old.Realisation {
		spent += r.OneOff
	}
	inv.Cost.OneOff = max(old.Cost.OneOff-spent, 0)
	return inv
}

func cloneAssessment(a *model.Assessment) model.Assessment {
	c := *a
	if a.Scores != nil {
		c.Scores = make(map[model.Block]model.Score, len(a.Scores))
		for k, v := range a.Scores {
			c.Scores[k] = v
		}
	}
	c.Answers = append([]model.Answer(nil), a.Answers...)
	if a.Applications != nil {
		c.Applications = append([]model.Application{}, a.Applications...)
	}
	return c
}

// clampMonth keeps m inside p's period.
func clampMonth(m model.Month, p *model.Plan) model.Month {
	return min(max(m, model.MonthOf(p.StartYear, 1)), model.MonthOf(p.EndYear, 12))
}

// nextTitle is prev's title with its period replaced by the new one
// ("Ict-plan 2026-2029" -> "Ict-plan 2030-2033"); a title without its
// period stays as it is.
func nextTitle(prev *model.Plan, start, end int) string {
	t := prev.Title
	for _, sep := range []string{"-", "–", " - ", " – ", "/"} {
		old := fmt.Sprintf("%d%s%d", prev.StartYear, sep, prev.EndYear)
		if strings.Contains(t, old) {
			return strings.Replace(t, old, fmt.Sprintf("%d%s%d", start, sep, end), 1)
		}
	}
	return t
}

// LinkBack is the note of the next plan's first status change: which plan
// it follows on, by title, ID and version (and the last adopted version,
// when that is another). Plan.Previous holds the same link as data; the
// note keeps it readable in the status history.
func LinkBack(prev *model.Plan, l model.Lang) string {
	version := prev.Version
	if version == "" {
		version = "–"
	}
	t := model.Text{
		NL: fmt.Sprintf("Vervolg op het plan %q (%d-%d), plan-ID %s, versie %s", prev.Title, prev.StartYear, prev.EndYear, prev.ID, version),
		EN: fmt.Sprintf("Follows on the plan %q (%d-%d), plan ID %s, version %s", prev.Title, prev.StartYear, prev.EndYear, prev.ID, version),
	}.In(l)
	if v := prev.LastAdopted(); v != nil && v.Number != prev.Version {
		t += model.Text{NL: fmt.Sprintf(" (laatst vastgesteld: versie %s van %s)", v.Number, v.Date),
			EN: fmt.Sprintf(" (last adopted: version %s of %s)", v.Number, v.Date)}.In(l)
	}
	return t + "."
}

// startingPoint is the next plan's beginsituatie in words: the latest
// evaluation of every vision statement of prev, then prev's own
// beginsituatie. A vision never evaluated says so.
func startingPoint(prev *model.Plan, l model.Lang) string {
	tr := func(nl, en string) string { return model.Text{NL: nl, EN: en}.In(l) }
	var b strings.Builder
	fmt.Fprintf(&b, tr("Evaluatie van het vorige plan (%d-%d):", "Evaluation of the previous plan (%d-%d):"), prev.StartYear, prev.EndYear)
	for _, vy := range latestEvaluations(prev) {
		b.WriteString("\n- " + vy.Code + " " + vy.Title + ": ")
		if !vy.Recorded {
			b.WriteString(tr("niet geëvalueerd.", "not evaluated."))
			continue
		}
		if vy.Rating.Known() {
			fmt.Fprintf(&b, tr("%d van 5 in %d", "%d of 5 in %d"), vy.Rating, vy.Year)
		} else {
			fmt.Fprintf(&b, tr("niet beoordeeld in %d", "not rated in %d"), vy.Year)
		}
		if vy.Note != "" {
			b.WriteString(" (" + vy.Note + ")")
		}
		b.WriteString(".")
	}
	if s := strings.TrimSpace(prev.Narrative.Situation); s != "" {
		b.WriteString("\n\n" + tr("Beginsituatie van het vorige plan: ", "Starting situation of the previous plan: ") + s)
	}
	return b.String()
}

// latestEvaluations is, per vision of p in code order, its latest yearly
// evaluation (Recorded false when it has none).
func latestEvaluations(p *model.Plan) []VisionYear {
	byID := make(map[string]*model.Vision, len(p.Visions))
	for i := range p.Visions {
		byID[p.Visions[i].ID] = &p.Visions[i]
	}
	out := EvaluationsIn(p, 0)
	for k := range out {
		v := byID[out[k].ID]
		for i, e := range v.Evaluations {
			if i == 0 || e.Year > out[k].Year {
				out[k].Year, out[k].Rating, out[k].Note, out[k].Recorded = e.Year, e.Rating, e.Note, true
			}
		}
	}
	return out
}
