package export

import (
	"testing"

	"balansplan/model"
	"balansplan/model/testplan"
	"balansplan/planning"
)

// Every finding the analysis can raise prints under a title of words in
// both languages, never under its code: the codes of analysis/2 and the
// ones added since (docs/analysis.md).
func TestEveryFindingCodeHasATitle(t *testing.T) {
	p := testplan.Regenboog(t)
	codes := append(planning.Codes(), planning.OverdueInvestmentCode,
		planning.ThemeDeadlineWithoutInvestment, planning.MaturityBelowTarget)
	ref, err := planning.BuiltinReference()
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range []model.Lang{model.NL, model.EN} {
		b := newBuilder(p, planning.Analyse(p, ref), l)
		for _, c := range codes {
			if got := b.findingTitle(c); got == string(c) || got == "" {
				t.Errorf("%s: finding %s prints as %q", l, c, got)
			}
		}
	}
}
