package form

import (
	"fmt"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"balansplan/model"
)

// SortKind says how a Column sorts.
type SortKind int

const (
	SortText   SortKind = iota // case-insensitive text
	SortCode                   // codes as people read them: V2 before V10
	SortNumber                 // the row's number for the Column
)

// Column is a Column of an Table.
type Column struct {
	Title string
	Width float32
	Kind  SortKind
}

// Row is one entity in an Table: its ID, the text of each cell
// and, for number columns, the number to sort by.
type Row struct {
	ID    string
	Cells []string
	Nums  []float64
	// Search is more text the search field finds the row by, beyond its
	// cells: a description, a vision's text, an owner.
	Search string
}

// Table lists entities (visions, investments, participants) in a
// table whose Column headers sort it and whose rows narrow to a search
// text. Choosing a row calls onSelect with the entity's ID.
type Table struct {
	cols     []Column
	Widget   *TableWidget
	all      []Row // as given by the screen
	rows     []Row // filtered and sorted: what the table shows
	query    string
	Keep     func(r Row) bool // an extra filter of the screen; nil keeps all
	sortCol  int
	desc     bool
	selected string
	onSelect func(id string)
}

func NewTable(cols []Column, onSelect func(id string)) *Table {
	t := &Table{cols: cols, onSelect: onSelect}
	t.Widget = newTableWidget(
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
			if l.Text != r.Cells[id.Col] {
				l.SetText(r.Cells[id.Col])
			}
			if hide := r.ID != t.selected; bg.Hidden != hide {
				bg.FillColor = theme.Color(theme.ColorNameSelection)
				bg.Hidden = hide
				bg.Refresh()
			}
		})
	t.Widget.ShowHeaderColumn = false
	t.Widget.CreateHeader = func() fyne.CanvasObject {
		b := widget.NewButton("", nil)
		b.Alignment = widget.ButtonAlignLeading
		b.IconPlacement = widget.ButtonIconTrailingText
		b.Importance = widget.LowImportance
		return b
	}
	t.Widget.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		b := o.(*widget.Button)
		if id.Col < 0 || id.Col >= len(t.cols) {
			if b.Text != "" {
				b.SetText("")
			}
			return
		}
		// The sort order shows as an icon: the text font has no arrows.
		var icon fyne.Resource
		if id.Col == t.sortCol {
			icon = theme.MenuDropUpIcon()
			if t.desc {
				icon = theme.MenuDropDownIcon()
			}
		}
		col := id.Col
		b.OnTapped = func() { t.SortBy(col) }
		// Every refresh of the table updates its headers; a header that
		// shows what it showed is left alone (a button's refresh measures
		// its text again).
		if title := t.cols[id.Col].Title; b.Text != title || !sameIcon(b.Icon, icon) {
			b.Icon = icon
			b.SetText(title)
		}
	}
	for i, c := range cols {
		t.Widget.SetColumnWidth(i, c.Width)
	}
	t.Widget.OnSelected = func(id widget.TableCellID) {
		if id.Row >= 0 && id.Row < len(t.rows) {
			t.Choose(t.rows[id.Row].ID)
		}
	}
	return t
}

// sameIcon reports whether a and b show the same icon (none, or the
// theme's icon of one name).
func sameIcon(a, b fyne.Resource) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return a.Name() == b.Name()
}

// TableWidget is the fyne table of a Table, which also knows the Delete
// key: with the list in focus (a row was clicked), Delete deletes the
// chosen entity through OnDelete, with the same question as the button.
type TableWidget struct {
	widget.Table
	OnDelete func()
}

func newTableWidget(length func() (int, int), create func() fyne.CanvasObject, update func(widget.TableCellID, fyne.CanvasObject)) *TableWidget {
	w := &TableWidget{}
	w.Length, w.CreateCell, w.UpdateCell = length, create, update
	w.ShowHeaderRow, w.ShowHeaderColumn = true, true
	w.ExtendBaseWidget(w)
	return w
}

