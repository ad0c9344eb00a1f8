// Package form holds the record forms and the entity table of Balansplan's
// window: the widgets with which the user edits one vision, investment,
// agreement or the school's settings, and the sortable, searchable list
// beside them.
//
// # Forms
//
// A Form binds inputs to fields of one entity, found by its ID in each
// version of the plan. It edits through Editor, a small interface that
// ui/document.Document satisfies, and asks the window (Host) only for
// texts, the language, where to show an error and the window's Pending
// list. A text field tries every keystroke on a copy of the plan
// (Editor.Try) and shows what Validate says about it beside the field, in
// the user's language; a valid value is written after the commit delay, on
// Enter (also in a multi-line field, where Enter starts a new line and the
// text is written with it), when the field loses the focus, or before any
// other command (Pending.Flush), as one undo step per field
// (Editor.EditMerge). An invalid value is never written. Choices and check
// boxes write at once. Pending.Watch tells the window when a typed value
// starts waiting, is written or is dropped, for its status line.
//
// Explain puts a line under a field that says what its choices mean (the
// focus of a training). Checklist is the list of ict applications a
// participant uses at least weekly (Form.Applications in the assessment
// form, and the last page of a guided turn): it keeps "not asked" (nil)
// apart from "asked, none" (an empty list, "geen van deze").
// When the plan changes under a form (undo, another screen) the form shows
// the new values, but leaves alone a field whose own edit caused the
// change, so the cursor does not jump.
//
// # Nothing typed is lost
//
// Fields that depend on each other (start and end) are judged together:
// a field is tried with the other fields' valid typed values applied, and
// every field that did not validate is judged again whenever another
// field of the form changes or is written; one that has become valid is
// written at once (the end typed before its new start). A field's commit
// writes the form's other waiting values first, and a refresh leaves a
// waiting value alone. Typed input that cannot be saved stays in its
// field with its message; choosing another record in the list asks first
// (ListAndForm: back to the record, the highlighted answer, or throw the
// input away). A text over model.MaxTextLen characters (a long paste) is
// offered to be cut to the limit. A message names its field ("Titel:
// ontbreekt maar is verplicht").
//
// Form.Title names a record without a code in the undo menu ("risico 2")
// while problems are still matched by its reference ("#2"); Form.Typed
// hears every keystroke (the School screen's title counter).
//
// The list's TableWidget deletes the chosen entity on the Delete key,
// through the screen's delete, which asks first. Rows carry Search, the
// text beyond their cells that the search field finds them by
// (descriptions, a vision's text).
//
// # The entity table
//
// Table lists entities in columns whose headers sort them (codes as people
// read them: V2 before V10) and narrows to a search text. ListAndForm is
// the table with the form of the chosen entity beside it, which keeps the
// choice across edits and falls back to the first row, or a hint, when the
// chosen entity is gone.
//
// # An adopted plan (revise.go)
//
// Revising wraps an Editor with docs/lifecycle.md's rule: the first edit
// that changes an adopted plan's content starts a new concept version
// (model.Plan.StartRevision) in the same commit, and the edit's label says
// so. What happened to the plan (its status and versions, the adoption
// block, realisation, an investment's dated status short of cancelling
// it, evaluations, self-assessments) is not its content (ChangesContent),
// so recording it leaves the adopted version standing. Try is not
// wrapped: a revision adds no problem, and the keystroke path stays as
// cheap as it was.
//
// # Input formats
//
// format.go reads and writes amounts and numbers as a Dutch or English
// user types them ("6.000,50", "6,000.50"); an amount is shown back the
// way it is typed, with its thousands separator and both digits of the
// cents ("12.500,50").
package form
