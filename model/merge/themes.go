package merge

import (
	"slices"
	"sort"

	"balansplan/model"
)

// The themes and the maturity register (issue 19) in the merge:
//
//   - the plan's chosen themes are a set: each theme some version has is a
//     field of its own ("plan.themes.ai", chosen or not), so two copies
//     that each chose another theme both count, and a theme dropped in one
//     copy and left alone in the others is dropped; a theme one copy chose
//     is added at the end, in the order of the theme ids;
//   - a vision's, investment's or agreement's theme mark is a field like
//     its title ("theme");
//   - the domains of the maturity register are entities matched by ID,
//     every field merged on its own; a domain's investments are a set of
//     links, like an investment's visions, and a link to an investment the
//     merge deleted is a conflict (DeletedLinked) or goes with it.

// themeFields are the plan's chosen themes, one field per theme id.
func themeFields(versions []*model.Plan) []field[model.Plan] {
	type P = model.Plan
	seen := map[string]bool{}
	var ids []string
	for _, v := range versions {
		for _, id := range v.Themes {
			if !seen[id] {
				seen[id] = true
				ids = append(ids, id)
			}
		}
	}
	sort.Strings(ids)
	fs := make([]field[P], 0, len(ids))
	for _, id := range ids {
		fs = append(fs, field[P]{
			name: model.FieldPlanThemeCell.Key(id),
			key: func(p *P) string {
				if p.HasTheme(id) {
					return "gekozen"
				}
				return ""
			},
			take: func(dst, src *P) {
				if src.HasTheme(id) {
					dst.ChooseTheme(id)
				} else {
					dst.DropTheme(id)
				}
			},
		})
	}
	return fs
}

var maturityKind = kind[model.MaturityDomain]{
	entity: model.EntityMaturity,
	list:   func(p *model.Plan) []model.MaturityDomain { return p.Maturity },
	put:    func(res *model.Plan, es []model.MaturityDomain) { res.Maturity = es },
	id:     func(m *model.MaturityDomain) string { return m.ID },
	ref:    func(m *model.MaturityDomain, pos int) string { return model.MaturityRef(*m, pos) },
	clone: func(m *model.MaturityDomain) model.MaturityDomain {
		c := *m
		c.InvestmentIDs = slices.Clone(m.InvestmentIDs)
		return c
	},
	fields: func([]*model.MaturityDomain) []field[model.MaturityDomain] {
		type M = model.MaturityDomain
		return []field[M]{
			scalar(model.FieldNorm, func(m *M) *string { return &m.Norm }, text[string]),
			scalar(model.FieldDomain, func(m *M) *string { return &m.Domain }, text[string]),
			scalar(model.FieldTitle, func(m *M) *string { return &m.Title }, text[string]),
			scalar(model.FieldCurrent, func(m *M) *int { return &m.Current }, integer[int]),
			scalar(model.FieldTarget, func(m *M) *int { return &m.Target }, integer[int]),
			scalar(model.FieldOwner, func(m *M) *string { return &m.Owner }, text[string]),
			idSet(model.FieldInvestmentIDs, func(m *M) *[]string { return &m.InvestmentIDs }, func(v view) map[string]string { return v.investment }),
		}
	},
}
