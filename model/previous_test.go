package model_test

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"balansplan/model"
	"balansplan/model/testplan"
)

// testdata/before-previous holds what EncodeJSON wrote before plan.previous
// existed (the code of commit 9fbd60f, run from a copy made with git
// archive): the example and the board fixture, each with a year of the
// plan's life (status changes, a version, realisation, an evaluation).
// A plan that continues no other must still be written byte for byte so.
func TestAPlanWithoutPreviousEncodesToTheBytesItDidBefore(t *testing.T) {
	encodesAsBefore(t, "before-previous", []string{"regenboog-lifecycle.json", "regenboog-board-lifecycle.json"},
		func(t *testing.T, p *model.Plan) {
			if !p.Previous.IsZero() {
				t.Fatalf("Previous = %+v, want none", p.Previous)
			}
		})
}

func TestPreviousIsWrittenAsAnObjectAndReadBack(t *testing.T) {
	p := testplan.Regenboog(t)
	p.Previous = model.Previous{ID: "2f0c6a2e-6b7e-4d55-9a43-0d1c2b3a4f50", Title: "Ict-beleidsplan 2022-2025", Version: "1.1"}
	data, err := model.EncodeJSON(p)
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	want := map[string]any{"id": "2f0c6a2e-6b7e-4d55-9a43-0d1c2b3a4f50", "title": "Ict-beleidsplan 2022-2025", "version": "1.1"}
	if got := doc["plan"].(map[string]any)["previous"]; !reflect.DeepEqual(got, want) {
		t.Errorf("plan.previous = %v, want %v", got, want)
	}
	q, ps := model.DecodeJSONBytes(data)
	if ps != nil {
		t.Fatal(ps.Messages(model.EN))
	}
	if q.Previous != p.Previous {
		t.Errorf("read back %+v, want %+v", q.Previous, p.Previous)
	}
	// null and {} read as none, as an absent block does.
	for _, in := range []string{`null`, `{}`} {
		data := bytes.Replace(testplan.RegenboogJSON(), []byte(`"version": "0.3",`), []byte(`"version": "0.3", "previous": `+in+`,`), 1)
		q, ps := model.DecodeJSONBytes(data)
		if ps != nil {
			t.Fatalf("%s: %v", in, ps.Messages(model.EN))
		}
		if !q.Previous.IsZero() {
			t.Errorf("%s gives %+v", in, q.Previous)
		}
	}
}

func TestBadPreviousIsRejectedWithAMessageNamingTheField(t *testing.T) {
	for _, c := range []struct {
		name, block string
		field       model.Field
		nl, en      string
	}{
		{"not an object", `"2022-2025"`, model.FieldPlanPrevious, "object", "object"},
		{"id of the wrong type", `{"id": 7, "title": "Oud"}`, model.FieldPlanPreviousID, "tekst", "text"},
		{"no id", `{"title": "Ict-plan 2022-2025", "version": "1.0"}`, model.FieldPlanPreviousID, "ID van dat plan", "that plan's ID"},
		{"a title over two lines", `{"id": "x1", "title": "Ict-plan\n2022"}`, model.FieldPlanPreviousTitle, "", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			data := bytes.Replace(testplan.RegenboogJSON(), []byte(`"version": "0.3",`), []byte(`"version": "0.3", "previous": `+c.block+`,`), 1)
			_, ps := model.DecodeJSONBytes(data)
			if len(ps) != 1 {
				t.Fatalf("%d problems, want 1: %v", len(ps), ps.Messages(model.EN))
			}
			if ps[0].Field != string(c.field) {
				t.Errorf("the problem names %s, want %s", ps[0].Field, c.field)
			}
			if nl, en := ps[0].Message(model.NL), ps[0].Message(model.EN); !strings.Contains(nl, c.nl) || !strings.Contains(en, c.en) {
				t.Errorf("the message is %q / %q, want it to say %q / %q", nl, en, c.nl, c.en)
			}
		})
	}
}
