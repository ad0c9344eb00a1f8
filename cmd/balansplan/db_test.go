package main

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"balansplan/model"
	"balansplan/model/pgstore"
	"balansplan/model/pgstore/pgtest"
	"balansplan/model/testplan"
)

// The board's IT sets up a database with the command line (twice: the
// second run changes nothing), registers a school and gives a director
// and a consultant their roles; the consultant publishes a new plan,
// checks it out, works in the file while the director changes the
// database, and publishes: both edits are kept. Then both change the same
// field: publish lists the conflict and writes nothing, until --prefer.
func TestDBCheckoutPublish(t *testing.T) {
	db := pgtest.Database(t)
	ctx := context.Background()

	code, out, stderr := call(t, "db", "init", "--db", db)
	if code != 0 || !strings.Contains(out, "al ingericht") {
		t.Fatalf("db init on a set-up database: exit %d, %q %q; want 'al ingericht'", code, out, stderr)
	}
	if code, _, stderr := call(t, "db", "school", "--db", db, "--board", "b1", "--school", "00AA", "--name", "De Regenboog"); code != 0 {
		t.Fatalf("db school: %s", stderr)
	}
	dir, dirURL := pgtest.Login(t, db, "dir")
	cons, consURL := pgtest.Login(t, db, "cons")
	if code, _, stderr := call(t, "db", "grant", "--db", db, "--user", dir, "--role", "director", "--board", "b1", "--school", "00AA"); code != 0 {
		t.Fatalf("db grant director: %s", stderr)
	}
	if code, _, stderr := call(t, "db", "grant", "--db", db, "--user", cons, "--role", "consultant", "--board", "b1", "--school", "00AA", "--until", "2099-12-31"); code != 0 {
		t.Fatalf("db grant consultant: %s", stderr)
	}
	// A consultant without --until is refused by the database's rule.
	if code, _, _ := call(t, "db", "grant", "--db", db, "--user", cons, "--role", "consultant", "--board", "b1", "--school", "00AA"); code == 0 {
		t.Errorf("a consultant's grant without an end was accepted")
	}

	// A new plan, published from a file.
	tmp := t.TempDir()
	p := testplan.Regenboog(t)
	first := filepath.Join(tmp, "first.balans")
	if err := createPlan(first, p, model.NL); err != nil {
		t.Fatal(err)
	}
	if code, out, stderr := call(t, "publish", "--in", first, "--db", consURL, "--school", "00AA"); code != 0 || !strings.Contains(out, "revisie 1") {
		t.Fatalf("publish of a new plan: exit %d %q %q", code, out, stderr)
	}

	// Checkout, then edits on both sides in different fields.
	work := filepath.Join(tmp, "work.balans")
	if code, out, stderr := call(t, "checkout", "--db", consURL, "--school", "00AA", "--out", work); code != 0 {
		t.Fatalf("checkout: exit %d %q %q", code, out, stderr)
	}
	edit(t, work, func(p *model.Plan) { p.Title = "Titel uit de workshop" })
	director, err := pgstore.Open(ctx, dirURL, pgstore.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer director.Close()
	c, err := director.Load(ctx, p.ID)
	if err != nil {
		t.Fatal(err)
	}
	mine := c.Plan.Clone()
	mine.Version = "2.0"
	if _, err := director.Save(ctx, c, mine); err != nil {
		t.Fatal(err)
	}
	if code, out, stderr := call(t, "publish", "--in", work, "--db", consURL); code != 0 || !strings.Contains(out, "revisie 3") {
		t.Fatalf("publish after a change in the database: exit %d %q %q", code, out, stderr)
	}
	got, err := director.Load(ctx, p.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Plan.Title != "Titel uit de workshop" || got.Plan.Version != "2.0" {
		t.Errorf("after publish: title %q, version %q; want both edits", got.Plan.Title, got.Plan.Version)
	}

	// The same field on both sides: a conflict, nothing written.
	work2 := filepath.Join(tmp, "work2.balans")
	if code, _, stderr := call(t, "checkout", "--db", consURL, "--school", "00AA", "--out", work2); code != 0 {
		t.Fatalf("checkout: %s", stderr)
	}
	edit(t, work2, func(p *model.Plan) { p.Title = "Van het bestand" })
	c, _ = director.Load(ctx, p.ID)
	mine = c.Plan.Clone()
	mine.Title = "Van de directeur"
	if _, err := director.Save(ctx, c, mine); err != nil {
		t.Fatal(err)
	}
	code, out, stderr = call(t, "publish", "--in", work2, "--db", consURL)
	if code != 1 || !strings.Contains(stderr, "plan.title") || !strings.Contains(out, "niets geschreven") {
		t.Fatalf("publish with a conflict: exit %d %q %q; want exit 1 naming plan.title", code, out, stderr)
	}
	if now, _ := director.Load(ctx, p.ID); now.Revision != 4 || now.Plan.Title != "Van de directeur" {
		t.Errorf("a refused publish wrote: revision %d, title %q", now.Revision, now.Plan.Title)
	}
	if code, _, stderr := call(t, "publish", "--in", work2, "--db", consURL, "--prefer", "file"); code != 0 {
		t.Fatalf("publish --prefer file: %s", stderr)
	}
	if now, _ := director.Load(ctx, p.ID); now.Revision != 5 || now.Plan.Title != "Van het bestand" {
		t.Errorf("after --prefer file: revision %d, title %q", now.Revision, now.Plan.Title)
	}

	// Another school's plan is not there for this consultant.
	code, _, stderr = call(t, "checkout", "--db", consURL, "--school", "00BB", "--out", filepath.Join(tmp, "b.balans"))
	if code != 1 || !strings.Contains(stderr, "geen plan") {
		t.Errorf("checkout of another school: exit %d %q", code, stderr)
	}
	// Bad usage is said, and changes nothing.
	if code, _, stderr := call(t, "db", "frobnicate"); code != 2 || !strings.Contains(stderr, "frobnicate") {
		t.Errorf("db frobnicate: exit %d %q", code, stderr)
	}
	if code, _, stderr := call(t, "publish", "--in", work2, "--db", consURL, "--prefer", "mine"); code != 2 || !strings.Contains(stderr, "--prefer") {
		t.Errorf("publish --prefer mine: exit %d %q", code, stderr)
	}
}
