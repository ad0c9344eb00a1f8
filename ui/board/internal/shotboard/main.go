// Command shotboard fills a throwaway board database for the screenshot
// docs/img/board-db.png (ui/board/dbshots.sh): De Akker, de Brug and De
// Cirkel of the board's hand-made schools (planning/board/boardtest) under
// board "proef", Sint Jozef (04DD) under another board, and a board
// member "bestuur" of "proef" who logs in without a password (the
// throwaway server trusts its socket).
//
//	go run ./ui/board/internal/shotboard SUPERUSER-URL
package main

import (
	"context"
	"fmt"
	"net/url"
	"os"

	"balansplan/model/pgstore"
	"balansplan/model/pgstore/pgtest"
	"balansplan/planning/board/boardtest"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: shotboard SUPERUSER-URL")
		os.Exit(2)
	}
	if err := run(os.Args[1]); err != nil {
		fmt.Fprintln(os.Stderr, "shotboard:", err)
		os.Exit(1)
	}
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
	five := boardtest.Five()
	boards := map[string]string{}
	for i, p := range five[:4] {
		b := "proef"
		if i == 3 {
			b = "ander"
		}
		boards[p.School.BRIN] = b
		if err := a.AddSchool(ctx, b, p.School.BRIN, p.School.Name); err != nil {
			return err
		}
	}
	for _, g := range []pgstore.Grant{{User: "bestuur", Role: "board", Board: "proef"}, {User: "ander", Role: "board", Board: "ander"}} {
		if err := a.AddLogin(ctx, g.User, ""); err != nil {
			return err
		}
		if err := a.AddGrant(ctx, g); err != nil {
			return err
		}
	}
	for _, p := range five[:4] {
		u, _ := url.Parse(super)
		u.User = url.User(map[string]string{"proef": "bestuur", "ander": "ander"}[boards[p.School.BRIN]])
		st, err := pgstore.Open(ctx, u.String(), pgstore.Options{})
		if err != nil {
			return err
		}
		q, err := pgtest.WithUUIDs(p)
		if err == nil {
			_, err = st.Create(ctx, p.School.BRIN, q)
		}
		st.Close()
		if err != nil {
			return fmt.Errorf("%s: %w", p.School.Name, err)
		}
	}
	return nil
}
