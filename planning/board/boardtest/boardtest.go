// Package boardtest holds the five hand-made schools of the board's tests:
// small plans whose figures can be added up by hand, so that the tests of
// planning/board (in memory) and of `balansplan board` (through files)
// compare the roll-up with the same worked-out values. It is for tests
// only.
//
// All amounts are whole euros, one-off costs without depreciation (cash
// out in the start month's year) plus a few recurring costs (every year
// from the start through the plan's end). Levels are team means of the
// scores given.
//
//	school (file)           BRIN  pupils period     status              cash per year                     by block (vi/de/in/inf/lei)
//	De Akker   (akker)      01AA  200    2026-2028  vastgesteld 2026-06-15  2026 11500, 2027 10500, 2028 500  1000/4000/7500/10000/0 = 22500
//	de Brug    (brug)       02BB  100    2026-2028  besproken           2026 5000, 2027 1000, 2028 0         0/2000/3000/0/1000    = 6000
//	De Cirkel  (cirkel)     03CC  300    2022-2025  vastgesteld, no date 2022 3000, 2023 9000, 0, 0          0/3000/0/9000/0       = 12000
//	Sint Jozef (jozef-04)   04DD  0      2027-2030  concept             2027 1250, 2028 2250, 250, 250      0/2000/2000/0/0       = 4000
//	Sint Jozef (jozef-05)   05EE  50     2026-2027  vastgesteld 2025-12-01  2026 5500, 2027 0                500/0/0/5000/0        = 5500
//
// Levels now (visie, deskundigheid, inhoud, infrastructuur, leiderschap):
// De Akker 3.5, 2, 2.5, 4, 3 (two teachers); de Brug 2, 2, 2, 2, unknown
// (one school leader who does not know about leiderschap); De Cirkel 1.5
// on every block (two teachers, 1 and 2); Sint Jozef 04DD nobody scored;
// Sint Jozef 05EE 5, 4, 3, 2, 1 (one board member). The Sint Jozef of 05EE
// has no vision statement (no_vision, the only high-severity finding of the
// five); no plan has a budget ceiling of its own, so none is over_budget.
package boardtest

import (
	"fmt"
	"slices"
	"strings"

	"balansplan/model"
)

// Files are the file names of the five schools, in the order of Five.
var Files = []string{"akker.balans", "brug.balans", "cirkel.balans", "jozef-04.balans", "jozef-05.balans"}

// Five returns the five plans, new on every call, in the order of Files
// (which is the board's order too).
func Five() []*model.Plan {
	a := plan("akker", "De Akker", "01AA", 200, 2026, 2028, model.StatusVastgesteld, "2026-06-15", true)
	invest(a, "A1", model.BlockDeskundigheid, "leraar", "", "2026-03", 4000, 0, true)
	invest(a, "A2", model.BlockInhoud, "leermateriaal", model.MaterialInstructieOefenen, "2026-09", 6000, 500, true)
	invest(a, "A3", model.BlockInfrastructuur, "netwerk", "", "2027-01", 10000, 0, true)
	invest(a, "A4", model.BlockVisie, "", "", "2026-01", 1000, 0, false)
	assess(a, model.RoleLeraar, "3/4 2/4 3/4 4/4 3/4")
	assess(a, model.RoleLeraar, "4/4 2/4 2/4 4/4 3/4")

	b := plan("brug", "de Brug", "02BB", 100, 2026, 2028, model.StatusBesproken, "", true)
	invest(b, "B1", model.BlockDeskundigheid, "leraar", "", "2026-01", 2000, 0, true)
	invest(b, "B2", model.BlockInhoud, "leermateriaal", model.MaterialInstructieOefenen, "2026-06", 3000, 0, true)
	invest(b, "B3", model.BlockLeiderschap, "", "", "2027-01", 1000, 0, false)
	assess(b, model.RoleSchoolleider, "2/3 2/3 2/3 2/3 -/-")

	c := plan("cirkel", "De Cirkel", "03CC", 300, 2022, 2025, model.StatusVastgesteld, "", true)
	invest(c, "C1", model.BlockDeskundigheid, "leraar", "", "2022-02", 3000, 0, true)
	invest(c, "C2", model.BlockInfrastructuur, "netwerk", "", "2023-01", 9000, 0, true)
	assess(c, model.RoleLeraar, "1/2 1/2 1/2 1/2 1/2")
	assess(c, model.RoleLeraar, "2/3 2/3 2/3 2/3 2/3")

	d := plan("jozef-04", "Sint Jozef", "04DD", 0, 2027, 2030, model.StatusConcept, "", true)
	invest(d, "D1", model.BlockDeskundigheid, "leraar", "", "2027-01", 1000, 250, true)
	invest(d, "D2", model.BlockInhoud, "leermateriaal", model.MaterialInstructieOefenen, "2028-01", 2000, 0, true)

	e := plan("jozef-05", "Sint Jozef", "05EE", 50, 2026, 2027, model.StatusVastgesteld, "2025-12-01", false)
	invest(e, "E1", model.BlockInfrastructuur, "netwerk", "", "2026-01", 5000, 0, false)
	invest(e, "E2", model.BlockVisie, "", "", "2026-01", 500, 0, false)
	assess(e, model.RoleBestuurder, "5/5 4/5 3/4 2/3 1/2")

	return []*model.Plan{a, b, c, d, e}
}

