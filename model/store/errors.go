package store

import (
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"syscall"

	"github.com/mattn/go-sqlite3"

	"balansplan/model"
)

// Reasons of a FileError. They are stable keys for programs and tests; a
// user reads Message.
const (
	ReasonNotFound      = "not_found"      // the path does not exist
	ReasonDirectory     = "directory"      // the path is a folder
	ReasonEmpty         = "empty"          // a file of 0 bytes
	ReasonNotSQLite     = "not_sqlite"     // not an SQLite database at all
	ReasonForeignSQLite = "foreign_sqlite" // another program's SQLite database
	ReasonCorrupt       = "corrupt"        // truncated or damaged
	ReasonNewerSchema   = "newer_schema"   // made by a newer Balansplan
	ReasonReadOnly      = "read_only"      // file or folder not writable
	ReasonLocked        = "locked"         // another program holds a lock
	ReasonDiskFull      = "disk_full"      // no space left (SQLITE_FULL)
	ReasonIO            = "io"             // any other read or write failure
	ReasonExists        = "exists"         // Create: the path is taken
	ReasonSameFile      = "same_file"      // SaveCopy onto the open file
	ReasonChanged       = "changed"        // the file changed since prev was read
	ReasonNeedsRecovery = "needs_recovery" // an interrupted write only a writer can undo
	ReasonNoPermission  = "no_permission"  // the system does not let this user read the file
	ReasonLinkLoop      = "link_loop"      // a symbolic link that leads back to itself
)

// FileError is what went wrong with a plan file, in terms a user can act
// on. Error returns the Dutch sentence; Message gives either language.
type FileError struct {
	Reason string // one of the Reason constants
	Path   string // the file concerned
	Err    error  // the underlying cause, for logs; may be nil

	// creating is set when the error stopped Create: the file was not
	// made, which some reasons say differently (no edit was lost).
	creating bool
}

func (e *FileError) Error() string { return e.Message(model.NL) }

// Unwrap gives the underlying cause.
func (e *FileError) Unwrap() error { return e.Err }

// Message is a whole sentence for the user in language l: what is wrong
// with which file, and what to do about it.
func (e *FileError) Message(l model.Lang) string {
	name := filepath.Base(e.Path)
	t, ok := fileMessages[e.Reason]
	if !ok {
		t = fileMessages[ReasonIO]
	}
	if c, ok := createMessages[e.Reason]; ok && e.creating {
		t = c
	}
	return fmt.Sprintf(t.In(l), name)
}

// createMessages replace fileMessages when Create failed: the file does
// not exist yet, so there is no last change to lose and nothing to read.
var createMessages = map[string]model.Text{
	ReasonNotFound: {
		NL: "Het bestand %q kon niet worden gemaakt: de map bestaat niet (meer). Kies een andere map.",
		EN: "The file %q could not be created: the folder does not exist (any more). Choose another folder."},
	ReasonReadOnly: {
		NL: "Het bestand %q kon niet worden gemaakt: de map is alleen-lezen. Kies een map waarin je mag schrijven.",
		EN: "The file %q could not be created: the folder is read-only. Choose a folder you may write to."},
	ReasonNoPermission: {
		NL: "Het bestand %q kon niet worden gemaakt: je hebt geen toestemming om in deze map te schrijven. Kies een andere map.",
		EN: "The file %q could not be created: you have no permission to write in this folder. Choose another folder."},
	ReasonDiskFull: {
		NL: "Het bestand %q kon niet worden gemaakt: de schijf is vol. Maak ruimte vrij of kies een andere schijf en probeer het opnieuw.",
		EN: "The file %q could not be created: the disk is full. Free some space or choose another disk and try again."},
	ReasonIO: {
		NL: "Het bestand %q kon niet worden gemaakt: schrijven naar de schijf mislukte. Controleer of de schijf of netwerkmap bereikbaar is en probeer het opnieuw.",
		EN: "The file %q could not be created: writing to the disk failed. Check that the disk or network folder is available and try again."},
	ReasonLocked: {
		NL: "Het bestand %q kon niet worden gemaakt: een ander programma houdt het vast. Probeer het opnieuw of kies een andere naam.",
		EN: "The file %q could not be created: another program holds it. Try again or choose another name."},
	ReasonLinkLoop: {
		NL: "Het bestand %q kon niet worden gemaakt: de map is een symbolische link die naar zichzelf terugverwijst. Kies een andere map.",
		EN: "The file %q could not be created: the folder is a symbolic link that leads back to itself. Choose another folder."},
}

