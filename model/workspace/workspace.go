package workspace

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"syscall"
	"time"

	"balansplan/model"
	"balansplan/model/store"
)

// Ext is the extension of a plan file; in a folder, only files with it
// (in any case) are read.
const Ext = ".balans"

// Result is what Read gives back: the callback's value for every plan that
// was read, a Problem for every file that was not, and the files of a
// folder that were no plan files at all.
type Result[T any] struct {
	// Plans holds fn's values in the order of the paths.
	Plans []T
	// Problems holds one problem per file that could not be counted, in
	// the order of the paths.
	Problems []Problem
	// Skipped lists the files of a folder that were not read: other
	// extensions and hidden files, by name, in name order. Read of a list
	// skips nothing.
	Skipped []string
}

// Files lists a folder's plan files (full paths, in name order) and the
// names of the files it skips: those without the .balans extension and
// hidden ones. Sub-folders and the files SQLite and Balansplan keep beside
// an open plan are neither read nor listed. The error is a *FolderError.
func Files(dir string) (plans, skipped []string, err error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, nil, folderErr(dir, err)
	}
	for _, e := range entries { // os.ReadDir sorts by name
		name := e.Name()
		if e.IsDir() {
			continue
		}
		if belongsToAPlan(name) {
			continue
		}
		if strings.HasPrefix(name, ".") || !strings.EqualFold(filepath.Ext(name), Ext) {
			skipped = append(skipped, name)
			continue
		}
		plans = append(plans, filepath.Join(dir, name))
	}
	return plans, skipped, nil
}

// belongsToAPlan reports whether a file is one SQLite or Balansplan keeps
// beside a plan while it is open (its log, index or journal, or store's
// lock marker): part of that plan, read with it, and not worth a line
// among the skipped files.
func belongsToAPlan(name string) bool {
	lower := strings.ToLower(name)
	for _, s := range []string{"-wal", "-shm", "-journal"} {
		if strings.HasSuffix(lower, Ext+s) {
			return true
		}
	}
	return strings.HasPrefix(name, ".~lock.") && strings.HasSuffix(name, "#")
}

// ReadDir reads the plan files of a folder (Files) with Read.
func ReadDir[T any](dir string, workers int, fn func(path string, p *model.Plan) T) (*Result[T], error) {
	paths, skipped, err := Files(dir)
	if err != nil {
		return nil, err
	}
	res, err := Read(paths, workers, fn)
	if err != nil {
		return nil, err
	}
	res.Skipped = skipped
	return res, nil
}

// Read reads each plan file through a copy (see the package doc), checks
// it, and calls fn with every plan that loads and passes model.Validate;
// fn keeps what it needs, and the plan is dropped when fn returns. A file
// that cannot be counted gets a Problem and the others are still read.
//
// workers is how many files are read at the same time (below 1: as many
// as runtime.GOMAXPROCS); fn is called from that many goroutines at once,
// never twice for one plan. The error is for what stops the whole read:
// no temporary folder to copy into.
func Read[T any](paths []string, workers int, fn func(path string, p *model.Plan) T) (*Result[T], error) {
	if workers < 1 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = max(1, min(workers, len(paths)))
	tmp, err := os.MkdirTemp("", "balansplan-board-*")
	if err != nil {
		return nil, &FolderError{Path: os.TempDir(), Err: err, Text: model.Text{
			NL: fmt.Sprintf("In de tijdelijke map %s kan Balansplan geen kopieën van de plannen maken (%v). Maak ruimte vrij of stel TMPDIR in op een andere map.", os.TempDir(), err),
			EN: fmt.Sprintf("Balansplan cannot make copies of the plans in the temporary folder %s (%v). Free some space or set TMPDIR to another folder.", os.TempDir(), err)}}
	}
	defer os.RemoveAll(tmp)

	type outcome struct {
		val  T
		ok   bool
		prob Problem
	}
	out := make([]outcome, len(paths))
	next := make(chan int)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// Each worker copies into a folder of its own, so two files
			// of one name (from different folders) never meet.
			dir := filepath.Join(tmp, fmt.Sprint(w))
			mkErr := os.Mkdir(dir, 0o700)
			for i := range next {
				if mkErr != nil {
					out[i].prob = problemOf(paths[i], tempErr(mkErr))
					continue
				}
				p, prob := load(paths[i], dir)
				if prob != nil {
					out[i].prob = *prob
					continue
				}
				out[i].val, out[i].ok = fn(paths[i], p), true
			}
		}()
	}
	for i := range paths {
		next <- i
	}
	close(next)
	wg.Wait()

	res := &Result[T]{}
	for _, o := range out {
		if o.ok {
			res.Plans = append(res.Plans, o.val)
		} else {
			res.Problems = append(res.Problems, o.prob)
		}
	}
	return res, nil
}

