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
	"balansplan/planning"
	"balansplan/planning/chart"
	rounds "balansplan/planning/workshop"
	"balansplan/ui/form"
	"balansplan/ui/screens"
	"balansplan/ui/widgets"
)

// presentation shows the outcome of a workshop on a projector: a window of
// its own, full screen, in large type, one slide at a time. The arrow keys
// (and Page Up/Down, space, Home, End) step through the slides, Esc leaves.
// The slides are the title with who took part, the bouwstenen of the team
// with one outline per role and the spread, a radar per role, where
// leaders and teachers disagree, the balance matrix, the route, the
// findings and, once there are votes, the ranking. A slide is built from
// the document as it is when the slide is shown, so edits made in the
// main window meanwhile show up on the next step.
type presentation struct {
	s        *Workshop
	win      fyne.Window
	slides   []slide
	at       int
	body     *fyne.Container
	override *container.ThemeOverride // applies the large type to each new slide
	heading  *widget.Label
	counter  *widget.Label
	shown    fyne.CanvasObject // the slide on screen, for the tests
}

// slide is one page of the presentation.
type slide struct {
	id    string // "title", "team", "roles", "disagreement", "matrix", "route", "findings", "ranking"
	title string
	build func() fyne.CanvasObject
}

// Present opens the presentation (Ctrl+Shift+P).
func (s *Workshop) Present() { s.present() }

func (s *Workshop) present() *presentation {
	if s.Doc() == nil {
		return nil
	}
	s.Pending().Flush()
	if s.presenting != nil {
		s.presenting.win.RequestFocus()
		return s.presenting
	}
	p := &presentation{s: s}
	p.win = s.App().NewWindow(s.T("present.window", s.Doc().Plan().School.Name))
	p.heading = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	p.heading.SizeName = theme.SizeNameHeadingText
	p.heading.Truncation = fyne.TextTruncateEllipsis
	p.counter = widget.NewLabel("")
	hint := widget.NewLabel(s.T("present.keys"))
	hint.TextStyle = fyne.TextStyle{Italic: true}
	p.body = container.NewStack()
	frame := container.NewBorder(
		container.NewVBox(p.heading, widget.NewSeparator()),
		container.NewBorder(nil, nil, hint, p.counter),
		nil, nil, p.body)
	// The override gives the widgets the light variant, but the window
	// paints its own background from the app's theme, which may be dark:
	// a light sheet behind the slide keeps dark text on light paper.
	large := widgets.NewLargeTheme(s.App().Settings().Theme())
	paper := canvas.NewRectangle(large.Color(theme.ColorNameBackground, theme.VariantLight))
	p.override = container.NewThemeOverride(container.NewStack(paper, container.NewPadded(frame)), large)
	p.win.SetContent(p.override)
	p.win.Canvas().SetOnTypedKey(p.key)
	p.win.SetOnClosed(func() {
		if s.presenting == p {
			s.presenting = nil
		}
	})
	p.slides = p.makeSlides()
	s.presenting = p
	p.win.SetFullScreen(true)
	p.win.Show()
	p.goTo(0)
	return p
}

// key steps through the slides.
func (p *presentation) key(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyRight, fyne.KeyDown, fyne.KeyPageDown, fyne.KeySpace, fyne.KeyReturn, fyne.KeyEnter:
		p.goTo(p.at + 1)
	case fyne.KeyLeft, fyne.KeyUp, fyne.KeyPageUp, fyne.KeyBackspace:
		p.goTo(p.at - 1)
	case fyne.KeyHome:
		p.goTo(0)
	case fyne.KeyEnd:
		p.goTo(len(p.slides) - 1)
	case fyne.KeyEscape:
		p.close()
	}
}

// close leaves the presentation.
func (p *presentation) close() {
	if p.s.presenting == p {
		p.s.presenting = nil
	}
	p.win.Close()
}

