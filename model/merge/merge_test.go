package merge

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"testing"

	"balansplan/model"
	"balansplan/model/testplan"
)

func example(t testing.TB) *model.Plan { return testplan.Regenboog(t) }

func inv(p *model.Plan, code string) *model.Investment {
	for i := range p.Investments {
		if p.Investments[i].Code == code {
			return &p.Investments[i]
		}
	}
	panic("no investment " + code)
}

func vis(p *model.Plan, code string) *model.Vision {
	for i := range p.Visions {
		if p.Visions[i].Code == code {
			return &p.Visions[i]
		}
	}
	panic("no vision " + code)
}

func assessment(p *model.Plan, who string) *model.Assessment {
	for i := range p.Assessments {
		if p.Assessments[i].Participant == who {
			return &p.Assessments[i]
		}
	}
	panic("no assessment of " + who)
}

// deleteInvestment and deleteVision delete as a user does, by the
// model's rule: the links to the entity go with it. The merge deletes by
// the same rule, so the expected plans below use it too.
func deleteInvestment(p *model.Plan, code string) { p.RemoveInvestment(inv(p, code).ID) }

func deleteVision(p *model.Plan, code string) { p.RemoveVision(vis(p, code).ID) }

func encode(t testing.TB, p *model.Plan) string {
	t.Helper()
	b, err := model.EncodeJSON(p)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func lineDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	var out bytes.Buffer
	for i, n := 0, 0; i < max(len(al), len(bl)) && n < 12; i++ {
		var x, y string
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if x != y {
			fmt.Fprintf(&out, "line %d:\n  want %s\n  got  %s\n", i+1, x, y)
			n++
		}
	}
	return out.String()
}

// The workshop of the tests. The consultant made three participant copies
// of the example (base): anna.balans (A), bram.balans (B) and
// chris.balans (C). Ids are shared: the copies are clones of the base.
// What each did:
//
//	                         A (anna)            B (bram)             C (chris)
//	plan.version             0.3 -> 0.4          0.3 -> 0.4           -
//	plan.date                "" -> 2026-03-12    -                    -
//	plan.vote_budget         0 -> 5              0 -> 5               -
//	budget_ceiling 2027      -                   30000 -> 35000       -
//	budget_ceiling 2029      -                   -                    30000 -> none
//	D1 title                 "..., twee studiedagen"  "... in teams"  -
//	D1 start                 -                   2026-08 -> 2026-09   -
//	N2 cost.one_off          21000 -> 24000      -                    21000 -> 24000
//	I2                       deleted             -                    -
//	N3                       -                   deleted              owner -> ict-coördinator
//	V3                       -                   -                    deleted (with the links
//	                                                                  of VI1, D2, D3 to it)
//	D4 (new)                 added, serves V3    -                    -
//	agreement #2 text        -                   -                    changed
//	p3 scores.visie.now      3 -> 4              3 -> 2               -
//	new assessment           anna                bram                 chris
//	new vote                 anna: D1 3, N2 2    bram: I2 5           -
func workshop(t testing.TB) (base *model.Plan, copies []*model.Plan) {
	base = example(t)
	a, b, c := base.Clone(), base.Clone(), base.Clone()

	a.Version, b.Version = "0.4", "0.4"
	a.Date = "2026-03-12"
	a.VoteBudget, b.VoteBudget = 5, 5
	b.BudgetCeiling[2027] = model.Euros(35000)
	delete(c.BudgetCeiling, 2029)
	inv(a, "D1").Title = "Scholing adaptief werken, twee studiedagen"
	inv(b, "D1").Title = "Scholing adaptief werken in teams"
	inv(b, "D1").Start = model.MonthOf(2026, 9)
	inv(a, "N2").Cost.OneOff = model.Euros(24000)
	inv(c, "N2").Cost.OneOff = model.Euros(24000)
	deleteInvestment(a, "I2")
	deleteInvestment(b, "N3")
	inv(c, "N3").Owner = "ict-coördinator"
	deleteVision(c, "V3")
	a.Investments = append(a.Investments, model.Investment{ID: "d4-anna", Code: "D4", Title: "Intervisie in leerteams",
		Block: model.BlockDeskundigheid, Category: model.CategoryLeraar, Start: model.MonthOf(2027, 1), Status: model.InvGepland,
		VisionIDs: []string{vis(a, "V3").ID}})
	c.Agreements[1].Text = "Aanschaf via het bestuursbureau; beheer door de ict-coördinator."
	assessment(a, "p3").Scores[model.BlockVisie] = model.Score{Now: 4, Goal: 4}
	assessment(b, "p3").Scores[model.BlockVisie] = model.Score{Now: 2, Goal: 4}
	for _, x := range []struct {
		p    *model.Plan
		who  string
		role model.Role
	}{{a, "anna", model.RoleIctCoordinator}, {b, "bram", model.RoleLeraar}, {c, "chris", model.RoleSchoolleider}} {
		x.p.Assessments = append(x.p.Assessments, model.Assessment{ID: "as-" + x.who, Session: "Workshop", Participant: x.who,
			Role: x.role, QuestionSet: "vib-1", Answers: []model.Answer{{Statement: "visie.1", Now: 3, Goal: 4}},
			Scores: map[model.Block]model.Score{model.BlockVisie: {Now: 3, Goal: 4}}})
	}
	a.Votes = []model.Vote{{ID: "vote-anna", Session: "Workshop", Participant: "anna", Role: model.RoleIctCoordinator,
		Points: []model.VotePoints{{InvestmentID: inv(a, "D1").ID, Points: 3}, {InvestmentID: inv(a, "N2").ID, Points: 2}}}}
	b.Votes = []model.Vote{{ID: "vote-bram", Session: "Workshop", Participant: "bram", Role: model.RoleLeraar,
		Points: []model.VotePoints{{InvestmentID: inv(b, "I2").ID, Points: 5}}}}
	for _, p := range []*model.Plan{a, b, c} {
		if ps := p.Validate(); len(ps) > 0 {
			t.Fatalf("a copy is invalid: %v", ps)
		}
	}
	return base, []*model.Plan{a, b, c}
}

