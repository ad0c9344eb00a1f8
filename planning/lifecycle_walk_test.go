package planning_test

import (
	"reflect"
	"strings"
	"testing"

	"balansplan/model"
	"balansplan/model/testplan"
	"balansplan/planning"
)

// The test issue 15 asks for: one plan walked through four years (adopt;
// realise part; evaluate; change; re-adopt), with the diff, the
// variances, the overdue flags and the progress figures worked out by
// hand below.
//
// The plan, 2026-2029, amounts in euros (cash out per year by hand):
//
//	D1 deskundigheid 2026-08..2027-06  one-off 10,000        2026: 10,000
//	I1 inhoud        2026-09..(open)   recurring 2,000/year  2026-2029: 2,000 each
//	N1 infrastructuur 2027-01..2027-03 one-off 30,000        2027: 30,000
//	L1 leiderschap   2028-01..2028-12  one-off 5,000         2028: 5,000
//	N2 infrastructuur 2029-01          one-off 6,000         2029: 6,000
//
// Version 1.0 per year: 2026 12,000; 2027 32,000; 2028 7,000; 2029 8,000;
// total 59,000. The revision (1.1) drops N2, moves L1 to 2028-03 at
// 8,000, adds D2 deskundigheid 2028-02..2028-06 one-off 4,000, renames
// V2 and changes the agreement's coverage and adds one: 2028 becomes
// 14,000 (+7,000: deskundigheid +4,000, leiderschap +3,000), 2029 2,000
// (-6,000 infrastructuur); total 60,000 (+1,000).

func eur(e int64) model.Money { return model.Euros(e) }

func walkPlan(t *testing.T) *model.Plan { return testplan.Wandeling(t) }

func inv(t *testing.T, p *model.Plan, code string) *model.Investment {
	t.Helper()
	for i := range p.Investments {
		if p.Investments[i].Code == code {
			return &p.Investments[i]
		}
	}
	t.Fatalf("no investment %s", code)
	return nil
}

func must(t *testing.T, ps model.Problems) {
	t.Helper()
	if ps != nil {
		t.Fatal(ps.Messages(model.EN))
	}
}

func blockMoney(desk, inhoud, infra, leid model.Money) planning.BlockMoney {
	// Model order: visie, deskundigheid, inhoud, infrastructuur, leiderschap.
	return planning.BlockMoney{0, desk, inhoud, infra, leid}
}

