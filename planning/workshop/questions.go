package workshop

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"

	"balansplan/model"
)

// QuestionFormat is the name and version of the question set format.
const QuestionFormat = "balansplan-questions/1"

// QuestionSet is one version of the guided self-assessment.
type QuestionSet struct {
	// Version names the set ("vib-1"); assessments record it.
	Version     string
	Title       model.Text
	Instruction model.Text
	// Scale labels the answers 1..5, in that order.
	Scale []ScalePoint
	// Unknown is the label of the answer "weet niet".
	Unknown model.Text
	// Statements in the order a participant sees them: grouped by
	// bouwsteen in model order.
	Statements []Statement

	byID map[string]int
}

// ScalePoint is one answer of the scale with its label.
type ScalePoint struct {
	Value model.Rating
	Label model.Text
}

// Statement is one statement of a question set.
type Statement struct {
	ID      string // unique in its set, e.g. "visie.2"
	Block   model.Block
	Text    model.Text
	Explain model.Text // a short explanation for whoever answers
}

type wireText struct {
	NL string `json:"nl"`
	EN string `json:"en"`
}

type wireSet struct {
	Format      string   `json:"format"`
	Version     string   `json:"version"`
	Title       wireText `json:"title"`
	Instruction wireText `json:"instruction"`
	Scale       []struct {
		Value int    `json:"value"`
		NL    string `json:"nl"`
		EN    string `json:"en"`
	} `json:"scale"`
	Unknown    wireText `json:"unknown"`
	Statements []struct {
		ID        string `json:"id"`
		Block     string `json:"block"`
		NL        string `json:"nl"`
		EN        string `json:"en"`
		ExplainNL string `json:"explain_nl"`
		ExplainEN string `json:"explain_en"`
	} `json:"statements"`
}

// QuestionSetError is why ParseQuestionSet refuses a question set: a
// stable Reason for programs and tests, and what is wrong in Dutch and
// English, naming the statement or scale point concerned. Error gives the
// Dutch sentence, Message either language (what the GUI shows).
type QuestionSetError struct {
	Version string // the set's version; "" when the file does not get that far
	Reason  string // one of the QuestionSet... reasons
	Detail  model.Text
}

// The reasons of a QuestionSetError.
const (
	QuestionSetEmpty       = "empty"        // the file holds nothing
	QuestionSetJSON        = "json"         // not JSON, or a value of the wrong kind
	QuestionSetFormat      = "format"       // another format than balansplan-questions/1
	QuestionSetVersion     = "version"      // no version
	QuestionSetScale       = "scale"        // not five points valued 1 to 5 in order
	QuestionSetNoID        = "no_id"        // a statement without id
	QuestionSetIDChars     = "id_chars"     // an id with spaces, commas, semicolons or quotes
	QuestionSetDuplicateID = "duplicate_id" // an id used twice
	QuestionSetBlock       = "block"        // a statement of no known bouwsteen
	QuestionSetText        = "text"         // a text in one language only, or a statement without text
	QuestionSetEmptyBlock  = "empty_block"  // a bouwsteen without statements
)

func (e *QuestionSetError) Error() string { return e.Message(model.NL) }

// Message is the whole refusal for a user in language l, for example
// "vragenlijst vib-2: stelling visie.3 staat er twee keer in".
func (e *QuestionSetError) Message(l model.Lang) string {
	head := model.Text{NL: "vragenlijst", EN: "question set"}.In(l)
	if e.Version != "" {
		head += " " + e.Version
	}
	return head + ": " + e.Detail.In(l)
}

func questionErr(version, reason, nl, en string) *QuestionSetError {
	return &QuestionSetError{Version: version, Reason: reason, Detail: model.Text{NL: nl, EN: en}}
}

