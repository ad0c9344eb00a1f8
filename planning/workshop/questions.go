package workshop

import (
	"bytes"
	"encoding/json"
	"fmt"
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

// ParseQuestionSet reads a question set (format balansplan-questions/1).
// It refuses a set without a version, with a statement without id, text
// in both languages or a known bouwsteen, with an id used twice, or with a
// bouwsteen that has no statement at all. The statements are put in
// bouwsteen order (model.Blocks), keeping the file's order within a
// bouwsteen.
func ParseQuestionSet(data []byte) (*QuestionSet, error) {
	var w wireSet
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&w); err != nil {
		return nil, fmt.Errorf("question set: %w", err)
	}
	if w.Format != "" && w.Format != QuestionFormat {
		return nil, fmt.Errorf("question set: format %q, want %q", w.Format, QuestionFormat)
	}
	if strings.TrimSpace(w.Version) == "" {
		return nil, fmt.Errorf("question set: no version")
	}
	s := &QuestionSet{
		Version:     w.Version,
		Title:       model.Text(w.Title),
		Instruction: model.Text(w.Instruction),
		Unknown:     model.Text(w.Unknown),
		byID:        map[string]int{},
	}
	if s.Unknown.NL == "" {
		s.Unknown = model.Text{NL: "weet niet", EN: "don't know"}
	}
	for i, sp := range w.Scale {
		if sp.Value != i+1 || sp.Value > 5 {
			return nil, fmt.Errorf("question set %s: scale point %d has value %d, want %d", w.Version, i+1, sp.Value, i+1)
		}
		s.Scale = append(s.Scale, ScalePoint{Value: model.Rating(sp.Value), Label: model.Text{NL: sp.NL, EN: sp.EN}})
	}
	if len(s.Scale) != 0 && len(s.Scale) != 5 {
		return nil, fmt.Errorf("question set %s: the scale has %d points, want 5", w.Version, len(s.Scale))
	}
	perBlock := map[model.Block][]Statement{}
	seen := map[string]bool{}
	for i, st := range w.Statements {
		id := strings.TrimSpace(st.ID)
		switch {
		case id == "":
			return nil, fmt.Errorf("question set %s: statement %d has no id", w.Version, i+1)
		case id != st.ID || strings.ContainsAny(id, " ,;\t\""):
			return nil, fmt.Errorf("question set %s: statement id %q may not hold spaces, commas, semicolons or quotes", w.Version, st.ID)
		case seen[id]:
			return nil, fmt.Errorf("question set %s: statement id %s is used twice", w.Version, id)
		case !model.Block(st.Block).Valid():
			return nil, fmt.Errorf("question set %s: statement %s: unknown bouwsteen %q", w.Version, id, st.Block)
		case strings.TrimSpace(st.NL) == "" || strings.TrimSpace(st.EN) == "":
			return nil, fmt.Errorf("question set %s: statement %s needs a text in Dutch and in English", w.Version, id)
		}
		seen[id] = true
		b := model.Block(st.Block)
		perBlock[b] = append(perBlock[b], Statement{ID: id, Block: b,
			Text: model.Text{NL: st.NL, EN: st.EN}, Explain: model.Text{NL: st.ExplainNL, EN: st.ExplainEN}})
	}
	for _, b := range model.Blocks() {
		if len(perBlock[b]) == 0 {
			return nil, fmt.Errorf("question set %s: no statement for bouwsteen %s", w.Version, b)
		}
		for _, st := range perBlock[b] {
			s.byID[st.ID] = len(s.Statements)
			s.Statements = append(s.Statements, st)
		}
	}
	return s, nil
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