func TestAPlanWalkedThroughFourYears(t *testing.T) {
	p := walkPlan(t)

	// 2026: the MR advises, the board adopts: version 1.0.
	_, ps := p.SetStatus(model.StatusBesproken, "2026-05-20", "MR", "Positief advies.")
	must(t, ps)
	v10, ps := p.Adopt("2026-06-15", "College van bestuur", "Vastgesteld.")
	must(t, ps)
	if v10.Number != "1.0" || len(p.StatusHistory) != 2 {
		t.Fatalf("adoption: version %s, history %d", v10.Number, len(p.StatusHistory))
	}
	// Realise part of 2026.
	inv(t, p, "D1").SetRealisation(model.Realisation{Year: 2026, OneOff: eur(9500)})
	inv(t, p, "I1").SetRealisation(model.Realisation{Year: 2026, Recurring: eur(2100)})
	must(t, inv(t, p, "D1").RecordStatus("2026-08-20", model.InvLopend, ""))
	must(t, inv(t, p, "I1").RecordStatus("2026-09-01", model.InvLopend, ""))

	// 2027: realise, a second self-assessment round, evaluate V1.
	inv(t, p, "I1").SetRealisation(model.Realisation{Year: 2027, Recurring: eur(2000)})
	inv(t, p, "N1").SetRealisation(model.Realisation{Year: 2027, OneOff: eur(32500)})
	must(t, inv(t, p, "N1").RecordStatus("2027-01-10", model.InvLopend, "levering in delen"))
	must(t, inv(t, p, "D1").RecordStatus("2027-06-30", model.InvAfgerond, ""))
	p.Assessments = append(p.Assessments,
		model.Assessment{ID: model.NewID(), Participant: "p1", Role: model.RoleLeraar, Year: 2027, Scores: map[model.Block]model.Score{model.BlockVisie: {Now: 4, Goal: 4}}},
		model.Assessment{ID: model.NewID(), Participant: "p2", Role: model.RoleSchoolleider, Year: 2027, Scores: map[model.Block]model.Score{model.BlockVisie: {Now: 4, Goal: 5}}})
	p.Visions[0].SetEvaluation(model.VisionEvaluation{Year: 2027, Rating: 3, Note: "Deels: groep 6 nog niet."})
	must(t, p.Validate())

	// Overdue: N1 was due in March 2027 and is still lopend.
	for asOf, want := range map[string][]string{
		"2027-03-31": nil,                // the due month itself is not late
		"2027-04-01": {"N1"},             // the month after is
		"2027-12-31": {"N1"},             // D1 afgerond; I1 open-ended and lopend; L1 not due
		"2026-12-31": nil,                // nothing due yet
		"nee":        nil,                // no date, no flags
		"2029-12-31": {"L1", "N1", "N2"}, // L1 and N2 never started (gepland), N1 still lopend
	} {
		var got []string
		for _, o := range planning.Overdue(p, asOf) {
			got = append(got, o.Code)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("Overdue(%s) = %v, want %v", asOf, got, want)
		}
	}

	// The change: the first edit after adoption starts version 1.1.
	if !p.NeedsRevision() {
		t.Fatal("the adopted plan must need a revision")
	}
	ok, ps := p.StartRevision("2027-09-01", "directeur")
	must(t, ps)
	if !ok || p.Status != model.StatusConcept || p.Version != "1.1" {
		t.Fatalf("revision: %v %s %s", ok, p.Status, p.Version)
	}
	if !p.RemoveInvestment(inv(t, p, "N2").ID) {
		t.Fatal("N2 not removed")
	}
	l1 := inv(t, p, "L1")
	l1.Start, l1.Cost.OneOff = model.MonthOf(2028, 3), eur(8000)
	p.Investments = append(p.Investments, model.Investment{ID: model.NewID(), Code: "D2", Title: "Scholing leiderschap",
		Block: model.BlockDeskundigheid, Start: model.MonthOf(2028, 2), End: model.MonthOf(2028, 6), Status: model.InvGepland,
		Cost: model.Cost{OneOff: eur(4000)}, VisionIDs: []string{p.Visions[1].ID}})
	p.Visions[1].Title = "Digitale geletterdheid voor iedereen"
	p.Agreements[0].Coverage = model.CoverageAlle
	p.Agreements = append(p.Agreements, model.Agreement{ID: model.NewID(), Kind: model.AgreementAanschafBeheer, Coverage: model.CoverageAlle, Text: "Beheer via het bestuur."})
	must(t, p.Validate())

	// The diff of the current state against version 1.0.
	adopted, ps := p.LastAdopted().Plan()
	must(t, ps)
	d := planning.Diff(adopted, p)
	type change struct {
		kind   planning.ChangeKind
		code   string
		fields string
	}
	summary := func(cs []planning.EntityChange) []change {
		var out []change
		for _, c := range cs {
			var fs []string
			for _, f := range c.Fields {
				fs = append(fs, string(f.Field)+"="+f.From+">"+f.To)
			}
			out = append(out, change{c.Kind, c.Code, strings.Join(fs, " ")})
		}
		return out
	}
	if got, want := summary(d.Visions), []change{{planning.Changed, "V2", "title=Digitale geletterdheid>Digitale geletterdheid voor iedereen"}}; !reflect.DeepEqual(got, want) {
		t.Errorf("visions %v, want %v", got, want)
	}
	if got, want := summary(d.Investments), []change{
		{planning.Added, "D2", ""},
		{planning.Changed, "L1", "start=2028-01>2028-03 cost.one_off=5000>8000"},
		{planning.Dropped, "N2", ""},
	}; !reflect.DeepEqual(got, want) {
		t.Errorf("investments %v, want %v", got, want)
	}
	if got, want := summary(d.Agreements), []change{{planning.Changed, "#1", "coverage=deels>alle"}, {planning.Added, "#2", ""}}; !reflect.DeepEqual(got, want) {
		t.Errorf("agreements %v, want %v", got, want)
	}
	wantBudget := []planning.BudgetDelta{
		{Year: 2026, From: blockMoney(eur(10000), eur(2000), 0, 0), To: blockMoney(eur(10000), eur(2000), 0, 0)},
		{Year: 2027, From: blockMoney(0, eur(2000), eur(30000), 0), To: blockMoney(0, eur(2000), eur(30000), 0)},
		{Year: 2028, From: blockMoney(0, eur(2000), 0, eur(5000)), To: blockMoney(eur(4000), eur(2000), 0, eur(8000)),
			Delta: blockMoney(eur(4000), 0, 0, eur(3000))},
		{Year: 2029, From: blockMoney(0, eur(2000), eur(6000), 0), To: blockMoney(0, eur(2000), 0, 0),
			Delta: blockMoney(0, 0, -eur(6000), 0)},
	}
	if !reflect.DeepEqual(d.Budget, wantBudget) {
		t.Errorf("budget deltas\n%+v\nwant\n%+v", d.Budget, wantBudget)
	}
	if d.FromTotal.Sum() != eur(59000) || d.ToTotal.Sum() != eur(60000) || d.DeltaTotal.Sum() != eur(1000) {
		t.Errorf("totals %s -> %s (%s)", d.FromTotal.Sum(), d.ToTotal.Sum(), d.DeltaTotal.Sum())
	}

	// The progress report of 2027, before the re-adoption.
	r := planning.ProgressReportOf(p, 2027)
	if r.AsOf != "2027-12-31" || r.Since != "1.0" || r.Changes == nil || len(r.Changes.Investments) != 3 {
		t.Fatalf("report: as of %s, since %q, changes %v", r.AsOf, r.Since, r.Changes)
	}
	if r.Realisation.Planned != blockMoney(0, eur(2000), eur(30000), 0) || r.Realisation.Realised != blockMoney(0, eur(2000), eur(32500), 0) ||
		r.Realisation.Variance != blockMoney(0, 0, eur(2500), 0) || r.Realisation.VarianceTotal() != eur(2500) {
		t.Errorf("2027: %+v", r.Realisation)
	}
	// Through 2027: planned 12,000 + 32,000; realised 9,500 + 2,100 +
	// 2,000 + 32,500 = 46,100.
	if r.ToDate.PlannedTotal() != eur(44000) || r.ToDate.RealisedTotal() != eur(46100) || r.ToDate.VarianceTotal() != eur(2100) {
		t.Errorf("to date: %s %s %s", r.ToDate.PlannedTotal(), r.ToDate.RealisedTotal(), r.ToDate.VarianceTotal())
	}
	if len(r.Evaluations) != 2 || !r.Evaluations[0].Recorded || r.Evaluations[0].Rating != 3 || r.Evaluations[1].Recorded ||
		r.Evaluations[0].Indicator != "Rekenscores groep 6-8" {
		t.Errorf("evaluations %+v", r.Evaluations)
	}
	if len(r.Overdue) != 1 || r.Overdue[0].Code != "N1" || r.Overdue[0].Due != model.MonthOf(2027, 3) {
		t.Errorf("overdue %+v", r.Overdue)
	}
	var steps []string
	for _, s := range r.NextSteps {
		steps = append(steps, s.Code+":"+string(s.Reason)+":"+s.Planned.String())
	}
	if want := []string{"N1:overdue:0", "D2:starts:4000", "L1:starts:8000", "I1:continue:2000"}; !reflect.DeepEqual(steps, want) {
		t.Errorf("next steps %v, want %v", steps, want)
	}
	// Balance then (round 2026: visie now 2 and 4) and now (round 2027:
	// 4 and 4).
	if r.Then.Round != 2026 || r.Then.Levels.Block(model.BlockVisie).Now.Level().Value != 3 ||
		r.Now.Round != 2027 || r.Now.Levels.Block(model.BlockVisie).Now.Level().Value != 4 {
		t.Errorf("then %d %v, now %d %v", r.Then.Round, r.Then.Levels.Block(model.BlockVisie).Now.Level(),
			r.Now.Round, r.Now.Levels.Block(model.BlockVisie).Now.Level())
	}

	// Re-adopt: version 1.1, and nothing changed since.
	v11, ps := p.Adopt("2027-10-15", "College van bestuur", "Bijgesteld plan vastgesteld.")
	must(t, ps)
	if v11.Number != "1.1" || len(p.Versions) != 2 {
		t.Fatalf("re-adoption: %s, %d versions", v11.Number, len(p.Versions))
	}
	again, _ := p.LastAdopted().Plan()
	if !planning.Diff(again, p).Empty() {
		t.Error("the plan differs from the version just adopted")
	}
	first, _ := p.VersionNumbered("1.0")
	fp, _ := first.Plan()
	if dd := planning.Diff(fp, again); len(dd.Investments) != 3 || dd.DeltaTotal.Sum() != eur(1000) {
		t.Errorf("1.0 -> 1.1: %d investments, %s", len(dd.Investments), dd.DeltaTotal.Sum())
	}

	// 2028: realise part, evaluate both visions.
	inv(t, p, "I1").SetRealisation(model.Realisation{Year: 2028, Recurring: eur(1900)})
	inv(t, p, "L1").SetRealisation(model.Realisation{Year: 2028, OneOff: eur(8000)})
	must(t, inv(t, p, "L1").RecordStatus("2028-12-20", model.InvAfgerond, ""))
	p.Visions[0].SetEvaluation(model.VisionEvaluation{Year: 2028, Rating: 4})
	p.Visions[1].SetEvaluation(model.VisionEvaluation{Year: 2028, Rating: 2, Note: "Te weinig tablets in groep 3."})
	// 2029: the last year.
	inv(t, p, "I1").SetRealisation(model.Realisation{Year: 2029, Recurring: eur(2000)})
	must(t, inv(t, p, "N1").RecordStatus("2029-02-01", model.InvAfgerond, "laatste tablets geleverd"))
	must(t, p.Validate())

	// Plan against realisation over the four years.
	rr := planning.Realisation(p)
	want := []struct {
		planned, realised, variance planning.BlockMoney
	}{
		{blockMoney(eur(10000), eur(2000), 0, 0), blockMoney(eur(9500), eur(2100), 0, 0), blockMoney(-eur(500), eur(100), 0, 0)},
		{blockMoney(0, eur(2000), eur(30000), 0), blockMoney(0, eur(2000), eur(32500), 0), blockMoney(0, 0, eur(2500), 0)},
		{blockMoney(eur(4000), eur(2000), 0, eur(8000)), blockMoney(0, eur(1900), 0, eur(8000)), blockMoney(-eur(4000), -eur(100), 0, 0)},
		{blockMoney(0, eur(2000), 0, 0), blockMoney(0, eur(2000), 0, 0), planning.BlockMoney{}},
	}
	for i, y := range rr.Years {
		if y.Planned != want[i].planned || y.Realised != want[i].realised || y.Variance != want[i].variance || !y.Recorded {
			t.Errorf("%d: planned %v realised %v variance %v", y.Year, y.Planned, y.Realised, y.Variance)
		}
	}
	if rr.Planned.Sum() != eur(60000) || rr.Realised.Sum() != eur(58000) || rr.Variance.Sum() != -eur(2000) {
		t.Errorf("totals: %s %s %s", rr.Planned.Sum(), rr.Realised.Sum(), rr.Variance.Sum())
	}
	// D2 in 2028: planned 4,000, nothing recorded: variance -4,000.
	for _, l := range rr.LinesIn(2028) {
		if l.Code == "D2" && (l.Recorded || l.Planned != eur(4000) || l.Variance != -eur(4000)) {
			t.Errorf("D2 2028: %+v", l)
		}
	}
	if n := len(rr.LinesIn(2028)); n != 3 {
		t.Errorf("%d lines in 2028, want 3 (D2, I1, L1)", n)
	}

	// Overdue at the end of 2028: D2 (due June 2028, never started) and
	// N1 (due March 2027, lopend); L1 was finished in time. As findings:
	fs := planning.OverdueFindings(p, "2028-12-31")
	if len(fs) != 2 || fs[0].Subject[0] != "D2" || fs[1].Subject[0] != "N1" || fs[0].Severity != planning.Midden ||
		fs[0].Code != planning.OverdueInvestmentCode {
		t.Fatalf("findings %+v", fs)
	}
	if !strings.Contains(fs[0].Message.NL, "juni 2028") || !strings.Contains(fs[0].Message.NL, "gepland") ||
		!strings.Contains(fs[1].Message.EN, "March 2027") || !strings.Contains(fs[1].Message.EN, "in progress") {
		t.Errorf("messages: %q / %q", fs[0].Message.NL, fs[1].Message.EN)
	}
	// At the end of 2029 N1 is finished too; D2 is still overdue.
	if o := planning.Overdue(p, "2029-12-31"); len(o) != 1 || o[0].Code != "D2" {
		t.Errorf("overdue 2029: %+v", o)
	}

	// The evaluation per vision per year.
	if e := planning.EvaluationsIn(p, 2028); e[0].Rating != 4 || e[1].Rating != 2 || !e[1].Recorded {
		t.Errorf("2028 evaluations %+v", e)
	}
	// Block levels per round; the analysis of 2028 uses the 2027 round.
	rounds := planning.Rounds(p)
	if len(rounds) != 2 || rounds[0].Year != 2026 || rounds[1].Year != 2027 ||
		rounds[0].Levels.Block(model.BlockVisie).Now.Level().Value != 3 || rounds[1].Levels.Block(model.BlockVisie).Now.Level().Value != 4 {
		t.Errorf("rounds %+v", rounds)
	}
	if r, _ := planning.RoundOf(p, 2028); r != 2027 {
		t.Errorf("round of 2028 = %d", r)
	}
	if q := planning.AtYear(p, 2026); len(q.Assessments) != 2 || q.Assessments[0].Year != 0 {
		t.Errorf("AtYear(2026) has %d assessments", len(q.Assessments))
	}

	// The report of 2028 compares with version 1.1: nothing changed.
	r28 := planning.ProgressReportOf(p, 2028)
	if r28.Since != "1.1" || !r28.Changes.Empty() || r28.Realisation.VarianceTotal() != -eur(4100) || len(r28.Overdue) != 2 {
		t.Errorf("2028 report: since %s, variance %s, overdue %d", r28.Since, r28.Realisation.VarianceTotal(), len(r28.Overdue))
	}
}
