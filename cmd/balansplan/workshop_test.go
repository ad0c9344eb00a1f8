package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"balansplan/model"
	"balansplan/model/store"
	"balansplan/model/testplan"
)

// importExample writes the example plan into dir as plan.balans.
func importExample(t *testing.T, dir string) string {
	t.Helper()
	plan := filepath.Join(dir, "plan.balans")
	if code, _, stderr := call(t, "import", "--in", testplan.RegenboogFile(t), "--out", plan); code != 0 {
		t.Fatalf("import: %d %s", code, stderr)
	}
	return plan
}

// edit opens a plan file, changes its plan and saves it, as a participant
// does in the application.
func edit(t *testing.T, path string, change func(p *model.Plan)) {
	t.Helper()
	doc, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer doc.Close()
	prev, err := doc.Load()
	if err != nil {
		t.Fatal(err)
	}
	next := prev.Clone()
	change(next)
	if err := doc.Commit(prev, next); err != nil {
		t.Fatal(err)
	}
}

func load(t *testing.T, path string) *model.Plan {
	t.Helper()
	doc, err := store.OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer doc.Close()
	p, err := doc.Load()
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func investment(p *model.Plan, code string) *model.Investment {
	for i := range p.Investments {
		if p.Investments[i].Code == code {
			return &p.Investments[i]
		}
	}
	return nil
}

func newAssessment(who string, role model.Role) model.Assessment {
	return model.Assessment{ID: model.NewID(), Session: "Workshop", Participant: who, Role: role,
		Scores: map[model.Block]model.Score{model.BlockVisie: {Now: 3, Goal: 4}}}
}

// workshopCopies makes three copies of the example for anna, bram and
// chris, with save (SaveParticipantCopy or SaveCopy), and makes their
// edits:
//
//	anna:  D1 title "Scholing A", version 0.4, her assessment
//	bram:  D1 title "Scholing B", L1 deleted, his assessment
//	chris: version 0.4, N2 owner "bestuur"
func workshopCopies(t *testing.T, dir string, participant bool) []string {
	t.Helper()
	plan := importExample(t, dir)
	doc, err := store.Open(plan)
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	for _, who := range []string{"anna", "bram", "chris"} {
		path := filepath.Join(dir, who+".balans")
		save := doc.SaveCopy
		if participant {
			save = doc.SaveParticipantCopy
		}
		if err := save(path); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, path)
	}
	doc.Close()
	edit(t, paths[0], func(p *model.Plan) {
		investment(p, "D1").Title = "Scholing A"
		p.Version = "0.4"
		p.Assessments = append(p.Assessments, newAssessment("anna", model.RoleIctCoordinator))
	})
	edit(t, paths[1], func(p *model.Plan) {
		investment(p, "D1").Title = "Scholing B"
		id := investment(p, "L1").ID
		p.Investments = slices.DeleteFunc(p.Investments, func(i model.Investment) bool { return i.ID == id })
		p.Assessments = append(p.Assessments, newAssessment("bram", model.RoleLeraar))
	})
	edit(t, paths[2], func(p *model.Plan) {
		p.Version = "0.4"
		investment(p, "N2").Owner = "bestuur"
	})
	return paths
}

func sums(t *testing.T, paths []string) [][32]byte {
	var out [][32]byte
	for _, p := range paths {
		out = append(out, sum(t, p))
	}
	return out
}

