package workshop

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"balansplan/model"
	rounds "balansplan/planning/workshop"
	"balansplan/ui/internal/uitest"
	"balansplan/ui/screens"
)

// A participant's answers per bouwsteen, one "now goal" pair per
// statement in the order of the question set: 1..5, "?" for "weet niet"
// and "-" for a statement left unanswered.
type answerSheet map[model.Block][]string

// Anouk, leraar. Her scores roll up (mean of the known answers, rounded
// half up) to:
//
//	visie           now 2,2,3,3,?   = 10/4 = 2.5  -> 3   goal 4,4,4,5,4   = 21/5 = 4.2  -> 4
//	deskundigheid   now 3,2,2,4,3,2 = 16/6 = 2.67 -> 3   goal 4,4,3,4,4,4 = 23/6 = 3.83 -> 4
//	inhoud          now 3,3,2,3,4   = 15/5 = 3    -> 3   goal 4,4,3,4,5   = 20/5 = 4    -> 4
//	infrastructuur  now 4,3,3,4,2   = 16/5 = 3.2  -> 3   goal 4,4,4,4,4   = 20/5 = 4    -> 4
//	leiderschap     now 2,3,2,2,3,2 = 14/6 = 2.33 -> 2   goal 4,4,4,4,4,3 = 23/6 = 3.83 -> 4
var anouk = answerSheet{
	model.BlockVisie:          {"2 4", "2 4", "3 4", "3 5", "? 4"},
	model.BlockDeskundigheid:  {"3 4", "2 4", "2 3", "4 4", "3 4", "2 4"},
	model.BlockInhoud:         {"3 4", "3 4", "2 3", "3 4", "4 5"},
	model.BlockInfrastructuur: {"4 4", "3 4", "3 4", "4 4", "2 4"},
	model.BlockLeiderschap:    {"2 4", "3 4", "2 4", "2 4", "3 4", "2 3"},
}

var anoukScores = map[model.Block]model.Score{
	model.BlockVisie: {Now: 3, Goal: 4}, model.BlockDeskundigheid: {Now: 3, Goal: 4}, model.BlockInhoud: {Now: 3, Goal: 4},
	model.BlockInfrastructuur: {Now: 3, Goal: 4}, model.BlockLeiderschap: {Now: 2, Goal: 4},
}

// Esra, schoolleider. She does not know where the infrastructure should
// go, and leaves the goal of the last leiderschap statement open:
//
//	visie           now 4,4,4,5,4   = 21/5 = 4.2  -> 4   goal 5,5,5,5,5   = 25/5 = 5    -> 5
//	deskundigheid   now 3,3,3,3,3,3 = 18/6 = 3    -> 3   goal 4,4,4,4,5,5 = 26/6 = 4.33 -> 4
//	inhoud          now 3,4,4,3,3   = 17/5 = 3.4  -> 3   goal 4,5,4,4,4   = 21/5 = 4.2  -> 4
//	infrastructuur  now 3,3,4,4,4   = 18/5 = 3.6  -> 4   goal ?,?,?,?,?   = none        -> weet niet (0)
//	leiderschap     now 4,4,4,3,4,4 = 23/6 = 3.83 -> 4   goal 5,5,5,4,5,- = 24/5 = 4.8  -> 5
var esra = answerSheet{
	model.BlockVisie:          {"4 5", "4 5", "4 5", "5 5", "4 5"},
	model.BlockDeskundigheid:  {"3 4", "3 4", "3 4", "3 4", "3 5", "3 5"},
	model.BlockInhoud:         {"3 4", "4 5", "4 4", "3 4", "3 4"},
	model.BlockInfrastructuur: {"3 ?", "3 ?", "4 ?", "4 ?", "4 ?"},
	model.BlockLeiderschap:    {"4 5", "4 5", "4 5", "3 4", "4 5", "4 -"},
}

var esraScores = map[model.Block]model.Score{
	model.BlockVisie: {Now: 4, Goal: 5}, model.BlockDeskundigheid: {Now: 3, Goal: 4}, model.BlockInhoud: {Now: 3, Goal: 4},
	model.BlockInfrastructuur: {Now: 4, Goal: model.NoRating}, model.BlockLeiderschap: {Now: 4, Goal: 5},
}

