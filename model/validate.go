package model

import (
	"fmt"
	"sort"
	"strings"
	"time"
	"unicode/utf8"
)

// Limits of a plan. They keep files, screens and the PDF within reason and
// come from the contract.
const (
	MaxPlanYears         = 10               // a plan period spans at most ten calendar years
	MaxTextLen           = 20000            // characters in any one text field
	MaxFileSize          = 50 * 1024 * 1024 // bytes of an interchange file
	MaxDepreciationYears = 50
)

// EntityKind names the kind of thing a Problem is about.
type EntityKind string

// Entity kinds, as the user reads them in messages.
const (
	EntityFile       EntityKind = "file"
	EntitySchool     EntityKind = "school"
	EntityPlan       EntityKind = "plan"
	EntityVision     EntityKind = "vision"
	EntityInvestment EntityKind = "investment"
	EntityAgreement  EntityKind = "agreement"
	EntityAssessment EntityKind = "assessment"
	EntityIndicators EntityKind = "indicators"
	EntityVote       EntityKind = "vote"
)

var entityNames = map[EntityKind]Text{
	EntityFile:       {"bestand", "file"},
	EntitySchool:     {"school", "school"},
	EntityPlan:       {"plan", "plan"},
	EntityVision:     {"visie-uitspraak", "vision statement"},
	EntityInvestment: {"investering", "investment"},
	EntityAgreement:  {"afspraak", "agreement"},
	EntityAssessment: {"zelfevaluatie", "self-assessment"},
	EntityIndicators: {"kengetallen", "key figures"},
	EntityVote:       {"stem", "vote"},
}

// Name is what a user calls an entity of this kind, in both languages.
func (k EntityKind) Name() Text { return entityNames[k] }

// Problem is one thing wrong with a plan or a file: which entity, which
// field, and what is wrong, in both languages.
type Problem struct {
	Entity EntityKind
	Ref    string // the entity's code, or "#3" for the third one without a code
	Field  string // the field as named in the interchange format, e.g. "cost.one_off"
	Reason string // a stable key for programs and tests, e.g. "required"
	Detail Text   // what is wrong, as a sentence fragment in both languages
}

// Message is the whole message for a user in language l, for example
// "investering I3, veld start: 2031-01 ligt buiten de planperiode 2026-2029".
func (p Problem) Message(l Lang) string {
	var b strings.Builder
	b.WriteString(entityNames[p.Entity].In(l))
	if p.Ref != "" {
		b.WriteString(" " + p.Ref)
	}
	if p.Field != "" {
		if l == EN {
			b.WriteString(", field " + p.Field)
		} else {
			b.WriteString(", veld " + p.Field)
		}
	}
	b.WriteString(": ")
	b.WriteString(p.Detail.In(l))
	return b.String()
}

// Problems is a list of problems; as an error it reads in Dutch.
type Problems []Problem

func (ps Problems) Error() string {
	msgs := make([]string, len(ps))
	for i, p := range ps {
		msgs[i] = p.Message(NL)
	}
	return strings.Join(msgs, "; ")
}

// Messages lists every problem's message in language l.
func (ps Problems) Messages(l Lang) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.Message(l)
	}
	return out
}

// Has reports whether some problem has the given reason and field.
func (ps Problems) Has(reason, field string) bool {
	for _, p := range ps {
		if p.Reason == reason && p.Field == field {
			return true
		}
	}
	return false
}

// problemSink collects problems for one entity at a time.
type problemSink struct {
	out    Problems
	entity EntityKind
	ref    string
}

func (s *problemSink) at(e EntityKind, ref string) *problemSink {
	s.entity, s.ref = e, ref
	return s
}

func (s *problemSink) add(field, reason string, detail Text) {
	s.out = append(s.out, Problem{Entity: s.entity, Ref: s.ref, Field: field, Reason: reason, Detail: detail})
}

func (s *problemSink) required(field string) {
	s.add(field, "required", Text{"ontbreekt maar is verplicht", "is missing but required"})
}

