package planning

import (
	"testing"

	"balansplan/model"
)

// cents builds a BlockMoney from amounts in cents, in model order (visie,
// deskundigheid, inhoud, infrastructuur, leiderschap).
func cents(v, d, i, inf, l int64) BlockMoney {
	return BlockMoney{model.Money(v), model.Money(d), model.Money(i), model.Money(inf), model.Money(l)}
}

// The run-on of a plan 2026-2028, worked out by hand:
//
//   - I1 infrastructuur, 08-2027, € 10.000 over 4 years: € 2.500 in 2027,
//     2028, 2029 and 2030; 2029 and 2030 run on.
//   - I2 inhoud, 01-2026, € 1.200 a year, open end: € 1.200 in every year
//     after the plan.
//   - I3 deskundigheid, 03-2028, € 1.000,01 over 3 years: 100001 cents / 3 =
//     33333 rest 2, so 333,34 in 2028 and 2029 and 333,33 in 2030.
//   - I4 infrastructuur, cancelled: nothing, though it would run on.
//   - I5 visie, recurring € 500 until 06-2027: ended, nothing.
//   - I6 leiderschap, € 3.000 expensed at once: nothing.
//   - I7 inhoud, 01-2028, € 600 over 6 years: € 100 in 2028 to 2033, so
//     2029 to 2033 run on, and the run-on lasts until 2033.
func TestRunOnCostsWorkedByHand(t *testing.T) {
	p := newPlan(2026, 2028)
	addInvestments(t, p,
		inv{Code: "I1", Block: "infrastructuur", Cat: "hardware", Start: "2027-08", OneOff: 10000, Dep: 4},
		inv{Code: "I2", Block: "inhoud", Cat: "licenties", Start: "2026-01", Rec: 1200},
		inv{Code: "I4", Block: "infrastructuur", Cat: "hardware", Start: "2028-01", OneOff: 5000, Rec: 100, Dep: 5, Status: "geschrapt"},
		inv{Code: "I5", Block: "visie", Start: "2026-02", End: "2027-06", Rec: 500},
		inv{Code: "I6", Block: "leiderschap", Start: "2026-01", OneOff: 3000},
		inv{Code: "I7", Block: "inhoud", Cat: "licenties", Start: "2028-01", OneOff: 600, Dep: 6},
	)
	p.Investments = append(p.Investments, model.Investment{
		ID: "i-I3", Code: "I3", Title: "Investering I3", Block: model.BlockDeskundigheid,
		Start: month(t, "2028-03"), Status: model.InvGepland,
		Cost: model.Cost{OneOff: 100001, DepreciationYears: 3},
	})
	r := RunOnCosts(p)

	want := []RunOnYear{
		{Year: 2029, Recurring: cents(0, 0, 120000, 0, 0), Depreciation: cents(0, 33334, 10000, 250000, 0)},
		{Year: 2030, Recurring: cents(0, 0, 120000, 0, 0), Depreciation: cents(0, 33333, 10000, 250000, 0)},
		{Year: 2031, Recurring: cents(0, 0, 120000, 0, 0), Depreciation: cents(0, 0, 10000, 0, 0)},
		{Year: 2032, Recurring: cents(0, 0, 120000, 0, 0), Depreciation: cents(0, 0, 10000, 0, 0)},
		{Year: 2033, Recurring: cents(0, 0, 120000, 0, 0), Depreciation: cents(0, 0, 10000, 0, 0)},
	}
	if len(r.Years) != len(want) {
		t.Fatalf("run-on years %+v, want %+v", r.Years, want)
	}
	for i, w := range want {
		if r.Years[i] != w {
			t.Errorf("year %d: %+v, want %+v", w.Year, r.Years[i], w)
		}
	}
	// 2029: 1.200 + 2.500 + 333,34 + 100 = 4.133,34.
	if got := r.Years[0].Total(); got != 413334 {
		t.Errorf("total of 2029 is %d cents, want 413334", got)
	}
	if r.Open != cents(0, 0, 120000, 0, 0) {
		t.Errorf("open recurring %v, want € 1.200 inhoud", r.Open)
	}
	if r.Recurring != cents(0, 0, 600000, 0, 0) {
		t.Errorf("recurring over the years %v, want 5 x € 1.200 inhoud", r.Recurring)
	}
	// 333,34 + 333,33 = 666,67 deskundigheid; 5 x 100 inhoud; 2 x 2.500.
	if r.Depreciation != cents(0, 66667, 50000, 500000, 0) {
		t.Errorf("depreciation after the plan %v", r.Depreciation)
	}
	// The budget counts the same depreciation after the plan.
	if b := Analyse(p, nil).Budget; b.DepreciationAfterPlan != r.Depreciation.Sum() {
		t.Errorf("budget says %d cents after the plan, run-on %d", b.DepreciationAfterPlan, r.Depreciation.Sum())
	}
}