// ParseQuestionSet reads a question set (format balansplan-questions/1).
// It refuses a set without a version, with a scale that is not the five
// points 1 to 5, with a statement without id, text in both languages or a
// known bouwsteen, with an id used twice, with a text (title, instruction,
// "weet niet", a scale label or an explanation) in one language only, or
// with a bouwsteen that has no statement at all. The statements are put
// in bouwsteen order (model.Blocks), keeping the file's order within a
// bouwsteen. Every refusal is a *QuestionSetError.
func ParseQuestionSet(data []byte) (*QuestionSet, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, questionErr("", QuestionSetEmpty, "het bestand is leeg", "the file is empty")
	}
	var w wireSet
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&w); err != nil {
		return nil, jsonErr(data, err)
	}
	if rest := bytes.TrimSpace(data[dec.InputOffset():]); len(rest) > 0 {
		line, col := model.TextPosition(data, len(data)-len(bytes.TrimLeft(data[dec.InputOffset():], " \t\r\n")))
		return nil, questionErr("", QuestionSetJSON,
			fmt.Sprintf("na het einde van de vragenlijst staat nog iets (regel %d, kolom %d)", line, col),
			fmt.Sprintf("something follows the end of the question set (line %d, column %d)", line, col))
	}
	v := w.Version
	if w.Format != "" && w.Format != QuestionFormat {
		return nil, questionErr(v, QuestionSetFormat,
			fmt.Sprintf("het formaat is %q; deze Balansplan leest %q", w.Format, QuestionFormat),
			fmt.Sprintf("the format is %q; this Balansplan reads %q", w.Format, QuestionFormat))
	}
	if strings.TrimSpace(w.Version) == "" {
		return nil, questionErr("", QuestionSetVersion,
			`de vragenlijst heeft geen versie ("version"); een antwoord legt vast bij welke versie het hoort`,
			`the question set has no version ("version"); an answer records the version it belongs to`)
	}
	s := &QuestionSet{
		Version:     w.Version,
		Title:       model.Text(w.Title),
		Instruction: model.Text(w.Instruction),
		Unknown:     model.Text(w.Unknown),
		byID:        map[string]int{},
	}
	if s.Unknown == (model.Text{}) {
		s.Unknown = model.Text{NL: "weet niet", EN: "don't know"}
	}
	for _, t := range []struct {
		nlName, enName string
		text           model.Text
	}{
		{"de titel", "the title", s.Title},
		{"de instructie", "the instruction", s.Instruction},
		{`"weet niet" (unknown)`, `"don't know" (unknown)`, s.Unknown},
	} {
		if err := oneLanguage(v, t.nlName, t.enName, t.text); err != nil {
			return nil, err
		}
	}
	if len(w.Scale) != 0 && len(w.Scale) != 5 {
		return nil, questionErr(v, QuestionSetScale,
			fmt.Sprintf("de schaal heeft %d punten; dat moeten er 5 zijn, 1 tot en met 5", len(w.Scale)),
			fmt.Sprintf("the scale has %d points; it needs 5, 1 to 5", len(w.Scale)))
	}
	for i, sp := range w.Scale {
		if sp.Value != i+1 {
			return nil, questionErr(v, QuestionSetScale,
				fmt.Sprintf("punt %d van de schaal heeft waarde %d; de punten zijn 1 tot en met 5, op volgorde", i+1, sp.Value),
				fmt.Sprintf("point %d of the scale has value %d; the points are 1 to 5, in order", i+1, sp.Value))
		}
		label := model.Text{NL: sp.NL, EN: sp.EN}
		if err := oneLanguage(v, fmt.Sprintf("punt %d van de schaal", i+1), fmt.Sprintf("point %d of the scale", i+1), label); err != nil {
			return nil, err
		}
		s.Scale = append(s.Scale, ScalePoint{Value: model.Rating(sp.Value), Label: label})
	}
	perBlock := map[model.Block][]Statement{}
	seen := map[string]bool{}
	for i, st := range w.Statements {
		id := strings.TrimSpace(st.ID)
		switch {
		case id == "":
			return nil, questionErr(v, QuestionSetNoID,
				fmt.Sprintf("stelling %d heeft geen id (zoals \"visie.1\")", i+1),
				fmt.Sprintf("statement %d has no id (such as \"visie.1\")", i+1))
		case id != st.ID || strings.ContainsAny(id, " ,;\t\"\r\n"):
			return nil, questionErr(v, QuestionSetIDChars,
				fmt.Sprintf("de id %q van stelling %d mag geen spaties, komma's, puntkomma's of aanhalingstekens bevatten: hij is ook de naam van een kolom", st.ID, i+1),
				fmt.Sprintf("the id %q of statement %d may not hold spaces, commas, semicolons or quotes: it also names a column", st.ID, i+1))
		case seen[id]:
			return nil, questionErr(v, QuestionSetDuplicateID,
				fmt.Sprintf("stelling %s staat er twee keer in (de tweede keer als stelling %d); elke id komt één keer voor", id, i+1),
				fmt.Sprintf("statement %s is in it twice (the second time as statement %d); each id occurs once", id, i+1))
		case !model.Block(st.Block).Valid():
			return nil, questionErr(v, QuestionSetBlock,
				fmt.Sprintf("stelling %s hoort bij bouwsteen %q, die Balansplan niet kent; kies uit %s", id, st.Block, blockNames()),
				fmt.Sprintf("statement %s belongs to bouwsteen %q, which Balansplan does not know; choose from %s", id, st.Block, blockNames()))
		case strings.TrimSpace(st.NL) == "" || strings.TrimSpace(st.EN) == "":
			return nil, questionErr(v, QuestionSetText,
				fmt.Sprintf("stelling %s heeft een tekst nodig in het Nederlands (nl) en in het Engels (en)", id),
				fmt.Sprintf("statement %s needs a text in Dutch (nl) and in English (en)", id))
		}
		explain := model.Text{NL: st.ExplainNL, EN: st.ExplainEN}
		if err := oneLanguage(v, "de uitleg bij stelling "+id, "the explanation of statement "+id, explain); err != nil {
			return nil, err
		}
		seen[id] = true
		b := model.Block(st.Block)
		perBlock[b] = append(perBlock[b], Statement{ID: id, Block: b,
			Text: model.Text{NL: st.NL, EN: st.EN}, Explain: explain})
	}
	for _, b := range model.Blocks() {
		if len(perBlock[b]) == 0 {
			return nil, questionErr(v, QuestionSetEmptyBlock,
				fmt.Sprintf("bouwsteen %s heeft geen enkele stelling; elke bouwsteen heeft er minstens één nodig", b),
				fmt.Sprintf("bouwsteen %s has no statement at all; every bouwsteen needs at least one", b))
		}
		for _, st := range perBlock[b] {
			s.byID[st.ID] = len(s.Statements)
			s.Statements = append(s.Statements, st)
		}
	}
	return s, nil
}