func (s *problemSink) enum(field, got string, allowed []string) {
	s.add(field, "enum", Text{
		fmt.Sprintf("%q is geen bekende waarde; kies uit %s", got, strings.Join(allowed, ", ")),
		fmt.Sprintf("%q is not a known value; choose from %s", got, strings.Join(allowed, ", ")),
	})
}

func (s *problemSink) text(field, v string) {
	if !utf8.ValidString(v) {
		s.add(field, "utf8", Text{"bevat tekens die geen geldige UTF-8 zijn", "contains characters that are not valid UTF-8"})
		return
	}
	if n := utf8.RuneCountInString(v); n > MaxTextLen {
		s.add(field, "too_long", Text{
			fmt.Sprintf("is %d tekens lang; het maximum is %d", n, MaxTextLen),
			fmt.Sprintf("is %d characters long; the maximum is %d", n, MaxTextLen),
		})
	}
}

func (s *problemSink) money(field string, m Money) {
	if m < 0 {
		s.add(field, "negative", Text{
			fmt.Sprintf("mag niet negatief zijn (%s)", m),
			fmt.Sprintf("must not be negative (%s)", m),
		})
	}
}

func (s *problemSink) nonNegative(field string, v float64) {
	if v < 0 || v != v {
		s.add(field, "negative", Text{"mag niet negatief zijn", "must not be negative"})
	}
}

func (s *problemSink) percent(field string, v *float64) {
	if v != nil && (*v < 0 || *v > 100 || *v != *v) {
		s.add(field, "range", Text{
			fmt.Sprintf("moet een percentage van 0 tot en met 100 zijn, niet %g", *v),
			fmt.Sprintf("must be a percentage from 0 to 100, not %g", *v),
		})
	}
}

// code checks the code of a vision or investment: given, and not taken
// (taken says another vision or investment has it already).
func (s *problemSink) code(code string, taken bool) {
	if strings.TrimSpace(code) == "" {
		s.required("code")
	} else if taken {
		s.add("code", "duplicate", Text{
			fmt.Sprintf("de code %s is al in gebruik", code), fmt.Sprintf("the code %s is already in use", code)})
	}
	s.text("code", code)
}

// ratings checks a now/goal pair at field.now and field.goal: each is 1 to
// 5, or 0 for not given. what names the rated thing in the message ("een
// antwoord", "an answer").
func (s *problemSink) ratings(field string, now, goal Rating, what Text) {
	for _, r := range []struct {
		name string
		v    Rating
	}{{"now", now}, {"goal", goal}} {
		if r.v < 0 || r.v > 5 {
			s.add(field+"."+r.name, "range", Text{
				fmt.Sprintf("%s is 1 tot en met 5 of leeg, niet %d", what.NL, r.v),
				fmt.Sprintf("%s is 1 to 5 or empty, not %d", what.EN, r.v)})
		}
	}
}

