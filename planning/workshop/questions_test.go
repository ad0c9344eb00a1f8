package workshop

import (
	"errors"
	"strings"
	"testing"

	"balansplan/assets"
	"balansplan/model"
)

// minimalSet is a question set with one statement per bouwsteen (five in
// all), plus extra statements; header replaces the default header fields.
func minimalSet(header string, extra ...string) string {
	var parts []string
	for _, b := range model.Blocks() {
		parts = append(parts, `{"id":"`+string(b)+`.1","block":"`+string(b)+`","nl":"x","en":"x"}`)
	}
	parts = append(parts, extra...)
	if header == "" {
		header = `"version":"t-1"`
	}
	return `{` + header + `,"statements":[` + strings.Join(parts, ",") + `]}`
}

func scale(points ...string) string {
	return `"version":"t-1","scale":[` + strings.Join(points, ",") + `]`
}

// Issue 9: every refusal of ParseQuestionSet is a *QuestionSetError with a
// reason and a message in Dutch and English that names what is wrong.
// The messages are written out by hand from each broken set.
func TestEveryQuestionSetErrorIsInDutchAndEnglish(t *testing.T) {
	if _, err := ParseQuestionSet([]byte(minimalSet(""))); err != nil {
		t.Fatalf("the minimal set: %v", err)
	}
	pt := func(v int, nl, en string) string {
		return `{"value":` + string(rune('0'+v)) + `,"nl":"` + nl + `","en":"` + en + `"}`
	}
	five := []string{pt(1, "a", "a"), pt(2, "b", "b"), pt(3, "c", "c"), pt(4, "d", "d"), pt(5, "e", "e")}
	for name, c := range map[string]struct{ data, reason, nl, en string }{
		"empty": {" \n", "empty",
			"vragenlijst: het bestand is leeg",
			"question set: the file is empty"},
		"the end missing": {"{\"version\":\n", "json",
			`vragenlijst: het bestand is geen geldige JSON: het houdt op in regel 2 terwijl er nog iets open staat (een }, ] of ")`,
			`question set: the file is not valid JSON: it ends in line 2 while something is still open (a }, ] or ")`},
		"a wrong character": {"{\"version\": \"t-1\",\n\"statements\": [}", "json",
			"vragenlijst: het bestand is geen geldige JSON: fout in regel 2, kolom 16",
			"question set: the file is not valid JSON: error in line 2, column 16"},
		"a number for the version": {`{"version": 1}`, "json",
			`vragenlijst: "version" moet een tekst zijn; er staat een getal (regel 1, kolom 13)`,
			`question set: "version" must be a text; it is a number (line 1, column 13)`},
		"a fraction for a scale value": {`{"version": "t", "scale": [{"value": 1.5}]}`, "json",
			`vragenlijst: "scale.value" moet een geheel getal zijn; er staat het getal 1.5 (regel 1, kolom 38)`,
			`question set: "scale.value" must be a whole number; it is the number 1.5 (line 1, column 38)`},
		"a list for the title": {"{\"version\": \"t\",\n  \"title\": [\"x\"]}", "json",
			`vragenlijst: "title" moet een object zijn; er staat een lijst (regel 2, kolom 12)`,
			`question set: "title" must be an object; it is a list (line 2, column 12)`},
		"a number for a bouwsteen, after an escaped quote": {`{"statements": [{"id": "a\"b", "block": 7}]}`, "json",
			`vragenlijst: "statements.block" moet een tekst zijn; er staat een getal (regel 1, kolom 41)`,
			`question set: "statements.block" must be a text; it is a number (line 1, column 41)`},
		"something after the set": {"{\"version\":\"t\"}\n{}", "json",
			"vragenlijst: na het einde van de vragenlijst staat nog iets (regel 2, kolom 1)",
			"question set: something follows the end of the question set (line 2, column 1)"},
		"another format": {`{"format":"balansplan/1","version":"x","statements":[]}`, "format",
			`vragenlijst x: het formaat is "balansplan/1"; deze Balansplan leest "balansplan-questions/1"`,
			`question set x: the format is "balansplan/1"; this Balansplan reads "balansplan-questions/1"`},
		"no version": {minimalSet(`"version":" "`), "version",
			`vragenlijst: de vragenlijst heeft geen versie ("version"); een antwoord legt vast bij welke versie het hoort`,
			`question set: the question set has no version ("version"); an answer records the version it belongs to`},
		"four scale points": {minimalSet(scale(five[:4]...)), "scale",
			"vragenlijst t-1: de schaal heeft 4 punten; dat moeten er 5 zijn, 1 tot en met 5",
			"question set t-1: the scale has 4 points; it needs 5, 1 to 5"},
		"six scale points": {minimalSet(scale(append(five, `{"value":6,"nl":"f","en":"f"}`)...)), "scale",
			"vragenlijst t-1: de schaal heeft 6 punten; dat moeten er 5 zijn, 1 tot en met 5",
			"question set t-1: the scale has 6 points; it needs 5, 1 to 5"},
		"scale points out of order": {minimalSet(scale(five[0], five[1], five[3], five[2], five[4])), "scale",
			"vragenlijst t-1: punt 3 van de schaal heeft waarde 4; de punten zijn 1 tot en met 5, op volgorde",
			"question set t-1: point 3 of the scale has value 4; the points are 1 to 5, in order"},
		"a scale label in Dutch only": {minimalSet(scale(five[0], pt(2, "b", ""), five[2], five[3], five[4])), "text",
			"vragenlijst t-1: punt 2 van de schaal staat er in het Nederlands maar niet in het Engels (en)",
			"question set t-1: point 2 of the scale is there in Dutch but not in English (en)"},
		"a title in English only": {minimalSet(`"version":"t-1","title":{"en":"Self-assessment"}`), "text",
			"vragenlijst t-1: de titel staat er in het Engels maar niet in het Nederlands (nl)",
			"question set t-1: the title is there in English but not in Dutch (nl)"},
		"'weet niet' in Dutch only": {minimalSet(`"version":"t-1","unknown":{"nl":"weet niet"}`), "text",
			`vragenlijst t-1: "weet niet" (unknown) staat er in het Nederlands maar niet in het Engels (en)`,
			`question set t-1: "don't know" (unknown) is there in Dutch but not in English (en)`},
		"no id": {minimalSet("", `{"id":"","block":"visie","nl":"y","en":"y"}`), "no_id",
			`vragenlijst t-1: stelling 6 heeft geen id (zoals "visie.1")`,
			`question set t-1: statement 6 has no id (such as "visie.1")`},
		"a space in an id": {minimalSet("", `{"id":"visie 2","block":"visie","nl":"y","en":"y"}`), "id_chars",
			`vragenlijst t-1: de id "visie 2" van stelling 6 mag geen spaties, komma's, puntkomma's of aanhalingstekens bevatten: hij is ook de naam van een kolom`,
			`question set t-1: the id "visie 2" of statement 6 may not hold spaces, commas, semicolons or quotes: it also names a column`},
		"an id twice": {minimalSet("", `{"id":"visie.1","block":"visie","nl":"y","en":"y"}`), "duplicate_id",
			"vragenlijst t-1: stelling visie.1 staat er twee keer in (de tweede keer als stelling 6); elke id komt één keer voor",
			"question set t-1: statement visie.1 is in it twice (the second time as statement 6); each id occurs once"},
		"an unknown bouwsteen": {minimalSet("", `{"id":"x.1","block":"x","nl":"y","en":"y"}`), "block",
			`vragenlijst t-1: stelling x.1 hoort bij bouwsteen "x", die Balansplan niet kent; kies uit visie, deskundigheid, inhoud, infrastructuur, leiderschap`,
			`question set t-1: statement x.1 belongs to bouwsteen "x", which Balansplan does not know; choose from visie, deskundigheid, inhoud, infrastructuur, leiderschap`},
		"no English": {minimalSet("", `{"id":"visie.2","block":"visie","nl":"y","en":" "}`), "text",
			"vragenlijst t-1: stelling visie.2 heeft een tekst nodig in het Nederlands (nl) en in het Engels (en)",
			"question set t-1: statement visie.2 needs a text in Dutch (nl) and in English (en)"},
		"an explanation in Dutch only": {minimalSet("", `{"id":"visie.2","block":"visie","nl":"y","en":"y","explain_nl":"z"}`), "text",
			"vragenlijst t-1: de uitleg bij stelling visie.2 staat er in het Nederlands maar niet in het Engels (en)",
			"question set t-1: the explanation of statement visie.2 is there in Dutch but not in English (en)"},
		"a bouwsteen without statements": {`{"version":"t","statements":[{"id":"visie.1","block":"visie","nl":"x","en":"x"}]}`, "empty_block",
			"vragenlijst t: bouwsteen deskundigheid heeft geen enkele stelling; elke bouwsteen heeft er minstens één nodig",
			"question set t: bouwsteen deskundigheid has no statement at all; every bouwsteen needs at least one"},
	} {
		s, err := ParseQuestionSet([]byte(c.data))
		if s != nil || err == nil {
			t.Errorf("%s: accepted", name)
			continue
		}
		var msg interface{ Message(model.Lang) string }
		if !errors.As(err, &msg) {
			t.Errorf("%s: %T has no message in both languages: %v", name, err, err)
			continue
		}
		if got := msg.Message(model.NL); got != c.nl || err.Error() != c.nl {
			t.Errorf("%s, Dutch:\n got %s\nwant %s", name, got, c.nl)
		}
		if got := msg.Message(model.EN); got != c.en {
			t.Errorf("%s, English:\n got %s\nwant %s", name, got, c.en)
		}
		var qe *QuestionSetError
		if !errors.As(err, &qe) || qe.Reason != c.reason {
			t.Errorf("%s: %#v, want reason %s", name, err, c.reason)
		}
	}
}

