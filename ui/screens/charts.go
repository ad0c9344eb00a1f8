package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"balansplan/planning/chart"
	"balansplan/ui/widgets"
)

// chartView is a chart with its legend under it.
type chartView struct {
	chart  *widgets.Chart
	legend *fyne.Container
	build  func(box chart.Box) chart.Figure
	box    fyne.CanvasObject
}

// newChartView makes a chart drawn by build (which reads the document's
// current analysis, so a Refresh shows the latest edit).
func newChartView(min fyne.Size, build func(box chart.Box) chart.Figure) *chartView {
	// The legend wraps onto more lines where the window is narrow, so no
	// entry is cut off or hidden behind a scroll bar.
	c := &chartView{chart: widgets.NewChart(min, build), legend: container.New(widgets.NewFlowLayout()), build: build}
	c.box = container.NewBorder(nil, c.legend, nil, nil, c.chart)
	return c
}

// Refresh redraws the chart and its legend.
func (c *chartView) Refresh() {
	c.chart.Refresh()
	fig := c.build(chart.Box{W: 600, H: 400})
	objs := make([]fyne.CanvasObject, 0, len(fig.Legend))
	for _, e := range fig.Legend {
		sw := canvas.NewRectangle(chart.Colour(e.Key))
		sw.SetMinSize(fyne.NewSize(14, 14))
		sw.CornerRadius = 2
		objs = append(objs, container.NewHBox(container.NewCenter(sw), widget.NewLabel(e.Label)))
	}
	c.legend.Objects = objs
	c.legend.Refresh()
}

// termButtons is a row of small info buttons, one for each glossary term
// (translation keys), each opening the glossary's entry for it, for the
// screens where T, E, scheefstand, lasten, mens and materieel appear. It
// is empty when the window has no glossary.
func termButtons(s Host, keys ...string) fyne.CanvasObject {
	g, ok := s.(Glossary)
	row := container.New(widgets.NewButtonRow())
	if !ok {
		return row
	}
	for _, k := range keys {
		term := s.T(k)
		b := widget.NewButtonWithIcon(term, theme.InfoIcon(), func() { g.ShowTerm(term) })
		b.Importance = widget.LowImportance
		row.Add(b)
	}
	return row
}