// Ceiling is the board's ceiling the tests use, as a settings file.
const Ceiling = `{"format": "balansplan-board/1", "name": "Stichting Proef", "ceiling": {"2026": 20000, "2027": 12000, "2028": 5000}}`

// HasLine reports whether some line of text has the words of want, in
// order: the tests check the text overview's rows by their words, so that
// they do not fix its column widths.
func HasLine(text, want string) bool {
	w := strings.Fields(want)
	for _, line := range strings.Split(text, "\n") {
		if slices.Equal(strings.Fields(line), w) {
			return true
		}
	}
	return false
}

func plan(key, name, brin string, pupils, start, end int, status model.PlanStatus, adopted string, vision bool) *model.Plan {
	p := &model.Plan{
		ID:     "plan-" + key,
		School: model.School{Name: name, BRIN: brin, Sector: model.SectorPO, Pupils: pupils, Board: "Stichting Proef"},
		Title:  "Ict-plan " + name, StartYear: start, EndYear: end, Status: status,
		Ambition:    model.AmbitionBehouden,
		TeachingNow: model.TeachingLeraargestuurd, TeachingGoal: model.TeachingLeraargestuurd,
		MaterialNow: model.MaterialInstructieOefenen, MaterialGoal: model.MaterialInstructieOefenen,
		BudgetCeiling: map[int]model.Money{},
	}
	p.Adoption.Date = adopted
	if vision {
		p.Visions = []model.Vision{{ID: p.ID + "-v1", Code: "V1", Title: "Leren met ict"}}
	}
	return p
}

func invest(p *model.Plan, code string, b model.Block, cat string, mat model.Material, start string, oneOff, recurring int64, linked bool) {
	m, err := model.ParseMonth(start)
	if err != nil {
		panic(err)
	}
	inv := model.Investment{
		ID: p.ID + "-" + code, Code: code, Title: "Investering " + code,
		Block: b, Category: model.Category(cat), MaterialType: mat, Start: m, Status: model.InvGepland,
		Cost: model.Cost{OneOff: model.Euros(oneOff), Recurring: model.Euros(recurring)},
	}
	if linked {
		inv.VisionIDs = []string{p.Visions[0].ID}
	}
	p.Investments = append(p.Investments, inv)
}

// assess adds a participant's scores, written per block in model order as
// "now/goal", "-" for weet niet.
func assess(p *model.Plan, role model.Role, scores string) {
	n := len(p.Assessments) + 1
	a := model.Assessment{ID: fmt.Sprintf("%s-a%d", p.ID, n), Participant: fmt.Sprintf("p%d", n), Role: role,
		Scores: map[model.Block]model.Score{}}
	for i, f := range strings.Fields(scores) {
		now, goal, _ := strings.Cut(f, "/")
		a.Scores[model.Blocks()[i]] = model.Score{Now: rating(now), Goal: rating(goal)}
	}
	p.Assessments = append(p.Assessments, a)
}

func rating(s string) model.Rating {
	if s == "-" {
		return model.NoRating
	}
	return model.Rating(s[0] - '0')
}