// Validate reports every problem with the plan. An empty result means the
// plan may be saved, analysed and exported.
func (p *Plan) Validate() Problems {
	s := &problemSink{}

	s.at(EntitySchool, "")
	if strings.TrimSpace(p.School.Name) == "" {
		s.required("school.name")
	}
	s.text("school.name", p.School.Name)
	s.text("school.brin", p.School.BRIN)
	s.text("school.board", p.School.Board)
	if p.School.Sector != "" && !p.School.Sector.Valid() {
		s.enum("school.sector", string(p.School.Sector), sectors.values())
	}
	if p.School.Pupils < 0 {
		s.add("school.pupils", "negative", Text{"mag niet negatief zijn", "must not be negative"})
	}
	s.nonNegative("school.staff_fte", p.School.StaffFTE)

	s.at(EntityPlan, "")
	if strings.TrimSpace(p.Title) == "" {
		s.required("plan.title")
	}
	s.text("plan.title", p.Title)
	s.text("plan.version", p.Version)
	for i, a := range p.Authors {
		s.text(fmt.Sprintf("plan.authors[%d]", i), a)
	}
	periodOK := true
	if p.StartYear == 0 {
		s.required("plan.start_year")
		periodOK = false
	}
	if p.EndYear == 0 {
		s.required("plan.end_year")
		periodOK = false
	}
	if periodOK {
		switch {
		case p.StartYear < 1900 || p.StartYear > 9999:
			s.add("plan.start_year", "range", Text{
				fmt.Sprintf("%d is geen geldig jaar", p.StartYear), fmt.Sprintf("%d is not a valid year", p.StartYear)})
			periodOK = false
		case p.EndYear < p.StartYear:
			s.add("plan.end_year", "before_start", Text{
				fmt.Sprintf("%d ligt voor het beginjaar %d", p.EndYear, p.StartYear),
				fmt.Sprintf("%d is before the start year %d", p.EndYear, p.StartYear)})
			periodOK = false
		case p.EndYear-p.StartYear+1 > MaxPlanYears:
			s.add("plan.end_year", "period_too_long", Text{
				fmt.Sprintf("de planperiode %d-%d is langer dan %d jaar", p.StartYear, p.EndYear, MaxPlanYears),
				fmt.Sprintf("the plan period %d-%d is longer than %d years", p.StartYear, p.EndYear, MaxPlanYears)})
			periodOK = false
		}
	}
	if p.Date != "" {
		if _, err := time.Parse("2006-01-02", p.Date); err != nil {
			s.add("plan.date", "date", Text{
				fmt.Sprintf("%q is geen datum in de vorm JJJJ-MM-DD", p.Date),
				fmt.Sprintf("%q is not a date of the form YYYY-MM-DD", p.Date)})
		}
	}
	if p.VoteBudget < 0 {
		s.add("plan.vote_budget", "negative", Text{"mag niet negatief zijn", "must not be negative"})
	}
	if p.Status != "" && !p.Status.Valid() {
		s.enum("plan.status", string(p.Status), planStatuses.values())
	}
	if p.Ambition != "" && !p.Ambition.Valid() {
		s.enum("plan.ambition", string(p.Ambition), ambitions.values())
	}
	for field, t := range map[string]Teaching{"plan.teaching.now": p.TeachingNow, "plan.teaching.goal": p.TeachingGoal} {
		if t != "" && !t.Valid() {
			s.enum(field, string(t), teachings.values())
		}
	}
	for field, m := range map[string]Material{"plan.material.now": p.MaterialNow, "plan.material.goal": p.MaterialGoal} {
		if m != "" && !m.Valid() {
			s.enum(field, string(m), materials.values())
		}
	}
	years := make([]int, 0, len(p.BudgetCeiling))
	for y := range p.BudgetCeiling {
		years = append(years, y)
	}
	sort.Ints(years)
	for _, y := range years {
		field := fmt.Sprintf("plan.budget_ceiling.%d", y)
		s.money(field, p.BudgetCeiling[y])
		if periodOK && (y < p.StartYear || y > p.EndYear) {
			s.add(field, "outside_period", Text{
				fmt.Sprintf("het jaar %d ligt buiten de planperiode %d-%d", y, p.StartYear, p.EndYear),
				fmt.Sprintf("the year %d is outside the plan period %d-%d", y, p.StartYear, p.EndYear)})
		}
	}

	ids := map[string]bool{}
	checkID := func(id string) {
		if id == "" {
			s.required("id")
			return
		}
		if ids[id] {
			s.add("id", "duplicate", Text{
				fmt.Sprintf("het id %s komt vaker voor", id), fmt.Sprintf("the id %s occurs more than once", id)})
		}
		ids[id] = true
	}

	visionCodes := map[string]bool{}
	visionIDs := map[string]bool{}
	for i, v := range p.Visions {
		s.at(EntityVision, refOf(v.Code, i))
		checkID(v.ID)
		visionIDs[v.ID] = true
		s.code(v.Code, visionCodes[v.Code])
		visionCodes[v.Code] = true
		if strings.TrimSpace(v.Title) == "" {
			s.required("title")
		}
		s.text("title", v.Title)
		s.text("text", v.Text)
		for _, r := range v.Returns {
			if !r.Valid() {
				s.enum("returns", string(r), returns.values())
			}
		}
		if v.Priority < 0 {
			s.add("priority", "negative", Text{"mag niet negatief zijn", "must not be negative"})
		}
	}

	invCodes := map[string]bool{}
	invIDs := map[string]bool{}
	for _, inv := range p.Investments {
		invIDs[inv.ID] = true
	}
	for i, inv := range p.Investments {
		s.at(EntityInvestment, refOf(inv.Code, i))
		checkID(inv.ID)
		s.code(inv.Code, invCodes[inv.Code] || visionCodes[inv.Code])
		invCodes[inv.Code] = true
		if strings.TrimSpace(inv.Title) == "" {
			s.required("title")
		}
		s.text("title", inv.Title)
		s.text("description", inv.Description)
		s.text("owner", inv.Owner)
		s.text("category", string(inv.Category))
		if inv.Block == "" {
			s.required("block")
		} else if !inv.Block.Valid() {
			s.enum("block", string(inv.Block), blocks.values())
		} else if !inv.Category.ValidFor(inv.Block) {
			allowed := make([]string, 0)
			for _, c := range CategoriesOf(inv.Block) {
				allowed = append(allowed, string(c))
			}
			s.add("category", "enum", Text{
				fmt.Sprintf("%q is geen categorie van %s; kies uit %s", inv.Category, inv.Block.Label(NL), strings.Join(allowed, ", ")),
				fmt.Sprintf("%q is not a category of %s; choose from %s", inv.Category, inv.Block.Label(EN), strings.Join(allowed, ", ")),
			})
		}
		if inv.MaterialType != "" && !inv.MaterialType.Valid() {
			s.enum("material_type", string(inv.MaterialType), materials.values())
		}
		if inv.Status != "" && !inv.Status.Valid() {
			s.enum("status", string(inv.Status), investmentStatuses.values())
		}
		if inv.Start.IsZero() {
			s.required("start")
		}
		if periodOK {
			for _, f := range []struct {
				name string
				m    Month
			}{{"start", inv.Start}, {"end", inv.End}} {
				if !f.m.IsZero() && (f.m.Year() < p.StartYear || f.m.Year() > p.EndYear) {
					s.add(f.name, "outside_period", Text{
						fmt.Sprintf("%s ligt buiten de planperiode %d-%d", f.m, p.StartYear, p.EndYear),
						fmt.Sprintf("%s is outside the plan period %d-%d", f.m, p.StartYear, p.EndYear)})
				}
			}
		}
		if !inv.End.IsZero() && !inv.Start.IsZero() && inv.End < inv.Start {
			s.add("end", "before_start", Text{
				fmt.Sprintf("%s ligt voor de start %s", inv.End, inv.Start),
				fmt.Sprintf("%s is before the start %s", inv.End, inv.Start)})
		}
		s.money("cost.one_off", inv.Cost.OneOff)
		s.money("cost.recurring", inv.Cost.Recurring)
		if inv.Cost.DepreciationYears < 0 || inv.Cost.DepreciationYears > MaxDepreciationYears {
			s.add("cost.depreciation_years", "range", Text{
				fmt.Sprintf("moet tussen 0 en %d jaar liggen, niet %d", MaxDepreciationYears, inv.Cost.DepreciationYears),
				fmt.Sprintf("must be between 0 and %d years, not %d", MaxDepreciationYears, inv.Cost.DepreciationYears)})
		}
		seenLink := map[string]bool{}
		for _, id := range inv.VisionIDs {
			if seenLink[id] {
				s.add("visions", "duplicate_link", Text{
					"noemt dezelfde visie-uitspraak twee keer", "names the same vision statement twice"})
			}
			seenLink[id] = true
			if !visionIDs[id] {
				s.add("visions", "unknown_link", Text{
					fmt.Sprintf("verwijst naar een visie-uitspraak die niet bestaat (%s)", id),
					fmt.Sprintf("refers to a vision statement that does not exist (%s)", id)})
			}
		}
		seenDep := map[string]bool{}
		for _, id := range inv.DependsOnIDs {
			if seenDep[id] {
				s.add("depends_on", "duplicate_link", Text{
					"noemt dezelfde investering twee keer", "names the same investment twice"})
			}
			seenDep[id] = true
			switch {
			case id == inv.ID:
				s.add("depends_on", "cycle", Text{"een investering kan niet van zichzelf afhangen", "an investment cannot depend on itself"})
			case !invIDs[id]:
				s.add("depends_on", "unknown_link", Text{
					fmt.Sprintf("verwijst naar een investering die niet bestaat (%s)", id),
					fmt.Sprintf("refers to an investment that does not exist (%s)", id)})
			}
		}
	}
	if cyc := DependencyCycle(p); len(cyc) > 1 {
		s.at(EntityInvestment, cyc[0])
		path := strings.Join(append(cyc, cyc[0]), " -> ")
		s.add("depends_on", "cycle", Text{
			"de afhankelijkheden vormen een kring: " + path,
			"the dependencies form a cycle: " + path})
	}

	for i, a := range p.Agreements {
		s.at(EntityAgreement, refOf("", i))
		checkID(a.ID)
		if a.Kind == "" {
			s.required("kind")
		} else if !a.Kind.Valid() {
			s.enum("kind", string(a.Kind), agreementKinds.values())
		}
		if a.Coverage == "" {
			s.required("coverage")
		} else if !a.Coverage.Valid() {
			s.enum("coverage", string(a.Coverage), coverages.values())
		}
		s.text("text", a.Text)
	}

	for i, a := range p.Assessments {
		ref := refOf("", i)
		if a.Participant != "" {
			ref = a.Participant
		}
		s.at(EntityAssessment, ref)
		checkID(a.ID)
		s.text("session", a.Session)
		s.text("participant", a.Participant)
		if a.Role == "" {
			s.required("role")
		} else if !a.Role.Valid() {
			s.enum("role", string(a.Role), roles.values())
		}
		s.text("question_set", a.QuestionSet)
		seenStmt := map[string]bool{}
		for k, an := range a.Answers {
			field := fmt.Sprintf("answers[%d]", k)
			if strings.TrimSpace(an.Statement) == "" {
				s.required(field + ".statement")
			} else if seenStmt[an.Statement] {
				s.add(field+".statement", "duplicate", Text{
					fmt.Sprintf("de stelling %s is al beantwoord", an.Statement),
					fmt.Sprintf("the statement %s is already answered", an.Statement)})
			}
			seenStmt[an.Statement] = true
			s.text(field+".statement", an.Statement)
			s.ratings(field, an.Now, an.Goal, Text{"een antwoord", "an answer"})
		}
		for _, b := range sortedBlocks(a.Scores) {
			sc := a.Scores[b]
			if !b.Valid() {
				s.enum("scores", string(b), blocks.values())
				continue
			}
			s.ratings("scores."+string(b), sc.Now, sc.Goal, Text{"een score", "a score"})
		}
	}

	for i, v := range p.Votes {
		ref := refOf("", i)
		if v.Participant != "" {
			ref = v.Participant
		}
		s.at(EntityVote, ref)
		checkID(v.ID)
		s.text("session", v.Session)
		s.text("participant", v.Participant)
		if v.Role != "" && !v.Role.Valid() {
			s.enum("role", string(v.Role), roles.values())
		}
		total := 0
		seen := map[string]bool{}
		for k, vp := range v.Points {
			field := fmt.Sprintf("points[%d]", k)
			if !invIDs[vp.InvestmentID] {
				s.add(field+".investment", "unknown_link", Text{
					fmt.Sprintf("verwijst naar een investering die niet bestaat (%s)", vp.InvestmentID),
					fmt.Sprintf("refers to an investment that does not exist (%s)", vp.InvestmentID)})
			}
			if seen[vp.InvestmentID] {
				s.add(field+".investment", "duplicate_link", Text{
					"noemt dezelfde investering twee keer", "names the same investment twice"})
			}
			seen[vp.InvestmentID] = true
			if vp.Points < 0 {
				s.add(field+".points", "negative", Text{"mag niet negatief zijn", "must not be negative"})
			}
			total += vp.Points
		}
		if p.VoteBudget > 0 && total > p.VoteBudget {
			s.add("points", "over_budget", Text{
				fmt.Sprintf("verdeelt %d punten, meer dan de %d die iedere deelnemer heeft", total, p.VoteBudget),
				fmt.Sprintf("spreads %d points, more than the %d each participant has", total, p.VoteBudget)})
		}
	}

	s.at(EntityIndicators, "")
	ind := p.Indicators
	if ind.PupilsPerComputer != nil {
		s.nonNegative("indicators.pupils_per_computer", *ind.PupilsPerComputer)
	}
	s.percent("indicators.digital_material_pct", ind.DigitalMaterialPct)
	s.percent("indicators.digital_material_goal_pct", ind.DigitalMaterialGoalPct)
	s.percent("indicators.laptop_share_pct", ind.LaptopSharePct)
	s.percent("indicators.tablet_share_pct", ind.TabletSharePct)
	s.percent("indicators.byod_pct", ind.BYODPct)
	s.percent("indicators.digiboard_rooms_pct", ind.DigiboardRoomsPct)
	return s.out
}