// merged is the plan the merge must give, from the base: what nobody
// disputes, plus the choices of the conflicts.
func merged(t testing.TB, base *model.Plan, copies []*model.Plan, choose func(p *model.Plan)) *model.Plan {
	a, b, c := copies[0], copies[1], copies[2]
	want := base.Clone()
	want.Version, want.Date, want.VoteBudget = "0.4", "2026-03-12", 5
	want.BudgetCeiling[2027] = model.Euros(35000)
	delete(want.BudgetCeiling, 2029)
	inv(want, "D1").Start = model.MonthOf(2026, 9)
	inv(want, "N2").Cost.OneOff = model.Euros(24000)
	inv(want, "N3").Owner = "ict-coördinator"
	for _, code := range []string{"VI1", "D2", "D3"} {
		inv(want, code).VisionIDs = slices.Clone(inv(c, code).VisionIDs)
	}
	want.Investments = append(want.Investments, *inv(a, "D4"))
	want.Agreements[1].Text = c.Agreements[1].Text
	want.Assessments = append(want.Assessments, *assessment(a, "anna"), *assessment(b, "bram"), *assessment(c, "chris"))
	want.Votes = []model.Vote{a.Votes[0], b.Votes[0]}
	want = want.Clone() // the appended entities must not share slices with the copies
	choose(want)
	return want
}

// summary is a conflict without the parts that are hard to write by hand.
type summary struct {
	reason Reason
	entity model.EntityKind
	code   string
	field  string
	base   string
	values string
	linked string
	chosen int
}

func summarise(cs []Conflict) []summary {
	var out []summary
	for _, c := range cs {
		s := summary{reason: c.Reason, entity: c.Entity, code: c.Code, field: c.Field, chosen: c.Chosen, linked: strings.Join(c.Linked, ",")}
		if c.Base != nil {
			s.base = c.Base.Text
		}
		var vs []string
		for _, v := range c.Values {
			switch {
			case v.Absent:
				vs = append(vs, "absent")
			case v.Unchanged:
				vs = append(vs, "=")
			default:
				vs = append(vs, v.Text)
			}
		}
		s.values = strings.Join(vs, " | ")
		out = append(out, s)
	}
	return out
}

func checkConflicts(t *testing.T, got []Conflict, want []summary) {
	t.Helper()
	gs := summarise(got)
	if !slices.Equal(gs, want) {
		t.Errorf("conflicts:")
		for i := 0; i < max(len(gs), len(want)); i++ {
			var g, w summary
			if i < len(gs) {
				g = gs[i]
			}
			if i < len(want) {
				w = want[i]
			}
			mark := "  "
			if g != w {
				mark = "≠ "
			}
			t.Errorf("%s got  %+v\n   want %+v", mark, g, w)
		}
	}
}