// createErr is classify for a failed Create: the message says the file
// could not be created.
func createErr(path string, err error) error {
	err = classify(path, "create", err)
	var fe *FileError
	if errors.As(err, &fe) {
		fe.creating = true
	}
	return err
}

var fileMessages = map[string]model.Text{
	ReasonNotFound: {
		NL: "Het bestand %q bestaat niet (meer). Controleer de map en de naam en kies het bestand opnieuw.",
		EN: "The file %q does not exist (any more). Check the folder and the name and choose the file again."},
	ReasonDirectory: {
		NL: "%q is een map en geen planbestand. Kies een .balans-bestand.",
		EN: "%q is a folder, not a plan file. Choose a .balans file."},
	ReasonEmpty: {
		NL: "Het bestand %q is leeg (0 bytes) en bevat geen plan. Open een eerdere versie of een reservekopie.",
		EN: "The file %q is empty (0 bytes) and holds no plan. Open an earlier version or a backup."},
	ReasonNotSQLite: {
		NL: "Het bestand %q is geen Balansplan-bestand. Kies een bestand met de extensie .balans; een JSON-plan lees je in met Importeren.",
		EN: "The file %q is not a Balansplan file. Choose a file with the extension .balans; read a JSON plan with Import."},
	ReasonForeignSQLite: {
		NL: "Het bestand %q is een database van een ander programma en geen Balansplan-plan. Balansplan heeft het niet gewijzigd. Kies een .balans-bestand.",
		EN: "The file %q is another program's database, not a Balansplan plan. Balansplan has not changed it. Choose a .balans file."},
	ReasonCorrupt: {
		NL: "Het bestand %q is beschadigd of onvolledig (bijvoorbeeld afgebroken bij het kopiëren) en kan niet worden gelezen. Open een reservekopie of een eerdere versie.",
		EN: "The file %q is damaged or incomplete (for example cut off while copying) and cannot be read. Open a backup or an earlier version."},
	ReasonNewerSchema: {
		NL: "Het bestand %q is gemaakt met een nieuwere versie van Balansplan. Werk Balansplan bij om het te openen.",
		EN: "The file %q was made with a newer version of Balansplan. Update Balansplan to open it."},
	ReasonReadOnly: {
		NL: "Het bestand %q of de map waarin het staat is alleen-lezen, dus Balansplan kan er niets in opslaan. Maak het schrijfbaar, of kopieer het naar een map waarin je mag schrijven en open de kopie. Lezen, controleren en exporteren kan wel: balansplan check, analyse en export openen het bestand alleen om te lezen.",
		EN: "The file %q or its folder is read-only, so Balansplan cannot save to it. Make it writable, or copy it to a folder you may write to and open the copy. Reading, checking and exporting do work: balansplan check, analyse and export only read the file."},
	ReasonLocked: {
		NL: "Het bestand %q is in gebruik door een ander programma of een ander Balansplan-venster. Sluit het daar en probeer het opnieuw.",
		EN: "The file %q is in use by another program or another Balansplan window. Close it there and try again."},
	ReasonDiskFull: {
		NL: "De schijf waarop %q staat is vol; de laatste wijziging is niet opgeslagen. Maak ruimte vrij en probeer het opnieuw.",
		EN: "The disk that holds %q is full; the last change was not saved. Free some space and try again."},
	ReasonIO: {
		NL: "Het bestand %q kon niet worden gelezen of geschreven. Controleer of de schijf of netwerkmap bereikbaar is en probeer het opnieuw.",
		EN: "The file %q could not be read or written. Check that the disk or network folder is available and try again."},
	ReasonExists: {
		NL: "Er bestaat al een bestand %q. Kies een andere naam; Balansplan overschrijft het niet.",
		EN: "A file %q already exists. Choose another name; Balansplan does not overwrite it."},
	ReasonSameFile: {
		NL: "%q is het bestand dat nu open is. Kies voor de kopie een andere naam.",
		EN: "%q is the file that is open now. Choose another name for the copy."},
	ReasonNeedsRecovery: {
		NL: "Het bestand %q is niet netjes afgesloten: een opslagactie is onderbroken. Open het eenmaal gewoon in Balansplan om het te herstellen en probeer het daarna opnieuw.",
		EN: "The file %q was not closed properly: a save was interrupted. Open it once normally in Balansplan to repair it, then try again."},
	ReasonNoPermission: {
		NL: "Je hebt geen toestemming om het bestand %q te lezen. Vraag de eigenaar van het bestand of de beheerder om leesrechten, of open een kopie die je wel mag lezen.",
		EN: "You have no permission to read the file %q. Ask the file's owner or the administrator for read access, or open a copy you may read."},
	ReasonLinkLoop: {
		NL: "%q is een symbolische link (snelkoppeling) die via andere links naar zichzelf terugverwijst, dus er is geen bestand om te openen. Herstel of verwijder de link en kies het echte bestand.",
		EN: "%q is a symbolic link (shortcut) that leads back to itself through other links, so there is no file to open. Repair or remove the link and choose the real file."},
	ReasonChanged: {
		NL: "Het bestand %q is intussen door een ander programma of venster gewijzigd; je laatste wijziging is niet opgeslagen. Open het bestand opnieuw.",
		EN: "The file %q was changed meanwhile by another program or window; your last change was not saved. Open the file again."},
}

