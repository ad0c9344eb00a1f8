package answers

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"balansplan/model"
)

// Questions is what the import needs of a question set. The question sets
// of planning/workshop have it; the import does not depend on that
// package, so that model stays below planning.
type Questions interface {
	// Name is the version recorded in Assessment.QuestionSet ("vib-1").
	Name() string
	// StatementIDs lists the statements, in order.
	StatementIDs() []string
	// Rollup turns one participant's answers into bouwsteen scores.
	Rollup(answers []model.Answer) map[model.Block]model.Score
}

// Mapping says which column of the file holds what (see the package
// doc). The zero Mapping finds every column by name.
type Mapping struct {
	Participant string // column of the participant's name
	Role        string // column of the role
	Session     string // column of the session; "" for none
	// SessionName is the session of every row when there is no session
	// column.
	SessionName string
	// Statements maps a statement id to its columns; nil finds them by
	// name.
	Statements map[string]Columns
	// Roles translates the form's words for roles into the model's roles.
	Roles map[string]model.Role
	// Unknown lists extra words that mean "weet niet".
	Unknown []string
}

// Columns are the columns of one statement's answers; "" for none.
type Columns struct {
	Now, Goal string
}

// MaxMappingSize is the largest mapping ParseMapping reads, in bytes; a
// mapping of a whole question set is a few kilobytes.
const MaxMappingSize = 1 << 20

// The reasons (Issue.Reason) of a problem with the mapping. The first
// group is ParseMapping's, about the mapping file alone; the last three
// are Read's, about the mapping against the answers file and the question
// set.
const (
	ReasonMappingEmpty       = "mapping_empty"        // the file holds no mapping: nothing, spaces, or null
	ReasonMappingTooLarge    = "mapping_too_large"    // larger than MaxMappingSize
	ReasonMappingUTF8        = "mapping_utf8"         // not UTF-8 text
	ReasonMappingSyntax      = "mapping_syntax"       // not JSON; the message says where it breaks
	ReasonMappingNotObject   = "mapping_not_object"   // JSON, but not an object {...}
	ReasonMappingUnknownKey  = "mapping_unknown_key"  // a key the mapping does not have ("particpant")
	ReasonMappingType        = "mapping_type"         // a value of the wrong kind (a number for a column name)
	ReasonMappingDuplicate   = "mapping_duplicate"    // the same key twice in one object
	ReasonMappingBlank       = "mapping_blank"        // an empty column name, statement id, role word or statements object
	ReasonMappingConflict    = "mapping_conflict"     // both session and session_name
	ReasonMappingSameColumn  = "mapping_same_column"  // one column for two things
	ReasonMappingRole        = "mapping_role"         // roles translates into a role Balansplan does not know
	ReasonMappingUnknownWord = "mapping_unknown_word" // unknown lists a word that is an answer ("3")
	ReasonMappingMissing     = "mapping_missing"      // Read: a column the header lacks
	ReasonMappingStatement   = "mapping_statement"    // Read: a statement the question set does not have
	ReasonMappingNoStatement = "mapping_no_statements"
)

// mappingKeys are the keys of a mapping, in the order of the package doc.
var mappingKeys = []string{"participant", "role", "session", "session_name", "statements", "roles", "unknown"}

