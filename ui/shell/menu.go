package shell

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"balansplan/model"
	uiboard "balansplan/ui/board"
	"balansplan/ui/crash"
	"balansplan/ui/dbopen"
	"balansplan/ui/internal/texts"
	"balansplan/ui/screens"
	"balansplan/ui/widgets"
)

// shortcut is Ctrl (Cmd on macOS) with key and any extra modifier.
func shortcut(key fyne.KeyName, extra fyne.KeyModifier) fyne.Shortcut {
	return &desktop.CustomShortcut{KeyName: key, Modifier: fyne.KeyModifierShortcutDefault | extra}
}

// mainMenu builds the menu bar. Menu items carry their shortcuts; the
// desktop driver runs the item when its shortcut is pressed, even while a
// text field has the focus.
func (s *Shell) mainMenu() *fyne.MainMenu {
	item := func(key string, sc fyne.Shortcut, action func()) *fyne.MenuItem {
		// The crash file names the last command asked for (ui/crash): its
		// key, never anything of the plan.
		it := fyne.NewMenuItem(s.T(key), func() { crash.Note(key); action() })
		it.Shortcut = sc
		return it
	}
	needsDoc := func(it *fyne.MenuItem) *fyne.MenuItem {
		s.docItems = append(s.docItems, it)
		return it
	}
	s.docItems = nil

	s.recent = fyne.NewMenuItem(s.T("menu.recent"), nil)
	s.recent.ChildMenu = s.recentMenu()
	quit := item("menu.quit", shortcut(fyne.KeyQ, 0), s.Quit)
	quit.IsQuit = true
	file := fyne.NewMenu(s.T("menu.file"),
		item("menu.new", shortcut(fyne.KeyN, 0), s.NewPlan),
		item("menu.open", shortcut(fyne.KeyO, 0), s.Open),
		s.recent,
		fyne.NewMenuItemSeparator(),
		needsDoc(item("menu.save", shortcut(fyne.KeyS, 0), s.Save)),
		needsDoc(item("menu.saveas", shortcut(fyne.KeyS, fyne.KeyModifierShift), s.SaveAs)),
		needsDoc(item("menu.nextplan", nil, s.StartNextPlan)),
		fyne.NewMenuItemSeparator(),
		item("menu.import", nil, s.ImportJSON),
		needsDoc(item("menu.exportpdf", shortcut(fyne.KeyE, 0), s.ExportPDF)),
		needsDoc(item("menu.exportjson", nil, s.ExportJSON)),
		fyne.NewMenuItemSeparator(),
		item("menu.demo", nil, s.OpenDemo),
		item("menu.openboard", nil, s.OpenBoardFolder),
		item("menu.dbboard", nil, func() { uiboard.AskDB(s, s.tr, s.now()) }),
		item("menu.opendb", nil, func() { dbopen.Show(s, s.ref, s.setDocument) }),
		needsDoc(item("menu.dbhistory", nil, func() { dbopen.ShowHistory(s, s.doc) })),
		fyne.NewMenuItemSeparator(),
		quit,
	)

	// Ctrl+Z is fyne's standard undo shortcut, so the item must carry
	// fyne.ShortcutUndo for the driver to match it; Ctrl+Y (fyne's redo)
	// is offered next to Ctrl+Shift+Z by the canvas shortcut below.
	s.undoItem = needsDoc(item("menu.undo", &fyne.ShortcutUndo{}, s.Undo))
	s.redoItem = needsDoc(item("menu.redo", shortcut(fyne.KeyZ, fyne.KeyModifierShift), s.Redo))
	edit := fyne.NewMenu(s.T("menu.edit"),
		s.undoItem, s.redoItem,
		fyne.NewMenuItemSeparator(),
		needsDoc(item("menu.find", shortcut(fyne.KeyF, 0), s.Find)),
	)

	var views []*fyne.MenuItem
	for i, d := range s.defs {
		i := i
		it := needsDoc(fyne.NewMenuItem(s.T("screen."+d.ID), func() { s.nav.Select(i) }))
		it.Shortcut = screenShortcut(i)
		views = append(views, it)
	}
	views = append(views, fyne.NewMenuItemSeparator(), s.lookMenu(),
		item("menu.textbigger", shortcut(fyne.KeyEqual, 0), func() { s.SetTextScale(s.prefs.textScale() + widgets.TextScaleStep) }),
		item("menu.textsmaller", shortcut(fyne.KeyMinus, 0), func() { s.SetTextScale(s.prefs.textScale() - widgets.TextScaleStep) }),
		item("menu.textnormal", nil, func() { s.SetTextScale(1) }),
	)
	view := fyne.NewMenu(s.T("menu.view"), views...)

	workshopMenu := fyne.NewMenu(s.T("menu.workshop"),
		needsDoc(item("menu.guided", shortcut(fyne.KeyG, 0), func() { s.ws.StartGuided(s.ws.SessionName()) })),
		needsDoc(item("menu.voting", shortcut(fyne.KeyG, fyne.KeyModifierShift), func() { s.ws.StartVoting(s.ws.SessionName()) })),
		needsDoc(item("menu.importanswers", nil, s.ws.ImportAnswers)),
		fyne.NewMenuItemSeparator(),
		needsDoc(item("menu.participantcopy", nil, s.ws.ParticipantCopy)),
		needsDoc(item("menu.merge", shortcut(fyne.KeyM, fyne.KeyModifierShift), s.ws.MergeCopies)),
		fyne.NewMenuItemSeparator(),
		needsDoc(item("menu.present", shortcut(fyne.KeyP, fyne.KeyModifierShift), s.ws.Present)),
		needsDoc(item("menu.workshopreport", shortcut(fyne.KeyE, fyne.KeyModifierShift), s.ws.ExportWorkshopReport)),
	)

	nl := fyne.NewMenuItem("Nederlands", func() { s.SetLang(model.NL) })
	nl.Checked = s.Lang() == model.NL
	en := fyne.NewMenuItem("English", func() { s.SetLang(model.EN) })
	en.Checked = s.Lang() == model.EN
	langMenu := fyne.NewMenu(s.T("menu.language"), nl, en)

	help := fyne.NewMenu(s.T("menu.help"),
		item("menu.helpmodel", nil, s.ShowModelHelp),
		item("menu.glossary", nil, s.ShowGlossary),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem(s.T("menu.shortcuts"), s.showShortcuts),
		fyne.NewMenuItem(s.T("menu.about"), s.showAbout),
	)
	c := s.win.Canvas()
	c.AddShortcut(&fyne.ShortcutRedo{}, func(fyne.Shortcut) { s.Redo() })
	// Ctrl+plus is Ctrl+Shift+= on most keyboards and the + of the
	// keypad; both make the text larger, as Ctrl+= does.
	for _, sc := range []fyne.Shortcut{shortcut(fyne.KeyEqual, fyne.KeyModifierShift), shortcut(fyne.KeyPlus, 0)} {
		c.AddShortcut(sc, func(fyne.Shortcut) { s.SetTextScale(s.prefs.textScale() + widgets.TextScaleStep) })
	}
	return fyne.NewMainMenu(file, edit, view, workshopMenu, langMenu, help)
}