// oneLanguage refuses a text given in one language only: the other
// language would show an empty label.
func oneLanguage(version, nlName, enName string, t model.Text) *QuestionSetError {
	nl, en := strings.TrimSpace(t.NL) != "", strings.TrimSpace(t.EN) != ""
	switch {
	case nl && !en:
		return questionErr(version, QuestionSetText,
			nlName+" staat er in het Nederlands maar niet in het Engels (en)",
			enName+" is there in Dutch but not in English (en)")
	case en && !nl:
		return questionErr(version, QuestionSetText,
			nlName+" staat er in het Engels maar niet in het Nederlands (nl)",
			enName+" is there in English but not in Dutch (nl)")
	}
	return nil
}

// jsonErr says where the JSON of a question set breaks, or which value has
// the wrong kind, without encoding/json's English.
func jsonErr(data []byte, err error) *QuestionSetError {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF):
		line, _ := model.TextPosition(data, len(data))
		return questionErr("", QuestionSetJSON,
			fmt.Sprintf("het bestand is geen geldige JSON: het houdt op in regel %d terwijl er nog iets open staat (een }, ] of \")", line),
			fmt.Sprintf("the file is not valid JSON: it ends in line %d while something is still open (a }, ] or \")", line))
	case errors.As(err, &te):
		line, col := model.TextPosition(data, valueStart(data, int(te.Offset)))
		where := model.Text{NL: "de vragenlijst", EN: "the question set"}
		if te.Field != "" {
			where = model.Text{NL: strconv.Quote(te.Field), EN: strconv.Quote(te.Field)}
		}
		want := kindText(te.Type.Kind())
		got := model.JSONValueText(te.Value)
		return questionErr("", QuestionSetJSON,
			fmt.Sprintf("%s moet %s zijn; er staat %s (regel %d, kolom %d)", where.NL, want.NL, got.NL, line, col),
			fmt.Sprintf("%s must be %s; it is %s (line %d, column %d)", where.EN, want.EN, got.EN, line, col))
	case errors.As(err, &se):
		off := max(0, int(se.Offset)-1)
		line, col := model.TextPosition(data, off)
		return questionErr("", QuestionSetJSON,
			fmt.Sprintf("het bestand is geen geldige JSON: fout in regel %d, kolom %d", line, col),
			fmt.Sprintf("the file is not valid JSON: error in line %d, column %d", line, col))
	}
	return questionErr("", QuestionSetJSON, "het bestand is geen geldige JSON", "the file is not valid JSON")
}

