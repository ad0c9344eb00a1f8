package workshop

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"balansplan/assets"
	"balansplan/model"
	rounds "balansplan/planning/workshop"
	"balansplan/ui/widgets"
)

// A session is a round in which the participants of a workshop take turns
// on one laptop: the guided self-assessment or the dot-voting round. While
// it runs it has the window to itself: the sidebar, the screens and the
// menus that lead to them are gone, so that the next participant cannot
// look up what the previous one answered; undo and redo are off too, since
// they would bring a previous participant's answers back on screen. Every
// answer is still written to the file at once, through the document. The
// consultant ends the session with its own button (or Ctrl+W); the window
// then shows the plan again, with the Workshop screen.
type session struct {
	s     *Workshop
	title *widget.Label
	turn  *widget.Label
	body  *fyne.Container
	root  fyne.CanvasObject
	// onEnd runs after the window shows the plan again.
	onEnd func()
	saved fyne.CanvasObject // the window's content before

	// The round that runs in the session, one of the two.
	guided *guidedRound
	voting *votingRound
}

// beginSession gives the window to a session with the given title.
func (s *Workshop) beginSession(title string, onEnd func()) *session {
	s.Pending().Flush()
	ss := &session{s: s, onEnd: onEnd}
	ss.title = widget.NewLabelWithStyle(title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	ss.title.SizeName = theme.SizeNameSubHeadingText
	ss.turn = widget.NewLabel("")
	end := widget.NewButtonWithIcon(s.T("session.end"), theme.LogoutIcon(), ss.askEnd)
	top := container.NewBorder(nil, nil, nil, container.NewHBox(ss.turn, end), ss.title)
	ss.body = container.NewStack()
	ss.root = container.NewBorder(container.NewVBox(top, widget.NewSeparator()), nil, nil, nil,
		container.NewPadded(ss.body))
	ss.saved = s.Window().Content()
	s.session = ss
	endItem := fyne.NewMenuItem(s.T("session.end"), ss.askEnd)
	endItem.Shortcut = shortcut(fyne.KeyW, 0)
	s.Window().SetMainMenu(fyne.NewMainMenu(fyne.NewMenu(s.T("menu.workshop"), endItem)))
	s.Window().SetContent(ss.root)
	return ss
}

// show puts a page in the session and gives the focus to first, when set.
func (ss *session) show(page fyne.CanvasObject, first fyne.Focusable) {
	ss.body.Objects = []fyne.CanvasObject{page}
	ss.body.Refresh()
	c := ss.s.Window().Canvas()
	c.Unfocus()
	if first != nil {
		c.Focus(first)
	}
}

// askEnd asks whether to end the session; what was answered stays.
func (ss *session) askEnd() {
	if ss.s.session != ss {
		return
	}
	dialog.ShowConfirm(ss.s.T("session.end.title"), ss.s.T("session.end.question"), func(yes bool) {
		if yes {
			ss.end()
		}
	}, ss.s.Window())
}

// end gives the window back to the plan.
func (ss *session) end() {
	s := ss.s
	if s.session != ss {
		return
	}
	s.session = nil
	s.Window().SetContent(ss.saved)
	s.RestoreWindow()
	if ss.onEnd != nil {
		ss.onEnd()
	}
}

// questionSet returns the guided statements of the given version, or of
// the current version when version is "".
func (s *Workshop) questionSet(version string) (*rounds.QuestionSet, error) {
	if version == "" {
		version = assets.CurrentQuestionSet
	}
	if qs, ok := s.sets[version]; ok {
		return qs, nil
	}
	data, ok := assets.QuestionSet(version)
	if !ok {
		return nil, fmt.Errorf("question set %s is not in this version of Balansplan", version)
	}
	qs, err := rounds.ParseQuestionSet(data)
	if err != nil {
		return nil, err
	}
	if s.sets == nil {
		s.sets = map[string]*rounds.QuestionSet{}
	}
	s.sets[version] = qs
	return qs, nil
}

// whoForm asks a participant for a name and a role at the start of a
// turn. ok is enabled once both are given; a name taken already (taken
// reports it) is refused with a message.
type whoForm struct {
	name  *widget.Entry
	role  *widget.RadioGroup
	roles []model.Role
	msg   *widget.Label
	ok    *widget.Button
	box   fyne.CanvasObject
	// known offers the session's participants who have not had their
	// turn yet, one button each, so that nobody types every name again.
	known *fyne.Container
}

// offer shows a button for each of people (their name and role); a tap
// fills in the form. With nobody to offer the row is hidden.
func (w *whoForm) offer(s *Workshop, people []model.Assessment) {
	w.known.Objects = nil
	l := s.Lang()
	for _, a := range people {
		a := a
		b := widget.NewButton(a.Participant+" ("+a.Role.Label(l)+")", func() {
			for i, r := range w.roles {
				if r == a.Role {
					w.role.SetSelected(w.role.Options[i])
				}
			}
			w.name.SetText(a.Participant)
		})
		w.known.Add(b)
	}
	if len(people) == 0 {
		w.known.Hide()
	} else {
		w.known.Show()
	}
	w.known.Refresh()
}

func (s *Workshop) newWhoForm(okText string, taken func(name string) bool, start func(name string, role model.Role)) *whoForm {
	w := &whoForm{roles: model.Roles()}
	l := s.Lang()
	var labels []string
	for _, r := range w.roles {
		labels = append(labels, r.Label(l))
	}
	w.name = widget.NewEntry()
	w.name.SetPlaceHolder(s.T("session.name.placeholder"))
	w.role = widget.NewRadioGroup(labels, nil)
	w.msg = widget.NewLabel("")
	w.msg.Importance = widget.DangerImportance
	w.msg.Hide()
	w.ok = widget.NewButtonWithIcon(okText, theme.NavigateNextIcon(), nil)
	w.ok.Importance = widget.HighImportance
	check := func() {
		name := strings.TrimSpace(w.name.Text)
		switch {
		case name != "" && taken(name):
			w.msg.SetText(s.T("session.name.taken", name))
			w.msg.Show()
			w.ok.Disable()
		case name == "" || w.selectedRole() == "":
			w.msg.Hide()
			w.ok.Disable()
		default:
			w.msg.Hide()
			w.ok.Enable()
		}
	}
	submit := func() {
		if w.ok.Disabled() {
			return
		}
		start(strings.TrimSpace(w.name.Text), w.selectedRole())
	}
	w.name.OnChanged = func(string) { check() }
	w.name.OnSubmitted = func(string) { submit() }
	w.role.OnChanged = func(string) { check() }
	w.ok.OnTapped = submit
	check()
	form := widget.NewForm(
		widget.NewFormItem(s.T("field.participant"), container.NewVBox(w.name, w.msg)),
		widget.NewFormItem(s.T("field.role"), w.role),
	)
	w.known = container.New(widgets.NewButtonRow())
	w.known.Hide()
	w.box = container.NewVBox(w.known, form, container.NewHBox(w.ok))
	return w
}

func (w *whoForm) selectedRole() model.Role {
	for i, r := range w.roles {
		if w.role.Selected == w.role.Options[i] {
			return r
		}
	}
	return ""
}

// page lays a session page out: a heading, an introduction (when not
// "") and the content (when not nil).
func page(heading, intro string, content fyne.CanvasObject) fyne.CanvasObject {
	h := widget.NewLabelWithStyle(heading, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	h.SizeName = theme.SizeNameSubHeadingText
	h.Wrapping = fyne.TextWrapWord
	parts := []fyne.CanvasObject{h}
	if intro != "" {
		in := widget.NewLabel(intro)
		in.Wrapping = fyne.TextWrapWord
		parts = append(parts, in)
	}
	if content != nil {
		parts = append(parts, content)
	}
	return container.NewVBox(parts...)
}

// narrow keeps a page at most maxPageWidth wide, centred.
func narrow(o fyne.CanvasObject) fyne.CanvasObject {
	return container.New(widgets.NewMaxWidthLayout(maxPageWidth), o)
}

const maxPageWidth = 900

// EndSession gives the window back to the plan without asking, as the
// session's own end button does after its question; what was answered
// stays.
func (s *Workshop) EndSession() {
	if s.session != nil {
		s.session.end()
	}
}

// sameParticipant reports whether participant in sess (as stored) is the
// name in session that a turn starts with: names and sessions compare
// without regard to case or surrounding spaces, so "anouk " is Anouk.
func sameParticipant(participant, sess, name, session string) bool {
	return strings.EqualFold(strings.TrimSpace(participant), name) && strings.EqualFold(strings.TrimSpace(sess), session)
}
