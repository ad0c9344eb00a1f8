package theme_test

import (
	"strings"
	"testing"

	"balansplan/assets"
	"balansplan/model"
	"balansplan/model/theme"
)

func TestEveryShippedThemeParses(t *testing.T) {
	ids := assets.ThemeIDs()
	want := []string{"ai", "digitale-geletterdheid", "ibp", "smartphones"}
	if strings.Join(ids, ",") != strings.Join(want, ",") {
		t.Fatalf("shipped themes %v, want %v", ids, want)
	}
	for _, id := range ids {
		data, _ := assets.Theme(id)
		th, err := theme.Parse(data)
		if err != nil {
			t.Fatalf("%s: %v", id, err)
		}
		if th.ID != id {
			t.Errorf("file %s.json holds theme %s", id, th.ID)
		}
		if len(th.Deadlines) == 0 || len(th.Visions) == 0 || len(th.Investments) == 0 || len(th.Agreements) == 0 {
			t.Errorf("%s: a shipped theme has deadlines and templates of every kind", id)
		}
	}
	if len(theme.Builtin()) != 4 || theme.ByID("ibp") == nil || theme.ByID("nope") != nil {
		t.Fatal("Builtin and ByID disagree with the assets")
	}
	if len(theme.BuiltinNormSets()) != 1 || len(theme.BuiltinNormSets()[0].Norms) != 8 {
		t.Fatal("the example norm set has 8 norms")
	}
}

// The deadlines of the issue, as the shipped files give them.
func TestShippedDeadlines(t *testing.T) {
	want := map[string][]string{
		"digitale-geletterdheid": {"kerndoelen 2027-08-01 legal", "toezicht 2031-08-01 legal"},
		"ai":                     {"ai-geletterdheid 2025-02-02 legal", "ai-verplichtingen 2026-08-02 legal"},
		"ibp":                    {"digitaal-veilig 2027-12-31 sector"},
		"smartphones":            {"nee-tenzij-vo 2024-01-01 sector", "nee-tenzij-po 2024-08-01 sector"},
	}
	for id, w := range want {
		var got []string
		for _, d := range theme.ByID(id).Deadlines {
			got = append(got, d.ID+" "+d.Date.Format("2006-01-02")+" "+string(d.Kind))
		}
		if strings.Join(got, "|") != strings.Join(w, "|") {
			t.Errorf("%s: deadlines %v, want %v", id, got, w)
		}
	}
	if m := theme.ByID("digitale-geletterdheid").Deadlines[0].Month(); m != model.MonthOf(2027, 8) {
		t.Errorf("the kerndoelen fall in %s, want 2027-08", m)
	}
}

const good = `{
  "format": "balansplan-theme/1",
  "id": "proef",
  "title": {"nl": "Proef", "en": "Trial"},
  "description": {"nl": "Een proef.", "en": "A trial."},
  "deadlines": [
    {"id": "laat", "date": "2028-03-01", "label": {"nl": "Laat", "en": "Late"}, "source": {"nl": "wet", "en": "law"}, "kind": "legal"},
    {"id": "vroeg", "date": "2027-01-01", "label": {"nl": "Vroeg", "en": "Early"}, "source": {"nl": "sector", "en": "sector"}, "kind": "sector"}
  ],
  "visions": [{"id": "v", "title": {"nl": "Visie", "en": "Vision"}, "text": {"nl": "Tekst.", "en": "Text."}}],
  "investments": [{"id": "i", "title": {"nl": "Scholing", "en": "Training"}, "block": "deskundigheid", "category": "leraar",
    "focus": "didactisch", "cost": {"one_off": 1250.5, "recurring": 0}}],
  "agreements": [{"id": "a", "kind": "didactisch", "coverage": "deels", "text": {"nl": "Afspraak.", "en": "Agreement."}}]
}`

func TestParseReadsATheme(t *testing.T) {
	th, err := theme.Parse([]byte(good))
	if err != nil {
		t.Fatal(err)
	}
	if th.Deadlines[0].ID != "vroeg" || th.Deadlines[1].ID != "laat" {
		t.Errorf("deadlines are sorted by date: %v", th.Deadlines)
	}
	if th.Investments[0].OneOff != 125050 || th.Investments[0].Focus != model.FocusDidactisch {
		t.Errorf("investment template %+v", th.Investments[0])
	}
}