// TypedKey deletes the chosen entity on Delete; other keys move through
// the table as fyne's do.
func (w *TableWidget) TypedKey(e *fyne.KeyEvent) {
	if e.Name == fyne.KeyDelete && w.OnDelete != nil {
		w.OnDelete()
		return
	}
	w.Table.TypedKey(e)
}

// SetRows replaces the entities the table lists.
func (t *Table) SetRows(rows []Row) {
	t.all = rows
	t.Apply()
}

// SortBy sorts on Column col; sorting again on the same Column turns the
// order around.
func (t *Table) SortBy(col int) {
	if col == t.sortCol {
		t.desc = !t.desc
	} else {
		t.sortCol, t.desc = col, false
	}
	t.Apply()
}

// Filter narrows the table to rows with q in one of their cells.
func (t *Table) Filter(q string) {
	t.query = strings.ToLower(strings.TrimSpace(q))
	t.Apply()
}

func (t *Table) Apply() {
	t.rows = t.rows[:0]
	for _, r := range t.all {
		if t.Keep != nil && !t.Keep(r) {
			continue
		}
		if t.query != "" && !rowMatches(r, t.query) {
			continue
		}
		t.rows = append(t.rows, r)
	}
	col, kind := t.sortCol, t.cols[t.sortCol].Kind
	less := func(a, b Row) bool {
		switch kind {
		case SortNumber:
			return a.Nums[col] < b.Nums[col]
		case SortCode:
			return model.CodeLess(a.Cells[col], b.Cells[col])
		}
		return strings.ToLower(a.Cells[col]) < strings.ToLower(b.Cells[col])
	}
	sort.SliceStable(t.rows, func(i, j int) bool {
		if t.desc {
			return less(t.rows[j], t.rows[i])
		}
		return less(t.rows[i], t.rows[j])
	})
	t.Widget.Refresh()
}

func rowMatches(r Row, q string) bool {
	for _, c := range r.Cells {
		if strings.Contains(strings.ToLower(c), q) {
			return true
		}
	}
	return strings.Contains(strings.ToLower(r.Search), q)
}

// Choose makes id the chosen entity, shows it and tells the screen.
func (t *Table) Choose(id string) {
	t.Widget.UnselectAll()
	if id == t.selected {
		return
	}
	t.selected = id
	t.Widget.Refresh()
	// Before the table has a size, ScrollTo would scroll sideways past
	// the first Column.
	if t.Widget.Size().Height > 0 {
		for i, r := range t.rows {
			if r.ID == id {
				t.Widget.ScrollTo(widget.TableCellID{Row: i, Col: 0})
				break
			}
		}
	}
	if t.onSelect != nil {
		t.onSelect(id)
	}
}

// Has reports whether the table lists the entity.
func (t *Table) Has(id string) bool {
	for _, r := range t.all {
		if r.ID == id {
			return true
		}
	}
	return false
}

// First is the ID of the first row shown, or "".
func (t *Table) First() string {
	if len(t.rows) == 0 {
		return ""
	}
	return t.rows[0].ID
}

// ListAndForm is what the screens that list entities and edit the chosen
// one (visions, investments, participants) share: the table, and beside it
// the detail pane with the form of the chosen entity, or a hint when none
// is chosen. A screen embeds it, builds table and form, and calls
// SetPanes once and KeepChoice after every SetRows.
type ListAndForm struct {
	Table  *Table
	Form   *Form
	detail *fyne.Container
	edit   fyne.CanvasObject // the form with its buttons
	empty  fyne.CanvasObject // the hint when nothing is chosen
	// Loaded, when set, shows what the screen tells about the chosen
	// entity besides the form's fields; it runs after every load.
	Loaded func()
}

