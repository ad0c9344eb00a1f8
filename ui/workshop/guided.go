package workshop

import (
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"balansplan/model"
	rounds "balansplan/planning/workshop"
	"balansplan/ui/form"
	"balansplan/ui/screens"
)

// guidedRound is a guided self-assessment in which the participants take
// turns on one laptop. Each turn asks for the participant's name and role,
// then goes through the bouwstenen one page at a time: every statement of
// the question set with its explanation and two answers, now and goal.
// At the start of a turn the participant's assessment is added to the
// plan, with the set's version; every answer is written at once, with the
// bouwsteen scores rolled up from the answers (rounds.Rollup). All of a
// turn is one step of the undo history (Document.EditGroup). After the
// last page the turn ends on a page that thanks the participant and shows
// nothing of the answers; the next participant starts from blank.
type guidedRound struct {
	s       *Workshop
	ss      *session
	set     *rounds.QuestionSet
	session string // the session name every assessment of the round gets
	turns   int    // turns started, the current one included

	// The current turn: the assessment's ID, the participant, the page
	// (-1 for the name and role) and the answers given, by statement, as
	// the scales show them (scaleNone, scaleUnknown or 1..5) for now and
	// goal. The answers are kept here as well as in the plan because the
	// plan cannot tell "weet niet" from "not answered yet".
	id      string
	who     string
	pageNo  int
	answers map[string][2]int
	// apps are the applications the participant checked on the last page
	// (nil: not asked yet, or left untouched).
	apps []model.Application

	// The widgets of the page shown, for the tests.
	whoForm  *whoForm
	scales   map[string][2]*answerScale
	prev     *widget.Button
	next     *widget.Button
	progress *widget.ProgressBar
	another  *widget.Button // on the hand-over page
	finish   *widget.Button
	// checklist is the last page of a turn: which ict applications the
	// participant uses at least weekly.
	checklist *form.Checklist
}

// StartGuided starts a guided self-assessment in session name (Ctrl+G
// from the Workshop screen uses the session typed there).
func (s *Workshop) StartGuided(name string) *guidedRound {
	if s.Doc() == nil || s.session != nil {
		return nil
	}
	set, err := s.questionSet("")
	if err != nil {
		s.ShowError(err)
		return nil
	}
	g := &guidedRound{s: s, set: set, session: strings.TrimSpace(name)}
	title := s.T("guided.title")
	if g.session != "" {
		title += " — " + g.session
	}
	g.ss = s.beginSession(title, func() { s.Show(screens.Workshop) })
	g.ss.guided = g
	g.newTurn()
	return g
}

// newTurn asks the next participant for a name and a role.
func (g *guidedRound) newTurn() {
	s := g.s
	g.turns++
	g.id, g.who, g.pageNo, g.answers = "", "", -1, nil
	g.scales, g.apps, g.checklist = nil, nil, nil
	g.ss.turn.SetText(s.T("session.turn", g.turns))
	g.whoForm = s.newWhoForm(s.T("guided.begin"), g.taken, g.begin)
	intro := g.set.Instruction.In(s.Lang())
	body := container.NewVBox(g.whoForm.box)
	g.ss.show(narrow(page(s.T("guided.who", g.turns), intro, body)), g.whoForm.name)
}

// taken reports whether someone of this session has the name already.
func (g *guidedRound) taken(name string) bool {
	for _, a := range g.s.Doc().Plan().Assessments {
		if sameParticipant(a.Participant, a.Session, name, g.session) {
			return true
		}
	}
	return false
}

// editKey groups the edits of one turn into one undo step.
func (g *guidedRound) editKey() string { return "guided/" + g.id }

// begin adds the participant's assessment and shows the first bouwsteen.
func (g *guidedRound) begin(name string, role model.Role) {
	s := g.s
	id := model.NewID()
	a := model.Assessment{ID: id, Session: g.session, Participant: name, Role: role,
		QuestionSet: g.set.Version, Scores: g.set.Rollup(nil)}
	g.id = id
	if err := s.Doc().EditGroup(g.editKey(), s.T("edit.guided", name), func(p *model.Plan) {
		p.Assessments = append(p.Assessments, a)
	}); err != nil {
		g.id = ""
		s.ShowError(err)
		return
	}
	g.who = name
	g.answers = map[string][2]int{}
	g.showBlock(0)
}