func TestParseRefusesWithAClearMessage(t *testing.T) {
	for _, c := range []struct {
		name, from, to, reason, nl string
	}{
		{"empty", good, " ", theme.ReasonEmpty, "thema: het bestand is leeg"},
		{"another format", `"balansplan-theme/1"`, `"balansplan-theme/2"`, theme.ReasonFormat, `het formaat is "balansplan-theme/2"`},
		{"a bad theme id", `"id": "proef"`, `"id": "Proef"`, theme.ReasonID, `de id van het thema ("Proef")`},
		{"an unknown key", `"kind": "legal"`, `"kind": "legal", "soort": 1`, theme.ReasonJSON, `de sleutel "soort" kent dit formaat niet`},
		{"a key twice", `"id": "v",`, `"id": "v", "id": "w",`, theme.ReasonJSON, `de sleutel "id" staat twee keer in "visions[0]"`},
		{"a wrong kind of value", `"date": "2027-01-01"`, `"date": 2027`, theme.ReasonJSON, `"deadlines.date" moet een tekst zijn, niet een getal`},
		{"an impossible date", `"2027-01-01"`, `"2027-02-30"`, theme.ReasonDate, `termijn vroeg: de datum "2027-02-30" is geen bestaande datum`},
		{"an unknown deadline kind", `"kind": "sector"`, `"kind": "wet"`, theme.ReasonEnum, `termijn vroeg: de soort "wet" bestaat niet`},
		{"English missing", `{"nl": "Visie", "en": "Vision"}`, `{"nl": "Visie"}`, theme.ReasonText, "visie-sjabloon v: title staat er in het Nederlands maar niet in het Engels"},
		{"a control character", `"Tekst."`, `"Tekst.\u0007"`, theme.ReasonText, "bevat een stuurteken (U+0007)"},
		{"an unknown block", `"block": "deskundigheid"`, `"block": "scholing"`, theme.ReasonEnum, `investeringssjabloon i: de bouwsteen "scholing" bestaat niet`},
		{"a category of another block", `"category": "leraar"`, `"category": "netwerk"`, theme.ReasonEnum, `de categorie "netwerk" hoort niet bij bouwsteen deskundigheid; kies uit leraar, management, ondersteuning`},
		{"a negative cost", `"recurring": 0`, `"recurring": -5`, theme.ReasonCost, "cost.recurring is -5"},
		{"a fraction of a cent", `1250.5`, `1250.555`, theme.ReasonCost, "cost.one_off is 1250.555"},
		{"an id twice", `"id": "a"`, `"id": "v"`, theme.ReasonDuplicate, "de id v komt twee keer voor"},
		{"no coverage", `"coverage": "deels", `, ``, theme.ReasonEnum, `afspraaksjabloon a: de dekking "" bestaat niet`},
		{"an unknown agreement kind", `"kind": "didactisch"`, `"kind": "regels"`, theme.ReasonEnum, `afspraaksjabloon a: de soort "regels" bestaat niet`},
		{"trailing data", good, good + "{}", theme.ReasonJSON, "na het einde van het bestand staat nog iets"},
		{"broken JSON", good, good[:40], theme.ReasonJSON, "het houdt op in regel"},
	} {
		t.Run(c.name, func(t *testing.T) {
			data := strings.Replace(good, c.from, c.to, 1)
			if data == good {
				t.Fatal("the case changes nothing")
			}
			_, err := theme.Parse([]byte(data))
			e, ok := err.(*theme.Error)
			if !ok {
				t.Fatalf("got %v, want a *theme.Error", err)
			}
			if e.Reason != c.reason || !strings.Contains(e.Message(model.NL), c.nl) {
				t.Errorf("got %s %q, want %s containing %q", e.Reason, e.Message(model.NL), c.reason, c.nl)
			}
			if e.Detail.EN == "" || e.Detail.EN == e.Detail.NL {
				t.Errorf("no English message: %q", e.Detail.EN)
			}
		})
	}
}

func TestApplyAddsOnlyThePickedTemplates(t *testing.T) {
	p := &model.Plan{ID: model.NewID(), School: model.School{Name: "S"}, Title: "P", StartYear: 2026, EndYear: 2029, Status: model.StatusConcept,
		Investments: []model.Investment{{ID: model.NewID(), Code: "D1", Title: "x", Block: model.BlockDeskundigheid,
			Start: model.MonthOf(2026, 8), Status: model.InvGepland}}}
	th := theme.ByID("ai")
	q, err := theme.Apply(p, th, []string{"ai-scholing", "ai-toelating"}, model.EN, model.MonthOf(2026, 9))
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Investments) != 1 || p.Themes != nil {
		t.Fatal("Apply changed the plan it was given")
	}
	if !q.HasTheme("ai") || len(q.Visions) != 0 || len(q.Investments) != 2 || len(q.Agreements) != 1 {
		t.Fatalf("got themes %v, %d visions, %d investments, %d agreements", q.Themes, len(q.Visions), len(q.Investments), len(q.Agreements))
	}
	inv := q.Investments[1]
	if inv.Code != "D2" || inv.Theme != "ai" || inv.Title != "AI literacy training for all staff" ||
		inv.Cost.OneOff != model.Euros(4000) || inv.Start != model.MonthOf(2026, 9) || inv.Focus != model.FocusDidactisch {
		t.Errorf("added investment %+v", inv)
	}
	if q.Agreements[0].Theme != "ai" || q.Agreements[0].Kind != model.AgreementAanschafBeheer {
		t.Errorf("added agreement %+v", q.Agreements[0])
	}
	if ps := q.Validate(); ps != nil {
		t.Errorf("the plan with the templates does not validate: %v", ps.Messages(model.EN))
	}
	if got := theme.Taken(q, th); strings.Join(got, ",") != "ai-scholing,ai-toelating" {
		t.Errorf("Taken = %v", got)
	}
	if _, err := theme.Apply(p, th, []string{"ai-scholing", "nope"}, model.NL, 0); err == nil ||
		!strings.Contains(err.(*theme.Error).Message(model.NL), `geen sjabloon "nope"`) {
		t.Errorf("an unknown pick: %v", err)
	}
	if _, err := theme.Apply(p, th, []string{"ai-scholing", "ai-scholing"}, model.NL, 0); err == nil {
		t.Error("a pick twice is refused")
	}
}
