package answers

import (
	"fmt"
	"strings"

	"balansplan/model"
)

// Result says what an import did.
type Result struct {
	// Added and Updated name the participants, in the order of the rows.
	Added, Updated []string
}

// Apply puts the responses into a copy of plan p: per response a new
// assessment, or the update of the participant's assessment in the same
// session (see the package doc). Each gets the set's version, the answers
// and the scores rolled up from them. newID makes the IDs of new
// assessments (nil: model.NewID). p itself is not changed. When a
// participant is in the plan twice for a session, or the result does not
// validate, Apply returns the problems and no plan.
func Apply(p *model.Plan, rs []Response, set Questions, newID func() string) (*model.Plan, Result, Problems) {
	if newID == nil {
		newID = model.NewID
	}
	next := p.Clone()
	var res Result
	var problems Problems
	rowOf := map[int]int{} // assessment index -> row
	for _, r := range rs {
		var matches []int
		for i, a := range next.Assessments {
			if strings.EqualFold(strings.TrimSpace(a.Participant), r.Participant) &&
				strings.EqualFold(strings.TrimSpace(a.Session), r.Session) {
				matches = append(matches, i)
			}
		}
		a := model.Assessment{
			Session: r.Session, Participant: r.Participant, Role: r.Role,
			QuestionSet: set.Name(), Answers: append([]model.Answer(nil), r.Answers...),
			Scores: set.Rollup(r.Answers),
		}
		switch len(matches) {
		case 0:
			a.ID = newID()
			rowOf[len(next.Assessments)] = r.Row
			next.Assessments = append(next.Assessments, a)
			res.Added = append(res.Added, r.Participant)
		case 1:
			old := &next.Assessments[matches[0]]
			a.ID, a.Participant, a.Session = old.ID, old.Participant, old.Session
			*old = a
			rowOf[matches[0]] = r.Row
			res.Updated = append(res.Updated, r.Participant)
		default:
			problems = append(problems, Problem{Row: r.Row, Issues: []Issue{{Reason: "ambiguous", Detail: model.Text{
				NL: fmt.Sprintf("%s staat in sessie %q %d keer in het plan; Balansplan weet niet welke bij te werken. Voeg ze in het plan eerst samen", r.Participant, r.Session, len(matches)),
				EN: fmt.Sprintf("%s is in the plan %d times for session %q; Balansplan cannot tell which to update. Merge them in the plan first", r.Participant, len(matches), r.Session)}}}})
		}
	}
	if len(problems) > 0 {
		return nil, Result{}, problems
	}
	for _, pr := range next.Validate() {
		row := 0
		if pr.Entity == model.EntityAssessment {
			for i, a := range next.Assessments {
				if a.Participant == pr.Ref {
					row = rowOf[i]
				}
			}
		}
		problems = append(problems, Problem{Row: row, Issues: []Issue{{Reason: "invalid_" + pr.Reason,
			Detail: model.Text{NL: pr.Message(model.NL), EN: pr.Message(model.EN)}}}})
	}
	if len(problems) > 0 {
		return nil, Result{}, problems
	}
	return next, res, nil
}
