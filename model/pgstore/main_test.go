package pgstore_test

import (
	"context"
	"testing"
	"time"

	"gorm.io/driver/postgres"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"

	"balansplan/model"
	"balansplan/model/pgstore"
	"balansplan/model/pgstore/pgtest"
	"balansplan/model/testplan"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

// board is a test database with two boards, three schools and a person of
// every role:
//
//	board b1: schools 00AA (A) and 00BB (B); board b2: school 00CC
//	dira: director of A     dirb: director of B     bestuur: board of b1
//	cons: consultant of A until tomorrow      old: consultant of A until yesterday
//	toezicht: supervisor of b1
type board struct {
	url   string            // superuser URL of the database
	urls  map[string]string // person -> login URL
	roles map[string]string // person -> login role
}

func newBoard(t *testing.T) *board {
	t.Helper()
	ctx := context.Background()
	b := &board{url: pgtest.Database(t), urls: map[string]string{}, roles: map[string]string{}}
	a, err := pgstore.OpenAdmin(ctx, b.url)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	for _, s := range [][3]string{{"b1", "00AA", "De Regenboog"}, {"b1", "00BB", "De Linde"}, {"b2", "00CC", "Het Anker"}} {
		if err := a.AddSchool(ctx, s[0], s[1], s[2]); err != nil {
			t.Fatal(err)
		}
	}
	now := time.Now()
	for _, g := range []struct {
		person string
		grant  pgstore.Grant
	}{
		{"dira", pgstore.Grant{Role: "director", Board: "b1", School: "00AA"}},
		{"dirb", pgstore.Grant{Role: "director", Board: "b1", School: "00BB"}},
		{"dirc", pgstore.Grant{Role: "director", Board: "b2", School: "00CC"}},
		{"bestuur", pgstore.Grant{Role: "board", Board: "b1"}},
		{"cons", pgstore.Grant{Role: "consultant", Board: "b1", School: "00AA", Expires: now.Add(24 * time.Hour)}},
		{"old", pgstore.Grant{Role: "consultant", Board: "b1", School: "00AA", Expires: now.Add(-24 * time.Hour)}},
		{"toezicht", pgstore.Grant{Role: "supervisor", Board: "b1"}},
	} {
		role, u := pgtest.Login(t, b.url, g.person)
		b.roles[g.person], b.urls[g.person] = role, u
		g.grant.User = role
		if err := a.AddGrant(ctx, g.grant); err != nil {
			t.Fatal(err)
		}
	}
	return b
}

// as opens a Store acting for person.
func (b *board) as(t *testing.T, person string) *pgstore.Store {
	t.Helper()
	s, err := pgstore.Open(context.Background(), b.urls[person], pgstore.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// raw opens a plain connection as person, for hand-written SQL.
func (b *board) raw(t *testing.T, person string) *gorm.DB {
	t.Helper()
	u := b.url
	if person != "" {
		u = b.urls[person]
	}
	db, err := gorm.Open(postgres.Open(u), &gorm.Config{Logger: logger.Default.LogMode(logger.Silent)})
	if err != nil {
		t.Fatal(err)
	}
	sqlDB, _ := db.DB()
	sqlDB.SetMaxOpenConns(1)
	t.Cleanup(func() { sqlDB.Close() })
	return db
}

// newPlan is the example plan under a new plan ID, so that one database
// can hold it for several schools, as a concept (which a director may
// store; the example itself is adopted).
func newPlan(t *testing.T) *model.Plan {
	p := testplan.Board(t)
	p.ID = model.NewID()
	p.Status = model.StatusConcept
	return p
}

func create(t *testing.T, s *pgstore.Store, school string, p *model.Plan) *pgstore.Checkout {
	t.Helper()
	c, err := s.Create(context.Background(), school, p)
	if err != nil {
		t.Fatalf("create for %s as %s: %v", school, s.User(), err)
	}
	return c
}

func reason(err error) string {
	if e, ok := err.(*pgstore.Error); ok {
		return e.Reason
	}
	if err == nil {
		return "<nil>"
	}
	return "other: " + err.Error()
}
