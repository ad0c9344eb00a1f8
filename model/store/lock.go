package store

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/user"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"balansplan/model"
)

// # Open elsewhere
//
// SQLite lets two read-write Docs share a file safely (the second one's
// edits are refused as "changed" when they cross), but the user should
// know before editing. Every read-write Doc therefore holds a shared
// advisory lock on a marker file beside the plan, ".~lock.<name>#" (the
// name LibreOffice uses for the same purpose), for as long as it is open.
// Whoever opens the file while nobody holds it (an exclusive lock
// succeeds) writes its process, computer, user and time into the marker;
// a later opener finds the lock taken and reads who it was. The operating
// system drops the lock when a process ends, also when it crashes or is
// killed, so a marker left behind by a crash warns nobody: the next
// opener finds it unlocked and takes it over. The last Doc to close
// removes the marker. Opening the file a second time stays possible (the
// user chooses); that Doc's OpenElsewhere says who else has it.
//
// The lock is flock(2) on Linux, macOS and the BSDs, LockFileEx on
// Windows; elsewhere there is no lock and no warning (lock_other.go). Its
// limits: a file system without locks (some network shares) gives no
// warning either; the marker names the first of several openers, who may
// have closed since; and two opens in the same few microseconds may both
// find the file free.

// Holder is a Balansplan that had the file open for writing when this Doc
// opened it, as its marker recorded it. Fields that were not recorded are
// empty.
type Holder struct {
	PID   int       // its process id
	Host  string    // its computer's name
	User  string    // the user it ran as
	Since time.Time // when it opened the file
}

// OpenElsewhere says whether another Balansplan (another window of this
// program, or another program on this or another computer sharing the
// folder) had the file open for writing when this Doc opened it, and who,
// as far as recorded. It is nil when nobody else had, and always for a
// read-only Doc, which does not take part.
func (d *Doc) OpenElsewhere() *Holder { return d.elsewhere }

// SameProcess reports whether the holder is this very program (another
// window of it).
func (h *Holder) SameProcess() bool {
	host, _ := os.Hostname()
	return h.PID == os.Getpid() && h.Host == host
}

// Warning is the sentence the GUI shows when a file is open elsewhere.
func (h *Holder) Warning(path string) model.Text {
	name := filepath.Base(path)
	if h.SameProcess() {
		return model.Text{
			NL: fmt.Sprintf("Het bestand %q is al open in een ander venster van Balansplan. Als je in beide vensters wijzigt, wordt de wijziging in het ene venster geweigerd zodra het andere venster heeft opgeslagen. Werk bij voorkeur in één venster.", name),
			EN: fmt.Sprintf("The file %q is already open in another Balansplan window. If you edit in both windows, a change in one is refused once the other has saved. Preferably work in one window.", name),
		}
	}
	var who []string
	if h.User != "" {
		who = append(who, h.User)
	}
	if h.Host != "" {
		who = append(who, h.Host)
	}
	since := map[model.Lang]string{model.NL: "", model.EN: ""}
	if !h.Since.IsZero() {
		at := h.Since.Local().Format("2006-01-02 15:04")
		since[model.NL], since[model.EN] = " sinds "+at, " since "+at
	}
	byNL, byEN := "", ""
	if len(who) > 0 {
		byNL, byEN = " door "+strings.Join(who, " op "), " by "+strings.Join(who, " on ")
	}
	if h.PID != 0 {
		byNL += fmt.Sprintf(" (proces %d)", h.PID)
		byEN += fmt.Sprintf(" (process %d)", h.PID)
	}
	return model.Text{
		NL: fmt.Sprintf("Het bestand %q is al geopend%s%s. Als jullie allebei wijzigen, wordt de wijziging van de één geweigerd zodra de ander heeft opgeslagen. Spreek af wie er werkt, of open het bestand alleen om te lezen.", name, byNL, since[model.NL]),
		EN: fmt.Sprintf("The file %q is already open%s%s. If you both edit, a change by one of you is refused once the other has saved. Agree who works on it, or open the file only to read it.", name, byEN, since[model.EN]),
	}
}

