package answers

import (
	"errors"
	"strings"
	"testing"

	"balansplan/model"
)

// Issue 9: a bad mapping file showed "Er ging iets onverwachts mis". Every
// refusal of ParseMapping is a Problems error with a reason and a sentence
// in both languages that names what is wrong; the messages below are
// written out by hand from the mapping shown.
func TestEveryBadMappingIsATypedErrorThatNamesWhatIsWrong(t *testing.T) {
	for name, c := range map[string]struct {
		json, reason, nl, en string
	}{
		"an empty file": {"", "mapping_empty",
			`koppeling: het bestand bevat geen koppeling; een koppeling is een JSON-object, zoals {"participant": "Naam", "role": "Functie"}`,
			`mapping: the file holds no mapping; a mapping is a JSON object, such as {"participant": "Name", "role": "Position"}`},
		"only spaces": {" \r\n\t", "mapping_empty",
			`koppeling: het bestand bevat geen koppeling; een koppeling is een JSON-object, zoals {"participant": "Naam", "role": "Functie"}`,
			`mapping: the file holds no mapping; a mapping is a JSON object, such as {"participant": "Name", "role": "Position"}`},
		"null": {"null\n", "mapping_empty",
			`koppeling: het bestand bevat geen koppeling; een koppeling is een JSON-object, zoals {"participant": "Naam", "role": "Functie"}`,
			`mapping: the file holds no mapping; a mapping is a JSON object, such as {"participant": "Name", "role": "Position"}`},
		"a comma too many": {"{\"participant\": \"Naam\",\n \"role\": \"Rol\",}", "mapping_syntax",
			`koppeling: de koppeling is geen geldige JSON: '}' in regel 2, kolom 16 staat verkeerd (ontbreekt daarvoor een komma, aanhalingsteken of haakje, of staat er een komma te veel?)`,
			`mapping: the mapping is not valid JSON: '}' in line 2, column 16 is out of place (is a comma, quotation mark or bracket missing before it, or a comma too many?)`},
		"the end missing": {"{\n\"participant\": \"Naam\"", "mapping_syntax",
			`koppeling: de koppeling is geen geldige JSON: het bestand houdt op in regel 2 terwijl er nog iets open staat (een }, ] of ")`,
			`mapping: the mapping is not valid JSON: the file ends in line 2 while something is still open (a }, ] or ")`},
		"something after the mapping": {`{"participant": "Naam"} x`, "mapping_syntax",
			`koppeling: na het einde van de koppeling (de laatste }) staat nog iets, in regel 1, kolom 25; een bestand bevat één koppeling`,
			`mapping: something follows the end of the mapping (its last }), in line 1, column 25; a file holds one mapping`},
		"a list": {`["Naam", "Rol"]`, "mapping_not_object",
			`koppeling: de koppeling moet een JSON-object zijn, dus beginnen met {; dit bestand is een lijst ([...])`,
			`mapping: the mapping must be a JSON object, so begin with {; this file is a list ([...])`},
		"not UTF-8": {"{\n\"participant\": \"Jos\xe9\"}", "mapping_utf8",
			`koppeling: het bestand is geen UTF-8-tekst (fout in regel 2); sla het op als UTF-8`,
			`mapping: the file is not UTF-8 text (error in line 2); save it as UTF-8`},
		"a typing error in a key": {`{"particpant": "Naam", "extra": 1}`, "mapping_unknown_key",
			`koppeling: de koppeling kent de sleutel "extra", "particpant" (bedoel je "participant"?) niet; een koppeling kent alleen participant, role, session, session_name, statements, roles, unknown`,
			`mapping: the mapping has no key "extra", "particpant" (did you mean "participant"?); a mapping has only participant, role, session, session_name, statements, roles, unknown`},
		"a number for a column": {`{"participant": 3}`, "mapping_type",
			`koppeling: "participant" moet een tekst tussen aanhalingstekens zijn; hier staat een getal`,
			`mapping: "participant" must be a text in quotes; it is a number here`},
		"a key twice": {`{"participant": "Naam", "role": "Rol", "participant": "Naam2"}`, "mapping_duplicate",
			`koppeling: de sleutel "participant" staat twee keer in de koppeling; JSON houdt er dan maar één van: noem hem één keer`,
			`mapping: the key "participant" appears twice in the mapping; JSON then keeps only one of them: name it once`},
		"a statement twice": {`{"statements": {"visie.1": "V1", "visie.2": {"now": "V2", "now": "V3"}}}`, "mapping_duplicate",
			`koppeling: de sleutel "now" staat twee keer in "statements" › "visie.2"; JSON houdt er dan maar één van: noem hem één keer`,
			`mapping: the key "now" appears twice in "statements" › "visie.2"; JSON then keeps only one of them: name it once`},
		"an empty column": {`{"participant": " "}`, "mapping_blank",
			`koppeling: "participant" is leeg; noem de kolom, of laat "participant" weg om de kolom op naam te vinden (participant, deelnemer, naam, name)`,
			`mapping: "participant" is empty; name the column, or leave "participant" out to find the column by name (participant, deelnemer, naam, name)`},
		"no statements": {`{"statements": {}}`, "mapping_blank",
			`koppeling: "statements" is leeg; noem per stelling de kolom, of laat "statements" weg om de kolommen op naam te vinden`,
			`mapping: "statements" is empty; name the column of each statement, or leave "statements" out to find the columns by name`},
		"a statement without a column": {`{"statements": {"visie.1": ""}}`, "mapping_blank",
			`koppeling: bij stelling "visie.1" staat een lege kolomnaam; noem de kolom, of laat de stelling weg`,
			`mapping: statement "visie.1" has an empty column name; name the column, or leave the statement out`},
		"a statement as a number": {`{"statements": {"visie.1": 3}}`, "mapping_type",
			`koppeling: bij stelling "visie.1" hoort een kolomnaam of {"now": ..., "goal": ...}; hier staat een getal`,
			`mapping: statement "visie.1" needs a column name or {"now": ..., "goal": ...}; it is a number here`},
		"a statement's key": {`{"statements": {"visie.1": {"nu": "V1"}}}`, "mapping_unknown_key",
			`koppeling: bij stelling "visie.1" kent de koppeling "nu" niet; alleen "now" (nu) en "goal" (doel)`,
			`mapping: at statement "visie.1" the mapping has no "nu"; only "now" and "goal"`},
		"a goal as a list": {`{"statements": {"visie.1": {"now": "V1", "goal": ["V2"]}}}`, "mapping_type",
			`koppeling: "goal" bij stelling "visie.1" moet een tekst tussen aanhalingstekens zijn; hier staat een lijst ([...])`,
			`mapping: "goal" of statement "visie.1" must be a text in quotes; it is a list ([...]) here`},
		"one column for two things": {`{"participant": "Naam", "role": " naam"}`, "mapping_same_column",
			`koppeling: kolom "naam" staat in de koppeling bij "participant" en bij "role"; elke kolom hoort bij één ding`,
			`mapping: column "naam" is in the mapping for "participant" and for "role"; each column belongs to one thing`},
		"one column for two statements": {`{"statements": {"visie.1": "V", "visie.2": {"now": "X", "goal": "v"}}}`, "mapping_same_column",
			`koppeling: kolom "v" staat in de koppeling bij stelling visie.1 (nu) en bij stelling visie.2 (doel); elke kolom hoort bij één ding`,
			`mapping: column "v" is in the mapping for statement visie.1 (now) and for statement visie.2 (goal); each column belongs to one thing`},
		"a session column and a session name": {`{"session": "Sessie", "session_name": "Studiedag"}`, "mapping_conflict",
			`koppeling: de koppeling geeft zowel "session" (een kolom) als "session_name" (één sessie voor alle rijen); kies één van beide`,
			`mapping: the mapping gives both "session" (a column) and "session_name" (one session for every row); choose one`},
		"a session name over two lines": {`{"session_name": "Studie\ndag"}`, "line_break",
			`koppeling: "session_name" ("Studie\ndag") loopt over meer dan één regel; zet de naam op één regel`,
			`mapping: "session_name" ("Studie\ndag") runs over more than one line; put the name on one line`},
		"an unknown role": {`{"roles": {"juf": "lerares"}}`, "mapping_role",
			`koppeling: de koppeling vertaalt rollen naar waarden die Balansplan niet kent (juf: "lerares"); kies uit leraar, schoolleider, bestuurder, ict_coordinator, ondersteuner`,
			`mapping: the mapping translates roles into values Balansplan does not know (juf: "lerares"); choose from leraar, schoolleider, bestuurder, ict_coordinator, ondersteuner`},
		"a role word twice": {`{"roles": {"Juf": "leraar", "juf ": "schoolleider"}}`, "mapping_duplicate",
			`koppeling: in "roles" staan "Juf" en "juf ", die voor Balansplan hetzelfde woord zijn (hoofdletters, spaties en streepjes tellen niet); noem het één keer`,
			`mapping: "roles" holds "Juf" and "juf ", which are the same word to Balansplan (case, spaces and hyphens do not count); name it once`},
		"an answer as 'weet niet'": {`{"unknown": ["geen idee", "3"]}`, "mapping_unknown_word",
			`koppeling: "unknown" noemt "3", maar dat is antwoord 3; haal het uit de lijst`,
			`mapping: "unknown" lists "3", but that is answer 3; take it out of the list`},
		"unknown as a text": {`{"unknown": "geen idee"}`, "mapping_type",
			`koppeling: "unknown" moet een lijst woorden zijn, zoals ["geen idee"]; hier staat een tekst`,
			`mapping: "unknown" must be a list of words, such as ["geen idee"]; it is a text here`},
		"too large": {`{"participant": "` + strings.Repeat("x", 1<<20) + `"}`, "mapping_too_large",
			`koppeling: het bestand is groter dan 1024 kB; een koppeling is maar een paar kB`,
			`mapping: the file is larger than 1024 kB; a mapping is only a few kB`},
	} {
		m, ps := ParseMapping([]byte(c.json))
		if m != nil || len(ps) != 1 {
			t.Errorf("%s: a mapping (%v) and %d problems: %.300s", name, m != nil, len(ps), messages(ps, model.NL))
			continue
		}
		if !ps[0].Has(c.reason) {
			t.Errorf("%s: reasons %+v, want %s", name, ps[0].Issues, c.reason)
		}
		if got := ps[0].Message(model.NL); got != c.nl {
			t.Errorf("%s, Dutch:\n got %s\nwant %s", name, got, c.nl)
		}
		if got := ps[0].Message(model.EN); got != c.en {
			t.Errorf("%s, English:\n got %s\nwant %s", name, got, c.en)
		}
		// What the GUI looks for in an error to show (ui/shell errorText):
		// without it the user saw "Er ging iets onverwachts mis".
		var shown interface{ Message(model.Lang) string }
		if !errors.As(error(ps), &shown) || shown.Message(model.EN) != c.en {
			t.Errorf("%s: the error does not give its own message to the GUI", name)
		}
	}
}

