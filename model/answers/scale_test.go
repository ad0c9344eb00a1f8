package answers

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"balansplan/model"
)

// Issue 10 item 10: a file with only a header has nothing to import.
// Apply says so (ReasonNothingToImport) and gives no plan, so that the
// caller makes no edit and the plan file keeps its bytes.
func TestAHeaderOnlyFileChangesNothing(t *testing.T) {
	p := example(t)
	before := p.Clone()
	for name, data := range map[string]string{
		"a header":                   "participant,role,session,visie.1\n",
		"a header without a newline": "participant,role,session,visie.1",
		"a header and empty rows":    "participant;role;visie.1\r\n\r\n;;\r\n",
	} {
		rs, ps := Read([]byte(data), testSet{}, nil, nil)
		if rs != nil || ps != nil {
			t.Errorf("%s: Read gave %d responses, problems %s", name, len(rs), messages(ps, model.EN))
		}
		next, res, ps := Apply(p, rs, testSet{}, ids())
		want := "answers file: there is nothing to import: the answers file has no row of answers below the header (or every row is skipped); the plan stays as it is"
		if next != nil || res.Added != nil || res.Updated != nil || len(ps) != 1 || ps[0].Message(model.EN) != want || !ps[0].Has("nothing_to_import") {
			t.Errorf("%s: plan %v, result %+v, problems\n%s\nwant\n%s", name, next != nil, res, messages(ps, model.EN), want)
		}
	}
	// Every row skipped on purpose is the same.
	rs, ps := Read([]byte("participant,role,visie.1\nAnna,leraar,7\n"), testSet{}, nil, []int{2})
	if ps != nil || rs != nil {
		t.Fatalf("%d responses, %s", len(rs), messages(ps, model.EN))
	}
	if _, _, ps := Apply(p, rs, testSet{}, ids()); len(ps) != 1 || !ps[0].Has("nothing_to_import") {
		t.Errorf("every row skipped: %s", messages(ps, model.EN))
	}
	if !reflect.DeepEqual(p, before) {
		t.Error("the plan changed")
	}
}

// Issue 10 item 10: a quoted name over two lines is refused with its row
// and nothing is read. A spreadsheet shows a quoted cell over two lines as
// one row, so Carla is in row 4; the CSV reader turns the \r\n inside
// quotes into \n. An answer over two lines ("5\n") is still 5.
func TestANameOverTwoLinesIsRefused(t *testing.T) {
	data := "participant,role,session,visie.1\n" +
		"Anna,leraar,Workshop,3\n" +
		"\"Bram\nde Vries\",leraar,Workshop,4\n" +
		"Carla,leraar,\"Work\r\nshop\",2\n" +
		"Dirk,leraar,Workshop,\"5\n\"\n"
	rs, ps := Read([]byte(data), testSet{}, nil, nil)
	want := []string{
		`rij 3, kolom "participant": de naam "Bram\nde Vries" loopt over meer dan één regel; zet hem op één regel`,
		`rij 4, kolom "session": de sessie "Work\nshop" loopt over meer dan één regel; zet hem op één regel`,
	}
	if rs != nil || !slices.Equal(ps.Messages(model.NL), want) {
		t.Errorf("%d responses; problems\n%s\nwant\n%s", len(rs), messages(ps, model.NL), strings.Join(want, "\n"))
	}
	if en := ps.Messages(model.EN); len(en) != 2 || en[0] != `row 3, column "participant": the name "Bram\nde Vries" runs over more than one line; put it on one line` {
		t.Errorf("English: %q", en)
	}
	if len(ps) == 2 && (!ps[0].Has("line_break") || !ps[1].Has("line_break")) {
		t.Errorf("reasons: %+v", ps)
	}
}

// A session name too long without a session column (the dialog's session
// field) is the row's problem, not a crash.
func TestATooLongSessionNameWithoutASessionColumn(t *testing.T) {
	m := &Mapping{SessionName: strings.Repeat("s", model.MaxTextLen+1)}
	_, ps := Read([]byte("participant,role,visie.1\nAnna,leraar,3\n"), testSet{}, m, nil)
	want := "row 2: the session is 20001 characters long; the maximum is 20000"
	if len(ps) != 1 || ps[0].Message(model.EN) != want {
		t.Errorf("got %s\nwant %s", messages(ps, model.EN), want)
	}
}

// Participants match without regard to case as strings.EqualFold has it,
// also for letters outside ASCII ("Ölaf", "ÖLAF") and the Kelvin sign,
// which folds to K.
func TestParticipantsMatchAsEqualFoldHasIt(t *testing.T) {
	for _, c := range [][2]string{{"Ölaf", "öLAF"}, {"Kees", "\u212Aees"}, {"  Anna ", "anna"}, {"ß", "ß"}} {
		if participantKey(c[0], "S") != participantKey(c[1], "s") {
			t.Errorf("%q and %q do not match", c[0], c[1])
		}
	}
	for _, c := range [][2]string{{"Anna", "Anne"}, {"ß", "ss"}, {"a b", "ab"}} {
		if participantKey(c[0], "") == participantKey(c[1], "") {
			t.Errorf("%q and %q match", c[0], c[1])
		}
	}
	if participantKey("ab", "c") == participantKey("a", "bc") {
		t.Error("the name and the session run together")
	}
}