// SetPanes sets the form pane and the hint for when nothing is chosen,
// and returns the detail pane, which shows the hint for now.
func (lf *ListAndForm) SetPanes(edit fyne.CanvasObject, hint string) *fyne.Container {
	lf.edit = edit
	lf.empty = container.NewCenter(widget.NewLabel(hint))
	lf.detail = container.NewStack(lf.empty)
	return lf.detail
}

// Show opens the entity with the given ID in the form; the table calls it
// when a row is chosen.
//
// When the form holds typed input that cannot be saved, the user is asked
// first: back to the record, with the input and its message as they were,
// or throw the input away and go on. Nothing typed goes without a word.
func (lf *ListAndForm) Show(id string) {
	if bad := lf.Form.Invalid(); len(bad) > 0 && lf.Form.ID != "" && id != lf.Form.ID {
		lf.Table.selected = lf.Form.ID
		lf.Table.Widget.Refresh()
		lf.askLeave(bad, func() {
			lf.Form.Reset()
			lf.Table.Choose(id)
		})
		return
	}
	lf.Form.Bind(id)
	if lf.Loaded != nil {
		lf.Loaded()
	}
	lf.setDetail(lf.edit)
}

// KeepChoice runs after the rows changed: the chosen entity shows its new
// values; when it is gone the first row is chosen instead, or, without
// rows, the hint is shown.
func (lf *ListAndForm) KeepChoice() {
	if !lf.Table.Has(lf.Table.selected) {
		lf.Table.selected = ""
		if id := lf.Table.First(); id != "" {
			lf.Table.Choose(id)
			return
		}
		lf.Form.Reset()
		lf.setDetail(lf.empty)
		return
	}
	lf.Form.Load()
	if lf.Loaded != nil {
		lf.Loaded()
	}
}

// askLeave asks whether the typed input in the fields bad, which cannot
// be saved, may be thrown away; leave runs when it may. Without a window
// to ask in, the record simply stays chosen with its problems shown.
func (lf *ListAndForm) askLeave(bad []*Field, leave func()) {
	f := lf.Form
	w, ok := f.h.(interface{ Window() fyne.Window })
	if !ok || w.Window() == nil {
		return
	}
	ref := ""
	if ed := f.h.Editor(); ed != nil && f.ref != nil {
		ref = f.ref(ed.Plan(), f.ID)
	}
	var lines []string
	for _, fl := range bad {
		lines = append(lines, fmt.Sprintf("%s “%s”: %s", strings.TrimSuffix(fl.Label, ":"), Truncate(fl.entry.Text, 60), fl.Problem()))
	}
	msg := widget.NewLabel(f.h.T("leave.question", ref, strings.Join(lines, "\n")))
	msg.Wrapping = fyne.TextWrapWord
	// Going back is the highlighted answer: Enter must not throw away
	// what was typed.
	d := dialog.NewCustomConfirm(f.h.T("leave.title"), f.h.T("leave.stay", ref), f.h.T("leave.drop"), msg, func(stay bool) {
		if !stay {
			leave()
			return
		}
		if fl := bad[0]; fl.entry != nil {
			w.Window().Canvas().Focus(fl.entry)
		}
	}, w.Window())
	d.Resize(fyne.NewSize(480, 0))
	d.Show()
}

func (lf *ListAndForm) setDetail(o fyne.CanvasObject) {
	if len(lf.detail.Objects) == 1 && lf.detail.Objects[0] == o {
		return
	}
	lf.detail.Objects = []fyne.CanvasObject{o}
	lf.detail.Refresh()
}

// Shown is the rows the table shows, filtered and sorted.
func (t *Table) Shown() []Row { return t.rows }

// ShowsForm reports whether the detail pane shows the form (an entity is
// chosen) rather than the hint.
func (lf *ListAndForm) ShowsForm() bool {
	return len(lf.detail.Objects) == 1 && lf.detail.Objects[0] == lf.edit
}

// Selected is the ID of the chosen entity, or "".
func (t *Table) Selected() string { return t.selected }
