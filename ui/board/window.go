package board

import (
	"errors"
	"fmt"
	"image/color"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"balansplan/model"
	"balansplan/model/workspace"
	"balansplan/planning"
	"balansplan/planning/board"
	"balansplan/planning/chart"
	"balansplan/ui/internal/texts"
	"balansplan/ui/widgets"
)

// SettingsFiles are the names of the board's settings file in its folder,
// in the order they are looked for.
var SettingsFiles = []string{"board.json", "bestuur.json"}

// Window is an open board window.
type Window struct {
	win fyne.Window
	app fyne.App
	tr  *texts.Texts
	dir string // the folder read, or "" for a database
	now time.Time
	// name is the board's name until the roll-up gives one: the folder's
	// or the database's; empty is the message for a board without plans.
	name, empty string
	// readFn reads the board off fyne's goroutine (readBoard for a folder,
	// readDBBoard for a database).
	readFn func(progress func(done, total int)) (*board.Board, string, error)

	bd    *board.Board
	names []string // the schools' names as shown (board.Board.Labels)
	note  string   // what was wrong with the settings file, or ""
	err   error    // the folder could not be read at all

	progress *widget.ProgressBar
	status   *widget.Label
	loaded   chan struct{} // closed once the board is shown

	rows      []int // indexes into bd.Schools, in the table's order
	sortCol   int
	desc      bool
	search    *widget.Entry
	attention *widget.Check
	table     *schoolTable
	// sorter chooses the column to sort by from the keyboard (fyne keeps
	// a table's header out of the Tab order); sorting is set while the
	// header's click updates it, so that it does not sort again.
	sorter   *widget.Select
	sorting  bool
	selected int // the table's selected row, -1 for none
	heat     [][]string
	opened   []fyne.Window // the school windows opened from this one
}

// Open shows the board of folder dir in a new window of app a, in the
// language of tr; now is the day the plan periods are judged on. The
// folder is read on a goroutine of its own.
func Open(a fyne.App, tr *texts.Texts, dir string, now time.Time) *Window {
	return open(a, tr, filepath.Base(dir), tr.T("rollup.empty", dir), dir, now,
		func(progress func(done, total int)) (*board.Board, string, error) {
			return readBoard(dir, now, progress)
		})
}

func open(a fyne.App, tr *texts.Texts, name, empty, dir string, now time.Time,
	read func(progress func(done, total int)) (*board.Board, string, error)) *Window {
	w := &Window{app: a, tr: tr, dir: dir, now: now, name: name, empty: empty, readFn: read,
		selected: -1, loaded: make(chan struct{})}
	w.win = a.NewWindow(tr.T("rollup.title", name))
	w.progress = widget.NewProgressBar()
	w.status = widget.NewLabel(tr.T("rollup.reading", 0, 0))
	w.win.SetContent(container.NewVBox(w.status, w.progress))
	w.win.Resize(fyne.NewSize(1024, 640))
	w.win.Show()
	go w.read()
	return w
}

// Loaded is closed once the folder is read and shown.
func (w *Window) Loaded() <-chan struct{} { return w.loaded }

// Window is the board's fyne window.
func (w *Window) Window() fyne.Window { return w.win }

// read reads and rolls up the board off fyne's goroutine and hands the
// result over with fyne.Do.
func (w *Window) read() {
	bd, note, err := w.readFn(func(done, total int) {
		fyne.Do(func() {
			w.status.SetText(w.tr.T("rollup.reading", done, total))
			if total > 0 {
				w.progress.SetValue(float64(done) / float64(total))
			}
		})
	})
	fyne.Do(func() {
		w.bd, w.note, w.err = bd, note, err
		w.show()
		close(w.loaded)
	})
}

// errNoPlans is a folder without .balans files.
var errNoPlans = errors.New("no plan files")

