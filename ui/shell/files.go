package shell

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/storage/repository"
	"fyne.io/fyne/v2/widget"

	"balansplan/assets"
	"balansplan/export"
	"balansplan/model"
	"balansplan/model/store"
	"balansplan/ui/document"
)

// FileChooser asks the user for a file. done gets the chosen path, or ""
// when the user cancelled. The real program uses fyne's file dialogs; tests
// answer at once.
type FileChooser interface {
	// OpenFile asks for an existing file with one of the extensions
	// (".balans", ".json").
	OpenFile(title string, exts []string, done func(path string))
	// SaveFile asks for a new file name; suggested is the proposed name.
	// An absolute suggested path also proposes its folder; otherwise the
	// dialog starts in the folder of the open plan. When the user accepts
	// an existing file, it has agreed to replace it.
	SaveFile(title, suggested string, exts []string, done func(path string))
}

// dialogFiles is the FileChooser of the real program.
type dialogFiles struct{ s *Shell }

func (f *dialogFiles) OpenFile(title string, exts []string, done func(string)) {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			f.s.ShowError(err)
			return
		}
		if r == nil {
			done("")
			return
		}
		path := r.URI().Path()
		r.Close()
		done(path)
	}, f.s.win)
	d.SetTitleText(title)
	d.SetFilter(storage.NewExtensionFileFilter(exts))
	f.setLocation(d, "")
	// fyne's FileDialog.Resize panics before Show (its MinSize reads the
	// window Show creates), so the size comes after.
	d.Show()
	d.Resize(fyne.NewSize(800, 560))
}

func (f *dialogFiles) SaveFile(title, suggested string, exts []string, done func(string)) {
	keepFilesUntilWritten()
	// fyne asks "Overwrite? Are you sure ..." in English, whatever the
	// language, when the chosen file exists; while its save dialog is open
	// it is told that no file exists, and saved asks in the user's
	// language instead.
	hideExisting.Store(true)
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		hideExisting.Store(false)
		f.saved(w, err, done)
	}, f.s.win)
	d.SetOnClosed(func() { hideExisting.Store(false) })
	d.SetTitleText(title)
	dir := ""
	if filepath.IsAbs(suggested) {
		dir, suggested = filepath.Split(suggested)
	}
	d.SetFileName(suggested)
	d.SetFilter(storage.NewExtensionFileFilter(exts))
	f.setLocation(d, dir)
	// fyne's FileDialog.Resize panics before Show (its MinSize reads the
	// window Show creates), so the size comes after.
	d.Show()
	d.Resize(fyne.NewSize(800, 560))
}

// saved hands the name the save dialog chose to done. The dialog has only
// named the file (keepFilesUntilWritten) and nothing is removed here: an
// existing file is replaced by whoever writes the new one, and only once
// that has succeeded (the exports and SaveCopy rename a finished file into
// place; createAndOpen moves the old file aside and puts it back on
// failure). So a failed export leaves the old file as it was.
//
// An existing file is confirmed here, in the user's language (fyne's own
// question is English only); the open plan itself is not asked about, its
// callers say that every edit is already in it or refuse it.
func (f *dialogFiles) saved(w fyne.URIWriteCloser, err error, done func(string)) {
	if err != nil {
		f.s.ShowError(err)
		return
	}
	if w == nil {
		done("")
		return
	}
	path := w.URI().Path()
	w.Close()
	fi, err := os.Stat(path)
	switch {
	case err != nil || f.isOpenPlan(fi):
		done(path)
	case fi.IsDir():
		f.s.ShowError(f.s.Errorf("overwrite.folder", filepath.Base(path)))
	default:
		f.s.confirmReplace(path, func() { done(path) })
	}
}

// confirmReplace asks whether the existing file at path may be replaced,
// and calls yes when it may.
func (s *Shell) confirmReplace(path string, yes func()) {
	msg := widget.NewLabel(s.T("overwrite.question", filepath.Base(path)))
	msg.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomConfirm(s.T("overwrite.title"), s.T("overwrite.replace"), s.T("button.cancel"), msg, func(ok bool) {
		if ok {
			yes()
		}
	}, s.win)
	d.Resize(fyne.NewSize(480, 220))
	d.Show()
}

