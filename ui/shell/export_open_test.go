package shell

import (
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/test"

	"balansplan/model"
)

// Issue 11, "what a director also expects": after an export the PDF and
// its folder open in one click, through the system's opener, and the
// buttons go when the status line says something else.
func TestAfterAnExportThePDFAndItsFolderOpenInOneClick(t *testing.T) {
	s := withDemo(t, model.NL)
	var opened []string
	s.cfg.Open = func(p string) error { opened = append(opened, p); return nil }
	if s.openOut.Visible() || s.showOut.Visible() {
		t.Fatal("the open buttons show before any export")
	}
	path := filepath.Join(t.TempDir(), "plan.pdf")
	done := make(chan error, 1)
	s.exportPDF(path, func(err error) { done <- err })
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if !s.openOut.Visible() || !s.showOut.Visible() || s.openOut.Text != "PDF openen" || s.showOut.Text != "Map tonen" {
		t.Fatalf("after the export the buttons are %q (%v) and %q (%v)", s.openOut.Text, s.openOut.Visible(), s.showOut.Text, s.showOut.Visible())
	}
	test.Tap(s.openOut)
	test.Tap(s.showOut)
	if len(opened) != 2 || opened[0] != path || opened[1] != filepath.Dir(path) {
		t.Errorf("opened %v, want the PDF and then its folder", opened)
	}
	s.SetStatus("iets anders")
	if s.openOut.Visible() || s.showOut.Visible() {
		t.Error("the buttons stay after the status line changed")
	}
}
