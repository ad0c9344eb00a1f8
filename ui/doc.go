// Package ui is Balansplan's desktop application: the window in which a
// school director writes, checks and presents the school's ict policy plan.
// cmd/balansplan calls Run; nothing else here is meant for other packages.
//
// # Rooms
//
// The GUI is split by what a newcomer comes looking for, and by what each
// part needs to know. Only ui/shell knows the window (the Shell struct);
// every other package is given a small interface with just what it asks
// of the window, so it can be read, and tested, on its own:
//
//   - ui (this package) is only the entry point (Run, Options). It is the
//     one package that imports fyne.io/fyne/v2/app and so the GLFW driver
//     with its GL and X11 headers; everything below it builds and tests
//     with fyne's test driver, without a display and without those headers.
//   - ui/shell is the window: menus with their shortcuts, the sidebar and
//     the registry of screens, navigation (a finding to its subject, the
//     search field), undo and redo, the status line, and the file commands
//     (new plan wizard, open, open recent, save as, import and export; a
//     read-only plan is offered as a copy). It implements the interfaces
//     below; no other package imports it.
//   - ui/screens has one file per screen (Overzicht, School, Visie, ...,
//     Benchmark), each built from screens.Host: the document, texts,
//     editing and navigation, nothing of the window's own state.
//   - ui/form holds the record forms and the entity table, over
//     form.Editor, which ui/document.Document satisfies, and form.Host.
//   - ui/workshop is the workshop with the school team: the Workshop
//     screen, the turn-taking sessions (guided self-assessment, dot
//     voting), participants' copies and their merge, the answers import,
//     the presentation and the workshop report, over workshop.Host.
//   - ui/widgets holds the reusable widgets: Chart (the figures of
//     planning/chart drawn with canvas primitives, laid out again at every
//     size), TapCard, the layouts the screens share, and the presentation
//     theme (large type, light).
//   - ui/document is the document controller, plain Go: the open .balans
//     file (store.Doc), the plan as last written, its analysis
//     (planning.Analyse) and the undo and redo history.
//   - ui/internal/texts is the interface text in Dutch and English;
//     ui/internal/paths the file-name rules the file commands share;
//     ui/internal/uitest and ui/internal/golden serve the tests only;
//     ui/internal/hello and ui/internal/firstframe are the programs of
//     ui/firstframe.sh.
//
// Domain rules live in model and planning, not here: deleting an entity
// with its links (model.Plan.RemoveVision, RemoveInvestment), moving an
// investment to another bouwsteen (MoveInvestment), changing the period
// (SetPeriod), which investments are voted on (workshop.Candidates), the
// disagreement figure (chart.Disagreement), the merge base and the refusal
// of copies of another plan (model/merge), and the built-in reference
// figures (planning.BuiltinReference).
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
// too; typing in one field is one undo step. See ui/document and ui/form.
//
// # Screens
//
// A screen is a small struct with a build function that gets a
// screens.Host and returns an object with Content() and Refresh().
// ui/shell lists them in sidebar order (screens.Registry and the Workshop
// screen); the sidebar, the View menu with a shortcut for every screen
// (Ctrl+1..9, Ctrl+0, Ctrl+Shift+1..) and navigation to a finding's
// subject are all driven by that list. Screens are built the
// first time they are shown. After an edit the visible screen refreshes at
// once and the others when they are shown next.
//
// # Threading
//
// All widgets and the document are touched on fyne's goroutine only. The
// long jobs, writing the PDF of a large plan and the workshop report, run
// on a goroutine of their own behind the same progress dialog
// (Shell.RunExport), with the plan and analysis as they were when they
// started (they are never modified), and report progress and their end
// through fyne.Do. Form fields write after a short pause through a timer
// that also goes through fyne.Do.
//
// # Enter, and "opslaan…"
//
// Enter writes what was typed at once, on fyne's goroutine, before the key
// handler returns: in a one-line field through OnSubmitted, in a
// multi-line field (where Enter starts a new line) through form.Entry's
// TypedKey, which writes the text with its line break. The commit delay
// is for typing, not for Enter. Under the real driver a kill 50 ms after
// Enter used to lose a multi-line field's text, because the line break
// only restarted the 300 ms timer (ui/enterkill.sh reproduces it).
//
// The status line says "Opslaan…: <field>" from the keystroke that makes a
// valid value until its write returns, and then "Opgeslagen 14:03:27:
// <field>" (form.Pending.Watch, Shell.watchTyping): "opslaan…" is on screen
// for exactly as long as a kill would lose what was typed. We chose not to
// paint "opslaan…" during the write itself: that needs the write to wait
// for a frame (fyne paints after the event handlers of a tick) or to run
// on another goroutine, and either leaves a window, after the user
// pressed Enter, in which a kill loses the value, while an asynchronous
// commit would also let a second edit start from a plan the first has not
// yet written. Measured under Xvfb on a loaded machine, Enter to disk is
// 20 to 60 ms with key delivery and the polling sqlite3 included, so a
// label shown only during the write would flash for a frame or two.
//
// # Language
//
// The interface speaks Dutch unless the user chose English (the Taal menu,
// remembered in the preferences, or Options.Lang), and says "je" to its
// user. Its texts are the embedded translations in assets/translations
// (nl.json, en.json), looked up by key in the chosen language
// (ui/internal/texts); enum labels, validation messages and findings come
// in both languages from model and planning. The same files are registered
// with fyne's lang package for the words inside fyne's own dialogs; where
// fyne's dialog text is English only (the save dialog's "Overwrite?"), the
// shell asks its own question instead. The Help menu explains the Vier in
// balans model and every term on screen, in the app's own words.
//
// # Look
//
// The theme is widgets.AppTheme: fyne's default theme with colours whose
// every text meets WCAG AA (4.5:1, checked by a test that computes the
// contrast of each pair), light, dark or the system's as chosen in the
// View menu, with a text size (Ctrl+plus, Ctrl+minus); both are remembered
// in the preferences. The presentation is always light (LargeTheme).
// Charts are drawn on white paper because their palette (shared with the
// PDF) is made for it.
//
// # Start-up
//
// The window is painted first; the plan is read and analysed on another
// goroutine once the first frame is drawn and handed over with fyne.Do
// (Shell.Start). ui/firstframe.sh measures the first painted frame against
// a Fyne hello world (ui/internal/hello, polled by ui/internal/firstframe);
// the figures are in docs/performance.md.
//
// # Tests
//
// Every test runs with fyne's test driver, without a display: the shell's
// through a real Shell in a test window, the screens' and the workshop's
// through ui/internal/uitest, a stand-in window with a plan open in a
// fresh file. Goldens (testdata/*.xml) hold the widget tree of one screen,
// dialog or page each, never the whole window. When a change to what a
// screen shows is meant, write them anew and look at the diff before
// committing it:
//
//	go test ./ui/... -update
//
// fyne's test app is global state (its settings, the current app), so
// tests that build windows do not run in parallel; tests of plain Go
// (ui/document, ui/internal/texts) do, with t.Parallel().
//
// ui/smoke.sh starts the real binary under Xvfb and measures start-up;
// ui/enterkill.sh types into the vision form of the real binary, presses
// Enter, kills it 50 ms later and checks the file with sqlite3.
package ui
