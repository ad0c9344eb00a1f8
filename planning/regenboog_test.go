package planning

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"reflect"
	"testing"

	"balansplan/model"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// The worked example of shared/examples/README.md, worked out by hand from
// regenboog.json:
//
// Levels (now / goal), five participants, p3 has no infrastructuur score:
//
//	visie          now 2+2+3+3+2 = 12/5 = 2.4    goal 4+4+4+5+4 = 21/5 = 4.2
//	deskundigheid  now 2+3+2+3+2 = 12/5 = 2.4    goal 4+4+3+4+4 = 19/5 = 3.8
//	inhoud         now 3+2+3+3+3 = 14/5 = 2.8    goal 4*5       = 20/5 = 4.0
//	infrastructuur now 3+3+4+3   = 13/4 = 3.25   goal 4+5+4+4   = 17/4 = 4.25
//	leiderschap    now 2+3+2+4+3 = 14/5 = 2.8    goal 4+4+4+5+4 = 21/5 = 4.2
//	human_now = (2.4+2.4)/2 = 2.4; material_now = (2.8+3.25)/2 = 3.025
//	tilt_now = 3.025 - 2.4 = 0.625; human_goal = (4.2+3.8)/2 = 4.0;
//	material_goal = (4.0+4.25)/2 = 4.125
//
// Cash out per year (one-off in the start year, recurring every year from
// the start through the end, or through 2029 when the end is open):
//
//	2026: VI1 3500 + D1 6000 + D2 2800+1500 + D3 800 + I1 4800 + N1 14000
//	      + N2 21000 + N3 3600 = 58000 (ceiling 45000: over by 13000)
//	2027: D2 1500 + D3 800 + I1 4800 + I2 1200+600 + N3 3600 = 12500
//	2028: D3 800 + I1 4800 + I2 600 + N3 3600 = 9800; 2029 the same
//	total 90100; per pupil 90100/240 = 375.41666... -> 375.42
//
// Burden 2026: expensed one-offs VI1 3500 + D1 6000 + D2 2800 = 12300,
// recurring 1500 + 800 + 4800 + 3600 = 10700, depreciation N1 14000/7 =
// 2000 and N2 21000/4 = 5250: 12300 + 10700 + 7250 = 30250. N1 runs on for
// three years after 2029: 3 * 2000 = 6000 after the plan.
//
// Human share: visie 3500 + deskundigheid (6000 + 2800+1500+1500 +
// 4*800) = 3500 + 15000 = 18500 over 90100 (leiderschap L1 costs 0) =
// 0.20532... -> 0.205.
//
// Route (analysis/2): material investments I1, I2, N1, N2, N3 all linked:
// T = 1.0. The earliest human-factor (visie or deskundigheid) start per
// vision: VI1 2026-01 for V1, V2 and V3. Every material investment starts
// in 2026-07 or later, so E = 5/5 = 1.0 (analysis/1 counted deskundigheid
// only: N1 in 2026-07 before D1 in 2026-08 gave 4/5 = 0.8). Visions exist,
// T >= 0.8, E >= 0.8: onderwijsgedreven.
//
// Position: now leraargestuurd (0) x instructie_oefenen (0): in_balans.
// Weights over the inhoud investments only (analysis/2: learning material
// first): adaptief I1 4*4800 = 19200; instructie_oefenen I2 1200 + 3*600 =
// 3000; adaptief wins; goal zelfstandig (1) x adaptief (1): in_balans.
//
// Findings, in the order of §4.4: over_budget (2026, hoog);
// assessment_divergence (leiderschap: schoolleider 4 against leraren
// (2+3+2)/3 = 2.33, a difference of 1.67 >= 1.5; on the other blocks the
// differences are 0.67, 0.67, 0.33 and 1.0; midden);
// returns_without_evaluation (V1, V2, V3 name returns and no evaluation;
// laag). Nothing else: D1..D3, I1, I2, N1..N3 all have a vision; V1..V3 all
// have investments; V1 and V2 have deskundigheid; VI1 precedes every
// material investment; no dependency starts early (I1 2026-10 and N2
// 2026-09 after N1's end 2026-08); goal in balance; tilt 0.625 < 1; gap
// 3.25 - 2.4 = 0.85 < 2; a didactisch agreement (deels) exists; the devices
// N2 are covered by the open-ended beheer N3 from 2026-09; the human share
// 0.205 >= 0.15; ambition stapsgewijs is never inconsistent.
func TestWorkedExampleComesOutExactly(t *testing.T) {
	p := loadRegenboog(t)
	a := Analyse(p, mustReference(t))

	levels := map[model.Block][2]float64{
		model.BlockVisie: {2.4, 4.2}, model.BlockDeskundigheid: {2.4, 3.8}, model.BlockInhoud: {2.8, 4.0},
		model.BlockInfrastructuur: {3.25, 4.25}, model.BlockLeiderschap: {2.8, 4.2},
	}
	for b, want := range levels {
		bl := a.Levels.Block(b)
		if got := bl.Now.Level(); !got.Known || !near(got.Value, want[0]) {
			t.Errorf("%s now = %v, want %v", b, got, want[0])
		}
		if got := bl.Goal.Level(); !got.Known || !near(got.Value, want[1]) {
			t.Errorf("%s goal = %v, want %v", b, got, want[1])
		}
	}
	if n := a.Levels.Block(model.BlockInfrastructuur).Now.Count; n != 4 {
		t.Errorf("infrastructuur counted %d scores, want 4 (one null skipped)", n)
	}
	for name, c := range map[string]struct {
		got  Level
		want float64
	}{
		"human_now": {a.Levels.HumanNow, 2.4}, "material_now": {a.Levels.MaterialNow, 3.025},
		"human_goal": {a.Levels.HumanGoal, 4.0}, "material_goal": {a.Levels.MaterialGoal, 4.125},
		"tilt_now": {a.Levels.TiltNow, 0.625},
	} {
		if !c.got.Known || !near(c.got.Value, c.want) {
			t.Errorf("%s = %v, want %v", name, c.got, c.want)
		}
	}

	r := a.Route
	if !r.TracedKnown || !near(r.TracedShare, 1.0) || !r.ExpertiseFirstKnown || !near(r.ExpertiseFirstShare, 1.0) || r.Verdict != Onderwijsgedreven {
		t.Errorf("route T=%v E=%v %s, want 1.0 1.0 onderwijsgedreven", r.T(), r.E(), r.Verdict)
	}

	pos := a.Position
	if pos.Now.Balance() != InBalans || pos.Goal.Balance() != InBalans {
		t.Errorf("position %s -> %s, want in_balans -> in_balans", pos.Now.Balance(), pos.Goal.Balance())
	}
	if pos.PlannedMaterial != model.MaterialAdaptief || !pos.FromInvestments {
		t.Errorf("planned material %s (from investments %v), want adaptief from the investments", pos.PlannedMaterial, pos.FromInvestments)
	}
	if pos.Weights != [3]model.Money{euros(3000), euros(19200), 0} || pos.DecidedFrom != model.BlockInhoud {
		t.Errorf("material weights %v from %s, want 3000 / 19200 / 0 from inhoud", pos.Weights, pos.DecidedFrom)
	}

	cash := map[int]float64{2026: 58000, 2027: 12500, 2028: 9800, 2029: 9800}
	for y, want := range cash {
		if got := year(t, a, y).CashOut; got != euros(want) {
			t.Errorf("cash out %d = %s, want %v", y, got, want)
		}
	}
	if got := year(t, a, 2026).Burden; got != euros(30250) {
		t.Errorf("burden 2026 = %s, want 30250", got)
	}
	if !year(t, a, 2026).Over || year(t, a, 2027).Over {
		t.Errorf("over budget: want 2026 only, got %v", a.Budget.OverYears)
	}
	if a.Budget.TotalCashOut != euros(90100) {
		t.Errorf("total = %s, want 90100", a.Budget.TotalCashOut)
	}
	if !a.Budget.HasPerPupil || a.Budget.PerPupil != euros(375.42) {
		t.Errorf("per pupil = %s, want 375.42", a.Budget.PerPupil)
	}
	if hs := a.Budget.HumanShare; !hs.Known || Round(hs.Value, 3) != 0.205 || !near(hs.Value, 18500.0/90100.0) {
		t.Errorf("human share = %v, want 18500/90100 = 0.205 rounded", hs)
	}
	if a.Budget.DepreciationAfterPlan != euros(6000) {
		t.Errorf("depreciation after plan = %s, want 6000", a.Budget.DepreciationAfterPlan)
	}

	want := []string{"over_budget(2026)", "assessment_divergence(leiderschap)", "returns_without_evaluation(V1,V2,V3)"}
	if got := findingCodes(a); !reflect.DeepEqual(got, want) {
		t.Errorf("findings = %v, want %v", got, want)
	}
}

