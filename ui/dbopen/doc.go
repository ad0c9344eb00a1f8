// Package dbopen opens a plan from a board database (model/pgstore,
// issue 17) in the desktop app: the connection dialog, the list of the
// plans the user may see, the dialog that settles a conflict with someone
// else's save, and the "Recente wijzigingen" view of the audit history.
// The plan itself is edited as any other: a document.Document over a
// pgdoc.DB, so the screens never know where it lives.
//
// # The connection
//
// Server (a host name, or the folder of a Unix socket), port, database
// and user are remembered in the app's preferences; the password is asked
// each time, sent to the server and forgotten: it is never stored, and
// the dialog says so. Who the user is, and so which schools and plans
// they see, is decided by the database (row-level security): the list
// shows what the server returns, nothing else. Connect is the same dialog
// for a window that reads the database itself (the board window of
// ui/board): it hands over the open store instead of listing plans.
//
// # Conflicts
//
// pgdoc merges a save that meets someone else's by itself where the two
// touched different fields. Where both changed one field, the edit is
// refused (the shell shows why) and the conflict dialog lists each field
// with "mijn waarde" and "hun waarde"; the user's choice is saved
// (pgdoc.DB.Resolve) and becomes one step of the undo history
// (document.Document.Adopt). Cancel saves nothing: the other person's
// values stay, and the user's are lost only as the refused edit was.
//
// # Rules
//
// Connecting and loading a plan run in the background and come back
// through fyne.Do, so a slow network does not freeze the window; a save
// (an edit, an undo, a conflict's choice) runs on fyne's goroutine, as a
// file's does, bounded by pgdoc.Timeout. Every text is in
// assets/translations, keys db.*; the dialogs fit a 1024x640 window
// (docs/img/db-*.png, made by shots.sh).
package dbopen