// ParseMapping reads a mapping in its JSON form. Whatever is wrong with it
// is refused with a Problem (Mapping true) that names the key, the value
// or the place in the file: not JSON (with line and column), a key the
// mapping does not have (so that a typing error such as "particpant" does
// not go unnoticed), a key twice, a value of the wrong kind, an empty
// column name, one column for two things, a role Balansplan does not
// know, or a "weet niet" word that is an answer. Whether the columns are
// in the answers file and the statements in the question set, Read checks.
func ParseMapping(data []byte) (*Mapping, Problems) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if p := scanMapping(data); p != nil {
		return nil, Problems{*p}
	}
	var top map[string]json.RawMessage
	if err := json.Unmarshal(data, &top); err != nil {
		// scanMapping let only an object through.
		return nil, Problems{{Mapping: true, Issues: []Issue{{Reason: ReasonMappingSyntax, Detail: model.Text{
			NL: "de koppeling is geen geldige JSON", EN: "the mapping is not valid JSON"}}}}}
	}
	var c mappingCheck
	var unknownKeys []string
	for _, k := range sortedKeys(top) {
		if !slices.Contains(mappingKeys, k) {
			unknownKeys = append(unknownKeys, k)
		}
	}
	if len(unknownKeys) > 0 {
		c.unknownKeys(unknownKeys)
	}
	m := &Mapping{}
	m.Participant = c.column(top, "participant")
	m.Role = c.column(top, "role")
	m.Session = c.column(top, "session")
	if raw, ok := top["session_name"]; ok {
		if s, ok := c.text(raw, same(quote("session_name"))); ok {
			switch {
			case strings.TrimSpace(s) == "":
				c.add(ReasonMappingBlank, model.Text{
					NL: `"session_name" is leeg; geef de naam van de sessie, of laat "session_name" weg`,
					EN: `"session_name" is empty; give the name of the session, or leave "session_name" out`})
			case hasLineBreak(s):
				c.add(ReasonLineBreak, model.Text{
					NL: fmt.Sprintf(`"session_name" (%q) loopt over meer dan één regel; zet de naam op één regel`, s),
					EN: fmt.Sprintf(`"session_name" (%q) runs over more than one line; put the name on one line`, s)})
			}
			m.SessionName = strings.TrimSpace(s)
		}
	}
	if _, col := top["session"]; col && m.SessionName != "" {
		c.add(ReasonMappingConflict, model.Text{
			NL: `de koppeling geeft zowel "session" (een kolom) als "session_name" (één sessie voor alle rijen); kies één van beide`,
			EN: `the mapping gives both "session" (a column) and "session_name" (one session for every row); choose one`})
	}
	if raw, ok := top["statements"]; ok {
		m.Statements = c.statements(raw)
	}
	if raw, ok := top["roles"]; ok {
		m.Roles = c.roles(raw)
	}
	if raw, ok := top["unknown"]; ok {
		m.Unknown = c.unknown(raw)
	}
	c.sameColumns(m)
	if len(c.issues) > 0 {
		return nil, Problems{{Mapping: true, Issues: c.issues}}
	}
	return m, nil
}

// mappingCheck collects what is wrong with a mapping, so that a user
// learns all of it at once.
type mappingCheck struct {
	issues []Issue
}

func (c *mappingCheck) add(reason string, detail model.Text) {
	c.issues = append(c.issues, Issue{Reason: reason, Detail: detail})
}

func (c *mappingCheck) unknownKeys(keys []string) {
	var nl, en []string
	for _, k := range keys {
		if near := nearest(k, mappingKeys); near != "" {
			nl = append(nl, fmt.Sprintf("%q (bedoel je %q?)", k, near))
			en = append(en, fmt.Sprintf("%q (did you mean %q?)", k, near))
		} else {
			nl = append(nl, quote(k))
			en = append(en, quote(k))
		}
	}
	c.add(ReasonMappingUnknownKey, model.Text{
		NL: fmt.Sprintf("de koppeling kent de sleutel %s niet; een koppeling kent alleen %s", strings.Join(nl, ", "), strings.Join(mappingKeys, ", ")),
		EN: fmt.Sprintf("the mapping has no key %s; a mapping has only %s", strings.Join(en, ", "), strings.Join(mappingKeys, ", "))})
}

