package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
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
	c := &chartView{chart: widgets.NewChart(min, build), legend: container.NewHBox(), build: build}
	c.box = container.NewBorder(nil, container.NewHScroll(c.legend), nil, nil, c.chart)
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
