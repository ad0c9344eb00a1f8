package shell

import (
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"balansplan/model"
)

// sortKind says how a column sorts.
type sortKind int

const (
	sortText   sortKind = iota // case-insensitive text
	sortCode                   // codes as people read them: V2 before V10
	sortNumber                 // the row's number for the column
)

// column is a column of an entityTable.
type column struct {
	title string
	width float32
	kind  sortKind
}

// tableRow is one entity in an entityTable: its ID, the text of each cell
// and, for number columns, the number to sort by.
type tableRow struct {
	id    string
	cells []string
	nums  []float64
}

// entityTable lists entities (visions, investments, participants) in a
// table whose column headers sort it and whose rows narrow to a search
// text. Choosing a row calls onSelect with the entity's ID.
type entityTable struct {
	cols     []column
	table    *widget.Table
	all      []tableRow // as given by the screen
	rows     []tableRow // filtered and sorted: what the table shows
	query    string
	keep     func(r tableRow) bool // an extra filter of the screen; nil keeps all
	sortCol  int
	desc     bool
	selected string
	onSelect func(id string)
}

func newEntityTable(cols []column, onSelect func(id string)) *entityTable {
	t := &entityTable{cols: cols, onSelect: onSelect}
	t.table = widget.NewTableWithHeaders(
		func() (int, int) { return len(t.rows), len(t.cols) },
		func() fyne.CanvasObject {
			bg := canvas.NewRectangle(theme.Color(theme.ColorNameSelection))
			bg.Hide()
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return container.NewStack(bg, l)
		},
		func(id widget.TableCellID, o fyne.CanvasObject) {
			c := o.(*fyne.Container)
			bg, l := c.Objects[0].(*canvas.Rectangle), c.Objects[1].(*widget.Label)
			if id.Row >= len(t.rows) || id.Col >= len(t.cols) {
				l.SetText("")
				return
			}
			r := t.rows[id.Row]
			// Setting the same text again still shapes it anew (for the
			// ellipsis), which on a large plan is most of a refresh.
			if l.Text != r.cells[id.Col] {
				l.SetText(r.cells[id.Col])
			}
			if hide := r.id != t.selected; bg.Hidden != hide {
				bg.FillColor = theme.Color(theme.ColorNameSelection)
				bg.Hidden = hide
				bg.Refresh()
			}
		})
	t.table.ShowHeaderColumn = false
	t.table.CreateHeader = func() fyne.CanvasObject {
		b := widget.NewButton("", nil)
		b.Alignment = widget.ButtonAlignLeading
		b.IconPlacement = widget.ButtonIconTrailingText
		b.Importance = widget.LowImportance
		return b
	}
	t.table.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		b := o.(*widget.Button)
		if id.Col < 0 || id.Col >= len(t.cols) {
			b.SetText("")
			return
		}
		// The sort order shows as an icon: the text font has no arrows.
		b.Icon = nil
		if id.Col == t.sortCol {
			b.Icon = theme.MenuDropUpIcon()
			if t.desc {
				b.Icon = theme.MenuDropDownIcon()
			}
		}
		b.SetText(t.cols[id.Col].title)
		col := id.Col
		b.OnTapped = func() { t.sortBy(col) }
	}
	for i, c := range cols {
		t.table.SetColumnWidth(i, c.width)
	}
	t.table.OnSelected = func(id widget.TableCellID) {
		if id.Row >= 0 && id.Row < len(t.rows) {
			t.choose(t.rows[id.Row].id)
		}
	}
	return t
}

// setRows replaces the entities the table lists.
func (t *entityTable) setRows(rows []tableRow) {
	t.all = rows
	t.apply()
}

// sortBy sorts on column col; sorting again on the same column turns the
// order around.
func (t *entityTable) sortBy(col int) {
	if col == t.sortCol {
		t.desc = !t.desc
	} else {
		t.sortCol, t.desc = col, false
	}
	t.apply()
}

// filter narrows the table to rows with q in one of their cells.
func (t *entityTable) filter(q string) {
	t.query = strings.ToLower(strings.TrimSpace(q))
	t.apply()
}

