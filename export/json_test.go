package export

import (
	"errors"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"balansplan/model"
	"balansplan/model/testplan"
)

func TestWriteJSONWritesWhatImportReadsBack(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "plan.json")
	if err := WriteJSON(testplan.Regenboog(t), path); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, ps := model.DecodeJSONBytes(data); len(ps) > 0 {
		t.Fatalf("import refuses the export: %v", ps)
	}
}

// A plan import would refuse is not written, whatever Validate thought of
// it when it was loaded: the JSON writer checks its own output with the
// importer. The cases are the ones a damaged file can hold.
func TestWriteJSONNeverWritesWhatImportRefuses(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		name  string
		spoil func(p *model.Plan)
		field string // as the importer names it, in English
	}{
		// 92233720368547758.07 euros encodes, but no amount that large
		// is read back.
		{"extreme amount", func(p *model.Plan) { p.Investments[1].Cost.OneOff = math.MaxInt64 },
			"investment D1, field cost.one_off"},
		{"unknown bouwsteen", func(p *model.Plan) { p.Investments[1].Block = "quantum" },
			"investment D1, field block"},
		{"duplicate code", func(p *model.Plan) { p.Investments[2].Code = "D1" },
			"field code"},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := testplan.Regenboog(t)
			if p.Investments[1].Code != "D1" || p.Investments[2].Code != "D2" {
				t.Fatalf("the example changed: investments %s, %s", p.Investments[1].Code, p.Investments[2].Code)
			}
			c.spoil(p)
			dir := t.TempDir()
			path := filepath.Join(dir, "plan.json")
			err := WriteJSON(p, path)
			var ue *UnimportableError
			if !errors.As(err, &ue) {
				t.Fatalf("WriteJSON: %v, want an *UnimportableError", err)
			}
			en := strings.Join(ue.Messages(model.EN), "\n")
			if !strings.Contains(en, c.field) || !strings.Contains(en, "plan.json was not written") {
				t.Errorf("English: %s", en)
			}
			if nl := strings.Join(ue.Messages(model.NL), "\n"); !strings.Contains(nl, "plan.json is niet geschreven") {
				t.Errorf("Dutch: %s", nl)
			}
			if len(ue.Problems) == 0 || len(ue.Messages(model.EN)) != len(ue.Problems) {
				t.Errorf("%d problems, %d lines", len(ue.Problems), len(ue.Messages(model.EN)))
			}
			if entries, _ := os.ReadDir(dir); len(entries) != 0 {
				t.Errorf("left behind: %v", entries)
			}
		})
	}
}
