package store

import (
	"crypto/sha256"
	"encoding/hex"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"balansplan/model"
)

// workshopPlan is the example with everything schema version 2 adds: a
// date, a vote budget, guided answers with their question set, and votes.
func workshopPlan(t testing.TB) *model.Plan {
	t.Helper()
	p := regenboog(t)
	p.Date = "2026-03-12"
	p.VoteBudget = 5
	a := &p.Assessments[0]
	a.QuestionSet = "vib-1"
	a.Answers = []model.Answer{
		{Statement: "visie.2", Now: 2, Goal: 4}, // deliberately not in set order
		{Statement: "visie.1", Now: model.NoRating, Goal: 5},
		{Statement: "deskundigheid.1", Now: 3, Goal: model.NoRating},
	}
	p.Votes = []model.Vote{
		{ID: model.NewID(), Session: "workshop", Participant: "p1", Role: model.RoleLeraar, Points: []model.VotePoints{
			{InvestmentID: investment(p, "N2").ID, Points: 3}, {InvestmentID: investment(p, "D1").ID, Points: 2}}},
		{ID: model.NewID(), Session: "workshop", Participant: "p4", Role: model.RoleSchoolleider, Points: []model.VotePoints{
			{InvestmentID: investment(p, "D1").ID, Points: 5}}},
		{ID: model.NewID(), Session: "workshop", Participant: "gast", Points: nil},
	}
	if ps := p.Validate(); len(ps) > 0 {
		t.Fatal(ps)
	}
	return p
}

func TestRoundTripKeepsTheWorkshopFields(t *testing.T) {
	t.Parallel()
	orig := workshopPlan(t)
	d := mustCreate(t, filepath.Join(t.TempDir(), "w.balans"), orig)
	_, got := reopen(t, d)
	if a, b := encode(t, orig), encode(t, got); a != b {
		t.Fatalf("round trip lost something:\n%s", lineDiff(a, b))
	}
	if got.Assessments[0].Answers[0].Statement != "visie.2" || got.Votes[0].Points[0].Points != 3 {
		t.Errorf("the order of answers or points was lost")
	}
}

var workshopEdits = []struct {
	name string
	edit func(p *model.Plan)
}{
	{"change the date and the vote budget", func(p *model.Plan) {
		p.Date, p.VoteBudget = "2026-04-01", 7
	}},
	{"clear the date", func(p *model.Plan) { p.Date = "" }},
	{"add a vote at the front", func(p *model.Plan) {
		p.Votes = append([]model.Vote{{ID: model.NewID(), Session: "ronde 2", Participant: "p2", Role: model.RoleLeraar,
			Points: []model.VotePoints{{InvestmentID: investment(p, "I1").ID, Points: 4}}}}, p.Votes...)
	}},
	{"reorder, drop and add points of a vote", func(p *model.Plan) {
		v := &p.Votes[0]
		v.Points = []model.VotePoints{{InvestmentID: investment(p, "D1").ID, Points: 1}, {InvestmentID: investment(p, "L1").ID, Points: 4}}
	}},
	{"change who voted", func(p *model.Plan) {
		p.Votes[1].Participant, p.Votes[1].Role, p.Votes[1].Session = "p5", model.RoleIctCoordinator, "andere sessie"
	}},
	{"delete a vote and reorder the rest", func(p *model.Plan) {
		p.Votes = []model.Vote{p.Votes[2], p.Votes[0]}
	}},
	{"delete an investment that has points", func(p *model.Plan) {
		id := investment(p, "D1").ID
		removeInvestment(p, "D1")
		for i := range p.Votes {
			p.Votes[i].Points = slices.DeleteFunc(p.Votes[i].Points, func(vp model.VotePoints) bool { return vp.InvestmentID == id })
		}
	}},
	{"change answers and the question set", func(p *model.Plan) {
		a := &p.Assessments[0]
		a.QuestionSet = "vib-2"
		a.Answers = []model.Answer{{Statement: "visie.1", Now: 1, Goal: 2}, {Statement: "leiderschap.6"}}
	}},
	{"give another assessment answers", func(p *model.Plan) {
		p.Assessments[3].QuestionSet = "vib-1"
		p.Assessments[3].Answers = []model.Answer{{Statement: "inhoud.1", Now: 4, Goal: 5}}
	}},
	{"delete the assessment with answers", func(p *model.Plan) {
		p.Assessments = p.Assessments[1:]
	}},
	{"change the plan's ID", func(p *model.Plan) { p.ID = model.NewID() }},
}

func TestCommitOfWorkshopEditsAndUndo(t *testing.T) {
	t.Parallel()
	for _, tc := range workshopEdits {
		t.Run(tc.name, func(t *testing.T) {
			commitAndUndo(t, workshopPlan(t), tc.edit)
		})
	}
}

func TestADiffOfOneVoteTouchesOnlyThatVotesPoints(t *testing.T) {
	t.Parallel()
	prev := workshopPlan(t)
	next := prev.Clone()
	next.Votes[1].Points[0].Points = 4
	c := diff(prev, next, prev.ID)
	if !slices.Equal(c.points.clear, []string{prev.Votes[1].ID}) || len(c.points.insert) != 1 || c.points.insert[0].Points != 4 {
		t.Errorf("points diff %+v", c.points)
	}
	c.points = childDiff[votePointsRow]{}
	if !c.empty() {
		t.Errorf("more than the points changed: %+v", c)
	}
}