// Several things wrong with one mapping are one problem that lists each.
func TestAMappingWithSeveralFaultsNamesEach(t *testing.T) {
	_, ps := ParseMapping([]byte(`{"participant": 3, "role": "", "statements": {"visie.1": "V1"}}`))
	want := `mapping: "participant" must be a text in quotes; it is a number here; ` +
		`"role" is empty; name the column, or leave "role" out to find the column by name (role, rol)`
	if len(ps) != 1 || ps[0].Message(model.EN) != want {
		t.Errorf("got\n%s\nwant\n%s", messages(ps, model.EN), want)
	}
}

// A good mapping may begin with a byte order mark, as Windows Notepad
// writes it.
func TestAMappingWithAByteOrderMark(t *testing.T) {
	m, ps := ParseMapping([]byte("\ufeff{\"participant\": \"Naam\", \"statements\": {\"visie.1\": {\"goal\": \"V1 doel\"}}, \"roles\": {\"juf\": \"leraar\"}, \"unknown\": [\"geen idee\"]}\n"))
	if ps != nil {
		t.Fatal(messages(ps, model.EN))
	}
	if m.Participant != "Naam" || m.Statements["visie.1"] != (Columns{Goal: "V1 doel"}) || m.Roles["juf"] != model.RoleLeraar || len(m.Unknown) != 1 {
		t.Errorf("%+v", m)
	}
}