// The conflicts of the workshop, worked out from the table above:
//
//   - V3: C deleted it and A, B left it alone, so by the rules it goes;
//     but A's new D4 serves V3 (deleted_linked).
//   - D1 title: A and B changed it differently (changed); D1's start is
//     B's alone and is taken.
//   - N3: deleted by B, changed by C (deleted_changed).
//   - I2: deleted by A, unchanged elsewhere, so it goes; but B's new vote
//     gives it points (deleted_linked).
//   - p3's visie now: A says 4, B says 2 (changed).
//
// Everything else is changed by one copy only, or identically by several
// (version, vote budget, N2's one-off cost), and is taken.
func workshopConflicts(chosen [5]int) []summary {
	return []summary{
		{DeletedLinked, model.EntityVision, "V3", "", "", "= | = | absent", "D4", chosen[0]},
		{Changed, model.EntityInvestment, "D1", "title", "Scholing adaptief werken voor alle leraren",
			"Scholing adaptief werken, twee studiedagen | Scholing adaptief werken in teams | =", "", chosen[1]},
		{DeletedChanged, model.EntityInvestment, "N3", "", "", "= | absent | owner", "", chosen[2]},
		{DeletedLinked, model.EntityInvestment, "I2", "", "", "absent | = | =", "bram", chosen[3]},
		{Changed, model.EntityAssessment, "p3", "scores.visie.now", "3", "4 | 2 | =", "", chosen[4]},
	}
}

func TestThreeCopiesWithoutAChoiceGiveExactlyTheHandWorkedConflicts(t *testing.T) {
	base, copies := workshop(t)
	before := []string{encode(t, base), encode(t, copies[0]), encode(t, copies[1]), encode(t, copies[2])}
	_, cs := Merge(base, copies, -1)
	checkConflicts(t, cs, workshopConflicts([5]int{-1, -1, -1, -1, -1}))
	if len(Unresolved(cs)) != 5 {
		t.Errorf("%d unresolved", len(Unresolved(cs)))
	}
	after := []string{encode(t, base), encode(t, copies[0]), encode(t, copies[1]), encode(t, copies[2])}
	if !slices.Equal(before, after) {
		t.Error("Merge modified its arguments")
	}
}

func TestPreferringAnnaGivesTheHandWorkedPlan(t *testing.T) {
	base, copies := workshop(t)
	got, cs := Merge(base, copies, 0)
	// A wins every conflict it has a say in: V3 stays (A has it, and D4
	// serves it), D1 gets A's title, N3 stays (A has it) with C's owner,
	// I2 goes (A deleted it) and so do bram's points for it, p3 scores 4.
	checkConflicts(t, cs, workshopConflicts([5]int{0, 0, 0, 0, 0}))
	want := merged(t, base, copies, func(w *model.Plan) {
		inv(w, "D1").Title = "Scholing adaptief werken, twee studiedagen"
		deleteInvestment(w, "I2") // and bram's points for it
		assessment(w, "p3").Scores[model.BlockVisie] = model.Score{Now: 4, Goal: 4}
	})
	if a, b := encode(t, want), encode(t, got); a != b {
		t.Errorf("merged plan:\n%s", lineDiff(a, b))
	}
	if ps := got.Validate(); len(ps) > 0 {
		t.Errorf("the merged plan does not validate: %v", ps)
	}
}

func TestPreferringChrisGivesTheHandWorkedPlan(t *testing.T) {
	base, copies := workshop(t)
	got, cs := Merge(base, copies, 2)
	// C wins: V3 goes (C deleted it) and D4 loses its link to it; D1
	// keeps the base's title (C left it); N3 stays with C's owner; I2
	// stays (C has it) with bram's points; p3 keeps the base's 3.
	checkConflicts(t, cs, workshopConflicts([5]int{2, 2, 2, 2, 2}))
	want := merged(t, base, copies, func(w *model.Plan) {
		deleteVision(w, "V3")
		assessment(w, "p3").Scores[model.BlockVisie] = model.Score{Now: 3, Goal: 4}
	})
	if a, b := encode(t, want), encode(t, got); a != b {
		t.Errorf("merged plan:\n%s", lineDiff(a, b))
	}
}

