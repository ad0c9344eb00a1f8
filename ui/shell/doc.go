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
// (workshop.Workshop.Screen). The sidebar (one width on every screen,
// growing only with the text size), the View menu (a shortcut for every
// screen: Ctrl+1..9, Ctrl+0, then Ctrl+Shift+1..) and
// OpenSubject, which takes a finding or an overview item to the vision,
// investment or screen it is about, all go through it. Screens are built
// the first time they are shown; after an edit the visible one refreshes
// at once and the others when they are shown next. Screens that list
// entities implement screens.Selecter (open an entity by code),
// screens.Filterable (the search field, Ctrl+F) and screens.Deleter (the
// Delete key, when nothing has the focus). Enter in the search field opens
// the entity whose code, title, text or description has the word, else
// the agreements that have it, else the board chapter's screen that has
// it (screens.BoardTextScreen), narrowed to the risks, inventory lines
// and tasks with the word.
//
// The File menu also opens plans that do not come from one .balans file:
// "Bestuursmap openen…" shows the board window of a folder of plans
// (ui/board, read as copies), "Openen uit database…" a plan from a board's
// PostgreSQL database (ui/dbopen; the document then holds a pgdoc store
// instead of the file, and a clash with someone else's save asks which
// value stays), and "Recente wijzigingen…" that database plan's history.
// "Volgend plan starten…" (nextplan.go) writes the next plan of the open
// one into a new file (planning.NextPlan, store.Create) and offers to
// open it; it never replaces an existing file.
//
// After an export the status line names the file, with "PDF openen" and
// "Map tonen" beside it: the system's opener (fyne's App.OpenURL, which
// starts xdg-open and does not wait; Config.Open in tests).
//
// The screen scrolls inside the window when it needs more room than the
// window gives, so the window works down to 1024x640 (MinWindow), the
// screen of a school laptop; it starts at the size it had when it was last
// closed, else at that size. Every screen fits that window without
// scrolling sideways (TestEveryScreenFitsBesideTheSidebarAt1024x640).
//
// # Look, text size and help (menu.go, help.go)
//
// View > Uiterlijk (Licht, Donker, Systeem) and the text size (Ctrl+plus,
// Ctrl+minus) set widgets.AppTheme on the app and are remembered in the
// preferences. Help opens the model and the glossary in windows of their
// own, their text Markdown from the translations.
//
// # Start-up
//
// Start returns at once: the first plan is read and analysed on another
// goroutine after the window's first frame (paintMark) and handed over
// with fyne.Do; meanwhile the status line says it is being opened. A plan
// that arrives after the user opened another is dropped.
//
// # Typed values, undo and redo
//
// The shell keeps the window's form.Pending: before any command it writes
// what was typed and is valid (flush); before undo it drops what does not
// validate. The status line says "Opslaan…" while a typed value waits to
// be written and "Opgeslagen HH:MM:SS" once it is (see ui's doc, "Enter,
// and opslaan…"). Undo and redo are off while a workshop session has the window.
//
// # An adopted plan (issue 15)
//
// The Editor the shell hands to forms and uses for Edit is the document
// wrapped in form.Revising: the first edit of an adopted plan's content
// starts a new concept version on top of the adopted one, dated by
// Config.Now, in the same commit and undo step, and its label says so
// ("titel van het plan gewijzigd; nieuwe conceptversie 0.10 gestart op
// basis van vastgestelde versie 0.9"). The status line shows that label
// also for a typed value (watchTyping takes the write's longer label).
// The workshop's answers (EditGroup) are self-assessments and start none.
//
// # Files (files.go, export.go, wizard.go)
//
// Open, open recent, new plan (the wizard), save as, import and export.
// There is no Save: every edit is written as it is made, so Ctrl+S only
// writes what is being typed and says so; Save as is Ctrl+Shift+S and
// Ctrl+Q quits. The wizard asks both axes of the balance, onderwijsvorm
// and leermateriaal, now and as goal. fyne's save dialog asks
// "Overwrite?" in English only, so while it is open the file repository
// reports no existing file (lazyFileRepo.Exists) and the shell asks in
// the user's language (confirmReplace). The PDF is dated with the plan's
// date or else the day of the export (Config.Now, export.ExportPDFOn).
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
