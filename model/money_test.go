package model_test

import (
	"encoding/json"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"balansplan/model"
)

// Issue 10 item 6: every int64 prints as a correct amount, also the ones
// no plan may hold, and the JSON export never fails on an amount.
func TestMoneyPrintsEveryInt64Correctly(t *testing.T) {
	cases := []struct {
		m    model.Money
		want string
	}{
		{0, "0"},
		{5, "0.05"},
		{50, "0.5"},
		{-5, "-0.05"},
		{-99, "-0.99"},
		{-100, "-1"},
		{600050, "6000.5"},
		{model.MaxMoney, "1000000000"},
		{-model.MaxMoney, "-1000000000"},
		{model.MaxMoney + 1, "1000000000.01"},
		// By hand: 2^63 = 9223372036854775808 cents.
		{math.MaxInt64, "92233720368547758.07"},
		{math.MinInt64, "-92233720368547758.08"},
		{math.MinInt64 + 1, "-92233720368547758.07"},
	}
	for _, c := range cases {
		if got := c.m.String(); got != c.want {
			t.Errorf("Money(%d).String() = %q, want %q", int64(c.m), got, c.want)
		}
		b, err := json.Marshal(struct{ M model.Money }{c.m})
		if err != nil {
			t.Errorf("Money(%d) does not marshal: %v", int64(c.m), err)
			continue
		}
		if want := `{"M":` + c.want + `}`; string(b) != want {
			t.Errorf("Money(%d) marshals as %s, want %s", int64(c.m), b, want)
		}
	}
}

func TestMoneyPartsCoverEveryInt64(t *testing.T) {
	cases := []struct {
		m            model.Money
		neg          bool
		euros, cents uint64
	}{
		{0, false, 0, 0},
		{-1, true, 0, 1},
		{12345, false, 123, 45},
		{math.MinInt64, true, 92233720368547758, 8},
		{math.MaxInt64, false, 92233720368547758, 7},
	}
	for _, c := range cases {
		neg, e, ct := c.m.Parts()
		if neg != c.neg || e != c.euros || ct != c.cents {
			t.Errorf("Money(%d).Parts() = %v %d %d, want %v %d %d", int64(c.m), neg, e, ct, c.neg, c.euros, c.cents)
		}
	}
}

func TestTheExportOfAnExtremeAmountIsValidJSON(t *testing.T) {
	for _, m := range []model.Money{math.MinInt64, math.MaxInt64} {
		p, ps := model.DecodeJSONBytes(readExample(t))
		if ps != nil {
			t.Fatal(ps)
		}
		p.Investments[0].Cost.OneOff = m
		out, err := model.EncodeJSON(p)
		if err != nil {
			t.Fatalf("export of %d fails: %v", int64(m), err)
		}
		if !json.Valid(out) {
			t.Fatalf("export of %d is not JSON", int64(m))
		}
		// Reading it back refuses the amount, naming the field.
		if q, ps := model.DecodeJSONBytes(out); q != nil || !ps.Has("range", model.FieldCostOneOff) && !ps.Has("negative", model.FieldCostOneOff) {
			t.Fatalf("import of %d: %v", int64(m), ps.Messages(model.EN))
		}
	}
}

func TestParseMoneyIsExactAndBounded(t *testing.T) {
	good := []struct {
		in   string
		want model.Money
	}{
		{"6000", 600000},
		{"6000.5", 600050},
		{"6000.50", 600050},
		{"6000.500000", 600050},
		{"0.05", 5},
		{"-2.5", -250},
		{"+3", 300},
		{"1e3", 100000},
		{"1E+3", 100000},
		{"1.2345e2", 12345},
		{"12345e-2", 12345},
		{"0.0e99999999999", 0},
		{"000012.10", 1210},
		{" 7 ", 700},
		{".5", 50},
		{"5.", 500},
		{"1000000000", model.MaxMoney},
		{"-1000000000", -model.MaxMoney},
		{"0.1e10", model.MaxMoney},
	}
	for _, c := range good {
		got, err := model.ParseMoney(c.in)
		if err != nil || got != c.want {
			t.Errorf("ParseMoney(%q) = %d, %v; want %d", c.in, got, err, c.want)
		}
	}
	bad := []struct{ in, reason string }{
		{"", "syntax"},
		{"-", "syntax"},
		{"1.2.3", "syntax"},
		{"12,50", "syntax"},
		{"1e", "syntax"},
		{"0x10", "syntax"},
		{"NaN", "syntax"},
		{"Inf", "syntax"},
		{"1/3", "syntax"},
		{"0.005", "sub_cent"},
		{"12.345", "sub_cent"},
		{"1e-3", "sub_cent"},
		{"1e-99999999999", "sub_cent"},
		{"1000000000.01", "range"},
		{"-1000000000.01", "range"},
		{"1e10", "range"},
		{"9223372036854775807", "range"},
		{"1e99999999999", "range"},
		{"123456789012345678901234567890", "range"},
	}
	for _, c := range bad {
		got, err := model.ParseMoney(c.in)
		me, ok := err.(*model.MoneyError)
		if !ok || me.Reason != c.reason {
			t.Errorf("ParseMoney(%q) = %d, %v; want a %s error", c.in, got, err, c.reason)
			continue
		}
		if me.Text.NL == "" || me.Text.EN == "" || me.Text.NL == me.Text.EN {
			t.Errorf("ParseMoney(%q): message %+v", c.in, me.Text)
		}
	}
}