// valueStart is where the value begins that encoding/json reports a type
// error for: its offset is just past the value's first token (a whole
// number or text, or the opening bracket of an object or list).
func valueStart(data []byte, off int) int {
	end := min(off, len(data)) - 1
	if end < 0 {
		return 0
	}
	switch data[end] {
	case '{', '[':
		return end
	case '"':
		for i := end - 1; i >= 0; i-- {
			if data[i] != '"' {
				continue
			}
			slashes := 0
			for j := i - 1; j >= 0 && data[j] == '\\'; j-- {
				slashes++
			}
			if slashes%2 == 0 {
				return i
			}
		}
		return 0
	}
	i := end
	for i > 0 && !strings.ContainsRune(" \t\r\n:,[", rune(data[i-1])) {
		i--
	}
	return i
}

// kindText names the kind of value a field of the format holds.
func kindText(k reflect.Kind) model.Text {
	switch k {
	case reflect.String:
		return model.Text{NL: "een tekst", EN: "a text"}
	case reflect.Int:
		return model.Text{NL: "een geheel getal", EN: "a whole number"}
	case reflect.Slice:
		return model.Text{NL: "een lijst", EN: "a list"}
	}
	return model.Text{NL: "een object", EN: "an object"}
}

func blockNames() string {
	var names []string
	for _, b := range model.Blocks() {
		names = append(names, string(b))
	}
	return strings.Join(names, ", ")
}

// Statement returns the statement with the given id.
func (s *QuestionSet) Statement(id string) (Statement, bool) {
	i, ok := s.byID[id]
	if !ok {
		return Statement{}, false
	}
	return s.Statements[i], true
}

// Of returns the statements of bouwsteen b, in order.
func (s *QuestionSet) Of(b model.Block) []Statement {
	var out []Statement
	for _, st := range s.Statements {
		if st.Block == b {
			out = append(out, st)
		}
	}
	return out
}

// Name is the version the set is recorded under in an assessment. With
// StatementIDs and Rollup it lets the CSV import (model/answers) use a
// question set without depending on this package.
func (s *QuestionSet) Name() string { return s.Version }

// StatementIDs lists the ids of the statements, in order.
func (s *QuestionSet) StatementIDs() []string {
	out := make([]string, len(s.Statements))
	for i, st := range s.Statements {
		out[i] = st.ID
	}
	return out
}

// Rollup is the package function Rollup with this set.
func (s *QuestionSet) Rollup(answers []model.Answer) map[model.Block]model.Score {
	return Rollup(answers, s)
}

// MostUsedQuestionSet is the version of the question set that most of the
// plan's assessments used, for a report or presentation that shows one
// set's statements; "" when no assessment used one. On a tie it is the
// version first in byte order ("vib-1" before "vib-2"), so the choice does
// not depend on the order of the assessments. Byte order is not release
// order ("vib-10" comes before "vib-2"): a tie is rare and either set
// describes the team, so no version scheme is assumed here.
func MostUsedQuestionSet(p *model.Plan) string {
	count := map[string]int{}
	for _, a := range p.Assessments {
		if a.QuestionSet != "" {
			count[a.QuestionSet]++
		}
	}
	best := ""
	for v, n := range count {
		if n > count[best] || (n == count[best] && v < best) {
			best = v
		}
	}
	return best
}
