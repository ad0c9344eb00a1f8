package planning

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"balansplan/model"
)

// Severity is how much a finding matters.
type Severity string

// Severities, from most to least urgent.
const (
	Hoog   Severity = "hoog"
	Midden Severity = "midden"
	Laag   Severity = "laag"
)

var severityLabels = map[Severity]model.Text{
	Hoog:   {NL: "hoog", EN: "high"},
	Midden: {NL: "midden", EN: "medium"},
	Laag:   {NL: "laag", EN: "low"},
}

// Label is the name of the severity for a user.
func (s Severity) Label(l model.Lang) string { return severityLabels[s].In(l) }

// Rank orders severities: 0 for hoog, 1 for midden, 2 for laag.
func (s Severity) Rank() int {
	switch s {
	case Hoog:
		return 0
	case Midden:
		return 1
	}
	return 2
}

// Code names the rule behind a finding.
type Code string

// The finding codes of §4.4, and two of Balansplan's own (no_assessments,
// position_unknown).
const (
	NoVision                  Code = "no_vision"
	InvestmentWithoutVision   Code = "investment_without_vision"
	VisionWithoutInvestment   Code = "vision_without_investment"
	VisionWithoutExpertise    Code = "vision_without_expertise"
	TechnologyBeforeExpertise Code = "technology_before_expertise"
	DependencyOrder           Code = "dependency_order"
	BalanceMismatch           Code = "balance_mismatch"
	TechnologyAhead           Code = "technology_ahead"
	BlockGap                  Code = "block_gap"
	AssessmentDivergence      Code = "assessment_divergence"
	NoDidacticAgreements      Code = "no_didactic_agreements"
	OverBudget                Code = "over_budget"
	DevicesWithoutBeheer      Code = "devices_without_beheer"
	NoAssessments             Code = "no_assessments"
	PositionUnknown           Code = "position_unknown"
	// Since analysis/2.
	LowHumanShare             Code = "low_human_share"
	ExpertiseInstrumentalOnly Code = "expertise_instrumental_only"
	AmbitionInconsistent      Code = "ambition_inconsistent"
	ReturnsWithoutEvaluation  Code = "returns_without_evaluation"
	TeamMostlyStaartgroep     Code = "team_mostly_staartgroep"
	// Of the plan's life (issue 15), beyond analysis/2: raised by
	// OverdueFindings for a given date, never by Analyse, which judges
	// the plan as written and reads no date. It is not in Codes() (the
	// analysis's list, which the GUI's texts cover) until the analysis
	// carries a date.
	OverdueInvestmentCode Code = "overdue_investment"
)

// severities fixes the severity of every code. Two codes have a severity
// that depends on the case (low_human_share: hoog below 5%, else midden;
// ambition_inconsistent: midden for ingrijpend, laag for behouden); the
// table holds the milder one. docs/analysis.md explains each choice; keep
// the two in step.
var severities = map[Code]Severity{
	NoVision:                  Hoog,
	VisionWithoutExpertise:    Hoog,
	BalanceMismatch:           Hoog,
	OverBudget:                Hoog,
	InvestmentWithoutVision:   Midden,
	VisionWithoutInvestment:   Midden,
	TechnologyBeforeExpertise: Midden,
	DependencyOrder:           Midden,
	TechnologyAhead:           Midden,
	BlockGap:                  Midden,
	AssessmentDivergence:      Midden,
	NoDidacticAgreements:      Midden,
	DevicesWithoutBeheer:      Midden,
	LowHumanShare:             Midden,
	ExpertiseInstrumentalOnly: Midden,
	AmbitionInconsistent:      Laag,
	ReturnsWithoutEvaluation:  Laag,
	TeamMostlyStaartgroep:     Midden,
	NoAssessments:             Laag,
	PositionUnknown:           Laag,
}

// ranked is the domain order of §4.4 (analysis/2): within a severity,
// findings come in this order, so that the cause (no vision, too little for
// people, technology first) comes before its symptoms and the bookkeeping
// last.
var ranked = []Code{
	NoVision, LowHumanShare, TechnologyBeforeExpertise, InvestmentWithoutVision,
	VisionWithoutExpertise, ExpertiseInstrumentalOnly, BalanceMismatch,
	AmbitionInconsistent, TechnologyAhead, AssessmentDivergence,
	NoDidacticAgreements, TeamMostlyStaartgroep, DevicesWithoutBeheer,
	OverBudget, DependencyOrder, BlockGap, VisionWithoutInvestment,
	ReturnsWithoutEvaluation, NoAssessments, PositionUnknown,
}

var rankOf = func() map[Code]int {
	m := make(map[Code]int, len(ranked))
	for i, c := range ranked {
		m[c] = i
	}
	return m
}()

// Codes lists every finding code in the domain order of §4.4.
func Codes() []Code { return append([]Code(nil), ranked...) }

// Severity is the usual severity of the code (see severities for the two
// whose severity depends on the case).
func (c Code) Severity() Severity {
	if c == OverdueInvestmentCode {
		return Midden
	}
	if s, ok := themeSeverity(c); ok {
		return s
	}
	return severities[c]
}

// Rank is the code's place in the domain order; unknown codes come last.
func (c Code) Rank() int {
	if r, ok := rankOf[c]; ok {
		return r
	}
	return len(ranked)
}

// Thresholds of the findings. They are Balansplan's own, chosen to make the
// model's advice testable; Kennisnet's model names no numbers.
const (
	TiltThreshold       = 1.0  // tilt_now at least this: technology_ahead
	BlockGapThreshold   = 2.0  // highest minus lowest block level now at least this: block_gap
	DivergenceThreshold = 1.5  // leaders' minus teachers' mean at least this (either way): assessment_divergence
	HumanShareBelow     = 0.15 // human share below this (with material spending): low_human_share
	HumanShareHighBelow = 0.05 // below this, low_human_share is hoog
)

