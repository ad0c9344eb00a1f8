package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"

	"balansplan/assets"
	"balansplan/cmd/internal/desktop"
	"balansplan/model"
	"balansplan/ui"
	"balansplan/ui/crash"
)

func main() {
	stampMetadata()
	os.Exit(run(os.Args[1:], os.Stderr, withSafetyNet(ui.Run, os.Stderr)))
}

// stampMetadata tells fyne who the app is, as `fyne package` would: the
// version (the one make release stamped in, cmd/internal/desktop) for the
// About dialog, the build in Custom["build"], and the icon for what the
// system shows outside the window (notifications).
func stampMetadata() {
	app.SetMetadata(fyne.AppMetadata{
		ID:      ui.AppID,
		Name:    "Balansplan",
		Version: desktop.Version(),
		Build:   1,
		Icon:    fyne.NewStaticResource("icon.png", assets.Icon),
		Custom:  map[string]string{"build": desktop.Build()},
	})
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

// testPanic is set only in a build with the crashtest tag
// (panic_crashtest.go): the crash test's way to make the real program
// panic. Release builds have no such trigger.
var testPanic func()

// withSafetyNet wraps open in the crash net (package ui/crash): a crash
// file is open for the runtime while the window is, and is removed again
// on a clean exit; a crash left by the previous run is offered once the
// window is up. A net that cannot be set up (a storage folder that cannot
// be written) is said on stderr and the app starts without it.
func withSafetyNet(open func(ui.Options) error, stderr io.Writer) func(ui.Options) error {
	return func(opts ui.Options) error {
		dir, err := crash.Dir(ui.AppID)
		var net *crash.Net
		if err == nil {
			net, err = crash.Install(dir, crash.Info{Version: desktop.Version(), Build: desktop.Build()}, time.Now())
		}
		lang := opts.Lang
		if lang == "" {
			lang = desktop.EnvLang()
		}
		if err != nil {
			if lang == model.EN {
				fmt.Fprintf(stderr, "balansplan: no crash reports this time (%v); the app starts without them\n", err)
			} else {
				fmt.Fprintf(stderr, "balansplan: deze keer geen crashverslagen (%v); het programma start zonder\n", err)
			}
		}
		if testPanic != nil {
			testPanic()
		}
		// The shell offers a crash left by the previous run when its
		// window starts (ui/crash.OfferAtStart in ui/shell).
		err = open(opts)
		if net != nil {
			net.Close()
		}
		return err
	}
}