// readBoard reads the plan files of dir through copies and rolls them up;
// note says what is wrong with a settings file that cannot be used.
func readBoard(dir string, now time.Time, progress func(done, total int)) (*board.Board, string, error) {
	paths, skipped, err := workspace.Files(dir)
	if err != nil {
		return nil, "", err
	}
	if len(paths) == 0 {
		return nil, "", errNoPlans
	}
	var settings board.Settings
	note := ""
	for _, name := range SettingsFiles {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			continue
		}
		skipped = slicesWithout(skipped, name)
		s, err := board.ParseSettings(data)
		var se *board.SettingsError
		switch {
		case errors.As(err, &se):
			note = name + ": " + se.Text.NL + "\x00" + name + ": " + se.Text.EN
		case err != nil:
			note = name + ": " + err.Error() + "\x00" + name + ": " + err.Error()
		default:
			settings = s
		}
		break
	}
	// The workers report one at a time: fyne.Do runs its function at
	// once on the calling goroutine in fyne's test driver, and two label
	// updates at the same moment would shape text concurrently.
	var mu sync.Mutex
	done, total := 0, len(paths)
	step := func() {
		mu.Lock()
		defer mu.Unlock()
		done++
		progress(done, total)
	}
	progress(0, total)
	res, err := workspace.Read(paths, 0, func(path string, p *model.Plan) board.School {
		s := board.Summarise(filepath.Base(path), p, planning.Analyse(p, nil))
		step()
		return s
	})
	if err != nil {
		return nil, note, err
	}
	unread := make([]board.Unread, len(res.Problems))
	for i, p := range res.Problems {
		unread[i] = board.Unread{File: filepath.Base(p.Path), Kind: string(p.Kind), Reason: p.Reason, Text: p.Text}
		step()
	}
	return board.RollUp(res.Plans, settings, now, unread, skipped), note, nil
}

func slicesWithout(ss []string, s string) []string {
	var out []string
	for _, x := range ss {
		if x != s {
			out = append(out, x)
		}
	}
	return out
}

func (w *Window) lang() model.Lang { return w.tr.Lang() }