// hideExisting is set while a save dialog of Balansplan is open: the file
// repository then reports that no file exists (lazyFileRepo.Exists).
var hideExisting atomic.Bool

// isOpenPlan reports whether fi is the file of the open plan.
func (f *dialogFiles) isOpenPlan(fi os.FileInfo) bool { return f.s.isOpenPlan(fi) }

// isOpenPlan reports whether fi is the file of the open plan.
func (s *Shell) isOpenPlan(fi os.FileInfo) bool {
	if s.doc == nil {
		return false
	}
	open, err := os.Stat(s.doc.Path())
	return err == nil && os.SameFile(fi, open)
}

// keepFilesUntilWritten makes fyne's save dialog stop emptying the chosen
// file: its Writer for "file" URIs opens the file only on the first Write.
// fyne empties an existing file the moment the user confirms "Overwrite?",
// before Balansplan sees the name; when that file is the open plan, the
// plan is lost.
func keepFilesUntilWritten() {
	r, err := repository.ForScheme("file")
	if err != nil {
		return
	}
	if _, ok := r.(lazyFileRepo); ok {
		return
	}
	if w, ok := r.(fileRepository); ok {
		repository.Register("file", lazyFileRepo{w})
	}
}

// fileRepository is what fyne's own file repository does.
type fileRepository interface {
	repository.AppendableRepository
	repository.ListableRepository
	repository.HierarchicalRepository
	repository.CopyableRepository
	repository.MovableRepository
	repository.DeleteAllRepository
}

// lazyFileRepo is fyne's file repository with a Writer that creates or
// empties the file only when something is written to it.
type lazyFileRepo struct{ fileRepository }

// Exists is fyne's, except while a save dialog is open (hideExisting): then
// nothing exists, so that the dialog hands over the name without its own
// English "Overwrite?" question.
func (r lazyFileRepo) Exists(u fyne.URI) (bool, error) {
	if hideExisting.Load() {
		return false, nil
	}
	return r.fileRepository.Exists(u)
}

func (lazyFileRepo) Writer(u fyne.URI) (fyne.URIWriteCloser, error) {
	return &lazyWriter{u: u}, nil
}

type lazyWriter struct {
	u fyne.URI
	f *os.File
}

func (w *lazyWriter) URI() fyne.URI { return w.u }

func (w *lazyWriter) Write(p []byte) (int, error) {
	if w.f == nil {
		f, err := os.Create(w.u.Path())
		if err != nil {
			return 0, err
		}
		w.f = f
	}
	return w.f.Write(p)
}

func (w *lazyWriter) Close() error {
	if w.f == nil {
		return nil
	}
	return w.f.Close()
}

// setLocation starts the dialog in folder dir, or when that is "" in the
// folder of the open plan.
func (f *dialogFiles) setLocation(d *dialog.FileDialog, dir string) {
	if dir == "" {
		if f.s.doc == nil {
			return
		}
		dir = filepath.Dir(f.s.doc.Path())
	}
	if l, err := storage.ListerForURI(storage.NewFileURI(dir)); err == nil {
		d.SetLocation(l)
	}
}

// withExt adds ext to path when it has another or none.
func withExt(path, ext string) string {
	if path == "" || strings.EqualFold(filepath.Ext(path), ext) {
		return path
	}
	return path + ext
}

// openPath opens a plan file and shows it; a failure is shown in a dialog
// and the document stays as it was. A read-only file cannot be opened for
// editing; the user is offered a copy instead (offerCopy).
func (s *Shell) openPath(path string) {
	d, err := document.Open(path, s.ref)
	s.opened(path, d, err)
}

// opened shows the plan d opened from path, or what went wrong (err).
func (s *Shell) opened(path string, d *document.Document, err error) {
	if err != nil {
		var fe *store.FileError
		if errors.As(err, &fe) && fe.Reason == store.ReasonReadOnly {
			s.offerCopy(path)
			return
		}
		if !fileExists(path) {
			s.prefs.forget(absPath(path))
			s.refreshMenus()
		}
		s.ShowError(err)
		return
	}
	s.setDocument(d)
}