func TestPreferringBramDeletesN3(t *testing.T) {
	base, copies := workshop(t)
	got, cs := Merge(base, copies, 1)
	checkConflicts(t, cs, workshopConflicts([5]int{1, 1, 1, 1, 1}))
	want := merged(t, base, copies, func(w *model.Plan) {
		inv(w, "D1").Title = "Scholing adaptief werken in teams"
		deleteInvestment(w, "N3")
		assessment(w, "p3").Scores[model.BlockVisie] = model.Score{Now: 2, Goal: 4}
	})
	if a, b := encode(t, want), encode(t, got); a != b {
		t.Errorf("merged plan:\n%s", lineDiff(a, b))
	}
}

func TestChoicesPerConflictByKey(t *testing.T) {
	base, copies := workshop(t)
	_, first := Merge(base, copies, -1)
	// The consultant takes bram's title for D1, keeps N3 as chris
	// changed it, drops I2 as anna did, restores V3 for D4 and agrees
	// with anna on p3; the choices are looked up by key.
	choices := map[string]int{}
	for _, c := range first {
		switch c.Code {
		case "D1":
			choices[c.Key()] = 1
		case "N3", "V3":
			choices[c.Key()] = 0
		case "I2", "p3":
			choices[c.Key()] = 0
		}
	}
	got, cs := MergeChoosing(base, copies, func(c Conflict) int {
		if i, ok := choices[c.Key()]; ok {
			return i
		}
		return -1
	})
	if len(Unresolved(cs)) != 0 {
		t.Fatalf("unresolved: %+v", Unresolved(cs))
	}
	want := merged(t, base, copies, func(w *model.Plan) {
		inv(w, "D1").Title = "Scholing adaptief werken in teams"
		deleteInvestment(w, "I2") // and bram's points for it
		assessment(w, "p3").Scores[model.BlockVisie] = model.Score{Now: 4, Goal: 4}
	})
	if a, b := encode(t, want), encode(t, got); a != b {
		t.Errorf("merged plan:\n%s", lineDiff(a, b))
	}
}

func TestAChoiceOfACopyWithoutTheEntityLeavesAFieldConflictOpen(t *testing.T) {
	// Without a base, A and B have an investment C lacks, with different
	// titles: C cannot decide the title.
	base := example(t)
	a, b, c := base.Clone(), base.Clone(), base.Clone()
	deleteInvestment(c, "L1")
	inv(a, "L1").Title = "A"
	inv(b, "L1").Title = "B"
	_, cs := Merge(nil, []*model.Plan{a, b, c}, 2)
	checkConflicts(t, cs, []summary{
		{Changed, model.EntityInvestment, "L1", "title", "", "A | B | absent", "", -1},
		{Presence, model.EntityInvestment, "L1", "", "", " |  | absent", "", 2},
	})
}

func TestWithoutABaseEveryDifferenceIsAConflict(t *testing.T) {
	base := example(t)
	a, b, c := base.Clone(), base.Clone(), base.Clone()
	a.Version = "0.4"       // differs: a conflict, although B and C "left it"
	inv(b, "D2").Owner = "" // likewise
	deleteInvestment(c, "L1")
	// Only A has L2, only B lacks N3: without a base nobody can tell an
	// addition from a deletion, but what one copy alone has is taken.
	a.Investments = append(a.Investments, model.Investment{ID: "only-a", Code: "L2", Title: "Alleen in A",
		Block: model.BlockLeiderschap, Start: model.MonthOf(2027, 1), Status: model.InvGepland})
	got, cs := Merge(nil, []*model.Plan{a, b, c}, -1)
	checkConflicts(t, cs, []summary{
		{Changed, model.EntityPlan, "", "plan.version", "", "0.4 | 0.3 | 0.3", "", -1},
		{Changed, model.EntityInvestment, "D2", "owner", "", "directeur |  | directeur", "", -1},
		{Presence, model.EntityInvestment, "L1", "", "", " |  | absent", "", -1},
	})
	if _, ok := got.Investment("only-a"); !ok {
		t.Error("the investment only A has was not taken")
	}
	// With C preferred: C's version and owner, L1 gone, L2 still taken.
	got, cs = Merge(nil, []*model.Plan{a, b, c}, 2)
	if len(Unresolved(cs)) != 0 || got.Version != "0.3" || inv(got, "D2").Owner != "directeur" {
		t.Errorf("prefer C: %+v, version %q", Unresolved(cs), got.Version)
	}
	if _, ok := got.Investment(inv(base, "L1").ID); ok {
		t.Error("L1 survived although C, preferred, does not have it")
	}
	if _, ok := got.Investment("only-a"); !ok {
		t.Error("L2 got lost")
	}
	// Of two copies, one lacking L1 means only one has it: taken.
	got, cs = Merge(nil, []*model.Plan{b, c}, -1)
	if _, ok := got.Investment(inv(base, "L1").ID); !ok || len(cs) != 1 || cs[0].Field != "owner" {
		t.Errorf("two copies: L1 kept %v, conflicts %+v", ok, cs)
	}
}

