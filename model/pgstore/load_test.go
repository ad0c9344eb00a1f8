package pgstore_test

import (
	"context"
	"errors"
	"fmt"
	"math/rand"
	"os"
	"sort"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"balansplan/model"
	"balansplan/model/merge"
	"balansplan/model/pgstore"
	"balansplan/model/pgstore/pgtest"
	"balansplan/model/testplan"
)

// TestLoad is issue 17's load run, not part of the default test run:
//
//	BALANSPLAN_PG_LOAD=60s go test -run TestLoad -v ./model/pgstore/
//
// 20 editors on 30 schools (each editor director of 5 schools, so about
// 3 editors share a school) edit for the given time. Every edit adds a
// risk with an ID of its own (the ledger of acknowledged edits) and sets
// the plan's version, so that edits of one plan collide on the revision
// and on one field. Halfway the server is killed (pg_ctl -m immediate)
// and started again; editors retry what was not acknowledged. At the end
// every acknowledged edit must be in its plan, no editor may have seen a
// plan of a school that is not theirs, and every conflict must have been
// resolved by the merge.
func TestLoad(t *testing.T) {
	d, err := time.ParseDuration(os.Getenv("BALANSPLAN_PG_LOAD"))
	if err != nil || d <= 0 {
		t.Skip("the load run is behind a flag: BALANSPLAN_PG_LOAD=60s")
	}
	const editors, schools, perEditor = 20, 30, 5
	dbURL := pgtest.Database(t)
	ctx := context.Background()
	a, err := pgstore.OpenAdmin(ctx, dbURL)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	school := func(i int) string { return fmt.Sprintf("%02dSC", i) }
	for i := range schools {
		if err := a.AddSchool(ctx, "b1", school(i), ""); err != nil {
			t.Fatal(err)
		}
	}
	owner, ownerURL := pgtest.Login(t, dbURL, "bestuur")
	if err := a.AddGrant(ctx, pgstore.Grant{User: owner, Role: "board", Board: "b1"}); err != nil {
		t.Fatal(err)
	}
	boardStore, err := pgstore.Open(ctx, ownerURL, pgstore.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer boardStore.Close()
	planOf := map[string]string{}
	for i := range schools {
		p := testplan.Regenboog(t)
		p.ID = model.NewID()
		if _, err := boardStore.Create(ctx, school(i), p); err != nil {
			t.Fatal(err)
		}
		planOf[school(i)] = p.ID
	}
	type editor struct {
		store   *pgstore.Store
		schools []string
	}
	eds := make([]editor, editors)
	for e := range editors {
		role, u := pgtest.Login(t, dbURL, fmt.Sprintf("e%d", e))
		for k := range perEditor {
			s := school((e*3 + k) % schools)
			eds[e].schools = append(eds[e].schools, s)
			if err := a.AddGrant(ctx, pgstore.Grant{User: role, Role: "director", Board: "b1", School: s}); err != nil {
				t.Fatal(err)
			}
		}
		s, err := pgstore.Open(ctx, u, pgstore.Options{MaxConns: 2})
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		eds[e].store = s
	}

	var (
		mu          sync.Mutex
		acked       = map[string][]string{} // plan -> risk IDs acknowledged
		latencies   []time.Duration         // SaveMerging: the commit, with any merges
		editTimes   []time.Duration         // load, edit and commit, with any retries
		revConflict atomic.Int64            // saves refused on a stale revision, then merged
		fieldConf   atomic.Int64            // field conflicts, resolved by choosing
		unresolved  atomic.Int64
		crossReads  atomic.Int64
		retries     atomic.Int64
		edits       atomic.Int64
	)
	stop := time.Now().Add(d)
	var wg sync.WaitGroup
	for e := range eds {
		wg.Add(1)
		go func(e int) {
			defer wg.Done()
			ed := eds[e]
			mine := map[string]bool{}
			for _, s := range ed.schools {
				mine[s] = true
			}
			rng := rand.New(rand.NewSource(int64(e)))
			for n := 0; time.Now().Before(stop); n++ {
				s := ed.schools[rng.Intn(len(ed.schools))]
				riskID := model.NewID()
				start := time.Now()
				var commit time.Duration
				for attempt := 0; ; attempt++ {
					c, err := ed.store.Load(ctx, planOf[s])
					if err == nil {
						if !mine[c.SchoolID] {
							crossReads.Add(1)
						}
						next := c.Plan.Clone()
						next.Risks = append(next.Risks, model.Risk{ID: riskID, Description: fmt.Sprintf("e%d-%d", e, n)})
						next.Version = fmt.Sprintf("e%d-%d", e, n)
						var cs []merge.Conflict
						var saved *pgstore.Checkout
						commitStart := time.Now()
						saved, cs, err = ed.store.SaveMerging(ctx, c, next, func(merge.Conflict) int { return 1 })
						commit = time.Since(commitStart)
						if saved != nil {
							revConflict.Add(int64(saved.Merges))
						}
						for _, x := range cs {
							if x.Resolved() {
								fieldConf.Add(1)
							}
						}
						var ue *pgstore.UnresolvedError
						if errors.As(err, &ue) {
							unresolved.Add(1)
						}
					}
					if err == nil {
						mu.Lock()
						acked[planOf[s]] = append(acked[planOf[s]], riskID)
						latencies = append(latencies, commit)
						editTimes = append(editTimes, time.Since(start))
						mu.Unlock()
						edits.Add(1)
						break
					}
					// The server is away (the restart): try the same edit
					// again, with the same risk ID, until it is acknowledged.
					retries.Add(1)
					time.Sleep(50 * time.Millisecond)
					if attempt > 600 {
						t.Errorf("editor %d: gave up: %v", e, err)
						return
					}
				}
				// Now and then, try a school that is not the editor's.
				if n%10 == 0 {
					other := school((e*3 + perEditor + rng.Intn(schools-perEditor)) % schools)
					if !mine[other] {
						if c, err := ed.store.Load(ctx, planOf[other]); err == nil && c != nil {
							crossReads.Add(1)
						}
						if ps, err := ed.store.Plans(ctx, ""); err == nil {
							for _, p := range ps {
								if !mine[p.SchoolID] {
									crossReads.Add(1)
								}
							}
						}
					}
				}
			}
		}(e)
	}
	time.Sleep(d / 2)
	restartAt := time.Now()
	pgtest.Restart(t)
	restartTook := time.Since(restartAt)
	wg.Wait()

	// Every acknowledged edit is in its plan.
	lost := 0
	total := 0
	for i := range schools {
		id := planOf[school(i)]
		var c *pgstore.Checkout
		var err error
		for range 50 {
			if c, err = boardStore.Load(ctx, id); err == nil {
				break
			}
			time.Sleep(100 * time.Millisecond)
		}
		if err != nil {
			t.Fatal(err)
		}
		have := map[string]bool{}
		for _, r := range c.Plan.Risks {
			have[r.ID] = true
		}
		for _, r := range acked[id] {
			total++
			if !have[r] {
				lost++
			}
		}
	}
	pct := func(ds []time.Duration, p float64) time.Duration {
		if len(ds) == 0 {
			return 0
		}
		sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
		return ds[int(p*float64(len(ds)-1))].Round(100 * time.Microsecond)
	}
	t.Logf("load: %d editors, %d schools, %s: %d edits acknowledged (%.0f/s); revision conflicts merged %d, field conflicts resolved %d, unresolved %d; retries %d (restart took %s); lost %d of %d; cross-school reads %d; commit latency p50 %s p99 %s max %s; whole edit p50 %s p99 %s",
		editors, schools, d, edits.Load(), float64(edits.Load())/d.Seconds(), revConflict.Load(), fieldConf.Load(),
		unresolved.Load(), retries.Load(), restartTook.Round(time.Millisecond), lost, total, crossReads.Load(),
		pct(latencies, 0.5), pct(latencies, 0.99), pct(latencies, 1), pct(editTimes, 0.5), pct(editTimes, 0.99))
	if lost > 0 || crossReads.Load() > 0 || unresolved.Load() > 0 || total == 0 {
		t.Errorf("lost %d, cross-school reads %d, unresolved %d, edits %d", lost, crossReads.Load(), unresolved.Load(), total)
	}
}