// text reads a JSON string; where names the value in a message.
func (c *mappingCheck) text(raw json.RawMessage, where model.Text) (string, bool) {
	var s string
	if kind := jsonKind(raw); kind != kindText || json.Unmarshal(raw, &s) != nil {
		c.add(ReasonMappingType, model.Text{
			NL: fmt.Sprintf("%s moet een tekst tussen aanhalingstekens zijn; hier staat %s", where.NL, kind.nl()),
			EN: fmt.Sprintf("%s must be a text in quotes; it is %s here", where.EN, kind.en())})
		return "", false
	}
	return s, true
}

// column reads the column name under key; "" when the key is absent.
func (c *mappingCheck) column(top map[string]json.RawMessage, key string) string {
	raw, ok := top[key]
	if !ok {
		return ""
	}
	s, ok := c.text(raw, same(quote(key)))
	if ok && strings.TrimSpace(s) == "" {
		byName := map[string][]string{"participant": participantNames, "role": roleNames, "session": sessionNames}[key]
		c.add(ReasonMappingBlank, model.Text{
			NL: fmt.Sprintf("%q is leeg; noem de kolom, of laat %q weg om de kolom op naam te vinden (%s)", key, key, strings.Join(byName, ", ")),
			EN: fmt.Sprintf("%q is empty; name the column, or leave %q out to find the column by name (%s)", key, key, strings.Join(byName, ", "))})
	}
	return s
}

func (c *mappingCheck) statements(raw json.RawMessage) map[string]Columns {
	var w map[string]json.RawMessage
	if kind := jsonKind(raw); kind != kindObject || json.Unmarshal(raw, &w) != nil {
		c.add(ReasonMappingType, model.Text{
			NL: fmt.Sprintf(`"statements" moet een object zijn met per stelling een kolom, zoals {"visie.1": "Kolom"}; hier staat %s`, kind.nl()),
			EN: fmt.Sprintf(`"statements" must be an object with a column per statement, such as {"visie.1": "Column"}; it is %s here`, kind.en())})
		return nil
	}
	if len(w) == 0 {
		c.add(ReasonMappingBlank, model.Text{
			NL: `"statements" is leeg; noem per stelling de kolom, of laat "statements" weg om de kolommen op naam te vinden`,
			EN: `"statements" is empty; name the column of each statement, or leave "statements" out to find the columns by name`})
		return nil
	}
	out := map[string]Columns{}
	for _, id := range sortedKeys(w) {
		if strings.TrimSpace(id) == "" {
			c.add(ReasonMappingBlank, model.Text{
				NL: `in "statements" staat een stelling zonder naam (""); geef de id van de stelling, zoals "visie.1"`,
				EN: `"statements" holds a statement without a name (""); give the statement's id, such as "visie.1"`})
			continue
		}
		v := w[id]
		where := fmt.Sprintf("stelling %q", id)
		whereEN := fmt.Sprintf("statement %q", id)
		switch jsonKind(v) {
		case kindText:
			var s string
			_ = json.Unmarshal(v, &s)
			if strings.TrimSpace(s) == "" {
				c.blankColumn(where, whereEN)
				continue
			}
			out[id] = Columns{Now: s}
		case kindObject:
			var cols map[string]json.RawMessage
			_ = json.Unmarshal(v, &cols)
			var bad []string
			for _, k := range sortedKeys(cols) {
				if k != "now" && k != "goal" {
					bad = append(bad, quote(k))
				}
			}
			if len(bad) > 0 {
				c.add(ReasonMappingUnknownKey, model.Text{
					NL: fmt.Sprintf(`bij %s kent de koppeling %s niet; alleen "now" (nu) en "goal" (doel)`, where, strings.Join(bad, ", ")),
					EN: fmt.Sprintf(`at %s the mapping has no %s; only "now" and "goal"`, whereEN, strings.Join(bad, ", "))})
				continue
			}
			var sc Columns
			okNow, okGoal := true, true
			if r, ok := cols["now"]; ok {
				sc.Now, okNow = c.text(r, model.Text{NL: fmt.Sprintf(`"now" bij %s`, where), EN: fmt.Sprintf(`"now" of %s`, whereEN)})
			}
			if r, ok := cols["goal"]; ok {
				sc.Goal, okGoal = c.text(r, model.Text{NL: fmt.Sprintf(`"goal" bij %s`, where), EN: fmt.Sprintf(`"goal" of %s`, whereEN)})
			}
			if !okNow || !okGoal {
				continue
			}
			_, hasNow := cols["now"]
			_, hasGoal := cols["goal"]
			if hasNow && strings.TrimSpace(sc.Now) == "" || hasGoal && strings.TrimSpace(sc.Goal) == "" || !hasNow && !hasGoal {
				c.blankColumn(where, whereEN)
				continue
			}
			out[id] = sc
		default:
			k := jsonKind(v)
			c.add(ReasonMappingType, model.Text{
				NL: fmt.Sprintf(`bij %s hoort een kolomnaam of {"now": ..., "goal": ...}; hier staat %s`, where, k.nl()),
				EN: fmt.Sprintf(`%s needs a column name or {"now": ..., "goal": ...}; it is %s here`, whereEN, k.en())})
		}
	}
	return out
}