// readErr classifies an error from reading a file (stat, open, read): a
// permission error there means this user may not read it, which the
// read-only advice (check, export) cannot help with.
func readErr(path, op string, err error) error {
	if errors.Is(err, fs.ErrPermission) {
		return fileErr(ReasonNoPermission, path, fmt.Errorf("%s: %w", op, err))
	}
	return classify(path, op, err)
}

func fileErr(reason, path string, err error) *FileError {
	return &FileError{Reason: reason, Path: path, Err: err}
}

// classify turns an error from SQLite or the file system into a FileError
// when it is about the file (full, locked, damaged, read-only, I/O). Other
// errors (a bug, a constraint) come back wrapped with context.
func classify(path, op string, err error) error {
	if err == nil {
		return nil
	}
	var fe *FileError
	if errors.As(err, &fe) {
		if fe.Path == "" {
			fe.Path = path
		}
		return fe
	}
	if reason := reasonOf(err); reason != "" {
		return fileErr(reason, path, fmt.Errorf("%s: %w", op, err))
	}
	return fmt.Errorf("store: %s %s: %w", op, path, err)
}

// reasonOf maps an error to a Reason, or "" when it is not about the file.
func reasonOf(err error) string {
	var se sqlite3.Error
	if errors.As(err, &se) {
		switch se.Code {
		case sqlite3.ErrFull:
			return ReasonDiskFull
		case sqlite3.ErrBusy, sqlite3.ErrLocked:
			return ReasonLocked
		case sqlite3.ErrCorrupt, sqlite3.ErrNotADB:
			return ReasonCorrupt
		case sqlite3.ErrReadonly, sqlite3.ErrPerm:
			// A read-only connection cannot roll back a hot journal or
			// recover a log; a read-write open can.
			if se.ExtendedCode == sqlite3.ErrReadonlyRollback || se.ExtendedCode == sqlite3.ErrReadonlyRecovery {
				return ReasonNeedsRecovery
			}
			return ReasonReadOnly
		case sqlite3.ErrIoErr, sqlite3.ErrCantOpen, sqlite3.ErrProtocol, sqlite3.ErrNoLFS:
			return ReasonIO
		}
		return ""
	}
	switch {
	case errors.Is(err, syscall.ENOSPC), errors.Is(err, syscall.EDQUOT):
		return ReasonDiskFull
	case errors.Is(err, syscall.EROFS), errors.Is(err, fs.ErrPermission):
		return ReasonReadOnly
	case errors.Is(err, fs.ErrNotExist), errors.Is(err, syscall.ENOTDIR):
		return ReasonNotFound
	case errors.Is(err, syscall.ELOOP):
		return ReasonLinkLoop
	}
	var pe *fs.PathError
	var en syscall.Errno
	if errors.As(err, &pe) || errors.As(err, &en) {
		return ReasonIO
	}
	return ""
}
