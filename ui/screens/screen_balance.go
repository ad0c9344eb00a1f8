package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"balansplan/model"
	"balansplan/planning"
	"balansplan/planning/chart"
	"balansplan/ui/form"
)

// balanceScreen shows where the school stands: the radar of the five
// bouwstenen from the self-assessment and the balance matrix of form of
// education against learning material, now and as goal.
type balanceScreen struct {
	s       Host
	radar   *chartView
	matrix  *chartView
	levels  *widget.Label
	summary *widget.Label
	// round picks the self-assessment round shown; rounds is each
	// bouwsteen's level over the rounds (issue 15).
	round  *roundPicker
	rounds *chartView
	tabs   *container.AppTabs
	root   fyne.CanvasObject
}

func newBalanceScreen(s Host) Screen {
	v := &balanceScreen{s: s}
	l := s.Lang()
	v.round = newRoundPicker(v.Refresh)
	v.radar = newChartView(fyne.NewSize(360, 320), func(box chart.Box) chart.Figure {
		return GrowRadar(chart.Radar(analysisOf(s, v.round), l, box), box)
	})
	v.matrix = newChartView(fyne.NewSize(360, 320), func(box chart.Box) chart.Figure {
		return chart.Matrix(analysisOf(s, v.round), l, box)
	})
	v.rounds = newChartView(fyne.NewSize(300, 140), func(box chart.Box) chart.Figure {
		return RoundsFigure(planning.Rounds(s.Doc().Plan()), l, box)
	})
	v.levels = widget.NewLabel("")
	v.summary = widget.NewLabel("")
	v.summary.Wrapping = fyne.TextWrapWord
	radarCard := widget.NewCard(s.T("balance.radar"), s.T("balance.radar.sub"), v.radar.box)
	matrixCard := widget.NewCard(s.T("balance.matrix"), s.T("balance.matrix.sub"), v.matrix.box)
	roundsCard := widget.NewCard(s.T("balance.rounds"), "", v.rounds.box)
	v.tabs = container.NewAppTabs(
		container.NewTabItem(s.T("balance.tab.now"), container.NewGridWithColumns(2, radarCard, matrixCard)),
		container.NewTabItem(s.T("balance.tab.rounds"), container.NewBorder(nil, v.levels, nil, nil, roundsCard)))
	v.root = container.NewBorder(container.NewHBox(widget.NewLabel(s.T("round.pick")), v.round.sel), container.NewVBox(v.summary, termButtons(s, "term.human", "term.material", "term.tilt")), nil, nil,
		v.tabs)
	return v
}

func (v *balanceScreen) Content() fyne.CanvasObject { return v.root }

func (v *balanceScreen) Refresh() {
	v.round.sync(v.s.Doc().Plan())
	a := analysisOf(v.s, v.round)
	l := v.s.Lang()
	v.radar.Refresh()
	v.matrix.Refresh()
	v.rounds.Refresh()
	pos := a.Position
	v.summary.SetText(v.s.T("balance.summary",
		CellText(pos.Now, l), pos.Now.Balance().Label(l),
		CellText(pos.Goal, l), pos.Goal.Balance().Label(l),
		form.Level(a.Levels.HumanNow, l), form.Level(a.Levels.MaterialNow, l), form.Level(a.Levels.TiltNow, l)))
	text := v.s.T("balance.levels.head")
	for _, bl := range a.Levels.Blocks {
		text += "\n" + v.s.T("balance.levels.row", chart.ShortLabel(bl.Block, l),
			form.Level(bl.Now.Level(), l), form.Level(bl.Goal.Level(), l), form.Level(bl.Spread, l))
	}
	v.levels.SetText(text)
}

// CellText names a cell of the balance matrix: "leraargestuurd ×
// instructie en oefenen".
func CellText(c planning.Cell, l model.Lang) string {
	if !c.Known() {
		return "–"
	}
	return c.Teaching.Label(l) + " × " + c.Material.Label(l)
}
