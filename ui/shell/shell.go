package shell

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"balansplan/assets"
	"balansplan/model"
	"balansplan/planning"
	"balansplan/planning/workshop"
	"balansplan/ui/document"
)

// Config is what the shell needs to know when it starts.
type Config struct {
	// Path is the plan file to open; "" opens the last one used, or offers
	// the demo plan on the very first start.
	Path string
	// Lang is the language of the interface; "" takes the one chosen last
	// time, else Dutch.
	Lang model.Lang
	// CommitDelay is how long a form waits after the last keystroke before
	// it writes a valid value to the file (Enter and leaving the field
	// write at once). 0 or less writes only on Enter, on leaving the field
	// and before any other command; tests use that to stay deterministic.
	CommitDelay time.Duration
	// Files chooses files for Open, Save as, Import and Export. nil uses
	// fyne's file dialogs; tests give their own.
	Files FileChooser
}

// DefaultCommitDelay is the CommitDelay of the real application: how long
// a field waits after the last keystroke before it writes a valid value.
// Short, because what is typed is only safe once written (a killed app
// loses at most this much typing); long enough that a word typed at speed
// is one write, not one per letter.
const DefaultCommitDelay = 300 * time.Millisecond

// Shell is the main window of Balansplan: the menus, the sidebar with the
// registry of screens, the open document and the screens that show it.
// All its methods run on fyne's goroutine.
type Shell struct {
	app   fyne.App
	win   fyne.Window
	cfg   Config
	tr    *texts
	prefs prefs
	ref   *planning.Reference
	files FileChooser

	doc *document.Document

	defs    []screenDef
	screens []screen // built lazily, in registry order; nil until shown
	dirty   []bool   // screens that missed a refresh while hidden
	current int

	nav      *widget.List
	heading  *widget.Label
	body     *fyne.Container
	status   *widget.Label
	find     *widget.Entry
	undoItem *fyne.MenuItem
	redoItem *fyne.MenuItem
	docItems []*fyne.MenuItem // menu items that need an open document
	recent   *fyne.MenuItem

	// pending are form fields holding a valid value not yet written;
	// invalid those holding a value that does not validate.
	pending map[*field]struct{}
	invalid map[*field]struct{}

	// session is the turn-taking round that has the window, or nil (see
	// workshop_session.go); presenting is the open presentation, or nil.
	session    *session
	presenting *presentation
	sets       map[string]*workshop.QuestionSet // parsed question sets by version
}

// New builds the shell in window w of app a. Call Start to open a plan.
func New(a fyne.App, w fyne.Window, cfg Config) (*Shell, error) {
	s := &Shell{app: a, win: w, cfg: cfg, prefs: prefs{a.Preferences()}, pending: map[*field]struct{}{}, invalid: map[*field]struct{}{}}
	l := cfg.Lang
	if l == "" {
		l = s.prefs.lang()
	}
	tr, err := loadTexts(l)
	if err != nil {
		return nil, err
	}
	s.tr = tr
	ref, err := planning.ParseReference(assets.Monitor2013)
	if err != nil {
		return nil, fmt.Errorf("reference figures: %w", err)
	}
	s.ref = ref
	s.files = cfg.Files
	if s.files == nil {
		s.files = &dialogFiles{s: s}
	}
	s.defs = registry()
	w.SetIcon(fyne.NewStaticResource("icon.png", assets.Icon))
	w.SetMainMenu(s.mainMenu())
	w.SetContent(s.layout())
	w.SetCloseIntercept(func() {
		s.Close()
		w.Close()
	})
	s.showWelcome()
	s.updateTitle()
	return s, nil
}

// T is the interface text for key, in the shell's language.
func (s *Shell) T(key string, args ...any) string { return s.tr.T(key, args...) }

// Lang is the language of the interface.
func (s *Shell) Lang() model.Lang { return s.tr.lang }

// Document is the open document, or nil.
func (s *Shell) Document() *document.Document { return s.doc }

// Start opens the plan to begin with: the configured path, else the last
// one used, else it offers the demo plan.
func (s *Shell) Start() {
	switch {
	case s.cfg.Path != "":
		s.openPath(s.cfg.Path)
	case s.prefs.last() != "" && fileExists(s.prefs.last()):
		s.openPath(s.prefs.last())
	case !s.prefs.started():
		s.prefs.setStarted()
		s.offerDemo()
	}
}

