package model_test

import (
	"encoding/json"
	"strings"
	"testing"

	"balansplan/model"
	"balansplan/model/testplan"
)

// themed is the example with two themes, marks and a register of two
// domains, the first linked to D1 and VI1.
func themed(t *testing.T) *model.Plan {
	t.Helper()
	p := testplan.Regenboog(t)
	p.Themes = []string{"ai", "ibp"}
	p.Visions[0].Theme = "ai"
	p.Investments[0].Theme = "ai"
	p.Agreements[0].Theme = "ibp"
	p.Maturity = []model.MaturityDomain{
		{ID: model.NewID(), Norm: "bp.toegang", Domain: "Toegang", Title: "Wachtwoorden", Current: 2, Target: 3, Owner: "FG",
			InvestmentIDs: []string{p.Investments[1].ID, p.Investments[0].ID}},
		model.NewMaturityDomain("Mensen", "Training"),
	}
	if ps := p.Validate(); ps != nil {
		t.Fatal(ps.Messages(model.EN))
	}
	return p
}

func TestValidateThemesAndTheRegister(t *testing.T) {
	for _, c := range []struct {
		name   string
		spoil  func(p *model.Plan)
		entity model.EntityKind
		ref    string
		field  string
		reason string
		nl     string
	}{
		{"a theme id with a capital", func(p *model.Plan) { p.Themes[1] = "IBP" }, model.EntityPlan, "", "plan.themes[1]", "theme_id",
			`"IBP" is geen thema-id`},
		{"an empty theme id", func(p *model.Plan) { p.Themes[0] = "" }, model.EntityPlan, "", "plan.themes[0]", "required", "ontbreekt"},
		{"a theme chosen twice", func(p *model.Plan) { p.Themes[1] = "ai" }, model.EntityPlan, "", "plan.themes[1]", "duplicate",
			"het thema ai is al gekozen"},
		{"a vision's theme with a space", func(p *model.Plan) { p.Visions[0].Theme = "a i" }, model.EntityVision, "V1", "theme", "theme_id", `"a i"`},
		{"an agreement's theme too long", func(p *model.Plan) { p.Agreements[0].Theme = strings.Repeat("a", 65) }, model.EntityAgreement, "#1", "theme", "theme_id",
			"ten hoogste 64 tekens"},
		{"a domain without title", func(p *model.Plan) { p.Maturity[1].Title = " " }, model.EntityMaturity, "#2", "title", "required", "ontbreekt"},
		{"a level of 6", func(p *model.Plan) { p.Maturity[0].Current = 6 }, model.EntityMaturity, "Wachtwoorden", "current", "range",
			"het niveau nu is 1 tot en met 5, of 0 voor nog niet beoordeeld; niet 6"},
		{"a target of 0", func(p *model.Plan) { p.Maturity[1].Target = 0 }, model.EntityMaturity, "Training", "target", "range",
			"het doelniveau is 1 tot en met 5, niet 0"},
		{"a link to nothing", func(p *model.Plan) { p.Maturity[1].InvestmentIDs = []string{model.NewID()} }, model.EntityMaturity, "Training",
			"investments", "unknown_link", "verwijst naar een investering die niet bestaat"},
		{"a link twice", func(p *model.Plan) { p.Maturity[0].InvestmentIDs[1] = p.Maturity[0].InvestmentIDs[0] }, model.EntityMaturity,
			"Wachtwoorden", "investments", "duplicate", "noemt dezelfde investering twee keer"},
		{"a domain's id shared with a risk", func(p *model.Plan) { p.Maturity[1].ID = p.Investments[0].ID }, model.EntityMaturity, "Training",
			"id", "duplicate", "komt vaker voor"},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := themed(t)
			c.spoil(p)
			ps := p.Validate()
			if len(ps) != 1 {
				t.Fatalf("want one problem, got %v", ps.Messages(model.EN))
			}
			pr := ps[0]
			if pr.Entity != c.entity || pr.Ref != c.ref || pr.Field != c.field || pr.Reason != c.reason ||
				!strings.Contains(pr.Detail.NL, c.nl) || pr.Detail.EN == "" || pr.Detail.EN == pr.Detail.NL {
				t.Errorf("got %s %q %s %s %q / %q", pr.Entity, pr.Ref, pr.Field, pr.Reason, pr.Detail.NL, pr.Detail.EN)
			}
		})
	}
}