// Finding is one thing the analysis advises the school to look at.
type Finding struct {
	Code     Code
	Severity Severity
	// Subject holds the codes of the entities involved: investment or
	// vision codes, a year ("2026") or a block ("leiderschap"). It may be
	// empty for a finding about the plan as a whole.
	Subject []string
	// Message says what is wrong and what to do, in both languages. It is
	// whole: a summary never cuts it short, because the advice is the point.
	Message model.Text
}

// less is the order of §4.4 (analysis/2): severity, then the domain rank,
// then the subject as people read codes, then the message as a last,
// total tie-break.
func (f *Finding) less(g *Finding) bool {
	if f.Severity.Rank() != g.Severity.Rank() {
		return f.Severity.Rank() < g.Severity.Rank()
	}
	if f.Code.Rank() != g.Code.Rank() {
		return f.Code.Rank() < g.Code.Rank()
	}
	if f.Code != g.Code {
		return f.Code < g.Code
	}
	for i := 0; i < len(f.Subject) && i < len(g.Subject); i++ {
		if f.Subject[i] != g.Subject[i] {
			// Bouwstenen in the model's order (visie before leiderschap),
			// everything else as people read codes.
			bi, bj := blockIndex(model.Block(f.Subject[i])), blockIndex(model.Block(g.Subject[i]))
			if bi >= 0 && bj >= 0 {
				return bi < bj
			}
			return codeLess(f.Subject[i], g.Subject[i])
		}
	}
	if len(f.Subject) != len(g.Subject) {
		return len(f.Subject) < len(g.Subject)
	}
	return f.Message.NL < g.Message.NL
}

// Top returns the first n findings in the order of §4.4: what a summary
// shows as "the most important findings". Each keeps its whole message.
func (a *Analysis) Top(n int) []Finding {
	if n > len(a.Findings) {
		n = len(a.Findings)
	}
	if n < 0 {
		n = 0
	}
	return a.Findings[:n]
}

// NothingToAct is what a summary says when the analysis found nothing: not
// that the plan is in balance (the rules cannot see everything), but that
// nothing calls for action, and what every plan should still do.
var NothingToAct = model.Text{
	NL: "De analyse vond niets waar de school nu iets aan moet doen. Dat zegt niet dat het plan af is: " +
		"spreek af hoe en wanneer je nagaat of de beoogde opbrengsten er komen, en laat het hele team meedoen aan de zelfevaluatie.",
	EN: "The analysis found nothing the school needs to act on now. That does not make the plan complete: " +
		"agree how and when you will check whether the intended returns come, and let the whole team take part in the self-assessment.",
}

type findings struct {
	out []Finding
	// long holds the plan's codes that are too long to repeat in running
	// text, longest first (see mentionLimit).
	long []string
}

// mentionLimit is the longest code a message repeats whole. Codes are short
// handles ("V1", "D3"); one of thousands of characters (the model allows
// it) would bury the advice, so a message shortens it with an ellipsis and
// the finding's Subject keeps it whole.
const mentionLimit = 24

// mention is a code as a message writes it.
func mention(code string) string {
	r := []rune(code)
	if len(r) <= mentionLimit {
		return code
	}
	return string(r[:mentionLimit-1]) + "…"
}

func longCodes(p *model.Plan) []string {
	var out []string
	for _, v := range p.Visions {
		if len([]rune(v.Code)) > mentionLimit {
			out = append(out, v.Code)
		}
	}
	for i := range p.Investments {
		if c := p.Investments[i].Code; len([]rune(c)) > mentionLimit {
			out = append(out, c)
		}
	}
	// Longest first, so a code that contains another is replaced whole.
	sort.Slice(out, func(i, j int) bool {
		if len(out[i]) != len(out[j]) {
			return len(out[i]) > len(out[j])
		}
		return out[i] < out[j]
	})
	return out
}

func (fs *findings) add(c Code, subject []string, nl, en string) {
	fs.addAs(c, c.Severity(), subject, nl, en)
}

func (fs *findings) addAs(c Code, sev Severity, subject []string, nl, en string) {
	if subject == nil {
		subject = []string{}
	}
	for _, code := range fs.long {
		nl = strings.ReplaceAll(nl, code, mention(code))
		en = strings.ReplaceAll(en, code, mention(code))
	}
	fs.out = append(fs.out, Finding{Code: c, Severity: sev, Subject: subject, Message: model.Text{NL: nl, EN: en}})
}

func findingsOf(p *model.Plan, x *planIndex, a *Analysis) []Finding {
	fs := &findings{long: longCodes(p)}
	fs.visions(p, x)
	fs.timing(p, x)
	fs.balance(a)
	fs.ambition(p)
	fs.assessment(a)
	fs.agreements(p)
	fs.budget(a)
	fs.humanShare(a)
	fs.devices(p)
	fs.evaluation(p)
	fs.instrumental(p, x)
	fs.team(a)
	fs.themes(p) // issue 19, beyond analysis/2 (themes.go, maturity.go)
	sort.Slice(fs.out, func(i, j int) bool { return fs.out[i].less(&fs.out[j]) })
	return fs.out
}