// offerCopy tells the user that the plan at path is read-only and offers
// to save a copy elsewhere and open that. The original is only read, and
// stays as it is; on Cancel nothing changes.
func (s *Shell) offerCopy(path string) {
	msg := widget.NewLabel(s.T("readonly.question", filepath.Base(path)))
	msg.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomConfirm(s.T("readonly.title"), s.T("readonly.copy"), s.T("button.cancel"), msg, func(yes bool) {
		if yes {
			s.saveCopyOf(path)
		}
	}, s.win)
	d.Resize(fyne.NewSize(520, 260))
	d.Show()
}

// saveCopyOf asks where to save a copy of the read-only plan at orig,
// writes it and opens it. The copy is proposed in the user's documents
// folder, since the original's folder may well be read-only too.
func (s *Shell) saveCopyOf(orig string) {
	stem := strings.TrimSuffix(filepath.Base(orig), filepath.Ext(orig))
	suggested := freeName(copyFolder(), func(n int) string {
		if n == 1 {
			return s.T("readonly.copyname", stem) + ".balans"
		}
		return s.T("readonly.copyname.n", stem, n) + ".balans"
	})
	s.files.SaveFile(s.T("readonly.saveas"), suggested, []string{".balans"}, func(dest string) {
		dest = withExt(dest, ".balans")
		if dest == "" {
			return
		}
		if fi, err := os.Stat(dest); err == nil {
			// Replacing the open plan would lose it; a read-only file is
			// meant to stay as it is, like orig itself.
			if s.isOpenPlan(fi) {
				s.ShowError(&store.FileError{Reason: store.ReasonSameFile, Path: dest})
				return
			}
			if fi.Mode().Perm()&0o200 == 0 {
				s.ShowError(&store.FileError{Reason: store.ReasonReadOnly, Path: dest})
				return
			}
		}
		d, err := document.OpenCopy(orig, dest, s.ref)
		if err != nil {
			s.ShowError(err)
			return
		}
		s.setDocument(d)
		s.SetStatus(s.T("status.readonlycopy", d.Path(), absPath(orig)))
	})
}

// copyFolder is where a copy of a read-only plan is proposed: the user's
// documents folder when there is one, else the home folder, else "" (the
// dialog's own choice).
func copyFolder() string {
	home, err := os.UserHomeDir()
	if err != nil || home == "" {
		return ""
	}
	for _, name := range []string{"Documents", "Documenten"} {
		if fi, err := os.Stat(filepath.Join(home, name)); err == nil && fi.IsDir() {
			return filepath.Join(home, name)
		}
	}
	return home
}

// freeName is the first of name(1), name(2), ... that is not taken in dir,
// joined to dir; with dir "" it is name(1).
func freeName(dir string, name func(n int) string) string {
	path := filepath.Join(dir, name(1))
	if dir == "" {
		return path
	}
	for n := 2; taken(path) && n < 100; n++ {
		path = filepath.Join(dir, name(n))
	}
	return path
}

func taken(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}

func absPath(p string) string {
	if a, err := filepath.Abs(p); err == nil {
		return a
	}
	return p
}

// Open asks for a plan file and opens it (Ctrl+O).
func (s *Shell) Open() {
	s.flush()
	s.files.OpenFile(s.T("menu.open"), []string{".balans"}, func(path string) {
		if path != "" {
			s.openPath(path)
		}
	})
}

// SaveAs writes a copy of the plan under a new name and goes on in the copy
// (Ctrl+S).
func (s *Shell) SaveAs() {
	if s.doc == nil {
		return
	}
	s.flush()
	s.files.SaveFile(s.T("menu.saveas"), s.doc.Name(), []string{".balans"}, func(path string) {
		path = withExt(path, ".balans")
		if path == "" {
			return
		}
		if fi, err := os.Stat(path); err == nil && s.isOpenPlan(fi) {
			// Nothing to do, but say so: every edit is already in this file.
			s.SetStatus(s.T("status.alreadysaved"))
			return
		}
		if err := s.doc.SaveAs(path); err != nil {
			s.ShowError(err)
			return
		}
		s.updateTitle()
	})
}

