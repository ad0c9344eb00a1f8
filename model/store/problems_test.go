package store

import (
	"crypto/sha256"
	"errors"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"balansplan/model"
)

// problemID is what a test expects of a problem: who, which field, why.
type problemID struct {
	entity model.EntityKind
	ref    string
	field  string
	reason string
}

func idsOf(ps model.Problems) []problemID {
	out := make([]problemID, len(ps))
	for i, p := range ps {
		out[i] = problemID{p.Entity, p.Ref, p.Field, p.Reason}
	}
	return out
}

// missingVision is the ID of a vision no plan has.
const missingVision = "ffffffff-0000-4000-8000-000000000000"

// storedDefect is one invalid value that the sqlite3 program puts into a
// plan file written from the example, the problem that value is, an edit
// that makes the same kind of problem on another entity, and the user's
// fix. In the example (testplan) the visions are V1, V2, V3 and the
// investments VI1 (visie), D1, D2, ... .
type storedDefect struct {
	name    string
	sql     string
	stored  problemID
	another func(p *model.Plan) // the same mistake once more, elsewhere
	added   problemID           // what another adds
	fix     func(p, base *model.Plan)
}

func storedDefects(base *model.Plan) []storedDefect {
	inv0, inv1 := base.Investments[0], base.Investments[1]
	return []storedDefect{
		{name: "an unknown block",
			sql:     `UPDATE investments SET block = 'quantum' WHERE position = 0`,
			stored:  problemID{model.EntityInvestment, "VI1", "block", "enum"},
			another: func(p *model.Plan) { p.Investments[2].Block = "quantum" },
			added:   problemID{model.EntityInvestment, "D2", "block", "enum"},
			fix:     func(p, b *model.Plan) { p.Investments[0].Block = b.Investments[0].Block }},
		{name: "a title that is not UTF-8",
			sql:     `UPDATE visions SET title = CAST(x'4b6170ff7574' AS TEXT) WHERE position = 0`,
			stored:  problemID{model.EntityVision, "V1", "title", "utf8"},
			another: func(p *model.Plan) { p.Visions[1].Title = "Kap\xffut" },
			added:   problemID{model.EntityVision, "V2", "title", "utf8"},
			fix:     func(p, b *model.Plan) { p.Visions[0].Title = b.Visions[0].Title }},
		{name: "two investments with one code",
			sql:    `UPDATE investments SET code = '` + inv0.Code + `' WHERE position = 1`,
			stored: problemID{model.EntityInvestment, "VI1", "code", "duplicate"},
			// A third VI1: the second one's problem was there, the
			// third's is new.
			another: func(p *model.Plan) { p.Investments[2].Code = "VI1" },
			added:   problemID{model.EntityInvestment, "VI1", "code", "duplicate"},
			fix:     func(p, b *model.Plan) { p.Investments[1].Code = b.Investments[1].Code }},
		{name: "a link to a vision that is not there",
			sql: `INSERT INTO investment_visions (investment_id, vision_id, position)
				VALUES ('` + inv1.ID + `', '` + missingVision + `', 99)`,
			stored:  problemID{model.EntityInvestment, "D1", "visions", "unknown_link"},
			another: func(p *model.Plan) { p.Investments[2].VisionIDs = append(p.Investments[2].VisionIDs, missingVision) },
			added:   problemID{model.EntityInvestment, "D2", "visions", "unknown_link"},
			fix:     func(p, b *model.Plan) { p.Investments[1].VisionIDs = b.Investments[1].VisionIDs }},
		{name: "an amount far beyond any budget",
			sql:     `UPDATE investments SET one_off_cents = 9223372036854775807 WHERE position = 0`,
			stored:  problemID{model.EntityInvestment, "VI1", "cost.one_off", "range"},
			another: func(p *model.Plan) { p.Investments[1].Cost.OneOff = math.MaxInt64 },
			added:   problemID{model.EntityInvestment, "D1", "cost.one_off", "range"},
			fix:     func(p, b *model.Plan) { p.Investments[0].Cost.OneOff = b.Investments[0].Cost.OneOff }},
	}
}

// defectFile writes the example to a new file and lets the sqlite3
// program store the defect in it.
func defectFile(t *testing.T, base *model.Plan, tc storedDefect) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "plan.balans")
	mustCreate(t, path, base).Close()
	sqlite3CLI(t, path, tc.sql)
	return path
}

