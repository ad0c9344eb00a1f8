// Package shell is Balansplan's main window: menus and shortcuts, the
// sidebar with the registry of screens, the forms that edit the plan, and
// the file commands. It uses fyne's widgets but not fyne's desktop driver,
// so its tests run with fyne.io/fyne/v2/test and no display; package ui
// creates the real app and window and hands them to New.
//
// # Screens
//
// Each screen is a struct built by a function of the Shell (newOverview,
// newInvestmentsScreen, ...) with content() and refresh(); registry() lists
// them in sidebar order. The sidebar, the View menu (Ctrl+1..9) and
// openSubject, which takes a finding or an overview item to the vision,
// investment or screen it is about, all go through the registry. Screens
// that list entities also implement selecter (open an entity by code) and
// filterable (the search field, Ctrl+F).
//
// # Forms
//
// A form binds inputs to fields of one entity, found by its ID in each
// version of the plan. A text field tries every keystroke on a copy of the
// plan and shows what Validate says about it beside the field; a valid
// value is written after DefaultCommitDelay, on Enter, when the field loses
// the focus, or before any other command (Shell.flush), as one undo step
// per field (Document.EditMerge). Choices and check boxes write at once.
// When the plan changes under a form (undo, another screen) the form shows
// the new values, but leaves alone a field whose own edit caused the
// change, so the cursor does not jump.
//
// # Rules
//
//   - Everything runs on fyne's goroutine; the PDF export's goroutine and
//     the commit timers come back through fyne.Do.
//   - Every text the user reads comes from assets/translations or, for
//     domain words and messages, from model and planning in the user's
//     language. texts_test.go checks that every key exists in both.
//   - The shell never writes the plan file itself; it asks the document.
package shell
