package pgstore_test

import (
	"context"
	"errors"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"balansplan/model"
	"balansplan/model/pgstore"
	"balansplan/model/pgstore/pgtest"
	"balansplan/planning"
	rollup "balansplan/planning/board"
	"balansplan/planning/board/boardtest"
)

// threeSchools stores De Akker (01AA, adopted), de Brug (02BB, besproken)
// and De Cirkel (03CC, adopted) of boardtest under board "proef", and
// Sint Jozef (04DD) under another board, "ander".
func threeSchools(t *testing.T) map[string]string {
	five := boardtest.Five()
	_, urls := pgtest.Board(t, map[string][]*model.Plan{
		"proef": {five[0], five[1], five[2]},
		"ander": {five[3]},
	})
	return urls
}

// seen is what EachPlan hands a person: "school:status" per plan.
func seen(t *testing.T, url string) []string {
	t.Helper()
	st := openURL(t, url)
	var got []string
	err := st.EachPlan(context.Background(), func(e pgstore.Each) error {
		if e.Err != nil {
			return e.Err
		}
		if e.Plan.School.BRIN != e.SchoolID || e.Plan.Status != e.Status || e.Index != len(got) {
			t.Errorf("%s: plan of %s, status %s, index %d; row says %s, %s", e.PlanID,
				e.Plan.School.BRIN, e.Plan.Status, e.Index, e.SchoolID, e.Status)
		}
		got = append(got, e.SchoolID+":"+string(e.Status)+"/"+strconv.Itoa(e.Total))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return got
}

// openURL opens a Store for the login of url, closed when the test ends.
func openURL(t *testing.T, url string) *pgstore.Store {
	t.Helper()
	st, err := pgstore.Open(context.Background(), url, pgstore.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func TestEachPlanSeesWhatRightsAllow(t *testing.T) {
	urls := threeSchools(t)
	for _, c := range []struct {
		person string
		want   []string
	}{
		{"bestuur_proef", []string{"01AA:vastgesteld/3", "02BB:besproken/3", "03CC:vastgesteld/3"}},
		{"dir_02bb", []string{"02BB:besproken/1"}},
		{"toezicht_proef", []string{"01AA:vastgesteld/2", "03CC:vastgesteld/2"}},
		{"bestuur_ander", []string{"04DD:concept/1"}},
		{"toezicht_ander", nil},
	} {
		if got := seen(t, urls[c.person]); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s sees %q, want %q", c.person, got, c.want)
		}
	}
}

func TestEachPlanRollUp(t *testing.T) {
	urls := threeSchools(t)
	st := openURL(t, urls["bestuur_proef"])
	var schools []rollup.School
	err := st.EachPlan(context.Background(), func(e pgstore.Each) error {
		schools = append(schools, rollup.Summarise(e.SchoolID, e.Plan, planning.Analyse(e.Plan, nil)))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	b := rollup.RollUp(schools, rollup.Settings{}, time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC), nil, nil)
	// By hand (boardtest's table): 22500 + 6000 + 12000.
	if got := b.TotalCashOut; got != 40500*100 {
		t.Errorf("total %v, want 40500", got)
	}
	// 2022 3000, 2023 9000, 2024 0, 2025 0, 2026 11500+5000, 2027 10500+1000, 2028 500.
	want := map[int]int64{2022: 3000, 2023: 9000, 2024: 0, 2025: 0, 2026: 16500, 2027: 11500, 2028: 500}
	if len(b.Years) != len(want) {
		t.Errorf("%d years, want %d", len(b.Years), len(want))
	}
	for _, y := range b.Years {
		if got := y.CashOut; got != model.Money(want[y.Year]*100) {
			t.Errorf("%d: %v, want %v", y.Year, got, want[y.Year])
		}
	}
}

func TestEachPlanStopsOnError(t *testing.T) {
	urls := threeSchools(t)
	st := openURL(t, urls["bestuur_proef"])
	stop := errors.New("genoeg")
	n := 0
	err := st.EachPlan(context.Background(), func(pgstore.Each) error { n++; return stop })
	if err != stop || n != 1 {
		t.Errorf("err %v after %d plans, want %v after 1", err, n, stop)
	}
	if !strings.Contains(err.Error(), "genoeg") {
		t.Error(err)
	}
}

// Trouble words the two reasons a plan is not counted and is silent for a
// good one; it needs no server.
func TestTroubleNamesPlanAndSchool(t *testing.T) {
	good := boardtest.Five()[0]
	if kind, _, _ := (pgstore.Each{SchoolID: "01AA", Plan: good}).Trouble(); kind != "" {
		t.Errorf("a good plan: %q", kind)
	}
	bad := boardtest.Five()[0]
	bad.StartYear, bad.EndYear = 2030, 2026 // a period that ends before it starts
	kind, reason, text := (pgstore.Each{SchoolID: "01AA", PlanID: "p1", Plan: bad}).Trouble()
	if kind != "invalid" || reason != "invalid" || !strings.HasPrefix(text.NL, "Het plan p1 van school 01AA klopt niet: ") ||
		!strings.HasPrefix(text.EN, "The plan p1 of school 01AA is not valid: ") {
		t.Errorf("an invalid plan: %q %q %+v", kind, reason, text)
	}
	kind, reason, text = (pgstore.Each{SchoolID: "02BB", PlanID: "p2", Err: errors.New("kapot")}).Trouble()
	if kind != "unreadable" || reason != "unreadable" || text.NL != "Het plan p2 van school 02BB is niet te lezen: kapot. Vraag de ict van het bestuur het te herstellen." ||
		text.EN != "The plan p2 of school 02BB cannot be read: kapot. Ask the board's IT to repair it." {
		t.Errorf("an unreadable plan: %q %q %+v", kind, reason, text)
	}
}