func refOf(code string, i int) string {
	if code != "" {
		return code
	}
	return fmt.Sprintf("#%d", i+1)
}

func sortedBlocks(m map[Block]Score) []Block {
	out := make([]Block, 0, len(m))
	for b := range m {
		out = append(out, b)
	}
	sort.Slice(out, func(i, j int) bool {
		ii, jj := index(blocks, string(out[i])), index(blocks, string(out[j]))
		if ii != jj {
			return ii < jj
		}
		return out[i] < out[j]
	})
	return out
}

// DependencyCycle returns the codes of one cycle among the investments'
// dependencies, in order, or nil when there is none. The search visits
// investments in code order so the same plan always names the same cycle.
func DependencyCycle(p *Plan) []string {
	byID := make(map[string]*Investment, len(p.Investments))
	order := make([]*Investment, 0, len(p.Investments))
	for i := range p.Investments {
		byID[p.Investments[i].ID] = &p.Investments[i]
		order = append(order, &p.Investments[i])
	}
	sort.SliceStable(order, func(i, j int) bool { return CodeLess(order[i].Code, order[j].Code) })
	const (
		white = 0
		grey  = 1
		black = 2
	)
	colour := map[string]int{}
	var stack []string
	var found []string
	var visit func(inv *Investment) bool
	visit = func(inv *Investment) bool {
		colour[inv.ID] = grey
		stack = append(stack, inv.ID)
		deps := append([]string(nil), inv.DependsOnIDs...)
		sort.SliceStable(deps, func(i, j int) bool {
			a, b := byID[deps[i]], byID[deps[j]]
			if a == nil || b == nil {
				return a != nil
			}
			return CodeLess(a.Code, b.Code)
		})
		for _, d := range deps {
			next := byID[d]
			if next == nil || d == inv.ID {
				continue
			}
			switch colour[d] {
			case grey:
				for k := len(stack) - 1; k >= 0; k-- {
					if stack[k] == d {
						for _, id := range stack[k:] {
							found = append(found, byID[id].Code)
						}
						return true
					}
				}
			case white:
				if visit(next) {
					return true
				}
			}
		}
		stack = stack[:len(stack)-1]
		colour[inv.ID] = black
		return false
	}
	for _, inv := range order {
		if colour[inv.ID] == white && visit(inv) {
			return found
		}
	}
	return nil
}
