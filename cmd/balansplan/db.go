package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"time"

	"balansplan/model"
	"balansplan/model/merge"
	"balansplan/model/pgstore"
	"balansplan/model/store"
)

// The board database (issue 17, docs/postgres.md): setting it up, and
// taking a plan from it to a file and back.
//
// Who you are is the database's business, not a flag's: the commands
// connect as the login role in --db (or PGUSER), with its password from
// the URL, PGPASSWORD or ~/.pgpass as with psql, and the database's
// policies decide what that role may see and change.

// dbTimeout bounds one command's work against the server.
const dbTimeout = 2 * time.Minute

// cmdDB is `balansplan db init|school|grant`, the board's IT's commands.
func cmdDB(args []string, lang model.Lang, stdout io.Writer) error {
	if len(args) == 0 {
		return usageErr("db: kies init, school of grant", "db: choose init, school or grant")
	}
	switch args[0] {
	case "init":
		return cmdDBInit(args[1:], lang, stdout)
	case "school":
		return cmdDBSchool(args[1:], lang, stdout)
	case "grant":
		return cmdDBGrant(args[1:], lang, stdout)
	}
	return usageErr(fmt.Sprintf("db: onbekende opdracht %q; kies init, school of grant", args[0]),
		fmt.Sprintf("db: unknown command %q; choose init, school or grant", args[0]))
}

// cmdDBInit creates the roles, the schema and the migrations:
//
//	balansplan db init --db URL
//
// as a superuser of the server; running it again changes nothing.
func cmdDBInit(args []string, lang model.Lang, stdout io.Writer) error {
	fs := flags("db")
	db := fs.String("db", "", "the database URL (a superuser)")
	l := langFlag(fs, lang)
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := required("db init", "--db", *db); err != nil {
		return err
	}
	lang, err := chooseLang(*l)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(context.Background(), dbTimeout)
	defer cancel()
	res, err := pgstore.Init(ctx, *db)
	if err != nil {
		return err
	}
	if len(res.RolesCreated) > 0 {
		fmt.Fprintln(stdout, tr(lang, "rollen aangemaakt: ", "roles created: ")+strings.Join(res.RolesCreated, ", "))
	}
	for _, m := range res.Applied {
		fmt.Fprintln(stdout, tr(lang, "migratie toegepast: ", "migration applied: ")+fmt.Sprintf("%04d_%s", m.Version, m.Name))
	}
	if len(res.RolesCreated) == 0 && len(res.Applied) == 0 {
		fmt.Fprintln(stdout, tr(lang,
			fmt.Sprintf("de database was al ingericht (schemaversie %d); niets veranderd", res.Version),
			fmt.Sprintf("the database was already set up (schema version %d); nothing changed", res.Version)))
		return nil
	}
	fmt.Fprintln(stdout, tr(lang,
		fmt.Sprintf("de database is ingericht (schemaversie %d)", res.Version),
		fmt.Sprintf("the database is set up (schema version %d)", res.Version)))
	return nil
}

// cmdDBSchool registers a school under a board:
//
//	balansplan db school --db URL --board B --school BRIN [--name NAME]
func cmdDBSchool(args []string, lang model.Lang, stdout io.Writer) error {
	fs := flags("db")
	db := fs.String("db", "", "the database URL (a superuser)")
	board := fs.String("board", "", "the board's key")
	school := fs.String("school", "", "the school's BRIN")
	name := fs.String("name", "", "the school's name")
	l := langFlag(fs, lang)
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := required("db school", "--db", *db, "--board", *board, "--school", *school); err != nil {
		return err
	}
	lang, err := chooseLang(*l)
	if err != nil {
		return err
	}
	if err := asAdmin(*db, func(ctx context.Context, a *pgstore.Admin) error {
		return a.AddSchool(ctx, *board, *school, *name)
	}); err != nil {
		return err
	}
	fmt.Fprintln(stdout, tr(lang,
		fmt.Sprintf("school %s staat onder bestuur %s", *school, *board),
		fmt.Sprintf("school %s is under board %s", *school, *board)))
	return nil
}

