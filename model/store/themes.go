package store

import (
	"slices"

	"gorm.io/gorm"

	"balansplan/model"
)

// The themes and the maturity register (migrations/0006_themes.sql): the
// plan's chosen themes as child rows of the plan, the theme marks as a
// column of visions, investments and agreements (rows.go), and the
// register's domains with their links to investments. A commit rewrites
// the plan's themes only when they changed, a domain's row only when it
// changed, and a domain's links only when they changed.

type planThemeRow struct {
	PlanID   string `gorm:"column:plan_id;primaryKey"`
	Position int    `gorm:"column:position;primaryKey"`
	Theme    string `gorm:"column:theme"`
}

func (planThemeRow) TableName() string { return "plan_themes" }

type maturityRow struct {
	ID       string `gorm:"column:id;primaryKey"`
	PlanID   string `gorm:"column:plan_id"`
	Position int    `gorm:"column:position"`
	Norm     string `gorm:"column:norm"`
	Domain   string `gorm:"column:domain"`
	Title    string `gorm:"column:title"`
	Current  int    `gorm:"column:current_level"`
	Target   int    `gorm:"column:target_level"`
	Owner    string `gorm:"column:owner"`
}

func (maturityRow) TableName() string { return "maturity_domains" }

type maturityLinkRow struct {
	DomainID     string `gorm:"column:domain_id;primaryKey"`
	InvestmentID string `gorm:"column:investment_id;primaryKey"`
	Position     int    `gorm:"column:position"`
}

func (maturityLinkRow) TableName() string { return "maturity_investments" }

func planThemeRows(p *model.Plan, planID string) []planThemeRow {
	out := make([]planThemeRow, len(p.Themes))
	for i, t := range p.Themes {
		out[i] = planThemeRow{PlanID: planID, Position: i, Theme: t}
	}
	return out
}

func toMaturityRow(m *model.MaturityDomain, planID string, pos int) maturityRow {
	return maturityRow{ID: m.ID, PlanID: planID, Position: pos, Norm: m.Norm, Domain: m.Domain, Title: m.Title,
		Current: m.Current, Target: m.Target, Owner: m.Owner}
}

// maturityLinkRows are a domain's links; an investment named twice (which
// Validate refuses) is one row, as the primary key wants.
func maturityLinkRows(m *model.MaturityDomain) []maturityLinkRow {
	out := make([]maturityLinkRow, 0, len(m.InvestmentIDs))
	for i, id := range m.InvestmentIDs {
		if !slices.Contains(m.InvestmentIDs[:i], id) {
			out = append(out, maturityLinkRow{DomainID: m.ID, InvestmentID: id, Position: i})
		}
	}
	return out
}

// themeChanges are the rows a commit writes for the themes and the
// register.
type themeChanges struct {
	planID string
	themes []planThemeRow // the plan's themes, rewritten whole
	// themesChanged: the plan's themes are rewritten (delete and insert).
	themesChanged bool
	domains       rowDiff[maturityRow]
	links         childDiff[maturityLinkRow]
}

func (c *themeChanges) empty() bool {
	return !c.themesChanged && c.domains.empty() && c.links.empty()
}

// insertThemes are the rows of a new file.
func insertThemes(p *model.Plan, planID string) themeChanges {
	c := themeChanges{planID: planID, themes: planThemeRows(p, planID), themesChanged: len(p.Themes) > 0}
	for i := range p.Maturity {
		c.domains.insert = append(c.domains.insert, toMaturityRow(&p.Maturity[i], planID, i))
		c.links.insert = append(c.links.insert, maturityLinkRows(&p.Maturity[i])...)
	}
	return c
}

// diffThemes works out the rows that turn prev's themes and register into
// next's.
func diffThemes(prev, next *model.Plan, planID string) themeChanges {
	c := themeChanges{planID: planID}
	if !slices.Equal(prev.Themes, next.Themes) {
		c.themesChanged, c.themes = true, planThemeRows(next, planID)
	}
	c.domains = diffRows(prev.Maturity, next.Maturity,
		func(m *model.MaturityDomain) string { return m.ID },
		func(m *model.MaturityDomain, i int) maturityRow { return toMaturityRow(m, planID, i) },
		func(old, m *model.MaturityDomain) {
			if old == nil || !slices.Equal(old.InvestmentIDs, m.InvestmentIDs) {
				if old != nil {
					c.links.clear = append(c.links.clear, m.ID)
				}
				c.links.insert = append(c.links.insert, maturityLinkRows(m)...)
			}
		})
	return c
}

// apply writes the changes; it runs after the investments are written, so
// that every link points at an investment the file has.
func (c *themeChanges) apply(tx *gorm.DB) error {
	if c.themesChanged {
		if err := tx.Exec("DELETE FROM plan_themes WHERE plan_id = ?", c.planID).Error; err != nil {
			return err
		}
		if err := insertRows(tx, c.themes); err != nil {
			return err
		}
	}
	if err := removeRows(tx, "maturity_domains", c.domains.remove); err != nil {
		return err
	}
	if err := writeRows(tx, "maturity_domains", &c.domains); err != nil {
		return err
	}
	return writeChildren(tx, "maturity_investments", "domain_id", &c.links)
}

// loadThemes reads the plan's themes and its maturity register. Like the
// plan's other lists, an empty one stays nil.
func loadThemes(tx *gorm.DB, p *model.Plan) error {
	var themes []planThemeRow
	if err := tx.Order("position").Find(&themes).Error; err != nil {
		return err
	}
	for _, t := range themes {
		p.Themes = append(p.Themes, t.Theme)
	}
	var domains []maturityRow
	if err := tx.Order("position").Find(&domains).Error; err != nil {
		return err
	}
	at := make(map[string]int, len(domains))
	for i, d := range domains {
		p.Maturity = append(p.Maturity, model.MaturityDomain{ID: d.ID, Norm: d.Norm, Domain: d.Domain, Title: d.Title,
			Current: d.Current, Target: d.Target, Owner: d.Owner})
		at[d.ID] = i
	}
	var links []maturityLinkRow
	if err := tx.Order("domain_id, position").Find(&links).Error; err != nil {
		return err
	}
	for _, l := range links {
		i, ok := at[l.DomainID]
		if !ok {
			return orphan("maturity_investments", l.DomainID)
		}
		p.Maturity[i].InvestmentIDs = append(p.Maturity[i].InvestmentIDs, l.InvestmentID)
	}
	return nil
}