// key is what a participant types on an answer scale.
func key(answer string) (rune, bool) {
	switch answer {
	case "-":
		return 0, false
	case "?":
		return '0', true
	}
	return rune(answer[0]), true
}

// begin fills in the name and role and begins the turn.
func begin(t *testing.T, w *whoForm, name string, role model.Role) {
	t.Helper()
	w.name.SetText("")
	test.Type(w.name, name)
	w.role.SetSelected(role.Label(model.NL))
	if w.ok.Disabled() {
		t.Fatalf("%s cannot begin", name)
	}
	test.Tap(w.ok)
}

// answerAll types a participant's answers on every page of statements,
// from the first, and ends with Klaar.
func answerAll(t *testing.T, g *guidedRound, sheet answerSheet) {
	t.Helper()
	for i, b := range model.Blocks() {
		if g.pageNo != i {
			t.Fatalf("on page %d, want %d", g.pageNo, i)
		}
		sts := g.set.Of(b)
		if len(sts) != len(sheet[b]) {
			t.Fatalf("%s has %d statements; the sheet has %d answers", b, len(sts), len(sheet[b]))
		}
		for k, st := range sts {
			pair := g.scales[st.ID]
			for j, ans := range strings.Fields(sheet[b][k]) {
				if r, ok := key(ans); ok {
					pair[j].TypedRune(r)
				}
			}
		}
		test.Tap(g.next)
	}
}

// seesNothingOf reports what of name's turn is on screen: the name, or an
// answer on a scale.
func seesNothingOf(t *testing.T, s *Workshop, g *guidedRound, name string) {
	t.Helper()
	if strings.Contains(test.RenderToMarkup(s.Window().Canvas()), name) {
		t.Errorf("the window shows %s", name)
	}
	for id, pair := range g.scales {
		if pair[0].Value() != scaleNone || pair[1].Value() != scaleNone {
			t.Errorf("statement %s shows answers %d and %d before anything was typed", id, pair[0].Value(), pair[1].Value())
		}
	}
}

