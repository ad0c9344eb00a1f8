package planning

import (
	"fmt"
	"sort"
	"strconv"

	"balansplan/model"
)

// MaturityRow is one domain of the maturity register as the GUI's register
// screen, the chart and the PDF's paragraph show it.
type MaturityRow struct {
	ID     string // the domain's ID
	Norm   string // the norm's id in an imported set; "" for the school's own
	Domain string
	Title  string
	// Current is 0 when not assessed; Target 1 to 5.
	Current, Target int
	Owner           string
	// Investments are the codes of the counting investments linked to the
	// domain (not geschrapt), as people read codes.
	Investments []string
	// BelowTarget: assessed and below the target. BelowMinimum: assessed
	// and below model.DefaultTarget, the sector's minimum level.
	BelowTarget, BelowMinimum bool
	// Unfunded: below target with no counting investment, which is what
	// the finding maturity_below_target says.
	Unfunded bool
}

// Subject is what a finding names the domain by: its norm id, else its
// title, else its position ("#3").
func (r MaturityRow) Subject(i int) string {
	switch {
	case r.Norm != "":
		return r.Norm
	case r.Title != "":
		return r.Title
	}
	return "#" + strconv.Itoa(i+1)
}

// MaturityRegister is the plan's maturity register, one row per domain in
// the plan's order. A link to an investment the plan does not have (which
// Validate refuses) is left out.
func MaturityRegister(p *model.Plan) []MaturityRow {
	if len(p.Maturity) == 0 {
		return nil
	}
	byID := make(map[string]*model.Investment, len(p.Investments))
	for i := range p.Investments {
		byID[p.Investments[i].ID] = &p.Investments[i]
	}
	out := make([]MaturityRow, len(p.Maturity))
	for i, m := range p.Maturity {
		r := MaturityRow{ID: m.ID, Norm: m.Norm, Domain: m.Domain, Title: m.Title, Current: m.Current,
			Target: m.Target, Owner: m.Owner, Investments: []string{}}
		for _, id := range m.InvestmentIDs {
			if inv, ok := byID[id]; ok && counts(inv) {
				r.Investments = append(r.Investments, inv.Code)
			}
		}
		sort.Slice(r.Investments, func(a, b int) bool { return codeLess(r.Investments[a], r.Investments[b]) })
		r.BelowTarget = m.BelowTarget()
		r.BelowMinimum = m.Assessed() && m.Current < model.DefaultTarget
		r.Unfunded = r.BelowTarget && len(r.Investments) == 0
		out[i] = r
	}
	return out
}

// MaturityFindings are the findings maturity_below_target: one per domain
// that is assessed, below its target, and raised by no counting
// investment. Below the sector's minimum (level 3) the finding is hoog,
// else midden. A domain not yet assessed gets none: there is nothing to
// compare yet.
func MaturityFindings(p *model.Plan) []Finding {
	fs := &findings{long: longCodes(p)}
	fs.maturity(p)
	sort.Slice(fs.out, func(i, j int) bool { return fs.out[i].less(&fs.out[j]) })
	return fs.out
}

func (fs *findings) maturity(p *model.Plan) {
	for i, r := range MaturityRegister(p) {
		if !r.Unfunded {
			continue
		}
		sev, minNL, minEN := Midden, "", ""
		if r.BelowMinimum {
			sev = Hoog
			minNL = fmt.Sprintf(" Niveau %d is het minimum dat de sector van elke school vraagt.", model.DefaultTarget)
			minEN = fmt.Sprintf(" Level %d is the minimum the sector asks of every school.", model.DefaultTarget)
		}
		name := r.Title
		if r.Domain != "" {
			name = r.Domain + ": " + r.Title
		}
		fs.addAs(MaturityBelowTarget, sev, []string{r.Subject(i)},
			fmt.Sprintf("Het domein %q van het volwassenheidsregister staat op niveau %d en moet naar niveau %d, maar geen investering brengt het omhoog.%s "+
				"Koppel een investering aan dit domein, of plan er een, bijvoorbeeld uit het thema informatiebeveiliging en privacy.",
				name, r.Current, r.Target, minNL),
			fmt.Sprintf("The domain %q of the maturity register is at level %d and must reach level %d, but no investment raises it.%s "+
				"Link an investment to this domain, or plan one, for example from the information security and privacy theme.",
				name, r.Current, r.Target, minEN))
	}
}
