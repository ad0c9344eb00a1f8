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
// # Where the plan is kept (store.go)
//
// A Document holds its plan through the small interface Store: the
// .balans file (store.Doc, Create and Open) or a plan in a board database
// (ui/document/pgdoc, opened with OpenStore under a name such as
// "bestuur.example / BRIN 12AB"; such a document has no Path). The rest
// of the app never learns which it has. A database is written by others
// too: a Store that is also Shared may store an edit merged with someone
// else's save, and the document then goes on from what was stored
// (Stored), not from what it asked to write. An edit that met someone
// else's change of the same field is refused by the store; once the user
// has chosen, the store saves the choice and Adopt makes it the plan, as
// one step of the history.
//
// # What an edit touched
//
// A form calls Try on every keystroke, and an edit validates its result
// before it writes it; on the large plan a whole validation was most of
// what typing cost (issue 14). So Try first compares the clone with the
// plan (touchedBy: the plan's own fields, then every entity, field by
// field; a test changes every field there is and checks it is seen). When
// the plan has no problem and the change kept to one vision, investment,
// agreement or self-assessment, without changing its id, its code or its
// dependencies, the result has exactly the problems of a plan cut down to
// that entity and what its checks read (cutDown says why), and only that
// small plan is validated. Anything else is validated whole. A test holds
// the answer to the whole validation over thousands of random edits of
// the large plan; and the store validates every plan it writes in full, so
// no mistake here could put a wrong plan in the file. The plan's own
// problems after a write are the store's (store.Doc.ProblemsOf), not a
// second validation.
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
