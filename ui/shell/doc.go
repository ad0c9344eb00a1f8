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
// filterable (the search field, Ctrl+F); those that list entities beside a
// form of the chosen one (visions, investments, participants) embed
// listAndForm, which keeps a choice across edits.
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
// # Workshop
//
// The Workshop screen (screen_workshop.go, and the Workshop menu) is where
// a consultant runs a workshop with the school team. Its parts:
//
//   - A guided self-assessment in turns on one laptop (workshop_guided.go):
//     each participant gives a name and a role, then answers the
//     statements of the current question set (assets, parsed by
//     planning/workshop) one bouwsteen a page, now and goal, on a scale
//     widget that takes the keys 1 to 5 and 0 for "weet niet"
//     (workshop_scale.go). The assessment is added when the turn starts,
//     with the set's version; every answer is written at once with the
//     bouwsteen scores rolled up by workshop.Rollup, and a whole turn is
//     one undo step (Document.EditGroup). The Zelfevaluatie screen shows
//     such scores read-only, with how many answers and which set they
//     came from, so that they keep agreeing with the answers.
//   - A dot-voting round in turns (voting.go): each participant spreads at
//     most plan.VoteBudget points over the investments that are neither
//     cancelled nor finished; points are written as they are given, and
//     the ranking (workshop.Tally) is shown at the end, on the Workshop
//     screen and in the presentation.
//   - While a round runs it is a session (workshop_session.go) that has
//     the window to itself: no sidebar, no screens, a menu with only "end
//     session", undo and redo off. That is how "earlier answers are
//     hidden from the next participant" is kept: each turn starts on blank
//     pages and ends on a page that shows nothing of what was answered.
//   - Several laptops (workshop_files.go): "Kopie voor deelnemer maken"
//     writes a copy that records its merge base (Document.
//     SaveParticipantCopy); "Kopieën samenvoegen" reads copies
//     (document.ReadCopy), merges them with the open plan as the first
//     copy (three-way when they share a base, else two-way), lists every
//     conflict with a choice per conflict (merge.MergeChoosing, keyed by
//     Conflict.Key) or one copy for all, and writes the result as one
//     edit once every conflict is decided and the result validates.
//   - Answers from a spreadsheet (workshop_files.go): a CSV read by
//     model/answers, by column name or with a mapping file. The dialog
//     lists each bad row with its message and a check box to skip it;
//     Import is enabled only when nothing is wrong with the file itself
//     and every bad row is skipped on purpose. The import is one edit.
//   - The presentation (presentation.go): a window of its own, full
//     screen, in a theme with about twice the type and the light variant.
//     Arrow keys, Page Up/Down, space, Home and End step through the
//     slides, Esc closes. Slides: title and who took part, the team's radar
//     with an outline per role and the spread, a radar per role, where
//     leaders and teachers disagree (a dumbbell figure drawn here from
//     workshop.Blocks, red where planning reports assessment_divergence),
//     the balance matrix, the route, the findings three a slide and, once
//     there are votes, the ranking. Charts are laid out for the size they
//     get on the slide; planning/chart sizes their texts relative to it,
//     so they grow with the slide.
//   - The workshop report (Ctrl+Shift+E): export.ExportWorkshopPDF on a
//     goroutine with the same progress dialog as the plan's PDF.
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
