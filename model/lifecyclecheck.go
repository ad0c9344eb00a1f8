package model

import (
	"fmt"
	"strings"
)

// The Validate rules of the plan's life (lifecycle.go), in the order of
// the interchange format: a vision's yearly evaluations after its
// evaluation, an investment's realisation and status history after pilot,
// an assessment's round year after its applications, and the plan's
// status history and versions after the risks.

// planYear checks a required year that must lie in the plan period (when
// the period is valid).
func (s *problemSink) planYear(field Field, y int, p *Plan, periodOK bool) {
	switch {
	case y == 0:
		s.required(field)
	case y < 1900 || y > 9999:
		s.add(field, "range", Text{
			fmt.Sprintf("%d is geen geldig jaar", y), fmt.Sprintf("%d is not a valid year", y)})
	case periodOK && (y < p.StartYear || y > p.EndYear):
		s.add(field, "outside_period", Text{
			fmt.Sprintf("het jaar %d ligt buiten de planperiode %d-%d", y, p.StartYear, p.EndYear),
			fmt.Sprintf("the year %d is outside the plan period %d-%d", y, p.StartYear, p.EndYear)})
	}
}

// yearTwice reports a year given twice in one list.
func (s *problemSink) yearTwice(field Field, y int, seen map[int]bool) {
	if y != 0 && seen[y] {
		s.add(field, "duplicate", Text{
			fmt.Sprintf("het jaar %d staat er al", y), fmt.Sprintf("the year %d is already there", y)})
	}
	seen[y] = true
}

// requiredDate checks a date that must be given, as YYYY-MM-DD.
func (s *problemSink) requiredDate(field Field, v string) {
	if v == "" {
		s.required(field)
		return
	}
	s.date(field, v)
}

// visionEvaluations checks a vision's yearly evaluations. The sink points
// at the vision.
func (s *problemSink) visionEvaluations(p *Plan, v *Vision, periodOK bool) {
	if len(v.Evaluations) == 0 {
		return
	}
	seen := map[int]bool{}
	for k, e := range v.Evaluations {
		s.planYear(FieldEvaluationsYear.At(k), e.Year, p, periodOK)
		s.yearTwice(FieldEvaluationsYear.At(k), e.Year, seen)
		if !e.Rating.inRange() {
			s.add(FieldEvaluationsRating.At(k), "range", Text{
				fmt.Sprintf("een beoordeling is 1 tot en met 5 of leeg, niet %d", e.Rating),
				fmt.Sprintf("a rating is 1 to 5 or empty, not %d", e.Rating)})
		}
		s.multiline(FieldEvaluationsNote.At(k), e.Note)
	}
}

// investmentLife checks an investment's realisation and status history.
// The sink points at the investment.
func (s *problemSink) investmentLife(p *Plan, inv *Investment, periodOK bool) {
	if len(inv.Realisation) > 0 {
		seen := map[int]bool{}
		for k, r := range inv.Realisation {
			s.planYear(FieldRealisationYear.At(k), r.Year, p, periodOK)
			s.yearTwice(FieldRealisationYear.At(k), r.Year, seen)
			s.money(FieldRealisationOneOff.At(k), r.OneOff)
			s.money(FieldRealisationRecurring.At(k), r.Recurring)
		}
	}
	for k, c := range inv.StatusChanges {
		s.requiredDate(FieldStatusHistoryDate.At(k), c.Date)
		if c.Status == "" {
			s.required(FieldStatusHistoryStatus.At(k))
		} else if !c.Status.Valid() {
			s.enum(FieldStatusHistoryStatus.At(k), string(c.Status), investmentStatuses.values())
		}
		s.multiline(FieldStatusHistoryNote.At(k), c.Note)
	}
}

// roundYear checks an assessment's round: 0 (the first round) or a year
// of the plan period. The sink points at the assessment.
func (s *problemSink) roundYear(p *Plan, y int, periodOK bool) {
	if y != 0 {
		s.planYear(FieldYear, y, p, periodOK)
	}
}

// lifecycleLists checks the status history and the frozen versions.
func (s *problemSink) lifecycleLists(p *Plan, checkID func(string)) {
	for i, c := range p.StatusHistory {
		s.at(EntityStatusChange, refOf("", i))
		checkID(c.ID)
		if c.Status == "" {
			s.required(FieldStatus)
		} else if !c.Status.Valid() {
			s.enum(FieldStatus, string(c.Status), planStatuses.values())
		}
		s.requiredDate(FieldDate, c.Date)
		s.text(FieldBy, c.By)
		s.multiline(FieldNote, c.Note)
	}
	numbers := map[string]bool{}
	for i, v := range p.Versions {
		s.at(EntityVersion, versionRef(v, i))
		checkID(v.ID)
		n := strings.TrimSpace(v.Number)
		if n == "" {
			s.required(FieldVersionNumber)
		} else if numbers[n] {
			s.add(FieldVersionNumber, "duplicate", Text{
				fmt.Sprintf("er is al een versie %s", n), fmt.Sprintf("there is already a version %s", n)})
		}
		numbers[n] = true
		s.text(FieldVersionNumber, v.Number)
		s.requiredDate(FieldDate, v.Date)
		if v.Status == "" {
			s.required(FieldStatus)
		} else if !v.Status.Valid() {
			s.enum(FieldStatus, string(v.Status), planStatuses.values())
		}
		// The content is checked whole when the version is opened
		// (Version.Plan); here only that it is a JSON object, since
		// Validate runs on every keystroke.
		c := strings.TrimSpace(v.Content)
		switch {
		case c == "":
			s.required(FieldVersionContent)
		case c[0] != '{' || c[len(c)-1] != '}':
			s.add(FieldVersionContent, "content", Text{
				"is geen plan in het formaat balansplan/1 (geen JSON-object)",
				"is not a plan in the format balansplan/1 (not a JSON object)"})
		}
	}
}