// layout builds the window's content: sidebar, heading, screen body and
// status line.
func (s *Shell) layout() fyne.CanvasObject {
	s.nav = widget.NewList(
		func() int { return len(s.defs) },
		func() fyne.CanvasObject {
			return container.NewHBox(widget.NewIcon(theme.DocumentIcon()), widget.NewLabel(s.T("screen.school")))
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			row := o.(*fyne.Container)
			row.Objects[0].(*widget.Icon).SetResource(s.defs[id].icon)
			row.Objects[1].(*widget.Label).SetText(s.T("screen." + s.defs[id].id))
		})
	s.nav.OnSelected = func(id widget.ListItemID) { s.showScreen(id) }

	s.heading = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	s.heading.SizeName = theme.SizeNameSubHeadingText
	s.find = widget.NewEntry()
	s.find.SetPlaceHolder(s.T("find.placeholder"))
	s.find.OnChanged = func(q string) { s.filter(q) }
	s.find.OnSubmitted = func(q string) { s.jump(q) }
	undo := widget.NewButtonWithIcon("", theme.ContentUndoIcon(), func() { s.Undo() })
	redo := widget.NewButtonWithIcon("", theme.ContentRedoIcon(), func() { s.Redo() })
	top := container.NewBorder(nil, nil, nil,
		container.NewHBox(container.NewGridWrap(fyne.NewSize(260, s.find.MinSize().Height), s.find), undo, redo),
		s.heading)

	s.body = container.NewStack()
	s.status = widget.NewLabel("")
	s.status.Truncation = fyne.TextTruncateEllipsis

	right := container.NewBorder(container.NewVBox(top, widget.NewSeparator()), nil, nil, nil, s.body)
	split := container.NewHSplit(s.nav, right)
	split.Offset = 0.18
	return container.NewBorder(nil, container.NewVBox(widget.NewSeparator(), s.status), nil, nil, split)
}

// setDocument makes d the open document and rebuilds the screens for it.
func (s *Shell) setDocument(d *document.Document) {
	s.flush()
	s.closeDoc()
	s.doc = d
	s.screens = make([]screen, len(s.defs))
	s.dirty = make([]bool, len(s.defs))
	d.OnChange(s.changed)
	s.prefs.remember(d.Path())
	s.refreshMenus()
	s.updateTitle()
	s.nav.UnselectAll()
	s.current = -1
	s.nav.Select(0)
	s.setStatus(s.T("status.opened", d.Name()))
}

// Close writes what was typed but not yet written and closes the plan
// file. The window may go after it.
func (s *Shell) Close() {
	s.flush()
	s.closeDoc()
}

func (s *Shell) closeDoc() {
	if s.doc == nil {
		return
	}
	if err := s.doc.Close(); err != nil {
		fyne.LogError("close plan", err)
	}
	s.doc = nil
}

// changed runs after every change of the document: the visible screen is
// redrawn at once, hidden ones when they are shown next.
func (s *Shell) changed(c document.Change) {
	for i, sc := range s.screens {
		if sc == nil {
			continue
		}
		if i == s.current {
			sc.refresh()
		} else {
			s.dirty[i] = true
		}
	}
	s.refreshMenus()
	s.updateTitle()
	switch c.Kind {
	case document.Edited:
		s.setStatus(s.T("status.saved", c.Label))
	case document.Undone:
		s.setStatus(s.T("status.undone", c.Label))
	case document.Redone:
		s.setStatus(s.T("status.redone", c.Label))
	case document.Moved:
		s.prefs.remember(s.doc.Path())
		s.setStatus(s.T("status.moved", s.doc.Path()))
	}
}

// refreshAll redraws every built screen now; the benchmark uses it to
// measure the worst case of an edit.
func (s *Shell) refreshAll() {
	for i, sc := range s.screens {
		if sc != nil {
			sc.refresh()
			s.dirty[i] = false
		}
	}
}

func (s *Shell) updateTitle() {
	title := "Balansplan"
	if s.doc != nil {
		title = fmt.Sprintf("%s — %s — Balansplan", s.doc.Plan().School.Name, s.doc.Name())
	}
	s.win.SetTitle(title)
}

func (s *Shell) setStatus(msg string) { s.status.SetText(msg) }

// showScreen shows screen i of the registry, building it the first time.
func (s *Shell) showScreen(i int) {
	if s.doc == nil || i < 0 || i >= len(s.defs) {
		return
	}
	s.flush()
	if s.screens[i] == nil {
		s.screens[i] = s.defs[i].build(s)
		s.screens[i].refresh()
	} else if s.dirty[i] {
		s.screens[i].refresh()
	}
	s.dirty[i] = false
	s.current = i
	s.heading.SetText(s.T("screen." + s.defs[i].id))
	s.body.Objects = []fyne.CanvasObject{s.screens[i].content()}
	s.body.Refresh()
	if f, ok := s.screens[i].(filterable); ok {
		f.filter(s.find.Text)
	}
}

// show shows the screen with the given registry id and returns it.
func (s *Shell) show(id string) screen {
	for i, d := range s.defs {
		if d.id == id {
			if s.current != i {
				s.nav.Select(i) // calls showScreen
			}
			return s.screens[i]
		}
	}
	return nil
}

