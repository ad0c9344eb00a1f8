package shell

import (
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"balansplan/export"
)

// ExportPDF asks where to write the plan as PDF and writes it (Ctrl+E).
func (s *Shell) ExportPDF() {
	if s.doc == nil {
		return
	}
	s.flush()
	name := strings.TrimSuffix(s.doc.Name(), filepath.Ext(s.doc.Name())) + ".pdf"
	s.files.SaveFile(s.T("menu.exportpdf"), name, []string{".pdf"}, func(path string) {
		path = withExt(path, ".pdf")
		if path != "" {
			s.exportPDF(path, nil)
		}
	})
}

// exportPDF writes the PDF on a goroutine of its own, with a progress
// dialog, so the window stays responsive with a large plan. The goroutine
// gets the plan and analysis as they are now: the document never changes
// them, so the user may go on editing meanwhile. done, when not nil, runs
// on fyne's goroutine at the end.
func (s *Shell) exportPDF(path string, done func(error)) {
	p, a, l := s.doc.Plan(), s.doc.Analysis(), s.Lang()
	// A plan without a date of its own is dated on the day of the export,
	// and its cover says so; never a date the user did not give.
	today := s.now()
	s.RunExport(path, s.T("export.busy", filepath.Base(path)), func(progress func(n, total int)) error {
		return export.ExportPDFOn(p, a, l, path, progress, today)
	}, done)
}

// RunExport runs job, which writes path, on a goroutine of its own while
// a dialog says busy and shows its progress; the plan's PDF and the
// workshop report share it. job must only use values that nobody
// modifies (the document's plans and analyses never are). Widgets are
// touched only through fyne.Do. done, when not nil, runs on fyne's
// goroutine at the end.
func (s *Shell) RunExport(path, busy string, job func(progress func(n, total int)) error, done func(error)) {
	bar := widget.NewProgressBar()
	label := widget.NewLabel(busy)
	d := dialog.NewCustomWithoutButtons(s.T("export.title"), container.NewVBox(label, bar), s.win)
	d.Resize(fyne.NewSize(420, 140))
	d.Show()
	go func() {
		var last time.Time
		err := job(func(n, total int) {
			// Redraw at most every 50 ms; the last step always shows.
			if now := time.Now(); n < total && now.Sub(last) < 50*time.Millisecond {
				return
			} else {
				last = now
			}
			fyne.Do(func() {
				bar.Max = float64(total)
				bar.SetValue(float64(n))
			})
		})
		fyne.Do(func() {
			d.Hide()
			if err != nil {
				s.ShowError(err)
			} else {
				s.setExported(path)
			}
			if done != nil {
				done(err)
			}
		})
	}()
}
