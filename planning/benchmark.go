package planning

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"

	"balansplan/model"
)

// Reference is the set of national figures the benchmark compares with:
// the Vier in balans-monitor 2013 (assets.Monitor2013), parsed by
// ParseReference or, once for the whole program, by BuiltinReference.
// Nothing in planning modifies a Reference after parsing, so one value may
// be shared; callers must not modify it either.
type Reference struct {
	Title   string
	Figures []RefFigure // in file order
	byID    map[string]int
}

// RefFigure is one national figure. Value is nil when the source gives only
// a range.
type RefFigure struct {
	ID         string
	Label      model.Text
	Sector     string
	Value      *float64
	Unit       string
	Role       string
	Source     string
	Confidence string // high, medium
	Qualifier  string // approx, more_than, or empty
}

// Figure returns the figure with the given id.
func (r *Reference) Figure(id string) (RefFigure, bool) {
	if r == nil {
		return RefFigure{}, false
	}
	i, ok := r.byID[id]
	if !ok {
		return RefFigure{}, false
	}
	return r.Figures[i], true
}

// usable reports whether a figure may be shown as a benchmark: it has a
// value and its confidence is high or medium.
func (f RefFigure) usable() bool {
	return f.Value != nil && (f.Confidence == "high" || f.Confidence == "medium")
}

// ParseReference reads the reference data set (monitor2013.json). Only the
// "benchmarks" array is used; "context" and "doubtful" entries are never
// benchmarks and are ignored.
func ParseReference(data []byte) (*Reference, error) {
	var doc struct {
		Meta *struct {
			Title string `json:"title"`
		} `json:"meta"`
		Benchmarks *[]struct {
			ID         string   `json:"id"`
			LabelNL    string   `json:"label_nl"`
			LabelEN    string   `json:"label_en"`
			Sector     string   `json:"sector"`
			Value      *float64 `json:"value"`
			Unit       string   `json:"unit"`
			Role       string   `json:"role"`
			Source     string   `json:"source"`
			Confidence string   `json:"confidence"`
			Qualifier  string   `json:"qualifier"`
		} `json:"benchmarks"`
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&doc); err != nil {
		return nil, fmt.Errorf("reference figures: %w", err)
	}
	if doc.Meta == nil {
		return nil, errors.New("reference figures: no \"meta\" object")
	}
	if doc.Benchmarks == nil {
		return nil, errors.New("reference figures: no \"benchmarks\" array")
	}
	r := &Reference{Title: doc.Meta.Title, byID: map[string]int{}}
	for i, b := range *doc.Benchmarks {
		if b.ID == "" {
			return nil, fmt.Errorf("reference figures: benchmark %d has no id", i+1)
		}
		if _, dup := r.byID[b.ID]; dup {
			return nil, fmt.Errorf("reference figures: benchmark id %q occurs twice", b.ID)
		}
		r.byID[b.ID] = len(r.Figures)
		r.Figures = append(r.Figures, RefFigure{
			ID: b.ID, Label: model.Text{NL: b.LabelNL, EN: b.LabelEN}, Sector: b.Sector, Value: b.Value,
			Unit: b.Unit, Role: b.Role, Source: b.Source, Confidence: b.Confidence, Qualifier: b.Qualifier,
		})
	}
	return r, nil
}

// Outcome says how the school's figure relates to the national one.
type Outcome string

// Outcomes. Gelijk means within the comparison's tolerance; Info is a
// figure that is stated beside the national one but not compared (wifi: a
// yes or no of one school against a share of institutions).
const (
	Hoger  Outcome = "hoger"
	Lager  Outcome = "lager"
	Gelijk Outcome = "gelijk"
	Info   Outcome = "info"
)

var outcomeLabels = map[Outcome]model.Text{
	Hoger:  {NL: "hoger", EN: "higher"},
	Lager:  {NL: "lager", EN: "lower"},
	Gelijk: {NL: "ongeveer gelijk", EN: "about the same"},
	Info:   {NL: "ter informatie", EN: "for information"},
}

// Tolerances of the comparison (§4.5): within them the school's figure is
// about the same as the national one.
const (
	PercentTolerance           = 2.0 // percentage points
	PupilsPerComputerTolerance = 0.3 // pupils
)

// FiguresYear is the year of the national figures: the monitor of 2013
// (school year 2012-2013). Every place that shows them says so once.
const FiguresYear = 2013

