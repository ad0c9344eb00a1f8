// Package uitest is the window the tests of ui/screens and ui/workshop run
// their screens and dialogs in: fyne's test app and window, one open plan
// in a fresh file, the texts of one language and a file chooser that
// answers from a list. It is a stand-in for ui/shell's Shell, with only
// what the screens and the workshop ask of a window; each package's tests
// add the navigation (Show, OpenSubject), which depends on their screens.
// Nothing but tests imports it.
package uitest

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"balansplan/assets"
	"balansplan/model"
	"balansplan/model/store"
	"balansplan/planning"
	"balansplan/ui/document"
	"balansplan/ui/form"
	"balansplan/ui/internal/texts"
)

// Host is a test window with a plan open in it.
type Host struct {
	*texts.Texts // T, Lang, Count, Errorf

	app    fyne.App
	win    fyne.Window
	doc    *document.Document
	fields *form.Pending
	status string

	// Answers is the file chooser: what the "user" picks in the next
	// file dialogs.
	Answers *Answers
	// Errors are the errors shown, in order.
	Errors []error
}

// New opens p, written to a fresh file in t.TempDir(), in a test window
// of 1280x800 speaking l. Typed values are written on Enter, on leaving
// the field and on Flush only (no commit timer), so tests are
// deterministic.
func New(t testing.TB, l model.Lang, p *model.Plan) *Host {
	t.Helper()
	tr, err := texts.Load(l)
	if err != nil {
		t.Fatal(err)
	}
	h := &Host{Texts: tr, app: test.NewTempApp(t), win: test.NewTempWindow(t, nil), fields: form.NewPending(0), Answers: &Answers{}}
	h.win.Resize(fyne.NewSize(1280, 800))
	ref, err := planning.BuiltinReference()
	if err != nil {
		t.Fatal(err)
	}
	d, err := document.Create(filepath.Join(t.TempDir(), "plan.balans"), p, ref)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close() })
	h.doc = d
	return h
}

// DemoPlan is the demo plan that ships in the binary (Het Dijkcollege).
func DemoPlan(t testing.TB) *model.Plan {
	t.Helper()
	p, problems := model.DecodeJSON(bytes.NewReader(assets.DemoPlan))
	if len(problems) > 0 {
		t.Fatal(problems)
	}
	return p
}

// Doc is the open document.
func (h *Host) Doc() *document.Document { return h.doc }

// Editor is the open document as forms edit it.
func (h *Host) Editor() form.Editor { return h.doc }

// Pending is the window's list of typed values not yet written.
func (h *Host) Pending() *form.Pending { return h.fields }

// Window is the test window.
func (h *Host) Window() fyne.Window { return h.win }

// App is the test app.
func (h *Host) App() fyne.App { return h.app }

// SetStatus remembers the status line.
func (h *Host) SetStatus(msg string) { h.status = msg }

// Status is the last status line.
func (h *Host) Status() string { return h.status }

// Edit commits a change as the shell does: typed values first, then the
// change; an error is shown.
func (h *Host) Edit(label string, change func(p *model.Plan)) bool {
	h.fields.Flush()
	if err := h.doc.Edit(label, change); err != nil {
		h.ShowError(err)
		return false
	}
	return true
}

// ConfirmEdit asks in a dialog and edits on yes.
func (h *Host) ConfirmEdit(title, question, label string, change func(p *model.Plan)) {
	dialog.ShowConfirm(title, question, func(yes bool) {
		if yes {
			h.Edit(label, change)
		}
	}, h.win)
}

// ShowError records err and shows its sentence in a dialog, as the shell
// does.
func (h *Host) ShowError(err error) {
	h.Errors = append(h.Errors, err)
	text := h.ErrorText(err)
	msg := widget.NewLabel(text)
	dialog.NewCustom(h.T("error.title"), h.T("button.close"), container.NewVScroll(msg), h.win).Show()
	h.status = strings.SplitN(text, "\n", 2)[0]
}

// RunExport runs the job at once, on the test's goroutine.
func (h *Host) RunExport(path, busy string, job func(progress func(n, total int)) error, done func(error)) {
	err := job(func(int, int) {})
	if err != nil {
		h.ShowError(err)
	} else {
		h.status = h.T("status.exported", path)
	}
	if done != nil {
		done(err)
	}
}

// Answers is a file chooser that answers from lists, as a user would in
// the file dialogs.
type Answers struct {
	Open, Save []string
	Asked      []string // the titles of the dialogs, in order
	Suggested  []string // the names SaveFile proposed, in order
}

// OpenFile answers with the next of Open, or "" (cancelled).
func (a *Answers) OpenFile(title string, _ []string, done func(string)) {
	a.Asked = append(a.Asked, title)
	p := ""
	if len(a.Open) > 0 {
		p, a.Open = a.Open[0], a.Open[1:]
	}
	done(p)
}

// SaveFile answers with the next of Save, or "" (cancelled).
func (a *Answers) SaveFile(title, suggested string, _ []string, done func(string)) {
	a.Asked = append(a.Asked, title)
	a.Suggested = append(a.Suggested, suggested)
	p := ""
	if len(a.Save) > 0 {
		p, a.Save = a.Save[0], a.Save[1:]
	}
	done(p)
}

// OnDisk reads the plan back from its file, as another program would.
func OnDisk(t testing.TB, path string) *model.Plan {
	t.Helper()
	f, err := store.OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	p, err := f.Load()
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// Enter types text into a form field and presses Enter, as a user does.
func Enter(e *form.Entry, text string) {
	e.SetText("")
	test.Type(e, text)
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
}

// TopDialog is the text of the dialog on top and its buttons by label.
func TopDialog(t testing.TB, w fyne.Window) (text string, buttons map[string]*widget.Button) {
	t.Helper()
	top := w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog is shown")
	}
	var lines []string
	buttons = map[string]*widget.Button{}
	Walk(top, func(o fyne.CanvasObject) {
		switch v := o.(type) {
		case *widget.Label:
			lines = append(lines, v.Text)
		case *widget.Button:
			buttons[v.Text] = v
		}
	})
	return strings.Join(lines, "\n"), buttons
}

// Walk calls f on o and everything drawn inside it.
func Walk(o fyne.CanvasObject, f func(fyne.CanvasObject)) {
	f(o)
	switch v := o.(type) {
	case *fyne.Container:
		for _, c := range v.Objects {
			Walk(c, f)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(v).Objects() {
			Walk(c, f)
		}
	}
}

// Texts is the text of every label and button in o, one a line, hidden
// ones included only when shown: what a user can read there.
func Texts(o fyne.CanvasObject) string {
	var lines []string
	Walk(o, func(x fyne.CanvasObject) {
		if !x.Visible() {
			return
		}
		switch v := x.(type) {
		case *widget.Label:
			lines = append(lines, v.Text)
		case *widget.Button:
			lines = append(lines, v.Text)
		}
	})
	return strings.Join(lines, "\n")
}
