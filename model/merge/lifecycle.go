package merge

import (
	"slices"
	"sort"
	"strconv"

	"balansplan/model"
)

// The plan's life (issue 15) in the merge:
//
//   - an investment's realisation is merged per year: each year that some
//     copy has is a field of its own ("realisation.2027"), so two copies
//     that recorded different years both count, and two that recorded
//     the same year differently are a conflict (Changed);
//   - a vision's yearly evaluations likewise ("evaluations.2027");
//   - the plan's status history and its frozen versions are entities
//     matched by ID: append only, so a change added in a copy is taken,
//     and the lists become the union of the copies';
//   - an investment's status history has no IDs: it is the union of the
//     copies' entries (equal entries once), in date order, never a
//     conflict; the investment's status itself is a field like any other.

// yearCells are the fields of a list with one entry per year (an
// investment's realisation, a vision's evaluations): one field per year
// that some version has, named name with the year as its key. key writes
// an entry for comparison; list reaches the entity's list; year is an
// entry's year.
func yearCells[E, T any](versions []*E, name model.Field, list func(e *E) *[]T, year func(T) int, key func(T) string) []field[E] {
	seen := map[int]bool{}
	for _, v := range versions {
		for _, x := range *list(v) {
			seen[year(x)] = true
		}
	}
	years := make([]int, 0, len(seen))
	for y := range seen {
		years = append(years, y)
	}
	sort.Ints(years)
	in := func(e *E, y int) (T, bool) {
		for _, x := range *list(e) {
			if year(x) == y {
				return x, true
			}
		}
		var zero T
		return zero, false
	}
	fs := make([]field[E], 0, len(years))
	for _, y := range years {
		fs = append(fs, field[E]{
			name: name.Key(strconv.Itoa(y)),
			key: func(e *E) string {
				if x, ok := in(e, y); ok {
					return key(x)
				}
				return ""
			},
			take: func(dst, src *E) {
				x, ok := in(src, y)
				out := slices.DeleteFunc(slices.Clone(*list(dst)), func(x T) bool { return year(x) == y })
				if ok {
					out = append(out, x)
					sort.SliceStable(out, func(a, b int) bool { return year(out[a]) < year(out[b]) })
				}
				if len(out) == 0 {
					out = nil
				}
				*list(dst) = out
			},
		})
	}
	return fs
}

// realisationFields are an investment's realisation cells, one per year,
// and its status history.
func realisationFields(versions []*model.Investment) []field[model.Investment] {
	type I = model.Investment
	fs := yearCells(versions, model.FieldRealisationCell, func(i *I) *[]model.Realisation { return &i.Realisation },
		func(r model.Realisation) int { return r.Year },
		func(r model.Realisation) string { return r.OneOff.String() + " + " + r.Recurring.String() })
	// The status history is a union (unionStatusChanges), never a
	// conflict: its key is the same in every copy.
	return append(fs, field[I]{
		name: model.FieldStatusHistory,
		key:  func(*I) string { return "" },
		take: func(dst, src *I) {},
	})
}

// evaluationFields are a vision's yearly evaluation cells, one per year.
func evaluationFields(versions []*model.Vision) []field[model.Vision] {
	return yearCells(versions, model.FieldEvaluationsCell, func(v *model.Vision) *[]model.VisionEvaluation { return &v.Evaluations },
		func(e model.VisionEvaluation) int { return e.Year },
		func(e model.VisionEvaluation) string { return ratingText(e.Rating) + " " + strconv.Quote(e.Note) })
}

// unionStatusChanges gives every merged investment the union of its
// status history in the base and the copies: each entry once (equal date,
// status and note are one entry), in date order, entries of one date in
// the order first seen (the base's, then the first copy's, ...).
func (m *merger) unionStatusChanges() {
	plans := make([]*model.Plan, 0, len(m.copies)+1)
	if m.base != nil {
		plans = append(plans, m.base)
	}
	plans = append(plans, m.copies...)
	for i := range m.res.Investments {
		inv := &m.res.Investments[i]
		var out []model.InvestmentStatusChange
		seen := map[model.InvestmentStatusChange]bool{}
		for _, p := range plans {
			src, ok := p.Investment(inv.ID)
			if !ok {
				continue
			}
			for _, c := range src.StatusChanges {
				if !seen[c] {
					seen[c] = true
					out = append(out, c)
				}
			}
		}
		sort.SliceStable(out, func(a, b int) bool { return out[a].Date < out[b].Date })
		inv.StatusChanges = out
	}
}

var statusChangeKind = kind[model.StatusChange]{
	entity: model.EntityStatusChange,
	list:   func(p *model.Plan) []model.StatusChange { return p.StatusHistory },
	put:    func(res *model.Plan, es []model.StatusChange) { res.StatusHistory = es },
	id:     func(c *model.StatusChange) string { return c.ID },
	ref:    func(_ *model.StatusChange, pos int) string { return position(pos) },
	clone:  func(c *model.StatusChange) model.StatusChange { return *c },
	fields: func([]*model.StatusChange) []field[model.StatusChange] {
		type S = model.StatusChange
		return []field[S]{
			scalar(model.FieldStatus, func(c *S) *model.PlanStatus { return &c.Status }, text[model.PlanStatus]),
			scalar(model.FieldDate, func(c *S) *string { return &c.Date }, text[string]),
			scalar(model.FieldBy, func(c *S) *string { return &c.By }, text[string]),
			scalar(model.FieldNote, func(c *S) *string { return &c.Note }, text[string]),
		}
	},
}

var versionKind = kind[model.Version]{
	entity: model.EntityVersion,
	list:   func(p *model.Plan) []model.Version { return p.Versions },
	put:    func(res *model.Plan, es []model.Version) { res.Versions = es },
	id:     func(v *model.Version) string { return v.ID },
	ref: func(v *model.Version, pos int) string {
		if v.Number != "" {
			return v.Number
		}
		return position(pos)
	},
	clone: func(v *model.Version) model.Version { return *v },
	fields: func([]*model.Version) []field[model.Version] {
		type V = model.Version
		return []field[V]{
			scalar(model.FieldVersionNumber, func(v *V) *string { return &v.Number }, text[string]),
			scalar(model.FieldDate, func(v *V) *string { return &v.Date }, text[string]),
			scalar(model.FieldStatus, func(v *V) *model.PlanStatus { return &v.Status }, text[model.PlanStatus]),
			{
				name: model.FieldVersionContent,
				key:  func(v *V) string { return v.Content },
				// The content is a whole plan: a user is shown its size,
				// not its text.
				show: func(_ view, v *V) string {
					if v.Content == "" {
						return ""
					}
					return strconv.Itoa(len(v.Content)) + " bytes"
				},
				take: func(dst, src *V) { dst.Content = src.Content },
			},
		}
	},
}
