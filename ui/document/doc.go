// Package document holds the plan the user has open: the .balans file, the
// plan as last written to it, the analysis of that plan and the history of
// edits for undo and redo. It is plain Go (no fyne), so every rule about
// editing is tested without a window.
//
// # The edit cycle
//
// A committed plan is never changed in place. An edit clones the current
// plan, applies a change to the clone, validates the clone and, only when
// it adds no problem, writes the difference to the file at once
// (store.Doc.Commit(prev, next)). Then the analysis is recomputed and every
// listener hears about it. When validation or writing fails nothing
// changes: not the file, not the plan in memory, not the history.
//
// # A plan with problems
//
// A file that another program changed can hold values Validate refuses
// (Problems). It opens as it is, and every edit that adds no problem is
// written, also while those values wait for a fix: the rule is the
// store's (store.NewProblems), and Try applies the same rule, so a form
// shows what the user's own value breaks and nothing that was wrong
// before. Fixing a value, or deleting what holds it, is an ordinary edit.
//
// Because the file is written on every edit there is no "save": killing
// the program loses at most the edit that was being typed.
//
// # Undo and redo
//
// Each history step holds the plan before and after the edit. Undo writes
// after -> before, redo before -> after (store.Doc.Restore, a commit that
// may also put back a value the file held when it was opened, so that the
// fix of a stored value can be undone); an undone edit is undone on disk
// too. Consecutive edits with the
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
