package model_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"balansplan/model"
)

// The importer's text rules (issue 10 item 9): what encoding/json lets pass
// silently is refused with the key or field named, and the one thing it
// refused without a reason (a byte order mark) is accepted.

// replaceOnce changes the first occurrence of old in the example and fails
// the test when there is none, so that a case cannot pass by not applying.
func replaceOnce(t *testing.T, old, new string) []byte {
	t.Helper()
	data := readExample(t)
	if !bytes.Contains(data, []byte(old)) {
		t.Fatalf("the example has no %q", old)
	}
	return bytes.Replace(data, []byte(old), []byte(new), 1)
}

func TestDuplicateKeysAreAnErrorNamingTheKey(t *testing.T) {
	cases := []struct {
		name  string
		data  []byte
		field string // the JSON path of the second occurrence
		key   string
	}{
		{"a vision title given twice", replaceOnce(t, `"code": "V2",`, `"code": "V2", "title": "Eerst dit",`), "visions[1].title", "title"},
		{"the format given twice", replaceOnce(t, `"format": "balansplan/1",`, `"format": "balansplan/1", "format": "balansplan/1",`), "format", "format"},
		{"a school key spelled with an escape", replaceOnce(t, `"brin": "12AB",`, `"brin": "12AB", "br\u0069n": "99ZZ",`), "school.brin", "brin"},
		{"a budget year twice", replaceOnce(t, `"2026": 45000,`, `"2026": 45000, "2026": 1,`), "plan.budget_ceiling.2026", "2026"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p, ps := model.DecodeJSONBytes(c.data)
			if p != nil {
				t.Fatal("a file with a duplicate key gave a plan")
			}
			if !ps.Has("duplicate_key", model.Field(c.field)) {
				t.Fatalf("no duplicate_key problem on %s; got %v", c.field, ps.Messages(model.EN))
			}
			for _, pr := range ps {
				if pr.Reason == "duplicate_key" {
					for _, l := range []model.Lang{model.NL, model.EN} {
						if !strings.Contains(pr.Message(l), `"`+c.key+`"`) {
							t.Errorf("%s message does not name the key %q: %s", l, c.key, pr.Message(l))
						}
					}
				}
			}
		})
	}
}

func TestTheSameKeyInDifferentObjectsIsNoDuplicate(t *testing.T) {
	// Every vision has a "code" and a "title": keys repeat across objects,
	// never within one. The example must import as before.
	if _, ps := model.DecodeJSONBytes(readExample(t)); ps != nil {
		t.Fatal(ps.Messages(model.EN))
	}
}

func TestAByteOrderMarkIsAccepted(t *testing.T) {
	data := append([]byte("\xef\xbb\xbf"), readExample(t)...)
	p, ps := model.DecodeJSONBytes(data)
	if ps != nil {
		t.Fatalf("a file with a BOM is refused: %v", ps.Messages(model.EN))
	}
	if p.School.Name != "OBS De Regenboog" {
		t.Errorf("school = %q", p.School.Name)
	}
}

func TestSubCentAmountsAreAnError(t *testing.T) {
	cases := []struct{ amount, field string }{
		{"0.005", "cost.one_off"},
		{"6000.125", "cost.one_off"},
		{"1e-3", "cost.one_off"},
		{"12.3456e1", "cost.one_off"}, // 123.456
	}
	for _, c := range cases {
		t.Run(c.amount, func(t *testing.T) {
			data := replaceOnce(t, `"one_off": 6000,`, `"one_off": `+c.amount+`,`)
			p, ps := model.DecodeJSONBytes(data)
			if p != nil || !ps.Has("sub_cent", model.Field(c.field)) {
				t.Fatalf("%s was not refused as a fraction of a cent: %v", c.amount, ps.Messages(model.EN))
			}
			if !strings.Contains(ps[0].Message(model.NL), c.amount) || !strings.Contains(ps[0].Message(model.EN), c.amount) {
				t.Errorf("the message does not quote the amount: %v", ps.Messages(model.EN))
			}
		})
	}
	// Amounts that are whole cents in another spelling stay accepted.
	for amount, want := range map[string]model.Money{"6000.50": 600050, "6000.500": 600050, "1.2345e2": 12345, "6e3": 600000, "0.0": 0} {
		data := replaceOnce(t, `"one_off": 6000,`, `"one_off": `+amount+`,`)
		p, ps := model.DecodeJSONBytes(data)
		if ps != nil {
			t.Errorf("%s refused: %v", amount, ps.Messages(model.EN))
			continue
		}
		if got := p.Investments[1].Cost.OneOff; got != want {
			t.Errorf("%s read as %d cents, want %d", amount, got, want)
		}
	}
}