// The JSON of the worked example carries the keys of §4.6 with the values
// above, and matches the golden file byte for byte (go test -update
// rewrites it after a deliberate change).
func TestWorkedExampleJSON(t *testing.T) {
	a := Analyse(loadRegenboog(t), mustReference(t))
	data, err := a.JSON()
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatalf("analysis JSON does not parse: %v", err)
	}
	get := func(path ...string) any {
		var v any = doc
		for _, k := range path {
			m, ok := v.(map[string]any)
			if !ok {
				t.Fatalf("%v: not an object at %q", path, k)
			}
			v = m[k]
		}
		return v
	}
	checks := []struct {
		path []string
		want any
	}{
		{[]string{"format"}, "balansplan-analysis/2"},
		{[]string{"blocks", "visie", "now"}, 2.4},
		{[]string{"blocks", "infrastructuur", "now"}, 3.25},
		{[]string{"blocks", "visie", "spread"}, 1.0},
		{[]string{"blocks", "leiderschap", "by_role", "schoolleider", "now"}, 4.0},
		{[]string{"blocks", "leiderschap", "by_role", "leraar", "now"}, 2.333},
		{[]string{"human_now"}, 2.4},
		{[]string{"material_now"}, 3.025},
		{[]string{"human_goal"}, 4.0},
		{[]string{"material_goal"}, 4.125},
		{[]string{"tilt_now"}, 0.625},
		{[]string{"position", "now"}, "in_balans"},
		{[]string{"position", "goal"}, "in_balans"},
		{[]string{"route", "verdict"}, "onderwijsgedreven"},
		{[]string{"route", "traced_share"}, 1.0},
		{[]string{"route", "expertise_first_share"}, 1.0},
		{[]string{"route", "matrix", "V1", "deskundigheid"}, []any{"D1"}},
		{[]string{"route", "matrix", "V1", "infrastructuur"}, []any{"N1", "N2", "N3"}},
		{[]string{"route", "matrix", "V3", "inhoud"}, []any{}},
		{[]string{"budget", "years", "2026", "cash_out"}, 58000.0},
		{[]string{"budget", "years", "2026", "burden"}, 30250.0},
		{[]string{"budget", "years", "2026", "ceiling"}, 45000.0},
		{[]string{"budget", "years", "2026", "by_block", "deskundigheid"}, 11100.0},
		{[]string{"budget", "years", "2027", "cash_out"}, 12500.0},
		{[]string{"budget", "years", "2029", "cash_out"}, 9800.0},
		{[]string{"budget", "total_cash_out"}, 90100.0},
		{[]string{"budget", "human_share"}, 0.205},
		{[]string{"budget", "per_pupil"}, 375.42},
	}
	for _, c := range checks {
		if got := get(c.path...); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%v = %#v, want %#v", c.path, got, c.want)
		}
	}
	fs := doc["findings"].([]any)
	if len(fs) != 3 {
		t.Fatalf("%d findings, want 3", len(fs))
	}
	f0 := fs[0].(map[string]any)
	for _, k := range []string{"code", "severity", "subject", "message_nl", "message_en"} {
		if _, ok := f0[k]; !ok {
			t.Errorf("finding lacks key %q", k)
		}
	}
	bm := doc["benchmark"].([]any)
	b0 := bm[0].(map[string]any)
	if b0["id"] != "pupils_per_computer_po" || b0["school"] != 6.0 || b0["national"] != 5.0 || b0["source"] != "A §3.4, fig 35" {
		t.Errorf("first benchmark = %v", b0)
	}

	golden := "testdata/regenboog.analysis.json"
	if *update {
		if err := os.WriteFile(golden, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(data, want) {
		t.Errorf("analysis JSON differs from %s; run go test -update after checking the change", golden)
	}
}

// Our writer gives the same document as encoding/json would: it parses, and
// re-indenting it with encoding/json changes nothing.
func TestJSONIsWhatEncodingJSONWouldWrite(t *testing.T) {
	a := Analyse(loadRegenboog(t), mustReference(t))
	data, err := a.JSON()
	if err != nil {
		t.Fatal(err)
	}
	var compact, buf bytes.Buffer
	if err := json.Compact(&compact, data); err != nil {
		t.Fatal(err)
	}
	if err := json.Indent(&buf, compact.Bytes(), "", "  "); err != nil {
		t.Fatal(err)
	}
	buf.WriteByte('\n')
	if !bytes.Equal(buf.Bytes(), data) {
		t.Errorf("encoding/json indents the analysis differently:\n%s", firstDiff(buf.Bytes(), data))
	}
	for _, s := range []string{"plain", "quote \" and \\ back", "tab\tnewline\n", "ctrl \x01", "html <&>", "ë ï €", "line\u2028sep", "bad \xff utf8"} {
		got := appendString(nil, s)
		var back string
		if err := json.Unmarshal(got, &back); err != nil {
			t.Errorf("%q written as %s does not parse: %v", s, got, err)
			continue
		}
		want := s
		if s == "bad \xff utf8" {
			want = "bad \ufffd utf8"
		}
		if back != want {
			t.Errorf("%q reads back as %q", s, back)
		}
	}
}

func firstDiff(a, b []byte) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	lo := max(0, i-40)
	return "want ..." + string(a[lo:min(len(a), i+40)]) + "...\ngot  ..." + string(b[lo:min(len(b), i+40)]) + "..."
}