func TestRunOnCostsEdges(t *testing.T) {
	// Nothing runs on: an investment that is written off and ended in time.
	p := newPlan(2026, 2028)
	addInvestments(t, p, inv{Code: "I1", Block: "infrastructuur", Cat: "hardware", Start: "2026-01", End: "2028-12", OneOff: 900, Rec: 10, Dep: 3})
	if r := RunOnCosts(p); len(r.Years) != 0 || r.Open.Sum() != 0 || r.Recurring.Sum() != 0 || r.Depreciation.Sum() != 0 {
		t.Errorf("nothing should run on: %+v", r)
	}

	// Only an open recurring cost: one year after the plan shows it.
	p = newPlan(2026, 2028)
	addInvestments(t, p, inv{Code: "I1", Block: "visie", Start: "2027-05", Rec: 250})
	r := RunOnCosts(p)
	if len(r.Years) != 1 || r.Years[0].Year != 2029 || r.Years[0].Recurring != cents(25000, 0, 0, 0, 0) || r.Open != cents(25000, 0, 0, 0, 0) {
		t.Errorf("an open cost: %+v", r)
	}

	// An end after the plan (model.Validate rejects it; planning stays
	// total): the recurring cost runs to that year and then stops.
	p = newPlan(2026, 2028)
	addInvestments(t, p, inv{Code: "I1", Block: "leiderschap", Start: "2028-01", End: "2030-06", Rec: 40})
	r = RunOnCosts(p)
	if len(r.Years) != 2 || r.Years[1].Year != 2030 || r.Recurring != cents(0, 0, 0, 0, 8000) || r.Open.Sum() != 0 {
		t.Errorf("an end in 2030: %+v", r)
	}

	// A start after the plan is not running at its end.
	p = newPlan(2026, 2028)
	addInvestments(t, p, inv{Code: "I1", Block: "inhoud", Start: "2029-01", Rec: 40})
	if r := RunOnCosts(p); len(r.Years) != 0 {
		t.Errorf("a start after the plan: %+v", r)
	}

	// No valid period: nothing, and no panic.
	p = newPlan(2028, 2026)
	addInvestments(t, p, inv{Code: "I1", Block: "inhoud", Start: "2027-01", OneOff: 100, Dep: 80})
	if r := RunOnCosts(p); len(r.Years) != 0 {
		t.Errorf("an invalid period: %+v", r)
	}

	// A depreciation longer than the horizon is cut at the horizon.
	p = newPlan(2026, 2026)
	addInvestments(t, p, inv{Code: "I1", Block: "inhoud", Start: "2026-01", OneOff: 1000, Dep: 200})
	if r := RunOnCosts(p); len(r.Years) != runOnHorizon || r.Years[len(r.Years)-1].Year != 2026+runOnHorizon {
		t.Errorf("a depreciation of 200 years gives %d years", len(r.Years))
	}
}
