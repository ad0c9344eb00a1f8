package shell

import (
	"errors"
	"fmt"
	"image"
	"net/url"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"balansplan/assets"
	"balansplan/model"
	"balansplan/model/store"
	"balansplan/planning"
	"balansplan/ui/crash"
	"balansplan/ui/document"
	"balansplan/ui/form"
	"balansplan/ui/internal/texts"
	"balansplan/ui/screens"
	"balansplan/ui/workshop"
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
	// Now is the clock of the PDF export's date; nil is time.Now.
	Now func() time.Time
	// Open opens a file or folder with the system's program for it
	// (xdg-open, open, start), without waiting for that program; nil asks
	// fyne's App.OpenURL, which does just that. Tests record the paths.
	Open func(path string) error
	// Background runs a job off fyne's goroutine: Start opens and analyses
	// the first plan there, so that the window is painted at once. nil
	// starts a goroutine; tests run the job when they choose.
	Background func(job func())
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
	tr    *texts.Texts
	prefs prefs
	ref   *planning.Reference
	files FileChooser

	doc *document.Document

	defs    []screens.Def
	screens []screens.Screen // built lazily, in registry order; nil until shown
	dirty   []bool           // screens that missed a refresh while hidden
	current int

	nav *widget.List
	// undoAt and redoAt remember on which screen each step of the
	// history was made, so that undo and redo show the change where it
	// was made (an undo on Overzicht of an edit on Investeringen goes
	// there).
	undoAt, redoAt []historyStep
	heading        *widget.Label
	body           *fyne.Container
	bodyView       *container.Scroll // the body's viewport
	status         *widget.Label
	// openOut and showOut open the file just exported and its folder;
	// they are shown beside the status line that names the file.
	openOut, showOut *widget.Button
	exported         string
	find             *widget.Entry
	undoItem         *fyne.MenuItem
	redoItem         *fyne.MenuItem
	docItems         []*fyne.MenuItem // menu items that need an open document
	recent           *fyne.MenuItem

	// fields are the form fields holding a typed value not yet written.
	fields *form.Pending
	// saving is set while the status line says "Opslaan…" for a typed
	// value; beforeSaving is what it said before.
	saving       bool
	beforeSaving string
	// lastEdit is the label of the last edit written, for the status line
	// of a typed value whose write said more (watchTyping).
	lastEdit string

	// painted is closed when the window's first frame is drawn (the
	// paintMark's raster is drawn then); Start waits for it.
	painted     chan struct{}
	paintedOnce sync.Once

	// loading counts the plans opened in the background (Start); one that
	// arrives after the user opened another is dropped.
	loading int

	// helps are the open help windows, by text key.
	helps map[string]fyne.Window

	// ws is the workshop side of the window: its sessions, presentation
	// and dialogs (ui/workshop).
	ws *workshop.Workshop
}

// New builds the shell in window w of app a. Call Start to open a plan.
func New(a fyne.App, w fyne.Window, cfg Config) (*Shell, error) {
	s := &Shell{app: a, win: w, cfg: cfg, prefs: prefs{a.Preferences()}, fields: form.NewPending(cfg.CommitDelay),
		painted: make(chan struct{})}
	l := cfg.Lang
	if l == "" {
		l = s.prefs.lang()
	}
	tr, err := texts.Load(l)
	if err != nil {
		return nil, err
	}
	s.tr = tr
	ref, err := planning.BuiltinReference()
	if err != nil {
		return nil, fmt.Errorf("reference figures: %w", err)
	}
	s.ref = ref
	s.files = cfg.Files
	if s.files == nil {
		s.files = &dialogFiles{s: s}
	}
	s.fields.Watch(s.watchTyping)
	s.ws = workshop.New(s)
	s.defs = append(screens.Registry(), s.ws.Screen())
	s.applyTheme()
	w.SetIcon(fyne.NewStaticResource("icon.png", assets.Icon))
	w.SetMainMenu(s.mainMenu())
	w.SetContent(s.layout())
	// Delete with nothing in focus deletes the chosen entry of the screen
	// (with the list in focus the list does it: form.TableWidget).
	w.Canvas().SetOnTypedKey(func(e *fyne.KeyEvent) {
		if e.Name == fyne.KeyDelete {
			s.deleteChosen()
		}
	})
	w.SetCloseIntercept(func() {
		s.Close()
		w.Close()
	})
	// With a plan to open, the first frame shows only the window and the
	// status line that it is being opened; the welcome page would be built
	// and painted only to be replaced.
	if s.startPath() == "" {
		s.showWelcome()
	}
	s.updateTitle()
	return s, nil
}