// load reads one plan through a copy in dir and validates it.
func load(path, dir string) (*model.Plan, *Problem) {
	cp := filepath.Join(dir, filepath.Base(path))
	defer removeCopy(cp)
	sides, err := copyStable(path, cp)
	if err != nil {
		prob := problemOf(path, err)
		return nil, &prob
	}
	if sides {
		// The save log or the interrupted save's journal came along: fold
		// it into the copy, as opening the file in the app would.
		if _, err := store.Repair(cp); err != nil {
			prob := problemOf(path, err)
			return nil, &prob
		}
	}
	doc, err := store.OpenReadOnly(cp)
	if err != nil {
		prob := problemOf(path, err)
		return nil, &prob
	}
	p, err := doc.Load()
	doc.Close()
	if err != nil {
		prob := problemOf(path, err)
		return nil, &prob
	}
	if ps := p.Validate(); len(ps) > 0 {
		prob := invalid(path, ps)
		return nil, &prob
	}
	return p, nil
}

// sideSuffixes are the files SQLite keeps beside a database that hold
// saved data: the write-ahead log and a rollback journal. The -shm index is
// rebuilt from the log and is not copied.
var sideSuffixes = []string{"-wal", "-journal"}

// copyStable copies path and its side files to dst, again when any of them
// changed meanwhile. It reports whether a side file came along.
func copyStable(path, dst string) (sides bool, err error) {
	for range 3 {
		before, err := stamp(path)
		if err != nil {
			return false, err
		}
		sides, err = copyWithSides(path, dst)
		if err != nil {
			return false, err
		}
		after, err := stamp(path)
		if err != nil {
			return false, err
		}
		if slices.Equal(before, after) {
			return sides, nil
		}
		removeCopy(dst)
		time.Sleep(50 * time.Millisecond)
	}
	return false, &store.FileError{Reason: store.ReasonLocked, Path: path, Err: errors.New("the file kept changing while it was copied")}
}

// fileStamp is what tells that a file changed: its size and time, or that
// it is not there.
type fileStamp struct {
	exists bool
	size   int64
	mod    time.Time
}

// stamp is the fileStamp of path and of each of its side files.
func stamp(path string) ([]fileStamp, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, statErr(path, err)
	}
	if fi.IsDir() {
		return nil, &store.FileError{Reason: store.ReasonDirectory, Path: path}
	}
	if !fi.Mode().IsRegular() {
		// A device or a pipe: opening it could block or never end.
		return nil, &store.FileError{Reason: store.ReasonNotSQLite, Path: path}
	}
	st := []fileStamp{{true, fi.Size(), fi.ModTime()}}
	for _, s := range sideSuffixes {
		var fs fileStamp
		if fi, err := os.Stat(path + s); err == nil && fi.Mode().IsRegular() {
			fs = fileStamp{true, fi.Size(), fi.ModTime()}
		}
		st = append(st, fs)
	}
	return st, nil
}

