package answers

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"balansplan/model"
	"balansplan/model/testplan"
)

// testSet is a question set of four statements. Its rollup is simple on
// purpose (per bouwsteen, the first known answer), so that a test sees
// that Apply stores what the set rolls up; the real rollup is
// planning/workshop's and is tested there.
type testSet struct{}

func (testSet) Name() string { return "test-1" }
func (testSet) StatementIDs() []string {
	return []string{"visie.1", "visie.2", "deskundigheid.1", "leiderschap.1"}
}
func (testSet) Rollup(as []model.Answer) map[model.Block]model.Score {
	out := map[model.Block]model.Score{}
	for _, a := range as {
		b := model.Block(strings.Split(a.Statement, ".")[0])
		s := out[b]
		if !s.Now.Known() {
			s.Now = a.Now
		}
		if !s.Goal.Known() {
			s.Goal = a.Goal
		}
		out[b] = s
	}
	return out
}

func example(t testing.TB) *model.Plan { return testplan.Regenboog(t) }

func ids() func() string {
	n := 0
	return func() string { n++; return fmt.Sprintf("new-%d", n) }
}

func messages(ps Problems, l model.Lang) string { return strings.Join(ps.Messages(l), "\n") }

// A form export with the default column names: a byte order mark,
// Windows line ends, and an answer column per statement for now and goal.
const goodCSV = "\ufeffparticipant,role,session,visie.1,visie.1.doel,visie.2,deskundigheid.1.nu,deskundigheid.1.goal,leiderschap.1\r\n" +
	"Anna,leraar,Workshop,2,4,3,weet niet,4,1\r\n" +
	"Bram,Schoolleider,Workshop,4,5,,3,3,5\r\n" +
	"P1,teacher,Teamvergadering 12 maart,1,2,1,1,2,1\r\n"

func TestReadAGoodFileWithTheDefaultColumns(t *testing.T) {
	rs, ps := Read([]byte(goodCSV), testSet{}, nil, nil)
	if ps != nil {
		t.Fatal(messages(ps, model.EN))
	}
	want := []Response{
		{Row: 2, Participant: "Anna", Role: model.RoleLeraar, Session: "Workshop", Answers: []model.Answer{
			{Statement: "visie.1", Now: 2, Goal: 4}, {Statement: "visie.2", Now: 3},
			{Statement: "deskundigheid.1", Now: model.NoRating, Goal: 4}, {Statement: "leiderschap.1", Now: 1}}},
		{Row: 3, Participant: "Bram", Role: model.RoleSchoolleider, Session: "Workshop", Answers: []model.Answer{
			{Statement: "visie.1", Now: 4, Goal: 5}, {Statement: "visie.2"},
			{Statement: "deskundigheid.1", Now: 3, Goal: 3}, {Statement: "leiderschap.1", Now: 5}}},
		{Row: 4, Participant: "P1", Role: model.RoleLeraar, Session: "Teamvergadering 12 maart", Answers: []model.Answer{
			{Statement: "visie.1", Now: 1, Goal: 2}, {Statement: "visie.2", Now: 1},
			{Statement: "deskundigheid.1", Now: 1, Goal: 2}, {Statement: "leiderschap.1", Now: 1}}},
	}
	if len(rs) != len(want) {
		t.Fatalf("%d responses", len(rs))
	}
	for i := range want {
		g, w := rs[i], want[i]
		if g.Row != w.Row || g.Participant != w.Participant || g.Role != w.Role || g.Session != w.Session || !slices.Equal(g.Answers, w.Answers) {
			t.Errorf("row %d:\n got %+v\nwant %+v", w.Row, g, w)
		}
	}
}