// cmdDBGrant gives a person a role, creating their login role (without a
// password: the IT sets one with psql's \password) when it is new:
//
//	balansplan db grant --db URL --user NAME --role director|board|consultant|supervisor --board B [--school BRIN] [--until YYYY-MM-DD]
func cmdDBGrant(args []string, lang model.Lang, stdout io.Writer) error {
	fs := flags("db")
	db := fs.String("db", "", "the database URL (a superuser)")
	user := fs.String("user", "", "the person's login role")
	role := fs.String("role", "", "director, board, consultant or supervisor")
	board := fs.String("board", "", "the board's key")
	school := fs.String("school", "", "the school's BRIN")
	until := fs.String("until", "", "the last day of a consultant's access (YYYY-MM-DD)")
	l := langFlag(fs, lang)
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := required("db grant", "--db", *db, "--user", *user, "--role", *role, "--board", *board); err != nil {
		return err
	}
	lang, err := chooseLang(*l)
	if err != nil {
		return err
	}
	g := pgstore.Grant{User: *user, Role: *role, Board: *board, School: *school}
	if *until != "" {
		day, err := time.ParseInLocation("2006-01-02", *until, time.Local)
		if err != nil {
			return usageErr(fmt.Sprintf("db grant: --until %q: schrijf de datum als JJJJ-MM-DD", *until),
				fmt.Sprintf("db grant: --until %q: write the date as YYYY-MM-DD", *until))
		}
		g.Expires = day.AddDate(0, 0, 1) // through the whole last day
	}
	if err := asAdmin(*db, func(ctx context.Context, a *pgstore.Admin) error {
		if err := a.AddLogin(ctx, *user, ""); err != nil {
			return err
		}
		return a.AddGrant(ctx, g)
	}); err != nil {
		return err
	}
	fmt.Fprintln(stdout, tr(lang,
		fmt.Sprintf("%s is nu %s in bestuur %s", *user, *role, *board),
		fmt.Sprintf("%s is now %s in board %s", *user, *role, *board)))
	return nil
}

// asAdmin runs fn on a connection of the board's IT.
func asAdmin(db string, fn func(context.Context, *pgstore.Admin) error) error {
	ctx, cancel := context.WithTimeout(context.Background(), dbTimeout)
	defer cancel()
	a, err := pgstore.OpenAdmin(ctx, db)
	if err != nil {
		return err
	}
	defer a.Close()
	return fn(ctx, a)
}

// cmdCheckout writes a plan from the database to a file:
//
//	balansplan checkout --db URL --school BRIN [--plan ID] --out F.balans
//
// The file remembers the plan as checked out (its merge base), so that
// publish can tell what was changed in the file from what was changed in
// the database meanwhile.
func cmdCheckout(args []string, lang model.Lang, stdout io.Writer) error {
	fs := flags("checkout")
	db := fs.String("db", "", "the database URL")
	school := fs.String("school", "", "the school's BRIN")
	planID := fs.String("plan", "", "the plan's id, when the school has more than one")
	out := fs.String("out", "", "the plan file to write")
	l := langFlag(fs, lang)
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := required("checkout", "--db", *db, "--school", *school, "--out", *out); err != nil {
		return err
	}
	lang, err := chooseLang(*l)
	if err != nil {
		return err
	}
	if _, err := os.Stat(*out); err == nil {
		return inputErr(tr(lang,
			fmt.Sprintf("%s bestaat al; kies een andere naam of verwijder het bestand eerst", *out),
			fmt.Sprintf("%s already exists; choose another name or remove the file first", *out)))
	}
	ctx, cancel := context.WithTimeout(context.Background(), dbTimeout)
	defer cancel()
	s, err := pgstore.Open(ctx, *db, pgstore.Options{})
	if err != nil {
		return err
	}
	defer s.Close()
	plans, err := s.Plans(ctx, *school)
	if err != nil {
		return err
	}
	id := *planID
	if id == "" {
		switch len(plans) {
		case 0:
			return inputErr(tr(lang,
				fmt.Sprintf("school %s heeft geen plan dat %s mag zien", *school, s.User()),
				fmt.Sprintf("school %s has no plan that %s may see", *school, s.User())))
		case 1:
			id = plans[0].PlanID
		default:
			lines := []string{tr(lang,
				fmt.Sprintf("school %s heeft %d plannen; kies er een met --plan:", *school, len(plans)),
				fmt.Sprintf("school %s has %d plans; choose one with --plan:", *school, len(plans)))}
			for _, p := range plans {
				lines = append(lines, fmt.Sprintf("  %s  %s (%s)", p.PlanID, p.Title, p.Status))
			}
			return inputErr(lines...)
		}
	}
	c, err := s.Load(ctx, id)
	if err != nil {
		return err
	}
	if c.SchoolID != *school {
		return inputErr(tr(lang,
			fmt.Sprintf("plan %s is van school %s, niet van %s", id, c.SchoolID, *school),
			fmt.Sprintf("plan %s belongs to school %s, not %s", id, c.SchoolID, *school)))
	}
	if err := writeCheckout(*out, c.Plan); err != nil {
		return err
	}
	fmt.Fprintln(stdout, tr(lang,
		fmt.Sprintf("plan %q (school %s, revisie %d) staat in %s", c.Plan.Title, c.SchoolID, c.Revision, *out),
		fmt.Sprintf("plan %q (school %s, revision %d) is in %s", c.Plan.Title, c.SchoolID, c.Revision, *out)))
	return nil
}