func (c *mappingCheck) blankColumn(where, whereEN string) {
	c.add(ReasonMappingBlank, model.Text{
		NL: fmt.Sprintf("bij %s staat een lege kolomnaam; noem de kolom, of laat de stelling weg", where),
		EN: fmt.Sprintf("%s has an empty column name; name the column, or leave the statement out", whereEN)})
}

func (c *mappingCheck) roles(raw json.RawMessage) map[string]model.Role {
	var w map[string]json.RawMessage
	if kind := jsonKind(raw); kind != kindObject || json.Unmarshal(raw, &w) != nil {
		c.add(ReasonMappingType, model.Text{
			NL: fmt.Sprintf(`"roles" moet een object zijn dat de woorden van het formulier vertaalt, zoals {"juf": "leraar"}; hier staat %s`, kind.nl()),
			EN: fmt.Sprintf(`"roles" must be an object that translates the form's words, such as {"juf": "leraar"}; it is %s here`, kind.en())})
		return nil
	}
	out := map[string]model.Role{}
	var wrong []string
	firstOf := map[string]string{}
	for _, k := range sortedKeys(w) {
		v, ok := c.text(w[k], model.Text{NL: fmt.Sprintf(`de rol bij %q in "roles"`, k), EN: fmt.Sprintf(`the role for %q in "roles"`, k)})
		if !ok {
			continue
		}
		key := roleKey(k)
		switch {
		case key == "":
			c.add(ReasonMappingBlank, model.Text{
				NL: `in "roles" staat een leeg woord (""); geef het woord dat het formulier voor de rol gebruikt`,
				EN: `"roles" holds an empty word (""); give the word the form uses for the role`})
			continue
		case firstOf[key] != "":
			c.add(ReasonMappingDuplicate, model.Text{
				NL: fmt.Sprintf(`in "roles" staan %q en %q, die voor Balansplan hetzelfde woord zijn (hoofdletters, spaties en streepjes tellen niet); noem het één keer`, firstOf[key], k),
				EN: fmt.Sprintf(`"roles" holds %q and %q, which are the same word to Balansplan (case, spaces and hyphens do not count); name it once`, firstOf[key], k)})
			continue
		}
		firstOf[key] = k
		r := model.Role(v)
		if !r.Valid() {
			wrong = append(wrong, fmt.Sprintf("%s: %q", k, v))
			continue
		}
		out[k] = r
	}
	if len(wrong) > 0 {
		c.add(ReasonMappingRole, model.Text{
			NL: fmt.Sprintf("de koppeling vertaalt rollen naar waarden die Balansplan niet kent (%s); kies uit %s", strings.Join(wrong, ", "), roleValues()),
			EN: fmt.Sprintf("the mapping translates roles into values Balansplan does not know (%s); choose from %s", strings.Join(wrong, ", "), roleValues())})
	}
	return out
}