// openLock is this Doc's share of the lock on the marker file.
type openLock struct {
	f    *os.File
	path string
}

// lockName is the marker beside the plan file at path.
func lockName(path string) string {
	return filepath.Join(filepath.Dir(path), ".~lock."+filepath.Base(path)+"#")
}

// lockOpen takes a share of the lock on path's marker. It returns who
// else had the file open, or nil. Where no lock can be had (a folder that
// does not allow the marker, a system without locks) it returns no lock
// and no holder: the warning is a help, not a condition for opening.
func lockOpen(path string) (*openLock, *Holder) {
	if !locksSupported {
		return nil, nil
	}
	name := lockName(path)
	for range 5 {
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE, 0o666)
		if errors.Is(err, fs.ErrPermission) {
			// Another user's marker in a shared folder: reading is
			// enough to lock it and to learn who holds it.
			f, err = os.Open(name)
		}
		if err != nil {
			return nil, nil
		}
		alone, err := tryLock(f, true)
		if err != nil {
			f.Close()
			return nil, nil
		}
		if !alone && !lockShared(f) {
			// Someone holds it exclusively for longer than an open or a
			// close takes: it is open there, whatever that one does.
			h := readHolder(f)
			f.Close()
			return nil, h
		}
		// The last one to close removes the marker; when that happened
		// between our open and our lock, we hold a lock on a file nobody
		// else will find. Start again with the new one.
		if !sameFile(f, name) {
			f.Close()
			continue
		}
		l := &openLock{f: f, path: name}
		if alone {
			writeHolder(f)
			if err := downgrade(f); err != nil {
				f.Close()
				return nil, nil
			}
			return l, nil
		}
		return l, readHolder(f)
	}
	return nil, nil
}

// lockShared waits a moment for a shared lock: another Balansplan holds
// the exclusive one only while it opens or closes the file.
func lockShared(f *os.File) bool {
	for range 100 {
		if ok, err := tryLock(f, false); err != nil {
			return false
		} else if ok {
			return true
		}
		time.Sleep(20 * time.Millisecond)
	}
	return false
}

// release gives up this Doc's share; the last one removes the marker.
func (l *openLock) release() {
	if l == nil {
		return
	}
	last := lockLast(l.f)
	if last && removeWhileOpen {
		// Under the exclusive lock nobody else holds a share; whoever
		// opened the marker meanwhile finds it gone and starts again.
		if sameFile(l.f, l.path) {
			os.Remove(l.path)
		}
	}
	l.f.Close()
	if last && !removeWhileOpen {
		// Windows removes no open file: close first. If another
		// Balansplan opened it meanwhile, the removal fails, as it should.
		os.Remove(l.path)
	}
}

func sameFile(f *os.File, path string) bool {
	a, err := f.Stat()
	if err != nil {
		return false
	}
	b, err := os.Stat(path)
	return err == nil && os.SameFile(a, b)
}

// writeHolder records this process in the marker.
func writeHolder(f *os.File) {
	host, _ := os.Hostname()
	name := ""
	if u, err := user.Current(); err == nil {
		name = u.Username
	}
	line := fmt.Sprintf("pid=%d\nhost=%s\nuser=%s\nsince=%s\n", os.Getpid(), oneLine(host), oneLine(name),
		time.Now().UTC().Format(time.RFC3339))
	f.Truncate(0)
	f.WriteAt([]byte(line), 0)
	f.Sync()
}

func oneLine(s string) string { return strings.NewReplacer("\n", " ", "\r", " ").Replace(s) }

// readHolder reads the marker. It always returns a Holder: the file is
// open elsewhere even when the marker says nothing readable.
func readHolder(f *os.File) *Holder {
	h := &Holder{}
	sc := bufio.NewScanner(io.NewSectionReader(f, 0, 4096))
	for sc.Scan() {
		k, v, _ := strings.Cut(sc.Text(), "=")
		switch k {
		case "pid":
			h.PID, _ = strconv.Atoi(v)
		case "host":
			h.Host = v
		case "user":
			h.User = v
		case "since":
			h.Since, _ = time.Parse(time.RFC3339, v)
		}
	}
	return h
}