func TestApplyAddsNewParticipantsAndUpdatesOnesAlreadyInThePlan(t *testing.T) {
	p := example(t)
	before := len(p.Assessments)
	p1 := p.Assessments[0] // p1, leraar, "Teamvergadering 12 maart"
	next, res, ps := importCSV(p, []byte(goodCSV), testSet{}, nil, nil, ids())
	if ps != nil {
		t.Fatal(messages(ps, model.NL))
	}
	if !slices.Equal(res.Added, []string{"Anna", "Bram"}) || !slices.Equal(res.Updated, []string{"P1"}) {
		t.Errorf("result %+v", res)
	}
	if len(next.Assessments) != before+2 || len(p.Assessments) != before {
		t.Fatalf("%d assessments, the original now %d", len(next.Assessments), len(p.Assessments))
	}
	anna := next.Assessments[before]
	if anna.ID != "new-1" || anna.Participant != "Anna" || anna.QuestionSet != "test-1" || len(anna.Answers) != 4 {
		t.Errorf("Anna: %+v", anna)
	}
	// testSet's rollup: visie first known now 2 (visie.1), goal 4;
	// deskundigheid now unknown, goal 4; leiderschap 1 / unknown.
	wantScores := map[model.Block]model.Score{
		model.BlockVisie: {Now: 2, Goal: 4}, model.BlockDeskundigheid: {Goal: 4}, model.BlockLeiderschap: {Now: 1},
	}
	for b, s := range wantScores {
		if anna.Scores[b] != s {
			t.Errorf("Anna %s: %+v, want %+v", b, anna.Scores[b], s)
		}
	}
	// p1 is matched by name and session without regard to case: updated in
	// place, ID and name kept, scores replaced by the rollup.
	up := next.Assessments[0]
	if up.ID != p1.ID || up.Participant != "p1" || up.QuestionSet != "test-1" || up.Scores[model.BlockInfrastructuur] != (model.Score{}) ||
		up.Scores[model.BlockVisie] != (model.Score{Now: 1, Goal: 2}) {
		t.Errorf("p1 after the update: %+v", up)
	}
	if p.Assessments[0].QuestionSet != "" {
		t.Error("Apply changed the original plan")
	}
	if vs := next.Validate(); len(vs) > 0 {
		t.Error(vs)
	}
}

// A Dutch spreadsheet: semicolons, the form's own column names, a mapping,
// labels after the numbers and a session for all rows.
func TestReadWithAMappingAndSemicolons(t *testing.T) {
	mapping := `{
	  "participant": "Naam",
	  "role": " FUNCTIE ",
	  "session_name": "Studiedag",
	  "statements": {
	    "visie.1": {"now": "Visie nu", "goal": "Visie doel"},
	    "leiderschap.1": "Leiding"
	  },
	  "roles": {"Juf of meester": "leraar", "Directie": "schoolleider"},
	  "unknown": ["geen idee"]
	}`
	m, ps := ParseMapping([]byte(mapping))
	if ps != nil {
		t.Fatal(messages(ps, model.NL))
	}
	data := "Tijdstempel;Naam;Functie;Visie nu;Visie doel;Leiding\n" +
		"12-3-2026 10:01;Carla;juf of meester;4 - mee eens;5 (helemaal eens);geen idee\n" +
		"12-3-2026 10:02;Dirk;directie;\"3\";4;2\n" +
		"12-3-2026 10:03;Els;ict-coördinator;1;1;1\n"
	rs, ps := Read([]byte(data), testSet{}, m, nil)
	if ps != nil {
		t.Fatal(messages(ps, model.NL))
	}
	got := []string{}
	for _, r := range rs {
		got = append(got, fmt.Sprintf("%d %s %s %s %v", r.Row, r.Participant, r.Role, r.Session, r.Answers))
	}
	want := []string{
		"2 Carla leraar Studiedag [{visie.1 4 5} {leiderschap.1 0 0}]",
		"3 Dirk schoolleider Studiedag [{visie.1 3 4} {leiderschap.1 2 0}]",
		"4 Els ict_coordinator Studiedag [{visie.1 1 1} {leiderschap.1 1 0}]",
	}
	if !slices.Equal(got, want) {
		t.Errorf("responses\n got %q\nwant %q", got, want)
	}
}

// Rows 3, 5 and 7 are bad, each in its own way (row 5 twice); the empty
// line 6 is a row of its own that is skipped; the quoted cell of row 4
// spans two lines but is one row.
const badCSV = "participant;role;visie.1;visie.2\n" +
	"Anna;leraar;2;3\n" +
	";schoolleider;6;3\n" +
	"Bram;leraar;\"4\n- eens\";2\n" +
	"Carla;juf;2,5;x\n" +
	"\n" +
	"anna;leraar;1;1\n" +
	"Dirk;bestuurder;5;5;extra\n"

