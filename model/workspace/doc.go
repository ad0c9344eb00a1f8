// Package workspace reads a school board's plans: a folder (or a list) of
// .balans files that the board's schools sent in, each read through a copy
// so that the board never writes where the schools' files lie.
//
// # Copies, never the originals
//
// A board keeps its schools' plans on a network share or in a sync folder
// (OneDrive, Dropbox, Google Drive, a NAS). SQLite's own advice is not to
// open a database over a network file system: its locks may not work
// there, and a sync client that uploads, downloads or renames the file
// while SQLite writes it, or writes its -wal, -shm or -journal files beside
// it, leaves a damaged or half-synchronised database and conflict copies.
// Even a read-only SQLite open of a file in WAL mode may create the -shm
// index beside it. So the board never lets SQLite near the originals: each
// file is opened with os.Open (read only, no lock), copied byte for byte
// into a private folder in the system's temporary folder, and only that
// copy is opened, read-only, through model/store. The originals keep their
// bytes, their times and their folder: no -wal, -shm, -journal or lock
// marker ever appears beside them.
//
// A plan that a Balansplan window has open right now is in WAL mode, with
// its saved edits partly in the -wal file beside it; an interrupted save
// leaves a -journal. The copy takes those side files too, and the copy (not
// the original) is then repaired (store.Repair): the log's saved edits are
// moved into the copy, or the interrupted save is undone, so the board
// reads the last saved state. The file and its side files are copied again
// (at most three times) when their size or time changed while they were
// copied; a file that keeps changing is reported as in use. A change within
// the file system's time resolution with the same size can slip through;
// store's integrity check then refuses a copy that does not hold together.
//
// # Every file is checked, and the rest is still read
//
// Each file gets one Problem when it cannot be counted: not a plan (another
// kind of file, another program's SQLite database, an empty file), made by
// a newer Balansplan, damaged, holding a plan that does not pass
// model.Validate, or unreadable (no permission, gone, a link loop, always
// changing). Problem.Text is one line in Dutch and English that names the
// file, says what is wrong and what to do; the kind comes from store's
// classification (store.FileError and its Reason), so the board and the
// app judge a file alike. The other files are read all the same.
//
// In a folder, only the files whose name ends in .balans (any case) are
// plan files. Hidden files (a name starting with a dot, such as the
// ._x.balans files a Mac leaves on a network share) and files of other
// kinds (the PDFs beside the plans) are skipped and listed
// (Result.Skipped), not reported as problems. The files kept beside an open
// plan (its -wal, -shm and -journal, store's .~lock marker) belong to that
// plan and are not listed; sub-folders are not entered.
//
// # Streaming
//
// A board of 200 schools with large plans does not fit in memory as 200
// plans, and need not: Read hands each plan, as it is loaded and validated,
// to a function that keeps what the board needs of it (planning/board's
// per-school summary) and drops the plan. At most one plan per worker is
// alive at a time. The workers (by default as many as the machine has
// cores) run the function at the same time, each on its own plan, so it
// must not share state without a lock; the results come back in the order
// of the paths, whatever the order they finished in.
//
// GORM and SQLite are reached only through model/store.
package workspace