// copyWithSides copies path to dst and each non-empty side file beside it
// to dst plus the same suffix.
func copyWithSides(path, dst string) (sides bool, err error) {
	if err := copyFile(path, dst); err != nil {
		return false, err
	}
	for _, s := range sideSuffixes {
		fi, err := os.Stat(path + s)
		if err != nil || !fi.Mode().IsRegular() || fi.Size() == 0 {
			continue
		}
		if err := copyFile(path+s, dst+s); err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				continue // the writer removed it meanwhile; stamp says so
			}
			return false, err
		}
		sides = true
	}
	return sides, nil
}

// copyFile copies src to a new file dst. src is opened read-only and is
// never written, locked or truncated.
func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return statErr(src, err)
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return tempErr(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		var pe *fs.PathError
		if errors.As(err, &pe) && pe.Path == dst {
			return tempErr(err)
		}
		return &store.FileError{Reason: store.ReasonIO, Path: src, Err: err}
	}
	if err := out.Close(); err != nil {
		return tempErr(err)
	}
	return nil
}

// removeCopy removes a copy and whatever SQLite left beside it.
func removeCopy(cp string) {
	for _, s := range []string{"", "-wal", "-shm", "-journal"} {
		os.Remove(cp + s)
	}
}

// statErr classifies a failure to reach an original file the way store
// does.
func statErr(path string, err error) error {
	reason := store.ReasonIO
	switch {
	case errors.Is(err, fs.ErrNotExist), errors.Is(err, syscall.ENOTDIR):
		reason = store.ReasonNotFound
	case errors.Is(err, fs.ErrPermission):
		reason = store.ReasonNoPermission
	case errors.Is(err, syscall.ELOOP):
		reason = store.ReasonLinkLoop
	}
	return &store.FileError{Reason: reason, Path: path, Err: err}
}

// tempError is a failure to write a copy into the temporary folder: the
// machine's problem, not the plan's.
type tempError struct{ err error }

func (e *tempError) Error() string { return e.err.Error() }
func (e *tempError) Unwrap() error { return e.err }

func tempErr(err error) error { return &tempError{err} }

// FolderError is a folder that cannot be read as a board: it does not
// exist, is a file, or may not be read; or the temporary folder the copies
// go to is not usable.
type FolderError struct {
	Path string
	Err  error
	Text model.Text
}

func (e *FolderError) Error() string { return e.Text.EN }

// Unwrap gives the underlying cause.
func (e *FolderError) Unwrap() error { return e.Err }

// Message is the sentence for the user in language l.
func (e *FolderError) Message(l model.Lang) string { return e.Text.In(l) }

func folderErr(dir string, err error) *FolderError {
	fe := &FolderError{Path: dir, Err: err}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		fe.Text = model.Text{
			NL: fmt.Sprintf("De map %s bestaat niet. Controleer de naam, of of de netwerkmap bereikbaar is.", dir),
			EN: fmt.Sprintf("The folder %s does not exist. Check the name, or whether the network folder is available.", dir)}
	case errors.Is(err, syscall.ENOTDIR):
		fe.Text = model.Text{
			NL: fmt.Sprintf("%s is een bestand en geen map. Geef de map met de .balans-bestanden van de scholen.", dir),
			EN: fmt.Sprintf("%s is a file, not a folder. Give the folder that holds the schools' .balans files.", dir)}
	case errors.Is(err, fs.ErrPermission):
		fe.Text = model.Text{
			NL: fmt.Sprintf("Je hebt geen toestemming om de map %s te lezen. Vraag de beheerder om leesrechten.", dir),
			EN: fmt.Sprintf("You have no permission to read the folder %s. Ask the administrator for read access.", dir)}
	default:
		fe.Text = model.Text{
			NL: fmt.Sprintf("De map %s kon niet worden gelezen (%v). Controleer of de schijf of netwerkmap bereikbaar is.", dir, err),
			EN: fmt.Sprintf("The folder %s could not be read (%v). Check that the disk or network folder is available.", dir, err)}
	}
	return fe
}