// show puts the board into the window.
func (w *Window) show() {
	if w.err != nil {
		msg := w.tr.T("rollup.error", w.tr.ErrorText(w.err))
		if errors.Is(w.err, errNoPlans) {
			msg = w.empty
		}
		lb := widget.NewLabel(msg)
		lb.Wrapping = fyne.TextWrapWord
		w.status = lb
		w.win.SetContent(container.NewPadded(lb))
		return
	}
	bd := w.bd
	w.names = bd.Labels()
	name := bd.Name
	if name == "" {
		name = w.name
	}
	w.win.SetTitle(w.tr.T("rollup.title", name))
	head := widget.NewLabelWithStyle(name, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	summary := "rollup.summary"
	if w.dir == "" {
		summary = "rollup.db.summary" // plans, not files
	}
	line := widget.NewLabel(w.tr.T(summary, len(bd.Schools), len(bd.Unread), bd.Date, planning.FormatMoney(bd.TotalCashOut, w.lang())))
	line.Wrapping = fyne.TextWrapWord
	top := container.NewVBox(head, line)
	if w.note != "" {
		nl, en, _ := strings.Cut(w.note, "\x00")
		msg := nl
		if w.lang() == model.EN {
			msg = en
		}
		warn := widget.NewLabel(msg)
		warn.Wrapping = fyne.TextWrapWord
		warn.Importance = widget.WarningImportance
		top.Add(warn)
	}
	tabs := container.NewAppTabs(
		container.NewTabItem(w.tr.T("rollup.tab.schools"), w.schoolsTab()),
		container.NewTabItem(w.tr.T("rollup.tab.heatmap"), w.heatTab()),
		container.NewTabItem(w.tr.T("rollup.tab.budget"), w.budgetTab()),
		container.NewTabItem(w.tr.T("rollup.tab.unread", len(bd.Unread)), w.unreadTab()),
	)
	w.win.SetContent(container.NewBorder(top, nil, nil, nil, tabs))
	w.win.Canvas().SetOnTypedKey(func(e *fyne.KeyEvent) {
		if e.Name == fyne.KeyEscape {
			w.win.Close()
		}
	})
	w.win.Canvas().Focus(w.search)
}

// --- the school table ----------------------------------------------------------

// columns of the school table: key of the title, width at 1024x640.
var columns = []struct {
	key   string
	width float32
}{
	{"rollup.col.school", 150}, {"rollup.col.brin", 58}, {"rollup.col.period", 100}, {"rollup.col.status", 105},
	{"rollup.col.route", 150}, {"rollup.col.cash", 92}, {"rollup.col.perpupil", 100}, {"rollup.col.findings", 74},
	{"rollup.col.attention", 140},
}

// attentionOf lists why school i needs attention, in the roll-up's
// order; empty when it does not.
func (w *Window) attentionOf(i int) []string {
	bd := w.bd
	var out []string
	for _, l := range []struct {
		idx []int
		key string
	}{{bd.HighFindings, "rollup.why.high"}, {bd.NotAdopted, "rollup.why.notadopted"}, {bd.PeriodEnded, "rollup.why.ended"}} {
		for _, j := range l.idx {
			if j == i {
				out = append(out, w.tr.T(l.key))
			}
		}
	}
	for _, g := range bd.Duplicates {
		for _, j := range g {
			if j == i {
				out = append(out, w.tr.T("rollup.why.duplicate"))
			}
		}
	}
	return out
}

// cellText is the text of school i in column col.
func (w *Window) cellText(i, col int) string {
	s := &w.bd.Schools[i]
	l := w.lang()
	switch col {
	case 0:
		return w.names[i]
	case 1:
		return s.BRIN
	case 2:
		return fmt.Sprintf("%d – %d", s.StartYear, s.EndYear)
	case 3:
		return statusOf(s).Label(l)
	case 4:
		return s.Verdict.Label(l)
	case 5:
		return planning.FormatMoney(s.TotalCashOut, l)
	case 6:
		if !s.HasPerPupil {
			return "–"
		}
		return planning.FormatMoney(s.PerPupil, l)
	case 7:
		return fmt.Sprintf("%d / %d / %d", s.Findings.Hoog, s.Findings.Midden, s.Findings.Laag)
	case 8:
		return strings.Join(w.attentionOf(i), ", ")
	}
	return ""
}

func statusOf(s *board.School) model.PlanStatus {
	if s.Status == "" {
		return model.StatusConcept
	}
	return s.Status
}

// less orders schools a and b by column col (ascending); ties keep the
// roll-up's order (name, BRIN, file).
func (w *Window) less(a, b, col int) bool {
	sa, sb := &w.bd.Schools[a], &w.bd.Schools[b]
	switch col {
	case 2:
		if sa.StartYear != sb.StartYear {
			return sa.StartYear < sb.StartYear
		}
		return sa.EndYear < sb.EndYear
	case 5:
		return sa.TotalCashOut < sb.TotalCashOut
	case 6:
		if sa.HasPerPupil != sb.HasPerPupil {
			return !sa.HasPerPupil
		}
		return sa.PerPupil < sb.PerPupil
	case 7:
		if sa.Findings.Hoog != sb.Findings.Hoog {
			return sa.Findings.Hoog < sb.Findings.Hoog
		}
		if sa.Findings.Midden != sb.Findings.Midden {
			return sa.Findings.Midden < sb.Findings.Midden
		}
		return sa.Findings.Laag < sb.Findings.Laag
	case 8:
		return len(w.attentionOf(a)) < len(w.attentionOf(b))
	case 0:
		return a < b // the roll-up's own order is by name
	}
	return strings.ToLower(w.cellText(a, col)) < strings.ToLower(w.cellText(b, col))
}

// sortBy sorts the table by column col; the same column again reverses it.
func (w *Window) sortBy(col int) {
	if col == w.sortCol {
		w.desc = !w.desc
	} else {
		w.sortCol, w.desc = col, false
	}
	w.refreshRows()
	if w.sorter != nil && w.sorter.SelectedIndex() != col {
		w.sorting = true
		w.sorter.SetSelectedIndex(col)
		w.sorting = false
	}
}

// refreshRows applies the filter and the order to the table.
func (w *Window) refreshRows() {
	q := strings.ToLower(strings.TrimSpace(w.search.Text))
	w.rows = w.rows[:0]
	for i := range w.bd.Schools {
		if w.attention.Checked && len(w.attentionOf(i)) == 0 {
			continue
		}
		if q != "" {
			s := &w.bd.Schools[i]
			hay := strings.ToLower(strings.Join([]string{w.names[i], s.BRIN, s.File, w.cellText(i, 3), w.cellText(i, 4)}, " "))
			if !strings.Contains(hay, q) {
				continue
			}
		}
		w.rows = append(w.rows, i)
	}
	sort.SliceStable(w.rows, func(x, y int) bool {
		a, b := w.rows[x], w.rows[y]
		if w.desc {
			return w.less(b, a, w.sortCol)
		}
		return w.less(a, b, w.sortCol)
	})
	w.selected = -1
	w.table.UnselectAll()
	w.table.Refresh()
}

// schoolTable is the table of schools: Enter opens the school under the
// keyboard's highlight.
type schoolTable struct {
	widget.Table
	w *Window
}

func (t *schoolTable) TypedKey(e *fyne.KeyEvent) {
	if e.Name == fyne.KeyReturn || e.Name == fyne.KeyEnter {
		t.Table.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace})
		t.w.openRow(t.w.selected)
		return
	}
	t.Table.TypedKey(e)
}