func TestValidateBoundsEveryAmount(t *testing.T) {
	cases := []struct {
		name   string
		set    func(p *model.Plan)
		field  model.Field
		reason string
		detail string // part of the English message, worked out by hand
	}{
		{"one-off at the minimum int64", func(p *model.Plan) { p.Investments[1].Cost.OneOff = math.MinInt64 }, model.FieldCostOneOff, "negative", "-92233720368547758.08"},
		{"one-off at the maximum int64", func(p *model.Plan) { p.Investments[1].Cost.OneOff = math.MaxInt64 }, model.FieldCostOneOff, "range", "92233720368547758.07"},
		{"recurring one cent over", func(p *model.Plan) { p.Investments[1].Cost.Recurring = model.MaxMoney + 1 }, model.FieldCostRecurring, "range", "1000000000.01"},
		{"a ceiling far over", func(p *model.Plan) { p.BudgetCeiling[2027] = math.MaxInt64 }, "plan.budget_ceiling.2027", "range", "92233720368547758.07"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p, _ := model.DecodeJSONBytes(readExample(t))
			c.set(p)
			ps := p.Validate()
			if len(ps) != 1 || ps[0].Reason != c.reason || ps[0].Field != string(c.field) {
				t.Fatalf("want one %s problem on %s, got %v", c.reason, c.field, ps.Messages(model.EN))
			}
			if msg := ps[0].Message(model.EN); !strings.Contains(msg, c.detail) {
				t.Errorf("message %q does not show %s", msg, c.detail)
			}
		})
	}
	// The maximum itself is allowed.
	p, _ := model.DecodeJSONBytes(readExample(t))
	p.Investments[1].Cost.OneOff = model.MaxMoney
	p.BudgetCeiling[2027] = model.MaxMoney
	if ps := p.Validate(); ps != nil {
		t.Fatalf("MaxMoney refused: %v", ps.Messages(model.EN))
	}
}

// What String writes, ParseMoney reads back, for every amount a plan may
// hold: the edges and a fixed sample in between.
func TestParseMoneyReadsWhatStringWrites(t *testing.T) {
	ms := []model.Money{0, 1, -1, 9, 10, 99, 100, 101, 1005, model.MaxMoney, -model.MaxMoney, model.MaxMoney - 1}
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 10000; i++ {
		ms = append(ms, model.Money(r.Int64N(2*int64(model.MaxMoney)+1)-int64(model.MaxMoney)))
	}
	for _, m := range ms {
		got, err := model.ParseMoney(m.String())
		if err != nil || got != m {
			t.Fatalf("ParseMoney(%q) = %d, %v; want %d", m.String(), got, err, int64(m))
		}
	}
}

// FuzzParseMoney: any text either is an amount within ±MaxMoney that
// prints back to itself, or is refused with a reason and a message in both
// languages; never a panic, never a silent rounding.
func FuzzParseMoney(f *testing.F) {
	for _, s := range []string{"6000", "6000.50", "-2.5", "1e3", "0.005", "1e99999999999", "9223372036854775807", ".5", "+", "1.2.3"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m, err := model.ParseMoney(s)
		if err != nil {
			me, ok := err.(*model.MoneyError)
			if !ok || me.Reason == "" || me.Text.NL == "" || me.Text.EN == "" {
				t.Fatalf("ParseMoney(%q): %v", s, err)
			}
			return
		}
		if m > model.MaxMoney || m < -model.MaxMoney {
			t.Fatalf("ParseMoney(%q) = %d, beyond MaxMoney", s, int64(m))
		}
		if again, err := model.ParseMoney(m.String()); err != nil || again != m {
			t.Fatalf("ParseMoney(%q) = %d, but its String %q reads as %d, %v", s, int64(m), m.String(), int64(again), err)
		}
	})
}
