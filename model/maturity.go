package model

import (
	"fmt"
	"slices"
	"strings"
)

// The maturity register for information security and privacy (issue 19):
// per domain (access, back-ups, awareness, ...) where the school stands
// now and where it wants to be, on a scale of 1 to 5, who owns the domain,
// and which investments raise it. The sector's own norm set scores its
// norms on such a scale, with level 3 as the minimum a school should
// reach; a domain's default target is therefore 3.
//
// The register is data the school (or its board) fills in. A domain may
// come from an imported norm set (Norm holds the norm's id there, see
// model/theme's norm-set format) or be the school's own (Norm ""). The
// texts Balansplan ships are its own example domains, in its own words.

// MaturityDomain is one domain of the maturity register.
type MaturityDomain struct {
	ID     string
	Norm   string // the id of the norm in an imported norm set; "": the school's own
	Domain string // the group it belongs to ("Toegang", "Bewustwording")
	Title  string // what is assessed, in a line
	// Current is the level now, 1 to 5; NotAssessed (0) when not yet
	// assessed. Target is the level the school aims for, 1 to 5.
	Current       int
	Target        int
	Owner         string
	InvestmentIDs []string // the investments that raise the domain
}

// The maturity scale.
const (
	NotAssessed        = 0 // Current: not yet assessed
	MinMaturity        = 1
	MaxMaturity        = 5
	DefaultTarget      = 3 // the sector's minimum level, and a new domain's target
	EntityMaturity     = EntityKind("maturity")
	FieldListMaturity  = Field("maturity")
	FieldNorm          = Field("norm")
	FieldDomain        = Field("domain")
	FieldCurrent       = Field("current")
	FieldTarget        = Field("target")
	FieldInvestmentIDs = Field("investments") // the investments that raise a domain
)

// NewMaturityDomain is a domain with a new ID, not yet assessed, with the
// default target.
func NewMaturityDomain(domain, title string) MaturityDomain {
	return MaturityDomain{ID: NewID(), Domain: domain, Title: title, Target: DefaultTarget}
}

// Assessed reports whether the domain's current level is known.
func (m MaturityDomain) Assessed() bool { return m.Current != NotAssessed }

// BelowTarget reports whether the domain is assessed and below its
// target.
func (m MaturityDomain) BelowTarget() bool { return m.Assessed() && m.Current < m.Target }

// MaturityDomainByID is the domain with the ID, or nil.
func (p *Plan) MaturityDomainByID(id string) *MaturityDomain {
	for i := range p.Maturity {
		if p.Maturity[i].ID == id {
			return &p.Maturity[i]
		}
	}
	return nil
}

// RemoveMaturityDomain deletes the domain; nothing links to a domain. It
// reports whether the plan had it.
func (p *Plan) RemoveMaturityDomain(id string) bool {
	i := slices.IndexFunc(p.Maturity, func(m MaturityDomain) bool { return m.ID == id })
	if i < 0 {
		return false
	}
	p.Maturity = slices.Delete(slices.Clone(p.Maturity), i, i+1)
	if len(p.Maturity) == 0 {
		p.Maturity = nil
	}
	return true
}

// UnlinkMaturityInvestment removes the investment from every domain that
// names it, for RemoveInvestment: a domain never keeps a link to an
// investment the plan no longer has. It never writes into a slice the plan
// may share with a copy.
func (p *Plan) UnlinkMaturityInvestment(id string) {
	var out []MaturityDomain
	for i, m := range p.Maturity {
		ids := withoutID(m.InvestmentIDs, id)
		if len(ids) == len(m.InvestmentIDs) {
			continue
		}
		if out == nil {
			out = slices.Clone(p.Maturity)
		}
		out[i].InvestmentIDs = ids
	}
	if out != nil {
		p.Maturity = out
	}
}

func cloneMaturity(ms []MaturityDomain) []MaturityDomain {
	if ms == nil {
		return nil
	}
	out := make([]MaturityDomain, len(ms))
	for i, m := range ms {
		m.InvestmentIDs = slices.Clone(m.InvestmentIDs)
		out[i] = m
	}
	return out
}

// MaturityRef is how a message names the domain at position i: by its
// title, else by its position ("#3"), as Validate's problems do.
func MaturityRef(m MaturityDomain, i int) string {
	if t := strings.TrimSpace(m.Title); t != "" && !strings.ContainsAny(t, "\r\n") {
		return t
	}
	return refOf("", i)
}

// maturity checks the register: each domain needs an id and a title, a
// level within the scale, and links to investments the plan has, each at
// most once.
func (s *problemSink) maturity(p *Plan, checkID func(string)) {
	var invIDs map[string]bool
	for i, m := range p.Maturity {
		s.at(EntityMaturity, MaturityRef(m, i))
		checkID(m.ID)
		s.text(FieldNorm, m.Norm)
		s.text(FieldDomain, m.Domain)
		if strings.TrimSpace(m.Title) == "" {
			s.required(FieldTitle)
		}
		s.text(FieldTitle, m.Title)
		if m.Current != NotAssessed && (m.Current < MinMaturity || m.Current > MaxMaturity) {
			s.add(FieldCurrent, "range", Text{
				fmt.Sprintf("het niveau nu is 1 tot en met 5, of 0 voor nog niet beoordeeld; niet %d", m.Current),
				fmt.Sprintf("the current level is 1 to 5, or 0 for not yet assessed; not %d", m.Current)})
		}
		if m.Target < MinMaturity || m.Target > MaxMaturity {
			s.add(FieldTarget, "range", Text{
				fmt.Sprintf("het doelniveau is 1 tot en met 5, niet %d", m.Target),
				fmt.Sprintf("the target level is 1 to 5, not %d", m.Target)})
		}
		s.text(FieldOwner, m.Owner)
		if len(m.InvestmentIDs) > 0 && invIDs == nil {
			invIDs = make(map[string]bool, len(p.Investments))
			for _, inv := range p.Investments {
				invIDs[inv.ID] = true
			}
		}
		for k, id := range m.InvestmentIDs {
			switch {
			case !invIDs[id]:
				s.add(FieldInvestmentIDs, "unknown_link", Text{
					fmt.Sprintf("verwijst naar een investering die niet bestaat (%s)", quoteID(id)),
					fmt.Sprintf("refers to an investment that does not exist (%s)", quoteID(id))})
			case slices.Contains(m.InvestmentIDs[:k], id):
				s.add(FieldInvestmentIDs, "duplicate", Text{
					"noemt dezelfde investering twee keer", "names the same investment twice"})
			}
		}
	}
}
