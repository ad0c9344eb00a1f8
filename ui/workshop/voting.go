package workshop

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"balansplan/model"
	rounds "balansplan/planning/workshop"
	"balansplan/ui/screens"
	"balansplan/ui/widgets"
)

// votingRound is a dot-voting round on priorities in which the
// participants take turns on one laptop. Each spreads at most
// plan.VoteBudget points over the candidate investments (those neither
// cancelled nor finished). The vote is added to the plan when the turn
// starts and every point is written at once, all of a turn being one
// undo step (Document.EditGroup); a participant who hands over without
// giving a point leaves no vote. When the consultant closes the round the
// session shows the ranking (rounds.Tally) over every vote in the plan.
type votingRound struct {
	s       *Workshop
	ss      *session
	session string
	turns   int

	// The current turn.
	id     string
	who    string
	points map[string]int // by investment ID

	// The widgets of the page shown, for the tests.
	whoForm  *whoForm
	plus     map[string]*focusButton // by investment code
	minus    map[string]*focusButton
	counts   map[string]*widget.Label
	dots     map[string]*fyne.Container // a dot per point, as on a sheet of paper
	left     *widget.Label
	cast     *widget.Button
	another  *widget.Button
	finish   *widget.Button
	results  *rankingView
	closeBtn *widget.Button
}

// StartVoting starts a dot-voting round in session name.
func (s *Workshop) StartVoting(name string) *votingRound {
	if s.Doc() == nil || s.session != nil {
		return nil
	}
	p := s.Doc().Plan()
	switch {
	case p.VoteBudget <= 0:
		s.ShowError(s.Errorf("voting.nobudget"))
		return nil
	case len(rounds.Candidates(p)) == 0:
		s.ShowError(s.Errorf("voting.nocandidates"))
		return nil
	}
	v := &votingRound{s: s, session: strings.TrimSpace(name)}
	title := s.T("voting.title")
	if v.session != "" {
		title += " — " + v.session
	}
	v.ss = s.beginSession(title, func() { s.Show(screens.Workshop) })
	v.ss.voting = v
	v.newTurn()
	return v
}

func (v *votingRound) newTurn() {
	s := v.s
	v.turns++
	v.id, v.who, v.points = "", "", nil
	v.ss.turn.SetText(s.T("session.turn", v.turns))
	v.whoForm = s.newWhoForm(s.T("voting.begin"), v.taken, v.begin)
	v.whoForm.offer(s, v.notYetVoted())
	intro := s.T("voting.intro", s.Doc().Plan().VoteBudget)
	v.ss.show(narrow(page(s.T("guided.who", v.turns), intro, v.whoForm.box)), v.whoForm.name)
}

// notYetVoted are the participants of the session's self-assessment who
// have not voted in this round yet, in the plan's order, each name once.
func (v *votingRound) notYetVoted() []model.Assessment {
	var out []model.Assessment
	seen := map[string]bool{}
	for _, a := range v.s.Doc().Plan().Assessments {
		name := strings.TrimSpace(a.Participant)
		key := strings.ToLower(name)
		if name == "" || seen[key] || !strings.EqualFold(strings.TrimSpace(a.Session), v.session) || v.taken(name) {
			continue
		}
		seen[key] = true
		out = append(out, a)
	}
	return out
}

func (v *votingRound) taken(name string) bool {
	for _, vt := range v.s.Doc().Plan().Votes {
		if sameParticipant(vt.Participant, vt.Session, name, v.session) {
			return true
		}
	}
	return false
}

func (v *votingRound) editKey() string { return "vote/" + v.id }

func (v *votingRound) begin(name string, role model.Role) {
	s := v.s
	id := model.NewID()
	v.id = id
	vote := model.Vote{ID: id, Session: v.session, Participant: name, Role: role}
	if err := s.Doc().EditGroup(v.editKey(), s.T("edit.vote", name), func(p *model.Plan) {
		p.Votes = append(p.Votes, vote)
	}); err != nil {
		v.id = ""
		s.ShowError(err)
		return
	}
	v.who = name
	v.points = map[string]int{}
	v.showBallot()
}

// spent is the number of points given in this turn.
func (v *votingRound) spent() int {
	n := 0
	for _, x := range v.points {
		n += x
	}
	return n
}

