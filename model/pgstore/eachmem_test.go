package pgstore_test

import (
	"context"
	"os"
	"runtime"
	"strconv"
	"testing"
	"time"

	"balansplan/model"
	"balansplan/model/pgstore"
	"balansplan/model/pgstore/pgtest"
	"balansplan/model/sample"
)

// EachPlan holds one plan at a time: the live heap while reading N large
// plans does not grow with N. Measured, not run by default (it stores N
// large plans): BALANSPLAN_PG_EACHMEM=N go test -run EachPlanMemory -v.
func TestEachPlanMemory(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("BALANSPLAN_PG_EACHMEM"))
	if n <= 0 {
		t.Skip("set BALANSPLAN_PG_EACHMEM=N to measure EachPlan over N large plans")
	}
	ctx := context.Background()
	_, u := pgtest.Person(t, pgtest.Database(t), "dira", pgstore.Grant{Role: "director", Board: "b1", School: "00AA"})
	st := openURL(t, u)
	for range n {
		p := sample.Large()
		p.ID = model.NewID()
		p.Status = model.StatusConcept
		if _, err := st.Create(ctx, "00AA", p); err != nil {
			t.Fatal(err)
		}
	}
	var peak uint64
	var ms runtime.MemStats
	start := time.Now()
	seen := 0
	err := st.EachPlan(ctx, func(e pgstore.Each) error {
		if e.Err != nil {
			return e.Err
		}
		seen++
		runtime.GC()
		runtime.ReadMemStats(&ms)
		peak = max(peak, ms.HeapAlloc)
		runtime.KeepAlive(e.Plan)
		return nil
	})
	if err != nil || seen != n {
		t.Fatalf("%d of %d plans: %v", seen, n, err)
	}
	t.Logf("%d large plans: live heap at most %.1f MB with a plan in hand; %v", n, float64(peak)/1e6, time.Since(start).Round(time.Millisecond))
}