// Derived is the mark of a medium-confidence figure: reconstructed from a
// chart's layout rather than read from the text.
var Derived = model.Text{NL: "afgeleid", EN: "derived"}

// Label is the outcome for a user.
func (o Outcome) Label(l model.Lang) string { return outcomeLabels[o].In(l) }

// Comparison is one of the school's indicators next to the national figure
// of its sector.
type Comparison struct {
	ID        string // the reference figure, e.g. "pupils_per_computer_po"
	Indicator string // the plan's indicator, e.g. "pupils_per_computer"
	// Label names the figure with its unit ("Lokalen met digibord (%)"),
	// in Balansplan's words.
	Label model.Text
	// NationalNote says what the national figure counts where it differs
	// from the school's ("wat leraren wensten"); empty otherwise.
	NationalNote model.Text
	School       float64
	National     float64
	Unit         string
	// Tolerance is the difference within which the outcome is Gelijk; 0
	// for an Info line.
	Tolerance  float64
	Outcome    Outcome
	Source     string
	Confidence string
	Qualifier  string
	// LowerIsMore is true where a lower number means more equipment
	// (pupils per computer), so that a reader does not take "lower" as
	// "behind".
	LowerIsMore bool
}

// AmbitionShare puts the plan's ambition in context: the share of the
// sector's institutions that chose the same ambition in 2013.
type AmbitionShare struct {
	ID         string
	Ambition   model.Ambition
	Share      float64 // percent of institutions
	Source     string
	Confidence string
	Qualifier  string
}

// Benchmark is the comparison with the national monitor (§4.5).
type Benchmark struct {
	Sector      model.Sector
	Comparisons []Comparison
	// Ambition is nil when the plan has no ambition or the reference has no
	// usable figure for it in the school's sector.
	Ambition *AmbitionShare
}

// benchmarkMap is the table behind the benchmark: each indicator of the
// plan, the prefix of the reference figure it is compared with (the
// school's sector is appended, "_po"), its label with the unit, and the
// tolerance. docs/analysis.md has the same table.
var benchmarkMap = []struct {
	indicator    string
	prefix       string
	label        model.Text
	nationalNote model.Text
	value        func(model.Indicators) (float64, bool)
	lowerIsMore  bool
	tolerance    float64 // 0: stated, not compared
}{
	{"pupils_per_computer", "pupils_per_computer_", model.Text{NL: "Leerlingen per computer", EN: "Pupils per computer"}, model.Text{},
		floatOf(func(i model.Indicators) *float64 { return i.PupilsPerComputer }), true, PupilsPerComputerTolerance},
	{"digital_material_pct", "dlm_actual_", model.Text{NL: "Digitaal leermateriaal nu (%)", EN: "Digital learning material now (%)"}, model.Text{},
		floatOf(func(i model.Indicators) *float64 { return i.DigitalMaterialPct }), false, PercentTolerance},
	{"digital_material_goal_pct", "dlm_desired_", model.Text{NL: "Digitaal leermateriaal gewenst (%)", EN: "Digital learning material wanted (%)"},
		model.Text{NL: "wat leraren wensten", EN: "what teachers wished for"},
		floatOf(func(i model.Indicators) *float64 { return i.DigitalMaterialGoalPct }), false, PercentTolerance},
	{"laptop_share_pct", "dev_laptop_share_", model.Text{NL: "Laptops in het computerpark (%)", EN: "Laptops among the computers (%)"}, model.Text{},
		floatOf(func(i model.Indicators) *float64 { return i.LaptopSharePct }), false, PercentTolerance},
	{"tablet_share_pct", "dev_tablet_share_", model.Text{NL: "Tablets in het computerpark (%)", EN: "Tablets among the computers (%)"}, model.Text{},
		floatOf(func(i model.Indicators) *float64 { return i.TabletSharePct }), false, PercentTolerance},
	{"byod_pct", "byod_", model.Text{NL: "Leerlingen met een eigen apparaat (%)", EN: "Pupils using their own device (%)"}, model.Text{},
		floatOf(func(i model.Indicators) *float64 { return i.BYODPct }), false, PercentTolerance},
	{"digiboard_rooms_pct", "digiboard_per_room_", model.Text{NL: "Lokalen met digibord (%)", EN: "Rooms with a digiboard (%)"}, model.Text{},
		floatOf(func(i model.Indicators) *float64 { return i.DigiboardRoomsPct }), false, PercentTolerance},
	{"wifi", "wifi_", model.Text{NL: "Wifi", EN: "Wi-Fi"}, model.Text{NL: "scholen met wifi (%)", EN: "schools with Wi-Fi (%)"},
		func(i model.Indicators) (float64, bool) {
			if i.Wifi == nil {
				return 0, false
			}
			if *i.Wifi {
				// Yes, written as 100 (one institution, all of it) as in
				// analysis/1 so that a screen that prints the number stays
				// right; it is stated beside the national share, never
				// compared (Outcome Info, Sentence).
				return 100, true
			}
			return 0, true
		}, false, 0},
}