func TestMergeListsTheConflictAndWritesNothingUnlessACopyIsPreferred(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	copies := workshopCopies(t, dir, true)
	before := sums(t, copies)
	out := filepath.Join(dir, "merged.balans")

	code, stdout, stderr := call(t, append([]string{"merge", "--out", out, "--lang", "en"}, copies...)...)
	if code != 1 {
		t.Fatalf("exit %d, want 1\n%s", code, stderr)
	}
	// Worked out: only D1's title was changed differently (anna and bram);
	// everything else was changed by one copy, or identically (the version).
	lines := strings.Split(strings.TrimSpace(stderr), "\n")
	want := []string{
		`balansplan: investment D1, field title: changed differently: base "Scholing adaptief werken voor alle leraren"; anna.balans "Scholing A"; bram.balans "Scholing B"; chris.balans unchanged`,
	}
	if !slices.Equal(lines, want) {
		t.Errorf("stderr:\n%s", stderr)
	}
	if !strings.Contains(stdout, "made from the same version of the plan") || !strings.Contains(stdout, "nothing written") {
		t.Errorf("stdout: %s", stdout)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Fatal("a merge with conflicts wrote its output")
	}

	// --prefer after the copies: bram wins D1's title.
	code, stdout, stderr = call(t, append(append([]string{"merge", "--out", out}, copies...), "--prefer", copies[1])...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, "gekozen: bram.balans") || !strings.Contains(stdout, "3 kopieën samengevoegd") {
		t.Errorf("stdout: %s", stdout)
	}
	m := load(t, out)
	if investment(m, "D1").Title != "Scholing B" || m.Version != "0.4" || investment(m, "L1") != nil ||
		investment(m, "N2").Owner != "bestuur" || len(m.Assessments) != 7 ||
		m.Assessments[5].Participant != "anna" || m.Assessments[6].Participant != "bram" {
		t.Errorf("merged: D1 %q, version %q, L1 %v, N2 owner %q, %d assessments",
			investment(m, "D1").Title, m.Version, investment(m, "L1") != nil, investment(m, "N2").Owner, len(m.Assessments))
	}
	if !slices.Equal(sums(t, copies), before) {
		t.Error("merge changed a copy")
	}
	if code, _, _ := call(t, "check", "--in", out); code != 0 {
		t.Error("check rejects the merged plan")
	}
	// The output is never overwritten.
	if code, _, stderr := call(t, append([]string{"merge", "--out", out, "--prefer", copies[0]}, copies...)...); code != 1 || !strings.Contains(stderr, "bestaat al") {
		t.Errorf("second merge: %d %s", code, stderr)
	}
}

func TestMergeWithoutACommonBaseCallsEveryDifferenceAConflict(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	copies := workshopCopies(t, dir, false) // "save as": no base
	out := filepath.Join(dir, "merged.balans")
	code, stdout, stderr := call(t, append([]string{"merge", "--out", out}, copies...)...)
	if code != 1 || !strings.Contains(stdout, "geen gemeenschappelijke basis") {
		t.Fatalf("exit %d\n%s\n%s", code, stdout, stderr)
	}
	// Worked out: plan.version (0.4, 0.3, 0.4), D1's title, N2's owner,
	// and L1 that anna and chris have and bram not. The new assessments
	// are each in one copy only, and taken.
	lines := strings.Split(strings.TrimSpace(stderr), "\n")
	if len(lines) != 4 || !strings.Contains(lines[0], "plan, veld plan.version: de kopieën verschillen") ||
		!strings.Contains(lines[1], "investering D1, veld title") || !strings.Contains(lines[2], "investering N2, veld owner") ||
		!strings.Contains(lines[3], "investering L1: staat in anna.balans en chris.balans, maar niet in bram.balans") {
		t.Errorf("stderr:\n%s", stderr)
	}
	code, _, stderr = call(t, append([]string{"merge", "--out", out, "--prefer", copies[2]}, copies...)...)
	if code != 0 {
		t.Fatalf("with --prefer: %d %s", code, stderr)
	}
	m := load(t, out)
	if investment(m, "D1").Title != "Scholing adaptief werken voor alle leraren" || investment(m, "L1") == nil || len(m.Assessments) != 7 {
		t.Errorf("merged with chris preferred: D1 %q, L1 %v, %d assessments", investment(m, "D1").Title, investment(m, "L1") != nil, len(m.Assessments))
	}
}