func TestLoneSurrogatesAreRefusedNotReplaced(t *testing.T) {
	cases := []struct{ name, title, field string }{
		{"a lone high surrogate", `Visie \ud800 kapot`, "visions[1].title"},
		{"a lone low surrogate", `\udc00`, "visions[1].title"},
		{"a high surrogate at the end", `kapot\ud83d`, "visions[1].title"},
		{"two high surrogates", `\ud83d\ud83d\ude00`, "visions[1].title"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			data := replaceOnce(t, `"title": "Leerlingen worden digitaal geletterd"`, `"title": "`+c.title+`"`)
			p, ps := model.DecodeJSONBytes(data)
			if p != nil || !ps.Has("surrogate", model.Field(c.field)) {
				t.Fatalf("got plan=%v, %v", p != nil, ps.Messages(model.EN))
			}
		})
	}
	// A proper pair is an ordinary character.
	data := replaceOnce(t, `"title": "Leerlingen worden digitaal geletterd"`, `"title": "Leerlingen \ud83d\ude00"`)
	p, ps := model.DecodeJSONBytes(data)
	if ps != nil || p.Visions[1].Title != "Leerlingen 😀" {
		t.Fatalf("a surrogate pair: %v %v", ps.Messages(model.EN), p)
	}
}

func TestControlCharactersAreRefusedWithTheFieldNamed(t *testing.T) {
	cases := []struct {
		name   string
		old    string
		new    string
		entity model.EntityKind
		ref    string
		field  string
	}{
		{"NUL in a vision title", `"title": "Leerlingen worden digitaal geletterd"`, `"title": "Leerlingen\u0000"`, model.EntityVision, "V2", "title"},
		{"escape in an investment title", `"title": "Opleiding ict-coördinator"`, `"title": "Opleiding \u001b[31m"`, model.EntityInvestment, "D2", "title"},
		{"NUL in a code", `"code": "D2",`, `"code": "D2\u0000",`, model.EntityInvestment, "D2\x00", "code"},
		{"tab in a code", `"code": "D2",`, `"code": "D\t2",`, model.EntityInvestment, "D\t2", "code"},
		{"newline in a school name", `"name": "OBS De Regenboog",`, `"name": "OBS De\nRegenboog",`, model.EntitySchool, "", "school.name"},
		{"DEL in an author", `"directeur",`, `"direc\u007fteur",`, model.EntityPlan, "", "plan.authors[0]"},
		{"C1 control in an owner", `"owner": "ib'er",`, `"owner": "ib\u0085er",`, model.EntityInvestment, "D1", "owner"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			data := replaceOnce(t, c.old, c.new)
			p, ps := model.DecodeJSONBytes(data)
			if p != nil || !ps.Has("control", model.Field(c.field)) {
				t.Fatalf("got plan=%v, %v", p != nil, ps.Messages(model.EN))
			}
			for _, pr := range ps {
				if pr.Reason == "control" && pr.Field == c.field && (pr.Entity != c.entity || pr.Ref != c.ref) {
					t.Errorf("entity %s %q, want %s %q", pr.Entity, pr.Ref, c.entity, c.ref)
				}
			}
		})
	}
	// Line ends and tabs are text in the multi-line fields.
	data := replaceOnce(t, `"text": "Bij rekenen en taal`, `"text": "Eerste alinea.\r\n\tTweede alinea.\nBij rekenen en taal`)
	if _, ps := model.DecodeJSONBytes(data); ps != nil {
		t.Fatalf("line ends in a vision text refused: %v", ps.Messages(model.EN))
	}
}

func TestCodesThatLookTheSameAreOneCode(t *testing.T) {
	cases := []struct {
		name   string
		code   string // D2's new code; D1 exists
		reason string
	}{
		{"another case", "d1", "duplicate"},
		{"a trailing space", "D1 ", "duplicate"},
		{"a leading no-break space", "\u00a0D1", "duplicate"},
		{"full-width letters", "\uff24\uff11", "duplicate"}, // Ｄ１
		{"a zero-width space", "D\u200b1", "invisible"},
		{"a right-to-left override", "\u202eD1", "invisible"},
		{"a byte order mark", "\ufeffD1", "invisible"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			data := replaceOnce(t, `"code": "D2",`, `"code": "`+jsonEscape(c.code)+`",`)
			p, ps := model.DecodeJSONBytes(data)
			if p != nil || !ps.Has(c.reason, model.FieldCode) {
				t.Fatalf("%q next to D1: plan=%v, %v", c.code, p != nil, ps.Messages(model.EN))
			}
		})
	}
	// A vision code and an investment code share one name space too.
	data := replaceOnce(t, `"code": "D2",`, `"code": "v1",`)
	if _, ps := model.DecodeJSONBytes(data); !ps.Has("duplicate", model.FieldCode) {
		t.Fatalf("investment v1 next to vision V1: %v", ps.Messages(model.EN))
	}
}

// jsonEscape writes s for inside a JSON string, with every character
// outside printable ASCII as a \u escape, so that the test shows what it
// sends. (The cases use no character beyond U+FFFF.)
func jsonEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r < 0x20 || r > 0x7e {
			fmt.Fprintf(&b, `\u%04x`, r)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// A year written with a leading zero is another key to JSON but the same
// year to the plan: "2027" and "02027" would say two things about one
// year, so only the plain form is a year.
func TestABudgetYearHasOneSpelling(t *testing.T) {
	data := replaceOnce(t, `"2027": 30000,`, `"02027": 30000,`)
	if p, ps := model.DecodeJSONBytes(data); p != nil || !ps.Has("year", "plan.budget_ceiling.02027") {
		t.Fatalf("got %v", ps.Messages(model.EN))
	}
}