func TestThemesInTheJSON(t *testing.T) {
	p := themed(t)
	data, err := model.EncodeJSON(p)
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	m := doc["maturity"].([]any)
	first, second := m[0].(map[string]any), m[1].(map[string]any)
	if got := first["investments"].([]any); len(got) != 2 || got[0] != "D1" || got[1] != "VI1" {
		t.Errorf("links written as %v, want the codes in the domain's order", got)
	}
	if second["current"] != nil || second["target"] != 3.0 {
		t.Errorf("a domain not assessed: %v", second)
	}
	if doc["visions"].([]any)[1].(map[string]any)["theme"] != nil {
		t.Error("a vision without theme has a theme key")
	}
	q, ps := model.DecodeJSONBytes(data)
	if ps != nil {
		t.Fatal(ps.Messages(model.EN))
	}
	if again, _ := model.EncodeJSON(q); string(again) != string(data) {
		t.Error("the round trip changed the JSON")
	}

	// A target left out reads as 3; a code no investment has, a theme that
	// is a number and a register that is not a list are named.
	s := strings.Replace(string(data), `"target": 3,`, ``, 1)
	if q, ps := model.DecodeJSONBytes([]byte(s)); ps != nil || q.Maturity[1].Target != 3 {
		t.Errorf("a target left out: %v", ps)
	}
	for _, c := range []struct{ from, to, want string }{
		{`"investments": [
        "D1",`, `"investments": [
        "Q9",`, "volwassenheidsdomein Wachtwoorden, veld investments: verwijst naar investering Q9, die niet bestaat"},
		{`"theme": "ai"`, `"theme": 7`, "visie-uitspraak V1, veld theme"},
		{`"themes": [
      "ai",`, `"themes": [
      1,`, "veld plan.themes[0]"},
	} {
		bad := strings.Replace(string(data), c.from, c.to, 1)
		if bad == string(data) {
			t.Fatalf("%q not found", c.from)
		}
		_, ps := model.DecodeJSONBytes([]byte(bad))
		if ps == nil || !strings.Contains(strings.Join(ps.Messages(model.NL), "|"), c.want) {
			t.Errorf("got %v, want %q", ps.Messages(model.NL), c.want)
		}
	}
}

func TestThemeEditsShareNothing(t *testing.T) {
	p := themed(t)
	c := p.Clone()
	c.Maturity[0].InvestmentIDs[0] = "x"
	c.Themes[0] = "x"
	if p.Maturity[0].InvestmentIDs[0] == "x" || p.Themes[0] == "x" {
		t.Fatal("Clone shares the themes or the register")
	}
	c = p.Clone()
	shared := c.Themes[:1]
	if !c.ChooseTheme("smartphones") || c.ChooseTheme("ai") || !c.DropTheme("ai") || c.DropTheme("nope") {
		t.Error("ChooseTheme and DropTheme report wrongly")
	}
	if shared[0] != "ai" || strings.Join(c.Themes, ",") != "ibp,smartphones" {
		t.Errorf("themes %v, shared %v", c.Themes, shared)
	}
	gone := p.Investments[1].ID
	c = p.Clone()
	c.UnlinkMaturityInvestment(gone)
	if len(p.Maturity[0].InvestmentIDs) != 2 || len(c.Maturity[0].InvestmentIDs) != 1 {
		t.Error("UnlinkMaturityInvestment wrote into the original")
	}
	if !c.RemoveMaturityDomain(c.Maturity[1].ID) || len(c.Maturity) != 1 || len(p.Maturity) != 2 || c.MaturityDomainByID(p.Maturity[0].ID) == nil {
		t.Error("RemoveMaturityDomain")
	}
	if len(p.InvestmentsOfTheme("ai")) != 1 {
		t.Error("InvestmentsOfTheme")
	}
}