func TestMergeUsage(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	plan := importExample(t, dir)
	other := filepath.Join(dir, "other.balans")
	out := filepath.Join(dir, "m.balans")
	for _, args := range [][]string{
		{"merge", "--out", out, plan},
		{"merge", plan, other},
		{"merge", "--out", out, "--prefer", filepath.Join(dir, "x.balans"), plan, other},
		{"merge", "--out", out, "--colour", plan, other},
	} {
		if code, _, stderr := call(t, args...); code != 2 || stderr == "" {
			t.Errorf("%v: exit %d, %q", args, code, stderr)
		}
	}
	if code, _, stderr := call(t, "merge", "--out", out, plan, filepath.Join(dir, ".", "plan.balans")); code != 1 || !strings.Contains(stderr, "twee keer") {
		t.Errorf("the same copy twice: exit %d %q", code, stderr)
	}
	if code, _, stderr := call(t, "merge", "--out", out, plan, other); code != 1 || !strings.Contains(stderr, "other.balans") {
		t.Errorf("a missing copy: exit %d %q", code, stderr)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("left behind: %v", entries)
	}
}

const answersCSV = "participant;role;session;visie.1;visie.1.doel;visie.2;visie.2.doel;leiderschap.1\n" +
	"Anna;leraar;Workshop;2;4;3;4;1\n" +
	"p1;leraar;Teamvergadering 12 maart;4;5;4;5;weet niet\n"

func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestAnswersAddsAndUpdatesAssessmentsWithRolledUpScores(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	plan := importExample(t, dir)
	csvPath := writeFile(t, dir, "antwoorden.csv", answersCSV)
	code, stdout, stderr := call(t, "answers", "--in", plan, "--csv", csvPath)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, "deelnemers toegevoegd: 1, bijgewerkt: 1 (vragenlijst vib-1)") {
		t.Errorf("stdout %q", stdout)
	}
	p := load(t, plan)
	if len(p.Assessments) != 6 {
		t.Fatalf("%d assessments", len(p.Assessments))
	}
	// Anna: visie now (2+3)/2 = 2.5 -> 3, goal 4; leiderschap now 1, goal
	// not given; the other bouwstenen unanswered.
	anna := p.Assessments[5]
	want := map[model.Block]model.Score{model.BlockVisie: {Now: 3, Goal: 4}, model.BlockLeiderschap: {Now: 1}}
	for _, b := range model.Blocks() {
		if anna.Scores[b] != want[b] {
			t.Errorf("Anna %s: %+v, want %+v", b, anna.Scores[b], want[b])
		}
	}
	if anna.QuestionSet != "vib-1" || len(anna.Answers) != 3 || anna.Answers[0] != (model.Answer{Statement: "visie.1", Now: 2, Goal: 4}) {
		t.Errorf("Anna: %+v", anna)
	}
	// p1 is updated in place: visie 4/5, leiderschap weet niet; the scores
	// they entered before are replaced.
	p1 := p.Assessments[0]
	if p1.Participant != "p1" || p1.Scores[model.BlockVisie] != (model.Score{Now: 4, Goal: 5}) ||
		p1.Scores[model.BlockInhoud] != (model.Score{}) || p1.Scores[model.BlockLeiderschap] != (model.Score{}) {
		t.Errorf("p1: %+v", p1.Scores)
	}
	// The workshop report of the result.
	pdf := filepath.Join(dir, "workshop.pdf")
	if code, _, stderr := call(t, "export", "--in", plan, "--out", pdf, "--report", "workshop", "--lang", "en"); code != 0 {
		t.Fatalf("export workshop: %d %s", code, stderr)
	}
	if b, _ := os.ReadFile(pdf); !bytes.HasPrefix(b, []byte("%PDF-")) {
		t.Error("the workshop report is not a PDF")
	}
}

const badAnswersCSV = "participant,role,visie.1,visie.2\n" +
	"Anna,leraar,2,3\n" +
	"Bram,juf,2,3\n" +
	"Carla,leraar,7,3\n" +
	"Dirk,leraar,1,1\n"

