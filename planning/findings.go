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
)

// severities fixes the severity of every code. docs/analysis.md explains
// each choice; keep the two in step.
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
	NoAssessments:             Laag,
	PositionUnknown:           Laag,
}

// Codes lists every finding code, in the order of §4.4 and then
// Balansplan's own.
func Codes() []Code {
	return []Code{NoVision, InvestmentWithoutVision, VisionWithoutInvestment, VisionWithoutExpertise,
		TechnologyBeforeExpertise, DependencyOrder, BalanceMismatch, TechnologyAhead, BlockGap,
		AssessmentDivergence, NoDidacticAgreements, OverBudget, DevicesWithoutBeheer,
		NoAssessments, PositionUnknown}
}

// Severity is the fixed severity of the code.
func (c Code) Severity() Severity { return severities[c] }

// Thresholds of the findings.
const (
	TiltThreshold       = 1.0 // tilt_now at least this: technology_ahead
	BlockGapThreshold   = 2.0 // highest minus lowest block level now at least this: block_gap
	DivergenceThreshold = 1.5 // leaders' minus teachers' mean at least this (either way): assessment_divergence
)

// Finding is one thing the analysis advises the school to look at.
type Finding struct {
	Code     Code
	Severity Severity
	// Subject holds the codes of the entities involved: investment or
	// vision codes, a year ("2026") or a block ("leiderschap"). It may be
	// empty for a finding about the plan as a whole.
	Subject []string
	// Message says what is wrong and what to do, in both languages.
	Message model.Text
}

func (f *Finding) less(g *Finding) bool {
	if f.Severity.Rank() != g.Severity.Rank() {
		return f.Severity.Rank() < g.Severity.Rank()
	}
	if f.Code != g.Code {
		return f.Code < g.Code
	}
	for i := 0; i < len(f.Subject) && i < len(g.Subject); i++ {
		if f.Subject[i] != g.Subject[i] {
			return codeLess(f.Subject[i], g.Subject[i])
		}
	}
	if len(f.Subject) != len(g.Subject) {
		return len(f.Subject) < len(g.Subject)
	}
	return f.Message.NL < g.Message.NL
}

type findings struct {
	out []Finding
}

func (fs *findings) add(c Code, subject []string, nl, en string) {
	if subject == nil {
		subject = []string{}
	}
	fs.out = append(fs.out, Finding{Code: c, Severity: c.Severity(), Subject: subject, Message: model.Text{NL: nl, EN: en}})
}