// showBallot shows the candidates, each with its points and buttons to
// give or take one.
func (v *votingRound) showBallot() {
	s := v.s
	l := s.Lang()
	p := s.Doc().Plan()
	v.plus, v.minus, v.counts = map[string]*focusButton{}, map[string]*focusButton{}, map[string]*widget.Label{}
	v.dots = map[string]*fyne.Container{}
	grid := container.NewVBox()
	scroll := container.NewVScroll(grid)
	var first fyne.Focusable
	for _, inv := range rounds.Candidates(p) {
		inv := inv
		title := widget.NewLabel(inv.Code + "  " + inv.Title)
		title.Wrapping = fyne.TextWrapWord
		title.TextStyle = fyne.TextStyle{Bold: true}
		sub := widget.NewLabelWithStyle(inv.Block.Label(l), fyne.TextAlignLeading, fyne.TextStyle{Italic: true})
		count := widget.NewLabelWithStyle("0", fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
		dots := container.NewHBox()
		v.dots[inv.Code] = dots
		minus := newFocusButton(theme.ContentRemoveIcon(), func() { v.give(inv.ID, -1) })
		plus := newFocusButton(theme.ContentAddIcon(), func() { v.give(inv.ID, +1) })
		v.plus[inv.Code], v.minus[inv.Code], v.counts[inv.Code] = plus, minus, count
		if first == nil {
			first = plus
		}
		ctl := container.NewHBox(dots, minus, container.NewGridWrap(fyne.NewSize(48, minus.MinSize().Height), count), plus)
		row := container.NewBorder(nil, nil, nil, container.NewCenter(ctl), container.NewVBox(title, sub))
		minus.onFocus = func() { keepVisible(scroll, row) }
		plus.onFocus = minus.onFocus
		grid.Add(row)
		grid.Add(widget.NewSeparator())
	}
	v.left = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	v.cast = widget.NewButtonWithIcon(s.T("voting.cast"), theme.ConfirmIcon(), v.handOver)
	v.cast.Importance = widget.HighImportance
	v.update()
	head := page(s.T("voting.ballot", v.who), s.T("voting.ballot.intro", p.VoteBudget), v.left)
	foot := container.NewBorder(nil, nil, nil, v.cast)
	content := container.NewBorder(container.NewVBox(head, widget.NewSeparator()), container.NewVBox(widget.NewSeparator(), foot), nil, nil,
		scroll)
	v.ss.show(narrow(content), first)
}

// update shows the points and what may still be given.
func (v *votingRound) update() {
	budget := v.s.Doc().Plan().VoteBudget
	spent := v.spent()
	v.left.SetText(v.s.T("voting.left", budget-spent, budget))
	for _, inv := range rounds.Candidates(v.s.Doc().Plan()) {
		n := v.points[inv.ID]
		if c := v.counts[inv.Code]; c != nil {
			c.SetText(strconv.Itoa(n))
		}
		if d := v.dots[inv.Code]; d != nil && len(d.Objects) != n {
			d.Objects = nil
			for i := 0; i < n; i++ {
				dot := canvas.NewCircle(theme.Color(theme.ColorNamePrimary))
				d.Add(container.NewCenter(container.NewGridWrap(fyne.NewSize(12, 12), dot)))
			}
			d.Refresh()
		}
		if b := v.minus[inv.Code]; b != nil {
			if n > 0 {
				b.Enable()
			} else {
				b.Disable()
			}
		}
		if b := v.plus[inv.Code]; b != nil {
			if spent < budget {
				b.Enable()
			} else {
				b.Disable()
			}
		}
	}
}

// give adds delta points to an investment and writes the vote.
func (v *votingRound) give(invID string, delta int) {
	s := v.s
	n := v.points[invID] + delta
	if n < 0 || (delta > 0 && v.spent() >= s.Doc().Plan().VoteBudget) {
		return
	}
	next := map[string]int{}
	for k, x := range v.points {
		next[k] = x
	}
	next[invID] = n
	id := v.id
	err := s.Doc().EditGroup(v.editKey(), s.T("edit.vote", v.who), func(p *model.Plan) {
		for i := range p.Votes {
			if p.Votes[i].ID == id {
				p.Votes[i].Points = votePoints(p.Votes[i].Points, next)
			}
		}
	})
	if err != nil {
		s.ShowError(err)
		return
	}
	v.points = next
	v.update()
}

// votePoints are the points of next in the order they were first given
// (old), new ones after them, without zeros.
func votePoints(old []model.VotePoints, next map[string]int) []model.VotePoints {
	var out []model.VotePoints
	seen := map[string]bool{}
	for _, vp := range old {
		seen[vp.InvestmentID] = true
		if n := next[vp.InvestmentID]; n > 0 {
			out = append(out, model.VotePoints{InvestmentID: vp.InvestmentID, Points: n})
		}
	}
	var added []string
	for id, n := range next {
		if !seen[id] && n > 0 {
			added = append(added, id)
		}
	}
	sort.Strings(added) // only one is new per edit; sorting keeps it stable anyway
	for _, id := range added {
		out = append(out, model.VotePoints{InvestmentID: id, Points: next[id]})
	}
	return out
}

// handOver ends the turn: the vote is in the plan already (or goes, when
// no point was given); the page shows nothing of it.
func (v *votingRound) handOver() {
	s := v.s
	who, id := v.who, v.id
	if v.spent() == 0 {
		s.Doc().EditGroup(v.editKey(), s.T("edit.vote", who), func(p *model.Plan) {
			for i := range p.Votes {
				if p.Votes[i].ID == id {
					p.Votes = append(p.Votes[:i], p.Votes[i+1:]...)
					return
				}
			}
		})
	}
	v.id, v.who, v.points = "", "", nil
	v.another = widget.NewButtonWithIcon(s.T("session.next"), theme.AccountIcon(), v.newTurn)
	v.another.Importance = widget.HighImportance
	v.finish = widget.NewButtonWithIcon(s.T("voting.results"), theme.ConfirmIcon(), v.showResults)
	body := container.NewVBox(widget.NewLabel(s.T("voting.handover")), container.NewHBox(v.another, v.finish))
	v.ss.show(narrow(page(s.T("guided.thanks", who), s.T("voting.saved"), body)), v.another)
}

// showResults shows the ranking of every vote in the plan.
func (v *votingRound) showResults() {
	s := v.s
	v.ss.turn.SetText("")
	v.results = newRankingView(s, false)
	v.results.refresh()
	v.closeBtn = widget.NewButtonWithIcon(s.T("session.back"), theme.ConfirmIcon(), v.ss.end)
	v.closeBtn.Importance = widget.HighImportance
	content := container.NewBorder(page(s.T("voting.results"), v.results.summary(), nil), container.NewHBox(v.closeBtn), nil, nil,
		container.NewVScroll(v.results.box))
	v.ss.show(narrow(content), v.closeBtn)
}

// rankingView shows the ranking of a plan's dot votes: rank, investment,
// points and the number of participants who gave it points.
type rankingView struct {
	s     *Workshop
	large bool
	box   *fyne.Container
	rows  []rounds.Ranked // as last shown, for the tests
	r     rounds.Ranking
}

func newRankingView(s *Workshop, large bool) *rankingView {
	return &rankingView{s: s, large: large, box: container.NewVBox()}
}

// summary says who voted: "12 punten van 2 deelnemers (1 leraar, 1
// schoolleider)".
func (rv *rankingView) summary() string {
	l := rv.s.Lang()
	var roles []string
	for _, rc := range rv.r.ByRole {
		name := rv.s.T("role.none")
		if rc.Role != "" {
			name = rc.Role.Label(l)
		}
		roles = append(roles, fmt.Sprintf("%s: %d", name, rc.Voters))
	}
	if rv.r.Voters == 0 {
		return rv.s.T("ranking.none")
	}
	return rv.s.T("ranking.summary", rv.s.Count("points", rv.r.Points), rv.s.Count("participants", rv.r.Voters), strings.Join(roles, ", "))
}

func (rv *rankingView) refresh() {
	s := rv.s
	rv.r = rounds.Tally(s.Doc().Plan())
	rv.rows = rv.r.Items
	objs := make([]fyne.CanvasObject, 0, len(rv.rows))
	most := 1
	for _, it := range rv.rows {
		most = max(most, it.Points)
	}
	for _, it := range rv.rows {
		rank := strconv.Itoa(it.Rank) + "."
		if it.Tied {
			rank = "=" + strconv.Itoa(it.Rank) + "."
		}
		title := it.Code + "  " + it.Title
		if it.Cancelled {
			title += " (" + s.T("ranking.cancelled") + ")"
		}
		pts := s.T("ranking.points", s.Count("points", it.Points), s.Count("participants", it.Voters))
		r := widget.NewLabelWithStyle(rank, fyne.TextAlignTrailing, fyne.TextStyle{Bold: true})
		t := widget.NewLabelWithStyle(title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		t.Wrapping = fyne.TextWrapWord
		rankW := fyne.MeasureText("=10.", theme.TextSize(), fyne.TextStyle{Bold: true}).Width + 2*theme.InnerPadding()
		if rv.large {
			// One line a row, so that a slide holds the ranking: the
			// points on the right and a bar of them behind the row.
			bg := canvas.NewRectangle(theme.Color(theme.ColorNameSelection))
			bg.CornerRadius = 6
			row := container.NewBorder(nil, nil,
				container.NewGridWrap(fyne.NewSize(rankW*widgets.LargeText, r.MinSize().Height*widgets.LargeText), r), widget.NewLabel(pts), t)
			objs = append(objs, container.New(widgets.NewFractionLayout(float32(it.Points)/float32(most)), bg, row))
			continue
		}
		bar := widget.NewProgressBar()
		bar.Max = float64(most)
		bar.SetValue(float64(it.Points))
		bar.TextFormatter = func() string { return "" }
		line := container.NewHBox(container.NewCenter(container.NewGridWrap(fyne.NewSize(200, bar.MinSize().Height*0.6), bar)), widget.NewLabel(pts))
		objs = append(objs, container.NewBorder(nil, nil,
			container.NewGridWrap(fyne.NewSize(rankW, r.MinSize().Height), r), nil, container.NewVBox(t, line)))
	}
	if len(objs) == 0 {
		objs = append(objs, widget.NewLabel(s.T("ranking.none")))
	}
	rv.box.Objects = objs
	rv.box.Refresh()
}