func TestAWorkshopWithTwoParticipantsEndToEnd(t *testing.T) {
	s := withFreshTeam(t)
	ws := s.Show(screens.Workshop).(*workshopScreen)
	ws.session.SetText("Studiedag 12 maart")

	// The guided session takes the window: no sidebar, no screens.
	test.Tap(ws.guidedBtn)
	if s.session == nil || s.session.guided == nil {
		t.Fatal("no guided session started")
	}
	g := s.session.guided
	if s.Window().Content() != s.session.root || s.Window().MainMenu().Items[0].Label != s.T("menu.workshop") {
		t.Error("the session does not have the window to itself")
	}

	// Participant 1 answers every statement; each answer is in the file
	// at once, and taken back by Delete.
	begin(t, g.whoForm, "Anouk", model.RoleLeraar)
	first := g.set.Of(model.BlockVisie)[0].ID
	g.scales[first][0].TypedRune('2')
	if got := uitest.OnDisk(t, s.Doc().Path()).Assessments; len(got) != 1 || len(got[0].Answers) != 1 || got[0].Answers[0].Now != 2 {
		t.Fatalf("after the first answer the file has %+v", got)
	}
	g.scales[first][0].TypedKey(&fyne.KeyEvent{Name: fyne.KeyDelete})
	if got := uitest.OnDisk(t, s.Doc().Path()).Assessments[0].Answers; len(got) != 0 {
		t.Fatalf("after Delete the file has answers %+v", got)
	}
	answerAll(t, g, anouk)

	// The last page asks which applications she uses at least weekly;
	// what she ticks is in the file at once, in the order of the list.
	if g.checklist == nil || g.pageNo != len(model.Blocks()) {
		t.Fatal("no applications checklist after the last bouwsteen")
	}
	test.Tap(g.checklist.Items[3]) // oefensoftware
	test.Tap(g.checklist.Items[0]) // tekstverwerking
	if got := uitest.OnDisk(t, s.Doc().Path()).Assessments[0].Applications; !slices.Equal(got,
		[]model.Application{model.ApplicationTekstverwerking, model.ApplicationOefensoftware}) {
		t.Fatalf("after two ticks the file has applications %v", got)
	}
	test.Tap(g.next)

	// The hand-over page thanks her and shows none of her answers; the
	// next participant starts from blank, and cannot take her name.
	if g.another == nil || g.pageNo != -1 {
		t.Fatal("no hand-over after the last page")
	}
	test.Tap(g.another)
	seesNothingOf(t, s, g, "Anouk")
	test.Type(g.whoForm.name, "anouk")
	if !g.whoForm.ok.Disabled() || !g.whoForm.msg.Visible() {
		t.Error("a second Anouk in the same session was not refused")
	}
	begin(t, g.whoForm, "Esra", model.RoleSchoolleider)
	for i := range model.Blocks() {
		seesNothingOf(t, s, g, "Anouk")
		if i < len(model.Blocks())-1 {
			test.Tap(g.next)
		}
	}
	for range model.Blocks()[1:] {
		test.Tap(g.prev)
	}
	answerAll(t, g, esra)
	test.Tap(g.next) // Esra leaves the checklist alone: not recorded
	test.Tap(g.finish)
	if s.session != nil {
		t.Fatal("the session did not end")
	}
	if current(s) != screens.Workshop {
		t.Errorf("after the session the window shows %s", current(s))
	}

	// Two assessments with their question set and the scores rolled up
	// as worked out above, in memory and in the file.
	for _, p := range []*model.Plan{s.Doc().Plan(), uitest.OnDisk(t, s.Doc().Path())} {
		if len(p.Assessments) != 2 {
			t.Fatalf("%d assessments, want 2", len(p.Assessments))
		}
		for i, want := range []struct {
			name   string
			role   model.Role
			scores map[model.Block]model.Score
		}{{"Anouk", model.RoleLeraar, anoukScores}, {"Esra", model.RoleSchoolleider, esraScores}} {
			a := p.Assessments[i]
			if a.Participant != want.name || a.Role != want.role || a.Session != "Studiedag 12 maart" || a.QuestionSet != "vib-1" {
				t.Errorf("assessment %d: %s (%s) in %q with set %q", i, a.Participant, a.Role, a.Session, a.QuestionSet)
			}
			for _, b := range model.Blocks() {
				if a.Scores[b] != want.scores[b] {
					t.Errorf("%s, %s: scores %+v, want %+v", want.name, b, a.Scores[b], want.scores[b])
				}
			}
		}
		if n := len(p.Assessments[0].Answers); n != 27 {
			t.Errorf("Anouk has %d answers, want all 27", n)
		}
		if got := p.Assessments[0].Applications; len(got) != 2 {
			t.Errorf("Anouk's applications %v, want the two she ticked", got)
		}
		if got := p.Assessments[1].Applications; got != nil {
			t.Errorf("Esra's applications %#v, want nil: she was shown the list but ticked nothing", got)
		}
	}

	// One undo takes Esra's whole turn back, redo brings it again.
	undo(s)
	if n := len(uitest.OnDisk(t, s.Doc().Path()).Assessments); n != 1 {
		t.Errorf("after undo the file has %d assessments, want 1", n)
	}
	redo(s)
	if n := len(s.Doc().Plan().Assessments); n != 2 {
		t.Fatalf("after redo %d assessments", n)
	}

	// The voting round: 5 points each.
	uitest.Enter(ws.form.EntryOf(model.FieldPlanVoteBudget), "5")
	if s.Doc().Plan().VoteBudget != 5 || ws.votingBtn.Disabled() {
		t.Fatalf("vote budget %d, voting button disabled %v", s.Doc().Plan().VoteBudget, ws.votingBtn.Disabled())
	}
	cands := rounds.Candidates(s.Doc().Plan())
	c0, c1, c2 := cands[0].Code, cands[1].Code, cands[2].Code
	test.Tap(ws.votingBtn)
	if s.session == nil || s.session.voting == nil {
		t.Fatal("no voting round started")
	}
	v := s.session.voting
	tap := func(b map[string]*focusButton, code string, n int) {
		t.Helper()
		for i := 0; i < n; i++ {
			test.Tap(b[code])
		}
	}
	begin(t, v.whoForm, "Anouk", model.RoleLeraar)
	tap(v.plus, c0, 3)
	tap(v.plus, c1, 2)
	if !v.plus[c2].Disabled() {
		t.Error("a sixth point can be given")
	}
	tap(v.plus, c2, 1) // refused: the five are spent
	tap(v.minus, c1, 1)
	tap(v.plus, c2, 1)
	if got := v.left.Text; !strings.Contains(got, "0 van 5") {
		t.Errorf("points left: %q", got)
	}
	test.Tap(v.cast)
	test.Tap(v.another)
	begin(t, v.whoForm, "Esra", model.RoleSchoolleider)
	for code, c := range v.counts {
		if c.Text != "0" {
			t.Errorf("Esra sees %s points for %s", c.Text, code)
		}
	}
	tap(v.plus, c1, 3)
	tap(v.plus, c2, 1)
	test.Tap(v.cast)
	test.Tap(v.finish)

	// Points: c0 3 (Anouk); c1 1+3 = 4 (both); c2 1+1 = 2 (both). The
	// ranking is by points: c1, c0, c2.
	want := []struct {
		code           string
		points, voters int
	}{{c1, 4, 2}, {c0, 3, 1}, {c2, 2, 2}}
	check := func(where string, rows []rounds.Ranked) {
		t.Helper()
		if len(rows) != len(want) {
			t.Fatalf("%s: %d ranked, want %d", where, len(rows), len(want))
		}
		for i, w := range want {
			r := rows[i]
			if r.Code != w.code || r.Points != w.points || r.Voters != w.voters || r.Rank != i+1 {
				t.Errorf("%s: place %d is %s with %d points of %d voters (rank %d), want %s with %d of %d",
					where, i+1, r.Code, r.Points, r.Voters, r.Rank, w.code, w.points, w.voters)
			}
		}
	}
	check("the result", v.results.rows)
	test.Tap(v.closeBtn)
	if s.session != nil {
		t.Fatal("the voting session did not end")
	}
	check("the Workshop screen", ws.ranking.rows)
	votes := uitest.OnDisk(t, s.Doc().Path()).Votes
	if len(votes) != 2 || votes[0].Participant != "Anouk" || votes[1].Role != model.RoleSchoolleider {
		t.Errorf("votes in the file: %+v", votes)
	}
}

