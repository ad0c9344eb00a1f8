package export

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"balansplan/model"
	"balansplan/planning"
)

// ErrorKind says what went wrong with an export, in terms a user can act
// on.
type ErrorKind string

// Kinds of export error.
const (
	ErrNoFolder   ErrorKind = "no_folder"  // the folder to save in does not exist
	ErrNoAccess   ErrorKind = "no_access"  // no permission to write there
	ErrDiskFull   ErrorKind = "disk_full"  // no space left on the device
	ErrWrite      ErrorKind = "write"      // another error while writing the file
	ErrRender     ErrorKind = "render"     // the PDF could not be made
	ErrNotAFolder ErrorKind = "not_folder" // the path's parent is a file
)

// Error is an export that failed. Error() is for logs; Message gives the
// sentence to show a user, in Dutch or English.
type Error struct {
	Kind ErrorKind
	Path string // the file that was to be written; empty for RenderPDF
	Err  error
}

func (e *Error) Error() string {
	if e.Path == "" {
		return fmt.Sprintf("export pdf: %s: %v", e.Kind, e.Err)
	}
	return fmt.Sprintf("export pdf %s: %s: %v", e.Path, e.Kind, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }

// Message is the error as a sentence for the user.
func (e *Error) Message(l model.Lang) string {
	dir := filepath.Dir(e.Path)
	what := model.Text{NL: "Het bestand", EN: "The file"}
	if strings.EqualFold(filepath.Ext(e.Path), ".pdf") || e.Path == "" {
		what = model.Text{NL: "De PDF", EN: "The PDF"}
	}
	w := what.In(l)
	var t model.Text
	switch e.Kind {
	case ErrNoFolder:
		t = model.Text{
			NL: fmt.Sprintf("%s is niet opgeslagen: de map %s bestaat niet. Kies een andere map.", w, dir),
			EN: fmt.Sprintf("%s was not saved: the folder %s does not exist. Choose another folder.", w, dir),
		}
	case ErrNotAFolder:
		t = model.Text{
			NL: fmt.Sprintf("%s is niet opgeslagen: %s is geen map. Kies een andere map.", w, dir),
			EN: fmt.Sprintf("%s was not saved: %s is not a folder. Choose another folder.", w, dir),
		}
	case ErrNoAccess:
		t = model.Text{
			NL: fmt.Sprintf("%s is niet opgeslagen: je mag niet schrijven in de map %s (of het bestand is beveiligd). Kies een andere map.", w, dir),
			EN: fmt.Sprintf("%s was not saved: you may not write in the folder %s (or the file is protected). Choose another folder.", w, dir),
		}
	case ErrDiskFull:
		t = model.Text{
			NL: fmt.Sprintf("%s is niet opgeslagen: de schijf van %s is vol. Maak ruimte vrij of kies een andere schijf.", w, dir),
			EN: fmt.Sprintf("%s was not saved: the disk of %s is full. Free some space or choose another disk.", w, dir),
		}
	case ErrRender:
		t = model.Text{
			NL: fmt.Sprintf("%s kon niet worden gemaakt door een interne fout; er is niets opgeslagen. Technische details: %v", w, e.Err),
			EN: fmt.Sprintf("%s could not be made because of an internal error; nothing was saved. Technical details: %v", w, e.Err),
		}
	default:
		t = model.Text{
			NL: fmt.Sprintf("%s is niet opgeslagen in %s (%v). Er is geen half bestand achtergebleven.", w, e.Path, e.Err),
			EN: fmt.Sprintf("%s was not saved to %s (%v). No partial file was left behind.", w, e.Path, e.Err),
		}
	}
	return t.In(l)
}

// RenderPDF writes the report as a PDF to w. An error of w is returned
// wrapped (errors.Is and errors.As see it); any other failure is an *Error
// of kind ErrRender.
func RenderPDF(r *Report, w io.Writer) error {
	m, err := loadMetrics()
	if err != nil {
		return &Error{Kind: ErrRender, Err: err}
	}
	return paintPDF(r, layOut(m, r), w)
}

// paintPDF paints the laid-out report to w. An error of w is returned
// wrapped; any other failure is an *Error of kind ErrRender.
func paintPDF(r *Report, lo *laidOut, w io.Writer) error {
	if err := paint(r, lo, markingWriter{w}); err != nil {
		if isWriteErr(err) {
			return err
		}
		return &Error{Kind: ErrRender, Err: err}
	}
	return nil
}

func isWriteErr(err error) bool {
	var we writeErr
	return errors.As(err, &we)
}

// writeErr marks an error of the destination writer, so that it is not
// mistaken for a rendering error.
type writeErr struct{ err error }

func (w writeErr) Error() string { return w.err.Error() }
func (w writeErr) Unwrap() error { return w.err }

type markingWriter struct{ w io.Writer }

func (m markingWriter) Write(p []byte) (int, error) {
	n, err := m.w.Write(p)
	if err != nil {
		err = writeErr{err}
	}
	return n, err
}

// WritePDF writes the report as a PDF file at path, atomically: it writes a
// temporary file in the same folder, flushes it to disk and renames it
// over path. When anything fails, path is left as it was and no temporary
// file remains. Errors are *Error.
func WritePDF(r *Report, path string) error {
	return writeFile(path, func(w io.Writer) error { return RenderPDF(r, w) })
}

func writeFile(path string, render func(io.Writer) error) (err error) {
	dir := filepath.Dir(path)
	if fi, statErr := os.Stat(dir); statErr != nil {
		return classify(path, statErr)
	} else if !fi.IsDir() {
		return &Error{Kind: ErrNotAFolder, Path: path, Err: fmt.Errorf("%s is not a directory", dir)}
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return classify(path, err)
	}
	tmpName := tmp.Name()
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmpName)
		}
	}()
	bw := bufio.NewWriterSize(tmp, 256<<10)
	if err := render(bw); err != nil {
		var ee *Error
		if errors.As(err, &ee) && ee.Kind == ErrRender {
			ee.Path = path
			return ee
		}
		return classify(path, err)
	}
	if err := bw.Flush(); err != nil {
		return classify(path, err)
	}
	if err := tmp.Sync(); err != nil {
		return classify(path, err)
	}
	if err := tmp.Close(); err != nil {
		return classify(path, err)
	}
	// CreateTemp makes the file readable by the owner only; a PDF is a
	// normal document.
	if err := os.Chmod(tmpName, 0o644); err != nil {
		return classify(path, err)
	}
	if err := os.Rename(tmpName, path); err != nil {
		return classify(path, err)
	}
	// Make the rename itself durable; not every system can sync a folder,
	// and the file is complete either way.
	if d, derr := os.Open(dir); derr == nil {
		d.Sync()
		d.Close()
	}
	return nil
}

