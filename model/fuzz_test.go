package model_test

import (
	"balansplan/model"
	"balansplan/model/testplan"
	"bytes"
	"os"
	"testing"
)

// FuzzDecodeJSON feeds the importer arbitrary bytes. It must never panic;
// when it accepts a file, the plan must validate and survive a round trip
// through model.EncodeJSON unchanged.
func FuzzDecodeJSON(f *testing.F) {
	f.Add(testplan.RegenboogJSON())
	if b, err := os.ReadFile("../assets/demo/dijkcollege.json"); err == nil {
		f.Add(b)
	}
	f.Add([]byte(`{"format":"balansplan/1"}`))
	f.Add([]byte(`{"format":"balansplan/1","school":{"name":"x"},"plan":{"title":"t","start_year":2026,"end_year":2026},` +
		`"investments":[{"code":"A","title":"a","block":"inhoud","start":"2026-01","depends_on":["B"]},` +
		`{"code":"B","title":"b","block":"inhoud","start":"2026-01","depends_on":["A"]}]}`))
	f.Add([]byte(`[]`))
	f.Add([]byte("\xff\xfe"))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, ps := model.DecodeJSONBytes(data)
		if p == nil {
			if len(ps) == 0 {
				t.Fatal("rejected without a problem")
			}
			for _, pr := range ps {
				if pr.Message(model.NL) == "" || pr.Message(model.EN) == "" {
					t.Fatal("empty message")
				}
			}
			return
		}
		if len(ps) != 0 {
			t.Fatal("a plan and problems at once")
		}
		if v := p.Validate(); len(v) != 0 {
			t.Fatalf("accepted plan does not validate: %v", v)
		}
		out, err := model.EncodeJSON(p)
		if err != nil {
			t.Fatal(err)
		}
		p2, ps2 := model.DecodeJSONBytes(out)
		if ps2 != nil {
			t.Fatalf("own export rejected: %v\n%s", ps2, out)
		}
		out2, _ := model.EncodeJSON(p2)
		if !bytes.Equal(out, out2) {
			t.Fatalf("round trip changed the plan:\n%s\n%s", out, out2)
		}
	})
}
