// Package store keeps a plan in a .balans file: one plan per SQLite file,
// SQLite used as an application file format (like an office document),
// through GORM and mattn/go-sqlite3.
//
// # The file
//
// A .balans file is an SQLite 3 database whose header carries
// application_id 0x42414C53 ("BALS", ApplicationID) and, as user_version,
// the number of the last schema migration applied. A closed file is one
// self-contained file in rollback-journal mode; while a read-write Doc has
// it open it is in WAL mode, with its -wal and -shm files beside it. Its
// text is UTF-8 (SQLite's default); a file in UTF-16 was made by another
// program and is refused as one (ReasonForeignSQLite).
//
// # Reading
//
// Load reads the whole plan in one read transaction. The long lists
// (vision statements, investments, links, self-assessments, votes) come
// as packed rows, one text cell per row (packed.go): the driver's cost is
// per cell, and per-column cells made up most of a Load. The short lists
// and the plan row are read through GORM like everything that is written.
//
// # The schema
//
// migrations/0001_init.sql, 0002_workshop.sql, 0003_analysis.sql,
// 0004_board.sql, 0005_lifecycle.sql, 0006_themes.sql (the chosen
// themes, the theme marks and the maturity register, themes.go) and
// 0007_previous.sql (the link back, three columns of the plan row) are
// the schema and their comments are the reference. In
// short: plan (exactly one row: header, school, indicators, date, vote
// budget, the board chapters' blocks (proposal, adoption and council,
// privacy, review, the five narrative texts) and a revision counter),
// plan_authors, plan_signatories, budget_ceilings (year -> cents),
// visions (with their evaluation: indicator and month), vision_returns,
// investments (with the focus of a deskundigheid investment),
// investment_visions and investment_dependencies (the links), agreements,
// assessments (with the question set they used, and whether applications
// were recorded), assessment_scores (block, now, goal),
// assessment_answers (statement, now, goal), assessment_applications
// (position, application: an empty list is recorded, not missing), votes
// and vote_points (investment, points), the board chapters' lists
// inventory, responsibilities (the organisation of ict) and risks, the
// plan's life (issue 15): vision_evaluations (year, rating, note),
// realisations (year, one-off and recurring cents) and
// investment_status_changes (date, status, note) as children of their
// vision or investment, plan_status_changes and plan_versions (number,
// date, status, content) with an ID each, and the round of an
// assessment (assessments.round_year, 0 for the first round), and
// merge_base (see below).
//
// A frozen version's content is the whole plan as balansplan/1 JSON in
// one TEXT column, not rows spread over copies of every table: a version
// never changes after it is frozen, so the JSON is an honest, complete
// record of it, it reads back on its own (Doc.Version: one row, without
// loading the plan), and a later schema cannot lose a field of it, since
// the interchange format only grows. The diff-based Commit compares
// versions and status changes by ID like any entity, and rewrites the
// realisation, evaluations or status history of one investment or vision
// when they changed, like an investment's links. Entities keep their UUIDs as text
// primary keys; a position column keeps the order of the plan's lists;
// money is whole cents, months as YYYY-MM text (empty for none), an unknown score
// or key figure NULL. Tables are STRICT. Every child and link table has a
// foreign key with ON DELETE CASCADE, so deleting a vision deletes its
// links, and deleting the plan row empties the file (Replace does that).
// Codes are not UNIQUE in SQL: swapping two codes in one edit would trip a
// per-statement check. Validation guarantees them in every plan this
// program makes (a file another program changed may hold two equal codes:
// see "Invalid stored values"); the store adds one rule of its own: a
// link listed twice is refused (duplicate_link), since a link table cannot
// hold it.
//
// The row types with their gorm tags live in rows.go; package model has no
// storage concerns.
//
// # Settings
//
// A Config holds what used to be package variables: the clock Now (it
// stamps migrations and merge bases), BusyTimeout (how long a statement
// waits for another program's lock, 5 s by default) and the list of
// migrations (tests add a step). The package functions Open,
// OpenReadOnly, Create, Check and Repair are those of the zero Config; a
// Doc keeps the Config it was opened with. Tests use their own Config and
// run in parallel.
//
// # Migrations
//
// The schema grows by numbered files, migrations/NNNN_name.sql, embedded
// in the binary. Versions run 1, 2, 3 without gaps. Open applies the ones
// a file lacks, each in its own transaction together with its row in
// schema_migrations (version, name, applied_at from the Config's clock) and the
// new user_version: a failing step leaves the file at the version before.
// A released migration is never edited; a change is a new file. GORM's
// AutoMigrate is not used on user files: it rebuilds tables and can drop
// child rows through the cascades. OpenReadOnly never migrates the file;
// for an older file it reads a migrated copy in the system's temporary
// folder. A file with a user_version above what this build knows is
// refused (newer_schema).
//
// # Connection and pragmas
//
// A Doc has exactly one connection (SetMaxOpenConns(1)): pragmas are per
// connection, a document needs no pool, and one connection serialises the
// Doc's work. The DSN, in mattn/go-sqlite3's spelling, is a file: URI
// (so that SQLite's mode parameter counts):
//
//	mode=rw  _foreign_keys=1  _busy_timeout=5000  _synchronous=FULL
//
// journal_mode=WAL is deliberately not in the DSN: it rewrites the file
// header, and Open must first know the file is ours (see below). Open sets
// it after the checks; Close checkpoints the log (wal_checkpoint TRUNCATE)
// and returns the file to journal_mode=DELETE, so that a closed file is a
// single file and a later read-only open creates no side files. When
// another Doc or program still has the file open, Close leaves WAL mode
// on, without waiting; the last one to close switches it back.
//
// Measured on this machine (2 cores, ext4 on a virtual disk, Go 1.26,
// SQLite 3.45.1), one saved edit of the large plan (BenchmarkCommitOneEdit,
// including Validate and the diff):
//
//	WAL,    synchronous=FULL     1.3 ms   (chosen)
//	WAL,    synchronous=NORMAL   1.1-1.6 ms
//	DELETE, synchronous=FULL     2.7 ms
//
// WAL with FULL syncs the log on every commit, so a saved edit survives a
// power cut too, not just a crash of the program; with NORMAL the last
// edits could be lost on power loss, for no measurable gain here. WAL also
// lets a reader (the command line, a second window) read while the GUI
// writes. The large plan loads in about 6 ms (target 50 ms).
//
// # Opening: look before SQLite touches the file
//
// Open and OpenReadOnly first read the file's first 100 bytes themselves
// (sniff.go): the SQLite magic, page size, read/write versions (WAL or
// not), user_version at offset 60, application_id at offset 68, and
// whether the size is a whole number of pages and at least what the
// header says. Empty, non-SQLite, truncated, foreign and newer files are
// refused there, before SQLite opens them, so they stay byte for byte as
// they were and get no -wal, -shm or -journal files. A file without our
// application_id is foreign unless it has Balansplan's tables (checked
// with an immutable, lock-free read); Open marks such a file again.
//
// Open then makes every other check that can refuse the file through a
// read-only open (OpenReadOnly, then Load): PRAGMA integrity_check (0.7
// ms for the large plan), the schema version, exactly one plan row, and a
// whole Load (an older file loads from a migrated temporary copy, so a
// failing migration is found there too). So every file that Open refuses
// stays byte for byte as it was, also a plan whose plan row was deleted
// or whose month text is no month. Then Open refuses a file that is not
// writable: the owner's write bit is off (this counts even for root, for
// whom chmod stops nothing), or the system says this process may not
// write the file or its folder. Only then does it open the file
// read-write and write: application_id if missing, migrations, WAL mode.
// The one exception is a hot journal (a save interrupted by a crash):
// read-only it reads as needs_recovery, and the read-write open rolls it
// back first, which puts back the last saved state, and then checks.
//
// The plan that check loaded is not thrown away: the first Load after
// Open returns it when the file still holds that plan row at the same
// revision (one small query; every write moves the revision on, so a
// write by another window or program in between makes Load read the file
// again). Reading the whole plan twice was about half the cost of opening
// a file: Open plus Load of the large plan went from 109k to 56k
// allocations (openonce_test.go). A read-only Doc's Load also skips
// looking for the problems Restore may write back, which a read-only Doc
// cannot do; whoever reads a plan to use it validates it (cmd does).
//
// # Open elsewhere
//
// A read-write Doc holds a shared advisory lock (flock on Linux, macOS
// and the BSDs, LockFileEx on Windows, none elsewhere) on a marker file
// beside the plan, ".~lock.<name>#", which names the first opener
// (process, computer, user, time). A second read-write open, in the same
// program or another, still succeeds; its OpenElsewhere says who else
// has the file open and Holder.Warning gives the sentence to show. The
// system drops the lock of a process that dies, so a crash leaves at
// most an unlocked marker, which warns nobody and is taken over by the
// next open; the last Doc to close removes it. lock.go has the details
// and the limits.
//
// # Repair
//
// Repair does, for a script or a server, what the first read-write open
// does: it rolls back a hot journal or moves a crashed writer's -wal log
// into the file, checks it, and returns it to rollback-journal mode. It
// says what it did (RepairResult, in Dutch and English) and leaves alone
// a file that needs nothing, one that another Balansplan has open, and
// everything that is not a plan.
//
// # Writing
//
// Commit(prev, next) checks that next adds no problem to prev
// (NewProblems; for a valid prev: that next is valid), works out the rows
// that differ (entities matched by ID; a pure reordering becomes one
// UPDATE ... FROM (VALUES ...) per table; a changed link list of one
// investment is rewritten for that investment only) and writes them in
// one transaction. It first claims the plan's revision (UPDATE ... WHERE
// revision = the one this Doc last saw): if another program or Doc wrote
// in between, or a row prev names is not in the file, nothing is written
// and the error is a FileError with Reason "changed". Undo and redo are
// Restore(after, before) and Restore(before, after): Commit, except that
// it may also write back the problems the file held when this Doc opened
// or loaded it. The Doc keeps the problems of the plan it last loaded or
// wrote, so a Commit or Restore from that plan (every keystroke's prev)
// and Doc.NewProblems validate only next, and Doc.ProblemsOf that plan
// validates nothing; this rests on the invariant that the committed plan
// is never mutated (an edit changes a Clone). Replace writes a whole (valid) plan in one transaction. Create builds the new
// file under a temporary name in the target folder, syncs it and links it
// into place without ever replacing an existing file, then opens it; on
// any failure no file is left. SaveCopy ("Save as") writes a VACUUM INTO
// snapshot to a temporary name, syncs it and renames it over the target;
// it refuses the open file itself, also under another name (a link).
//
// # Participant copies and their merge base
//
// In a workshop every participant answers in a copy of the plan, and the
// consultant merges the copies back (package model/merge). A three-way
// merge needs the plan as it was when the copies were made, so
// SaveParticipantCopy is SaveCopy plus one step on the finished copy,
// before it is renamed into place: it reads the plan from the copy and
// stores it in the copy's merge_base table as balansplan/1 JSON, with the
// SHA-256 of that JSON and the time (the Config's clock Now). The hash
// identifies the base: copies made from the same state of the plan share it, even
// when they were made one after another. The original file gets no base;
// a copy keeps its base through its own edits and through SaveCopy, so a
// participant may "save as". Replace, which writes another plan, drops
// the base (it hangs off the plan row), since it would no longer describe
// where the file came from. MergeBase reads it back, checking the hash;
// a base that does not check out is an error, and a merge then goes on
// without it, which can add conflicts but never lose an edit.
//
// # Errors
//
// A problem with the file reaches the user as a *FileError: a stable
// Reason and a sentence in Dutch and English (Message) naming the file
// and saying what to do; Error() is the Dutch sentence. Reasons:
// not_found, directory, empty, not_sqlite, foreign_sqlite (another
// program's SQLite database), corrupt (truncated or damaged; the sniff,
// integrity_check, or SQLite's "malformed"/"not a database"),
// newer_schema, read_only, locked (busy beyond the timeout), disk_full
// (SQLITE_FULL, ENOSPC), io, exists (Create), same_file (SaveCopy),
// changed (Commit from a plan the file no longer holds) and
// needs_recovery (an interrupted write that only a read-write open can
// roll back; Repair does that), no_permission (this user may not read the
// file, where the read-only advice would not help) and link_loop (a
// symbolic link that leads back to itself). When Create fails, the
// sentence says the file could not be created (not that a change was
// lost). A plan that would add a problem (Commit, Restore), or an invalid
// one (Create, Replace), is refused with its model.Problems. Other
// errors are bugs and come back wrapped with context.
//
// # Invalid stored values
//
// A plan file with invalid values inside (an unknown block, a title that
// is not UTF-8, two equal codes, a link to a missing vision, an amount
// beyond the maximum, as the sqlite3 program can leave it) is not a
// damaged file: Open and Load give the values as stored, so the program
// can show the problems and the user can fix them, and Check names the
// entity and field (through model.Plan.Validate, which also covers the
// links that foreign_key_check would report only as table rows).
//
// Such a plan can be edited: Commit takes every edit that adds no problem
// (NewProblems, problems.go), so the user's other work is saved while the
// stored values wait for a fix, and fixing a value or deleting the entity
// that holds it is an edit like any other. A problem's identity is its
// entity kind, the entity's ID (not its code, so renaming the code adds
// nothing), the field without list positions and the reason; equal
// problems are counted. The rule lives in the store, not in package
// model, because it needs the plans to find the IDs behind the codes
// that Problems name, and because the file adds one problem of its own:
// a link to a vision or investment that is not there stays in the file,
// but its foreign keys refuse to store it again, so an edit that changes
// the list holding it (the list is written whole) is refused until that
// link is removed, and undo cannot bring it back.
//
// # What read-only guarantees
//
// OpenReadOnly and Check never write to the .balans file: SQLite opens it
// with mode=ro, nothing is migrated, no pragma is set. A file that a
// Balansplan Close left behind (rollback-journal mode) gets no side files.
// A WAL-mode file without its -wal and -shm (copied while open) is read
// with immutable=1, since plain mode=ro would create both. Where a -wal
// already lies beside the file (another program has it open, or one
// crashed), SQLite reads it and may write its shared-memory index (-shm);
// the .balans file itself still does not change. A hot journal of an
// interrupted write cannot be rolled back read-only: that is
// needs_recovery.
//
// # What the tests cover, and what not
//
// Real files in temporary folders: round trips of the example and the
// large plan, also with every field of schema versions 2, 3 and 4 (an
// empty list of applications stays apart from none recorded); every kind
// of edit with undo, the workshop's (votes, points, answers),
// analysis/2's (evaluation, focus, applications) and the board
// chapters' included, and that one changed risk writes one row (SQLite's
// total_changes); files of versions 1, 2 and 3 written by earlier
// releases (testdata/regenboog-v1.balans, -v2, -v3), read as they are by
// OpenReadOnly and migrated by Open; participant copies and their base;
// invalid and stale commits;
// each kind of bad file (checked to stay byte for byte, with no side
// files) through Open, OpenReadOnly, Check and Repair; read-only file and folder
// (by mode bits, so the tests hold as root); a file this user may not
// read (as root the check runs as user nobody through setpriv); a lock
// held by another connection; a second open in the same program and in a
// child process, which is then killed (its lock is gone); migrations,
// also a failing one; SaveCopy; a child process killed with SIGKILL 60
// times, at random moments up to 40 ms after it reports the file open or
// its first commit, and every sixth time while it starts and opens the
// file, after which the file (after what a user's next open or Repair
// does, if a kill inside Open left a hot journal) passes integrity_check
// and holds every reported commit; a child killed in the middle of a
// rollback-journal write, recovered by Open and by Repair; a killed
// writer's log moved in by Repair; plan files with one invalid value
// (each of five, made with the sqlite3 program: an edit elsewhere is
// saved, an edit that adds a problem is refused with the file byte for
// byte as it was but for its change counters, the fix is saved; renamed
// codes and deleted entities; undo of a fix, also in a copy only opened);
// FuzzOpen, foreign and damaged bytes through every way in. A full disk
// is simulated only with PRAGMA max_page_count on the Doc's connection,
// which makes SQLite fail with SQLITE_FULL exactly as a full disk does;
// the mapping of SQLITE_FULL and ENOSPC to disk_full (and Create's
// sentence for it) is unit-tested. Not
// tested: a real full disk, power loss (SIGKILL does not lose the page
// cache), network file systems (where WAL may be unavailable: the file
// then stays in rollback mode, and locks may not work: then there is no
// open-elsewhere warning), and Windows (fileURI makes /C:/... URIs, as
// SQLite expects; lock_windows.go compiles but has not run).
package store
