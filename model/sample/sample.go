package sample

import (
	"fmt"
	"math/rand"

	"balansplan/model"
)

// Sizes of the large plan, from the performance targets.
const (
	LargeVisions     = 40
	LargeInvestments = 600
	LargeYears       = 8
	LargeAssessments = 100
)

// Sizes of the large plan's board chapters (issue 13): per n of
// LargeScaled, so that the benchmarks carry them too.
const (
	LargeInventory    = 24
	LargeTasks        = 4
	LargeRisks        = 12
	LargeSignatories  = 2
	largeBoardIDsKind = 5 // the ID kinds of inventory, tasks and risks start here
)

// Large returns the large generated plan, with its board chapters. It is
// valid (Validate reports nothing) and the same on every call.
func Large() *model.Plan { return LargeScaled(1) }

// Scales are the sizes the scaling benchmarks run at: the large plan once,
// four times and sixteen times. Every stage of the export must grow at
// most 2.2 times per doubling over them (issue 14), so a stage that is
// quadratic in the number of investments shows up as 16x (or worse) between
// the first and the second.
var Scales = []int{1, 4, 16}

// LargeScaled returns the large plan with n times its vision statements,
// investments, self-assessments, inventory lines, tasks and risks, over the
// same eight years: the plan a
// big school board writes for all its schools at once. LargeScaled(1) is
// Large(). n below 1 counts as 1.
func LargeScaled(n int) *model.Plan {
	n = max(n, 1)
	p := Generate(n*LargeVisions, n*LargeInvestments, LargeYears, n*LargeAssessments, 1)
	addBoard(p, n, 1)
	return p
}