// cell is a table cell: a click selects its row, a double click opens it.
type cell struct {
	widget.Label
	w  *Window
	id widget.TableCellID
}

func newCell(w *Window) *cell {
	c := &cell{w: w}
	c.Truncation = fyne.TextTruncateEllipsis
	c.ExtendBaseWidget(c)
	return c
}

func (c *cell) Tapped(*fyne.PointEvent) {
	c.w.table.Highlight(c.id)
	c.w.table.Select(c.id)
	c.w.win.Canvas().Focus(c.w.table)
}

func (c *cell) DoubleTapped(*fyne.PointEvent) {
	c.w.table.Select(c.id)
	c.w.openRow(c.id.Row)
}

func (w *Window) schoolsTab() fyne.CanvasObject {
	w.search = widget.NewEntry()
	w.search.SetPlaceHolder(w.tr.T("rollup.search"))
	w.attention = widget.NewCheck(w.tr.T("rollup.attention", len(w.needy())), func(bool) { w.refreshRows() })
	w.search.OnChanged = func(string) { w.refreshRows() }
	t := &schoolTable{w: w}
	t.Length = func() (int, int) { return len(w.rows), len(columns) }
	t.CreateCell = func() fyne.CanvasObject { return newCell(w) }
	t.UpdateCell = func(id widget.TableCellID, o fyne.CanvasObject) {
		c := o.(*cell)
		c.id = id
		if id.Row < len(w.rows) {
			c.SetText(w.cellText(w.rows[id.Row], id.Col))
		}
	}
	t.ShowHeaderRow = true
	t.CreateHeader = func() fyne.CanvasObject { return widget.NewButton("", nil) }
	t.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		b := o.(*widget.Button)
		if id.Col < 0 || id.Col >= len(columns) {
			return
		}
		title := w.tr.T(columns[id.Col].key)
		if id.Col == w.sortCol {
			if w.desc {
				title += " ▼"
			} else {
				title += " ▲"
			}
		}
		b.SetText(title)
		b.Importance = widget.LowImportance
		col := id.Col
		b.OnTapped = func() { w.sortBy(col) }
	}
	t.OnSelected = func(id widget.TableCellID) { w.selected = id.Row }
	t.OnUnselected = func(widget.TableCellID) { w.selected = -1 }
	t.ExtendBaseWidget(t)
	for i, c := range columns {
		t.SetColumnWidth(i, c.width)
	}
	w.table = t
	w.rows = make([]int, 0, len(w.bd.Schools))
	w.refreshRows()
	open := widget.NewButtonWithIcon(w.tr.T("rollup.open"), theme.DocumentIcon(), func() { w.openRow(w.selected) })
	var titles []string
	for _, c := range columns {
		titles = append(titles, w.tr.T("rollup.sortby", w.tr.T(c.key)))
	}
	w.sorter = widget.NewSelect(titles, func(string) {
		if !w.sorting {
			w.sortCol, w.desc = w.sorter.SelectedIndex(), false
			w.refreshRows()
		}
	})
	w.sorting = true
	w.sorter.SetSelectedIndex(0)
	w.sorting = false
	bar := container.NewBorder(nil, nil, nil, container.NewHBox(w.attention, container.NewGridWrap(fyne.NewSize(210, w.sorter.MinSize().Height), w.sorter), open), w.search)
	hint := widget.NewLabelWithStyle(w.tr.T("rollup.hint"), fyne.TextAlignLeading, fyne.TextStyle{Italic: true})
	return container.NewBorder(bar, hint, nil, nil, t)
}

// needy are the schools that need attention.
func (w *Window) needy() []int {
	var out []int
	for i := range w.bd.Schools {
		if len(w.attentionOf(i)) > 0 {
			out = append(out, i)
		}
	}
	return out
}

// --- the heat map ------------------------------------------------------------------

// Band colours: light enough for dark text in either theme variant.
var bandColours = map[board.Band]color.NRGBA{
	board.BandLaag:    {0xf4, 0xc7, 0xc3, 0xff},
	board.BandMidden:  {0xfd, 0xe9, 0xa9, 0xff},
	board.BandHoog:    {0xc5, 0xe8, 0xc9, 0xff},
	board.BandUnknown: {0xe4, 0xe7, 0xeb, 0xff},
}

var inkColour = color.NRGBA{0x1f, 0x29, 0x33, 0xff}

func (w *Window) levelText(l planning.Level) string {
	if !l.Known {
		return "–"
	}
	return planning.FormatNumber(l.Value, 3, w.lang())
}

