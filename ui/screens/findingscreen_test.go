package screens

import (
	"testing"

	"balansplan/planning"
)

// A finding opens the screen where its cause is fixed; the findings added
// after analysis/2 too, not the overview.
func TestTheNewFindingsOpenWhereTheyAreFixed(t *testing.T) {
	for c, want := range map[planning.Code]string{
		planning.OverdueInvestmentCode:          Investments,
		planning.ThemeDeadlineWithoutInvestment: Themes,
		planning.MaturityBelowTarget:            Themes,
		planning.OverBudget:                     Budget,
	} {
		if got := findingScreen(c); got != want {
			t.Errorf("finding %s opens %q, want %q", c, got, want)
		}
	}
}
