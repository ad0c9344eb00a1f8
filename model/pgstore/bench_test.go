package pgstore_test

import (
	"context"
	"fmt"
	"testing"

	"balansplan/model/pgstore"
	"balansplan/model/pgstore/pgtest"
	"balansplan/model/sample"
)

// benchStore is a director with the large generated plan of school A.
func benchStore(b *testing.B) (*pgstore.Store, *pgstore.Checkout) {
	db := pgtest.Database(b)
	ctx := context.Background()
	a, err := pgstore.OpenAdmin(ctx, db)
	if err != nil {
		b.Fatal(err)
	}
	defer a.Close()
	if err := a.AddSchool(ctx, "b1", "00AA", ""); err != nil {
		b.Fatal(err)
	}
	role, u := pgtest.Login(b, db, "bestuur")
	if err := a.AddGrant(ctx, pgstore.Grant{User: role, Role: "board", Board: "b1"}); err != nil {
		b.Fatal(err)
	}
	s, err := pgstore.Open(ctx, u, pgstore.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	c, err := s.Create(ctx, "00AA", sample.Large())
	if err != nil {
		b.Fatal(err)
	}
	return s, c
}

// One saved edit of the large plan (one risk changed): the commit.
func BenchmarkSaveOneEditLarge(b *testing.B) {
	s, c := benchStore(b)
	ctx := context.Background()
	b.ResetTimer()
	for i := range b.N {
		next := c.Plan.Clone()
		next.Risks[0].Description = fmt.Sprintf("edit %d", i)
		var err error
		if c, err = s.Save(ctx, c, next); err != nil {
			b.Fatal(err)
		}
	}
}

// Loading the large plan whole.
func BenchmarkLoadLarge(b *testing.B) {
	s, c := benchStore(b)
	ctx := context.Background()
	b.ResetTimer()
	for range b.N {
		if _, err := s.Load(ctx, c.Plan.ID); err != nil {
			b.Fatal(err)
		}
	}
}
