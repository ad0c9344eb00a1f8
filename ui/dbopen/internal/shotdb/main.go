// Command shotdb fills a throwaway board database for the screenshots of
// docs/img/db-*.png (ui/dbopen/shots.sh): school 12AB with the demo plan,
// a director (jansen) and a consultant (adviseur), and a few edits by
// each, so that "Recente wijzigingen" has something to show. With
// "conflict" it only changes the plan's title as the consultant, so that
// the app's next change of the title meets it.
//
//	go run ./ui/dbopen/internal/shotdb SUPERUSER-URL [conflict]
package main

import (
	"bytes"
	"context"
	"fmt"
	"net/url"
	"os"
	"time"

	"balansplan/assets"
	"balansplan/model"
	"balansplan/model/pgstore"
)

func main() {
	do := run
	if len(os.Args) > 2 && os.Args[2] == "conflict" {
		do = conflict
	}
	if err := do(os.Args[1]); err != nil {
		fmt.Fprintln(os.Stderr, "shotdb:", err)
		os.Exit(1)
	}
}

func as(raw, user string) string {
	u, _ := url.Parse(raw)
	u.User = url.User(user)
	return u.String()
}

func run(super string) error {
	ctx := context.Background()
	if _, err := pgstore.Init(ctx, super); err != nil {
		return err
	}
	a, err := pgstore.OpenAdmin(ctx, super)
	if err != nil {
		return err
	}
	defer a.Close()
	if err := a.AddSchool(ctx, "bestuur-example", "12AB", "De Regenboog"); err != nil {
		return err
	}
	if err := a.AddSchool(ctx, "bestuur-example", "34CD", "De Linde"); err != nil {
		return err
	}
	for _, g := range []pgstore.Grant{
		{User: "jansen", Role: "director", Board: "bestuur-example", School: "12AB"},
		{User: "adviseur", Role: "consultant", Board: "bestuur-example", School: "12AB", Expires: time.Now().AddDate(0, 1, 0)},
		{User: "linde", Role: "director", Board: "bestuur-example", School: "34CD"},
	} {
		if err := a.AddLogin(ctx, g.User, ""); err != nil {
			return err
		}
		if err := a.AddGrant(ctx, g); err != nil {
			return err
		}
	}
	p, problems := model.DecodeJSON(bytes.NewReader(assets.DemoPlan))
	if len(problems) > 0 {
		return problems
	}
	p.Status = model.StatusConcept
	jansen, err := pgstore.Open(ctx, as(super, "jansen"), pgstore.Options{})
	if err != nil {
		return err
	}
	defer jansen.Close()
	co, err := jansen.Create(ctx, "12AB", p)
	if err != nil {
		return err
	}
	other := p.Clone()
	other.ID = model.NewID()
	other.School.Name = "De Linde"
	linde, err := pgstore.Open(ctx, as(super, "linde"), pgstore.Options{})
	if err != nil {
		return err
	}
	defer linde.Close()
	if _, err := linde.Create(ctx, "34CD", other); err != nil {
		return err
	}
	adviseur, err := pgstore.Open(ctx, as(super, "adviseur"), pgstore.Options{})
	if err != nil {
		return err
	}
	defer adviseur.Close()
	edits := []struct {
		who  *pgstore.Store
		edit func(*model.Plan)
	}{
		{jansen, func(p *model.Plan) { p.Title = "Ict-beleidsplan 2026-2030" }},
		{adviseur, func(p *model.Plan) {
			if len(p.Investments) > 0 {
				p.Investments[0].Title += " (herzien)"
			}
		}},
		{adviseur, func(p *model.Plan) {
			if len(p.Visions) > 0 {
				p.Visions[0].Title += " en samen"
			}
		}},
		{jansen, func(p *model.Plan) { p.Version = "0.3" }},
	}
	for _, e := range edits {
		cur, err := e.who.Load(ctx, co.Plan.ID)
		if err != nil {
			return err
		}
		next := cur.Plan.Clone()
		e.edit(next)
		if _, err := e.who.Save(ctx, cur, next); err != nil {
			return err
		}
	}
	return nil
}

// conflict saves another title as the consultant.
func conflict(super string) error {
	ctx := context.Background()
	st, err := pgstore.Open(ctx, as(super, "adviseur"), pgstore.Options{})
	if err != nil {
		return err
	}
	defer st.Close()
	plans, err := st.Plans(ctx, "12AB")
	if err != nil || len(plans) == 0 {
		return fmt.Errorf("no plan of 12AB: %v", err)
	}
	co, err := st.Load(ctx, plans[0].PlanID)
	if err != nil {
		return err
	}
	next := co.Plan.Clone()
	next.Title = "Ict-beleidsplan 2026-2030 van de Regenboog"
	_, err = st.Save(ctx, co, next)
	return err
}
