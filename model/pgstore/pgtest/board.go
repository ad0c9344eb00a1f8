package pgtest

import (
	"context"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"

	"balansplan/model"
	"balansplan/model/pgstore"
)

// Board fills a database of this test with the plans of one or more
// boards, for the tests of the board roll-up. plans maps a board's key to
// its schools' plans; every plan's school (its BRIN, named as in the plan)
// is registered under that board and the plan is stored by the board's
// member, who alone may store an adopted plan. The people, each a login
// of their own, are named by role and key: "bestuur_B" (board of B),
// "toezicht_B" (supervisor of B) and "dir_BRIN" (director of that school,
// BRIN in lower case). It returns the superuser URL of the database and a
// URL per person. IDs that are not UUIDs (the hand-made plans of
// planning/board/boardtest) are replaced by UUIDs first.
func Board(tb testing.TB, plans map[string][]*model.Plan) (string, map[string]string) {
	tb.Helper()
	db := Database(tb)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	urls := map[string]string{}
	boards := make([]string, 0, len(plans))
	for b := range plans {
		boards = append(boards, b)
	}
	sort.Strings(boards)
	for _, b := range boards {
		for _, p := range plans[b] {
			_, urls["dir_"+strings.ToLower(p.School.BRIN)] = Person(tb, db, "dir_"+strings.ToLower(p.School.BRIN),
				pgstore.Grant{Role: "director", Board: b, School: p.School.BRIN})
		}
		_, urls["bestuur_"+b] = Person(tb, db, "bestuur_"+b, pgstore.Grant{Role: "board", Board: b})
		_, urls["toezicht_"+b] = Person(tb, db, "toezicht_"+b, pgstore.Grant{Role: "supervisor", Board: b})
		st, err := pgstore.Open(ctx, urls["bestuur_"+b], pgstore.Options{})
		if err != nil {
			tb.Fatal(err)
		}
		for _, p := range plans[b] {
			q, err := WithUUIDs(p)
			if err != nil {
				tb.Fatalf("%s: %v", p.School.Name, err)
			}
			if _, err := st.Create(ctx, p.School.BRIN, q); err != nil {
				st.Close()
				tb.Fatalf("store %s (%s): %v", p.School.Name, p.School.BRIN, err)
			}
		}
		st.Close()
	}
	return db, urls
}

// handMadeID is an ID of planning/board/boardtest's plans ("plan-akker",
// "plan-akker-D1"): readable in a file, but the interchange format the
// database keeps its rows in takes UUIDs only.
var handMadeID = regexp.MustCompile(`"plan-[A-Za-z0-9-]+"`)

// WithUUIDs is p with every hand-made ID replaced by a UUID made from it
// (the same ID gives the same UUID, so references stay intact).
func WithUUIDs(p *model.Plan) (*model.Plan, error) {
	data, err := model.EncodeJSON(p)
	if err != nil {
		return nil, err
	}
	data = handMadeID.ReplaceAllFunc(data, func(id []byte) []byte {
		return []byte(`"` + uuid.NewSHA1(uuid.NameSpaceOID, id).String() + `"`)
	})
	q, ps := model.DecodeJSONBytes(data)
	if len(ps) > 0 {
		return nil, ps
	}
	return q, nil
}