// T is the interface text for key, in the shell's language.
func (s *Shell) T(key string, args ...any) string { return s.tr.T(key, args...) }

// Lang is the language of the interface.
func (s *Shell) Lang() model.Lang { return s.tr.Lang() }

// Document is the open document, or nil.
func (s *Shell) Document() *document.Document { return s.doc }

// Start opens the plan to begin with: the configured path, else the last
// one used, else it offers the demo plan. It returns at once: the plan is
// read and analysed off fyne's goroutine (Config.Background) while the
// window is painted with a status line that says so, and handed to the
// window through fyne.Do. Before, the window stayed blank for about half a
// second under load while this ran before the first frame.
func (s *Shell) Start() {
	// A crash of the previous run is offered once, before anything else.
	crash.OfferAtStart(s.app, s.win, s.Lang())
	if path := s.startPath(); path != "" {
		s.openInBackground(path)
		return
	}
	if !s.prefs.started() {
		s.prefs.setStarted()
		s.offerDemo()
	}
}

// startPath is the plan Start opens: the configured one, else the last
// one used when it is still there, else "".
func (s *Shell) startPath() string {
	switch {
	case s.cfg.Path != "":
		return s.cfg.Path
	case s.prefs.last() != "" && fileExists(s.prefs.last()):
		return s.prefs.last()
	}
	return ""
}

// openInBackground opens the plan at path off fyne's goroutine and then
// shows it, as openPath does. Whatever the user opened meanwhile wins:
// a plan that arrives after another was opened is closed unseen.
func (s *Shell) openInBackground(path string) {
	s.loading++
	ticket := s.loading
	s.SetStatus(s.T("status.loading", filepath.Base(path)))
	ref := s.ref
	run := s.cfg.Background
	if run == nil {
		// After the first frame: on a busy laptop the reading and the
		// analysis would otherwise take the processor from the first
		// paint. The wait is bounded, for a window that is not drawn.
		painted := s.painted
		run = func(job func()) {
			go func() {
				select {
				case <-painted:
				case <-time.After(time.Second):
				}
				job()
			}()
		}
	}
	run(func() {
		d, err := document.Open(path, ref)
		fyne.Do(func() {
			if ticket != s.loading {
				if d != nil {
					d.Close()
				}
				return
			}
			s.opened(path, d, err)
			if s.doc == nil {
				s.showWelcome() // it could not be opened; the error says why
			}
		})
	})
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
			row.Objects[0].(*widget.Icon).SetResource(s.defs[id].Icon)
			row.Objects[1].(*widget.Label).SetText(s.T("screen." + s.defs[id].ID))
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

	// The screen scrolls when it needs more room than the window gives, so
	// the window can always be made as small as a school laptop's screen
	// (1024x640); a screen that fits is given the whole area, as before.
	s.bodyView = container.NewScroll(s.body)
	right := container.NewBorder(container.NewVBox(top, widget.NewSeparator()), nil, nil, nil, s.bodyView)
	// The sidebar has one width on every screen: a split would give it
	// what the screen beside it leaves, so it jumped between screens.
	side := container.New(&fixedWidth{w: func() float32 { return SidebarWidth * s.prefs.textScale() }}, s.nav)
	s.openOut = widget.NewButtonWithIcon(s.T("export.open"), theme.DocumentIcon(), func() { s.reveal(s.exported) })
	s.showOut = widget.NewButtonWithIcon(s.T("export.folder"), theme.FolderOpenIcon(), func() { s.reveal(filepath.Dir(s.exported)) })
	s.openOut.Importance, s.showOut.Importance = widget.LowImportance, widget.LowImportance
	s.openOut.Hide()
	s.showOut.Hide()
	status := container.NewBorder(nil, nil, nil, container.NewHBox(s.openOut, s.showOut, s.paintMark()), s.status)
	return container.NewBorder(nil, container.NewVBox(widget.NewSeparator(), status), side, nil,
		container.NewBorder(nil, nil, widget.NewSeparator(), nil, right))
}