func (c *mappingCheck) unknown(raw json.RawMessage) []string {
	var w []json.RawMessage
	if kind := jsonKind(raw); kind != kindList || json.Unmarshal(raw, &w) != nil {
		c.add(ReasonMappingType, model.Text{
			NL: fmt.Sprintf(`"unknown" moet een lijst woorden zijn, zoals ["geen idee"]; hier staat %s`, kind.nl()),
			EN: fmt.Sprintf(`"unknown" must be a list of words, such as ["geen idee"]; it is %s here`, kind.en())})
		return nil
	}
	var out []string
	for i, r := range w {
		s, ok := c.text(r, model.Text{NL: fmt.Sprintf(`woord %d van "unknown"`, i+1), EN: fmt.Sprintf(`word %d of "unknown"`, i+1)})
		if !ok {
			continue
		}
		// "weet niet" is looked up before the number, so an answer in
		// this list would silently turn every such answer into "weet
		// niet".
		if rt, ok := parseRating(s, nil); ok && rt.Known() {
			c.add(ReasonMappingUnknownWord, model.Text{
				NL: fmt.Sprintf(`"unknown" noemt %q, maar dat is antwoord %d; haal het uit de lijst`, s, rt),
				EN: fmt.Sprintf(`"unknown" lists %q, but that is answer %d; take it out of the list`, s, rt)})
			continue
		}
		out = append(out, s)
	}
	return out
}

// sameColumns refuses a column named for two things: every row would
// then be read twice, once wrongly.
func (c *mappingCheck) sameColumns(m *Mapping) {
	type use struct{ nl, en string }
	first := map[string]use{}
	var reported = map[string]bool{}
	note := func(col string, u use) {
		if strings.TrimSpace(col) == "" {
			return
		}
		k := norm(col)
		if prev, ok := first[k]; ok {
			if !reported[k+"\x00"+u.nl] {
				reported[k+"\x00"+u.nl] = true
				c.add(ReasonMappingSameColumn, model.Text{
					NL: fmt.Sprintf("kolom %q staat in de koppeling bij %s en bij %s; elke kolom hoort bij één ding", strings.TrimSpace(col), prev.nl, u.nl),
					EN: fmt.Sprintf("column %q is in the mapping for %s and for %s; each column belongs to one thing", strings.TrimSpace(col), prev.en, u.en)})
			}
			return
		}
		first[k] = u
	}
	note(m.Participant, use{`"participant"`, `"participant"`})
	note(m.Role, use{`"role"`, `"role"`})
	note(m.Session, use{`"session"`, `"session"`})
	for _, id := range sortedKeys(m.Statements) {
		sc := m.Statements[id]
		note(sc.Now, use{fmt.Sprintf("stelling %s (nu)", id), fmt.Sprintf("statement %s (now)", id)})
		note(sc.Goal, use{fmt.Sprintf("stelling %s (doel)", id), fmt.Sprintf("statement %s (goal)", id)})
	}
}