// fileHash is the SHA-256 of the file without its two change counters
// (header bytes 24-27 and 92-95): every open for writing counts up both,
// as it switches the file to WAL mode and back, even without an edit.
// Every other byte, the pages of the plan included, counts.
func fileHash(t *testing.T, path string) [32]byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(b) < 100 {
		t.Fatalf("%s is no SQLite file", path)
	}
	clear(b[24:28])
	clear(b[92:96])
	return sha256.Sum256(b)
}

func mustOpen(t *testing.T, path string) (*Doc, *model.Plan) {
	t.Helper()
	d, err := Open(path)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { d.Close() })
	return d, mustLoad(t, d)
}

// checkOnly asserts that Check finds exactly the problems want.
func checkOnly(t *testing.T, path string, want ...problemID) {
	t.Helper()
	ps, err := Check(path)
	if err != nil {
		t.Fatalf("Check: %v", err)
	}
	if got := idsOf(ps); !slices.Equal(got, want) {
		t.Errorf("Check finds %v, want %v", got, want)
	}
}

// In a plan file with one invalid stored value (issue 10 item 2), for each
// of the five defects:
//
//	(b) an edit that adds a problem is refused, naming only that problem,
//	    and the file stays byte for byte as it was;
//	(a) an edit elsewhere is saved: it is in the file after reopening,
//	    next to the stored value, which stays as it was;
//	(c) fixing the defect is saved and the file then validates.
func TestAPlanWithAStoredProblemTakesEveryEditThatAddsNone(t *testing.T) {
	t.Parallel()
	base := regenboog(t)
	for _, tc := range storedDefects(base) {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			path := defectFile(t, base, tc)
			checkOnly(t, path, tc.stored)
			// An open and a close without an edit, so that the bytes
			// compared below are the file as this program leaves it.
			d, _ := mustOpen(t, path)
			d.Close()
			before := fileHash(t, path)

			// (b) Refused: the same mistake elsewhere, and an unrelated one.
			d, p := mustOpen(t, path)
			if got := idsOf(p.Validate()); !slices.Equal(got, []problemID{tc.stored}) {
				t.Fatalf("the loaded plan has %v, want %v", got, tc.stored)
			}
			school := problemID{model.EntitySchool, "", string(model.FieldSchoolName), "required"}
			for _, bad := range []struct {
				edit func(*model.Plan)
				want problemID
			}{
				{tc.another, tc.added},
				{func(p *model.Plan) { p.School.Name = "" }, school},
			} {
				next := p.Clone()
				bad.edit(next)
				err := d.Commit(p, next)
				var ps model.Problems
				if !errors.As(err, &ps) {
					t.Fatalf("Commit of an edit that adds %v: %v, want the problem", bad.want, err)
				}
				if got := idsOf(ps); !slices.Equal(got, []problemID{bad.want}) {
					t.Errorf("Commit refuses with %v, want only %v", got, bad.want)
				}
				if err := d.Restore(p, next); !errors.As(err, &ps) {
					t.Errorf("Restore of an edit that adds %v: %v, want the problem", bad.want, err)
				}
			}
			d.Close()
			if fileHash(t, path) != before {
				t.Fatal("a refused edit changed the file")
			}

			// (a) An edit elsewhere is saved.
			d, p = mustOpen(t, path)
			next := p.Clone()
			next.School.Name = "Het Rivierencollege"
			next.Visions[2].Title = "Leraren leren van elkaar"
			if err := d.Commit(p, next); err != nil {
				t.Fatalf("Commit of an edit elsewhere: %v", err)
			}
			d.Close()
			ro, err := OpenReadOnly(path)
			if err != nil {
				t.Fatal(err)
			}
			got := mustLoad(t, ro)
			ro.Close()
			// Compared as Go values: JSON cannot write a link to nothing.
			// Clone on both sides gives the same nil and empty lists.
			if !reflect.DeepEqual(got.Clone(), next.Clone()) {
				t.Fatalf("after reopening the file holds\n%+v\nwant\n%+v", got, next)
			}
			checkOnly(t, path, tc.stored)

			// (c) The fix is saved and the file validates.
			d, p = mustOpen(t, path)
			fixed := p.Clone()
			tc.fix(fixed, base)
			if err := d.Commit(p, fixed); err != nil {
				t.Fatalf("Commit of the fix: %v", err)
			}
			d.Close()
			checkOnly(t, path)
			d, p = mustOpen(t, path)
			d.Close()
			if p.School.Name != "Het Rivierencollege" {
				t.Errorf("after the fix the school is %q", p.School.Name)
			}
		})
	}
}

