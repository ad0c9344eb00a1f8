package planning

import (
	"fmt"
	"sort"
	"strconv"

	"balansplan/model"
	"balansplan/model/theme"
)

// Themes (issue 19), beyond analysis/2: the deadlines of the themes a plan
// chose, as milestones on its timeline, and the finding
// theme_deadline_without_investment. A plan that chose no theme gets
// neither, so the analysis of a plan without themes is what it was.

// The finding codes of the themes and the maturity register, beyond
// analysis/2. They are not in Codes() (the analysis/2 list, which the
// GUI's texts cover) until the GUI has texts for them; Analyse raises them
// all the same, after the findings of analysis/2 of the same severity.
const (
	ThemeDeadlineWithoutInvestment Code = "theme_deadline_without_investment"
	MaturityBelowTarget            Code = "maturity_below_target"
)

// ThemeCodes lists the finding codes of the themes and the maturity
// register, in their domain order.
func ThemeCodes() []Code { return []Code{ThemeDeadlineWithoutInvestment, MaturityBelowTarget} }

// themeSeverity is the usual severity of a theme code (the milder one:
// both are hoog in the worse case, see the findings), and false for any
// other code.
func themeSeverity(c Code) (Severity, bool) {
	switch c {
	case ThemeDeadlineWithoutInvestment, MaturityBelowTarget:
		return Midden, true
	}
	return "", false
}

// Milestone is a deadline of a chosen theme inside the plan period, for
// the timeline and the PDF.
type Milestone struct {
	Theme      string     // the theme's id
	ThemeTitle model.Text // the theme's title
	Deadline   string     // the deadline's id, unique within the theme
	Date       string     // YYYY-MM-DD
	Month      model.Month
	Label      model.Text // what happens on that date
	Source     model.Text // where it comes from, in words
	Kind       theme.DeadlineKind
}

// DateText is the milestone's date in words: "1 augustus 2027", "1 August
// 2027".
func (m Milestone) DateText(l model.Lang) string {
	day := m.Date[len(m.Date)-2:]
	if day[0] == '0' {
		day = day[1:]
	}
	return day + " " + FormatMonth(m.Month, l)
}

// ChosenThemes are the themes of the plan (in the plan's order) among
// themes; a chosen id that is not among them (a theme of a newer
// Balansplan) is left out.
func ChosenThemes(p *model.Plan, themes []*theme.Theme) []*theme.Theme {
	var out []*theme.Theme
	for _, id := range p.Themes {
		for _, t := range themes {
			if t.ID == id {
				out = append(out, t)
				break
			}
		}
	}
	return out
}

// Milestones lists the deadlines of the plan's chosen themes (among
// themes) that fall inside the plan period (January of the start year to
// December of the end year), by date, then in the order of the plan's
// themes and the theme's deadlines. A plan without a valid period has
// none.
func Milestones(p *model.Plan, themes []*theme.Theme) []Milestone {
	if p.Years() == nil {
		return nil
	}
	var out []Milestone
	for _, t := range ChosenThemes(p, themes) {
		for _, d := range t.Deadlines {
			if y := d.Date.Year(); y < p.StartYear || y > p.EndYear {
				continue
			}
			out = append(out, Milestone{Theme: t.ID, ThemeTitle: t.Title, Deadline: d.ID,
				Date: d.Date.Format("2006-01-02"), Month: d.Month(), Label: d.Label, Source: d.Source, Kind: d.Kind})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Date < out[j].Date })
	return out
}

// ThemeMilestones is Milestones for the themes this build ships.
func ThemeMilestones(p *model.Plan) []Milestone { return Milestones(p, theme.Builtin()) }

// ThemeDeadlineFindings are the findings theme_deadline_without_investment
// of the plan for the given themes: one per milestone (Milestones) before
// which no investment of its theme starts. An investment of the theme is
// one marked with its id (Investment.Theme) that counts (not geschrapt,
// with a bouwsteen); it starts before the deadline when its start month
// lies before the deadline's month. A legal deadline makes the finding
// hoog, a sector one midden.
func ThemeDeadlineFindings(p *model.Plan, themes []*theme.Theme) []Finding {
	fs := &findings{long: longCodes(p)}
	fs.themeDeadlines(p, themes)
	sort.Slice(fs.out, func(i, j int) bool { return fs.out[i].less(&fs.out[j]) })
	return fs.out
}

func (fs *findings) themeDeadlines(p *model.Plan, themes []*theme.Theme) {
	for _, m := range Milestones(p, themes) {
		started := false
		for i := range p.Investments {
			inv := &p.Investments[i]
			if inv.Theme == m.Theme && counts(inv) && !inv.Start.IsZero() && inv.Start < m.Month {
				started = true
				break
			}
		}
		if started {
			continue
		}
		sev := Midden
		if m.Kind == theme.Legal {
			sev = Hoog
		}
		t := ChosenThemes(&model.Plan{Themes: []string{m.Theme}}, themes)[0]
		example := model.Text{NL: "scholing of een leerlijn", EN: "training or a learning line"}
		if len(t.Investments) > 0 {
			example = model.Text{NL: strconv.Quote(t.Investments[0].Title.NL), EN: strconv.Quote(t.Investments[0].Title.EN)}
		}
		fs.addAs(ThemeDeadlineWithoutInvestment, sev, []string{m.Theme, m.Deadline},
			fmt.Sprintf("Thema %s heeft een termijn in de planperiode, %s: %s (bron: %s). Geen investering van dit thema begint vóór %s. "+
				"Plan er een die eerder begint, bijvoorbeeld %s, zodat de school op tijd klaar is.",
				m.ThemeTitle.NL, m.DateText(model.NL), lowerFirst(m.Label.NL), m.Source.NL, FormatMonth(m.Month, model.NL), example.NL),
			fmt.Sprintf("Theme %s has a deadline in the plan period, %s: %s (source: %s). No investment of this theme starts before %s. "+
				"Plan one that starts earlier, for example %s, so that the school is ready in time.",
				m.ThemeTitle.EN, m.DateText(model.EN), lowerFirst(m.Label.EN), m.Source.EN, FormatMonth(m.Month, model.EN), example.EN))
	}
}

// lowerFirst puts the first letter of a label in lower case for the middle
// of a sentence, unless the second letter is a capital too ("AI", "IBP").
func lowerFirst(s string) string {
	r := []rune(s)
	if len(r) == 0 || r[0] < 'A' || r[0] > 'Z' || (len(r) > 1 && r[1] >= 'A' && r[1] <= 'Z') {
		return s
	}
	r[0] += 'a' - 'A'
	return string(r)
}

// themes raises the findings of issue 19 inside Analyse: the deadlines of
// the shipped themes the plan chose, and the maturity register.
func (fs *findings) themes(p *model.Plan) {
	if len(p.Themes) > 0 {
		fs.themeDeadlines(p, theme.Builtin())
	}
	fs.maturity(p)
}