// Generate builds a valid plan of the given size from a seed, without
// board chapters (LargeScaled adds them). Investments
// are spread over the five bouwstenen; each links to one to three visions
// and, now and then, depends on an earlier investment, so the dependency
// graph has no cycles.
func Generate(visions, investments, years, assessments int, seed int64) *model.Plan {
	r := rand.New(rand.NewSource(seed))
	id := func(kind byte, n int) string {
		// A fixed, valid version-4 layout so IDs are stable across runs.
		return fmt.Sprintf("%08x-0000-4000-8%03x-%012x", seed, kind, n)
	}
	start := 2026
	p := &model.Plan{
		ID: id(0, 0),
		School: model.School{Name: "Scholengemeenschap Het Grote Voorbeeld", BRIN: "99ZZ", Sector: model.SectorVO,
			Pupils: 2400, StaffFTE: 180.5, Board: "Stichting Voorbeeldonderwijs"},
		Title: "Ict-beleidsplan (gegenereerd)", StartYear: start, EndYear: start + years - 1,
		Status: model.StatusConcept, Version: "1.0", Authors: []string{"generator"},
		Ambition:    model.AmbitionStapsgewijs,
		TeachingNow: model.TeachingLeraargestuurd, TeachingGoal: model.TeachingZelfstandig,
		MaterialNow: model.MaterialInstructieOefenen, MaterialGoal: model.MaterialAdaptief,
		BudgetCeiling: map[int]model.Money{},
	}
	for y := p.StartYear; y <= p.EndYear; y++ {
		p.BudgetCeiling[y] = model.Euros(int64(400000 + r.Intn(200000)))
	}
	allReturns := model.Returns()
	for i := 0; i < visions; i++ {
		v := model.Vision{
			ID: id(1, i), Code: fmt.Sprintf("V%d", i+1),
			Title:    fmt.Sprintf("Visie-uitspraak %d over leren met ict", i+1),
			Text:     "Een gegenereerde toelichting bij deze visie-uitspraak, lang genoeg om in de tabellen te laten afbreken over meerdere regels.",
			Returns:  []model.Return{allReturns[r.Intn(len(allReturns))], allReturns[r.Intn(5)]},
			Priority: i + 1,
		}
		if v.Returns[0] == v.Returns[1] {
			v.Returns = v.Returns[:1]
		}
		p.Visions = append(p.Visions, v)
	}
	blocks := model.Blocks()
	counters := map[model.Block]int{}
	statuses := []model.InvestmentStatus{model.InvGepland, model.InvGepland, model.InvGepland, model.InvLopend, model.InvAfgerond, model.InvUitgesteld, model.InvGeschrapt}
	mats := model.Materials()
	for i := 0; i < investments; i++ {
		b := blocks[i%len(blocks)]
		counters[b]++
		inv := model.Investment{
			ID: id(2, i), Code: fmt.Sprintf("%s%d", model.CodePrefix(b), counters[b]),
			Title:       fmt.Sprintf("Investering %d voor %s", i+1, b.Label(model.NL)),
			Description: "Gegenereerde omschrijving met wat uitleg over doel, aanpak en betrokkenen.",
			Block:       b, Owner: []string{"directeur", "ict-coördinator", "bestuursbureau", "ib'er"}[r.Intn(4)],
			Status: statuses[r.Intn(len(statuses))],
			Pilot:  r.Intn(10) == 0,
		}
		if cats := model.CategoriesOf(b); len(cats) > 0 {
			inv.Category = cats[r.Intn(len(cats))]
		}
		if b.Material() && r.Intn(3) > 0 {
			inv.MaterialType = mats[r.Intn(len(mats))]
		}
		sy := p.StartYear + r.Intn(years)
		sm := 1 + r.Intn(12)
		inv.Start = model.MonthOf(sy, sm)
		if r.Intn(3) > 0 {
			end := int(inv.Start) + r.Intn(18)
			if max := int(model.MonthOf(p.EndYear, 12)); end > max {
				end = max
			}
			inv.End = model.Month(end)
		}
		inv.Cost = model.Cost{
			OneOff:    model.Money(r.Intn(50000) * 100),
			Recurring: model.Money(r.Intn(8000) * 100),
		}
		if b == model.BlockInfrastructuur && r.Intn(2) == 0 {
			inv.Cost.DepreciationYears = 3 + r.Intn(5)
		}
		if r.Intn(8) > 0 {
			n := 1 + r.Intn(3)
			for k := 0; k < n; k++ {
				vid := p.Visions[r.Intn(len(p.Visions))].ID
				if !has(inv.VisionIDs, vid) {
					inv.VisionIDs = append(inv.VisionIDs, vid)
				}
			}
		}
		// Depend only on earlier investments: no cycles.
		if i > 0 && r.Intn(4) == 0 {
			dep := p.Investments[r.Intn(i)].ID
			inv.DependsOnIDs = []string{dep}
		}
		p.Investments = append(p.Investments, inv)
	}
	p.Agreements = []model.Agreement{
		{ID: id(3, 0), Kind: model.AgreementDidactisch, Coverage: model.CoverageDeels, Text: "Afspraken over het gebruik van adaptieve software in de onderbouw."},
		{ID: id(3, 1), Kind: model.AgreementAanschafBeheer, Coverage: model.CoverageAlle, Text: "Alle aanschaf loopt via de ict-afdeling."},
	}
	roles := model.Roles()
	for i := 0; i < assessments; i++ {
		a := model.Assessment{
			ID: id(4, i), Session: fmt.Sprintf("Sessie %d", 1+i/25), Participant: fmt.Sprintf("p%d", i+1),
			Role: roles[r.Intn(len(roles))], Scores: map[model.Block]model.Score{},
		}
		for _, b := range blocks {
			now := model.Rating(r.Intn(6)) // 0 is "weet niet"
			goal := model.NoRating
			if now.Known() {
				goal = now + model.Rating(r.Intn(6-int(now)))
			}
			a.Scores[b] = model.Score{Now: now, Goal: goal}
		}
		p.Assessments = append(p.Assessments, a)
	}
	f := func(v float64) *float64 { return &v }
	wifi := true
	p.Indicators = model.Indicators{PupilsPerComputer: f(4.2), DigitalMaterialPct: f(35), DigitalMaterialGoalPct: f(55),
		LaptopSharePct: f(60), TabletSharePct: f(5), BYODPct: f(30), DigiboardRoomsPct: f(70), Wifi: &wifi}
	return p
}

