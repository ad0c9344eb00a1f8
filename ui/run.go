package ui

import (
	"os"

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
func Run(opts Options) error {
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
	w.Resize(fyne.NewSize(1280, 800))
	s, err := shell.New(a, w, shell.Config{Path: opts.Path, Lang: l, CommitDelay: shell.DefaultCommitDelay})
	if err != nil {
		return err
	}
	// Open the plan once the window is up, so that a dialog (a file that
	// cannot be opened, the demo offer) has a window to sit on.
	a.Lifecycle().SetOnStarted(s.Start)
	// Quit from the menu or the system: write what was being typed.
	a.Lifecycle().SetOnStopped(s.Close)
	w.ShowAndRun()
	return nil
}