func TestIdenticalCopiesMergeToThemselves(t *testing.T) {
	base := example(t)
	for _, b := range []*model.Plan{base, nil} {
		got, cs := Merge(b, []*model.Plan{base.Clone(), base.Clone()}, -1)
		if len(cs) != 0 {
			t.Errorf("conflicts: %+v", cs)
		}
		if x, y := encode(t, base), encode(t, got); x != y {
			t.Errorf("result differs:\n%s", lineDiff(x, y))
		}
	}
}

func TestTwoGoodEditsThatMakeACycleAreReportedAsInvalid(t *testing.T) {
	base := example(t)
	a, b := base.Clone(), base.Clone()
	// Each copy alone is fine; together D1 waits for D2 and D2 for D1.
	inv(a, "D1").DependsOnIDs = []string{inv(a, "D2").ID}
	inv(b, "D2").DependsOnIDs = []string{inv(b, "D1").ID}
	// And both add an investment coded D9.
	for _, p := range []*model.Plan{a, b} {
		p.Investments = append(p.Investments, model.Investment{ID: model.NewID(), Code: "D9", Title: "Nieuw",
			Block: model.BlockDeskundigheid, Start: model.MonthOf(2027, 1), Status: model.InvGepland})
	}
	_, cs := Merge(base, []*model.Plan{a, b}, -1)
	var reasons []string
	for _, c := range cs {
		if c.Reason != Invalid || c.Problem == nil || c.Resolved() {
			t.Errorf("not an open invalid conflict: %+v", c)
			continue
		}
		reasons = append(reasons, c.Problem.Reason+" "+c.Field)
	}
	// Worked out: the second D9 duplicates the code; the cycle is named
	// once, at D1.
	want := []string{"duplicate code", "cycle depends_on"}
	if !slices.Equal(reasons, want) {
		t.Errorf("problems %v, want %v", reasons, want)
	}
	msg := cs[1].Message(model.EN, []string{"a.balans", "b.balans"})
	if msg != "the merged plan is not valid: investment D1, field depends_on: the dependencies form a cycle: D1 -> D2 -> D1" {
		t.Errorf("message %q", msg)
	}
}

func TestMessagesNameTheEntityTheFieldAndTheValuesOfEachCopy(t *testing.T) {
	base, copies := workshop(t)
	_, cs := Merge(base, copies, -1)
	names := []string{"anna.balans", "bram.balans", "chris.balans"}
	want := []string{
		`visie-uitspraak V3: verwijderd in chris.balans, maar in een andere kopie is er een koppeling naar gemaakt (D4)`,
		`investering D1, veld title: verschillend gewijzigd: basis "Scholing adaptief werken voor alle leraren"; anna.balans "Scholing adaptief werken, twee studiedagen"; bram.balans "Scholing adaptief werken in teams"; chris.balans ongewijzigd`,
		`investering N3: ongewijzigd in anna.balans; verwijderd in bram.balans; gewijzigd in chris.balans (owner)`,
		`investering I2: verwijderd in anna.balans, maar in een andere kopie is er een koppeling naar gemaakt (bram)`,
		`zelfevaluatie p3, veld scores.visie.now: verschillend gewijzigd: basis "3"; anna.balans "4"; bram.balans "2"; chris.balans ongewijzigd`,
	}
	for i, c := range cs {
		if got := c.Message(model.NL, names); got != want[i] {
			t.Errorf("message %d:\n got %s\nwant %s", i, got, want[i])
		}
	}
	_, cs = Merge(base, copies, 2)
	if got := cs[2].Message(model.EN, names); got != "investment N3: unchanged in anna.balans; deleted in bram.balans; changed in chris.balans (owner) → chosen: chris.balans" {
		t.Errorf("resolved message: %s", got)
	}
}
