package merge

import (
	"strings"
	"testing"

	"balansplan/model"
	"balansplan/model/testplan"
)

// withThemes gives base chosen themes, theme marks and a maturity domain
// linked to an investment, so that the field walks reach them.
func withThemes(base *model.Plan) {
	base.Themes = []string{"ai"}
	base.Visions[0].Theme = "ai"
	base.Investments[0].Theme = "ai"
	base.Agreements[0].Theme = "ai"
	base.Maturity = []model.MaturityDomain{{ID: "00000000-0000-4000-8000-0000000a0001", Norm: "bp.toegang", Domain: "Toegang",
		Title: "Wachtwoorden", Current: 2, Target: 3, Owner: "FG", InvestmentIDs: []string{base.Investments[1].ID}}}
}

func TestThemesMergeAsASet(t *testing.T) {
	base := testplan.Regenboog(t)
	base.Themes = []string{"ai", "ibp"}
	a, b := base.Clone(), base.Clone()
	a.ChooseTheme("smartphones")            // a adds
	b.ChooseTheme("digitale-geletterdheid") // b adds another
	b.DropTheme("ibp")                      // b drops one a left alone
	res, cs := Merge(base, []*model.Plan{a, b}, -1)
	if len(cs) != 0 {
		t.Fatalf("conflicts %v", cs)
	}
	if got := strings.Join(res.Themes, ","); got != "ai,digitale-geletterdheid,smartphones" {
		t.Errorf("themes %s", got)
	}

	// Without a base, a theme one copy has and the other not is a
	// conflict on that theme alone.
	_, cs = Merge(nil, []*model.Plan{a, b}, -1)
	var fields []string
	for _, c := range cs {
		if c.Entity == model.EntityPlan {
			fields = append(fields, c.Field)
		}
	}
	if strings.Join(fields, " ") != "plan.themes.digitale-geletterdheid plan.themes.ibp plan.themes.smartphones" {
		t.Errorf("two-way conflicts %v", fields)
	}
}

func TestMaturityDomainsMergeByID(t *testing.T) {
	base := testplan.Regenboog(t)
	withThemes(base)
	a, b := base.Clone(), base.Clone()
	a.Maturity[0].Current = 3               // a assesses
	b.Maturity[0].Owner = "IBP-coördinator" // b changes the owner
	b.Maturity = append(b.Maturity, model.NewMaturityDomain("Mensen", "Training"))
	res, cs := Merge(base, []*model.Plan{a, b}, -1)
	if len(cs) != 0 {
		t.Fatalf("conflicts %v", cs)
	}
	if len(res.Maturity) != 2 || res.Maturity[0].Current != 3 || res.Maturity[0].Owner != "IBP-coördinator" || res.Maturity[1].Title != "Training" {
		t.Errorf("register %+v", res.Maturity)
	}

	// a deletes the investment the domain links to, b changes nothing:
	// the investment goes, and the link with it.
	a = base.Clone()
	gone := base.Investments[1].ID
	a.RemoveInvestment(gone)
	a.UnlinkMaturityInvestment(gone)
	res, cs = Merge(base, []*model.Plan{a, base.Clone()}, -1)
	if len(cs) != 0 {
		t.Fatalf("conflicts %v", cs)
	}
	if len(res.Maturity[0].InvestmentIDs) != 0 {
		t.Errorf("a link to a deleted investment stayed: %v", res.Maturity[0].InvestmentIDs)
	}

	// a deletes it while b newly links another domain to it: a conflict.
	b = base.Clone()
	b.Maturity = append(b.Maturity, model.MaturityDomain{ID: model.NewID(), Title: "Back-ups", Target: 3, InvestmentIDs: []string{gone}})
	_, cs = Merge(base, []*model.Plan{a, b}, -1)
	if len(cs) != 1 || cs[0].Reason != DeletedLinked || strings.Join(cs[0].Linked, ",") != "Back-ups" {
		t.Errorf("conflicts %+v", cs)
	}
}
