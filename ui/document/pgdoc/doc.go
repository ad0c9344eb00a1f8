// Package pgdoc puts a plan in a board database (model/pgstore) behind
// document.Store, so that the desktop app edits it as it edits a .balans
// file: every edit is saved at once, undo and redo are saves too.
//
// # Someone else saved first
//
// Every save starts from the revision the app last loaded or saved. When
// someone else saved in between, pgstore.SaveMerging merges the three
// plans (the one we started from, theirs, mine) with model/merge: fields
// only one side changed are taken without asking, and the document goes
// on from the merged plan (document.Shared). Where both changed one field
// differently nothing is written, the edit is refused with a
// *ConflictError, and OnConflict hears of it: the app (ui/dbopen) shows
// each conflict with "mijn waarde" and "hun waarde", and Resolve saves the
// user's choice. Nothing is ever overwritten without a choice.
//
// # Copies
//
// Save as and a participant's copy write a .balans file (model/store) of
// the plan as stored; after Save as the document goes on in that file.
//
// No password passes through this package: the caller opens the
// pgstore.Store and hands it over; Close closes it.
package pgdoc