// visions: no_vision, investment_without_vision, vision_without_investment,
// vision_without_expertise.
func (fs *findings) visions(p *model.Plan, x *planIndex) {
	if len(p.Visions) == 0 {
		fs.add(NoVision, nil,
			"Het plan heeft geen visie-uitspraken, dus er is niet te zien waar de investeringen toe moeten leiden. "+
				"Formuleer eerst samen met het team wat het onderwijs moet opleveren en koppel daarna elke investering aan die uitspraken.",
			"The plan has no vision statements, so nothing shows what the investments should lead to. "+
				"First put into words, together with the team, what your education should achieve, then link every investment to those statements.")
	}
	type served struct {
		any, expertise bool
		material       []string
	}
	serve := make(map[string]*served, len(p.Visions))
	for _, v := range p.Visions {
		serve[v.ID] = &served{}
	}
	var unlinked []string // without any vision in the plan: grouped into one finding
	for i := range p.Investments {
		inv := &p.Investments[i]
		if !counts(inv) {
			continue
		}
		for _, v := range inv.VisionIDs {
			s, ok := serve[v]
			if !ok {
				continue
			}
			s.any = true
			switch {
			case inv.Block == model.BlockDeskundigheid:
				s.expertise = true
			case inv.Block.Material():
				s.material = append(s.material, inv.Code)
			}
		}
		if (inv.Block != model.BlockDeskundigheid && !inv.Block.Material()) || linked(inv, x) {
			continue
		}
		if len(p.Visions) == 0 {
			unlinked = append(unlinked, inv.Code)
			continue
		}
		if inv.Block == model.BlockDeskundigheid {
			// Never advise dropping a training: the team's expertise is
			// what the model puts first, so the remedy is the link.
			fs.add(InvestmentWithoutVision, []string{inv.Code},
				fmt.Sprintf("Investering %s (%s) is aan geen enkele visie-uitspraak gekoppeld, zodat niet te zien is welk doel deze scholing dient. "+
					"Koppel deze investering aan de uitspraak die ze ondersteunt; past er geen, vul dan de visie aan.", inv.Code, inv.Block.Label(model.NL)),
				fmt.Sprintf("Investment %s (%s) is linked to no vision statement, so nothing shows which goal this training serves. "+
					"Link this investment to the statement it supports; if none fits, complete the vision.", inv.Code, inv.Block.Label(model.EN)))
			continue
		}
		fs.add(InvestmentWithoutVision, []string{inv.Code},
			fmt.Sprintf("Investering %s (%s) is aan geen enkele visie-uitspraak gekoppeld, zodat niet te zien is waarom de school haar doet. "+
				"Koppel deze investering aan de uitspraak die ze helpt waarmaken; dient ze geen enkele uitspraak, bespreek dan of de school haar nodig heeft.", inv.Code, inv.Block.Label(model.NL)),
			fmt.Sprintf("Investment %s (%s) is linked to no vision statement, so it is unclear why the school makes it. "+
				"Link this investment to the statement it helps to realise; if it serves none, discuss whether the school needs it.", inv.Code, inv.Block.Label(model.EN)))
	}
	if len(unlinked) > 0 {
		sortCodes(unlinked)
		unlinked = dedupSorted(unlinked)
		list := strings.Join(unlinked, ", ")
		fs.add(InvestmentWithoutVision, unlinked,
			fmt.Sprintf("Zolang het plan geen visie heeft, is geen enkele investering in deskundigheid, inhoud of infrastructuur (%s) aan een doel gekoppeld. "+
				"Schrijf eerst de visie-uitspraken en koppel daarna elke investering aan de uitspraak die ze dient.", list),
			fmt.Sprintf("As long as the plan has no vision, none of the investments in expertise, content or infrastructure (%s) is linked to a goal. "+
				"Write the vision statements first, then link every investment to the statement it serves.", list))
	}
	for _, v := range p.Visions {
		s := serve[v.ID]
		if !s.any {
			fs.add(VisionWithoutInvestment, []string{v.Code},
				fmt.Sprintf("Aan visie-uitspraak %s werkt nog geen enkele investering. "+
					"Plan minstens één activiteit die haar dichterbij brengt, of haal de uitspraak uit het plan als ze niet meer geldt.", v.Code),
				fmt.Sprintf("No investment works towards vision statement %s yet. "+
					"Plan at least one activity that brings it closer, or take the statement out of the plan if it no longer holds.", v.Code))
		}
		if len(s.material) > 0 && !s.expertise {
			sortCodes(s.material)
			s.material = dedupSorted(s.material)
			list := strings.Join(s.material, ", ")
			fs.add(VisionWithoutExpertise, append([]string{v.Code}, s.material...),
				fmt.Sprintf("Visie-uitspraak %s krijgt inhoud of infrastructuur (%s), maar geen enkele investering in deskundigheid. "+
					"Zonder scholing en begeleiding blijven middelen vaak ongebruikt; plan ook een deskundigheidsinvestering voor deze uitspraak.", v.Code, list),
				fmt.Sprintf("Vision statement %s gets content or infrastructure (%s) but no investment in expertise. "+
					"Without training and coaching, resources often stay unused; plan an expertise investment for this statement as well.", v.Code, list))
		}
	}
}

