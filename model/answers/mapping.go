package answers

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strings"

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

// ParseMapping reads a mapping in its JSON form. Unknown keys are an
// error, so that a typing error ("particpant") does not go unnoticed.
func ParseMapping(data []byte) (*Mapping, Problems) {
	var w struct {
		Participant string                     `json:"participant"`
		Role        string                     `json:"role"`
		Session     string                     `json:"session"`
		SessionName string                     `json:"session_name"`
		Statements  map[string]json.RawMessage `json:"statements"`
		Roles       map[string]string          `json:"roles"`
		Unknown     []string                   `json:"unknown"`
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&w); err != nil {
		return nil, mappingProblem("syntax", model.Text{
			NL: "de koppeling (mapping) is geen geldige JSON van de verwachte vorm: " + err.Error(),
			EN: "the mapping is not valid JSON of the expected form: " + err.Error()})
	}
	m := &Mapping{Participant: w.Participant, Role: w.Role, Session: w.Session, SessionName: w.SessionName, Unknown: w.Unknown}
	var bad []string
	if w.Statements != nil {
		m.Statements = map[string]Columns{}
		for _, id := range sortedKeys(w.Statements) {
			raw := w.Statements[id]
			var one string
			if err := json.Unmarshal(raw, &one); err == nil {
				m.Statements[id] = Columns{Now: one}
				continue
			}
			var cols struct {
				Now  string `json:"now"`
				Goal string `json:"goal"`
			}
			d := json.NewDecoder(bytes.NewReader(raw))
			d.DisallowUnknownFields()
			if err := d.Decode(&cols); err != nil || cols.Now == "" && cols.Goal == "" {
				bad = append(bad, id)
				continue
			}
			m.Statements[id] = Columns{Now: cols.Now, Goal: cols.Goal}
		}
	}
	if len(bad) > 0 {
		return nil, mappingProblem("syntax", model.Text{
			NL: fmt.Sprintf(`in de koppeling hoort bij elke stelling een kolomnaam of {"now": ..., "goal": ...}; niet bij %s`, strings.Join(bad, ", ")),
			EN: fmt.Sprintf(`in the mapping each statement needs a column name or {"now": ..., "goal": ...}; %s has neither`, strings.Join(bad, ", "))})
	}
	if len(w.Roles) > 0 {
		m.Roles = map[string]model.Role{}
		var wrong []string
		for _, k := range sortedKeys(w.Roles) {
			r := model.Role(w.Roles[k])
			if !r.Valid() {
				wrong = append(wrong, fmt.Sprintf("%s: %q", k, w.Roles[k]))
				continue
			}
			m.Roles[k] = r
		}
		if len(wrong) > 0 {
			return nil, mappingProblem("role", model.Text{
				NL: fmt.Sprintf("de koppeling vertaalt rollen naar waarden die Balansplan niet kent (%s); kies uit %s", strings.Join(wrong, ", "), roleValues()),
				EN: fmt.Sprintf("the mapping translates roles into values Balansplan does not know (%s); choose from %s", strings.Join(wrong, ", "), roleValues())})
		}
	}
	return m, nil
}

func mappingProblem(reason string, detail model.Text) Problems {
	return Problems{{Issues: []Issue{{Reason: "mapping_" + reason, Detail: detail}}}}
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
