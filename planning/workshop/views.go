package workshop

import (
	"sort"

	"balansplan/model"
	"balansplan/planning"
)

// RoleCount says who of one role took part in a workshop.
type RoleCount struct {
	Role model.Role // "" for votes without a role
	// Assessments and Votes count the participants' entries; People the
	// distinct participants (by name and session) with either.
	Assessments, Votes, People int
	// Names are the participants' names, sorted, each once.
	Names []string
}

// Participation counts the participants per role, in model.Roles order
// (votes without a role last), for the roles that took part.
func Participation(p *model.Plan) []RoleCount {
	order := append(model.Roles(), "")
	counts := make([]RoleCount, len(order))
	people := make([]map[[2]string]bool, len(order))
	names := make([]map[string]bool, len(order))
	for i := range order {
		counts[i].Role = order[i]
		people[i], names[i] = map[[2]string]bool{}, map[string]bool{}
	}
	note := func(ri int, session, participant string) {
		people[ri][[2]string{session, participant}] = true
		if participant != "" {
			names[ri][participant] = true
		}
	}
	for _, a := range p.Assessments {
		ri := roleIndexOf(order, a.Role)
		counts[ri].Assessments++
		note(ri, a.Session, a.Participant)
	}
	for _, v := range p.Votes {
		ri := roleIndexOf(order, v.Role)
		counts[ri].Votes++
		note(ri, v.Session, v.Participant)
	}
	var out []RoleCount
	for i, c := range counts {
		if c.Assessments+c.Votes == 0 {
			continue
		}
		c.People = len(people[i])
		for n := range names[i] {
			c.Names = append(c.Names, n)
		}
		sort.Strings(c.Names)
		out = append(out, c)
	}
	return out
}

// BlockView is one bouwsteen as a presentation shows it: the team's levels
// and where leaders and teachers stand.
type BlockView struct {
	Block     model.Block
	Now, Goal planning.Mean
	// Spread is the highest minus the lowest score for now (planning's).
	Spread planning.Level
	// Leaders pools the scores now of schoolleider and bestuurder;
	// Teachers those of leraar.
	Leaders, Teachers planning.Mean
	// Gap is Leaders minus Teachers, known when both gave scores.
	Gap planning.Level
	// Diverges says that planning reports assessment_divergence for this
	// bouwsteen (BlockLevel.Divergence: |Gap| >= DivergenceThreshold).
	Diverges bool
}

// Blocks lays out planning's levels per bouwsteen, in model order, with
// the leaders' and teachers' means and planning's verdict on their
// disagreement. Who counts as a leader, and when the gap diverges, is
// planning's rule (BlockLevel.LeadersAndTeachers and Divergence), not a
// copy of it.
func Blocks(a *planning.Analysis) []BlockView {
	out := make([]BlockView, 0, len(a.Levels.Blocks))
	for _, bl := range a.Levels.Blocks {
		v := BlockView{Block: bl.Block, Now: bl.Now, Goal: bl.Goal, Spread: bl.Spread}
		v.Leaders, v.Teachers, _ = bl.LeadersAndTeachers()
		v.Gap, v.Diverges = bl.Divergence()
		out = append(out, v)
	}
	return out
}

// StatementResult is the team's answers to one statement.
type StatementResult struct {
	Statement Statement
	// Now and Goal are the means of the known answers; Unknown counts the
	// participants who answered "weet niet" (or nothing) for now.
	Now, Goal planning.Mean
	Unknown   int
	// Spread is the highest minus the lowest known answer for now.
	Spread planning.Level
}

// StatementResults summarises the answers per statement of set, over the
// assessments that used that set, in the set's order.
func StatementResults(p *model.Plan, set *QuestionSet) []StatementResult {
	out := make([]StatementResult, len(set.Statements))
	lo := make([]model.Rating, len(out))
	hi := make([]model.Rating, len(out))
	for i, st := range set.Statements {
		out[i].Statement = st
	}
	for _, a := range p.Assessments {
		if a.QuestionSet != set.Version {
			continue
		}
		answered := map[int]bool{}
		for _, an := range a.Answers {
			i, ok := set.byID[an.Statement]
			if !ok || answered[i] {
				continue
			}
			answered[i] = true
			r := &out[i]
			if an.Goal >= 1 && an.Goal <= 5 {
				r.Goal.Sum += int(an.Goal)
				r.Goal.Count++
			}
			if an.Now < 1 || an.Now > 5 {
				r.Unknown++
				continue
			}
			r.Now.Sum += int(an.Now)
			r.Now.Count++
			if lo[i] == 0 || an.Now < lo[i] {
				lo[i] = an.Now
			}
			if an.Now > hi[i] {
				hi[i] = an.Now
			}
		}
		for i := range out {
			if !answered[i] {
				out[i].Unknown++
			}
		}
	}
	for i := range out {
		if out[i].Now.Count > 0 {
			out[i].Spread = planning.Level{Value: float64(hi[i] - lo[i]), Known: true}
		}
	}
	return out
}

// ForRole is the plan with only the assessments of role r, for a
// per-role analysis (planning.Analyse) and its radar. It shares
// everything else with p; treat it as read-only.
func ForRole(p *model.Plan, r model.Role) *model.Plan {
	sub := *p
	sub.Assessments = nil
	for _, a := range p.Assessments {
		if a.Role == r {
			sub.Assessments = append(sub.Assessments, a)
		}
	}
	return &sub
}
