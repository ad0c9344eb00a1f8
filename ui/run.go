package ui

import (
	"fmt"
	"os"
	"os/signal"
	"runtime"
	"syscall"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"

	"balansplan/model"
	"balansplan/ui/shell"
)

// AppID is the application's unique ID; fyne keeps the preferences under
// it.
const AppID = "nl.balansplan.app"

// Options are what the command line tells the GUI.
type Options struct {
	// Path is the plan file to open (balansplan PLAN.balans). Empty opens
	// the plan used last, or on the very first start offers the demo plan.
	Path string
	// Lang is the language of the interface: model.NL or model.EN. Empty
	// means the language the user chose last time, else Dutch.
	Lang model.Lang
}

// Run opens the main window and returns when the user closes it. It needs
// a display; everything else the binary does (the subcommands) does not,
// and package ui is the only one that pulls in fyne's desktop driver.
//
// Every edit is written to the plan file as it is made, so Run has nothing
// to save on the way out.
func Run(opts Options) (err error) {
	if err := displayAvailable(); err != nil {
		return err
	}
	// fyne's desktop driver panics when the display it was promised cannot
	// be opened (a DISPLAY that names no running X server). Say so instead;
	// a panic once the window is up is a bug, not a missing display.
	started := false
	defer func() {
		if r := recover(); r != nil {
			err = startPanic(r, started)
		}
	}()
	a := app.NewWithID(AppID)
	l, ok := model.ParseLang(string(opts.Lang))
	if !ok {
		l = shell.PreferredLang(a.Preferences())
	}
	// fyne's own widgets (file dialogs) take their language from the
	// environment; on Linux and the BSDs LANGUAGE names it, so they follow
	// the user's choice too. Elsewhere they follow the system.
	os.Setenv("LANGUAGE", string(l))
	if err := shell.RegisterFyneTranslations(); err != nil {
		fyne.LogError("translations", err)
	}
	w := a.NewWindow("Balansplan")
	// The size it had last time, else one that fits a school laptop.
	w.Resize(shell.WindowSize(a.Preferences()))
	s, err := shell.New(a, w, shell.Config{Path: opts.Path, Lang: l, CommitDelay: shell.DefaultCommitDelay})
	if err != nil {
		return err
	}
	// Open the plan once the window is up, so that a dialog (a file that
	// cannot be opened, the demo offer) has a window to sit on.
	a.Lifecycle().SetOnStarted(func() {
		started = true
		s.Start()
	})
	// Quit from the menu or the system: write what was being typed.
	a.Lifecycle().SetOnStopped(s.Close)
	// A SIGTERM (logging out, a service manager, kill) or Ctrl+C in the
	// terminal closes the plan file as a quit does, so SQLite folds its
	// -wal log back in and removes -wal and -shm; without this the process
	// ends without closing and leaves them behind.
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, syscall.SIGTERM, os.Interrupt)
	defer signal.Stop(sig)
	go closeOnSignal(sig, fyne.Do, s.Close, a.Quit)
	w.ShowAndRun()
	return nil
}

// closeOnSignal waits for a signal and then, on fyne's goroutine (do),
// closes the plan and quits the app.
func closeOnSignal(sig <-chan os.Signal, do func(func()), closePlan, quit func()) {
	if _, ok := <-sig; !ok {
		return
	}
	do(func() {
		closePlan()
		quit()
	})
}

// startPanic is what Run makes of a panic r from fyne's driver: before the
// app has started it means the display could not be opened; after that it
// is a bug, and it goes on as a panic rather than hide behind a wrong
// message about the display.
func startPanic(r any, started bool) error {
	if started {
		panic(r)
	}
	return &DisplayError{Detail: fmt.Sprint(r)}
}

// DisplayError says that the desktop application cannot open a window:
// there is no graphical session, or the one named cannot be reached.
type DisplayError struct {
	Detail string // what the driver said, for the curious
}

func (e *DisplayError) Error() string { return e.Message(model.NL) }

// Message is the explanation for the user in language l.
func (e *DisplayError) Message(l model.Lang) string {
	if l == model.EN {
		return "Balansplan cannot open a window: no graphical display was found. " +
			"Start it from a desktop session, or use a subcommand (balansplan help) that needs no display."
	}
	return "Balansplan kan geen venster openen: er is geen grafisch beeldscherm gevonden. " +
		"Start het vanuit een bureaubladsessie, of gebruik een subcommando (balansplan help) dat geen beeldscherm nodig heeft."
}

// displayAvailable checks, where X11 or Wayland is the only way to a
// screen, that the environment names one; on other systems the driver
// finds the screen itself.
func displayAvailable() error {
	switch runtime.GOOS {
	case "linux", "freebsd", "openbsd", "netbsd", "dragonfly":
		if os.Getenv("DISPLAY") == "" && os.Getenv("WAYLAND_DISPLAY") == "" {
			return &DisplayError{Detail: "neither DISPLAY nor WAYLAND_DISPLAY is set"}
		}
	}
	return nil
}