func TestEveryBadRowGetsItsOwnMessageAndNothingIsRead(t *testing.T) {
	rs, ps := Read([]byte(badCSV), testSet{}, nil, nil)
	if rs != nil {
		t.Errorf("responses read: %+v", rs)
	}
	want := []string{
		`rij 3, kolom "participant": de naam van de deelnemer ontbreekt; kolom "visie.1": "6" is geen antwoord; geef 1 tot en met 5, of 'weet niet'`,
		`rij 5, kolom "role": "juf" is geen rol die Balansplan kent; gebruik leraar, schoolleider, bestuurder, ict_coordinator, ondersteuner, of vertaal het in de koppeling (roles); kolom "visie.1": "2,5" is geen antwoord; geef 1 tot en met 5, of 'weet niet'; kolom "visie.2": "x" is geen antwoord; geef 1 tot en met 5, of 'weet niet'`,
		`rij 7, kolom "participant": anna staat in deze sessie al in rij 2`,
		`rij 8: de rij heeft 5 cellen, de kopregel maar 4 kolommen`,
	}
	if got := ps.Messages(model.NL); !slices.Equal(got, want) {
		t.Errorf("messages:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	en := ps.Messages(model.EN)
	if en[0] != `row 3, column "participant": the participant's name is missing; column "visie.1": "6" is not an answer; give 1 to 5, or 'weet niet' (don't know)` {
		t.Errorf("English: %s", en[0])
	}
	if !ps[1].Has("role") || !ps[2].Has("duplicate") || !ps[3].Has("extra_cells") {
		t.Errorf("reasons: %+v", ps)
	}
}

func TestRowsSkippedOnPurposeLetTheRestIn(t *testing.T) {
	rs, ps := Read([]byte(badCSV), testSet{}, nil, []int{3, 5, 7, 8})
	if ps != nil {
		t.Fatal(messages(ps, model.NL))
	}
	var got []string
	for _, r := range rs {
		got = append(got, fmt.Sprintf("%d %s %v", r.Row, r.Participant, r.Answers))
	}
	want := []string{"2 Anna [{visie.1 2 0} {visie.2 3 0}]", "4 Bram [{visie.1 4 0} {visie.2 2 0}]"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	// Skipping fewer leaves the others reported.
	if _, ps := Read([]byte(badCSV), testSet{}, nil, []int{3, 5}); len(ps) != 2 || ps[0].Row != 7 || ps[1].Row != 8 {
		t.Errorf("skipping 3 and 5: %s", messages(ps, model.EN))
	}
	// A row that is not there cannot be skipped.
	_, ps = Read([]byte(badCSV), testSet{}, nil, []int{1, 9})
	if len(ps) != 1 || ps[0].Message(model.EN) != "answers file: row 1, 9 to skip does not exist; the answers are in rows 2 to 8" {
		t.Errorf("bad skip: %s", messages(ps, model.EN))
	}
}

func TestAWrongMappingIsOneClearError(t *testing.T) {
	m, ps := ParseMapping([]byte(`{"participant": "Naam", "role": "Rol", "session": "Sessie",
		"statements": {"visie.1": {"now": "V1 nu", "goal": "V1 doel"}, "visie.2": "V2"}}`))
	if ps != nil {
		t.Fatal(messages(ps, model.NL))
	}
	data := "Naam,Functie,V1 nu,V2\nAnna,leraar,2,3\n"
	_, ps = Read([]byte(data), testSet{}, m, nil)
	want := `antwoordenbestand: de kopregel mist "Rol", "Sessie", "V1 doel"; de kopregel heeft "Naam", "Functie", "V1 nu", "V2"`
	if len(ps) != 1 || ps[0].Message(model.NL) != want || !ps[0].Has("mapping_missing") {
		t.Errorf("got\n%s\nwant\n%s", messages(ps, model.NL), want)
	}
	// A statement the set does not have.
	m.Statements["visie.9"] = Columns{Now: "V2"}
	_, ps = Read([]byte("Naam,Rol,Sessie,V1 nu,V1 doel,V2\n"), testSet{}, m, nil)
	if len(ps) != 1 || ps[0].Message(model.EN) != `answers file: the mapping names statement "visie.9", but question set test-1 does not have it; it has visie.1, visie.2` ||
		!ps.Has(ReasonMappingStatement) {
		t.Errorf("unknown statement: %s", messages(ps, model.EN))
	}
}

func TestWithoutAMappingTheHeaderMustNameTheColumns(t *testing.T) {
	for name, c := range map[string]struct{ data, want string }{
		"no participant": {"naam2,role,visie.1\nx,leraar,1\n",
			`answers file: the header lacks "participant"; the header has "naam2", "role", "visie.1"`},
		"a statement of no set": {"naam,rol,visie.1,visie.9,Visie.10.doel\nx,leraar,1,2,3\n",
			`answers file: columns "visie.9", "Visie.10.doel" look like a statement, but question set test-1 does not have them; it has visie.1, visie.2`},
		"no statements at all": {"naam,rol,opmerking\nx,leraar,goed\n",
			"answers file: no column belongs to a statement of question set test-1; name the columns after the statements (for example visie.1) or give a mapping"},
		"one column": {"naam\tvisie.1\nx\t1\n",
			"answers file: the header has only one column; separate the columns with commas or semicolons"},
		"not UTF-8": {"naam,rol,visie.1\nJos\xe9,leraar,1\n",
			`answers file: the file is not UTF-8 text (error in line 2); save it as "CSV UTF-8"`},
		"empty": {" \n", "answers file: the file is empty"},
		"broken quotes": {"naam,rol,visie.1\n\"x,leraar,1\n",
			"answers file: the file is not valid CSV (line 2): check the quotation marks"},
	} {
		_, ps := Read([]byte(c.data), testSet{}, nil, nil)
		if len(ps) != 1 || ps[0].Message(model.EN) != c.want {
			t.Errorf("%s:\n got %s\nwant %s", name, messages(ps, model.EN), c.want)
		}
	}
}

func TestParseMappingRefusesWhatItDoesNotUnderstand(t *testing.T) {
	for name, data := range map[string]string{
		"a typing error":        `{"particpant": "Naam"}`,
		"a statement as number": `{"statements": {"visie.1": 3}}`,
		"a statement's key":     `{"statements": {"visie.1": {"nu": "V1"}}}`,
		"an unknown role":       `{"roles": {"juf": "lerares"}}`,
		"not JSON":              `{"participant": `,
	} {
		if m, ps := ParseMapping([]byte(data)); m != nil || len(ps) != 1 {
			t.Errorf("%s: %v %s", name, m, messages(ps, model.NL))
		}
	}
}

func TestAParticipantThePlanHoldsTwiceCannotBeUpdated(t *testing.T) {
	p := example(t)
	dup := p.Assessments[1]
	dup.ID = "dup"
	p.Assessments = append(p.Assessments, dup) // p2 twice in the same session
	_, _, ps := importCSV(p, []byte("participant,role,session,visie.1\np2,leraar,Teamvergadering 12 maart,3\n"), testSet{}, nil, nil, ids())
	if len(ps) != 1 || ps[0].Row != 2 || !ps[0].Has("ambiguous") {
		t.Errorf("problems: %s", messages(ps, model.EN))
	}
}

func TestRatingsAndRoles(t *testing.T) {
	unknown := unknownWords([]string{"Geen idee"})
	for v, want := range map[string]model.Rating{
		"1": 1, " 5 ": 5, "4 - mee eens": 4, "3 (neutraal)": 3, "2: oneens": 2, "4 – eens": 4,
		"": 0, "weet niet": 0, "WN": 0, "n.v.t.": 0, "Don't know": 0, "geen idee": 0,
	} {
		if got, ok := parseRating(v, unknown); !ok || got != want {
			t.Errorf("%q: %d %v, want %d", v, got, ok, want)
		}
	}
	for _, v := range []string{"0", "6", "45", "4.5", "4,5", "vier", "-1", "x4"} {
		if _, ok := parseRating(v, unknown); ok {
			t.Errorf("%q accepted", v)
		}
	}
	for v, want := range map[string]model.Role{
		"leraar": model.RoleLeraar, "Teacher": model.RoleLeraar, "ict-coördinator": model.RoleIctCoordinator,
		"ICT coordinator": model.RoleIctCoordinator, "ict_coordinator": model.RoleIctCoordinator,
		"onderwijsondersteuner": model.RoleOndersteuner, "Board member": model.RoleBestuurder, "juf": model.RoleLeraar,
	} {
		if got, ok := parseRole(v, map[string]model.Role{"Juf": model.RoleLeraar}); !ok || got != want {
			t.Errorf("%q: %q %v, want %q", v, got, ok, want)
		}
	}
	if _, ok := parseRole("conciërge", nil); ok {
		t.Error("an unknown role was accepted")
	}
}

// importCSV is Read and Apply in one: the answers file data, read with
// mapping m (nil: by column names) and without the rows in skip, into a
// copy of p.
func importCSV(p *model.Plan, data []byte, set Questions, m *Mapping, skip []int, newID func() string) (*model.Plan, Result, Problems) {
	rs, ps := Read(data, set, m, skip)
	if ps != nil {
		return nil, Result{}, ps
	}
	return Apply(p, rs, set, newID)
}