func (w *Window) heatCell(l planning.Level, bold bool) fyne.CanvasObject {
	bg := canvas.NewRectangle(bandColours[board.BandOf(l)])
	bg.CornerRadius = 3
	tx := canvas.NewText(w.levelText(l), inkColour)
	tx.Alignment = fyne.TextAlignCenter
	tx.TextStyle.Bold = bold
	return container.NewStack(bg, container.NewCenter(tx))
}

func (w *Window) heatTab() fyne.CanvasObject {
	bd := w.bd
	l := w.lang()
	grid := container.New(layout.NewGridLayoutWithColumns(1 + board.NumBlocks))
	grid.Add(widget.NewLabelWithStyle(w.tr.T("rollup.col.school"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	for _, bl := range model.Blocks() {
		grid.Add(widget.NewLabelWithStyle(chart.ShortLabel(bl, l), fyne.TextAlignCenter, fyne.TextStyle{Bold: true}))
	}
	w.heat = nil
	for i, s := range bd.Schools {
		name := widget.NewLabel(w.names[i])
		name.Truncation = fyne.TextTruncateEllipsis
		grid.Add(name)
		row := []string{w.names[i]}
		for _, lv := range s.Levels {
			grid.Add(w.heatCell(lv.Now, false))
			row = append(row, w.levelText(lv.Now))
		}
		w.heat = append(w.heat, row)
	}
	grid.Add(widget.NewLabelWithStyle(w.tr.T("rollup.mean"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	row := []string{w.tr.T("rollup.mean")}
	for _, lv := range bd.BlockMeans {
		grid.Add(w.heatCell(lv, true))
		row = append(row, w.levelText(lv))
	}
	w.heat = append(w.heat, row)
	legend := widget.NewLabel(w.tr.T("rollup.heat.legend", planning.FormatNumber(board.WeakBelow, 1, l), planning.FormatNumber(board.StrongFrom, 1, l)))
	legend.Wrapping = fyne.TextWrapWord
	// In a VBox the rows keep their own height instead of sharing the tab's.
	return container.NewBorder(nil, legend, nil, nil, container.NewVScroll(container.NewVBox(grid)))
}

// --- the budget --------------------------------------------------------------------

func (w *Window) budgetTab() fyne.CanvasObject {
	bd := w.bd
	l := w.lang()
	a := &planning.Analysis{Budget: bd.Budget()}
	c := widgets.NewChart(fyne.NewSize(560, 300), func(box chart.Box) chart.Figure { return chart.BudgetBars(a, l, box) })
	var over []string
	hasCeiling := false
	for _, y := range bd.Years {
		hasCeiling = hasCeiling || y.HasCeiling
		if y.Over {
			over = append(over, fmt.Sprintf("%d (%s)", y.Year, planning.FormatMoney(-y.Headroom(), l)))
		}
	}
	var verdict string
	switch {
	case !hasCeiling:
		verdict = w.tr.T("rollup.noceiling", SettingsFiles[0], SettingsFiles[1])
	case len(over) == 0:
		verdict = w.tr.T("rollup.within")
	default:
		verdict = w.tr.T("rollup.over", strings.Join(over, ", "))
	}
	v := widget.NewLabel(verdict)
	v.Wrapping = fyne.TextWrapWord
	// The legend: what each colour buys, as the plan's budget screen says.
	legend := container.NewHBox()
	for _, bl := range model.Blocks() {
		sw := canvas.NewRectangle(chart.Colour("block." + string(bl)))
		sw.SetMinSize(fyne.NewSize(14, 14))
		legend.Add(container.NewCenter(sw))
		legend.Add(widget.NewLabel(chart.ShortLabel(bl, l)))
	}
	return container.NewBorder(v, legend, nil, nil, c)
}

// --- the files not read --------------------------------------------------------------

func (w *Window) unreadTab() fyne.CanvasObject {
	box := container.NewVBox()
	if len(w.bd.Unread) == 0 {
		box.Add(widget.NewLabel(w.tr.T("rollup.unread.none")))
	}
	for _, u := range w.bd.Unread {
		lb := widget.NewLabel(u.Text.In(w.lang()))
		lb.Wrapping = fyne.TextWrapWord
		box.Add(lb)
	}
	if len(w.bd.Skipped) > 0 {
		lb := widget.NewLabel(w.tr.T("rollup.skipped", strings.Join(w.bd.Skipped, ", ")))
		lb.Wrapping = fyne.TextWrapWord
		lb.Importance = widget.LowImportance
		box.Add(lb)
	}
	return container.NewVScroll(box)
}
