// Package ui is Balansplan's desktop application: the window in which a
// school director writes, checks and presents the school's ict policy plan.
// cmd/balansplan calls Run; nothing else here is meant for other packages.
//
// # Structure
//
// The package itself is only the entry point (Run, Options). It is the one
// package that imports fyne.io/fyne/v2/app and so the GLFW driver with its
// GL and X11 headers; everything below it builds and tests with fyne's test
// driver, without a display and without those headers.
//
//   - ui/document is the document controller, plain Go: the open .balans
//     file (store.Doc), the plan as last written, its analysis
//     (planning.Analyse) and the undo and redo history.
//   - ui/shell is the main window: menus with their shortcuts, the sidebar,
//     the registry of screens, the forms, file handling (new plan wizard,
//     open, open recent, save as, import and export; a read-only plan is
//     offered as a copy, saved elsewhere and opened instead, while the
//     original is only read) and one file per screen (screen_*.go).
//   - ui/widgets holds the custom widgets: Chart, which draws the figures
//     of planning/chart (radar, balance matrix, route, budget bars,
//     timeline) with canvas primitives and lays them out again at every
//     size, and TapCard.
//
// # The edit cycle and undo
//
// A committed plan is never changed. Every edit clones it, changes the
// clone, validates it and, when it is valid, writes the difference to the
// file at once (store.Doc.Commit(prev, next)); then the analysis is
// recomputed and the screens are told. There is no Save: killing the
// program loses at most what was being typed. An invalid value never
// reaches the file: forms try each keystroke on a copy (Document.Try) and
// show Validate's message, in the user's language, under the field. Undo
// commits after -> before, redo before -> after, so they reach the file
// too; typing in one field is one undo step. See ui/document.
//
// # Screens
//
// A screen is a small struct with a build function that gets the shell
// (its state: document, language, navigation) and returns an object with
// content() and refresh(). registry() in ui/shell lists them in sidebar
// order; the sidebar, the View menu with Ctrl+1..9 and navigation to a
// finding's subject are all driven by it. Screens are built the first time
// they are shown. After an edit the visible screen refreshes at once and
// the others when they are shown next.
//
// # Threading
//
// All widgets and the document are touched on fyne's goroutine only. The
// long jobs, writing the PDF of a large plan and the workshop report, run
// on a goroutine of their own behind the same progress dialog
// (runExport in ui/shell), with the plan and analysis as they were when
// they started (they are never modified), and report progress and their
// end through fyne.Do.
// Form fields write after a short pause through a timer that also goes
// through fyne.Do.
//
// # Language
//
// The interface speaks Dutch unless the user chose English (the Taal menu,
// remembered in the preferences, or Options.Lang). Its texts are the
// embedded translations in assets/translations (nl.json, en.json), looked
// up by key in the chosen language; enum labels, validation messages and
// findings come in both languages from model and planning. The same files
// are registered with fyne's lang package for the words inside fyne's own
// dialogs. Light and dark follow the system through fyne's default theme;
// charts are drawn on white paper because their palette (shared with the
// PDF) is made for it.
package ui