func (t *entityTable) apply() {
	t.rows = t.rows[:0]
	for _, r := range t.all {
		if t.keep != nil && !t.keep(r) {
			continue
		}
		if t.query != "" && !rowMatches(r, t.query) {
			continue
		}
		t.rows = append(t.rows, r)
	}
	col, kind := t.sortCol, t.cols[t.sortCol].kind
	less := func(a, b tableRow) bool {
		switch kind {
		case sortNumber:
			return a.nums[col] < b.nums[col]
		case sortCode:
			return model.CodeLess(a.cells[col], b.cells[col])
		}
		return strings.ToLower(a.cells[col]) < strings.ToLower(b.cells[col])
	}
	sort.SliceStable(t.rows, func(i, j int) bool {
		if t.desc {
			return less(t.rows[j], t.rows[i])
		}
		return less(t.rows[i], t.rows[j])
	})
	t.table.Refresh()
}

func rowMatches(r tableRow, q string) bool {
	for _, c := range r.cells {
		if strings.Contains(strings.ToLower(c), q) {
			return true
		}
	}
	return false
}

// choose makes id the chosen entity, shows it and tells the screen.
func (t *entityTable) choose(id string) {
	t.table.UnselectAll()
	if id == t.selected {
		return
	}
	t.selected = id
	t.table.Refresh()
	// Before the table has a size, ScrollTo would scroll sideways past
	// the first column.
	if t.table.Size().Height > 0 {
		for i, r := range t.rows {
			if r.id == id {
				t.table.ScrollTo(widget.TableCellID{Row: i, Col: 0})
				break
			}
		}
	}
	if t.onSelect != nil {
		t.onSelect(id)
	}
}

// has reports whether the table lists the entity.
func (t *entityTable) has(id string) bool {
	for _, r := range t.all {
		if r.id == id {
			return true
		}
	}
	return false
}

// first is the ID of the first row shown, or "".
func (t *entityTable) first() string {
	if len(t.rows) == 0 {
		return ""
	}
	return t.rows[0].id
}

// listAndForm is what the screens that list entities and edit the chosen
// one (visions, investments, participants) share: the table, and beside it
// the detail pane with the form of the chosen entity, or a hint when none
// is chosen. A screen embeds it, builds table and form, and calls
// setPanes once and keepChoice after every setRows.
type listAndForm struct {
	table  *entityTable
	form   *form
	detail *fyne.Container
	edit   fyne.CanvasObject // the form with its buttons
	empty  fyne.CanvasObject // the hint when nothing is chosen
	// loaded, when set, shows what the screen tells about the chosen
	// entity besides the form's fields; it runs after every load.
	loaded func()
}

// setPanes sets the form pane and the hint for when nothing is chosen,
// and returns the detail pane, which shows the hint for now.
func (lf *listAndForm) setPanes(edit fyne.CanvasObject, hint string) *fyne.Container {
	lf.edit = edit
	lf.empty = container.NewCenter(widget.NewLabel(hint))
	lf.detail = container.NewStack(lf.empty)
	return lf.detail
}

// show opens the entity with the given ID in the form; the table calls it
// when a row is chosen.
func (lf *listAndForm) show(id string) {
	lf.form.bind(id)
	if lf.loaded != nil {
		lf.loaded()
	}
	lf.setDetail(lf.edit)
}

// keepChoice runs after the rows changed: the chosen entity shows its new
// values; when it is gone the first row is chosen instead, or, without
// rows, the hint is shown.
func (lf *listAndForm) keepChoice() {
	if !lf.table.has(lf.table.selected) {
		lf.table.selected = ""
		if id := lf.table.first(); id != "" {
			lf.table.choose(id)
			return
		}
		lf.form.reset()
		lf.setDetail(lf.empty)
		return
	}
	lf.form.load()
	if lf.loaded != nil {
		lf.loaded()
	}
}

func (lf *listAndForm) setDetail(o fyne.CanvasObject) {
	if len(lf.detail.Objects) == 1 && lf.detail.Objects[0] == o {
		return
	}
	lf.detail.Objects = []fyne.CanvasObject{o}
	lf.detail.Refresh()
}
