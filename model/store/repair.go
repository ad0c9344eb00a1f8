package store

import (
	"fmt"
	"os"
	"path/filepath"

	"balansplan/model"
)

// What Repair did (RepairResult.Action).
const (
	RepairNothing    = "nothing"     // the file was closed properly; it is unchanged
	RepairRolledBack = "rolled_back" // an interrupted save was undone
	RepairLogMerged  = "log_merged"  // the saved changes in the -wal log were moved into the file
	RepairInUse      = "in_use"      // another Balansplan has the file open; it is unchanged
)

// RepairResult is what Repair did, for a program (Action) and for the
// user (Text, in Dutch and English).
type RepairResult struct {
	Action string // one of the Repair constants
	Text   model.Text
}

// Repair does to a plan file what a read-write open does first, without
// opening it for editing: a kill or crash during a save (or during Open
// or Close) leaves a hot rollback journal, which it rolls back, or a
// write-ahead log, whose saved changes it moves into the file; then it
// returns the file to rollback-journal mode, one self-contained file. It
// is for programs and scripts (balansplan check --repair), which cannot
// "open the file once in the program".
//
// It refuses, unchanged, everything Open refuses before SQLite may touch
// a file (not a plan, foreign, empty, truncated, newer, not readable) and
// a file that is not writable. A file that needs nothing is left as it is
// (RepairNothing), and so is one that another Balansplan has open
// (RepairInUse): its log is not left over but in use. A repaired file is
// checked (integrity_check); damage found then is a FileError "corrupt".
func Repair(path string) (RepairResult, error) { return Config{}.Repair(path) }

// Repair is the package's Repair with this Config's settings.
func (c Config) Repair(path string) (RepairResult, error) {
	abs, h, err := c.recognise(path)
	if err != nil {
		return RepairResult{}, err
	}
	name := filepath.Base(abs)
	if !h.journalFile && !h.walFile {
		return RepairResult{Action: RepairNothing, Text: model.Text{
			NL: fmt.Sprintf("Het bestand %q is netjes afgesloten; er viel niets te herstellen. Het is niet gewijzigd.", name),
			EN: fmt.Sprintf("The file %q was closed properly; there was nothing to repair. It has not been changed.", name)}}, nil
	}
	if holder := lockHolder(abs); holder != nil {
		return RepairResult{Action: RepairInUse, Text: model.Text{
			NL: fmt.Sprintf("Het bestand %q is nu open in Balansplan; de bestanden ernaast horen daarbij en er valt niets te herstellen. Het is niet gewijzigd.", name),
			EN: fmt.Sprintf("The file %q is open in Balansplan now; the files beside it belong to that and there is nothing to repair. It has not been changed.", name)}}, nil
	}
	if err := writable(abs); err != nil {
		return RepairResult{}, err
	}
	db, sqlDB, err := connect(abs, c.rwParams())
	if err != nil {
		return RepairResult{}, err
	}
	d := &Doc{cfg: c, path: abs, db: db, sqlDB: sqlDB}
	// The first read of a read-write connection rolls a hot journal back
	// or rebuilds the log's index; the integrity check reads every page.
	if err := d.verify(); err != nil {
		closeConn(db, sqlDB)
		return RepairResult{}, err
	}
	// As Close does: the log into the file, back to one file. Busy means
	// someone opened it meanwhile; the file is sound either way.
	if _, err := sqlDB.Exec("PRAGMA wal_checkpoint(TRUNCATE)"); err != nil && reasonOf(err) != ReasonLocked {
		closeConn(db, sqlDB)
		return RepairResult{}, classify(abs, "repair", err)
	}
	if _, err := sqlDB.Exec("PRAGMA journal_mode = DELETE"); err != nil && reasonOf(err) != ReasonLocked {
		closeConn(db, sqlDB)
		return RepairResult{}, classify(abs, "repair", err)
	}
	if err := closeConn(db, sqlDB); err != nil {
		return RepairResult{}, classify(abs, "repair", err)
	}
	if h.journalFile {
		return RepairResult{Action: RepairRolledBack, Text: model.Text{
			NL: fmt.Sprintf("In het bestand %q was een opslagactie onderbroken. Die is teruggedraaid: het bestand bevat weer de laatst opgeslagen versie.", name),
			EN: fmt.Sprintf("A save to the file %q had been interrupted. It has been rolled back: the file holds the last saved version again.", name)}}, nil
	}
	return RepairResult{Action: RepairLogMerged, Text: model.Text{
		NL: fmt.Sprintf("Het bestand %q was niet netjes afgesloten. De opgeslagen wijzigingen uit het logbestand (%s-wal) zijn in het bestand verwerkt; er is niets verloren.", name, name),
		EN: fmt.Sprintf("The file %q had not been closed properly. The saved changes in its log file (%s-wal) have been moved into the file; nothing was lost.", name, name)}}, nil
}

// lockHolder says who has the plan at path open for writing, or nil: it
// looks at the marker (lock.go) without taking a share. A marker that
// nobody holds, left by a crash, it removes.
func lockHolder(path string) *Holder {
	if !locksSupported {
		return nil
	}
	name := lockName(path)
	f, err := os.OpenFile(name, os.O_RDWR, 0)
	if err != nil {
		return nil
	}
	free, err := tryLock(f, true)
	if err != nil {
		f.Close()
		return nil
	}
	if !free {
		defer f.Close()
		return readHolder(f)
	}
	if removeWhileOpen && sameFile(f, name) {
		os.Remove(name)
	}
	f.Close()
	if !removeWhileOpen {
		os.Remove(name)
	}
	return nil
}