// screenKeys are the digits of the screens' shortcuts: Ctrl+1 … Ctrl+9 and
// Ctrl+0 for the first ten, Ctrl+Shift+1 … for the rest.
var screenKeys = []fyne.KeyName{fyne.Key1, fyne.Key2, fyne.Key3, fyne.Key4, fyne.Key5, fyne.Key6, fyne.Key7, fyne.Key8, fyne.Key9, fyne.Key0}

// screenShortcut is the shortcut of screen i of the registry.
func screenShortcut(i int) fyne.Shortcut {
	if i < len(screenKeys) {
		return shortcut(screenKeys[i], 0)
	}
	i -= len(screenKeys)
	if i < len(screenKeys) {
		return shortcut(screenKeys[i], fyne.KeyModifierShift)
	}
	return nil
}

// shortcutText is how a shortcut reads in the shortcuts overview:
// "Ctrl+Shift+1".
func shortcutText(sc fyne.Shortcut) string {
	cs, ok := sc.(*desktop.CustomShortcut)
	if !ok {
		return ""
	}
	out := "Ctrl+"
	if cs.Modifier&fyne.KeyModifierShift != 0 {
		out += "Shift+"
	}
	return out + string(cs.KeyName)
}

// lookMenu is the Uiterlijk submenu: light, dark or the system's.
func (s *Shell) lookMenu() *fyne.MenuItem {
	cur := s.prefs.look()
	var items []*fyne.MenuItem
	for _, l := range []widgets.Look{widgets.LookLight, widgets.LookDark, widgets.LookSystem} {
		l := l
		it := fyne.NewMenuItem(s.T("menu.look."+string(l)), func() { s.SetLook(l) })
		it.Checked = l == cur
		items = append(items, it)
	}
	m := fyne.NewMenuItem(s.T("menu.look"), nil)
	m.ChildMenu = fyne.NewMenu("", items...)
	return m
}

