package answers

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"balansplan/model"
)

// MaxFileSize is the largest answers file Read accepts, in bytes: far
// more than any school's team fills in.
const MaxFileSize = 20 << 20

// Response is one participant's answers, read from one row.
type Response struct {
	Row         int // the row in the file
	Participant string
	Role        model.Role
	Session     string
	// Answers hold one answer per statement the mapping has columns for,
	// in the order of the question set.
	Answers []model.Answer
}

// Read reads an answers file with mapping m (nil: find the columns by
// name) for question set set. Rows listed in skip are left out on
// purpose and not checked. It returns the responses of the other rows,
// or, when anything is wrong, no responses and every problem: the
// mapping's first (one problem), else one per bad row.
func Read(data []byte, set Questions, m *Mapping, skip []int) ([]Response, Problems) {
	if m == nil {
		m = &Mapping{}
	}
	recs, ps := records(data)
	if ps != nil {
		return nil, ps
	}
	header := recs[0]
	if len(header.cells) < 2 {
		return nil, fileProblem("one_column", model.Text{
			NL: "de kopregel heeft maar één kolom; scheid de kolommen met komma's of puntkomma's",
			EN: "the header has only one column; separate the columns with commas or semicolons"})
	}
	cols, ps := resolve(header.cells, set, m)
	if ps != nil {
		return nil, ps
	}
	last := recs[len(recs)-1].row
	skipped := map[int]bool{}
	var badSkip []string
	for _, r := range skip {
		if r < 2 || r > last {
			badSkip = append(badSkip, strconv.Itoa(r))
		}
		skipped[r] = true
	}
	if len(badSkip) > 0 {
		return nil, fileProblem("skip", model.Text{
			NL: fmt.Sprintf("over te slaan rij %s bestaat niet; de antwoorden staan in rij 2 tot en met %d", strings.Join(badSkip, ", "), last),
			EN: fmt.Sprintf("row %s to skip does not exist; the answers are in rows 2 to %d", strings.Join(badSkip, ", "), last)})
	}

	unknown := unknownWords(m.Unknown)
	roles := newRoleTable(m.Roles)
	var out []Response
	var problems Problems
	seen := map[string]int{}
	for _, rec := range recs[1:] {
		if skipped[rec.row] || blank(rec.cells) {
			continue
		}
		var issues []Issue
		add := func(column, reason string, detail model.Text) {
			issues = append(issues, Issue{Column: column, Reason: reason, Detail: detail})
		}
		cell := func(i int) string {
			if i < 0 || i >= len(rec.cells) {
				return ""
			}
			return strings.TrimSpace(rec.cells[i])
		}
		if len(rec.cells) > len(header.cells) && !blank(rec.cells[len(header.cells):]) {
			add("", "extra_cells", model.Text{
				NL: fmt.Sprintf("de rij heeft %d cellen, de kopregel maar %d kolommen", len(rec.cells), len(header.cells)),
				EN: fmt.Sprintf("the row has %d cells, the header only %d columns", len(rec.cells), len(header.cells))})
		}
		r := Response{Row: rec.row}
		r.Participant = cell(cols.participant)
		switch n := utf8.RuneCountInString(r.Participant); {
		case n == 0:
			add(header.cells[cols.participant], "required", model.Text{
				NL: "de naam van de deelnemer ontbreekt", EN: "the participant's name is missing"})
		case n > model.MaxTextLen:
			add(header.cells[cols.participant], "too_long", model.Text{
				NL: fmt.Sprintf("de naam is %d tekens lang; het maximum is %d", n, model.MaxTextLen),
				EN: fmt.Sprintf("the name is %d characters long; the maximum is %d", n, model.MaxTextLen)})
		case hasLineBreak(r.Participant):
			// A quoted cell may span lines; a name never does, and one
			// with a line break would show as two in every list.
			add(header.cells[cols.participant], ReasonLineBreak, model.Text{
				NL: fmt.Sprintf("de naam %q loopt over meer dan één regel; zet hem op één regel", r.Participant),
				EN: fmt.Sprintf("the name %q runs over more than one line; put it on one line", r.Participant)})
		}
		roleText := cell(cols.role)
		if role, ok := roles.parse(roleText); ok {
			r.Role = role
		} else if roleText == "" {
			add(header.cells[cols.role], "required", model.Text{NL: "de rol ontbreekt", EN: "the role is missing"})
		} else {
			add(header.cells[cols.role], "role", model.Text{
				NL: fmt.Sprintf("%q is geen rol die Balansplan kent; gebruik %s, of vertaal het in de koppeling (roles)", roleText, roleValues()),
				EN: fmt.Sprintf("%q is not a role Balansplan knows; use %s, or translate it in the mapping (roles)", roleText, roleValues())})
		}
		r.Session = m.SessionName
		if cols.session >= 0 {
			r.Session = cell(cols.session)
		}
		if n := utf8.RuneCountInString(r.Session); n > model.MaxTextLen {
			add(sessionColumn(header.cells, cols.session), "too_long", model.Text{
				NL: fmt.Sprintf("de sessie is %d tekens lang; het maximum is %d", n, model.MaxTextLen),
				EN: fmt.Sprintf("the session is %d characters long; the maximum is %d", n, model.MaxTextLen)})
		} else if hasLineBreak(r.Session) {
			add(sessionColumn(header.cells, cols.session), ReasonLineBreak, model.Text{
				NL: fmt.Sprintf("de sessie %q loopt over meer dan één regel; zet hem op één regel", r.Session),
				EN: fmt.Sprintf("the session %q runs over more than one line; put it on one line", r.Session)})
		}
		for _, sc := range cols.statements {
			an := model.Answer{Statement: sc.id}
			for _, part := range []struct {
				col int
				to  *model.Rating
			}{{sc.now, &an.Now}, {sc.goal, &an.Goal}} {
				if part.col < 0 {
					continue
				}
				v := cell(part.col)
				rt, ok := parseRating(v, unknown)
				if !ok {
					add(header.cells[part.col], "rating", model.Text{
						NL: fmt.Sprintf("%q is geen antwoord; geef 1 tot en met 5, of 'weet niet'", v),
						EN: fmt.Sprintf("%q is not an answer; give 1 to 5, or 'weet niet' (don't know)", v)})
				}
				*part.to = rt
			}
			r.Answers = append(r.Answers, an)
		}
		if r.Participant != "" {
			key := participantKey(r.Participant, r.Session)
			if first, dup := seen[key]; dup {
				add(header.cells[cols.participant], "duplicate", model.Text{
					NL: fmt.Sprintf("%s staat in deze sessie al in rij %d", r.Participant, first),
					EN: fmt.Sprintf("%s is already in row %d for this session", r.Participant, first)})
			} else {
				seen[key] = rec.row
			}
		}
		if len(issues) > 0 {
			problems = append(problems, Problem{Row: rec.row, Issues: issues})
			continue
		}
		out = append(out, r)
	}
	if len(problems) > 0 {
		return nil, problems
	}
	return out, nil
}