// timing: technology_before_expertise and dependency_order.
func (fs *findings) timing(p *model.Plan, x *planIndex) {
	first := earliestHuman(p)
	// dependents lists, per investment ID, the codes of the counting
	// investments that depend on it: moving it later would delay them.
	dependents := map[string][]string{}
	for i := range p.Investments {
		inv := &p.Investments[i]
		if !counts(inv) {
			continue
		}
		for _, d := range inv.DependsOnIDs {
			if d != inv.ID {
				dependents[d] = append(dependents[d], inv.Code)
			}
		}
	}
	for i := range p.Investments {
		inv := &p.Investments[i]
		if !counts(inv) || inv.Start.IsZero() {
			continue
		}
		if inv.Block.Material() {
			if m, ok := firstHumanFor(inv, first); ok && inv.Start < m {
				fs.technologyFirst(p, x, inv, m, dependents[inv.ID])
			}
		}
		for _, d := range inv.DependsOnIDs {
			k, ok := x.invByID[d]
			if !ok || d == inv.ID {
				continue
			}
			dep := &p.Investments[k]
			if !counts(dep) || dep.Start.IsZero() {
				continue
			}
			if fin := dep.Finish(); inv.Start < fin {
				fs.add(DependencyOrder, []string{inv.Code, dep.Code},
					fmt.Sprintf("%s begint in %s, maar bouwt voort op %s, dat pas in %s klaar is. "+
						"Laat %s op zijn vroegst in %s beginnen, of zorg dat %s eerder af is.",
						inv.Code, FormatMonth(inv.Start, model.NL), dep.Code, FormatMonth(fin, model.NL), inv.Code, FormatMonth(fin, model.NL), dep.Code),
					fmt.Sprintf("%s starts in %s but builds on %s, which is only finished in %s. "+
						"Start %s in %s at the earliest, or get %s done sooner.",
						inv.Code, FormatMonth(inv.Start, model.EN), dep.Code, FormatMonth(fin, model.EN), inv.Code, FormatMonth(fin, model.EN), dep.Code))
			}
		}
	}
}

// technologyFirst raises technology_before_expertise for a material
// investment that starts before every human-factor investment of its
// visions (which first start in month first). The advice is to let the
// people side start earlier; moving the investment later is offered only
// when nothing builds on it, because that would delay the investments that
// depend on it (a wifi network the devices and software need).
func (fs *findings) technologyFirst(p *model.Plan, x *planIndex, inv *model.Investment, first model.Month, dependents []string) {
	// The human-factor investments that share a vision with inv, through
	// the index: an investment serving two of its visions comes twice,
	// which dedupSorted below undoes (as it undoes two with one code).
	var humans []string
	for _, v := range inv.VisionIDs {
		for _, i := range x.servedBy[v] {
			if h := &p.Investments[i]; h.Block.Human() && h.Start == first {
				humans = append(humans, h.Code)
			}
		}
	}
	sortCodes(humans)
	humans = dedupSorted(humans)
	hs := strings.Join(humans, ", ")
	nl := fmt.Sprintf("%s (%s) begint in %s, terwijl de eerste investering in visie of deskundigheid voor dezelfde visie-uitspraak (%s) pas in %s begint. ",
		inv.Code, inv.Block.Label(model.NL), FormatMonth(inv.Start, model.NL), hs, FormatMonth(first, model.NL))
	en := fmt.Sprintf("%s (%s) starts in %s, while the first investment in vision or expertise for the same vision statement (%s) only starts in %s. ",
		inv.Code, inv.Block.Label(model.EN), FormatMonth(inv.Start, model.EN), hs, FormatMonth(first, model.EN))
	if len(dependents) > 0 {
		sortCodes(dependents)
		dependents = dedupSorted(dependents)
		ds := strings.Join(dependents, ", ")
		nl += fmt.Sprintf("Laat %s uiterlijk in %s beginnen, zodat het team klaar is als de middelen er zijn. "+
			"%s later laten beginnen is geen oplossing: %s bouwt erop voort en zou dan ook later komen.",
			hs, FormatMonth(inv.Start, model.NL), inv.Code, ds)
		en += fmt.Sprintf("Start %s in %s at the latest, so the team is ready when the resources arrive. "+
			"Starting %s later is no remedy: %s builds on it and would be delayed as well.",
			hs, FormatMonth(inv.Start, model.EN), inv.Code, ds)
	} else {
		nl += fmt.Sprintf("Laat %s uiterlijk in %s beginnen, of laat %s later beginnen, zodat het team klaar is als de middelen er zijn.",
			hs, FormatMonth(inv.Start, model.NL), inv.Code)
		en += fmt.Sprintf("Start %s in %s at the latest, or start %s later, so the team is ready when the resources arrive.",
			hs, FormatMonth(inv.Start, model.EN), inv.Code)
	}
	fs.add(TechnologyBeforeExpertise, []string{inv.Code}, nl, en)
}

