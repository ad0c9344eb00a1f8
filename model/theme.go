package model

import (
	"fmt"
	"slices"
)

// Themes (issue 19) are what a plan written in 2026 must cover beside the
// four building blocks: digital literacy, AI, information security and
// privacy, smartphones. A theme is data, not code: its title, deadlines
// and starting templates live in a versioned theme file (format
// balansplan-theme/1, parsed by model/theme, shipped in assets/themes).
// The plan records only which themes it chose (Plan.Themes, by id) and,
// on every vision statement, investment and agreement added from a
// theme's templates, that theme's id (Theme), so that the analysis can
// ask whether the theme has an investment before its deadline. Nothing
// is added to a plan silently: the GUI adds the templates a school picks.
//
// A mark stays when the plan drops the theme: the entity was written for
// it, and the school may choose the theme again. Validate checks only the
// form of an id, never whether this build ships the theme, so that a plan
// written with a newer theme file still opens.

// Fields of the themes.
const (
	FieldPlanThemes Field = "plan.themes"   // the list
	FieldPlanTheme  Field = "plan.themes[]" // one theme id in it
	FieldTheme      Field = "theme"         // a vision's, investment's or agreement's theme
	// FieldPlanThemeCell names one theme of the set in a merge conflict
	// ("plan.themes.ai"): the merge takes the set theme by theme.
	FieldPlanThemeCell Field = "plan.themes.*"
)

// MaxThemeIDLen is the longest theme id.
const MaxThemeIDLen = 64

// ValidThemeID reports whether id has the form of a theme id: a lower-case
// letter, then up to 63 lower-case letters, digits and hyphens
// ("digitale-geletterdheid", "ai"). The form keeps ids safe as file names
// and in URLs, and the same on every machine.
func ValidThemeID(id string) bool {
	if id == "" || len(id) > MaxThemeIDLen || id[0] < 'a' || id[0] > 'z' {
		return false
	}
	for i := 1; i < len(id); i++ {
		c := id[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

// HasTheme reports whether the plan chose the theme.
func (p *Plan) HasTheme(id string) bool { return slices.Contains(p.Themes, id) }

// ChooseTheme adds the theme to the plan's chosen themes, at the end; it
// reports false, changing nothing, when the plan has it already. It
// never writes into a slice the plan may share with a copy.
func (p *Plan) ChooseTheme(id string) bool {
	if p.HasTheme(id) {
		return false
	}
	p.Themes = append(slices.Clip(p.Themes), id)
	return true
}

// DropTheme removes the theme from the plan's chosen themes; the
// entities marked with it keep their mark. It reports whether the plan
// had the theme.
func (p *Plan) DropTheme(id string) bool {
	i := slices.Index(p.Themes, id)
	if i < 0 {
		return false
	}
	p.Themes = slices.Delete(slices.Clone(p.Themes), i, i+1)
	if len(p.Themes) == 0 {
		p.Themes = nil
	}
	return true
}

// InvestmentsOfTheme lists the investments marked with the theme, in the
// plan's order.
func (p *Plan) InvestmentsOfTheme(id string) []*Investment {
	var out []*Investment
	for i := range p.Investments {
		if p.Investments[i].Theme == id {
			out = append(out, &p.Investments[i])
		}
	}
	return out
}

// themeID checks a theme id in field; "" (none) is allowed unless
// required.
func (s *problemSink) themeID(field Field, id string, required bool) {
	if id == "" {
		if required {
			s.required(field)
		}
		return
	}
	if !ValidThemeID(id) {
		s.add(field, "theme_id", Text{
			fmt.Sprintf("%q is geen thema-id: kleine letters, cijfers en streepjes, beginnend met een letter, ten hoogste %d tekens", id, MaxThemeIDLen),
			fmt.Sprintf("%q is not a theme id: lower-case letters, digits and hyphens, starting with a letter, at most %d characters", id, MaxThemeIDLen)})
	}
}

// themeLists checks everything of issue 19: the plan's chosen themes,
// the theme marks of the vision statements, investments and agreements,
// and the maturity register. It runs after the other lists, so that its
// problems come last and the order of every earlier problem is as before.
func (s *problemSink) themeLists(p *Plan, checkID func(string)) {
	s.at(EntityPlan, "")
	seen := make(map[string]bool, len(p.Themes))
	for i, id := range p.Themes {
		f := FieldPlanTheme.At(i)
		s.themeID(f, id, true)
		if id != "" && seen[id] {
			s.add(f, "duplicate", Text{
				fmt.Sprintf("het thema %s is al gekozen", id), fmt.Sprintf("the theme %s is chosen already", id)})
		}
		seen[id] = true
	}
	for i, v := range p.Visions {
		if v.Theme != "" {
			s.at(EntityVision, refOf(v.Code, i)).themeID(FieldTheme, v.Theme, false)
		}
	}
	for i, inv := range p.Investments {
		if inv.Theme != "" {
			s.at(EntityInvestment, refOf(inv.Code, i)).themeID(FieldTheme, inv.Theme, false)
		}
	}
	for i, a := range p.Agreements {
		if a.Theme != "" {
			s.at(EntityAgreement, refOf("", i)).themeID(FieldTheme, a.Theme, false)
		}
	}
	s.maturity(p, checkID)
}