// record is one record of the file with the row a spreadsheet shows it in.
type record struct {
	row   int
	cells []string
}

// records decodes the file into records, the header first.
func records(data []byte) ([]record, Problems) {
	if len(data) > MaxFileSize {
		return nil, fileProblem("too_large", model.Text{
			NL: fmt.Sprintf("het bestand is groter dan %d MB", MaxFileSize>>20),
			EN: fmt.Sprintf("the file is larger than %d MB", MaxFileSize>>20)})
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(data) {
		line := 1
		for off := 0; off < len(data); {
			r, n := utf8.DecodeRune(data[off:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			if r == '\n' {
				line++
			}
			off += n
		}
		return nil, fileProblem("utf8", model.Text{
			NL: fmt.Sprintf("het bestand is geen UTF-8-tekst (fout in regel %d); sla het op als \"CSV UTF-8\"", line),
			EN: fmt.Sprintf("the file is not UTF-8 text (error in line %d); save it as \"CSV UTF-8\"", line)})
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, fileProblem("empty", model.Text{NL: "het bestand is leeg", EN: "the file is empty"})
	}
	r := csv.NewReader(bytes.NewReader(data))
	r.Comma = separator(data)
	r.FieldsPerRecord = -1
	var out []record
	prevRow, prevEnd := 0, 0
	for {
		cells, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			line := 0
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				line = pe.StartLine
			}
			return nil, fileProblem("csv", model.Text{
				NL: fmt.Sprintf("het bestand is geen geldige CSV (regel %d): controleer de aanhalingstekens", line),
				EN: fmt.Sprintf("the file is not valid CSV (line %d): check the quotation marks", line)})
		}
		// A spreadsheet shows every line as a row, also an empty one, and
		// a quoted cell over several lines as one row.
		start, _ := r.FieldPos(0)
		row := prevRow + start - prevEnd
		end, _ := r.FieldPos(len(cells) - 1)
		end += strings.Count(cells[len(cells)-1], "\n")
		prevRow, prevEnd = row, end
		out = append(out, record{row: row, cells: cells})
	}
	return out, nil
}

// separator picks ',' or ';': whichever occurs more often, outside quotes,
// in the first line. A Dutch spreadsheet writes semicolons.
func separator(data []byte) rune {
	commas, semis := 0, 0
	quoted := false
	for _, b := range data {
		switch {
		case b == '"':
			quoted = !quoted
		case quoted:
		case b == '\n':
			if semis > commas {
				return ';'
			}
			return ','
		case b == ',':
			commas++
		case b == ';':
			semis++
		}
	}
	if semis > commas {
		return ';'
	}
	return ','
}

func blank(cells []string) bool {
	for _, c := range cells {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

// columns are the positions of the mapped columns; -1 for none.
type columns struct {
	participant, role, session int
	statements                 []statementColumns
}

type statementColumns struct {
	id        string
	now, goal int
}

var (
	participantNames = []string{"participant", "deelnemer", "naam", "name"}
	roleNames        = []string{"role", "rol"}
	sessionNames     = []string{"session", "sessie"}
	nowSuffixes      = []string{"", ".nu", ".now"}
	goalSuffixes     = []string{".doel", ".goal"}
)

func norm(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

// resolve finds the columns of the mapping in the header. Every column the
// mapping names and the header lacks is reported in one problem.
func resolve(header []string, set Questions, m *Mapping) (columns, Problems) {
	at := map[string]int{}
	for i := len(header) - 1; i >= 0; i-- {
		at[norm(header[i])] = i // the first of equal names wins
	}
	var missing []string
	need := func(name string, defaults []string, required bool) int {
		if name != "" {
			if i, ok := at[norm(name)]; ok {
				return i
			}
			missing = append(missing, strconv.Quote(name))
			return -1
		}
		for _, d := range defaults {
			if i, ok := at[d]; ok {
				return i
			}
		}
		if required {
			missing = append(missing, strconv.Quote(defaults[0]))
		}
		return -1
	}
	c := columns{
		participant: need(m.Participant, participantNames, true),
		role:        need(m.Role, roleNames, true),
		session:     need(m.Session, sessionNames, false),
	}
	ids := set.StatementIDs()
	known := map[string]bool{}
	for _, id := range ids {
		known[id] = true
	}
	var strangers []string
	used := map[int]bool{c.participant: true, c.role: true, c.session: true}
	if m.Statements != nil {
		for _, id := range sortedKeys(m.Statements) {
			if !known[id] {
				strangers = append(strangers, id)
			}
		}
		for _, id := range ids {
			sc, ok := m.Statements[id]
			if !ok {
				continue
			}
			s := statementColumns{id: id, now: -1, goal: -1}
			if sc.Now != "" {
				s.now = need(sc.Now, nil, false)
			}
			if sc.Goal != "" {
				s.goal = need(sc.Goal, nil, false)
			}
			c.statements = append(c.statements, s)
		}
	} else {
		find := func(id string, suffixes []string) int {
			for _, suf := range suffixes {
				if i, ok := at[norm(id+suf)]; ok {
					used[i] = true
					return i
				}
			}
			return -1
		}
		for _, id := range ids {
			s := statementColumns{id: id, now: find(id, nowSuffixes), goal: find(id, goalSuffixes)}
			if s.now >= 0 || s.goal >= 0 {
				c.statements = append(c.statements, s)
			}
		}
		// A column named like a statement that the set does not have is
		// a typing error or a form made for another set.
		for i, h := range header {
			if used[i] {
				continue
			}
			if b, _, ok := strings.Cut(norm(h), "."); ok && model.Block(b).Valid() {
				strangers = append(strangers, strings.TrimSpace(h))
			}
		}
	}
	if len(missing) > 0 {
		var have []string
		for _, h := range header {
			have = append(have, strconv.Quote(strings.TrimSpace(h)))
		}
		return c, mappingProblem(ReasonMappingMissing, model.Text{
			NL: fmt.Sprintf("de kopregel mist %s; de kopregel heeft %s", strings.Join(missing, ", "), strings.Join(have, ", ")),
			EN: fmt.Sprintf("the header lacks %s; the header has %s", strings.Join(missing, ", "), strings.Join(have, ", "))})
	}
	if len(strangers) > 0 && m.Statements != nil {
		return c, mappingProblem(ReasonMappingStatement, model.Text{
			NL: fmt.Sprintf("de koppeling noemt %s %s, maar vragenlijst %s heeft die niet; %s", plural(len(strangers), "stelling", "stellingen"),
				quoteAll(strangers), set.Name(), knownStatements(ids, strangers, model.NL)),
			EN: fmt.Sprintf("the mapping names %s %s, but question set %s does not have %s; %s", plural(len(strangers), "statement", "statements"),
				quoteAll(strangers), set.Name(), plural(len(strangers), "it", "them"), knownStatements(ids, strangers, model.EN))})
	}
	if len(strangers) > 0 {
		return c, mappingProblem(ReasonStatementColumn, model.Text{
			NL: fmt.Sprintf("%s %s %s op een stelling, maar vragenlijst %s heeft die niet; %s", plural(len(strangers), "kolom", "kolommen"),
				quoteAll(strangers), plural(len(strangers), "lijkt", "lijken"), set.Name(), knownStatements(ids, strangers, model.NL)),
			EN: fmt.Sprintf("%s %s %s like a statement, but question set %s does not have %s; %s", plural(len(strangers), "column", "columns"),
				quoteAll(strangers), plural(len(strangers), "looks", "look"), set.Name(), plural(len(strangers), "it", "them"), knownStatements(ids, strangers, model.EN))})
	}
	// A mapping may give a statement the column that is also found by
	// name for the participant, role or session.
	for _, sc := range c.statements {
		for _, col := range []int{sc.now, sc.goal} {
			if col >= 0 && (col == c.participant || col == c.role || col == c.session) {
				name := strings.TrimSpace(header[col])
				return c, mappingProblem(ReasonMappingSameColumn, model.Text{
					NL: fmt.Sprintf("kolom %q is de kolom van de deelnemer, de rol of de sessie, en staat in de koppeling ook bij stelling %s; elke kolom hoort bij één ding", name, sc.id),
					EN: fmt.Sprintf("column %q is the column of the participant, the role or the session, and the mapping also gives it to statement %s; each column belongs to one thing", name, sc.id)})
			}
		}
	}
	if len(c.statements) == 0 {
		example := "visie.1"
		if len(ids) > 0 {
			example = ids[0]
		}
		return c, mappingProblem(ReasonMappingNoStatement, model.Text{
			NL: fmt.Sprintf("geen enkele kolom hoort bij een stelling van vragenlijst %s; noem de kolommen naar de stellingen (bijvoorbeeld %s) of geef een koppeling", set.Name(), example),
			EN: fmt.Sprintf("no column belongs to a statement of question set %s; name the columns after the statements (for example %s) or give a mapping", set.Name(), example)})
	}
	return c, nil
}

// ReasonStatementColumn is the reason of a column named like a statement
// that the question set does not have (without a mapping).
const ReasonStatementColumn = "statement_column"

func plural(n int, one, more string) string {
	if n == 1 {
		return one
	}
	return more
}

func quoteAll(ss []string) string {
	q := make([]string, len(ss))
	for i, s := range ss {
		q[i] = strconv.Quote(s)
	}
	return strings.Join(q, ", ")
}

// knownStatements says which statements the set does have, for the
// bouwstenen of the strangers (all of them when none is recognised), so
// that a user can see the right id.
func knownStatements(ids, strangers []string, l model.Lang) string {
	prefixes := map[string]bool{}
	for _, s := range strangers {
		if b, _, ok := strings.Cut(norm(s), "."); ok {
			prefixes[b] = true
		}
	}
	var show []string
	for _, id := range ids {
		b, _, _ := strings.Cut(id, ".")
		if prefixes[b] {
			show = append(show, id)
		}
	}
	if len(show) == 0 {
		show = ids
	}
	if l == model.EN {
		return "it has " + strings.Join(show, ", ")
	}
	return "wel " + strings.Join(show, ", ")
}

var defaultUnknown = []string{"", "weet niet", "weetniet", "wn", "?", "-", "–", "n.v.t.", "n.v.t", "nvt",
	"don't know", "dont know", "dk", "n/a", "na"}

func unknownWords(extra []string) map[string]bool {
	out := map[string]bool{}
	for _, w := range slices.Concat(defaultUnknown, extra) {
		out[norm(w)] = true
	}
	return out
}

// parseRating reads an answer: 1..5, optionally followed by the form's
// label ("4 - mee eens"), or a word for "weet niet".
func parseRating(v string, unknown map[string]bool) (model.Rating, bool) {
	s := norm(v)
	if unknown[s] {
		return model.NoRating, true
	}
	if s == "" || s[0] < '1' || s[0] > '5' {
		return model.NoRating, false
	}
	// "4 - mee eens", "4 (eens)", "4: eens"; not "45", "4.5" or "4,5".
	if rest := s[1:]; rest != "" {
		r, _ := utf8.DecodeRuneInString(rest)
		if !unicode.IsSpace(r) && !strings.ContainsRune("-–():=", r) {
			return model.NoRating, false
		}
	}
	return model.Rating(s[0] - '0'), true
}

// ReasonLineBreak is the reason of a participant or session whose cell
// spans lines.
const ReasonLineBreak = "line_break"

func hasLineBreak(s string) bool { return strings.ContainsAny(s, "\n\r\u2028\u2029\v\f\u0085") }

// sessionColumn names the session column in a message; "" when the
// session comes from the mapping's session_name.
func sessionColumn(header []string, i int) string {
	if i < 0 {
		return ""
	}
	return header[i]
}

// participantKey is what makes two rows or assessments the same
// participant: name and session, without regard to case (as
// strings.EqualFold compares) or surrounding spaces. Every rune becomes
// the smallest of its case-folding orbit, so that equal keys are exactly
// the EqualFold-equal strings and a map can find them in one step.
func participantKey(participant, session string) string {
	var b strings.Builder
	b.Grow(len(participant) + len(session) + 1)
	fold := func(s string) {
		for _, r := range strings.TrimSpace(s) {
			least := r
			for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
				least = min(least, f)
			}
			b.WriteRune(least)
		}
	}
	fold(participant)
	b.WriteByte(0)
	fold(session)
	return b.String()
}

// roleTable finds a role by its key (roleKey): the mapping's words, and
// the model's values and their labels in both languages.
type roleTable map[string]model.Role

// newRoleTable builds the table once per file, rather than comparing
// every cell with every word.
func newRoleTable(custom map[string]model.Role) roleTable {
	t := roleTable{}
	for _, r := range model.Roles() {
		for _, w := range []string{string(r), r.Label(model.NL), r.Label(model.EN)} {
			if k := roleKey(w); k != "" {
				if _, taken := t[k]; !taken {
					t[k] = r
				}
			}
		}
	}
	// The mapping's words win; in sorted order, so that two words that
	// are the same key (ParseMapping refuses them) settle alike each time.
	for _, w := range sortedKeys(custom) {
		if k := roleKey(w); k != "" {
			t[k] = custom[w]
		}
	}
	return t
}

func (t roleTable) parse(v string) (model.Role, bool) {
	key := roleKey(v)
	if key == "" {
		return "", false
	}
	r, ok := t[key]
	return r, ok
}

// parseRole reads a role: the mapping's words first, then the model's
// values and their labels in both languages, without regard to case,
// spaces, hyphens or the diaeresis of "coördinator".
func parseRole(v string, custom map[string]model.Role) (model.Role, bool) {
	return newRoleTable(custom).parse(v)
}

var roleKeyReplacer = strings.NewReplacer("ö", "o", "ë", "e", "-", "_", " ", "_")

func roleKey(s string) string {
	return roleKeyReplacer.Replace(strings.ToLower(strings.TrimSpace(s)))
}
