package planning

import (
	"balansplan/model"
)

// Group is a participant's place in the team profile (§4.4a), by the number
// of ict applications they use at least weekly.
type Group string

// Groups, from the most to the least applications.
const (
	Kopgroep    Group = "kopgroep"
	Peloton     Group = "peloton"
	Staartgroep Group = "staartgroep"
)

var groupLabels = map[Group]model.Text{
	Kopgroep:    {NL: "kopgroep", EN: "leading group"},
	Peloton:     {NL: "peloton", EN: "main group"},
	Staartgroep: {NL: "staartgroep", EN: "trailing group"},
}

// Label is the name of the group for a user.
func (g Group) Label(l model.Lang) string { return groupLabels[g].In(l) }

// Bounds of the groups (§4.4a): the monitor's groups used about 1, 6 to 7
// and 13 to 14 of its 22 applications; the bounds are Balansplan's, at the
// midpoints, scaled to the 20 applications of the plan format.
const (
	StaartgroepMax = 3  // at most this many applications: staartgroep
	KopgroepMin    = 10 // at least this many: kopgroep; in between: peloton
	// TeamProfileMinRecorded is how many participants must have recorded
	// their applications before team_mostly_staartgroep speaks.
	TeamProfileMinRecorded = 3
)

// GroupOf places a number of applications in its group.
func GroupOf(n int) Group {
	switch {
	case n <= StaartgroepMax:
		return Staartgroep
	case n >= KopgroepMin:
		return Kopgroep
	}
	return Peloton
}

// TeamProfile counts the participants per group, over those who recorded
// their applications (an assessment with Applications nil was not asked
// and does not count; an empty list counts, in the staartgroep).
type TeamProfile struct {
	Recorded                       int
	Kopgroep, Peloton, Staartgroep int
}

// Count is the number of participants in group g.
func (t TeamProfile) Count(g Group) int {
	switch g {
	case Kopgroep:
		return t.Kopgroep
	case Peloton:
		return t.Peloton
	case Staartgroep:
		return t.Staartgroep
	}
	return 0
}

// teamProfileOf counts the distinct known applications of each participant
// who recorded them: an application named twice or an unknown one (which
// validation rejects) does not make anyone use more.
func teamProfileOf(p *model.Plan) TeamProfile {
	var t TeamProfile
	for i := range p.Assessments {
		a := &p.Assessments[i]
		if !a.RecordedApplications() {
			continue
		}
		seen := map[model.Application]bool{}
		for _, app := range a.Applications {
			if app.Valid() {
				seen[app] = true
			}
		}
		t.Recorded++
		switch GroupOf(len(seen)) {
		case Kopgroep:
			t.Kopgroep++
		case Peloton:
			t.Peloton++
		default:
			t.Staartgroep++
		}
	}
	return t
}
