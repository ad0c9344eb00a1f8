// Package shell is Balansplan's main window: menus and shortcuts, the
// sidebar with the registry of screens, navigation, undo and redo, the
// status line and the file commands. It is the only package that knows
// the window's state (the Shell struct); the screens (ui/screens), the
// forms (ui/form) and the workshop (ui/workshop) get it as the small Host
// interface each of them declares, which Shell implements. It uses fyne's
// widgets but not fyne's desktop driver, so its tests run with
// fyne.io/fyne/v2/test and no display; package ui creates the real app
// and window and hands them to New.
//
// # Screens and navigation
//
// The registry is screens.Registry followed by the Workshop screen
// (workshop.Workshop.Screen). The sidebar, the View menu (Ctrl+1..9) and
// OpenSubject, which takes a finding or an overview item to the vision,
// investment or screen it is about, all go through it. Screens are built
// the first time they are shown; after an edit the visible one refreshes
// at once and the others when they are shown next. Screens that list
// entities implement screens.Selecter (open an entity by code) and
// screens.Filterable (the search field, Ctrl+F).
//
// # Typed values, undo and redo
//
// The shell keeps the window's form.Pending: before any command it writes
// what was typed and is valid (flush); before undo it drops what does not
// validate. Undo and redo are off while a workshop session has the window.
//
// # Files (files.go, export.go, wizard.go)
//
// Open, open recent, new plan (the wizard), save as, import and export.
// A read-only plan is offered as a copy, saved elsewhere and opened
// instead, while the original is only read. The save dialog only names a
// file: whoever writes it replaces an existing one, and only once the new
// one is written (the exports and save as rename a finished file into
// place; a new plan moves the old file aside and puts it back on failure),
// so a failed export leaves the old file as it was. The JSON export is
// export.WriteJSON's. The long exports run on a goroutine of their own
// behind one progress dialog (RunExport).
//
// # Rules
//
//   - Everything runs on fyne's goroutine; the export goroutines and the
//     commit timers come back through fyne.Do.
//   - Every text the user reads comes from assets/translations (package
//     ui/internal/texts) or, for domain words and messages, from model and
//     planning in the user's language; an error shows its own sentence
//     (texts.ErrorText), never only Go's.
//   - The shell never writes the plan file itself; it asks the document.
package shell