func TestWhatASessionHidesComesBackAfterIt(t *testing.T) {
	s := withDemo(t, model.NL)
	s.Show(screens.Budget)
	g := s.StartGuided("")
	if g == nil || s.Window().MainMenu().Items[0].Label != s.T("menu.workshop") {
		t.Fatal("the session did not take the menu")
	}
	label, _ := s.Doc().CanUndo()
	undo(s) // off during the session
	if l2, _ := s.Doc().CanUndo(); l2 != label {
		t.Error("undo worked during the session")
	}
	g.ss.end()
	if s.session != nil || len(s.Window().MainMenu().Items) < 5 {
		t.Error("the menus did not come back")
	}
	if current(s) != screens.Workshop {
		t.Errorf("after the session the window shows %s", current(s))
	}
}

func TestAVoteWithoutPointsLeavesNoVote(t *testing.T) {
	s := withFreshTeam(t)
	s.Edit("budget", func(p *model.Plan) { p.VoteBudget = 3 })
	v := s.StartVoting("")
	begin(t, v.whoForm, "Bram", model.RoleLeraar)
	test.Tap(v.cast)
	if n := len(s.Doc().Plan().Votes); n != 0 {
		t.Errorf("%d votes after a turn without points", n)
	}
}

func TestTheWorkshopReportIsWritten(t *testing.T) {
	s := withDemo(t, model.NL)
	path := filepath.Join(t.TempDir(), "verslag.pdf")
	done := make(chan error, 1)
	s.exportWorkshopReport(path, func(err error) { done <- err })
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil || !strings.HasPrefix(string(data), "%PDF-") {
		t.Errorf("%s is no PDF (%v)", path, err)
	}
}
