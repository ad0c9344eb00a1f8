package model

import (
	"slices"
	"strconv"
	"strings"
	"time"
)

// The plan's life after the first draft (issue 15): the history of its
// status (concept, besproken, vastgesteld) with who and why, the versions
// frozen when the board adopted it, what was actually spent per investment
// per year, and the yearly evaluation of each vision statement. All of it
// is an addition to balansplan/1 (docs/plan-format-additions.md) and left
// out of the JSON when empty, so a plan without it is written as before.
// docs/lifecycle.md tells the story for the GUI and the PDF.

// StatusChange is one step in the plan's approval: the MR's advice, the
// discussion in the team, the board's decision. The history is append
// only: a change is never edited, a mistake is put right by a new change.
type StatusChange struct {
	ID     string
	Status PlanStatus
	Date   string // YYYY-MM-DD, required
	By     string // who: "MR", "College van bestuur", a name
	Note   string // the advice, the consent, the decision in words
}

// Version is the plan as the board adopted it, frozen inside the file.
// Content is the whole plan as it was then, minus its own versions, in the
// interchange format balansplan/1 (EncodeJSON's bytes, as text). A frozen
// version never changes, so its canonical JSON is an honest, complete
// record; Plan reads it back. Validate checks only that Content is a JSON
// object (the whole check is Plan's, when a version is opened), since
// Validate runs on every keystroke and a version is checked when it is
// made (Adopt) or imported (DecodeJSON).
type Version struct {
	ID      string
	Number  string // "1.0", "1.1", "2.0"; unique in the plan
	Date    string // YYYY-MM-DD: the date of adoption
	Status  PlanStatus
	Content string
}

// Plan reads the frozen plan back. It is a new plan, shared with nothing;
// its Versions are empty.
func (v *Version) Plan() (*Plan, Problems) {
	p, ps := DecodeJSONBytes([]byte(v.Content))
	if ps != nil {
		out := Problems{{Entity: EntityVersion, Ref: v.Number, Field: string(FieldVersionContent), Reason: "content",
			Detail: Text{"de bevroren inhoud van deze versie is niet te lezen: " + ps.Messages(NL)[0],
				"the frozen content of this version cannot be read: " + ps.Messages(EN)[0]}}}
		return nil, out
	}
	return p, nil
}

// Realisation is what an investment actually cost in one calendar year:
// the one-off amount spent and the recurring amount paid. An investment
// holds at most one per year; a year without one is not yet recorded
// (which is not the same as nothing spent: record 0 for that).
type Realisation struct {
	Year      int
	OneOff    Money
	Recurring Money
}

// Total is the one-off plus the recurring amount.
func (r Realisation) Total() Money { return r.OneOff + r.Recurring }

// InvestmentStatusChange is a dated change of an investment's status
// ("started in September", "finished in March"). Investment.Status is the
// status now; RecordStatus keeps the two in step.
type InvestmentStatusChange struct {
	Date   string // YYYY-MM-DD, required
	Status InvestmentStatus
	Note   string
}

// VisionEvaluation is a vision statement's yearly evaluation: did the
// returns come, as the vision's evaluation indicator (Vision.Evaluation)
// shows, on a scale of 1 (not at all) to 5 (fully), NoRating when not
// judged, with a note.
type VisionEvaluation struct {
	Year   int
	Rating Rating
	Note   string
}

// Entity kinds of the plan's life.
const (
	EntityStatusChange EntityKind = "status_change"
	EntityVersion      EntityKind = "version"
)

// Fields of the plan's life. Status changes and versions are top-level
// lists; realisation and the investment's status history are lists inside
// an investment, the yearly evaluations a list inside a vision, and the
// round's year a field of an assessment.
const (
	FieldListStatusHistory Field = "status_history"
	FieldListVersions      Field = "versions"
	FieldDate              Field = "date" // status changes and versions
	FieldBy                Field = "by"
	FieldVersionNumber     Field = "number"
	FieldVersionContent    Field = "content"

	FieldRealisation          Field = "realisation"
	FieldRealisationYear      Field = "realisation[].year"
	FieldRealisationOneOff    Field = "realisation[].one_off"
	FieldRealisationRecurring Field = "realisation[].recurring"
	FieldRealisationEntry     Field = "realisation[]"

	FieldStatusHistory       Field = "status_history"
	FieldStatusHistoryEntry  Field = "status_history[]"
	FieldStatusHistoryDate   Field = "status_history[].date"
	FieldStatusHistoryStatus Field = "status_history[].status"
	FieldStatusHistoryNote   Field = "status_history[].note"

	FieldEvaluations       Field = "evaluations"
	FieldEvaluationsEntry  Field = "evaluations[]"
	FieldEvaluationsYear   Field = "evaluations[].year"
	FieldEvaluationsRating Field = "evaluations[].rating"
	FieldEvaluationsNote   Field = "evaluations[].note"
	// FieldYear ("year") is also an assessment's round.

	// One year's cell, as the merge compares and names it: an
	// investment's realisation of the year * ("realisation.2027") and a
	// vision's evaluation of the year * ("evaluations.2027").
	FieldRealisationCell Field = "realisation.*"
	FieldEvaluationsCell Field = "evaluations.*"
)