func findingsOf(p *model.Plan, x *planIndex, a *Analysis) []Finding {
	fs := &findings{}
	fs.visions(p, x)
	fs.timing(p, x)
	fs.balance(a)
	fs.assessment(a)
	fs.agreements(p)
	fs.budget(a)
	fs.devices(p)
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
		if (inv.Block == model.BlockDeskundigheid || inv.Block.Material()) && !linked(inv, x) {
			fs.add(InvestmentWithoutVision, []string{inv.Code},
				fmt.Sprintf("Investering %s (%s) is aan geen enkele visie-uitspraak gekoppeld, zodat niet duidelijk is waarom de school haar doet. "+
					"Koppel haar aan de uitspraak die ze helpt waarmaken, of schrap haar als er geen is.", inv.Code, inv.Block.Label(model.NL)),
				fmt.Sprintf("Investment %s (%s) is linked to no vision statement, so it is unclear why the school makes it. "+
					"Link it to the statement it helps to realise, or drop it if there is none.", inv.Code, inv.Block.Label(model.EN)))
		}
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
	first := earliestExpertise(p)
	for i := range p.Investments {
		inv := &p.Investments[i]
		if !counts(inv) || inv.Start.IsZero() {
			continue
		}
		if inv.Block.Material() {
			if m, ok := firstExpertiseFor(inv, first); ok && inv.Start < m {
				fs.add(TechnologyBeforeExpertise, []string{inv.Code},
					fmt.Sprintf("%s (%s) begint in %s, terwijl de eerste deskundigheidsinvestering voor dezelfde visie pas in %s start. "+
						"Laat de scholing eerder beginnen of schuif %s op, zodat het team klaar is als de middelen er zijn.",
						inv.Code, inv.Block.Label(model.NL), inv.Start, m, inv.Code),
					fmt.Sprintf("%s (%s) starts in %s, while the first expertise investment for the same vision only starts in %s. "+
						"Start the training earlier or move %s later, so the team is ready when the resources arrive.",
						inv.Code, inv.Block.Label(model.EN), inv.Start, m, inv.Code))
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
						inv.Code, inv.Start, dep.Code, fin, inv.Code, fin, dep.Code),
					fmt.Sprintf("%s starts in %s but builds on %s, which is only finished in %s. "+
						"Start %s in %s at the earliest, or get %s done sooner.",
						inv.Code, inv.Start, dep.Code, fin, inv.Code, fin, dep.Code))
			}
		}
	}
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
				goal.Teaching.Label(model.NL), goal.Material.Label(model.NL)),
			fmt.Sprintf("The goal combines %s with %s, two steps apart in the balance matrix. "+
				"Resources that far from the intended way of teaching are rarely used for long. "+
				"Choose learning material that fits the form of education, or revise the teaching goal.",
				goal.Teaching.Label(model.EN), goal.Material.Label(model.EN)))
	}
	var nl, en []string
	if goal.Balance() == TechniekVoor {
		nl = append(nl, fmt.Sprintf("In het doel loopt het leermateriaal (%s) een stap voor op de onderwijsvorm (%s).",
			goal.Material.Label(model.NL), goal.Teaching.Label(model.NL)))
		en = append(en, fmt.Sprintf("In the goal, the learning material (%s) is a step ahead of the form of education (%s).",
			goal.Material.Label(model.EN), goal.Teaching.Label(model.EN)))
	} else {
		subject = nil
	}
	if t := a.Levels.TiltNow; t.Known && atLeast(t.Value, TiltThreshold) {
		nl = append(nl, fmt.Sprintf("In de zelfevaluatie scoort het team inhoud en infrastructuur nu gemiddeld %s punt hoger dan visie en deskundigheid.",
			FormatNumber(t.Value, 2, model.NL)))
		en = append(en, fmt.Sprintf("In the self-assessment, the team rates content and infrastructure %s points higher than vision and expertise on average.",
			FormatNumber(t.Value, 2, model.EN)))
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
				fmt.Sprintf("Het team scoort %s nu op %s en %s op %s, een verschil van %s punten. "+
					"Bouwstenen die zo ver uiteenlopen, houden elkaar niet in evenwicht; richt de komende investeringen vooral op %s.",
					h.Block.Label(model.NL), FormatNumber(h.Now.Level().Value, 2, model.NL),
					l.Block.Label(model.NL), FormatNumber(l.Now.Level().Value, 2, model.NL),
					FormatNumber(gap, 2, model.NL), l.Block.Label(model.NL)),
				fmt.Sprintf("The team rates %s at %s now and %s at %s, a gap of %s points. "+
					"Building blocks that far apart do not keep each other in balance; aim the coming investments mainly at %s.",
					h.Block.Label(model.EN), FormatNumber(h.Now.Level().Value, 2, model.EN),
					l.Block.Label(model.EN), FormatNumber(l.Now.Level().Value, 2, model.EN),
					FormatNumber(gap, 2, model.EN), l.Block.Label(model.EN)))
		}
	}
	for _, bl := range a.Levels.Blocks {
		leaders, teachers, ok := leaderTeacherGap(bl)
		if !ok {
			continue
		}
		lv, tv := leaders.Level().Value, teachers.Level().Value
		d := lv - tv
		if d < 0 {
			d = -d
		}
		if !atLeast(d, DivergenceThreshold) {
			continue
		}
		fs.add(AssessmentDivergence, []string{string(bl.Block)},
			fmt.Sprintf("Over %s denken leiding en leraren verschillend: schoolleiding en bestuur geven nu gemiddeld %s, de leraren %s. "+
				"Bespreek het verschil met het team en kom tot een gedeeld beeld voordat u op deze bouwsteen verder bouwt.",
				bl.Block.Label(model.NL), FormatNumber(lv, 2, model.NL), FormatNumber(tv, 2, model.NL)),
			fmt.Sprintf("Leaders and teachers see %s differently: school leaders and board give %s now on average, teachers %s. "+
				"Talk the difference through with the team and reach a shared picture before building further on this block.",
				bl.Block.Label(model.EN), FormatNumber(lv, 2, model.EN), FormatNumber(tv, 2, model.EN)))
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
