package export

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"balansplan/model"
)

// chartSummary stands in for a chart's shapes in the golden files. The
// shapes are planning/chart's geometry, tested there, and change whenever
// that package tunes a picture; the golden files pin what export decides
// (which charts, where, how large, with which titles and legends).
type chartSummary struct {
	Title   string   `json:"title,omitempty"`
	Caption string   `json:"caption,omitempty"`
	Width   float64  `json:"width"`
	Height  float64  `json:"height"`
	Shrink  bool     `json:"shrink,omitempty"`
	Legend  []Legend `json:"legend,omitempty"`
}

// goldenView is the report with chart shapes summarised.
func goldenView(r *Report) any {
	data, err := json.Marshal(r)
	if err != nil {
		panic(err)
	}
	var v any
	if err := json.Unmarshal(data, &v); err != nil {
		panic(err)
	}
	var walk func(x any) any
	walk = func(x any) any {
		switch t := x.(type) {
		case map[string]any:
			if t["kind"] == string(KindChart) {
				var c Chart
				raw, _ := json.Marshal(t["chart"])
				json.Unmarshal(raw, &c)
				s := chartSummary{Title: c.Title, Caption: c.Caption, Width: c.Width, Height: c.Height, Shrink: c.Shrink, Legend: c.Legend}
				return map[string]any{"kind": "chart", "chart": s}
			}
			for k, val := range t {
				t[k] = walk(val)
			}
		case []any:
			for i, val := range t {
				t[i] = walk(val)
			}
		}
		return x
	}
	return walk(v)
}

// matchGolden compares the structure of r with testdata/name.golden.json,
// or with -update writes it there.
func matchGolden(t *testing.T, name string, r *Report) {
	t.Helper()
	got, err := json.MarshalIndent(goldenView(r), "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	path := filepath.Join("testdata", name+".golden.json")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./export -run Golden -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the report; if the change is intended, run go test ./export -run Golden -update and review the diff", path)
	}
}

func TestReportStructureMatchesTheGoldenFiles(t *testing.T) {
	for _, f := range fixtures(t) {
		for _, l := range []model.Lang{model.NL, model.EN} {
			name := f.name + "-" + string(l)
			t.Run(name, func(t *testing.T) {
				matchGolden(t, name, Build(f.plan, analyse(t, f.plan), l))
			})
		}
	}
}

func TestTheReportModelIsPlainJSON(t *testing.T) {
	f := fixtures(t)[1]
	r := Build(f.plan, analyse(t, f.plan), model.NL)
	data, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var back Report
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	again, _ := json.Marshal(&back)
	if !bytes.Equal(data, again) {
		t.Error("the report does not survive a JSON round trip")
	}
}
