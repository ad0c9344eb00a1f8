// Package document holds the plan the user has open: the .balans file, the
// plan as last written to it, the analysis of that plan and the history of
// edits for undo and redo. It is plain Go (no fyne), so every rule about
// editing is tested without a window.
//
// # The edit cycle
//
// A committed plan is never changed in place. An edit clones the current
// plan, applies a change to the clone, validates the clone and, only when
// it is valid, writes the difference to the file at once
// (store.Doc.Commit(prev, next)). Then the analysis is recomputed and every
// listener hears about it. When validation or writing fails nothing
// changes: not the file, not the plan in memory, not the history.
//
// Because the file is written on every edit there is no "save": killing
// the program loses at most the edit that was being typed.
//
// # Undo and redo
//
// Each history step holds the plan before and after the edit. Undo commits
// after -> before, redo before -> after; both are ordinary commits to the
// file, so an undone edit is undone on disk too. Consecutive edits with the
// same merge key (typing in one field) fold into one step, so one undo
// takes back the whole word rather than its last letter. EditGroup folds
// however long the run takes: one participant's turn in a workshop, with
// every answer written at once, is one step.
//
// # Workshop copies
//
// SaveParticipantCopy writes a copy that remembers the plan it was made
// from (its merge base); ReadCopy reads such a copy back, base and all,
// for the shell's merge dialog. Neither changes the open file.
//
// # Threading
//
// A Document is not safe for concurrent use; the GUI calls it from its own
// goroutine only. Plans and analyses it hands out are never modified
// afterwards, so they may be passed to another goroutine (the PDF export)
// as they are.
package document