// openSubject shows the entity a finding or overview item is about: a
// vision or investment code opens it in its screen; anything else opens
// the fallback screen.
func (s *Shell) openSubject(codes []string, fallback string) {
	if s.doc == nil {
		return
	}
	p := s.doc.Plan()
	for _, c := range codes {
		for _, v := range p.Visions {
			if v.Code == c {
				s.show(scrVisions).(selecter).selectCode(c)
				return
			}
		}
		for _, inv := range p.Investments {
			if inv.Code == c {
				s.show(scrInvestments).(selecter).selectCode(c)
				return
			}
		}
	}
	if fallback != "" {
		s.show(fallback)
	}
}

// filter narrows the list of the current screen to what matches q.
func (s *Shell) filter(q string) {
	if s.doc == nil || s.current < 0 {
		return
	}
	if f, ok := s.screens[s.current].(filterable); ok {
		f.filter(q)
	}
}

// jump opens the vision or investment whose code is q, or else the first
// whose title contains q.
func (s *Shell) jump(q string) {
	q = strings.TrimSpace(q)
	if s.doc == nil || q == "" {
		return
	}
	p := s.doc.Plan()
	for _, v := range p.Visions {
		if strings.EqualFold(v.Code, q) {
			s.openSubject([]string{v.Code}, "")
			return
		}
	}
	for _, inv := range p.Investments {
		if strings.EqualFold(inv.Code, q) {
			s.openSubject([]string{inv.Code}, "")
			return
		}
	}
	lq := strings.ToLower(q)
	for _, v := range p.Visions {
		if strings.Contains(strings.ToLower(v.Title), lq) {
			s.openSubject([]string{v.Code}, "")
			return
		}
	}
	for _, inv := range p.Investments {
		if strings.Contains(strings.ToLower(inv.Title), lq) {
			s.openSubject([]string{inv.Code}, "")
			return
		}
	}
	s.setStatus(s.T("find.none", q))
}

// Find puts the cursor in the search field (Ctrl+F).
func (s *Shell) Find() {
	if s.doc == nil {
		return
	}
	s.win.Canvas().Focus(s.find)
}

// confirmEdit asks the question and, on yes, commits the change as one
// edit with the given undo label; the delete buttons use it.
func (s *Shell) confirmEdit(title, question, label string, change func(p *model.Plan)) {
	dialog.ShowConfirm(title, question, func(yes bool) {
		if yes {
			s.edit(label, change)
		}
	}, s.win)
}

// edit commits a change made by a button, a toggle or a selection. It
// reports whether the change was written; when not, the user has been told
// why.
func (s *Shell) edit(label string, change func(p *model.Plan)) bool {
	if s.doc == nil {
		return false
	}
	s.flush()
	if err := s.doc.Edit(label, change); err != nil {
		s.showError(err)
		return false
	}
	return true
}

// Undo takes back the last edit (Ctrl+Z). What was typed and is valid is
// written first, so that undo takes it back; what does not validate is
// dropped.
func (s *Shell) Undo() { s.history(s.doc.Undo) }

// Redo does the last undone edit again (Ctrl+Shift+Z).
func (s *Shell) Redo() { s.history(s.doc.Redo) }

func (s *Shell) history(step func() error) {
	if s.doc == nil || s.session != nil {
		return // during a session undo would show a previous participant's answers
	}
	s.flush()
	dropped := len(s.invalid) > 0
	for fl := range s.invalid {
		fl.setInvalid(false)
		fl.show("")
	}
	err := step()
	switch {
	case errors.Is(err, document.ErrNothing):
		if dropped { // show the plan's values again where garbage was typed
			for i := range s.dirty {
				s.dirty[i] = true
			}
			if s.current >= 0 && s.screens[s.current] != nil {
				s.screens[s.current].refresh()
				s.dirty[s.current] = false
			}
		}
	case err != nil:
		s.showError(err)
	}
}

// flush writes every form value typed but not yet written.
func (s *Shell) flush() {
	for f := range s.pending {
		f.commit()
	}
}

// errorText is the user's sentence for err: a file problem or a list of
// validation problems in the user's language; anything else gets a general
// sentence with the technical detail below it.
func (s *Shell) errorText(err error) string {
	// store.FileError, export.Error and the like carry their own sentence.
	var msg interface{ Message(model.Lang) string }
	var ps model.Problems
	switch {
	case errors.As(err, &msg):
		return msg.Message(s.Lang())
	case errors.As(err, &ps):
		msgs := ps.Messages(s.Lang())
		if len(msgs) > 12 {
			msgs = append(msgs[:12], s.T("error.more", len(ps)-12))
		}
		return strings.Join(msgs, "\n")
	}
	return s.T("error.unexpected") + "\n\n" + err.Error()
}

// showError tells the user what went wrong, in a dialog.
func (s *Shell) showError(err error) {
	msg := widget.NewLabel(s.errorText(err))
	msg.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom(s.T("error.title"), s.T("button.close"), container.NewVScroll(msg), s.win)
	d.Resize(fyne.NewSize(520, 260))
	d.Show()
	s.setStatus(strings.SplitN(s.errorText(err), "\n", 2)[0])
}

func baseName(p string) string { return filepath.Base(p) }