// RoundYear is the calendar year of the self-assessment round the
// assessment belongs to: Year, or the plan's start year when Year is 0
// (every assessment made before rounds existed is the first round).
func (p *Plan) RoundYear(a *Assessment) int {
	if a.Year == 0 {
		return p.StartYear
	}
	return a.Year
}

// RoundYears lists the years that have a self-assessment round, in order.
func (p *Plan) RoundYears() []int {
	seen := map[int]bool{}
	var out []int
	for i := range p.Assessments {
		y := p.RoundYear(&p.Assessments[i])
		if !seen[y] {
			seen[y] = true
			out = append(out, y)
		}
	}
	slices.Sort(out)
	return out
}

// LastAdopted is the most recently frozen version (the last in the list,
// which is in the order of adoption), or nil when the plan was never
// adopted.
func (p *Plan) LastAdopted() *Version {
	if len(p.Versions) == 0 {
		return nil
	}
	return &p.Versions[len(p.Versions)-1]
}

// VersionNumbered is the frozen version with the given number.
func (p *Plan) VersionNumbered(number string) (*Version, bool) {
	return findByID(p.Versions, number, func(v *Version) string { return v.Number })
}

// dateProblem checks a required date of the form YYYY-MM-DD for an edit
// function; field names what it is.
func dateProblem(e EntityKind, field Field, date string) Problems {
	s := &problemSink{}
	s.at(e, "")
	if date == "" {
		s.required(field)
	} else {
		s.date(field, date)
	}
	return s.out
}

// SetStatus records a change of the plan's status with its date, who
// made it and a note (the MR's advice, the board's decision), and sets
// Status. Setting vastgesteld freezes a version (see Adopt), which it
// returns; the other statuses return nil. date is YYYY-MM-DD: the model
// reads no clock. A bad status or date is refused and changes nothing.
func (p *Plan) SetStatus(status PlanStatus, date, by, note string) (*Version, Problems) {
	if !status.Valid() {
		s := &problemSink{}
		s.at(EntityStatusChange, "").enum(FieldStatus, string(status), planStatuses.values())
		return nil, s.out
	}
	if ps := dateProblem(EntityStatusChange, FieldDate, date); ps != nil {
		return nil, ps
	}
	if status == StatusVastgesteld {
		return p.Adopt(date, by, note)
	}
	p.StatusHistory = append(p.StatusHistory[:len(p.StatusHistory):len(p.StatusHistory)],
		StatusChange{ID: NewID(), Status: status, Date: date, By: by, Note: note})
	p.Status = status
	return nil, nil
}

// Adopt records that the plan was adopted (vastgesteld) on date by by,
// with a note, and freezes a version of the whole plan inside it: the
// number is the plan's Version when no frozen version has it yet, else
// the next whole number after the highest ("1.1" -> "2.0"); "" becomes
// "1.0". The plan's Version, Status and Adoption.Date (and Adoption.By
// when empty) are set before the freeze, so the frozen content is the
// plan as adopted, status history included. It returns the new version.
func (p *Plan) Adopt(date, by, note string) (*Version, Problems) {
	if ps := dateProblem(EntityVersion, FieldDate, date); ps != nil {
		return nil, ps
	}
	number := strings.TrimSpace(p.Version)
	if _, taken := p.VersionNumbered(number); number == "" || taken {
		number = p.nextMajor()
	}
	// Worked out on a copy, so that a plan that cannot be frozen is
	// left as it was.
	q := p.Clone()
	q.StatusHistory = append(q.StatusHistory, StatusChange{ID: NewID(), Status: StatusVastgesteld, Date: date, By: by, Note: note})
	q.Status = StatusVastgesteld
	q.Version = number
	q.Adoption.Date = date
	if q.Adoption.By == "" {
		q.Adoption.By = by
	}
	versions := q.Versions
	q.Versions = nil
	data, err := EncodeJSON(q)
	if err != nil {
		// Only a broken link gets here, which Validate refuses: the
		// GUI adopts a valid plan.
		if ps, ok := err.(Problems); ok {
			return nil, ps
		}
		return nil, Problems{{Entity: EntityVersion, Reason: "encode", Detail: Text{err.Error(), err.Error()}}}
	}
	q.Versions = append(versions, Version{ID: NewID(), Number: number, Date: date, Status: StatusVastgesteld, Content: string(data)})
	*p = *q
	return &p.Versions[len(p.Versions)-1], nil
}

// NeedsRevision reports whether an edit of the plan must first start a new
// concept version: the plan is vastgesteld and has a frozen version.
func (p *Plan) NeedsRevision() bool {
	return p.Status == StatusVastgesteld && len(p.Versions) > 0
}