// ImportJSON reads a plan in the interchange format and saves it as a new
// plan file, all or nothing.
func (s *Shell) ImportJSON() {
	s.flush()
	s.files.OpenFile(s.T("menu.import"), []string{".json"}, func(path string) {
		if path == "" {
			return
		}
		p, err := readPlanJSON(path)
		if err != nil {
			s.ShowError(err)
			return
		}
		name := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path)) + ".balans"
		s.files.SaveFile(s.T("import.saveas"), name, []string{".balans"}, func(out string) {
			out = withExt(out, ".balans")
			if out == "" {
				return
			}
			s.createAndOpen(out, p)
		})
	})
}

// readPlanJSON reads an interchange file; its problems come back as
// model.Problems.
func readPlanJSON(path string) (*model.Plan, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	p, problems := model.DecodeJSON(f)
	if len(problems) > 0 {
		return nil, problems
	}
	return p, nil
}

// createAndOpen writes p as a new plan file at path and opens it. The
// store never replaces a file when it creates one, so a file the user
// agreed to replace is moved aside first and put back when the new plan
// cannot be written; it goes only once the new one is there. The open plan
// and a read-only file are never replaced.
func (s *Shell) createAndOpen(path string, p *model.Plan) {
	var aside string
	if fi, err := os.Stat(path); err == nil && fi.Mode().IsRegular() {
		if s.isOpenPlan(fi) {
			s.ShowError(&store.FileError{Reason: store.ReasonSameFile, Path: path})
			return
		}
		if fi.Mode().Perm()&0o200 == 0 {
			s.ShowError(&store.FileError{Reason: store.ReasonReadOnly, Path: path})
			return
		}
		aside = freeName(filepath.Dir(path), func(n int) string {
			return "." + filepath.Base(path) + ".old-" + strconv.Itoa(n)
		})
		if err := os.Rename(path, aside); err != nil {
			s.ShowError(err)
			return
		}
	}
	d, err := document.Create(path, p, s.ref)
	if err != nil {
		if aside != "" {
			if rerr := os.Rename(aside, path); rerr != nil {
				fyne.LogError("put back "+path, rerr)
			}
		}
		s.ShowError(err)
		return
	}
	if aside != "" {
		if err := os.Remove(aside); err != nil {
			fyne.LogError("remove replaced "+aside, err)
		}
	}
	s.setDocument(d)
}

// ExportJSON writes the plan in the interchange format.
func (s *Shell) ExportJSON() {
	if s.doc == nil {
		return
	}
	s.flush()
	name := strings.TrimSuffix(s.doc.Name(), filepath.Ext(s.doc.Name())) + ".json"
	s.files.SaveFile(s.T("menu.exportjson"), name, []string{".json"}, func(path string) {
		path = withExt(path, ".json")
		if path == "" {
			return
		}
		if err := export.WriteJSON(s.doc.Plan(), path); err != nil {
			s.ShowError(err)
			return
		}
		s.SetStatus(s.T("status.exported", path))
	})
}

// demoPlan decodes the demo plan shipped in the binary.
func demoPlan() (*model.Plan, error) {
	p, problems := model.DecodeJSON(bytes.NewReader(assets.DemoPlan))
	if len(problems) > 0 {
		return nil, problems
	}
	return p, nil
}

// demoPath is where the demo plan is kept: in the app's own storage, so
// opening it again finds the user's changes.
func (s *Shell) demoPath() string {
	return filepath.Join(s.app.Storage().RootURI().Path(), "voorbeeldplan-dijkcollege.balans")
}

// OpenDemo opens the demo plan, creating it on first use.
func (s *Shell) OpenDemo() {
	path := s.demoPath()
	if fileExists(path) {
		s.openPath(path)
		return
	}
	p, err := demoPlan()
	if err != nil {
		s.ShowError(err)
		return
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		s.ShowError(err)
		return
	}
	s.createAndOpen(path, p)
}

// offerDemo asks, on the first start, whether to open the demo plan.
func (s *Shell) offerDemo() {
	dialog.ShowConfirm(s.T("demo.title"), s.T("demo.question"), func(yes bool) {
		if yes {
			s.OpenDemo()
		}
	}, s.win)
}