// scanMapping checks the whole file before anything is decoded, for what
// encoding/json lets pass or words only in English: where the JSON breaks,
// anything after the mapping, a file that is not an object at all, and a
// key twice in one object (encoding/json silently keeps the last).
func scanMapping(data []byte) *Problem {
	fail := func(reason string, t model.Text) *Problem {
		return &Problem{Mapping: true, Issues: []Issue{{Reason: reason, Detail: t}}}
	}
	if len(data) > MaxMappingSize {
		return fail(ReasonMappingTooLarge, model.Text{
			NL: fmt.Sprintf("het bestand is groter dan %d kB; een koppeling is maar een paar kB", MaxMappingSize>>10),
			EN: fmt.Sprintf("the file is larger than %d kB; a mapping is only a few kB", MaxMappingSize>>10)})
	}
	if !utf8.Valid(data) {
		line, _ := model.TextPosition(data, invalidUTF8At(data))
		return fail(ReasonMappingUTF8, model.Text{
			NL: fmt.Sprintf("het bestand is geen UTF-8-tekst (fout in regel %d); sla het op als UTF-8", line),
			EN: fmt.Sprintf("the file is not UTF-8 text (error in line %d); save it as UTF-8", line)})
	}
	trimmed := bytes.TrimSpace(data)
	if len(trimmed) == 0 || string(trimmed) == "null" {
		return fail(ReasonMappingEmpty, model.Text{
			NL: `het bestand bevat geen koppeling; een koppeling is een JSON-object, zoals {"participant": "Naam", "role": "Functie"}`,
			EN: `the file holds no mapping; a mapping is a JSON object, such as {"participant": "Name", "role": "Position"}`})
	}

	// The first value, then nothing but spaces.
	dec := json.NewDecoder(bytes.NewReader(data))
	var v any
	if err := dec.Decode(&v); err != nil {
		// The decoder tells an end too early (io.ErrUnexpectedEOF) from a
		// wrong character; Unmarshal gives the offset just past that
		// character.
		ended := errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF)
		err = json.Unmarshal(data, &v)
		var se *json.SyntaxError
		if ended || !errors.As(err, &se) || int(se.Offset) > len(data) || se.Offset < 1 {
			line, _ := model.TextPosition(data, len(data))
			return fail(ReasonMappingSyntax, model.Text{
				NL: fmt.Sprintf("de koppeling is geen geldige JSON: het bestand houdt op in regel %d terwijl er nog iets open staat (een }, ] of \")", line),
				EN: fmt.Sprintf("the mapping is not valid JSON: the file ends in line %d while something is still open (a }, ] or \")", line)})
		}
		off := int(se.Offset) - 1
		line, col := model.TextPosition(data, off)
		r, _ := utf8.DecodeRune(data[off:])
		return fail(ReasonMappingSyntax, model.Text{
			NL: fmt.Sprintf("de koppeling is geen geldige JSON: %q in regel %d, kolom %d staat verkeerd (ontbreekt daarvoor een komma, aanhalingsteken of haakje, of staat er een komma te veel?)", r, line, col),
			EN: fmt.Sprintf("the mapping is not valid JSON: %q in line %d, column %d is out of place (is a comma, quotation mark or bracket missing before it, or a comma too many?)", r, line, col)})
	}
	rest := data[dec.InputOffset():]
	if extra := len(rest) - len(bytes.TrimLeft(rest, " \t\r\n")); extra < len(rest) {
		line, col := model.TextPosition(data, int(dec.InputOffset())+extra)
		return fail(ReasonMappingSyntax, model.Text{
			NL: fmt.Sprintf("na het einde van de koppeling (de laatste }) staat nog iets, in regel %d, kolom %d; een bestand bevat één koppeling", line, col),
			EN: fmt.Sprintf("something follows the end of the mapping (its last }), in line %d, column %d; a file holds one mapping", line, col)})
	}
	if _, ok := v.(map[string]any); !ok {
		var kind jsonKindT
		switch v.(type) {
		case []any:
			kind = kindList
		case string:
			kind = kindText
		case bool:
			kind = kindBool
		}
		return fail(ReasonMappingNotObject, model.Text{
			NL: fmt.Sprintf("de koppeling moet een JSON-object zijn, dus beginnen met {; dit bestand is %s", kind.nl()),
			EN: fmt.Sprintf("the mapping must be a JSON object, so begin with {; this file is %s", kind.en())})
	}

	// The JSON is good; now every object's keys, token by token.
	if path, key, ok := duplicateKey(data); ok {
		where := model.Text{NL: "de koppeling", EN: "the mapping"}
		if len(path) > 0 {
			where = model.Text{NL: quotePath(path), EN: quotePath(path)}
		}
		return fail(ReasonMappingDuplicate, model.Text{
			NL: fmt.Sprintf("de sleutel %q staat twee keer in %s; JSON houdt er dan maar één van: noem hem één keer", key, where.NL),
			EN: fmt.Sprintf("the key %q appears twice in %s; JSON then keeps only one of them: name it once", key, where.EN)})
	}
	return nil
}

