package workshop

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"

	rounds "balansplan/planning/workshop"
	"balansplan/ui/screens"
)

// FileChooser asks the user for a file; done gets the chosen path, or ""
// when the user cancelled. ui/shell's FileChooser is one.
type FileChooser interface {
	OpenFile(title string, exts []string, done func(path string))
	SaveFile(title, suggested string, exts []string, done func(path string))
}

// Host is what the workshop needs from the window: what every screen
// gets, and besides it the app (for the presentation's window), the file
// dialogs, the status line, the export runner and a way to give the window
// back after a session.
type Host interface {
	screens.Host
	// App is the application, for the presentation's own window.
	App() fyne.App
	// Files chooses files for copies, merges, imports and the report.
	Files() FileChooser
	// SetStatus shows a line in the status bar.
	SetStatus(msg string)
	// RunExport runs job, which writes path, on a goroutine of its own
	// behind the window's progress dialog; done runs on fyne's goroutine.
	RunExport(path, busy string, job func(progress func(n, total int)) error, done func(error))
	// RestoreWindow gives the window its own menu, title and menu states
	// back after a session had it.
	RestoreWindow()
}

// Workshop is the workshop side of one window: the session that has the
// window, the open presentation and the parsed question sets. The shell
// makes one per window and reaches the workshop through it.
type Workshop struct {
	Host

	// session is the turn-taking round that has the window, or nil;
	// presenting is the open presentation, or nil.
	session    *session
	presenting *presentation
	sets       map[string]*rounds.QuestionSet // parsed question sets by version
	screen     *workshopScreen                // the Workshop screen last built, or nil
}

// New makes the workshop of the window h.
func New(h Host) *Workshop { return &Workshop{Host: h} }

// InSession reports whether a session has the window; undo and redo are
// off then, since they would show a previous participant's answers.
func (s *Workshop) InSession() bool { return s.session != nil }

// Screen is the registry entry of the Workshop screen.
func (s *Workshop) Screen() screens.Def {
	return screens.Def{ID: screens.Workshop, Icon: theme.CalendarIcon(), Build: func(screens.Host) screens.Screen {
		return newWorkshopScreen(s)
	}}
}

// shortcut is Ctrl (Cmd on a Mac) plus key, with extra modifiers.
func shortcut(key fyne.KeyName, extra fyne.KeyModifier) fyne.Shortcut {
	return &desktop.CustomShortcut{KeyName: key, Modifier: fyne.KeyModifierShortcutDefault | extra}
}