func TestAnswersWithBadRowsImportsNothingAndNamesEachRow(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	plan := importExample(t, dir)
	before := sum(t, plan)
	csvPath := writeFile(t, dir, "a.csv", badAnswersCSV)
	code, _, stderr := call(t, "answers", "--in", plan, "--csv", csvPath, "--lang", "en")
	want := []string{
		`balansplan: row 3, column "role": "juf" is not a role Balansplan knows; use leraar, schoolleider, bestuurder, ict_coordinator, ondersteuner, or translate it in the mapping (roles)`,
		`balansplan: row 4, column "visie.1": "7" is not an answer; give 1 to 5, or 'weet niet' (don't know)`,
	}
	if code != 1 || !slices.Equal(strings.Split(strings.TrimSpace(stderr), "\n"), want) {
		t.Errorf("exit %d:\n%s", code, stderr)
	}
	if sum(t, plan) != before {
		t.Fatal("a failed import changed the plan file")
	}
	// A wrong mapping is one message.
	mapPath := writeFile(t, dir, "m.json", `{"participant": "Naam", "role": "Rol"}`)
	code, _, stderr = call(t, "answers", "--in", plan, "--csv", csvPath, "--map", mapPath)
	if code != 1 || strings.Count(stderr, "\n") != 1 || !strings.Contains(stderr, `de kopregel mist "Naam", "Rol"`) {
		t.Errorf("wrong mapping: exit %d %q", code, stderr)
	}
	// Skipping the bad rows on purpose lets the good ones in.
	code, stdout, stderr := call(t, "answers", "--in", plan, "--csv", csvPath, "--skip", "4,3", "--lang", "en")
	if code != 0 || !strings.Contains(stdout, "participants added: 2, updated: 0") || !strings.Contains(stdout, "rows skipped: 3, 4") {
		t.Errorf("with --skip: exit %d %q %q", code, stdout, stderr)
	}
	if got := len(load(t, plan).Assessments); got != 7 {
		t.Errorf("%d assessments after the import", got)
	}
}