// paintMark is an invisible dot whose picture is made when the window is
// drawn: the first time, it tells Start that the window has been painted.
func (s *Shell) paintMark() fyne.CanvasObject {
	r := canvas.NewRaster(func(w, h int) image.Image {
		s.paintedOnce.Do(func() { close(s.painted) })
		return image.NewNRGBA(image.Rect(0, 0, max(w, 1), max(h, 1)))
	})
	r.SetMinSize(fyne.NewSize(1, 1))
	return r
}

// SidebarWidth is the width of the sidebar on every screen at normal text
// size (it grows with the text size): wide enough for the longest screen
// name ("School en ambitie", "Self-assessment").
const SidebarWidth = 200

// MinWindow is the smallest window every part of the shell works in: the
// screen of a school laptop.
var MinWindow = fyne.NewSize(1024, 640)

// fixedWidth lays its objects out at width w() and the height it is
// given, whatever they ask for.
type fixedWidth struct{ w func() float32 }

func (l *fixedWidth) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(fyne.NewSize(l.w(), size.Height))
	}
}

func (l *fixedWidth) MinSize(objs []fyne.CanvasObject) fyne.Size {
	h := float32(0)
	for _, o := range objs {
		h = max(h, o.MinSize().Height)
	}
	return fyne.NewSize(l.w(), h)
}

// setDocument makes d the open document and rebuilds the screens for it.
func (s *Shell) setDocument(d *document.Document) {
	s.loading++ // a plan still loading from Start is not wanted any more
	s.flush()
	s.closeDoc()
	s.doc = d
	s.screens = make([]screens.Screen, len(s.defs))
	s.dirty = make([]bool, len(s.defs))
	s.undoAt, s.redoAt = nil, nil
	d.OnChange(s.changed)
	if d.Path() != "" { // a plan from a database (ui/dbopen) is no recent file
		s.prefs.remember(d.Path())
	}
	s.refreshMenus()
	s.updateTitle()
	s.nav.UnselectAll()
	s.current = -1
	s.nav.Select(0)
	s.SetStatus(s.T("status.opened", d.Name()))
	if ps := d.Problems(); len(ps) > 0 {
		s.SetStatus(s.T("status.problems", d.Name(), s.Count("values", len(ps))))
		s.showProblems(ps)
	}
	// Another window or program has the file open: say so now, before
	// the first edit is refused because the other one saved first.
	if h := d.OpenElsewhere(); h != nil {
		msg := widget.NewLabel(h.Warning(d.Path()).In(s.Lang()))
		msg.Wrapping = fyne.TextWrapWord
		dlg := dialog.NewCustom(s.T("openelsewhere.title"), s.T("button.close"), msg, s.win)
		dlg.Resize(fyne.NewSize(520, 240))
		dlg.Show()
	}
}

// Close writes what was typed but not yet written and closes the plan
// file. The window may go after it.
func (s *Shell) Close() {
	if c := s.win.Canvas(); c != nil && c.Size().Width > 0 {
		s.prefs.setWindowSize(c.Size())
	}
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
			sc.Refresh()
		} else {
			s.dirty[i] = true
		}
	}
	s.refreshMenus()
	s.updateTitle()
	switch c.Kind {
	case document.Edited:
		s.recordStep(c.Label)
		s.SetStatus(s.T("status.saved", s.clock(), c.Label))
		s.lastEdit = c.Label
	case document.Undone:
		s.goToStep(&s.undoAt, &s.redoAt, c.Label)
		s.SetStatus(s.T("status.undone", c.Label))
	case document.Redone:
		s.goToStep(&s.redoAt, &s.undoAt, c.Label)
		s.SetStatus(s.T("status.redone", c.Label))
	case document.Moved:
		s.prefs.remember(s.doc.Path())
		s.SetStatus(s.T("status.moved", s.doc.Path()))
	}
}