// scanFrame is an object or list being read by duplicateKey.
type scanFrame struct {
	object  bool
	wantKey bool
	key     string // the key whose value is being read
	keys    map[string]bool
	path    []string // the keys that lead here
}

// duplicateKey finds the first key that occurs twice in one object of
// valid JSON data, with the keys that lead to that object.
func duplicateKey(data []byte) (path []string, key string, found bool) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var stack []*scanFrame
	valueDone := func() {
		if len(stack) > 0 && stack[len(stack)-1].object {
			stack[len(stack)-1].wantKey = true
		}
	}
	for {
		tok, err := dec.Token()
		if err != nil {
			return nil, "", false
		}
		var top *scanFrame
		if len(stack) > 0 {
			top = stack[len(stack)-1]
		}
		if top != nil && top.object && top.wantKey {
			if k, ok := tok.(string); ok {
				if top.keys[k] {
					return top.path, k, true
				}
				top.keys[k] = true
				top.key, top.wantKey = k, false
				continue
			}
		}
		switch d, _ := tok.(json.Delim); d {
		case '{', '[':
			var path []string
			if top != nil {
				path = top.path
				if top.object {
					path = append(append([]string(nil), top.path...), top.key)
				}
			}
			stack = append(stack, &scanFrame{object: d == '{', wantKey: d == '{', keys: map[string]bool{}, path: path})
		case '}', ']':
			stack = stack[:len(stack)-1]
			valueDone()
		default:
			valueDone()
		}
	}
}

func quotePath(path []string) string {
	q := make([]string, len(path))
	for i, p := range path {
		q[i] = quote(p)
	}
	return strings.Join(q, " › ")
}

func quote(s string) string { return strconv.Quote(s) }

// same is a text that reads alike in both languages, such as a key.
func same(s string) model.Text { return model.Text{NL: s, EN: s} }

func invalidUTF8At(data []byte) int {
	for off := 0; off < len(data); {
		r, n := utf8.DecodeRune(data[off:])
		if r == utf8.RuneError && n <= 1 {
			return off
		}
		off += n
	}
	return len(data)
}

// jsonKind is the kind of a JSON value, for a message about the wrong one.
type jsonKindT int

const (
	kindNumber jsonKindT = iota
	kindText
	kindObject
	kindList
	kindBool
	kindNull
)

func jsonKind(raw json.RawMessage) jsonKindT {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return kindNull
	}
	switch raw[0] {
	case '"':
		return kindText
	case '{':
		return kindObject
	case '[':
		return kindList
	case 't', 'f':
		return kindBool
	case 'n':
		return kindNull
	}
	return kindNumber
}

func (k jsonKindT) nl() string {
	return [...]string{"een getal", "een tekst", "een object ({...})", "een lijst ([...])", "true of false", "null"}[k]
}

func (k jsonKindT) en() string {
	return [...]string{"a number", "a text", "an object ({...})", "a list ([...])", "true or false", "null"}[k]
}

// nearest is the key within two edits of k, for "did you mean"; "" when
// none is that close.
func nearest(k string, keys []string) string {
	best, bestD := "", 3
	for _, x := range keys {
		if d := editDistance(strings.ToLower(k), x); d < bestD {
			best, bestD = x, d
		}
	}
	return best
}

func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	if len(ra) > 64 || len(rb) > 64 {
		return 64
	}
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

func mappingProblem(reason string, detail model.Text) Problems {
	return Problems{{Issues: []Issue{{Reason: reason, Detail: detail}}}}
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func roleValues() string {
	var vs []string
	for _, r := range model.Roles() {
		vs = append(vs, string(r))
	}
	return strings.Join(vs, ", ")
}