// A problem belongs to its entity, not to its code: renaming the code of
// an investment with a stored problem adds nothing, nor does deleting the
// entity that holds the problem; both are saved, and the problem list
// shrinks by the deleted entity's problems.
func TestAStoredProblemKeepsToItsEntity(t *testing.T) {
	t.Parallel()
	base := regenboog(t)
	defects := storedDefects(base)
	cases := []struct {
		defect int
		name   string
		edit   func(p *model.Plan)
		after  []problemID // what Check finds afterwards
	}{
		{0, "rename the code of the investment with the unknown block",
			func(p *model.Plan) { p.Investments[0].Code = "Z9" },
			[]problemID{{model.EntityInvestment, "Z9", "block", "enum"}}},
		{0, "delete the investment with the unknown block",
			func(p *model.Plan) { p.RemoveInvestment(p.Investments[0].ID) }, nil},
		{1, "rename the code of the vision with the bad title",
			func(p *model.Plan) { p.Visions[0].Code = "V9" },
			[]problemID{{model.EntityVision, "V9", "title", "utf8"}}},
		{1, "delete the vision with the bad title",
			func(p *model.Plan) { p.RemoveVision(p.Visions[0].ID) }, nil},
		// Either of the two VI1s may give up the code.
		{2, "rename the first of two equal codes",
			func(p *model.Plan) { p.Investments[0].Code = "Z9" }, nil},
		{2, "rename the second of two equal codes",
			func(p *model.Plan) { p.Investments[1].Code = "Z9" }, nil},
		{2, "delete the first of two with one code",
			func(p *model.Plan) { p.RemoveInvestment(p.Investments[0].ID) }, nil},
		{3, "rename the code of the investment with the missing link",
			func(p *model.Plan) { p.Investments[1].Code = "Z9" },
			[]problemID{{model.EntityInvestment, "Z9", "visions", "unknown_link"}}},
		{3, "delete the investment with the missing link",
			func(p *model.Plan) { p.RemoveInvestment(p.Investments[1].ID) }, nil},
		{4, "another amount that is still too large",
			func(p *model.Plan) { p.Investments[0].Cost.OneOff = model.MaxMoney + 1 },
			[]problemID{{model.EntityInvestment, "VI1", "cost.one_off", "range"}}},
		{4, "delete the investment with the large amount",
			func(p *model.Plan) { p.RemoveInvestment(p.Investments[0].ID) }, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			path := defectFile(t, base, defects[tc.defect])
			d, p := mustOpen(t, path)
			next := p.Clone()
			tc.edit(next)
			if err := d.Commit(p, next); err != nil {
				t.Fatalf("Commit: %v", err)
			}
			// After the edit, a new mistake is still refused.
			again := next.Clone()
			again.Visions[len(again.Visions)-1].Title = ""
			var ps model.Problems
			if err := d.Commit(next, again); !errors.As(err, &ps) || len(ps) != 1 || ps[0].Field != "title" || ps[0].Reason != "required" {
				t.Errorf("an empty title after the edit: %v, want it refused", err)
			}
			d.Close()
			checkOnly(t, path, tc.after...)
		})
	}
}