// What Read finds wrong with a mapping against the file: a column the
// header lacks (TestAWrongMappingIsOneClearError), a statement the set
// does not have, and a statement given the column that is the
// participant's by name.
func TestAMappingThatDoesNotFitTheFile(t *testing.T) {
	m, ps := ParseMapping([]byte(`{"statements": {"visie.1": "Naam", "visie.2": "V2"}}`))
	if ps != nil {
		t.Fatal(messages(ps, model.EN))
	}
	_, ps = Read([]byte("naam,rol,V2\nAnna,leraar,3\n"), testSet{}, m, nil)
	want := `answers file: column "naam" is the column of the participant, the role or the session, and the mapping also gives it to statement visie.1; each column belongs to one thing`
	if len(ps) != 1 || ps[0].Message(model.EN) != want || !ps[0].Has("mapping_same_column") {
		t.Errorf("got\n%s\nwant\n%s", messages(ps, model.EN), want)
	}

	m, _ = ParseMapping([]byte(`{"statements": {"visie.1": "V1", "visie.7": "V7", "leiding.1": "L"}}`))
	_, ps = Read([]byte("naam,rol,V1,V7,L\nAnna,leraar,3,3,3\n"), testSet{}, m, nil)
	want = `antwoordenbestand: de koppeling noemt stellingen "leiding.1", "visie.7", maar vragenlijst test-1 heeft die niet; wel visie.1, visie.2`
	if len(ps) != 1 || ps[0].Message(model.NL) != want || !ps[0].Has("mapping_statement") {
		t.Errorf("got\n%s\nwant\n%s", messages(ps, model.NL), want)
	}
}