// writeCheckout writes p to out as a participant's copy: a file that
// carries p as its merge base. The plan is first written to a temporary
// file beside out, which is removed again.
func writeCheckout(out string, p *model.Plan) error {
	tmp, err := os.MkdirTemp(filepath.Dir(out), ".checkout-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	doc, err := store.Create(filepath.Join(tmp, "plan.balans"), p)
	if err != nil {
		return err
	}
	if err := doc.SaveParticipantCopy(out); err != nil {
		doc.Close()
		return err
	}
	return doc.Close()
}

// cmdPublish brings a file's plan back into the database:
//
//	balansplan publish --in F.balans --db URL [--school BRIN] [--prefer file|db]
//
// The plan in the database and the file are merged three-way against the
// plan as it was checked out (model/merge): what changed on one side only
// is taken; what changed on both sides differently is a conflict, listed,
// and then nothing is written unless --prefer says which side wins. A
// plan the database does not have yet is created for --school.
func cmdPublish(args []string, lang model.Lang, stdout io.Writer) error {
	fs := flags("publish")
	in := fs.String("in", "", "the plan file to read")
	db := fs.String("db", "", "the database URL")
	school := fs.String("school", "", "the school's BRIN, for a plan the database does not have yet")
	prefer := fs.String("prefer", "", "the side that wins every conflict: file or db")
	l := langFlag(fs, lang)
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := required("publish", "--in", *in, "--db", *db); err != nil {
		return err
	}
	lang, err := chooseLang(*l)
	if err != nil {
		return err
	}
	preferred := -1
	switch *prefer {
	case "":
	case "db":
		preferred = 0
	case "file":
		preferred = 1
	default:
		return usageErr(fmt.Sprintf("publish: --prefer %q: kies file of db", *prefer),
			fmt.Sprintf("publish: --prefer %q: use file or db", *prefer))
	}
	doc, err := store.OpenReadOnly(*in)
	if err != nil {
		return err
	}
	mine, err := loadValid(doc, *in)
	var base *model.Plan
	if err == nil {
		if mb, berr := doc.MergeBase(); berr == nil && mb != nil {
			base = mb.Plan
		} else if berr != nil {
			fmt.Fprintln(stdout, tr(lang,
				fmt.Sprintf("de basis in %s is onleesbaar; er wordt zonder basis samengevoegd", *in),
				fmt.Sprintf("the base in %s cannot be read; merging without a base", *in)))
		}
	}
	doc.Close()
	if err != nil {
		return err
	}

	ctx, cancel := context.WithTimeout(context.Background(), dbTimeout)
	defer cancel()
	s, err := pgstore.Open(ctx, *db, pgstore.Options{})
	if err != nil {
		return err
	}
	defer s.Close()
	names := []string{tr(lang, "database", "database"), filepath.Base(*in)}
	for attempt := 0; ; attempt++ {
		theirs, err := s.Load(ctx, mine.ID)
		var pe *pgstore.Error
		if errors.As(err, &pe) && pe.Reason == "not_found" && *school != "" {
			c, err := s.Create(ctx, *school, mine)
			if err != nil {
				return err
			}
			fmt.Fprintln(stdout, tr(lang,
				fmt.Sprintf("plan %q staat nu in de database (school %s, revisie %d)", mine.Title, c.SchoolID, c.Revision),
				fmt.Sprintf("plan %q is now in the database (school %s, revision %d)", mine.Title, c.SchoolID, c.Revision)))
			return nil
		}
		if err != nil {
			return err
		}
		next := mine
		if !reflect.DeepEqual(theirs.Plan, base) {
			// The database changed since the checkout (or there is no
			// base): the merge decides.
			if base == nil {
				fmt.Fprintln(stdout, tr(lang,
					"het bestand heeft geen basis: elk verschil met de database telt als conflict",
					"the file has no base: every difference with the database counts as a conflict"))
			}
			merged, conflicts := merge.Merge(base, []*model.Plan{theirs.Plan, mine}, preferred)
			var open []string
			for _, c := range conflicts {
				if c.Resolved() {
					fmt.Fprintln(stdout, c.Message(lang, names))
				} else {
					open = append(open, c.Message(lang, names))
				}
			}
			if len(open) > 0 || merged == nil {
				fmt.Fprintln(stdout, tr(lang,
					"niets geschreven; los de conflicten op in het bestand, of kies met --prefer file of --prefer db",
					"nothing written; resolve the conflicts in the file, or choose with --prefer file or --prefer db"))
				return inputErr(open...)
			}
			next = merged
		}
		c, err := s.Save(ctx, theirs, next)
		var ce *pgstore.ConflictError
		if errors.As(err, &ce) && attempt < 5 {
			continue // saved by someone else between load and save: merge again
		}
		if err != nil {
			return err
		}
		fmt.Fprintln(stdout, tr(lang,
			fmt.Sprintf("plan %q gepubliceerd (school %s, revisie %d)", c.Plan.Title, c.SchoolID, c.Revision),
			fmt.Sprintf("plan %q published (school %s, revision %d)", c.Plan.Title, c.SchoolID, c.Revision)))
		return nil
	}
}
