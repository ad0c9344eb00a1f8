package form

import (
	"testing"

	"balansplan/model"
)

// Issue 11, defect 8: an amount is shown back as it was typed, with the
// thousands separator and both digits of the cents, and reads back to the
// cent.
func TestAnAmountIsShownBackAsTyped(t *testing.T) {
	cases := []struct {
		m      model.Money
		nl, en string
	}{
		{1250050, "12.500,50", "12,500.50"},
		{1250000, "12.500", "12,500"},
		{2000000, "20.000", "20,000"},
		{99905, "999,05", "999.05"},
		{0, "0", "0"},
		{-123456789, "-1.234.567,89", "-1,234,567.89"},
	}
	for _, c := range cases {
		for l, want := range map[model.Lang]string{model.NL: c.nl, model.EN: c.en} {
			got := MoneyInput(c.m, l)
			if got != want {
				t.Errorf("MoneyInput(%d, %s) = %q, want %q", c.m, l, got, want)
			}
			back, err := ParseMoneyInput(got)
			if err != nil || back != c.m {
				t.Errorf("%q reads back as %d (%v), want %d", got, back, err, c.m)
			}
		}
	}
}