// balance: balance_mismatch, technology_ahead, position_unknown.
func (fs *findings) balance(a *Analysis) {
	pos := a.Position
	goal := pos.Goal
	subject := winningMaterialCodes(a)
	if goal.Balance() == Mismatch {
		fs.add(BalanceMismatch, subject,
			fmt.Sprintf("Het doel combineert %s met %s: die liggen twee stappen uit elkaar in de balansmatrix. "+
				"Middelen die zo ver van de gewenste manier van lesgeven af staan, worden zelden duurzaam gebruikt. "+
				"Kies leermateriaal dat bij de onderwijsvorm past, of stel de onderwijsvorm als doel bij.",
				TeachingPhrase(goal.Teaching, model.NL), MaterialPhrase(goal.Material, model.NL)),
			fmt.Sprintf("The goal combines %s with %s, two steps apart in the balance matrix. "+
				"Resources that far from the intended way of teaching are rarely used for long. "+
				"Choose learning material that fits the form of education, or revise the teaching goal.",
				TeachingPhrase(goal.Teaching, model.EN), MaterialPhrase(goal.Material, model.EN)))
	}
	var nl, en []string
	if goal.Balance() == TechniekVoor {
		nl = append(nl, fmt.Sprintf("In het doel loopt het leermateriaal (%s) een stap voor op de onderwijsvorm (%s).",
			MaterialPhrase(goal.Material, model.NL), TeachingPhrase(goal.Teaching, model.NL)))
		en = append(en, fmt.Sprintf("In the goal, the learning material (%s) is a step ahead of the form of education (%s).",
			MaterialPhrase(goal.Material, model.EN), TeachingPhrase(goal.Teaching, model.EN)))
	} else {
		subject = nil
	}
	if t := a.Levels.TiltNow; t.Known && atLeast(t.Value, TiltThreshold) {
		nl = append(nl, fmt.Sprintf("In de zelfevaluatie scoort het team inhoud en infrastructuur nu gemiddeld %s hoger dan visie en deskundigheid: een scheefstand naar de techniek.",
			FormatPoints(t.Value, model.NL)))
		en = append(en, fmt.Sprintf("In the self-assessment, the team rates content and infrastructure %s higher than vision and expertise on average: a tilt towards technology.",
			FormatPoints(t.Value, model.EN)))
	}
	if len(nl) > 0 {
		fs.add(TechnologyAhead, subject,
			strings.Join(nl, " ")+" Investeer eerst in visie en deskundigheid, zodat het team de techniek ook echt inzet, voordat er meer middelen bijkomen.",
			strings.Join(en, " ")+" Invest in vision and expertise first, so the team actually puts the technology to use, before adding more resources.")
	}
	var missingNL, missingEN []string
	for _, m := range []struct {
		ok     bool
		nl, en string
	}{
		{pos.Now.Teaching.Index() >= 0, "de huidige onderwijsvorm", "the current form of education"},
		{pos.Now.Material.Index() >= 0, "het huidige soort leermateriaal", "the current type of learning material"},
		{pos.Goal.Teaching.Index() >= 0, "de gewenste onderwijsvorm", "the intended form of education"},
		{pos.Goal.Material.Index() >= 0, "het gewenste soort leermateriaal (in het plan of bij de investeringen)", "the intended type of learning material (in the plan or with the investments)"},
	} {
		if !m.ok {
			missingNL = append(missingNL, m.nl)
			missingEN = append(missingEN, m.en)
		}
	}
	if len(missingNL) > 0 {
		fs.add(PositionUnknown, nil,
			"De plek in de balansmatrix is niet te bepalen, want er ontbreekt: "+strings.Join(missingNL, "; ")+". "+
				"Vul dit in bij het plan, dan laat de analyse zien of techniek en onderwijs bij elkaar passen.",
			"The place in the balance matrix cannot be determined because this is missing: "+strings.Join(missingEN, "; ")+". "+
				"Fill it in with the plan, and the analysis will show whether technology and teaching fit together.")
	}
}

// winningMaterialCodes lists the investments whose material type decided
// the planned material, as the subject of a balance finding.
func winningMaterialCodes(a *Analysis) []string {
	return append([]string(nil), a.Position.DecidedBy...)
}

// assessment: no_assessments, block_gap, assessment_divergence.
func (fs *findings) assessment(a *Analysis) {
	scored := false
	for _, bl := range a.Levels.Blocks {
		scored = scored || bl.Now.Count > 0
	}
	if !scored {
		fs.add(NoAssessments, nil,
			"Er zijn nog geen scores uit een zelfevaluatie, dus de niveaus van de bouwstenen zijn onbekend. "+
				"Laat leraren, schoolleiding en ict-coördinator elk de bouwstenen scoren, nu en als doel.",
			"There are no scores from a self-assessment yet, so the levels of the building blocks are unknown. "+
				"Ask teachers, school leaders and the ict coordinator each to score the building blocks, now and as a goal.")
		return
	}
	hi, lo := -1, -1
	for i, bl := range a.Levels.Blocks {
		if bl.Now.Count == 0 {
			continue
		}
		v := bl.Now.Level().Value
		if hi < 0 || v > a.Levels.Blocks[hi].Now.Level().Value {
			hi = i
		}
		if lo < 0 || v < a.Levels.Blocks[lo].Now.Level().Value {
			lo = i
		}
	}
	if hi >= 0 && lo >= 0 {
		h, l := a.Levels.Blocks[hi], a.Levels.Blocks[lo]
		if gap := h.Now.Level().Value - l.Now.Level().Value; atLeast(gap, BlockGapThreshold) {
			fs.add(BlockGap, []string{string(h.Block), string(l.Block)},
				fmt.Sprintf("Het team scoort %s nu op %s en %s op %s, een verschil van %s. "+
					"Bouwstenen die zo ver uiteenlopen, houden elkaar niet in evenwicht; richt de komende investeringen vooral op %s.",
					h.Block.Label(model.NL), FormatNumber(h.Now.Level().Value, jsonDecimals, model.NL),
					l.Block.Label(model.NL), FormatNumber(l.Now.Level().Value, jsonDecimals, model.NL),
					FormatPoints(gap, model.NL), l.Block.Label(model.NL)),
				fmt.Sprintf("The team rates %s at %s now and %s at %s, a gap of %s. "+
					"Building blocks that far apart do not keep each other in balance; aim the coming investments mainly at %s.",
					h.Block.Label(model.EN), FormatNumber(h.Now.Level().Value, jsonDecimals, model.EN),
					l.Block.Label(model.EN), FormatNumber(l.Now.Level().Value, jsonDecimals, model.EN),
					FormatPoints(gap, model.EN), l.Block.Label(model.EN)))
		}
	}
	for _, bl := range a.Levels.Blocks {
		if _, diverges := bl.Divergence(); !diverges {
			continue
		}
		leaders, teachers, _ := bl.LeadersAndTeachers()
		lv, tv := leaders.Level().Value, teachers.Level().Value
		who := leadersPhrase(bl, leaders.Count)
		tnl, ten := "de leraren gemiddeld", "the teachers %s on average"
		if teachers.Count == 1 {
			tnl, ten = "de leraar", "the teacher %s"
		}
		fs.add(AssessmentDivergence, []string{string(bl.Block)},
			fmt.Sprintf("Over %s denken leiding en leraren verschillend: %s, %s %s. "+
				"Bespreek het verschil met het team en kom tot een gedeeld beeld voordat je op deze bouwsteen verder bouwt.",
				bl.Block.Label(model.NL), fmt.Sprintf(who.NL, FormatNumber(lv, jsonDecimals, model.NL)), tnl, FormatNumber(tv, jsonDecimals, model.NL)),
			fmt.Sprintf("Leaders and teachers see %s differently: %s, %s. "+
				"Talk the difference through with the team and reach a shared picture before building further on this block.",
				bl.Block.Label(model.EN), fmt.Sprintf(who.EN, FormatNumber(lv, jsonDecimals, model.EN)), fmt.Sprintf(ten, FormatNumber(tv, jsonDecimals, model.EN))))
	}
}

