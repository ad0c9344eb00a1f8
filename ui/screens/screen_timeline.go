package screens

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"balansplan/model"
	"balansplan/planning/chart"
)

// timelinePage is how many investments the timeline shows at once. The
// timeline of planning/chart is laid out in proportion to its box, so it
// reads well at about the height of a window; a large plan is shown a page
// at a time instead of in one very tall figure.
const timelinePage = 30

// timelineScreen shows the investments on a time axis per bouwsteen, with
// their dependencies; clicking a bar opens the investment. The block
// choice and the search field narrow it; a large plan is paged.
type timelineScreen struct {
	s      Host
	fig    *chartView
	block  *widget.Select
	blocks []model.Block
	query  string
	page   int
	pages  int
	codes  []string // the investments shown, in timeline order
	info   *widget.Label
	prev   *widget.Button
	next   *widget.Button
	root   fyne.CanvasObject
}

func newTimelineScreen(s Host) Screen {
	v := &timelineScreen{s: s}
	l := s.Lang()
	v.fig = newChartView(fyne.NewSize(600, 360), func(box chart.Box) chart.Figure {
		return chart.Timeline(v.subset(), l, box)
	})
	v.fig.chart.OnTapped = func(id string) {
		if code, ok := strings.CutPrefix(id, "inv."); ok {
			s.OpenSubject([]string{code}, "")
		}
	}
	v.blocks = model.Blocks()
	opts := []string{s.T("filter.allblocks")}
	for _, b := range v.blocks {
		opts = append(opts, b.Label(l))
	}
	v.block = widget.NewSelect(opts, nil)
	v.block.SetSelectedIndex(0)
	v.block.OnChanged = func(string) { v.page = 0; v.Refresh() }
	v.info = widget.NewLabel("")
	v.prev = widget.NewButtonWithIcon("", theme.NavigateBackIcon(), func() { v.page--; v.Refresh() })
	v.next = widget.NewButtonWithIcon("", theme.NavigateNextIcon(), func() { v.page++; v.Refresh() })
	hint := widget.NewLabel(s.T("timeline.hint"))
	top := container.NewBorder(nil, nil, container.NewGridWrap(fyne.NewSize(220, v.block.MinSize().Height), v.block),
		container.NewHBox(v.info, v.prev, v.next), hint)
	v.root = container.NewBorder(top, nil, nil, nil, v.fig.box)
	return v
}

func (v *timelineScreen) Content() fyne.CanvasObject { return v.root }

// subset is the plan with only the investments of the current page, for
// the chart; the plan's other fields are shared, not copied (the chart
// only reads).
func (v *timelineScreen) subset() *model.Plan {
	p := v.s.Doc().Plan()
	show := make(map[string]bool, len(v.codes))
	for _, c := range v.codes {
		show[c] = true
	}
	q := *p
	q.Investments = make([]model.Investment, 0, len(v.codes))
	for _, inv := range p.Investments {
		if show[inv.Code] {
			q.Investments = append(q.Investments, inv)
		}
	}
	return &q
}

func (v *timelineScreen) Refresh() {
	p := v.s.Doc().Plan()
	bi := v.block.SelectedIndex()
	titles := map[string]string{}
	for _, inv := range p.Investments {
		titles[inv.Code] = inv.Title
	}
	var all []string
	for _, r := range chart.TimelineRows(p) {
		if r.Code == "" || (bi > 0 && r.Block != v.blocks[bi-1]) || !matches(v.query, r.Code, titles[r.Code]) {
			continue
		}
		all = append(all, r.Code)
	}
	v.pages = max(1, (len(all)+timelinePage-1)/timelinePage)
	v.page = min(max(v.page, 0), v.pages-1)
	from := v.page * timelinePage
	to := min(from+timelinePage, len(all))
	v.codes = all[from:to]
	if v.pages > 1 {
		v.info.SetText(v.s.T("timeline.page", from+1, to, len(all)))
		v.prev.Show()
		v.next.Show()
	} else {
		v.info.SetText("")
		v.prev.Hide()
		v.next.Hide()
	}
	if v.page == 0 {
		v.prev.Disable()
	} else {
		v.prev.Enable()
	}
	if v.page == v.pages-1 {
		v.next.Disable()
	} else {
		v.next.Enable()
	}
	v.fig.Refresh()
}

func (v *timelineScreen) Filter(q string) {
	v.query = q
	v.page = 0
	v.Refresh()
}