// Every set this build ships passes the parser, also its stricter checks
// on texts in one language only.
func TestEveryShippedQuestionSetParses(t *testing.T) {
	versions := assets.QuestionSetVersions()
	if len(versions) == 0 {
		t.Fatal("no question sets shipped")
	}
	for _, v := range versions {
		data, _ := assets.QuestionSet(v)
		s, err := ParseQuestionSet(data)
		if err != nil {
			t.Errorf("%s: %v", v, err)
		} else if s.Version != v {
			t.Errorf("%s.json holds version %s", v, s.Version)
		}
	}
}

// FuzzParseQuestionSet feeds arbitrary bytes to the parser: never a
// panic, and every refusal a *QuestionSetError with a reason and a message
// in both languages.
func FuzzParseQuestionSet(f *testing.F) {
	data, _ := assets.QuestionSet(assets.CurrentQuestionSet)
	f.Add(data)
	f.Add([]byte(minimalSet("")))
	f.Add([]byte(`{"version": "t", "scale": [{"value": 1.5}]}`))
	f.Add([]byte("{\"version\":\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := ParseQuestionSet(data)
		if (s == nil) == (err == nil) {
			t.Fatalf("set %v and error %v", s != nil, err)
		}
		if err != nil {
			var qe *QuestionSetError
			if !errors.As(err, &qe) || qe.Reason == "" || qe.Detail.NL == "" || qe.Detail.EN == "" {
				t.Fatalf("%#v", err)
			}
			return
		}
		if len(s.Statements) < len(model.Blocks()) || s.Version == "" {
			t.Fatalf("accepted %+v", s)
		}
	})
}
