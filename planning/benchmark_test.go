package planning

import (
	"strings"
	"testing"

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
		Wifi:                   &wifi,   // false = 0 vs 85: lager
		DigiboardRoomsPct:      nil,     // the school does not know: skipped
	}
	a := Analyse(p, ref)
	var got []string
	for _, c := range a.Benchmark.Comparisons {
		got = append(got, c.ID+"="+string(c.Outcome))
	}
	want := "pupils_per_computer_vo=hoger byod_vo=gelijk wifi_vo=lager"
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
	// po: 6 pupils per computer vs 5.0; 20% digital vs 29; 40 vs 48;
	// laptops 10 vs 15; tablets 0 vs 1; byod 0 vs 7; digiboards 90 vs 75;
	// wifi yes (100) vs 61.
	want := []string{"pupils_per_computer_po=hoger", "dlm_actual_po=lager", "dlm_desired_po=lager",
		"dev_laptop_share_po=lager", "dev_tablet_share_po=lager", "byod_po=lager",
		"digiboard_per_room_po=hoger", "wifi_po=hoger"}
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