// leadersPhrase names the leaders who scored a block, with the verb and a
// %s for their figure: "de schoolleider geeft nu %s" for one, "de
// schoolleiders geven nu gemiddeld %s" for several of one role,
// "schoolleiding en bestuur geven nu gemiddeld %s" for a mix.
func leadersPhrase(bl BlockLevel, count int) model.Text {
	var leaders, board int
	for _, rl := range bl.ByRole {
		switch rl.Role {
		case model.RoleSchoolleider:
			leaders += rl.Now.Count
		case model.RoleBestuurder:
			board += rl.Now.Count
		}
	}
	switch {
	case count == 1 && leaders == 1:
		return model.Text{NL: "de schoolleider geeft nu %s", EN: "the school leader gives %s now"}
	case count == 1 && board == 1:
		return model.Text{NL: "de bestuurder geeft nu %s", EN: "the board member gives %s now"}
	case board == 0:
		return model.Text{NL: "de schoolleiders geven nu gemiddeld %s", EN: "the school leaders give %s now on average"}
	case leaders == 0:
		return model.Text{NL: "de bestuurders geven nu gemiddeld %s", EN: "the board members give %s now on average"}
	}
	return model.Text{NL: "schoolleiding en bestuur geven nu gemiddeld %s", EN: "school leaders and board give %s now on average"}
}

// ambition: ambition_inconsistent. A plan that wants to transform its
// education but keeps the form of education, or one that wants to keep its
// concept but changes the form, says two things at once. Both sides of the
// teaching must be set; an unset side is position_unknown's business.
func (fs *findings) ambition(p *model.Plan) {
	now, goal := p.TeachingNow, p.TeachingGoal
	if !now.Valid() || !goal.Valid() {
		return
	}
	switch {
	case p.Ambition == model.AmbitionIngrijpend && now == goal:
		fs.addAs(AmbitionInconsistent, Midden, nil,
			fmt.Sprintf("Het plan kiest de ambitie '%s', maar de onderwijsvorm blijft %s, nu en als doel. "+
				"Een ingrijpende verandering verandert de manier waarop leerlingen leren: kies als doel een onderwijsvorm die daarbij past, of kies de ambitie '%s'.",
				p.Ambition.Label(model.NL), TeachingPhrase(now, model.NL), model.AmbitionStapsgewijs.Label(model.NL)),
			fmt.Sprintf("The plan chooses the ambition '%s', but the form of education stays %s, now and as the goal. "+
				"A transformation changes the way pupils learn: choose a goal for the form of education that fits it, or choose the ambition '%s'.",
				p.Ambition.Label(model.EN), TeachingPhrase(now, model.EN), model.AmbitionStapsgewijs.Label(model.EN)))
	case p.Ambition == model.AmbitionBehouden && now != goal:
		fs.addAs(AmbitionInconsistent, Laag, nil,
			fmt.Sprintf("Het plan kiest de ambitie '%s', maar wil de onderwijsvorm veranderen van %s naar %s. "+
				"Dat is meer dan behouden: kies de ambitie '%s', of houd de onderwijsvorm als doel gelijk.",
				p.Ambition.Label(model.NL), TeachingPhrase(now, model.NL), TeachingPhrase(goal, model.NL), model.AmbitionStapsgewijs.Label(model.NL)),
			fmt.Sprintf("The plan chooses the ambition '%s', but wants to change the form of education from %s to %s. "+
				"That is more than keeping: choose the ambition '%s', or keep the form of education as it is.",
				p.Ambition.Label(model.EN), TeachingPhrase(now, model.EN), TeachingPhrase(goal, model.EN), model.AmbitionStapsgewijs.Label(model.EN)))
	}
}

// agreements: no_didactic_agreements.
func (fs *findings) agreements(p *model.Plan) {
	if p.Ambition != model.AmbitionStapsgewijs && p.Ambition != model.AmbitionIngrijpend {
		return
	}
	for _, ag := range p.Agreements {
		if ag.Kind == model.AgreementDidactisch && (ag.Coverage == model.CoverageAlle || ag.Coverage == model.CoverageDeels) {
			return
		}
	}
	fs.add(NoDidacticAgreements, nil,
		fmt.Sprintf("Het plan kiest voor de ambitie '%s', maar er zijn geen afspraken over hoe ict in de lessen wordt gebruikt. "+
			"Zonder zulke afspraken beslist iedere leraar zelf en komt de verandering moeilijk op gang; "+
			"leg met het team vast waarvoor en hoe ict wordt ingezet, ten minste voor een deel van de vakken.", p.Ambition.Label(model.NL)),
		fmt.Sprintf("The plan chooses the ambition '%s', but there are no agreements on how ict is used in lessons. "+
			"Without them every teacher decides alone and the change is slow to start; "+
			"agree with the team what ict is used for and how, at least for part of the subjects.", p.Ambition.Label(model.EN)))
}