// historyStep is a step of the undo history: its label and the screen
// it was made on.
type historyStep struct {
	label  string
	screen int
}

// recordStep remembers the screen of a new edit. Typing in one field is
// one step of the history (EditMerge) but tells each write; an edit with
// the same label on the same screen as the last is taken as part of it.
// If that guess is wrong, the lists only miss a step, and goToStep then
// stays where it is rather than going to a wrong screen.
func (s *Shell) recordStep(label string) {
	s.redoAt = nil
	if n := len(s.undoAt); n > 0 && s.undoAt[n-1] == (historyStep{label, s.current}) {
		return
	}
	s.undoAt = append(s.undoAt, historyStep{label, s.current})
}

// goToStep moves the step with label from one list to the other and shows
// its screen, when the list's last step is that one.
func (s *Shell) goToStep(from, to *[]historyStep, label string) {
	n := len(*from)
	if n == 0 || (*from)[n-1].label != label {
		return
	}
	st := (*from)[n-1]
	*from = (*from)[:n-1]
	*to = append(*to, st)
	if st.screen >= 0 && st.screen < len(s.defs) && st.screen != s.current {
		s.Show(s.defs[st.screen].ID)
	}
}

// refreshAll redraws every built screen now; the benchmark uses it to
// measure the worst case of an edit.
func (s *Shell) refreshAll() {
	for i, sc := range s.screens {
		if sc != nil {
			sc.Refresh()
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

func (s *Shell) SetStatus(msg string) {
	s.saving = false
	s.status.SetText(msg)
	if s.openOut != nil && s.openOut.Visible() {
		s.openOut.Hide()
		s.showOut.Hide()
	}
}

// setExported says in the status line that path was written, with
// buttons beside it that open the file and its folder in one click.
func (s *Shell) setExported(path string) {
	s.SetStatus(s.T("status.exported", path))
	s.exported = path
	s.openOut.Show()
	s.showOut.Show()
}

// reveal opens a file or folder with the system's program for it; that
// program runs on its own, so the window never waits for it.
func (s *Shell) reveal(path string) {
	if path == "" {
		return
	}
	open := s.cfg.Open
	if open == nil {
		open = func(p string) error {
			abs, err := filepath.Abs(p)
			if err != nil {
				return err
			}
			return s.app.OpenURL(&url.URL{Scheme: "file", Path: filepath.ToSlash(abs)})
		}
	}
	if err := open(path); err != nil {
		s.ShowError(s.Errorf("export.openfailed", path))
	}
}

// now is the time by the configured clock.
func (s *Shell) now() time.Time {
	if s.cfg.Now != nil {
		return s.cfg.Now()
	}
	return time.Now()
}

// clock is the time of day for the status line ("14:03:27").
func (s *Shell) clock() string { return time.Now().Format("15:04:05") }

// watchTyping keeps the status line honest about typed values: "Opslaan…"
// from the keystroke that makes a valid value until its write returns,
// then "Opgeslagen 14:03:27: …"; a value that stops waiting unwritten
// gives the line back to what it said before.
//
// The write itself stays synchronous on fyne's goroutine (Enter writes
// before the key handler returns), so "Opslaan…" is what the user sees
// during the commit delay, not during the write: painting it during the
// write would need the write to wait for a frame, or to run on another
// goroutine, and either would leave a window in which a kill loses what
// the user has already confirmed with Enter.
func (s *Shell) watchTyping(label string, st form.Saving) {
	switch st {
	case form.Waiting:
		before, saving := s.status.Text, s.saving
		s.SetStatus(s.T("status.saving", label))
		if saving {
			before = s.beforeSaving
		}
		s.saving, s.beforeSaving = true, before
	case form.Written:
		// The write may have said more than the field knows: that it
		// started a new concept version (form.Revising), whose label
		// begins with the field's.
		if strings.HasPrefix(s.lastEdit, label) {
			label = s.lastEdit
		}
		s.lastEdit = ""
		s.SetStatus(s.T("status.saved", s.clock(), label))
	case form.Dropped:
		if s.saving {
			s.SetStatus(s.beforeSaving)
		}
	}
}

// showScreen shows screen i of the registry, building it the first time.
func (s *Shell) showScreen(i int) {
	if s.doc == nil || i < 0 || i >= len(s.defs) {
		return
	}
	crash.Note("screen: " + s.defs[i].ID)
	s.flush()
	if s.screens[i] == nil {
		s.screens[i] = s.defs[i].Build(s)
		s.screens[i].Refresh()
	} else if s.dirty[i] {
		s.screens[i].Refresh()
	}
	s.dirty[i] = false
	s.current = i
	s.heading.SetText(s.T("screen." + s.defs[i].ID))
	s.body.Objects = []fyne.CanvasObject{s.screens[i].Content()}
	s.body.Refresh()
	if f, ok := s.screens[i].(screens.Filterable); ok {
		f.Filter(s.find.Text)
	}
}

// Show shows the screen with the given registry id and returns it.
func (s *Shell) Show(id string) screens.Screen {
	for i, d := range s.defs {
		if d.ID == id {
			if s.current != i {
				s.nav.Select(i) // calls showScreen
			}
			return s.screens[i]
		}
	}
	return nil
}

// OpenSubject shows the entity a finding or overview item is about: a
// vision or investment code opens it in its screen; anything else opens
// the fallback screen.
func (s *Shell) OpenSubject(codes []string, fallback string) {
	if s.doc == nil {
		return
	}
	p := s.doc.Plan()
	for _, c := range codes {
		for _, v := range p.Visions {
			if v.Code == c {
				s.Show(screens.Visions).(screens.Selecter).SelectCode(c)
				return
			}
		}
		for _, inv := range p.Investments {
			if inv.Code == c {
				s.Show(screens.Investments).(screens.Selecter).SelectCode(c)
				return
			}
		}
	}
	if fallback != "" {
		s.Show(fallback)
	}
}

// deleteChosen deletes the chosen entry of the current screen, after the
// same question as its delete button: the Delete key.
func (s *Shell) deleteChosen() {
	if s.doc == nil || s.current < 0 || s.screens[s.current] == nil {
		return
	}
	if d, ok := s.screens[s.current].(screens.Deleter); ok {
		d.DeleteChosen()
	}
}

// filter narrows the list of the current screen to what matches q.
func (s *Shell) filter(q string) {
	if s.doc == nil || s.current < 0 {
		return
	}
	if f, ok := s.screens[s.current].(screens.Filterable); ok {
		f.Filter(q)
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
			s.OpenSubject([]string{v.Code}, "")
			return
		}
	}
	for _, inv := range p.Investments {
		if strings.EqualFold(inv.Code, q) {
			s.OpenSubject([]string{inv.Code}, "")
			return
		}
	}
	lq := strings.ToLower(q)
	for _, v := range p.Visions {
		if strings.Contains(strings.ToLower(v.Title), lq) {
			s.OpenSubject([]string{v.Code}, "")
			return
		}
	}
	for _, inv := range p.Investments {
		if strings.Contains(strings.ToLower(inv.Title), lq) {
			s.OpenSubject([]string{inv.Code}, "")
			return
		}
	}
	// Then every other text a user writes: a vision's text, an
	// investment's description and owner, the agreements.
	for _, v := range p.Visions {
		if strings.Contains(strings.ToLower(v.Text+"\n"+v.Evaluation.Indicator), lq) {
			s.OpenSubject([]string{v.Code}, "")
			return
		}
	}
	for _, inv := range p.Investments {
		if strings.Contains(strings.ToLower(inv.Description+"\n"+inv.Owner+"\n"+string(inv.Category)), lq) {
			s.OpenSubject([]string{inv.Code}, "")
			return
		}
	}
	for _, a := range p.Agreements {
		if strings.Contains(strings.ToLower(a.Text), lq) {
			s.Show(screens.Agreements)
			s.filter(q)
			return
		}
	}
	// Last the board chapters: risks, the beginsituatie, the borging
	// and the proposal.
	if id := screens.BoardTextScreen(p, q); id != "" {
		s.Show(id)
		s.filter(q)
		return
	}
	s.SetStatus(s.T("find.none", q))
}

// Find puts the cursor in the search field (Ctrl+F).
func (s *Shell) Find() {
	if s.doc == nil {
		return
	}
	s.win.Canvas().Focus(s.find)
}

// ConfirmEdit asks the question and, on yes, commits the change as one
// edit with the given undo label; the delete buttons use it.
func (s *Shell) ConfirmEdit(title, question, label string, change func(p *model.Plan)) {
	dialog.ShowConfirm(title, question, func(yes bool) {
		if yes {
			s.Edit(label, change)
		}
	}, s.win)
}

// Edit commits a change made by a button, a toggle or a selection. It
// reports whether the change was written; when not, the user has been told
// why.
func (s *Shell) Edit(label string, change func(p *model.Plan)) bool {
	if s.doc == nil {
		return false
	}
	s.flush()
	if err := s.Editor().Edit(label, change); err != nil {
		s.ShowError(err)
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
	if s.doc == nil || s.ws.InSession() {
		return // during a session undo would show a previous participant's answers
	}
	s.flush()
	dropped := s.fields.DropInvalid()
	err := step()
	switch {
	case errors.Is(err, document.ErrNothing):
		if dropped { // show the plan's values again where garbage was typed
			for i := range s.dirty {
				s.dirty[i] = true
			}
			if s.current >= 0 && s.screens[s.current] != nil {
				s.screens[s.current].Refresh()
				s.dirty[s.current] = false
			}
		}
	case err != nil:
		s.ShowError(err)
	}
}

// flush writes every form value typed but not yet written.
func (s *Shell) flush() { s.fields.Flush() }

// errorText is the user's sentence for err (texts.ErrorText).
func (s *Shell) errorText(err error) string { return s.tr.ErrorText(err) }

// ShowError tells the user what went wrong, in a dialog. When the file
// was changed by another window or program, every later edit would fail
// too: the user is offered to open it again (conflict).
func (s *Shell) ShowError(err error) {
	var fe *store.FileError
	if errors.As(err, &fe) && fe.Reason == store.ReasonChanged && s.doc != nil {
		s.conflict(err)
		return
	}
	var ch document.Choosing
	if errors.As(err, &ch) && ch.Choosing() { // a dialog of its own asks (ui/dbopen)
		s.SetStatus(strings.SplitN(s.errorText(err), "\n", 2)[0])
		return
	}
	msg := widget.NewLabel(s.errorText(err))
	msg.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom(s.T("error.title"), s.T("button.close"), container.NewVScroll(msg), s.win)
	d.Resize(fyne.NewSize(520, 260))
	d.Show()
	s.SetStatus(strings.SplitN(s.errorText(err), "\n", 2)[0])
}

func baseName(p string) string { return filepath.Base(p) }

// The rest of what the screens, forms and the workshop ask of the window
// (screens.Host, form.Host, workshop.Host).

// Count is "1 punt" or "3 punten" in the shell's language.
func (s *Shell) Count(what string, n int) string { return s.tr.Count(what, n) }

// Errorf is an error whose message is the interface text key.
func (s *Shell) Errorf(key string, args ...any) error { return s.tr.Errorf(key, args...) }

// Doc is the open document, or nil.
func (s *Shell) Doc() *document.Document { return s.doc }

// Editor is the open document as forms edit it, or nil.
func (s *Shell) Editor() form.Editor {
	if s.doc == nil {
		return nil // not a typed nil: forms test for it
	}
	// An edit of an adopted plan starts a new concept version first
	// (docs/lifecycle.md), in the same commit and undo step as the edit.
	return form.Revising{Editor: s.doc, Today: s.now, Label: func(label, number, from string) string {
		return s.T("edit.revised", label, number, from)
	}}
}

// Pending is the window's list of typed values not yet written.
func (s *Shell) Pending() *form.Pending { return s.fields }

// Window is the main window.
func (s *Shell) Window() fyne.Window { return s.win }

// App is the application.
func (s *Shell) App() fyne.App { return s.app }

// Files chooses files for the file commands.
func (s *Shell) Files() workshop.FileChooser { return s.files }

// RestoreWindow gives the window its menu, title and menu states back
// after a workshop session had it.
func (s *Shell) RestoreWindow() {
	s.win.SetMainMenu(s.mainMenu())
	s.refreshMenus()
	s.updateTitle()
}

// conflict offers, after another window or program wrote to the file, to
// open it again. The document cannot go on from a plan the file no longer
// holds. After the reload, what the user typed and was not written is
// shown beside what the file now holds, so it can be typed again.
func (s *Shell) conflict(err error) {
	msg := widget.NewLabel(s.errorText(err) + "\n\n" + s.T("conflict.question"))
	msg.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomConfirm(s.T("conflict.title"), s.T("conflict.reload"), s.T("button.cancel"), msg, func(yes bool) {
		if yes {
			s.reload()
		}
	}, s.win)
	d.Resize(fyne.NewSize(560, 280))
	d.Show()
	s.SetStatus(strings.SplitN(s.errorText(err), "\n", 2)[0])
}

// reload opens the plan file again, as it is now on disk, and shows what
// the user typed that did not reach it beside the file's value.
func (s *Shell) reload() {
	type mine struct {
		field *form.Field
		typed string
	}
	var lost []mine
	for _, fl := range s.fields.Unsaved() {
		lost = append(lost, mine{fl, fl.Typed()})
	}
	s.fields.DropInvalid()
	path, cur := s.doc.Path(), s.current
	s.closeDoc()
	s.openPath(path)
	if s.doc == nil {
		return
	}
	if cur >= 0 {
		s.nav.Select(cur) // back on the screen the user was on
	}
	if len(lost) == 0 {
		return
	}
	sort.Slice(lost, func(i, j int) bool { return lost[i].field.Label < lost[j].field.Label })
	var lines []string
	for _, m := range lost {
		lines = append(lines, s.T("conflict.value", strings.TrimSuffix(m.field.Label, ":"), m.typed, m.field.Get(s.doc.Plan())))
	}
	msg := widget.NewLabel(s.T("conflict.yours") + "\n\n" + strings.Join(lines, "\n"))
	msg.Wrapping = fyne.TextWrapWord
	msg.Selectable = true
	d := dialog.NewCustom(s.T("conflict.title"), s.T("button.close"), container.NewVScroll(msg), s.win)
	d.Resize(fyne.NewSize(560, 300))
	d.Show()
}

// showProblems lists what is wrong with a plan as it was stored (a value
// another program put in the file), one line each; choosing one opens the
// vision or investment it is about, to fix it there.
func (s *Shell) showProblems(ps model.Problems) {
	msgs := ps.Messages(s.Lang())
	var d dialog.Dialog
	list := widget.NewList(func() int { return len(msgs) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Wrapping = fyne.TextWrapWord
			return l
		},
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(msgs[i]) })
	list.OnSelected = func(i widget.ListItemID) {
		d.Hide()
		s.OpenSubject([]string{ps[i].Ref}, screens.Findings)
	}
	intro := widget.NewLabel(s.T("problems.intro", s.doc.Name(), s.Count("values", len(ps))))
	intro.Wrapping = fyne.TextWrapWord
	d = dialog.NewCustom(s.T("problems.title"), s.T("button.close"), container.NewBorder(intro, nil, nil, nil, list), s.win)
	d.Resize(fyne.NewSize(640, 420))
	d.Show()
}