// applyTheme gives the app the look and text size from the preferences.
func (s *Shell) applyTheme() {
	s.app.Settings().SetTheme(widgets.NewAppTheme(nil, s.prefs.look(), s.prefs.textScale()))
}

// SetLook draws the window light, dark or as the system says, and
// remembers the choice.
func (s *Shell) SetLook(l widgets.Look) {
	s.prefs.setLook(l)
	s.applyTheme()
	s.win.SetMainMenu(s.mainMenu())
	s.refreshMenus()
	s.SetStatus(s.T("status.look", s.T("menu.look."+string(l))))
}

// SetTextScale sets the size of all text (Ctrl+plus, Ctrl+minus) and
// remembers it; it stays between 80% and 200%.
func (s *Shell) SetTextScale(f float32) {
	f = widgets.ClampTextScale(f)
	s.prefs.setTextScale(f)
	s.applyTheme()
	if c := s.win.Content(); c != nil {
		c.Refresh() // the sidebar's width follows the text size
	}
	if s.doc != nil {
		s.refreshAll() // tables measure their columns at the text size
	}
	s.SetStatus(s.T("status.textscale", int(f*100+0.5)))
}

// Save is Ctrl+S: there is nothing to save, since every edit is written
// as it is made, so it writes what is being typed and says so.
func (s *Shell) Save() {
	if s.doc == nil {
		return
	}
	s.flush()
	s.SetStatus(s.T("status.allsaved", s.doc.Name()))
}

// Quit closes the plan and the program (Ctrl+Q).
func (s *Shell) Quit() {
	s.Close()
	s.app.Quit()
}

func (s *Shell) recentMenu() *fyne.Menu {
	var items []*fyne.MenuItem
	for _, p := range s.prefs.recent() {
		p := p
		items = append(items, fyne.NewMenuItem(p, func() { s.openPath(p) }))
	}
	if len(items) == 0 {
		none := fyne.NewMenuItem(s.T("menu.recent.none"), nil)
		none.Disabled = true
		items = append(items, none)
	}
	return fyne.NewMenu("", items...)
}

// refreshMenus enables what the open document allows and names the edit
// that undo and redo would take back or do again.
func (s *Shell) refreshMenus() {
	for _, it := range s.docItems {
		it.Disabled = s.doc == nil
	}
	s.undoItem.Label = s.T("menu.undo")
	s.redoItem.Label = s.T("menu.redo")
	if s.doc != nil {
		label, ok := s.doc.CanUndo()
		s.undoItem.Disabled = !ok
		if ok {
			s.undoItem.Label = s.T("menu.undo.what", label)
		}
		label, ok = s.doc.CanRedo()
		s.redoItem.Disabled = !ok
		if ok {
			s.redoItem.Label = s.T("menu.redo.what", label)
		}
	}
	s.recent.ChildMenu = s.recentMenu()
	if m := s.win.MainMenu(); m != nil {
		m.Refresh()
	}
}