func TestAFailedAnswersImportDoesNotEvenUpgradeAnOldFile(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	src, err := os.ReadFile("../../model/store/testdata/regenboog-v1.balans")
	if err != nil {
		t.Fatal(err)
	}
	plan := writeFile(t, dir, "old.balans", string(src))
	before := sum(t, plan)
	csvPath := writeFile(t, dir, "a.csv", badAnswersCSV)
	if code, _, _ := call(t, "answers", "--in", plan, "--csv", csvPath); code != 1 {
		t.Fatalf("exit %d", code)
	}
	if sum(t, plan) != before {
		t.Fatal("the version 1 file changed")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 2 {
		t.Errorf("side files: %v", entries)
	}
	// A good import upgrades it and writes the answers.
	good := writeFile(t, dir, "b.csv", answersCSV)
	if code, _, stderr := call(t, "answers", "--in", plan, "--csv", good); code != 0 {
		t.Fatalf("exit %d %s", code, stderr)
	}
	if len(load(t, plan).Assessments) != 6 {
		t.Error("the answers are not in the file")
	}
}

func TestAnswersAndExportUsage(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	plan := importExample(t, dir)
	csvPath := writeFile(t, dir, "a.csv", answersCSV)
	for _, args := range [][]string{
		{"answers", "--in", plan},
		{"answers", "--csv", csvPath},
		{"answers", "--in", plan, "--csv", csvPath, "--skip", "drie"},
		{"answers", "--in", plan, "--csv", csvPath, "--questions", "vib-9"},
		{"export", "--in", plan, "--out", filepath.Join(dir, "x.pdf"), "--report", "budget"},
		{"export", "--in", plan, "--out", filepath.Join(dir, "x.json"), "--report", "workshop"},
	} {
		if code, _, stderr := call(t, args...); code != 2 || stderr == "" {
			t.Errorf("%v: exit %d, %q", args, code, stderr)
		}
	}
	if code, _, stderr := call(t, "answers", "--in", plan, "--csv", filepath.Join(dir, "nope.csv")); code != 1 || !strings.Contains(stderr, "nope.csv") {
		t.Errorf("missing csv: %d %q", code, stderr)
	}
	if code := run([]string{"answers", "--in", plan, "--csv", plan}, io.Discard, io.Discard); code != 1 {
		t.Errorf("the plan as its own csv: exit %d", code)
	}
}

// The several-laptops workshop from the command line: two participant
// copies of the demo plan, each edited on its own field, merge without
// conflict because both remember the same base; the plan itself is left
// alone.
func TestCopiesRememberTheirBaseSoDifferentEditsMergeCleanly(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	plan := filepath.Join(dir, "plan.balans")
	if code, _, stderr := call(t, "demo", "--out", plan); code != 0 {
		t.Fatal(stderr)
	}
	before := sum(t, plan)
	a, b := filepath.Join(dir, "anouk.balans"), filepath.Join(dir, "bram.balans")
	if code, _, stderr := call(t, "copies", "--in", plan, a, b); code != 0 {
		t.Fatalf("copies: exit %d %s", code, stderr)
	}
	if sum(t, plan) != before {
		t.Fatal("copies changed the plan")
	}
	edit(t, a, func(p *model.Plan) { p.Version = "1.0" })
	edit(t, b, func(p *model.Plan) { p.Visions[0].Title = "Leren op eigen niveau en tempo" })
	out := filepath.Join(dir, "merged.balans")
	if code, _, stderr := call(t, "merge", "--out", out, a, b); code != 0 {
		t.Fatalf("merge: exit %d %s", code, stderr)
	}
	m := load(t, out)
	if m.Version != "1.0" || m.Visions[0].Title != "Leren op eigen niveau en tempo" {
		t.Fatalf("merged: version %q, V1 %q", m.Version, m.Visions[0].Title)
	}
	// A copy is never overwritten.
	if code, _, stderr := call(t, "copies", "--in", plan, a); code != 1 || !strings.Contains(stderr, "anouk.balans") {
		t.Fatalf("second copies: exit %d %q", code, stderr)
	}
}

// Copies of two different plans are never merged, not even with --prefer:
// the refusal names both files and both plans, and nothing is written.
func TestMergeRefusesCopiesOfDifferentPlansWhateverPreferSays(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	regenboog := importExample(t, dir)
	dijk := filepath.Join(dir, "dijk.balans")
	if code, _, stderr := call(t, "demo", "--out", dijk); code != 0 {
		t.Fatal(stderr)
	}
	before := sums(t, []string{regenboog, dijk})
	out := filepath.Join(dir, "merged.balans")
	for _, prefer := range []string{"", regenboog, dijk} {
		args := []string{"merge", "--out", out, "--lang", "en", regenboog, dijk}
		if prefer != "" {
			args = append(args, "--prefer", prefer)
		}
		code, stdout, stderr := call(t, args...)
		lines := strings.Split(strings.TrimSpace(stderr), "\n")
		// No advice to choose a copy with --prefer: no choice helps.
		if strings.Contains(stdout, "--prefer") {
			t.Errorf("--prefer %q: stdout suggests --prefer:\n%s", prefer, stdout)
		}
		if code != 1 || len(lines) != 1 {
			t.Errorf("--prefer %q: exit %d, want 1 and one line:\n%s", prefer, code, stderr)
			continue
		}
		for _, want := range []string{"not copies of the same plan", "plan.balans", "dijk.balans", "OBS De Regenboog", "Het Dijkcollege"} {
			if !strings.Contains(lines[0], want) {
				t.Errorf("--prefer %q: the refusal does not say %q:\n%s", prefer, want, stderr)
			}
		}
		if _, err := os.Stat(out); !os.IsNotExist(err) {
			t.Fatalf("--prefer %q: a refused merge wrote %s", prefer, out)
		}
	}
	if code, _, stderr := call(t, "merge", "--out", out, regenboog, dijk); code != 1 || !strings.Contains(stderr, "geen kopieën van hetzelfde plan") {
		t.Errorf("in Dutch: exit %d:\n%s", code, stderr)
	}
	if !slices.Equal(sums(t, []string{regenboog, dijk}), before) {
		t.Error("merge changed a copy")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 2 {
		t.Errorf("left behind: %v", entries)
	}
}

// A spreadsheet with only its header row has nothing to import: exit 1,
// the reason said, and the plan file byte for byte as it was.
func TestAnswersFromAHeaderOnlyFileChangeNothing(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	plan := importExample(t, dir)
	before := sum(t, plan)
	csvPath := writeFile(t, dir, "leeg.csv", "participant;role;session;visie.1\n")
	code, stdout, stderr := call(t, "answers", "--in", plan, "--csv", csvPath)
	if code != 1 || !strings.Contains(stderr, "niets te importeren") || stdout != "" {
		t.Errorf("exit %d\nstdout %q\nstderr %q", code, stdout, stderr)
	}
	if sum(t, plan) != before {
		t.Error("a header-only import changed the plan file")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 2 {
		t.Errorf("side files: %v", entries)
	}
}

// The workshop report is dated like the plan's PDF: by the plan, else by
// the day of the export, never by the first day of the plan period, which
// it said before. SOURCE_DATE_EPOCH 1780000000 is 2026-05-28 20:26:40 UTC:
// 1767225600 is 2026-01-01 (see
// TestTheCommandLinePDFIsDatedByThePlanElseByTheDayOfExport), and the
// 12774400 s after it are 147 days of 86400 s and 73600 s; 31 + 28 + 31 +
// 30 days end April, so day 147 after 1 January is 28 May.
func TestTheWorkshopReportIsDatedByThePlanElseByTheDayOfExport(t *testing.T) {
	dir := t.TempDir()
	undated := planWithDate(t, dir, "undated.balans", "")
	dated := planWithDate(t, dir, "dated.balans", "2025-09-15")
	t.Setenv("SOURCE_DATE_EPOCH", "1780000000")

	pdf := filepath.Join(dir, "undated.pdf")
	if code, _, stderr := call(t, "export", "--in", undated, "--out", pdf, "--report", "workshop"); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if got := pdfDate(t, pdf); got != "D:20260528000000" {
		t.Errorf("CreationDate %s, want D:20260528000000", got)
	}
	if text, ok := coverText(t, pdf); ok && !strings.Contains(text, "28 mei 2026 (datum van export)") {
		t.Errorf("the cover does not say 28 mei 2026 (datum van export):\n%s", text)
	}

	pdf = filepath.Join(dir, "dated.pdf")
	if code, _, stderr := call(t, "export", "--in", dated, "--out", pdf, "--report", "workshop", "--lang", "en"); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if got := pdfDate(t, pdf); got != "D:20250915000000" {
		t.Errorf("a plan dated 2025-09-15: CreationDate %s", got)
	}
	if text, ok := coverText(t, pdf); ok && (!strings.Contains(text, "15 September 2025") || strings.Contains(text, "date of export")) {
		t.Errorf("the cover does not say 15 September 2025 (and only that):\n%s", text)
	}

	// A bad SOURCE_DATE_EPOCH is refused here too, and nothing is written.
	t.Setenv("SOURCE_DATE_EPOCH", "gisteren")
	out := filepath.Join(dir, "bad.pdf")
	if code, _, stderr := call(t, "export", "--in", undated, "--out", out, "--report", "workshop"); code != 1 || !strings.Contains(stderr, "SOURCE_DATE_EPOCH") {
		t.Errorf("SOURCE_DATE_EPOCH=gisteren: exit %d, %q", code, stderr)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Error("SOURCE_DATE_EPOCH=gisteren: a file was written")
	}
}
