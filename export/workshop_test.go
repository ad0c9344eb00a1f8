package export

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"balansplan/assets"
	"balansplan/model"
	"balansplan/model/testplan"
	"balansplan/planning/workshop"
)

func questionSet(t testing.TB) *workshop.QuestionSet {
	t.Helper()
	data, ok := assets.QuestionSet(assets.CurrentQuestionSet)
	if !ok {
		t.Fatal("no question set in assets")
	}
	s, err := workshop.ParseQuestionSet(data)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// workshopFixture is the example after a workshop on 12 March 2026: four
// participants answered the guided statements (their scores rolled up
// from the answers), and six voted with five points each.
func workshopFixture(t testing.TB) *model.Plan {
	t.Helper()
	p := testplan.Regenboog(t)
	set := questionSet(t)
	p.Date = "2026-03-12"
	p.VoteBudget = 5
	code := func(c string) string {
		for _, inv := range p.Investments {
			if inv.Code == c {
				return inv.ID
			}
		}
		t.Fatalf("no %s", c)
		return ""
	}
	// Each participant's answers: one "now/goal" pair per statement of
	// the set, in set order ("-" is weet niet).
	answer := func(who string, role model.Role, pairs string) {
		fields := strings.Fields(pairs)
		if len(fields) != len(set.Statements) {
			t.Fatalf("%s: %d answers for %d statements", who, len(fields), len(set.Statements))
		}
		a := model.Assessment{ID: model.NewID(), Session: "Workshop 12 maart", Participant: who, Role: role, QuestionSet: set.Version}
		for i, f := range fields {
			now, goal, _ := strings.Cut(f, "/")
			r := func(s string) model.Rating {
				if s == "-" {
					return model.NoRating
				}
				return model.Rating(s[0] - '0')
			}
			a.Answers = append(a.Answers, model.Answer{Statement: set.Statements[i].ID, Now: r(now), Goal: r(goal)})
		}
		a.Scores = set.Rollup(a.Answers)
		p.Assessments = append(p.Assessments, a)
	}
	//                           visie (5)           deskundigheid (6)        inhoud (5)          infrastructuur (5)  leiderschap (6)
	answer("Anna", model.RoleLeraar, "2/4 2/4 3/4 2/3 1/3  2/4 3/4 2/4 2/3 3/4 1/3  3/4 2/4 2/3 3/3 3/4  4/4 3/4 2/3 4/4 4/4  2/4 1/4 3/4 1/3 2/3 2/4")
	answer("Bram", model.RoleLeraar, "3/4 2/4 2/4 2/4 2/3  3/4 4/4 2/3 2/3 2/4 -/-  3/4 3/4 2/4 2/3 3/3  4/5 2/4 3/3 3/4 4/4  2/4 2/3 3/4 2/3 1/3 3/4")
	answer("Carla", model.RoleSchoolleider, "4/5 4/5 3/5 4/4 3/4  3/4 4/4 3/4 4/5 3/4 3/4  3/4 3/4 4/4 3/4 3/4  4/4 4/4 3/4 4/4 4/5  4/5 4/5 4/4 3/4 4/4 4/5")
	answer("Dirk", model.RoleIctCoordinator, "2/4 3/4 2/4 2/4 2/4  2/4 3/4 3/4 2/3 4/4 2/3  2/4 2/4 3/4 2/4 3/3  3/4 3/4 4/4 2/4 4/4  3/4 2/4 4/4 2/3 3/3 3/4")
	vote := func(who string, role model.Role, pts ...any) {
		v := model.Vote{ID: model.NewID(), Session: "Workshop 12 maart", Participant: who, Role: role}
		for i := 0; i < len(pts); i += 2 {
			v.Points = append(v.Points, model.VotePoints{InvestmentID: code(pts[i].(string)), Points: pts[i+1].(int)})
		}
		p.Votes = append(p.Votes, v)
	}
	vote("Anna", model.RoleLeraar, "D1", 3, "I1", 2)
	vote("Bram", model.RoleLeraar, "I1", 3, "N2", 2)
	vote("Carla", model.RoleSchoolleider, "N2", 3, "D1", 2)
	vote("Dirk", model.RoleIctCoordinator, "L1", 2, "D2", 2, "N1", 1)
	vote("Els", model.RoleOndersteuner, "D2", 2, "L1", 2)
	vote("Fleur", model.RoleLeraar, "VI1", 4)
	if ps := p.Validate(); len(ps) > 0 {
		t.Fatal(ps)
	}
	return p
}

func TestWorkshopReportsMatchTheGoldenFiles(t *testing.T) {
	p := workshopFixture(t)
	set := questionSet(t)
	for _, l := range []model.Lang{model.NL, model.EN} {
		for _, c := range []struct {
			name string
			r    *Report
		}{
			{"workshop-report-" + string(l), BuildWorkshop(p, analyse(t, p), set, l)},
			// The plan of the same school: its cover date and the
			// priorities section are the workshop's mark on it.
			{"workshop-plan-" + string(l), Build(p, analyse(t, p), l)},
		} {
			t.Run(c.name, func(t *testing.T) {
				matchGolden(t, c.name, c.r)
			})
		}
	}
}

func findSection(r *Report, id string) *Section {
	for i := range r.Chapters {
		for j := range r.Chapters[i].Sections {
			if r.Chapters[i].Sections[j].ID == id {
				return &r.Chapters[i].Sections[j]
			}
		}
	}
	return nil
}

func TestThePlanShowsTheRankingAndItsDateWhenItHasThem(t *testing.T) {
	p := workshopFixture(t)
	r := Build(p, analyse(t, p), model.NL)
	if got := r.Cover.Fields[2]; got.Label != "Datum" || got.Value != "12 maart 2026" {
		t.Errorf("cover date %+v", got)
	}
	if !r.Meta.Date.Equal(planDate(p)) || r.Meta.Date.Day() != 12 {
		t.Errorf("meta date %v", r.Meta.Date)
	}
	s := findSection(r, "investments-priorities")
	// The investments chapter is the sixth since the board chapters
	// (issue 13): summary, proposal, school, starting point, vision.
	if s == nil || s.Number != "6.6" {
		t.Fatalf("no priorities section as 6.6: %+v", s)
	}
	// The ranking as in planning/workshop's hand-worked example: D1, I1,
	// N2 5 points by 2 (shared first place); D2, L1 4 by 2; VI1 4 by 1;
	// N1 1.
	var rows []string
	for _, b := range s.Blocks {
		if b.Kind == KindTable {
			for _, row := range b.Table.Rows {
				rows = append(rows, row.Cells[0].Text+" "+row.Cells[1].Text+" "+row.Cells[4].Text+" "+row.Cells[5].Text)
			}
		}
	}
	want := []string{"1= D1 5 2", "1= I1 5 2", "1= N2 5 2", "4= D2 4 2", "4= L1 4 2", "6 VI1 4 1", "7 N1 1 1"}
	if strings.Join(rows, "|") != strings.Join(want, "|") {
		t.Errorf("ranking rows %q", rows)
	}
	// Without votes and date: no section, and the old cover date.
	plain := testplan.Regenboog(t)
	r = Build(plain, analyse(t, plain), model.EN)
	if findSection(r, "investments-priorities") != nil || r.Cover.Fields[2].Value != "January 2026" {
		t.Errorf("plain plan: date %q", r.Cover.Fields[2].Value)
	}
}

func mustRead(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestTheWorkshopReportNamesWhoTookPartAndWhereTheyDisagree(t *testing.T) {
	p := workshopFixture(t)
	r := BuildWorkshop(p, nil, questionSet(t), model.EN)
	if r.Cover.Title != "Workshop report" || r.Cover.Mark != "" {
		t.Errorf("cover %+v", r.Cover)
	}
	ids := []string{}
	for _, ch := range r.Chapters {
		ids = append(ids, ch.ID)
	}
	if strings.Join(ids, " ") != "workshop-participants workshop-results workshop-disagreement workshop-votes" {
		t.Errorf("chapters %v", ids)
	}
	// Participants: the example's five (p1-p5, one session) and the
	// workshop's six (Anna, Bram, Carla, Dirk with assessment and vote,
	// Els and Fleur with a vote only).
	part := r.Chapters[0].Blocks[1].Table
	var got []string
	for _, row := range part.Rows {
		got = append(got, row.Cells[0].Text+" "+row.Cells[1].Text+" "+row.Cells[2].Text+" "+row.Cells[3].Text)
	}
	want := []string{"Teacher 6 5 3", "School leader 2 2 1", "Ict coordinator 2 2 1", "Support staff 1 0 1", "Total 11 9 6"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("participants %q", got)
	}
	// A radar per role that filled in the assessment: teacher, school
	// leader, ict coordinator.
	var titles []string
	for _, b := range findSection(r, "workshop-results-roles").Blocks {
		if b.Kind == KindChart {
			titles = append(titles, b.Chart.Title)
		}
	}
	if strings.Join(titles, ", ") != "Teacher (5), School leader (2), Ict coordinator (2)" {
		t.Errorf("role radars %q", titles)
	}
}

func TestTheWorkshopReportRendersAsAPDF(t *testing.T) {
	p := workshopFixture(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "workshop.pdf")
	var steps [][2]int
	if err := ExportWorkshopPDF(p, nil, questionSet(t), model.NL, path, func(d, n int) { steps = append(steps, [2]int{d, n}) }); err != nil {
		t.Fatal(err)
	}
	if len(steps) != 4 || steps[3] != [2]int{3, 3} {
		t.Errorf("progress %v", steps)
	}
	data := mustRead(t, path)
	if !bytes.HasPrefix(data, []byte("%PDF-")) {
		t.Fatal("not a PDF")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("left behind: %v", entries)
	}
	run(t, "qpdf", "--check", path)
	text := squash(run(t, "pdftotext", "-enc", "UTF-8", path, "-"))
	for _, w := range []string{"Verslag van de workshop", "Deelnemers", "Anna, Bram, Fleur, p1, p2, p3",
		"Leiding en leraren", "Prioriteiten", "Adaptieve oefensoftware rekenen en taal", "visie.1"} {
		if !strings.Contains(text, w) {
			t.Errorf("the PDF lacks %q", w)
		}
	}
	// Into a folder that does not exist: an *Error, nothing written.
	err := ExportWorkshopPDF(p, nil, nil, model.EN, filepath.Join(dir, "nope", "w.pdf"), nil)
	if e, ok := err.(*Error); !ok || e.Kind != ErrNoFolder {
		t.Errorf("err = %v", err)
	}
}
