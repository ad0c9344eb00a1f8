package pgstore_test

import (
	"context"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"balansplan/model/pgstore"
	"balansplan/model/pgstore/pgtest"
)

// A failing migration leaves the database at the version before it: its
// statements before the failure are rolled back with it, and no row is
// recorded. Open then says the schema is too old.
func TestFailingMigrationRollsBack(t *testing.T) {
	db := pgtest.Database(t) // version 1
	ms := append(pgstore.Migrations(), pgstore.Migration{Version: 2, Name: "broken",
		SQL: "CREATE TABLE balansplan.half (x int); SELECT 1/0;"})
	restore := pgstore.SetMigrations(ms)
	defer restore()
	ctx := context.Background()
	_, err := pgstore.Init(ctx, db)
	if err == nil || !strings.Contains(err.Error(), "0002_broken") {
		t.Fatalf("init with a failing migration: %v, want an error naming 0002_broken", err)
	}
	var n, tables int64
	raw := (&board{url: db}).raw(t, "")
	raw.Raw("SELECT max(version) FROM balansplan.schema_migrations").Scan(&n)
	raw.Raw("SELECT count(*) FROM pg_tables WHERE schemaname = 'balansplan' AND tablename = 'half'").Scan(&tables)
	if n != 1 || tables != 0 {
		t.Errorf("after the failure: version %d, table half exists %d; want 1 and 0", n, tables)
	}
	_, err = pgstore.Open(ctx, db, pgstore.Options{})
	if e, ok := err.(*pgstore.Error); !ok || e.Reason != "not_initialised" || !strings.Contains(e.Message("en"), "db init") {
		t.Errorf("open of an older schema: %v, want not_initialised naming db init", err)
	}
}

// What goes wrong before any plan is touched is said in both languages:
// no server, a database without db init.
func TestOpenErrors(t *testing.T) {
	ctx := context.Background()
	nowhere := "postgres://postgres@/x?host=" + url.QueryEscape(filepath.Join(t.TempDir(), "none")) + "&connect_timeout=2"
	_, err := pgstore.Open(ctx, nowhere, pgstore.Options{})
	if e, ok := err.(*pgstore.Error); !ok || e.Reason != "connect" || !strings.Contains(e.Message("nl"), "verbinden") {
		t.Errorf("open without a server: %v, want connect", err)
	}
	_, err = pgstore.Open(ctx, "postgres://[::1", pgstore.Options{})
	if e, ok := err.(*pgstore.Error); !ok || e.Reason != "connect" {
		t.Errorf("open with a broken URL: %v, want connect", err)
	}
	admin := pgtest.Server(t)
	a, err := pgstore.OpenAdmin(ctx, admin)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	name := "bare" + strings.ToLower(strings.ReplaceAll(t.Name(), "/", "_")) + "_" + strconv.Itoa(os.Getpid())
	if err := a.Exec(ctx, "CREATE DATABASE "+name); err != nil {
		t.Fatal(err)
	}
	defer a.Exec(ctx, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)")
	_, err = pgstore.Open(ctx, pgtest.WithDatabase(t, admin, name), pgstore.Options{})
	if e, ok := err.(*pgstore.Error); !ok || e.Reason != "not_initialised" {
		t.Errorf("open of a bare database: %v, want not_initialised", err)
	}
}