// budget: over_budget.
func (fs *findings) budget(a *Analysis) {
	for _, by := range a.Budget.Years {
		if !by.Over {
			continue
		}
		over := by.CashOut - by.Ceiling
		fs.add(OverBudget, []string{strconv.Itoa(by.Year)},
			fmt.Sprintf("In %d geeft het plan %s uit, %s boven het plafond van %s. "+
				"Verschuif investeringen naar een later jaar, kies een goedkopere oplossing of spreek een hoger budget af.",
				by.Year, FormatMoney(by.CashOut, model.NL), FormatMoney(over, model.NL), FormatMoney(by.Ceiling, model.NL)),
			fmt.Sprintf("In %d the plan spends %s, %s above the ceiling of %s. "+
				"Move investments to a later year, choose a cheaper solution or agree on a higher budget.",
				by.Year, FormatMoney(by.CashOut, model.EN), FormatMoney(over, model.EN), FormatMoney(by.Ceiling, model.EN)))
	}
}

// humanShare: low_human_share. When material is bought and people get
// less than 15% of the money, the plan buys technology the team is not
// helped to use. The share is the budget's (leiderschap left out).
func (fs *findings) humanShare(a *Analysis) {
	bu := a.Budget
	material := bu.CashByBlock[blockIndex(model.BlockInhoud)] + bu.CashByBlock[blockIndex(model.BlockInfrastructuur)]
	hs := bu.HumanShare
	if material <= 0 || !hs.Known || atLeast(hs.Value, HumanShareBelow) {
		return
	}
	sev := Midden
	if !atLeast(hs.Value, HumanShareHighBelow) {
		sev = Hoog
	}
	human := bu.CashByBlock[blockIndex(model.BlockVisie)] + bu.CashByBlock[blockIndex(model.BlockDeskundigheid)]
	fs.addAs(LowHumanShare, sev, nil,
		fmt.Sprintf("Van het geld voor visie, deskundigheid, inhoud en infrastructuur gaat %s (%s) naar visie en deskundigheid, tegen %s naar inhoud en infrastructuur. "+
			"Middelen zonder scholing en begeleiding blijven vaak ongebruikt: Balansplan vraagt ten minste %s voor de mensen. "+
			"Begroot meer voor scholing, begeleiding en het samen uitwerken van de visie, zo nodig door een aanschaf te spreiden.",
			FormatPercent(hs.Value, model.NL), FormatMoney(human, model.NL), FormatMoney(material, model.NL), FormatPercent(HumanShareBelow, model.NL)),
		fmt.Sprintf("Of the money for vision, expertise, content and infrastructure, %s (%s) goes to vision and expertise, against %s to content and infrastructure. "+
			"Resources without training and coaching often stay unused: Balansplan asks for at least %s for the people. "+
			"Budget more for training, coaching and working out the vision together, spreading a purchase over more years if need be.",
			FormatPercent(hs.Value, model.EN), FormatMoney(human, model.EN), FormatMoney(material, model.EN), FormatPercent(HumanShareBelow, model.EN)))
}

// instrumental: expertise_instrumental_only. A vision that gets content or
// infrastructure and whose training is all about operating the tools
// (focus instrumenteel) prepares the team to switch the things on, not to
// teach differently with them. A training without a focus, or with
// another, breaks the rule: the finding speaks only when every linked
// training says instrumenteel.
func (fs *findings) instrumental(p *model.Plan, x *planIndex) {
	for _, v := range p.Visions {
		material := false
		var expertise []string
		allInstrumental := true
		for _, i := range x.servedBy[v.ID] {
			inv := &p.Investments[i]
			switch {
			case inv.Block.Material():
				material = true
			case inv.Block == model.BlockDeskundigheid:
				expertise = append(expertise, inv.Code)
				allInstrumental = allInstrumental && inv.Focus == model.FocusInstrumenteel
			}
		}
		if !material || len(expertise) == 0 || !allInstrumental {
			continue
		}
		sortCodes(expertise)
		expertise = dedupSorted(expertise)
		nl, en := "De scholing", "The training"
		if len(expertise) > 1 {
			nl, en = "Alle scholing", "All training"
		}
		fs.add(ExpertiseInstrumentalOnly, append([]string{v.Code}, expertise...),
			fmt.Sprintf("%s voor visie-uitspraak %s (%s) gaat alleen over het bedienen van de middelen. "+
				"Daarmee leert het team de techniek gebruiken, maar niet anders lesgeven: plan ook scholing of begeleiding in het didactisch gebruik, zodat de middelen bijdragen aan wat de uitspraak wil bereiken.",
				nl, v.Code, joinAnd(expertise, model.NL)),
			fmt.Sprintf("%s for vision statement %s (%s) is only about operating the tools. "+
				"That teaches the team to use the technology, not to teach differently: plan training or coaching in its didactic use as well, so the resources serve what the statement wants to achieve.",
				en, v.Code, joinAnd(expertise, model.EN)))
	}
}

// team: team_mostly_staartgroep. When at least a third of the participants
// who recorded their applications uses three or fewer each week, the plan
// must start where those colleagues are.
func (fs *findings) team(a *Analysis) {
	t := a.Team
	if t.Recorded < TeamProfileMinRecorded || 3*t.Staartgroep < t.Recorded {
		return
	}
	fs.add(TeamMostlyStaartgroep, nil,
		fmt.Sprintf("Van de %d deelnemers die hun ict-gebruik opgaven, gebruiken er %d hooguit %d toepassingen per week: minstens een derde van hen hoort bij de staartgroep. "+
			"Begin bij wat deze collega's al doen, met begeleiding op de werkplek en kleine, zichtbare stappen, voordat het plan meer van hen vraagt.",
			t.Recorded, t.Staartgroep, StaartgroepMax),
		fmt.Sprintf("Of the %d participants who recorded their ict use, %d use at most %d applications a week: at least a third of them are in the trailing group (staartgroep). "+
			"Start from what these colleagues already do, with coaching on the job and small, visible steps, before the plan asks more of them.",
			t.Recorded, t.Staartgroep, StaartgroepMax))
}