// copyFile copies a test file into dir, writable, as a user's file would be.
func copyFile(t *testing.T, src, dir string) string {
	t.Helper()
	in, err := os.Open(src)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	dst := filepath.Join(dir, filepath.Base(src))
	out, err := os.OpenFile(dst, os.O_CREATE|os.O_WRONLY|os.O_EXCL, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		t.Fatal(err)
	}
	if err := out.Close(); err != nil {
		t.Fatal(err)
	}
	return dst
}

// withoutIDs drops the "id" lines of an encoded plan, to compare a plan
// from the example JSON (which gets fresh IDs) with one from a file.
func withoutIDs(s string) string {
	var keep []string
	for _, line := range strings.Split(s, "\n") {
		if !strings.HasPrefix(strings.TrimSpace(line), `"id":`) {
			keep = append(keep, line)
		}
	}
	return strings.Join(keep, "\n")
}

// testdata/regenboog-v1.balans was written by Balansplan at schema
// version 1 (commit f0240eb) from testdata/regenboog.json.
func TestAVersion1FileIsReadAsItIsAndMigratedWhenOpenedForWriting(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	path := copyFile(t, filepath.Join("testdata", "regenboog-v1.balans"), dir)
	if userVersion(t, path) != 1 {
		t.Fatalf("the fixture is at version %d, not 1", userVersion(t, path))
	}
	want := withoutIDs(encode(t, regenboog(t)))
	sum := sha(t, path)

	r, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	old := mustLoad(t, r)
	r.Close()
	if got := withoutIDs(encode(t, old)); got != want {
		t.Errorf("the version 1 file reads differently:\n%s", lineDiff(want, got))
	}
	if sha(t, path) != sum || userVersion(t, path) != 1 {
		t.Fatal("OpenReadOnly changed the version 1 file")
	}
	if names := dirNames(t, dir); !slices.Equal(names, []string{"regenboog-v1.balans"}) {
		t.Errorf("folder has %v", names)
	}

	c := Config{Now: func() time.Time { return time.Date(2026, 3, 12, 9, 0, 0, 0, time.UTC) }}
	d, err := c.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	var steps []string
	d.db.Raw("SELECT name || ' ' || applied_at FROM schema_migrations ORDER BY version").Scan(&steps)
	wantSteps := []string{"init 2026-03-01T12:00:00Z", "workshop 2026-03-12T09:00:00Z", "analysis 2026-03-12T09:00:00Z",
		"board 2026-03-12T09:00:00Z", "lifecycle 2026-03-12T09:00:00Z", "themes 2026-03-12T09:00:00Z",
		"previous 2026-03-12T09:00:00Z"}
	if !slices.Equal(steps, wantSteps) {
		t.Errorf("steps %v, want %v", steps, wantSteps)
	}
	prev := mustLoad(t, d)
	if a, b := encode(t, old), encode(t, prev); a != b {
		t.Errorf("the migrated plan differs:\n%s", lineDiff(a, b))
	}
	if prev.Date != "" || prev.VoteBudget != 0 || prev.Votes != nil || prev.Assessments[0].QuestionSet != "" {
		t.Errorf("a migrated plan should have no workshop data: %q %d %v", prev.Date, prev.VoteBudget, prev.Votes)
	}
	// The new fields can be written at once.
	next := prev.Clone()
	next.Date, next.VoteBudget = "2026-03-12", 3
	next.Votes = []model.Vote{{ID: model.NewID(), Participant: "p1", Points: []model.VotePoints{{InvestmentID: investment(next, "I1").ID, Points: 3}}}}
	if err := d.Commit(prev, next); err != nil {
		t.Fatal(err)
	}
	d, got := reopen(t, d)
	d.Close()
	if a, b := encode(t, next), encode(t, got); a != b {
		t.Errorf("after the first commit:\n%s", lineDiff(a, b))
	}
	if userVersion(t, path) != schemaVersion {
		t.Errorf("user_version %d after Open", userVersion(t, path))
	}
	if ps, err := Check(path); err != nil || len(ps) > 0 {
		t.Errorf("Check: %v %v", ps, err)
	}
}