// StartRevision starts a new concept version on top of the adopted one:
// the status becomes concept (recorded in the history with date and by),
// and Version the next minor number after the last frozen one ("1.0" ->
// "1.1"). The GUI calls it on a copy of the plan right before the first
// edit after adoption, in the same commit as that edit (docs/lifecycle.md).
// It does nothing and returns false when NeedsRevision is false.
func (p *Plan) StartRevision(date, by string) (bool, Problems) {
	if !p.NeedsRevision() {
		return false, nil
	}
	if ps := dateProblem(EntityStatusChange, FieldDate, date); ps != nil {
		return false, ps
	}
	last := p.LastAdopted()
	p.StatusHistory = append(p.StatusHistory[:len(p.StatusHistory):len(p.StatusHistory)], StatusChange{
		ID: NewID(), Status: StatusConcept, Date: date, By: by,
		Note: "nieuwe conceptversie op basis van versie " + last.Number})
	p.Status = StatusConcept
	p.Version = nextMinor(last.Number)
	return true, nil
}

// nextMajor is the next whole version number after the highest frozen one.
func (p *Plan) nextMajor() string {
	high := 0
	for _, v := range p.Versions {
		if n, err := strconv.Atoi(strings.SplitN(strings.TrimSpace(v.Number), ".", 2)[0]); err == nil && n > high {
			high = n
		}
	}
	if high == 0 {
		high = len(p.Versions)
	}
	for {
		cand := strconv.Itoa(high+1) + ".0"
		if _, taken := p.VersionNumbered(cand); !taken {
			return cand
		}
		high++
	}
}

// nextMinor counts the last part of a version number up: "1.0" -> "1.1",
// "2" -> "2.1", "1.9" -> "1.10"; a number whose last part is no number
// gets ".1" added.
func nextMinor(n string) string {
	n = strings.TrimSpace(n)
	if i := strings.LastIndexByte(n, '.'); i >= 0 {
		if k, err := strconv.Atoi(n[i+1:]); err == nil {
			return n[:i+1] + strconv.Itoa(k+1)
		}
	}
	return n + ".1"
}

// RecordStatus records a dated change of the investment's status and sets
// Status. A bad status or date is refused and changes nothing.
func (inv *Investment) RecordStatus(date string, status InvestmentStatus, note string) Problems {
	if !status.Valid() {
		s := &problemSink{}
		s.at(EntityInvestment, inv.Code).enum(FieldStatusHistoryStatus, string(status), investmentStatuses.values())
		return s.out
	}
	if ps := dateProblem(EntityInvestment, FieldStatusHistoryDate, date); ps != nil {
		return ps
	}
	inv.StatusChanges = append(inv.StatusChanges[:len(inv.StatusChanges):len(inv.StatusChanges)],
		InvestmentStatusChange{Date: date, Status: status, Note: note})
	inv.Status = status
	return nil
}

// StatusOn is the investment's status on a date (YYYY-MM-DD): the last
// change dated on or before it; before the first change gepland; without
// any recorded change, Status (the history was not kept).
func (inv *Investment) StatusOn(date string) InvestmentStatus {
	if len(inv.StatusChanges) == 0 {
		return inv.Status
	}
	st, at := InvGepland, ""
	for _, c := range inv.StatusChanges {
		if c.Date <= date && c.Date >= at {
			st, at = c.Status, c.Date
		}
	}
	return st
}

// RealisationIn is the realisation recorded for year y.
func (inv *Investment) RealisationIn(y int) (Realisation, bool) {
	for _, r := range inv.Realisation {
		if r.Year == y {
			return r, true
		}
	}
	return Realisation{}, false
}

// SetRealisation records (or replaces) what the investment cost in r.Year.
// It writes into a new list, never into one the plan may share.
func (inv *Investment) SetRealisation(r Realisation) {
	inv.Realisation = setForYear(inv.Realisation, r, func(r Realisation) int { return r.Year })
}

// EvaluationIn is the vision's evaluation of year y.
func (v *Vision) EvaluationIn(y int) (VisionEvaluation, bool) {
	for _, e := range v.Evaluations {
		if e.Year == y {
			return e, true
		}
	}
	return VisionEvaluation{}, false
}

// SetEvaluation records (or replaces) the vision's evaluation of e.Year,
// in a new list.
func (v *Vision) SetEvaluation(e VisionEvaluation) {
	v.Evaluations = setForYear(v.Evaluations, e, func(e VisionEvaluation) int { return e.Year })
}

// setForYear is a new list with e in place of the entry of its year, or
// added in year order: the lists of the plan's life hold one entry per
// year.
func setForYear[T any](list []T, e T, year func(T) int) []T {
	out := make([]T, 0, len(list)+1)
	done := false
	for _, x := range list {
		if year(x) == year(e) {
			x, done = e, true
		}
		out = append(out, x)
	}
	if !done {
		out = append(out, e)
		for j := len(out) - 1; j > 0 && year(out[j]) < year(out[j-1]); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// DateMonth is the Month of a date YYYY-MM-DD (the zero Month for a date
// that is not one), for comparing a date with an investment's months.
func DateMonth(date string) Month {
	t, err := time.Parse("2006-01-02", date)
	if err != nil {
		return 0
	}
	return MonthOf(t.Year(), int(t.Month()))
}

// lifecycleRef is how a message names a status change or a version.
func versionRef(v Version, i int) string {
	if v.Number != "" {
		return v.Number
	}
	return refOf("", i)
}