// goTo shows slide i; past either end it stays where it is.
func (p *presentation) goTo(i int) {
	if p.s.Doc() == nil {
		p.close()
		return
	}
	if i < 0 || i >= len(p.slides) {
		return
	}
	if i == len(p.slides)-1 || i == 0 {
		p.slides = p.makeSlides() // the ranking slide comes and goes with votes
		if i >= len(p.slides) {
			i = len(p.slides) - 1
		}
	}
	p.at = i
	sl := p.slides[i]
	p.heading.SetText(sl.title)
	p.counter.SetText(fmt.Sprintf("%d / %d", i+1, len(p.slides)))
	p.shown = sl.build()
	p.body.Objects = []fyne.CanvasObject{p.shown}
	p.override.Refresh() // the new slide's widgets take the large theme only then
}

// slideID is the id of the slide shown.
func (p *presentation) slideID() string { return p.slides[p.at].id }

func (p *presentation) makeSlides() []slide {
	s := p.s
	l := s.Lang()
	pl := s.Doc().Plan()
	out := []slide{
		{"title", pl.School.Name, p.titleSlide},
		{"team", s.T("present.team"), p.teamSlide},
	}
	for _, r := range model.Roles() {
		r := r
		if n := len(rounds.ForRole(pl, r).Assessments); n > 0 {
			out = append(out, slide{"role." + string(r), s.T("present.role", r.Label(l), s.Count("participants", n)), func() fyne.CanvasObject { return p.roleSlide(r) }})
		}
	}
	out = append(out,
		slide{"disagreement", s.T("present.disagreement"), p.disagreementSlide},
		slide{"teamprofile", s.T("present.teamprofile"), p.teamProfileSlide},
		slide{"matrix", s.T("present.matrix"), p.matrixSlide},
		slide{"route", s.T("present.route"), p.routeSlide},
	)
	fs := s.Doc().Analysis().Findings
	pages := (len(fs) + findingsPerSlide - 1) / findingsPerSlide
	if pages > maxFindingSlides {
		pages = maxFindingSlides
	}
	if pages <= 1 {
		out = append(out, slide{"findings", s.T("present.findings"), func() fyne.CanvasObject { return p.findingsSlide(0) }})
	}
	for i := 0; pages > 1 && i < pages; i++ {
		i := i
		id := "findings"
		if i > 0 {
			id += "." + strconv.Itoa(i+1)
		}
		out = append(out, slide{id, s.T("present.findings.page", i+1, pages), func() fyne.CanvasObject { return p.findingsSlide(i) }})
	}
	if len(pl.Votes) > 0 {
		out = append(out, slide{"ranking", s.T("present.ranking"), p.rankingSlide})
	}
	return out
}