// showBlock shows the statements of the i-th bouwsteen.
func (g *guidedRound) showBlock(i int) {
	s := g.s
	l := s.Lang()
	blocks := model.Blocks()
	g.pageNo = i
	b := blocks[i]
	g.scales = map[string][2]*answerScale{}

	legend := make([]string, 0, len(g.set.Scale)+1)
	for _, p := range g.set.Scale {
		legend = append(legend, fmt.Sprintf("%d = %s", p.Value, p.Label.In(l)))
	}
	var rows []fyne.CanvasObject
	var first fyne.Focusable
	scroll := container.NewVScroll(nil)
	nowLabel, goalLabel := s.T("field.score.now"), s.T("field.score.goal")
	for k, st := range g.set.Of(b) {
		st := st
		text := widget.NewLabelWithStyle(strconv.Itoa(k+1)+". "+st.Text.In(l), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		text.Wrapping = fyne.TextWrapWord
		explain := widget.NewLabel(st.Explain.In(l))
		explain.Wrapping = fyne.TextWrapWord
		explain.TextStyle = fyne.TextStyle{Italic: true}
		given, ok := g.answers[st.ID]
		if !ok {
			given = [2]int{scaleNone, scaleNone}
		}
		var pair [2]*answerScale
		for j := range pair {
			j := j
			pair[j] = newAnswerScale(g.set.Unknown.In(l), func(v int) { g.answer(st.ID, j, v) })
			pair[j].SetValue(given[j])
		}
		g.scales[st.ID] = pair
		if first == nil {
			first = pair[0]
		}
		answers := container.NewHBox(
			widget.NewLabel(nowLabel), pair[0],
			widget.NewLabel("   "+goalLabel), pair[1])
		row := container.NewVBox(text, explain, answers)
		for _, sc := range pair {
			sc.onFocus = func() { keepVisible(scroll, row) }
		}
		rows = append(rows, row, widget.NewSeparator())
	}
	scroll.Content = container.NewVBox(rows...)

	g.progress = widget.NewProgressBar()
	g.progress.Max = float64(len(g.set.Statements))
	g.progress.TextFormatter = func() string {
		return s.T("guided.progress", g.answered(), len(g.set.Statements))
	}
	g.progress.SetValue(float64(g.answered()))
	g.prev = widget.NewButtonWithIcon(s.T("button.previous"), theme.NavigateBackIcon(), func() { g.showBlock(g.pageNo - 1) })
	if i == 0 {
		g.prev.Disable()
	}
	g.next = widget.NewButtonWithIcon(s.T("button.next"), theme.NavigateNextIcon(), g.forward)
	g.next.Importance = widget.HighImportance

	heading := s.T("guided.block", i+1, len(blocks), b.Label(l))
	intro := s.T("block.explain." + string(b))
	scaleNote := widget.NewLabel(s.T("guided.scale", strings.Join(legend, " · "), g.set.Unknown.In(l)))
	scaleNote.Wrapping = fyne.TextWrapWord
	scaleNote.TextStyle = fyne.TextStyle{Italic: true}
	head := page(heading, intro, scaleNote)
	nav := container.NewBorder(nil, nil, g.prev, g.next, g.progress)
	content := container.NewBorder(container.NewVBox(head, widget.NewSeparator()), container.NewVBox(widget.NewSeparator(), nav), nil, nil,
		scroll)
	g.ss.show(narrow(content), first)
}

// forward goes to the next bouwsteen, or ends the turn after the last.
func (g *guidedRound) forward() {
	switch n := len(model.Blocks()); {
	case g.pageNo < n-1:
		g.showBlock(g.pageNo + 1)
	case g.pageNo == n-1:
		g.showApplications()
	default:
		g.handOver()
	}
}

// showApplications is the last page of a turn: a checklist of the ict
// applications the participant uses at least weekly, each with a line
// that says what counts. What is checked is written at once, in the
// turn's undo group; a participant who touches nothing is not recorded
// (nil), and "geen van deze" records that they use none of them. The
// team profile counts the participants who recorded theirs.
func (g *guidedRound) showApplications() {
	s := g.s
	g.pageNo = len(model.Blocks())
	g.scales = map[string][2]*answerScale{}
	g.checklist = form.NewChecklist(s)
	g.checklist.Set(g.apps)
	g.checklist.OnChanged = g.setApplications
	g.prev = widget.NewButtonWithIcon(s.T("button.previous"), theme.NavigateBackIcon(), func() { g.showBlock(len(model.Blocks()) - 1) })
	g.next = widget.NewButtonWithIcon(s.T("guided.done"), theme.ConfirmIcon(), g.forward)
	g.next.Importance = widget.HighImportance
	head := page(s.T("guided.applications"), s.T("guided.applications.intro"), nil)
	nav := container.NewBorder(nil, nil, g.prev, g.next, nil)
	content := container.NewBorder(container.NewVBox(head, widget.NewSeparator()), container.NewVBox(widget.NewSeparator(), nav), nil, nil,
		container.NewVScroll(g.checklist.Box))
	var first fyne.Focusable
	if len(g.checklist.Items) > 0 {
		first = g.checklist.Items[0]
	}
	g.ss.show(narrow(content), first)
}

// setApplications writes the participant's checklist (nil: not recorded).
func (g *guidedRound) setApplications(apps []model.Application) {
	s := g.s
	id := g.id
	err := s.Doc().EditGroup(g.editKey(), s.T("edit.guided", g.who), func(p *model.Plan) {
		if a, _ := screens.AssessmentIn(p, id); a != nil {
			a.Applications = apps
		}
	})
	if err != nil {
		s.ShowError(err)
		g.checklist.Set(g.apps) // show what the plan holds
		return
	}
	g.apps = apps
}

// answered counts the statements with an answer, now or goal.
func (g *guidedRound) answered() int {
	n := 0
	for _, v := range g.answers {
		if v[0] != scaleNone || v[1] != scaleNone {
			n++
		}
	}
	return n
}

// answer writes one answer (which: 0 now, 1 goal) and the scores rolled
// up from all of them.
func (g *guidedRound) answer(statement string, which, v int) {
	s := g.s
	given, ok := g.answers[statement]
	if !ok {
		given = [2]int{scaleNone, scaleNone}
	}
	given[which] = v
	rating := func(x int) model.Rating {
		if x < 1 {
			return model.NoRating
		}
		return model.Rating(x)
	}
	id, set := g.id, g.set
	err := s.Doc().EditGroup(g.editKey(), s.T("edit.guided", g.who), func(p *model.Plan) {
		a, _ := screens.AssessmentIn(p, id)
		if a == nil {
			return
		}
		var out []model.Answer
		found := false
		for _, an := range a.Answers {
			if an.Statement == statement {
				found = true
				if given[0] == scaleNone && given[1] == scaleNone {
					continue // cleared: no answer at all
				}
				an.Now, an.Goal = rating(given[0]), rating(given[1])
			}
			out = append(out, an)
		}
		if !found && (given[0] != scaleNone || given[1] != scaleNone) {
			out = append(out, model.Answer{Statement: statement, Now: rating(given[0]), Goal: rating(given[1])})
		}
		a.Answers = out
		a.Scores = set.Rollup(out)
	})
	if err != nil {
		s.ShowError(err)
		if pair, ok := g.scales[statement]; ok { // show what the plan holds
			old, had := g.answers[statement]
			if !had {
				old = [2]int{scaleNone, scaleNone}
			}
			pair[which].SetValue(old[which])
		}
		return
	}
	g.answers[statement] = given
	if g.progress != nil {
		g.progress.SetValue(float64(g.answered()))
	}
}

// handOver ends the turn: a page that thanks the participant, shows none
// of the answers, and offers the next turn or the end of the session.
func (g *guidedRound) handOver() {
	s := g.s
	who := g.who
	g.id, g.who, g.answers, g.scales, g.pageNo = "", "", nil, nil, -1
	g.another = widget.NewButtonWithIcon(s.T("session.next"), theme.AccountIcon(), g.newTurn)
	g.another.Importance = widget.HighImportance
	g.finish = widget.NewButtonWithIcon(s.T("session.finish"), theme.ConfirmIcon(), g.ss.end)
	body := container.NewVBox(widget.NewLabel(s.T("guided.handover")), container.NewHBox(g.another, g.finish))
	g.ss.show(narrow(page(s.T("guided.thanks", who), s.T("guided.saved"), body)), g.another)
}