// Undo and redo write back plans the file held: undoing the fix of a
// stored value puts the value back, and redo fixes it again. A problem
// the file did not hold when it was loaded is still refused.
func TestUndoOfAFixPutsTheStoredValueBack(t *testing.T) {
	t.Parallel()
	base := regenboog(t)
	tc := storedDefects(base)[0]
	path := defectFile(t, base, tc)
	d, broken := mustOpen(t, path)
	fixed := broken.Clone()
	tc.fix(fixed, base)
	if err := d.Commit(broken, fixed); err != nil {
		t.Fatal(err)
	}
	// Commit would not bring the value back...
	var ps model.Problems
	if err := d.Commit(fixed, broken); !errors.As(err, &ps) {
		t.Fatalf("Commit of the stored value after its fix: %v, want refused", err)
	}
	// ...but undo does.
	if err := d.Restore(fixed, broken); err != nil {
		t.Fatalf("undo of the fix: %v", err)
	}
	d, got := reopen(t, d)
	if got.Investments[0].Block != "quantum" {
		t.Fatalf("after undo the block is %q", got.Investments[0].Block)
	}
	// The reopened Doc loaded the value again, so redo and undo go on.
	if err := d.Restore(got, fixed); err != nil {
		t.Fatalf("redo of the fix: %v", err)
	}
	// A plan with a problem the file never held is no undo.
	other := fixed.Clone()
	tc.another(other)
	if err := d.Restore(fixed, other); !errors.As(err, &ps) || !slices.Equal(idsOf(ps), []problemID{tc.added}) {
		t.Errorf("Restore of a new problem: %v, want %v", err, tc.added)
	}
	d.Close()
	checkOnly(t, path)
}

// "Save as" goes on in a copy that Open checked but nobody loaded: undo
// of a fix made in the copy still puts the stored value back.
func TestUndoOfAFixInACopyThatWasOnlyOpened(t *testing.T) {
	t.Parallel()
	base := regenboog(t)
	tc := storedDefects(base)[2] // two investments with one code
	path := defectFile(t, base, tc)
	d, broken := mustOpen(t, path)
	cp := filepath.Join(t.TempDir(), "copy.balans")
	if err := d.SaveCopy(cp); err != nil {
		t.Fatal(err)
	}
	d.Close()
	c, err := Open(cp)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	fixed := broken.Clone()
	tc.fix(fixed, base)
	if err := c.Commit(broken, fixed); err != nil {
		t.Fatalf("the fix in the copy: %v", err)
	}
	if err := c.Restore(fixed, broken); err != nil {
		t.Fatalf("undo of the fix in the copy: %v", err)
	}
	c.Close()
	checkOnly(t, cp, tc.stored)
}

// NewProblems on plans in memory: the cases that no stored value above
// reaches.
func TestNewProblemsMatchesByEntityNotPosition(t *testing.T) {
	t.Parallel()
	base := regenboog(t)
	// An answer with a rating of 9, stored third of the first
	// self-assessment.
	prev := base.Clone()
	a := &prev.Assessments[0]
	for len(a.Answers) < 3 {
		a.Answers = append(a.Answers, model.Answer{Statement: "s" + string(rune('a'+len(a.Answers))), Now: 1, Goal: 2})
	}
	a.Answers[2].Now = 9
	if got := idsOf(prev.Validate()); len(got) != 1 || got[0].field != "answers[2].now" {
		t.Fatalf("the plan with a bad answer has %v", got)
	}

	// Deleting the first answer moves the bad one to answers[1]: nothing new.
	next := prev.Clone()
	next.Assessments[0].Answers = next.Assessments[0].Answers[1:]
	if ps := NewProblems(prev, next); len(ps) != 0 {
		t.Errorf("deleting an earlier answer adds %v", ps.Messages(model.EN))
	}
	// A second bad answer in the same self-assessment is new.
	next = prev.Clone()
	next.Assessments[0].Answers[0].Goal = 7
	if got := idsOf(NewProblems(prev, next)); len(got) != 1 || got[0].field != "answers[0].goal" {
		t.Errorf("a second bad answer adds %v, want answers[0].goal", got)
	}
	// The same bad answer in another self-assessment is new.
	next = prev.Clone()
	b := &next.Assessments[1]
	b.Answers = append(b.Answers, model.Answer{Statement: "extra", Now: 9})
	if got := NewProblems(prev, next); len(got) != 1 || got[0].Reason != "range" {
		t.Errorf("a bad answer in another self-assessment adds %v", got.Messages(model.EN))
	}
	// A valid plan stays valid: anything is new.
	next = base.Clone()
	next.Title = ""
	if got := idsOf(NewProblems(base, next)); !slices.Equal(got, []problemID{{model.EntityPlan, "", string(model.FieldPlanTitle), "required"}}) {
		t.Errorf("emptying the title of a valid plan adds %v", got)
	}
	if ps := NewProblems(prev, prev.Clone()); ps != nil {
		t.Errorf("no edit adds %v", ps)
	}
}

