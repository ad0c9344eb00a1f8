package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"balansplan/cmd/internal/desktop"
	"balansplan/model"
	"balansplan/ui"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stderr, ui.Run))
}

// run is the program without its process; open is ui.Run, which tests
// replace to see what it is given without opening a window.
func run(args []string, stderr io.Writer, open func(ui.Options) error) int {
	lang := desktop.EnvLang()
	opts, err := desktop.Parse(args)
	if err != nil {
		var ue *desktop.UsageError
		if errors.As(err, &ue) {
			fmt.Fprintf(stderr, "balansplan: %s\n", ue.Message(lang))
		}
		if lang == model.EN {
			fmt.Fprintln(stderr, "Usage: balansplan [PLAN.balans] [--lang nl|en]    (balansplan help lists the subcommands)")
		} else {
			fmt.Fprintln(stderr, "Gebruik: balansplan [PLAN.balans] [--lang nl|en]    (balansplan help toont de subcommando's)")
		}
		return 2
	}
	if opts.Lang != "" {
		lang = opts.Lang
	}
	if err := open(ui.Options{Path: opts.Path, Lang: opts.Lang}); err != nil {
		var m interface{ Message(model.Lang) string }
		if errors.As(err, &m) {
			fmt.Fprintf(stderr, "balansplan: %s\n", m.Message(lang))
		} else {
			fmt.Fprintf(stderr, "balansplan: %v\n", err)
		}
		return 1
	}
	return 0
}