// Derived reports whether the national figure is of medium confidence:
// derived from a chart's layout, to be marked wherever it is shown.
func (c *Comparison) Derived() bool { return c.Confidence == "medium" }

// Derived reports whether the ambition share is of medium confidence.
func (s *AmbitionShare) Derived() bool { return s.Confidence == "medium" }

// Sentence states an Info line in words, for wifi: "De school heeft wifi;
// landelijk had 61% van de scholen in het primair onderwijs wifi." A
// derived figure says so. The year of the figures is left to the place that
// shows them, which says it once (FiguresYear).
func (c *Comparison) Sentence(sector model.Sector, l model.Lang) string {
	national := FormatNumber(c.National, 1, l) + "%"
	if c.Qualifier == "approx" {
		national = model.Text{NL: "ongeveer ", EN: "about "}.In(l) + national
	}
	if c.Derived() {
		national += " (" + Derived.In(l) + ")"
	}
	has := c.School != 0
	switch l {
	case model.EN:
		school := "The school has Wi-Fi"
		if !has {
			school = "The school has no Wi-Fi"
		}
		return fmt.Sprintf("%s; nationally, %s of schools in %s had Wi-Fi.", school, national, sector.Label(l))
	default:
		school := "De school heeft wifi"
		if !has {
			school = "De school heeft geen wifi"
		}
		return fmt.Sprintf("%s; landelijk had %s van de scholen in het %s wifi.", school, national, sector.Label(l))
	}
}

func floatOf(get func(model.Indicators) *float64) func(model.Indicators) (float64, bool) {
	return func(i model.Indicators) (float64, bool) {
		if v := get(i); v != nil {
			return *v, true
		}
		return 0, false
	}
}

// ambitionFigures maps an ambition to the prefix of its share in the
// reference.
var ambitionFigures = map[model.Ambition]string{
	model.AmbitionBehouden:    "amb_keep_",
	model.AmbitionStapsgewijs: "amb_steps_",
	model.AmbitionIngrijpend:  "amb_radical_",
}

func benchmarkOf(p *model.Plan, ref *Reference) Benchmark {
	bm := Benchmark{Sector: p.School.Sector, Comparisons: []Comparison{}}
	if ref == nil || !p.School.Sector.Valid() {
		return bm
	}
	sector := string(p.School.Sector)
	for _, m := range benchmarkMap {
		school, ok := m.value(p.Indicators)
		if !ok {
			continue
		}
		f, ok := ref.Figure(m.prefix + sector)
		if !ok || !f.usable() {
			continue
		}
		c := Comparison{
			ID: f.ID, Indicator: m.indicator, Label: m.label, NationalNote: m.nationalNote, School: school, National: *f.Value,
			Unit: f.Unit, Tolerance: m.tolerance, Source: f.Source, Confidence: f.Confidence, Qualifier: f.Qualifier,
			LowerIsMore: m.lowerIsMore,
		}
		switch {
		case m.tolerance == 0:
			c.Outcome = Info
		case school > c.National+m.tolerance+comparisonEpsilon:
			c.Outcome = Hoger
		case school < c.National-m.tolerance-comparisonEpsilon:
			c.Outcome = Lager
		default:
			c.Outcome = Gelijk
		}
		bm.Comparisons = append(bm.Comparisons, c)
	}
	if prefix, ok := ambitionFigures[p.Ambition]; ok {
		if f, ok := ref.Figure(prefix + sector); ok && f.usable() {
			bm.Ambition = &AmbitionShare{
				ID: f.ID, Ambition: p.Ambition, Share: *f.Value,
				Source: f.Source, Confidence: f.Confidence, Qualifier: f.Qualifier,
			}
		}
	}
	return bm
}
