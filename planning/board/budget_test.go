package board

import "testing"

// The board's budget is its years: cash out per bouwsteen, the ceiling and
// whether it is over, as the chart needs them (boardtest's figures).
func TestTheBoardsBudgetIsItsYears(t *testing.T) {
	b := RollUp(summarised(t, 0, 1, 2, 3, 4), settings(t), day, nil, nil)
	bu := b.Budget()
	if len(bu.Years) != 9 || bu.Years[0].Year != 2022 || bu.Years[8].Year != 2030 {
		t.Fatalf("years %+v", bu.Years)
	}
	y, ok := bu.Year(2026)
	if !ok || y.CashOut != eur(22000) || y.Ceiling != eur(20000) || !y.HasCeiling || !y.Over || y.CashByBlock.Sum() != eur(22000) {
		t.Errorf("2026: %+v", y)
	}
	if y, _ := bu.Year(2024); y.HasCeiling || y.CashOut != 0 {
		t.Errorf("2024: %+v", y)
	}
	if bu.TotalCashOut != eur(50000) || len(bu.OverYears) != 2 || bu.OverYears[0] != 2026 || bu.OverYears[1] != 2027 {
		t.Errorf("total %v over %v", bu.TotalCashOut, bu.OverYears)
	}
	bu.OverYears[0] = 1 // a copy: the board keeps its own
	if b.OverYears[0] != 2026 {
		t.Error("Budget shares OverYears with the board")
	}
}
