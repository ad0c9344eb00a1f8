package export

import (
	"reflect"
	"testing"
	"time"

	"balansplan/model"
	"balansplan/model/sample"
	"balansplan/model/testplan"
	"balansplan/planning"
)

// layOutInOrder is the layout as it was before the chapters were laid
// out apart: one layout going through the chapters in order. It is the
// reference for TestChaptersLaidOutApartAsInOrder.
func layOutInOrder(m *metrics, r *Report) *laidOut {
	l := &layout{m: m, r: r, gap: 1, lead: 1}
	l.cover()
	l.contents()
	for i := range r.Chapters {
		first := len(l.pages) + 1
		l.fitChapter(&r.Chapters[i], i)
		l.chapterPages = append(l.chapterPages, [2]int{first, len(l.pages)})
	}
	l.fillContents()
	l.runningHeads()
	return &laidOut{pages: l.pages, anchors: l.anchors, toc: l.toc, chapterPages: l.chapterPages}
}

// TestChaptersLaidOutApartAsInOrder: laying the chapters out at the same
// time, each counting its own pages, gives the pages, anchors, contents
// and chapter ranges that one layout in order gives, for every kind of
// report: the large plan (set tight to save pages, headings kept with
// their blocks, 600-row tables), the example plan in both languages, the
// workshop report, the progress report and the board's report.
func TestChaptersLaidOutApartAsInOrder(t *testing.T) {
	m, err := loadMetrics()
	if err != nil {
		t.Fatal(err)
	}
	day := time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC)
	large := sample.Large()
	regenboog := testplan.Regenboog(t)
	walk := testplan.Wandeling(t)
	reports := map[string]*Report{
		"large":        BuildOn(large, planning.Analyse(large, nil), model.NL, day),
		"regenboog-nl": BuildOn(regenboog, planning.Analyse(regenboog, nil), model.NL, day),
		"regenboog-en": BuildOn(regenboog, planning.Analyse(regenboog, nil), model.EN, day),
		"workshop":     BuildWorkshopOn(regenboog, planning.Analyse(regenboog, nil), nil, model.NL, day),
		"progress":     BuildProgressOn(walk, walk.StartYear+1, model.NL, day),
		"board":        BuildBoard(fiveBoard(t), model.EN, boardDay),
	}
	defer func(w int) { workers = w }(workers)
	for name, r := range reports {
		want := layOutInOrder(m, r)
		if len(r.Chapters) < 2 || len(want.pages) < 4 {
			t.Fatalf("%s: %d chapters, %d pages: too small to tell", name, len(r.Chapters), len(want.pages))
		}
		for _, n := range []int{1, 3} {
			workers = n
			got := layOut(m, r)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s, %d workers: the layout differs from the one in order (%d pages against %d)", name, n, len(got.pages), len(want.pages))
			}
		}
	}
}

// buildInOrder is BuildOn's chapters as they were made before they were
// built at the same time: one after the other, the changes chapter right
// after the proposal when the plan has an adopted version.
func buildInOrder(p *model.Plan, a *planning.Analysis, l model.Lang, day time.Time) []Chapter {
	b := newBuilder(p, a, l)
	b.exported = day
	var made []Chapter
	for _, f := range []func() Chapter{
		b.summaryChapter, b.proposalChapter, b.schoolChapter, b.situationChapter,
		b.visionsChapter, b.investmentsChapter, b.traceabilityChapter, b.assessmentChapter,
		b.balanceChapter, b.timelineChapter, b.budgetChapter, b.organisationChapter,
		b.findingsChapter, b.benchmarkChapter, b.appendixChapter,
	} {
		made = append(made, f())
		if made[len(made)-1].ID == "proposal" {
			if ch, ok := b.changesChapter(); ok {
				made = append(made, ch)
			}
		}
	}
	return numberChapters(made)
}

// TestChaptersBuiltApartAsInOrder: building the chapters at the same time
// gives the chapters building them in order gives: for the large plan
// (whose timeline is too long for the body and goes to the appendix), the
// example in both languages, and a revised plan with its changes chapter.
func TestChaptersBuiltApartAsInOrder(t *testing.T) {
	day := time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC)
	revised := testplan.Regenboog(t)
	if _, ps := revised.Adopt("2026-06-15", "College van bestuur", "Vastgesteld."); ps != nil {
		t.Fatal(ps)
	}
	if _, ps := revised.StartRevision("2026-09-01", "directeur"); ps != nil {
		t.Fatal(ps)
	}
	revised.Investments[0].Title += " (herzien)"
	plans := map[string]*model.Plan{"large": sample.Large(), "regenboog": testplan.Regenboog(t), "revised": revised}
	defer func(w int) { workers = w }(workers)
	sawChanges := false
	for name, p := range plans {
		a := planning.Analyse(p, nil)
		for _, l := range []model.Lang{model.NL, model.EN} {
			want := buildInOrder(p, a, l, day)
			for _, ch := range want {
				sawChanges = sawChanges || ch.ID == "changes"
			}
			for _, n := range []int{1, 4} {
				workers = n
				got := BuildOn(p, a, l, day).Chapters
				if !reflect.DeepEqual(got, want) {
					t.Errorf("%s %s, %d workers: the chapters differ from those built in order (%d against %d)", name, l, n, len(got), len(want))
				}
			}
		}
	}
	if !sawChanges {
		t.Fatal("no plan had a changes chapter; the test does not test it")
	}
}