// SetLang switches the interface to language l and remembers the choice.
// The screens are built again in the new language; the document stays.
func (s *Shell) SetLang(l model.Lang) {
	if l == s.Lang() {
		return
	}
	tr, err := texts.Load(l)
	if err != nil {
		s.ShowError(err)
		return
	}
	s.flush()
	s.prefs.setLang(l)
	s.tr = tr
	s.win.SetMainMenu(s.mainMenu())
	s.win.SetContent(s.layout())
	if d := s.doc; d != nil {
		cur := s.current
		s.screens = make([]screens.Screen, len(s.defs))
		s.dirty = make([]bool, len(s.defs))
		s.current = -1
		if cur < 0 {
			cur = 0
		}
		s.nav.Select(cur)
		s.refreshMenus()
	} else {
		s.showWelcome()
	}
}

func (s *Shell) showShortcuts() {
	rows := [][2]string{
		{"Ctrl+N", s.T("menu.new")},
		{"Ctrl+O", s.T("menu.open")},
		{"Ctrl+S", s.T("menu.save")},
		{"Ctrl+Shift+S", s.T("menu.saveas")},
		{"Ctrl+E", s.T("menu.exportpdf")},
		{"Ctrl+Q", s.T("menu.quit")},
		{"Ctrl+Z", s.T("menu.undo")},
		{"Ctrl+Shift+Z, Ctrl+Y", s.T("menu.redo")},
		{"Ctrl+F", s.T("menu.find")},
	}
	for i, d := range s.defs {
		if sc := screenShortcut(i); sc != nil {
			rows = append(rows, [2]string{shortcutText(sc), s.T("screen." + d.ID)})
		}
	}
	rows = append(rows, [][2]string{
		{"Ctrl+plus, Ctrl+=", s.T("menu.textbigger")},
		{"Ctrl+minus", s.T("menu.textsmaller")},
		{"Ctrl+G", s.T("menu.guided")},
		{"Ctrl+Shift+G", s.T("menu.voting")},
		{"Ctrl+Shift+M", s.T("menu.merge")},
		{"Ctrl+Shift+P", s.T("menu.present")},
		{"Ctrl+Shift+E", s.T("menu.workshopreport")},
		{s.T("help.present.keys"), s.T("help.present")},
		{"1 … 5, 0", s.T("help.answer")},
		{"Tab, Shift+Tab", s.T("help.tab")},
	}...)
	grid := container.NewGridWithColumns(2)
	for _, r := range rows {
		grid.Add(widget.NewLabelWithStyle(r[0], fyne.TextAlignLeading, fyne.TextStyle{Monospace: true}))
		grid.Add(widget.NewLabel(r[1]))
	}
	d := dialog.NewCustom(s.T("menu.shortcuts"), s.T("button.close"), container.NewVScroll(grid), s.win)
	d.Resize(fyne.NewSize(640, 560))
	d.Show()
}

func (s *Shell) showAbout() {
	// Version, build and where crash files go, from the crash net the
	// program installed at its start (ui/crash).
	crash.About(s.app, s.win, s.Lang())
}

// OpenBoardFolder asks for a school board's folder of plan files and shows
// their roll-up in a window of its own (ui/board, issue 16). The plans are
// read through copies, never opened for writing, and the open plan stays
// as it is.
func (s *Shell) OpenBoardFolder() {
	dialog.ShowFolderOpen(func(u fyne.ListableURI, err error) {
		if err != nil {
			s.ShowError(err)
			return
		}
		if u == nil {
			return
		}
		uiboard.Open(s.app, s.tr, u.Path(), s.now())
	}, s.win)
}