// classify turns a file system error into an *Error of the right kind.
func classify(path string, err error) *Error {
	kind := ErrWrite
	switch {
	case errors.Is(err, fs.ErrNotExist):
		kind = ErrNoFolder
	case errors.Is(err, fs.ErrPermission), errors.Is(err, syscall.EROFS):
		kind = ErrNoAccess
	case errors.Is(err, syscall.ENOSPC), errors.Is(err, syscall.EDQUOT):
		kind = ErrDiskFull
	case errors.Is(err, syscall.ENOTDIR):
		kind = ErrNotAFolder
	}
	return &Error{Kind: kind, Path: path, Err: err}
}

// ExportPDF is the whole export in one call, without an export date (a
// plan without a date of its own then has none on its cover; the command
// line and the GUI call ExportPDFOn with today): it builds the report of plan p with its analysis a in language l
// and writes it atomically to path. When a is nil the plan is analysed
// here, with the national reference figures shipped in assets. progress,
// when not nil, is called with (0, total) at the start and after each
// step with the number of steps done, ending with (total, total) on
// success. Errors are *Error.
func ExportPDF(p *model.Plan, a *planning.Analysis, l model.Lang, path string, progress func(done, total int)) error {
	return ExportPDFOn(p, a, l, path, progress, time.Time{})
}

// progressSteps returns the step function of an export in total steps: it
// reports step n to progress, which may be nil.
func progressSteps(progress func(done, total int), total int) func(n int) {
	return func(n int) {
		if progress != nil {
			progress(n, total)
		}
	}
}

// analysedWithReference returns a, or when a is nil the analysis of p with
// the national reference figures shipped in assets. Errors are *Error of
// kind ErrRender for path.
func analysedWithReference(p *model.Plan, a *planning.Analysis, path string) (*planning.Analysis, error) {
	if a != nil {
		return a, nil
	}
	ref, err := planning.BuiltinReference()
	if err != nil {
		return nil, &Error{Kind: ErrRender, Path: path, Err: err}
	}
	return planning.Analyse(p, ref), nil
}