func has(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// addBoard fills the board chapters of p: the blocks under "plan" once,
// and n times LargeInventory inventory lines, LargeTasks tasks and
// LargeRisks risks. It draws nothing from Generate's random numbers, so
// the rest of the plan is what Generate made.
func addBoard(p *model.Plan, n int, seed int64) {
	id := func(kind byte, i int) string {
		return fmt.Sprintf("%08x-0000-4000-8%03x-%012x", seed, largeBoardIDsKind+kind, i)
	}
	p.Proposal = model.Proposal{
		Decision:    "Het bestuur wordt gevraagd dit gegenereerde plan vast te stellen met de bedragen per jaar uit de begroting.",
		Funding:     "Uit de lumpsum en de bestemmingsreserve ict.",
		OverCeiling: "Investeringen met de laagste prioriteit schuiven naar het jaar erna.",
		Conditions:  "Twee keer per jaar een rapportage over voortgang en uitgaven.",
	}
	p.Adoption = model.Adoption{Date: fmt.Sprintf("%d-06-30", p.StartYear-1), By: "College van bestuur",
		Council: model.Council{Kind: model.CouncilInstemming, Outcome: model.CouncilPositief,
			Date: fmt.Sprintf("%d-06-15", p.StartYear-1), Note: "De MR stemt in."}}
	for i := 0; i < LargeSignatories; i++ {
		p.Adoption.Signatories = append(p.Adoption.Signatories, model.Signatory{
			Name: fmt.Sprintf("Ondertekenaar %d", i+1), Function: []string{"voorzitter college van bestuur", "rector"}[i%2]})
	}
	p.Privacy = model.Privacy{Responsible: "Het bestuur, met de functionaris gegevensbescherming.",
		ProcessingAgreements: "Volgens het Privacyconvenant Onderwijs.", DPIA: "Voor elke nieuwe verwerking van leerlinggegevens.",
		Note: "Jaarlijkse training informatiebeveiliging."}
	p.Review = model.Review{By: "De werkgroep ict", When: "Elk jaar in juni", How: "Met de indicatoren van de visie-uitspraken."}
	p.Narrative = model.Narrative{
		Situation:     "Een gegenereerde beschrijving van de beginsituatie, lang genoeg om over meerdere regels te lopen in het hoofdstuk.",
		Organisation:  "Een gegenereerde beschrijving van wie wat doet in de organisatie van ict.",
		Replacement:   "Apparaten worden na vier jaar vervangen; licenties en beheer lopen na de planperiode door.",
		Communication: "Het team hoort in elke teamvergadering hoe het plan vordert.",
		Schoolplan:    "Dit plan werkt de ict-doelen van het schoolplan uit.",
	}
	kinds := model.InventoryKinds()
	for i := 0; i < n*LargeInventory; i++ {
		k := kinds[i%len(kinds)]
		it := model.InventoryItem{ID: id(0, i), Kind: k,
			Description: fmt.Sprintf("Inventarisregel %d: %s", i+1, k.Label(model.NL)),
			Year:        p.StartYear - 1 - i%8}
		if k == model.InventoryApparaten || k == model.InventorySoftware {
			it.Quantity = 10 + (i*37)%400
		}
		if i%3 == 0 {
			it.Note = "Een gegenereerde opmerking bij deze regel."
		}
		p.Inventory = append(p.Inventory, it)
	}
	tasks := []string{"Besluit over het ict-budget", "Ict-coördinator", "Technisch beheer", "Privacy en informatiebeveiliging"}
	for i := 0; i < n*LargeTasks; i++ {
		p.Organisation = append(p.Organisation, model.Responsibility{ID: id(1, i),
			Task: fmt.Sprintf("%s (%d)", tasks[i%len(tasks)], i/len(tasks)+1), Person: fmt.Sprintf("Medewerker %d", i+1),
			HoursPerYear: 20 + (i*53)%400, Duties: "Gegenereerde omschrijving van de taken."})
	}
	grades := model.Grades()
	for i := 0; i < n*LargeRisks; i++ {
		p.Risks = append(p.Risks, model.Risk{ID: id(2, i),
			Description: fmt.Sprintf("Risico %d: een gegenereerde omschrijving van wat er mis kan gaan bij het uitvoeren.", i+1),
			Likelihood:  grades[i%3], Impact: grades[(i/3)%3], Owner: []string{"directeur", "ict-coördinator", "bestuursbureau"}[i%3],
			Measure: "Een gegenereerde maatregel."})
	}
}
