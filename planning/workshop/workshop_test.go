package workshop

import (
	"slices"
	"strings"
	"testing"

	"balansplan/assets"
	"balansplan/model"
	"balansplan/model/testplan"
	"balansplan/planning"
)

func shippedSet(t testing.TB) *QuestionSet {
	t.Helper()
	data, ok := assets.QuestionSet(assets.CurrentQuestionSet)
	if !ok {
		t.Fatalf("assets has no question set %s", assets.CurrentQuestionSet)
	}
	s, err := ParseQuestionSet(data)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func regenboog(t testing.TB) *model.Plan { return testplan.Regenboog(t) }

func invID(t testing.TB, p *model.Plan, code string) string {
	t.Helper()
	for _, inv := range p.Investments {
		if inv.Code == code {
			return inv.ID
		}
	}
	t.Fatalf("no investment %s", code)
	return ""
}

func TestTheShippedQuestionSetHasFourToSixStatementsPerBouwsteen(t *testing.T) {
	s := shippedSet(t)
	if s.Version != "vib-1" || len(s.Scale) != 5 || s.Title.NL == "" || s.Instruction.EN == "" {
		t.Errorf("header: version %q, %d scale points, title %q", s.Version, len(s.Scale), s.Title.NL)
	}
	for _, b := range model.Blocks() {
		sts := s.Of(b)
		if len(sts) < 4 || len(sts) > 6 {
			t.Errorf("%s has %d statements, want 4 to 6", b, len(sts))
		}
		for _, st := range sts {
			if !strings.HasPrefix(st.ID, string(b)+".") {
				t.Errorf("statement %s of %s: the id should start with the bouwsteen", st.ID, b)
			}
			if st.Explain.NL == "" || st.Explain.EN == "" {
				t.Errorf("statement %s has no explanation in both languages", st.ID)
			}
		}
	}
	if !slices.Equal(assets.QuestionSetVersions(), []string{"vib-1"}) {
		t.Errorf("shipped versions %v", assets.QuestionSetVersions())
	}
}

func TestParseQuestionSetRefusesBrokenSets(t *testing.T) {
	ok := `{"id":"%s","block":"%s","nl":"x","en":"x"}`
	all := func(extra string) string {
		var parts []string
		for _, b := range model.Blocks() {
			parts = append(parts, strings.Replace(strings.Replace(ok, "%s", string(b)+".1", 1), "%s", string(b), 1))
		}
		if extra != "" {
			parts = append(parts, extra)
		}
		return `{"version":"t-1","statements":[` + strings.Join(parts, ",") + `]}`
	}
	if _, err := ParseQuestionSet([]byte(all(""))); err != nil {
		t.Fatalf("a minimal set: %v", err)
	}
	for name, data := range map[string]string{
		"not JSON":         `{"version":`,
		"wrong format":     `{"format":"balansplan/1","version":"x","statements":[]}`,
		"no version":       strings.Replace(all(""), `"t-1"`, `""`, 1),
		"duplicate id":     all(`{"id":"visie.1","block":"visie","nl":"y","en":"y"}`),
		"unknown block":    all(`{"id":"x.1","block":"x","nl":"y","en":"y"}`),
		"no English":       all(`{"id":"visie.2","block":"visie","nl":"y","en":""}`),
		"space in id":      all(`{"id":"visie 2","block":"visie","nl":"y","en":"y"}`),
		"a block is empty": `{"version":"t","statements":[{"id":"visie.1","block":"visie","nl":"x","en":"x"}]}`,
		"bad scale":        strings.Replace(all(""), `"statements"`, `"scale":[{"value":2}],"statements"`, 1),
	} {
		if _, err := ParseQuestionSet([]byte(data)); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

func TestRoundingIsHalfUpOnTheExactMean(t *testing.T) {
	for _, c := range []struct {
		sum, count int
		want       model.Rating
	}{
		{0, 0, model.NoRating},
		{1, 1, 1}, {5, 1, 5},
		{3, 2, 2},  // 1.5 -> 2
		{5, 2, 3},  // 2.5 -> 3
		{7, 2, 4},  // 3.5 -> 4
		{9, 2, 5},  // 4.5 -> 5
		{7, 3, 2},  // 2.33 -> 2
		{8, 3, 3},  // 2.67 -> 3
		{13, 4, 3}, // 3.25 -> 3
		{15, 4, 4}, // 3.75 -> 4
	} {
		if got := (roundedMean{c.sum, c.count}).rating(); got != c.want {
			t.Errorf("%d/%d rounds to %d, want %d", c.sum, c.count, got, c.want)
		}
	}
}

func TestRollupOfStatementsGivesTheBouwsteenScores(t *testing.T) {
	s := shippedSet(t)
	answers := []model.Answer{
		// visie: now 2, 3 -> 2.5 -> 3; goal 4, 4 -> 4.
		{Statement: "visie.1", Now: 2, Goal: 4},
		{Statement: "visie.2", Now: 3, Goal: 4},
		// deskundigheid: now 2, 2, 3 -> 2.33 -> 2; goal 5, 4, 4 -> 4.33 -> 4.
		{Statement: "deskundigheid.1", Now: 2, Goal: 5},
		{Statement: "deskundigheid.2", Now: 2, Goal: 4},
		{Statement: "deskundigheid.3", Now: 3, Goal: 4},
		// inhoud: now 4, 3, weet niet -> 3.5 -> 4; goal weet niet, 5,
		// weet niet -> 5.
		{Statement: "inhoud.1", Now: 4},
		{Statement: "inhoud.2", Now: 3, Goal: 5},
		{Statement: "inhoud.3"},
		// infrastructuur: only weet niet -> weet niet.
		{Statement: "infrastructuur.1"},
		// leiderschap: now 1, 2, 2 -> 1.67 -> 2; goal 2, 3, 3 -> 2.67 -> 3.
		{Statement: "leiderschap.1", Now: 1, Goal: 2},
		{Statement: "leiderschap.2", Now: 2, Goal: 3},
		{Statement: "leiderschap.3", Now: 2, Goal: 3},
		// Not in the set: ignored.
		{Statement: "visie.99", Now: 5, Goal: 5},
	}
	want := map[model.Block]model.Score{
		model.BlockVisie:          {Now: 3, Goal: 4},
		model.BlockDeskundigheid:  {Now: 2, Goal: 4},
		model.BlockInhoud:         {Now: 4, Goal: 5},
		model.BlockInfrastructuur: {Now: model.NoRating, Goal: model.NoRating},
		model.BlockLeiderschap:    {Now: 2, Goal: 3},
	}
	got := Rollup(answers, s)
	if len(got) != len(want) {
		t.Fatalf("got %d blocks, want all %d", len(got), len(want))
	}
	for b, w := range want {
		if got[b] != w {
			t.Errorf("%s: %+v, want %+v", b, got[b], w)
		}
	}
	// The order of the answers does not matter.
	slices.Reverse(answers)
	for b, w := range want {
		if g := s.Rollup(answers)[b]; g != w {
			t.Errorf("reversed, %s: %+v", b, g)
		}
	}
	if none := Rollup(nil, s); none[model.BlockVisie] != (model.Score{}) || len(none) != 5 {
		t.Errorf("no answers: %+v", none)
	}
}

// votingPlan is the example with a dot-voting round of five points each.
// Worked out by hand:
//
//	p1 leraar:          D1 3, I1 2
//	p2 leraar:          I1 3, N2 2
//	p4 schoolleider:    N2 3, D1 2
//	p5 ict_coordinator: L1 2, D2 2, N1 1
//	p6 (no role):       D2 2, L1 2, N1 0 (zero points: not a voter for N1)
//	p7 leraar:          VI1 4, and 3 points for an investment that was
//	                    deleted since (left out)
//
//	D1 3+2=5 by 2, I1 2+3=5 by 2, N2 2+3=5 by 2   -> rank 1, tied
//	D2 2+2=4 by 2, L1 2+2=4 by 2                  -> rank 4, tied
//	VI1 4 by 1 (as many points, fewer voters)     -> rank 6
//	N1 1 by 1                                     -> rank 7
func votingPlan(t testing.TB) *model.Plan {
	p := regenboog(t)
	p.VoteBudget = 5
	vote := func(who string, role model.Role, pts ...any) {
		v := model.Vote{ID: model.NewID(), Session: "workshop", Participant: who, Role: role}
		for i := 0; i < len(pts); i += 2 {
			id := pts[i].(string)
			if id != "gone" {
				id = invID(t, p, id)
			}
			v.Points = append(v.Points, model.VotePoints{InvestmentID: id, Points: pts[i+1].(int)})
		}
		p.Votes = append(p.Votes, v)
	}
	vote("p1", model.RoleLeraar, "D1", 3, "I1", 2)
	vote("p2", model.RoleLeraar, "I1", 3, "N2", 2)
	vote("p4", model.RoleSchoolleider, "N2", 3, "D1", 2)
	vote("p5", model.RoleIctCoordinator, "L1", 2, "D2", 2, "N1", 1)
	vote("p6", "", "D2", 2, "L1", 2, "N1", 0)
	vote("p7", model.RoleLeraar, "VI1", 4, "gone", 3)
	return p
}

func TestTallyRanksByPointsThenVotersAndSharesRanksOnTies(t *testing.T) {
	p := votingPlan(t)
	r := Tally(p)
	type row struct {
		code                 string
		points, voters, rank int
		tied                 bool
	}
	want := []row{
		{"D1", 5, 2, 1, true}, {"I1", 5, 2, 1, true}, {"N2", 5, 2, 1, true},
		{"D2", 4, 2, 4, true}, {"L1", 4, 2, 4, true},
		{"VI1", 4, 1, 6, false},
		{"N1", 1, 1, 7, false},
	}
	var got []row
	for _, it := range r.Items {
		got = append(got, row{it.Code, it.Points, it.Voters, it.Rank, it.Tied})
	}
	if !slices.Equal(got, want) {
		t.Errorf("ranking\n got %v\nwant %v", got, want)
	}
	if r.Budget != 5 || r.Voters != 6 || r.Points != 28 {
		t.Errorf("budget %d, voters %d, points %d; want 5, 6, 28", r.Budget, r.Voters, r.Points)
	}
	wantRoles := []RoleVotes{{model.RoleLeraar, 3}, {model.RoleSchoolleider, 1}, {model.RoleIctCoordinator, 1}, {"", 1}}
	if !slices.Equal(r.ByRole, wantRoles) {
		t.Errorf("by role %v", r.ByRole)
	}
	d1 := r.Items[0]
	if !slices.Equal(d1.ByRole, []RolePoints{{model.RoleLeraar, 3, 1}, {model.RoleSchoolleider, 2, 1}}) {
		t.Errorf("D1 by role %v", d1.ByRole)
	}
	// The order of the votes and of the plan's investments changes nothing.
	q := p.Clone()
	slices.Reverse(q.Votes)
	slices.Reverse(q.Investments)
	if r2 := Tally(q); len(r2.Items) != len(r.Items) || r2.Items[2].Code != "N2" || r2.Items[5].Code != "VI1" {
		t.Errorf("order-dependent: %+v", r2.Items)
	}
}

func TestTallyMarksACancelledInvestmentAndHandlesNoVotes(t *testing.T) {
	p := votingPlan(t)
	for i := range p.Investments {
		if p.Investments[i].Code == "N1" {
			p.Investments[i].Status = model.InvGeschrapt
		}
	}
	r := Tally(p)
	if last := r.Items[len(r.Items)-1]; last.Code != "N1" || !last.Cancelled {
		t.Errorf("last item %+v", last)
	}
	empty := Tally(regenboog(t))
	if len(empty.Items) != 0 || empty.Voters != 0 || empty.ByRole != nil {
		t.Errorf("no votes: %+v", empty)
	}
}

func TestBlocksUsePlanningsLevelsAndDivergence(t *testing.T) {
	a := planning.Analyse(regenboog(t), nil)
	views := Blocks(a)
	if len(views) != 5 {
		t.Fatalf("%d blocks", len(views))
	}
	// Worked example: leiderschap, schoolleider 4 against leraren
	// (2+3+2)/3 = 2.33, a gap of 1.67 >= 1.5.
	l := views[4]
	if l.Block != model.BlockLeiderschap || l.Leaders != (planning.Mean{Sum: 4, Count: 1}) ||
		l.Teachers != (planning.Mean{Sum: 7, Count: 3}) || !l.Diverges || !l.Gap.Known {
		t.Errorf("leiderschap %+v", l)
	}
	// visie: now 2, 2, 3, 3, 2: spread 1; leaders 3 against 7/3: no.
	v := views[0]
	if v.Spread != (planning.Level{Value: 1, Known: true}) || v.Diverges || v.Now != (planning.Mean{Sum: 12, Count: 5}) {
		t.Errorf("visie %+v", v)
	}
	for _, bv := range views {
		if bv.Diverges != (bv.Block == model.BlockLeiderschap) {
			t.Errorf("%s diverges: %v", bv.Block, bv.Diverges)
		}
	}
}

func TestStatementResultsCountAnswersOfTheSetOnly(t *testing.T) {
	s := shippedSet(t)
	p := regenboog(t)
	add := func(role model.Role, set string, answers ...model.Answer) {
		p.Assessments = append(p.Assessments, model.Assessment{ID: model.NewID(), Participant: "x", Role: role,
			QuestionSet: set, Answers: answers})
	}
	add(model.RoleLeraar, "vib-1", model.Answer{Statement: "visie.1", Now: 2, Goal: 4}, model.Answer{Statement: "visie.2", Now: 1})
	add(model.RoleSchoolleider, "vib-1", model.Answer{Statement: "visie.1", Now: 5, Goal: 5}, model.Answer{Statement: "visie.2"})
	add(model.RoleLeraar, "vib-1", model.Answer{Statement: "visie.1", Now: 3})
	add(model.RoleLeraar, "vib-0", model.Answer{Statement: "visie.1", Now: 1, Goal: 1}) // another set: not counted
	rs := StatementResults(p, s)
	if len(rs) != len(s.Statements) || rs[0].Statement.ID != "visie.1" {
		t.Fatalf("results %d, first %s", len(rs), rs[0].Statement.ID)
	}
	// visie.1: now 2, 5, 3 -> sum 10 of 3, spread 3; goal 4, 5 -> 9 of 2.
	if r := rs[0]; r.Now != (planning.Mean{Sum: 10, Count: 3}) || r.Goal != (planning.Mean{Sum: 9, Count: 2}) ||
		r.Spread != (planning.Level{Value: 3, Known: true}) || r.Unknown != 0 {
		t.Errorf("visie.1 %+v", r)
	}
	// visie.2: now 1, weet niet, not answered -> 1 of 1, 2 unknown.
	if r := rs[1]; r.Now != (planning.Mean{Sum: 1, Count: 1}) || r.Unknown != 2 || r.Spread.Value != 0 {
		t.Errorf("visie.2 %+v", r)
	}
	// visie.3: nobody -> unknown for all three, no spread.
	if r := rs[2]; r.Now.Count != 0 || r.Unknown != 3 || r.Spread.Known {
		t.Errorf("visie.3 %+v", r)
	}
}

func TestParticipationCountsPeoplePerRole(t *testing.T) {
	p := votingPlan(t)
	got := Participation(p)
	// Assessments: p1-p3 leraar, p4 schoolleider, p5 ict_coordinator (all
	// in "Teamvergadering 12 maart"); votes in "workshop": p1, p2, p7
	// leraar, p4 schoolleider, p5 ict_coordinator, p6 without a role.
	want := []RoleCount{
		{Role: model.RoleLeraar, Assessments: 3, Votes: 3, People: 6, Names: []string{"p1", "p2", "p3", "p7"}},
		{Role: model.RoleSchoolleider, Assessments: 1, Votes: 1, People: 2, Names: []string{"p4"}},
		{Role: model.RoleIctCoordinator, Assessments: 1, Votes: 1, People: 2, Names: []string{"p5"}},
		{Role: "", Votes: 1, People: 1, Names: []string{"p6"}},
	}
	if len(got) != len(want) {
		t.Fatalf("got %+v", got)
	}
	for i := range want {
		g, w := got[i], want[i]
		if g.Role != w.Role || g.Assessments != w.Assessments || g.Votes != w.Votes || g.People != w.People || !slices.Equal(g.Names, w.Names) {
			t.Errorf("%d: %+v, want %+v", i, g, w)
		}
	}
}

func TestForRoleKeepsOnlyThatRolesAssessments(t *testing.T) {
	p := regenboog(t)
	sub := ForRole(p, model.RoleLeraar)
	if len(sub.Assessments) != 3 || len(p.Assessments) != 5 || len(sub.Investments) != len(p.Investments) {
		t.Errorf("sub has %d assessments, plan %d", len(sub.Assessments), len(p.Assessments))
	}
}

func TestMostUsedQuestionSetIsTheMajorityAndOnATieTheFirstByName(t *testing.T) {
	cases := []struct {
		name string
		sets []string // the QuestionSet of each assessment, in plan order
		want string
	}{
		{"no assessments", nil, ""},
		{"only scores entered directly", []string{"", ""}, ""},
		{"one set", []string{"vib-1", "", "vib-1"}, "vib-1"},
		{"the majority wins over the first", []string{"vib-1", "vib-2", "vib-2"}, "vib-2"},
		{"direct scores do not count as a set", []string{"", "", "", "vib-2"}, "vib-2"},
		{"a tie goes to the first by name", []string{"vib-2", "vib-1"}, "vib-1"},
		{"a tie in the other order too", []string{"vib-1", "vib-2"}, "vib-1"},
		{"by name, not by release", []string{"vib-2", "vib-10"}, "vib-10"},
	}
	for _, c := range cases {
		p := &model.Plan{}
		for _, v := range c.sets {
			p.Assessments = append(p.Assessments, model.Assessment{QuestionSet: v})
		}
		if got := MostUsedQuestionSet(p); got != c.want {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}
}
