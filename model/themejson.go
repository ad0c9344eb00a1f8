package model

// The themes and the maturity register in the interchange format
// (docs/plan-format-additions.md, "Themes and the maturity register"):
// plan.themes, a "theme" on each vision statement, investment and
// agreement, and the top-level list maturity. Each is left out of the
// output when empty, so a plan without themes is written byte for byte as
// before they existed. As everywhere in the format, a value of the wrong
// type is an error naming its field and an unknown key is ignored.

// themeData reads the chosen themes, the theme marks and the maturity
// register. It runs after the lists are read, so the marks go onto the
// entities already made: the k-th object of a list is the k-th entity (an
// element that is not an object made no entity, and the decoder has
// reported it already).
func (d *decoder) themeData(root map[string]any, p *Plan) {
	if pl, ok := root[FieldPlan.key()].(map[string]any); ok {
		d.sink.at(EntityPlan, "")
		p.Themes = d.strs(pl, FieldPlanThemes)
	}
	marks := func(list Field, e EntityKind, n int, ref func(k int) string, set func(k int, theme string)) {
		elems, _ := root[list.key()].([]any)
		k := 0
		for i, v := range elems {
			m, ok := v.(map[string]any)
			if !ok {
				continue
			}
			if k < n {
				d.sink.at(e, refOf(ref(k), i))
				set(k, d.str(m, FieldTheme))
			}
			k++
		}
	}
	marks(FieldListVisions, EntityVision, len(p.Visions),
		func(k int) string { return p.Visions[k].Code },
		func(k int, t string) { p.Visions[k].Theme = t })
	marks(FieldListInvestments, EntityInvestment, len(p.Investments),
		func(k int) string { return p.Investments[k].Code },
		func(k int, t string) { p.Investments[k].Theme = t })
	marks(FieldListAgreements, EntityAgreement, len(p.Agreements),
		func(int) string { return "" },
		func(k int, t string) { p.Agreements[k].Theme = t })

	var invByCode map[string]string
	d.sink.at(EntityFile, "")
	for i, v := range d.arr(root, FieldListMaturity) {
		m, ok := d.element(EntityMaturity, FieldListMaturity, FieldTitle, i, v)
		if !ok {
			continue
		}
		md := MaturityDomain{ID: d.id(m), Target: DefaultTarget}
		md.Norm = d.str(m, FieldNorm)
		md.Domain = d.str(m, FieldDomain)
		md.Title = d.str(m, FieldTitle)
		md.Current = d.integer(m, FieldCurrent)
		if t, ok := m[FieldTarget.key()]; ok && t != nil {
			md.Target = d.integer(m, FieldTarget)
		}
		md.Owner = d.str(m, FieldOwner)
		codes := d.strs(m, FieldInvestmentIDs)
		if len(codes) > 0 && invByCode == nil {
			invByCode = make(map[string]string, len(p.Investments))
			for _, inv := range p.Investments {
				if _, dup := invByCode[inv.Code]; !dup && inv.Code != "" {
					invByCode[inv.Code] = inv.ID
				}
			}
		}
		for _, c := range codes {
			id, ok := invByCode[c]
			if !ok {
				d.unknownInvestment(FieldInvestmentIDs, c)
				continue
			}
			if !contains(md.InvestmentIDs, id) {
				md.InvestmentIDs = append(md.InvestmentIDs, id)
			}
		}
		p.Maturity = append(p.Maturity, md)
	}
}

// wireMaturity is a domain of the maturity register as EncodeJSON writes
// it: links as investment codes, a level not yet assessed as null.
type wireMaturity struct {
	ID          string   `json:"id"`
	Norm        string   `json:"norm"`
	Domain      string   `json:"domain"`
	Title       string   `json:"title"`
	Current     *int     `json:"current"`
	Target      int      `json:"target"`
	Owner       string   `json:"owner"`
	Investments []string `json:"investments"`
}

// encodeThemes writes the chosen themes, the theme marks and the maturity
// register into doc, whose lists EncodeJSON has filled from p in p's
// order. A link to an investment the plan does not have goes to broken.
func encodeThemes(p *Plan, doc *wireDoc, icodes map[string]string, broken *brokenLinks) {
	doc.Plan.Themes = p.Themes
	for i := range doc.Visions {
		doc.Visions[i].Theme = p.Visions[i].Theme
	}
	for i := range doc.Investments {
		doc.Investments[i].Theme = p.Investments[i].Theme
	}
	for i, m := range p.Maturity {
		w := wireMaturity{ID: m.ID, Norm: m.Norm, Domain: m.Domain, Title: m.Title, Target: m.Target,
			Owner: m.Owner, Investments: []string{}}
		if m.Current != NotAssessed {
			c := m.Current
			w.Current = &c
		}
		for _, id := range m.InvestmentIDs {
			c, ok := icodes[id]
			if !ok {
				broken.link(EntityMaturity, MaturityRef(m, i), FieldInvestmentIDs, id)
				continue
			}
			w.Investments = append(w.Investments, c)
		}
		doc.Maturity = append(doc.Maturity, w)
	}
}