func (p *presentation) titleSlide() fyne.CanvasObject {
	s := p.s
	l := s.Lang()
	pl := s.Doc().Plan()
	title := widget.NewLabelWithStyle(screens.ShownTitle(pl.Title), fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	title.SizeName = theme.SizeNameHeadingText
	title.Wrapping = fyne.TextWrapWord
	lines := []fyne.CanvasObject{title}
	// With a session named on the Workshop screen, the title slide counts
	// and names that session's participants only, not everyone who ever
	// filled in an assessment for this plan.
	session := strings.TrimSpace(s.SessionName())
	counted := inSession(pl, session)
	var who []string
	for _, rc := range rounds.Participation(counted) {
		name := s.T("role.none")
		if rc.Role != "" {
			name = rc.Role.Label(l)
		}
		who = append(who, fmt.Sprintf("%s: %d", name, rc.People))
	}
	if len(who) > 0 {
		w := widget.NewLabelWithStyle(s.T("present.participants", strings.Join(who, " · ")), fyne.TextAlignCenter, fyne.TextStyle{})
		w.Wrapping = fyne.TextWrapWord
		lines = append(lines, w)
	}
	var sessions []string
	seen := map[string]bool{}
	for _, a := range counted.Assessments {
		if a.Session != "" && !seen[a.Session] {
			seen[a.Session] = true
			sessions = append(sessions, a.Session)
		}
	}
	if len(sessions) > 0 {
		ss := widget.NewLabelWithStyle(strings.Join(sessions, " · "), fyne.TextAlignCenter, fyne.TextStyle{Italic: true})
		ss.Wrapping = fyne.TextWrapWord
		lines = append(lines, ss)
	}
	return container.NewCenter(container.NewGridWrap(fyne.NewSize(900, 400), container.NewVBox(lines...)))
}

// levelsText lists per bouwsteen the level now and goal with the spread,
// the rows with a spread of 2 or more in bold: there the team (or the
// role) does not see the bouwsteen alike.
func (p *presentation) levelsText(a *planning.Analysis) *widget.RichText {
	s := p.s
	l := s.Lang()
	head := widget.RichTextStyleStrong
	head.Inline = false
	rt := widget.NewRichText(&widget.TextSegment{Text: s.T("present.team.head"), Style: head})
	for _, bl := range a.Levels.Blocks {
		style := widget.RichTextStyleParagraph
		if bl.Spread.Known && bl.Spread.Value >= 2 {
			style = widget.RichTextStyleStrong
		}
		style.Inline = false
		rt.Segments = append(rt.Segments, &widget.TextSegment{Style: style,
			Text: s.T("present.team.row", chart.ShortLabel(bl.Block, l), form.Level(bl.Now.Level(), l), form.Level(bl.Goal.Level(), l), form.Level(bl.Spread, l))})
	}
	rt.Wrapping = fyne.TextWrapWord
	return rt
}

// teamSlide is the radar of the team, with one outline per role, and the
// levels and spread per bouwsteen beside it.
func (p *presentation) teamSlide() fyne.CanvasObject {
	s := p.s
	l := s.Lang()
	a := s.Doc().Analysis()
	radar := slideChart(func(box chart.Box) chart.Figure { return chart.Radar(a, l, box) })
	note := wrapped(s.T("present.team.note", s.Count("participants", a.Levels.Participants)))
	note.TextStyle = fyne.TextStyle{Italic: true}
	split := container.NewHSplit(radar, container.NewVScroll(container.NewVBox(p.levelsText(a), note)))
	split.Offset = 0.6
	return split
}

// roleSlide is the radar of the participants of one role, with their
// levels and spread, the team's outline of that role in the legend.
func (p *presentation) roleSlide(r model.Role) fyne.CanvasObject {
	s := p.s
	l := s.Lang()
	a := planning.Analyse(rounds.ForRole(s.Doc().Plan(), r), s.Doc().Reference())
	radar := slideChart(func(box chart.Box) chart.Figure { return chart.Radar(a, l, box) })
	split := container.NewHSplit(radar, container.NewVScroll(p.levelsText(a)))
	split.Offset = 0.6
	return split
}

// disagreementSlide shows per bouwsteen the leaders' and the teachers'
// mean now, with planning's verdict on their difference, and the
// statements on which the team's answers lie furthest apart.
func (p *presentation) disagreementSlide() fyne.CanvasObject {
	s := p.s
	l := s.Lang()
	views := rounds.Blocks(s.Doc().Analysis())
	both := false
	for _, v := range views {
		both = both || v.Gap.Known
	}
	if !both {
		return container.NewCenter(wrapped(s.T("present.disagreement.none")))
	}
	fig := slideChart(func(box chart.Box) chart.Figure {
		return chart.Disagreement(s.Doc().Analysis(), l, box)
	})
	var lines []string
	for _, v := range views {
		if v.Diverges {
			lines = append(lines, s.T("present.diverges", chart.ShortLabel(v.Block, l), form.Level(v.Leaders.Level(), l), form.Level(v.Teachers.Level(), l)))
		}
	}
	threshold := planning.FormatNumber(planning.DivergenceThreshold, 1, l)
	text := s.T("present.nodivergence", threshold)
	if len(lines) > 0 {
		text = s.T("present.divergence", threshold, strings.Join(lines, "; "))
	}
	below := []fyne.CanvasObject{wrapped(text)}
	if st := p.dividingStatements(); st != "" {
		head := wrapped(s.T("present.statements"))
		head.TextStyle = fyne.TextStyle{Bold: true}
		below = append(below, widget.NewSeparator(), head, wrapped(st))
	}
	split := container.NewHSplit(fig, container.NewVScroll(container.NewVBox(below...)))
	split.Offset = 0.6
	return split
}

// dividingStatements lists the statements with the widest spread of
// answers now (at least 2 points), widest first, at most two.
func (p *presentation) dividingStatements() string {
	s := p.s
	l := s.Lang()
	v := rounds.MostUsedQuestionSet(s.Doc().Plan())
	if v == "" {
		return ""
	}
	set, err := s.questionSet(v)
	if err != nil {
		return ""
	}
	res := rounds.StatementResults(s.Doc().Plan(), set)
	sort.SliceStable(res, func(i, j int) bool { return res[i].Spread.Value > res[j].Spread.Value })
	var lines []string
	for _, r := range res {
		if len(lines) == 2 || !r.Spread.Known || r.Spread.Value < 2 {
			break
		}
		lines = append(lines, s.T("present.statement", r.Statement.Text.In(l), form.Level(r.Spread, l)))
	}
	return strings.Join(lines, "\n")
}

// matrixSlide has the balance matrix on the left, as high as the slide,
// with its legend and the positions on the right.
func (p *presentation) matrixSlide() fyne.CanvasObject {
	s := p.s
	l := s.Lang()
	a := s.Doc().Analysis()
	build := func(box chart.Box) chart.Figure { return chart.Matrix(a, l, box) }
	m := widgets.NewChart(fyne.NewSize(320, 260), build)
	pos := a.Position
	text := wrapped(s.T("present.matrix.text", screens.CellText(pos.Now, l), pos.Now.Balance().Label(l), screens.CellText(pos.Goal, l), pos.Goal.Balance().Label(l)))
	split := container.NewHSplit(m, container.NewVScroll(container.NewVBox(legendOf(build, true), widget.NewSeparator(), text)))
	split.Offset = 0.68
	return split
}

func (p *presentation) routeSlide() fyne.CanvasObject {
	s := p.s
	l := s.Lang()
	a := s.Doc().Analysis()
	fig := slideChart(func(box chart.Box) chart.Figure { return screens.RouteFigure(s, a, l, box) })
	r := a.Route
	reason, shares := screens.RouteText(s, &r, l)
	text := wrapped(reason + "\n" + shares)
	return container.NewBorder(nil, text, nil, nil, fig)
}

// teamProfileSlide shows the team profile: how many of those who recorded
// their weekly ict applications are in the kopgroep, the peloton and the
// staartgroep, a bar each, and where the groups come from.
func (p *presentation) teamProfileSlide() fyne.CanvasObject {
	s := p.s
	l := s.Lang()
	t := s.Doc().Analysis().Team
	var rows []fyne.CanvasObject
	if t.Recorded > 0 {
		for _, g := range []planning.Group{planning.Kopgroep, planning.Peloton, planning.Staartgroep} {
			n := t.Count(g)
			bar := widget.NewProgressBar()
			bar.Max = float64(t.Recorded)
			bar.SetValue(float64(n))
			bar.TextFormatter = func() string { return s.Count("participants", n) }
			name := widget.NewLabelWithStyle(g.Label(l), fyne.TextAlignTrailing, fyne.TextStyle{Bold: true})
			rows = append(rows, container.NewBorder(nil, nil, container.NewGridWrap(fyne.NewSize(260, name.MinSize().Height), name), nil, bar))
		}
	}
	rows = append(rows, wrapped(screens.TeamProfileText(s, t, l)))
	return container.NewVScroll(container.NewVBox(rows...))
}

// slideChart is a chart with its legend, for a slide. The figure is laid
// out for the widget's own size: planning/chart sizes every text and line
// relative to the box (chart's TestFiguresScaleWithTheBox), so they grow
// with the slide as it is; laying it out in a smaller box and drawing that
// larger would give the same figure.
// The legend wraps onto more lines rather than scroll.
func slideChart(build func(box chart.Box) chart.Figure) fyne.CanvasObject {
	c := widgets.NewChart(fyne.NewSize(320, 260), build)
	legend := legendOf(build, false)
	if len(legend.Objects) == 0 {
		return c
	}
	return container.NewBorder(nil, legend, nil, nil, c)
}

// legendOf is the figure's legend: one entry a line when vertical, else
// wrapping onto more lines as needed.
func legendOf(build func(box chart.Box) chart.Figure, vertical bool) *fyne.Container {
	legend := container.New(widgets.NewFlowLayout())
	if vertical {
		legend = container.NewVBox()
	}
	for _, e := range build(chart.Box{W: 600, H: 400}).Legend {
		sw := canvas.NewRectangle(chart.Colour(e.Key))
		sw.SetMinSize(fyne.NewSize(20, 20))
		sw.CornerRadius = 3
		legend.Add(container.NewHBox(container.NewCenter(sw), widget.NewLabel(e.Label)))
	}
	return legend
}

// Findings come findingsPerSlide to a slide, in large type, on at most
// maxFindingSlides slides; the last says how many more the plan has.
const (
	findingsPerSlide = 3
	maxFindingSlides = 4
)

// findingsSlide is page i of the findings, most serious first.
func (p *presentation) findingsSlide(i int) fyne.CanvasObject {
	s := p.s
	l := s.Lang()
	fs := s.Doc().Analysis().Findings
	if len(fs) == 0 {
		return container.NewCenter(wrapped(s.T("present.nofindings")))
	}
	var rows []fyne.CanvasObject
	from := i * findingsPerSlide
	for k := from; k < len(fs) && k < from+findingsPerSlide; k++ {
		f := fs[k]
		head := widget.NewLabelWithStyle(screens.FindingHead(s, f), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		head.Importance = screens.SeverityImportance(f.Severity)
		head.Wrapping = fyne.TextWrapWord
		rows = append(rows, container.NewBorder(nil, nil, widget.NewIcon(screens.SeverityIcon(f.Severity)), nil,
			container.NewVBox(head, wrapped(f.Message.In(l)))))
	}
	if rest := len(fs) - maxFindingSlides*findingsPerSlide; i == maxFindingSlides-1 && rest > 0 {
		more := wrapped(s.T("present.morefindings", rest))
		more.TextStyle = fyne.TextStyle{Italic: true}
		rows = append(rows, more)
	}
	return container.NewVScroll(container.NewVBox(rows...))
}

func (p *presentation) rankingSlide() fyne.CanvasObject {
	rv := newRankingView(p.s, true)
	rv.refresh()
	return container.NewBorder(wrapped(rv.summary()), nil, nil, nil, container.NewVScroll(rv.box))
}

// inSession is the plan with only the assessments and votes of session
// (compared as sameParticipant does: case and outer spaces aside); "" is
// the whole plan. The copy shares everything else with p and is only
// read.
func inSession(p *model.Plan, session string) *model.Plan {
	if session == "" {
		return p
	}
	q := *p
	q.Assessments, q.Votes = nil, nil
	for _, a := range p.Assessments {
		if strings.EqualFold(strings.TrimSpace(a.Session), session) {
			q.Assessments = append(q.Assessments, a)
		}
	}
	for _, v := range p.Votes {
		if strings.EqualFold(strings.TrimSpace(v.Session), session) {
			q.Votes = append(q.Votes, v)
		}
	}
	return &q
}