// evaluation: returns_without_evaluation. A vision that names returns but
// not how and when the school will see them cannot be evaluated; one
// finding lists all such visions.
func (fs *findings) evaluation(p *model.Plan) {
	var vs []string
	for i := range p.Visions {
		v := &p.Visions[i]
		if len(v.Returns) > 0 && !evaluated(v) {
			vs = append(vs, v.Code)
		}
	}
	if len(vs) == 0 {
		return
	}
	sortCodes(vs)
	vs = dedupSorted(vs)
	list := joinAnd(vs, model.NL)
	nl := fmt.Sprintf("Visie-uitspraken %s noemen opbrengsten, maar niet hoe en wanneer de school nagaat of die er komen. ", list)
	en := fmt.Sprintf("Vision statements %s name returns, but not how and when the school will check whether they come. ", joinAnd(vs, model.EN))
	if len(vs) == 1 {
		nl = fmt.Sprintf("Visie-uitspraak %s noemt opbrengsten, maar niet hoe en wanneer de school nagaat of die er komen. ", list)
		en = fmt.Sprintf("Vision statement %s names returns, but not how and when the school will check whether they come. ", list)
	}
	fs.add(ReturnsWithoutEvaluation, vs,
		nl+"Leg per uitspraak vast waaraan het team de opbrengst ziet (een indicator) en wanneer het dat bekijkt (een moment in de planperiode), zodat het plan kan worden bijgestuurd.",
		en+"Record for each statement what will show the return (an indicator) and when the team will look (a moment in the plan period), so the plan can be adjusted.")
}

// devices: devices_without_beheer. A device purchase (infrastructuur,
// category apparaten, with a one-off cost) is covered when it has recurring
// costs of its own (a lease with support, say) or when some beheer
// investment is still running in or after the month the devices arrive.
func (fs *findings) devices(p *model.Plan) {
	var lastBeheer model.Month // the latest month any beheer investment is in use
	planEnd := model.MonthOf(p.EndYear, 12)
	for i := range p.Investments {
		inv := &p.Investments[i]
		if !counts(inv) || inv.Block != model.BlockInfrastructuur || inv.Category != model.CategoryBeheer || inv.Start.IsZero() {
			continue
		}
		until := inv.End
		if until.IsZero() {
			until = planEnd
		}
		if until > lastBeheer {
			lastBeheer = until
		}
	}
	for i := range p.Investments {
		inv := &p.Investments[i]
		if !counts(inv) || inv.Block != model.BlockInfrastructuur || inv.Category != model.CategoryApparaten {
			continue
		}
		if inv.Cost.OneOff <= 0 || inv.Cost.Recurring > 0 {
			continue
		}
		if !lastBeheer.IsZero() && lastBeheer >= inv.Start {
			continue
		}
		fs.add(DevicesWithoutBeheer, []string{inv.Code},
			fmt.Sprintf("Voor de apparaten van %s is geen beheer geregeld: het plan heeft geen beheerinvestering die dan loopt, en de apparaten hebben geen jaarlijkse kosten. "+
				"Neem beheer en onderhoud op, bijvoorbeeld een beheercontract of uren van een beheerder, anders raken de apparaten snel onbruikbaar.", inv.Code),
			fmt.Sprintf("Nothing is arranged to look after the devices of %s: the plan has no management investment running by then, and the devices carry no yearly costs. "+
				"Add management and maintenance, for example a support contract or hours of a technician, or the devices will soon be out of use.", inv.Code))
	}
}

func sortCodes(s []string) {
	sort.Slice(s, func(i, j int) bool { return codeLess(s[i], s[j]) })
}

// evaluated reports whether a vision says how and when its returns will be
// checked: an evaluation with both an indicator and a moment.
func evaluated(v *model.Vision) bool { return v.Evaluation.Complete() }

// joinAnd joins codes for running text: "V1, V2 en V3", "V1, V2 and V3".
func joinAnd(cs []string, l model.Lang) string {
	if len(cs) < 2 {
		return strings.Join(cs, "")
	}
	and := " en "
	if l == model.EN {
		and = " and "
	}
	return strings.Join(cs[:len(cs)-1], ", ") + and + cs[len(cs)-1]
}

// OverdueFindings are the findings overdue_investment on date asOf
// (YYYY-MM-DD): one per overdue investment (Overdue), severity midden, in
// the style of the analysis's findings: what is late and what to do.
func OverdueFindings(p *model.Plan, asOf string) []Finding {
	fs := &findings{long: longCodes(p)}
	for _, o := range Overdue(p, asOf) {
		due := model.Text{NL: FormatMonth(o.Due, model.NL), EN: FormatMonth(o.Due, model.EN)}
		what := o.Code
		if o.Title != "" {
			what += " (" + o.Title + ")"
		}
		fs.addAs(OverdueInvestmentCode, Midden, []string{o.Code},
			fmt.Sprintf("Investering %s had in %s klaar moeten zijn en staat nog op %s. Zet haar op afgerond als ze klaar is; "+
				"loopt ze uit, schuif dan het einde op en kijk wat dat voor de begroting en de investeringen na haar betekent.",
				what, due.NL, o.Status.Label(model.NL)),
			fmt.Sprintf("Investment %s should have been finished in %s and is still %s. Mark it finished if it is done; "+
				"if it runs late, move its end and check what that means for the budget and the investments that follow it.",
				what, due.EN, o.Status.Label(model.EN)))
	}
	sort.Slice(fs.out, func(i, j int) bool { return fs.out[i].less(&fs.out[j]) })
	return fs.out
}