func mergeBase(t *testing.T, path string) *MergeBase {
	t.Helper()
	d, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	b, err := d.MergeBase()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestSaveParticipantCopyRecordsThePlanAsItWasInTheCopyOnly(t *testing.T) {
	t.Parallel()
	clock := Config{Now: func() time.Time { return time.Date(2026, 3, 12, 10, 30, 0, 0, time.FixedZone("CET", 3600)) }}
	dir := t.TempDir()
	path := filepath.Join(dir, "plan.balans")
	d, err := clock.Create(path, workshopPlan(t))
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	p := mustLoad(t, d)

	a, b := filepath.Join(dir, "anna.balans"), filepath.Join(dir, "bram.balans")
	if err := d.SaveParticipantCopy(a); err != nil {
		t.Fatal(err)
	}
	if err := d.SaveParticipantCopy(b); err != nil {
		t.Fatal(err)
	}
	want := []string{".~lock.plan.balans#", "anna.balans", "bram.balans", "plan.balans", "plan.balans-shm", "plan.balans-wal"}
	if names := dirNames(t, dir); !slices.Equal(names, want) {
		t.Errorf("folder has %v", names)
	}
	ba, bb := mergeBase(t, a), mergeBase(t, b)
	if ba == nil || bb == nil {
		t.Fatal("a participant copy has no base")
	}
	data, _ := model.EncodeJSON(p)
	sum := sha256.Sum256(data)
	if ba.SHA256 != hex.EncodeToString(sum[:]) || bb.SHA256 != ba.SHA256 {
		t.Errorf("hashes %s %s, want the hash of the plan's JSON", ba.SHA256, bb.SHA256)
	}
	if !ba.MadeAt.Equal(time.Date(2026, 3, 12, 9, 30, 0, 0, time.UTC)) {
		t.Errorf("made at %v", ba.MadeAt)
	}
	if x, y := encode(t, p), encode(t, ba.Plan); x != y {
		t.Errorf("the base is not the plan:\n%s", lineDiff(x, y))
	}
	if base, err := d.MergeBase(); base != nil || err != nil {
		t.Errorf("the original got a base: %v %v", base, err)
	}

	// A copy made after an edit has another base.
	next := p.Clone()
	next.Title = "Na de eerste ronde"
	if err := d.Commit(p, next); err != nil {
		t.Fatal(err)
	}
	c := filepath.Join(dir, "chris.balans")
	if err := d.SaveParticipantCopy(c); err != nil {
		t.Fatal(err)
	}
	if bc := mergeBase(t, c); bc.SHA256 == ba.SHA256 || bc.Plan.Title != "Na de eerste ronde" {
		t.Errorf("the later copy shares the first base")
	}

	// The participant edits the copy: the base stays as it was, also in a
	// "save as" of the copy and after the plan's ID changed.
	cd, err := Open(a)
	if err != nil {
		t.Fatal(err)
	}
	cp := mustLoad(t, cd)
	edited := cp.Clone()
	edited.Assessments[1].Scores[model.BlockVisie] = model.Score{Now: 5, Goal: 5}
	edited.ID = model.NewID()
	if err := cd.Commit(cp, edited); err != nil {
		t.Fatal(err)
	}
	aa := filepath.Join(dir, "anna-2.balans")
	if err := cd.SaveCopy(aa); err != nil {
		t.Fatal(err)
	}
	cd.Close()
	if mergeBase(t, a).SHA256 != ba.SHA256 || mergeBase(t, aa).SHA256 != ba.SHA256 {
		t.Errorf("editing or copying a participant copy changed its base")
	}

	// Replace writes another plan: the base no longer applies.
	rd, err := Open(aa)
	if err != nil {
		t.Fatal(err)
	}
	if err := rd.Replace(regenboog(t)); err != nil {
		t.Fatal(err)
	}
	if base, err := rd.MergeBase(); base != nil || err != nil {
		t.Errorf("after Replace: %v %v", base, err)
	}
	rd.Close()
}

func TestAParticipantCopyRefusesTheOpenFileItself(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "plan.balans")
	d := mustCreate(t, path, workshopPlan(t))
	defer d.Close()
	if err := d.SaveParticipantCopy(path); fileReason(err) != ReasonSameFile {
		t.Errorf("err = %v, want same_file", err)
	}
}

func TestATamperedBaseIsAnErrorNotAPlan(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	d := mustCreate(t, filepath.Join(dir, "plan.balans"), workshopPlan(t))
	defer d.Close()
	c := filepath.Join(dir, "copy.balans")
	if err := d.SaveParticipantCopy(c); err != nil {
		t.Fatal(err)
	}
	tamper(t, c, `UPDATE merge_base SET snapshot = replace(snapshot, 'Regenboog', 'Zonneboog')`)
	r, err := OpenReadOnly(c)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if b, err := r.MergeBase(); b != nil || err == nil {
		t.Errorf("MergeBase = %v, %v; want an error", b, err)
	}
}

func TestReplaceWritesAndRemovesTheWorkshopFields(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "plan.balans")
	d := mustCreate(t, path, regenboog(t))
	w := workshopPlan(t)
	if err := d.Replace(w); err != nil {
		t.Fatal(err)
	}
	d, got := reopen(t, d)
	if a, b := encode(t, w), encode(t, got); a != b {
		t.Errorf("after Replace:\n%s", lineDiff(a, b))
	}
	// Replacing it by a plan without votes removes them all.
	if err := d.Replace(regenboog(t)); err != nil {
		t.Fatal(err)
	}
	var n int
	d.db.Raw("SELECT (SELECT count(*) FROM votes) + (SELECT count(*) FROM vote_points) + (SELECT count(*) FROM assessment_answers)").Scan(&n)
	if n != 0 {
		t.Errorf("%d workshop rows left after Replace", n)
	}
}
