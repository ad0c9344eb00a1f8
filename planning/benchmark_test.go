package planning

import (
	"reflect"
	"strings"
	"sync"
	"testing"

	"balansplan/assets"
	"balansplan/model"
)

func TestParseReferenceReadsTheMonitor(t *testing.T) {
	ref := mustReference(t)
	f, ok := ref.Figure("pupils_per_computer_po")
	if !ok || f.Value == nil || *f.Value != 5.0 || f.Source != "A §3.4, fig 35" || f.Confidence != "high" || f.Qualifier != "approx" {
		t.Errorf("pupils_per_computer_po = %+v", f)
	}
	if f, ok := ref.Figure("grp_kopgroep_apps"); !ok || f.Value != nil {
		t.Errorf("a range-only figure should have a nil value: %+v", f)
	}
	if _, ok := ref.Figure("ctx_institutions_po"); ok {
		t.Error("context entries are not benchmarks")
	}
	if !strings.Contains(ref.Title, "2013") {
		t.Errorf("title = %q", ref.Title)
	}
}

func TestParseReferenceRejectsBrokenData(t *testing.T) {
	for name, data := range map[string]string{
		"not json":      `{`,
		"no meta":       `{"benchmarks": []}`,
		"no benchmarks": `{"meta": {}}`,
		"no id":         `{"meta": {}, "benchmarks": [{"value": 1}]}`,
		"duplicate id":  `{"meta": {}, "benchmarks": [{"id": "a"}, {"id": "a"}]}`,
		"wrong type":    `{"meta": {}, "benchmarks": [{"id": "a", "value": "five"}]}`,
	} {
		if _, err := ParseReference([]byte(data)); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func fl(v float64) *float64 { return &v }

// A small reference of our own shows the rules: only high and medium
// confidence, only figures with a value, only the school's sector.
const testReference = `{"meta": {"title": "test"}, "benchmarks": [
 {"id": "pupils_per_computer_vo", "label_nl": "Leerlingen per computer", "label_en": "Pupils per computer", "sector": "vo", "value": 4.9, "unit": "pupils_per_computer", "source": "fig 35", "confidence": "high"},
 {"id": "pupils_per_computer_po", "sector": "po", "value": 5.0, "source": "fig 35", "confidence": "high"},
 {"id": "dlm_actual_vo", "sector": "vo", "value": 26, "source": "fig 30", "confidence": "low"},
 {"id": "dlm_desired_vo", "sector": "vo", "value": null, "value_min": 40, "value_max": 50, "source": "fig 30", "confidence": "high"},
 {"id": "byod_vo", "sector": "vo", "value": 25, "source": "fig 34", "confidence": "medium"},
 {"id": "wifi_vo", "sector": "vo", "value": 85, "source": "fig 37", "confidence": "high"},
 {"id": "digiboard_per_room_vo", "sector": "vo", "value": 54, "source": "fig 33", "confidence": "high"},
 {"id": "amb_radical_vo", "sector": "vo", "value": 24, "source": "fig 22", "confidence": "medium"},
 {"id": "amb_steps_vo", "sector": "vo", "value": 57, "source": "fig 22", "confidence": "low"}
]}`

func TestBenchmarkComparesWithTheSectorsUsableFigures(t *testing.T) {
	ref, err := ParseReference([]byte(testReference))
	if err != nil {
		t.Fatal(err)
	}
	p := newPlan(2026, 2026)
	p.School.Sector = model.SectorVO
	p.Ambition = model.AmbitionIngrijpend
	wifi := false
	p.Indicators = model.Indicators{
		PupilsPerComputer:      fl(5.5), // vs 4.9: hoger
		DigitalMaterialPct:     fl(30),  // low confidence: skipped
		DigitalMaterialGoalPct: fl(45),  // range only: skipped
		LaptopSharePct:         fl(50),  // no vo figure: skipped
		BYODPct:                fl(25),  // medium: gelijk
		Wifi:                   &wifi,   // a yes or no of one school: stated (info), never compared
		DigiboardRoomsPct:      nil,     // the school does not know: skipped
	}
	a := Analyse(p, ref)
	var got []string
	for _, c := range a.Benchmark.Comparisons {
		got = append(got, c.ID+"="+string(c.Outcome))
	}
	want := "pupils_per_computer_vo=hoger byod_vo=gelijk wifi_vo=info"
	if strings.Join(got, " ") != want {
		t.Errorf("comparisons %v, want %s", got, want)
	}
	c := a.Benchmark.Comparisons[0]
	if c.School != 5.5 || c.National != 4.9 || c.Source != "fig 35" || !c.LowerIsMore || c.Indicator != "pupils_per_computer" {
		t.Errorf("first comparison = %+v", c)
	}
	if am := a.Benchmark.Ambition; am == nil || am.ID != "amb_radical_vo" || am.Share != 24 {
		t.Errorf("ambition context = %+v", am)
	}
	// stapsgewijs in vo is only in low confidence: no context.
	p.Ambition = model.AmbitionStapsgewijs
	if am := Analyse(p, ref).Benchmark.Ambition; am != nil {
		t.Errorf("low-confidence ambition shown: %+v", am)
	}
}

func TestBenchmarkOfTheWorkedExample(t *testing.T) {
	a := Analyse(loadRegenboog(t), mustReference(t))
	// po: 6 pupils per computer vs 5.0 (more than 0.3 apart); 20% digital
	// vs 29; 40 vs 48; laptops 10 vs 15; tablets 0 vs 1 (within 2 points:
	// about the same; analysis/1 said lager); byod 0 vs 7; digiboards 90 vs
	// 75; wifi yes beside 61%: stated, not compared (analysis/1 said hoger).
	want := []string{"pupils_per_computer_po=hoger", "dlm_actual_po=lager", "dlm_desired_po=lager",
		"dev_laptop_share_po=lager", "dev_tablet_share_po=gelijk", "byod_po=lager",
		"digiboard_per_room_po=hoger", "wifi_po=info"}
	var got []string
	for _, c := range a.Benchmark.Comparisons {
		got = append(got, c.ID+"="+string(c.Outcome))
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("got %v\nwant %v", got, want)
	}
	if am := a.Benchmark.Ambition; am == nil || am.ID != "amb_steps_po" || am.Share != 57 {
		t.Errorf("ambition context = %+v", am)
	}
}

func TestNoReferenceOrNoSectorMeansNoBenchmark(t *testing.T) {
	p := loadRegenboog(t)
	if bm := Analyse(p, nil).Benchmark; len(bm.Comparisons) != 0 || bm.Ambition != nil {
		t.Errorf("benchmark without reference: %+v", bm)
	}
	p.School.Sector = ""
	if bm := Analyse(p, mustReference(t)).Benchmark; len(bm.Comparisons) != 0 {
		t.Errorf("benchmark without sector: %+v", bm)
	}
}

// BuiltinReference parses the shipped figures once: every call gives the
// same value, equal to a fresh parse of assets.Monitor2013, and analysing
// a plan with it leaves it as it was (so that sharing it is safe).
func TestBuiltinReferenceIsTheShippedMonitorParsedOnce(t *testing.T) {
	first, err := BuiltinReference()
	if err != nil {
		t.Fatal(err)
	}
	again, err := BuiltinReference()
	if err != nil || again != first {
		t.Fatalf("second call: %p, %v; want the same %p", again, err, first)
	}
	fresh, err := ParseReference(assets.Monitor2013)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(first, fresh) {
		t.Error("BuiltinReference differs from ParseReference(assets.Monitor2013)")
	}
	// The figures the benchmark of the worked example uses (worked out in
	// regenboog_test.go) are there: 5 pupils per computer in po.
	if f, ok := first.Figure("pupils_per_computer_po"); !ok || f.Value == nil || *f.Value != 5 {
		t.Errorf("pupils_per_computer_po = %+v", f)
	}
	for range 2 {
		Analyse(loadRegenboog(t), first)
	}
	if !reflect.DeepEqual(first, fresh) {
		t.Error("Analyse modified the shared reference")
	}
}

// Several goroutines may ask for the reference at once (the GUI analyses
// while an export runs); all get the one value.
func TestBuiltinReferenceFromSeveralGoroutines(t *testing.T) {
	const n = 8
	got := make([]*Reference, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() { got[i], _ = BuiltinReference() })
	}
	wg.Wait()
	for i := range got {
		if got[i] == nil || got[i] != got[0] {
			t.Fatalf("goroutine %d got %p, goroutine 0 %p", i, got[i], got[0])
		}
	}
}

// Within the tolerance of §4.5 (2 percentage points, 0.3 pupils per
// computer) the outcome is gelijk, on the boundary included; just outside
// it is hoger or lager. po figures: pupils per computer 5.0, digital
// material now 29.
func TestBenchmarkToleranceOnBothSides(t *testing.T) {
	for _, c := range []struct {
		ppc, dlm float64
		want     string
	}{
		{5.3, 31, "gelijk gelijk"},     // exactly on the tolerance
		{4.7, 27, "gelijk gelijk"},     // exactly on it, below
		{5.31, 31.1, "hoger hoger"},    // just above
		{4.69, 26.9, "lager lager"},    // just below
		{5.0, 29, "gelijk gelijk"},     // equal
		{5.29, 30.99, "gelijk gelijk"}, // inside
	} {
		p := newPlan(2026, 2026)
		p.Indicators = model.Indicators{PupilsPerComputer: fl(c.ppc), DigitalMaterialPct: fl(c.dlm)}
		a := Analyse(p, mustReference(t))
		var got []string
		for _, cm := range a.Benchmark.Comparisons {
			got = append(got, string(cm.Outcome))
		}
		if strings.Join(got, " ") != c.want {
			t.Errorf("%v pupils per computer, %v%% digital: %v, want %s", c.ppc, c.dlm, got, c.want)
		}
	}
}

// Wifi is stated beside the national share in a sentence, never as higher
// or lower; a derived (medium-confidence) figure is marked.
func TestWifiIsASentenceAndDerivedFiguresAreMarked(t *testing.T) {
	p := loadRegenboog(t)
	a := Analyse(p, mustReference(t))
	var wifi *Comparison
	for i := range a.Benchmark.Comparisons {
		if a.Benchmark.Comparisons[i].Indicator == "wifi" {
			wifi = &a.Benchmark.Comparisons[i]
		}
	}
	if wifi == nil || wifi.Outcome != Info {
		t.Fatalf("wifi comparison = %+v, want outcome info", wifi)
	}
	if got, want := wifi.Sentence(model.SectorPO, model.NL), "De school heeft wifi; landelijk had 61% van de scholen in het primair onderwijs wifi."; got != want {
		t.Errorf("wifi sentence = %q, want %q", got, want)
	}
	no := *wifi
	no.School, no.Confidence = 0, "medium"
	if got, want := no.Sentence(model.SectorPO, model.EN), "The school has no Wi-Fi; nationally, 61% (derived) of schools in primary education had Wi-Fi."; got != want {
		t.Errorf("wifi sentence = %q, want %q", got, want)
	}
	// amb_steps_po is of medium confidence: derived.
	if am := a.Benchmark.Ambition; am == nil || !am.Derived() {
		t.Errorf("ambition context %+v is not marked derived", am)
	}
	for _, c := range a.Benchmark.Comparisons {
		if c.Indicator == "digiboard_rooms_pct" && c.Label.NL != "Lokalen met digibord (%)" {
			t.Errorf("digiboard label %q, want the unit in it", c.Label.NL)
		}
	}
}