// A link to a vision that is not there can stay in the file, but the file
// cannot store it again: its foreign keys refuse the row. An edit that
// changes the list holding it (so that the list is written again) is
// refused with a sentence saying so, and nothing changes; the same edit
// without that link is saved; and undo cannot put the link back.
func TestALinkToNothingIsKeptButNotWrittenAgain(t *testing.T) {
	t.Parallel()
	base := regenboog(t)
	tc := storedDefects(base)[3] // D1 (Investments[1]) links to missingVision
	path := defectFile(t, base, tc)
	d, _ := mustOpen(t, path)
	d.Close()
	before := fileHash(t, path)

	d, p := mustOpen(t, path)
	withV3 := p.Clone()
	withV3.Investments[1].VisionIDs = append(withV3.Investments[1].VisionIDs, p.Visions[2].ID)
	err := d.Commit(p, withV3)
	var ps model.Problems
	if !errors.As(err, &ps) || !slices.Equal(idsOf(ps), []problemID{tc.stored}) {
		t.Fatalf("adding V3 to a list with a link to nothing: %v, want %v", err, tc.stored)
	}
	wantEN := "investment D1, field visions: refers to a vision statement that does not exist (" + missingVision +
		"); the file cannot store that link again, so remove it before you change this list"
	wantNL := "investering D1, veld visions: verwijst naar een visie-uitspraak die niet bestaat (" + missingVision +
		"); die koppeling kan het bestand niet opnieuw opslaan, dus haal haar eerst weg voordat je deze lijst wijzigt"
	if got := ps[0].Message(model.EN); got != wantEN {
		t.Errorf("EN:\n%s\nwant\n%s", got, wantEN)
	}
	if got := ps[0].Message(model.NL); got != wantNL {
		t.Errorf("NL:\n%s\nwant\n%s", got, wantNL)
	}
	if got := idsOf(NewProblems(p, withV3)); !slices.Equal(got, []problemID{tc.stored}) {
		t.Errorf("NewProblems %v, want the same as Commit", got)
	}
	d.Close()
	if fileHash(t, path) != before {
		t.Fatal("the refused edit changed the file")
	}

	// Without the link to nothing it is saved, and undo cannot bring
	// that link back.
	d, p = mustOpen(t, path)
	fixed := p.Clone()
	fixed.Investments[1].VisionIDs = []string{p.Visions[0].ID, p.Visions[2].ID}
	if err := d.Commit(p, fixed); err != nil {
		t.Fatalf("the list without the link to nothing: %v", err)
	}
	if err := d.Restore(fixed, p); !errors.As(err, &ps) || !slices.Equal(idsOf(ps), []problemID{tc.stored}) {
		t.Errorf("undo that would write the link to nothing again: %v", err)
	}
	d.Close()
	checkOnly(t, path)
}

// The same for the other two kinds of link, in memory: dependencies and a
// vote's points. An unchanged list is kept; a changed one is refused.
func TestNewProblemsRefusesToRewriteAnyLinkToNothing(t *testing.T) {
	t.Parallel()
	const gone = "eeeeeeee-0000-4000-8000-000000000000"
	prev := regenboog(t)
	prev.Investments[2].DependsOnIDs = []string{gone}
	prev.Votes = []model.Vote{{ID: "aaaaaaaa-0000-4000-8000-000000000001", Participant: "Anna",
		Points: []model.VotePoints{{InvestmentID: gone, Points: 1}}}}

	next := prev.Clone()
	next.Title = "Ander plan"
	if ps := NewProblems(prev, next); len(ps) != 0 {
		t.Errorf("an edit elsewhere adds %v", ps.Messages(model.EN))
	}
	next = prev.Clone()
	next.Investments[2].DependsOnIDs = append(next.Investments[2].DependsOnIDs, prev.Investments[3].ID)
	if got := idsOf(NewProblems(prev, next)); !slices.Equal(got, []problemID{{model.EntityInvestment, "D2", "depends_on", "unknown_link"}}) {
		t.Errorf("a changed list of dependencies adds %v", got)
	}
	next = prev.Clone()
	next.Votes[0].Points = append(next.Votes[0].Points, model.VotePoints{InvestmentID: prev.Investments[3].ID, Points: 1})
	if got := idsOf(NewProblems(prev, next)); !slices.Equal(got, []problemID{{model.EntityVote, "Anna", "points[0].investment", "unknown_link"}}) {
		t.Errorf("a changed vote adds %v", got)
	}
}
