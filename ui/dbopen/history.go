package dbopen

import (
	"bytes"
	"encoding/json"
	"sort"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"balansplan/model/pgstore"
	"balansplan/ui/document"
	"balansplan/ui/document/pgdoc"
)

// historyView is "Recente wijzigingen": the audit history of the plan,
// newest first, or of one entity chosen above the list; a chosen line
// shows what changed in it, field by field.
type historyView struct {
	h      Host
	db     *pgdoc.DB
	filter *widget.Select
	list   *widget.List
	detail *widget.Label
	lines  []pgstore.Change
	// entities maps the filter's options to kind and entity id.
	entities map[string][2]string
	content  fyne.CanvasObject
}

func newHistoryView(h Host, db *pgdoc.DB) (*historyView, error) {
	v := &historyView{h: h, db: db, entities: map[string][2]string{}}
	all, err := db.History("", "")
	if err != nil {
		return nil, err
	}
	whole := h.T("db.history.whole")
	opts := []string{whole}
	v.entities[whole] = [2]string{}
	for _, c := range all {
		name := entityName(h, c)
		if _, ok := v.entities[name]; !ok {
			v.entities[name] = [2]string{c.Kind, c.EntityID}
			opts = append(opts, name)
		}
	}
	sort.Strings(opts[1:])
	v.lines = all
	v.detail = widget.NewLabel(h.T("db.history.choose"))
	v.detail.Wrapping = fyne.TextWrapWord
	v.detail.Selectable = true
	v.list = widget.NewList(
		func() int { return len(v.lines) },
		func() fyne.CanvasObject { return widget.NewLabel("") },
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(historyLine(h, v.lines[i])) })
	v.list.OnSelected = func(i widget.ListItemID) { v.detail.SetText(changeDetail(h, v.lines[i])) }
	v.filter = widget.NewSelect(opts, func(s string) { v.show(s) })
	v.filter.Selected = whole
	top := container.NewBorder(nil, nil, widget.NewLabel(h.T("db.history.filter")), nil, v.filter)
	detail := container.NewVScroll(v.detail)
	detail.SetMinSize(fyne.NewSize(0, 110))
	v.content = container.NewBorder(top, detail, nil, nil, v.list)
	return v, nil
}

// show lists the history of the entity named s (or the whole plan).
func (v *historyView) show(s string) {
	e := v.entities[s]
	lines, err := v.db.History(e[0], e[1])
	if err != nil {
		v.h.ShowError(err)
		return
	}
	v.lines = lines
	v.list.UnselectAll()
	v.list.Refresh()
	v.detail.SetText(v.h.T("db.history.choose"))
}

// ShowHistory opens "Recente wijzigingen" for the open plan. A plan from
// a file has no such history: the user is told so.
func ShowHistory(h Host, d *document.Document) {
	db, ok := d.Store().(*pgdoc.DB)
	if !ok {
		dialog.ShowInformation(h.T("db.history.title"), h.T("db.history.nofile"), h.Window())
		return
	}
	v, err := newHistoryView(h, db)
	if err != nil {
		h.ShowError(err)
		return
	}
	dlg := dialog.NewCustom(h.T("db.history.title", d.Name()), h.T("button.close"), v.content, h.Window())
	dlg.Resize(fyne.NewSize(960, 580))
	dlg.Show()
}

// historyLine is one change: when, who, what was done to which entity.
func historyLine(h Host, c pgstore.Change) string {
	return h.T("db.history.line", c.At.In(time.Local).Format("02-01-2006 15:04:05"), c.Who,
		h.T("db.op."+c.Operation), entityName(h, c))
}

// entityName is how the user knows the entity: its kind and its code,
// title or name ("risico R2"); the plan's own values are "plan".
func entityName(h Host, c pgstore.Change) string {
	kind := h.T("db.kind." + c.Kind)
	if strings.HasPrefix(kind, "db.kind.") { // a kind without a word of its own
		kind = c.Kind
	}
	content := c.New
	if len(content) == 0 || string(content) == "null" {
		content = c.Old
	}
	var m map[string]any
	if c.EntityID == "" || json.Unmarshal(content, &m) != nil {
		return kind
	}
	for _, k := range []string{"code", "title", "name", "description"} {
		if s, ok := m[k].(string); ok && s != "" {
			if len([]rune(s)) > 40 {
				s = string([]rune(s)[:40]) + "…"
			}
			return kind + " " + s
		}
	}
	return kind + " " + c.EntityID[:min(8, len(c.EntityID))]
}

// changeDetail lists the fields that differ between old and new, one a
// line: `title: "Oud" wordt "Nieuw"`.
func changeDetail(h Host, c pgstore.Change) string {
	var old, cur map[string]json.RawMessage
	_ = json.Unmarshal(c.Old, &old)
	_ = json.Unmarshal(c.New, &cur)
	keys := map[string]bool{}
	for k := range old {
		keys[k] = true
	}
	for k := range cur {
		keys[k] = true
	}
	var names []string
	for k := range keys {
		if !bytes.Equal(compact(old[k]), compact(cur[k])) {
			names = append(names, k)
		}
	}
	sort.Strings(names)
	lines := []string{historyLine(h, c)}
	for _, k := range names {
		lines = append(lines, h.T("db.history.field", k, short(h, old[k]), short(h, cur[k])))
	}
	return strings.Join(lines, "\n")
}

func compact(r json.RawMessage) []byte {
	var b bytes.Buffer
	if len(r) == 0 || json.Compact(&b, r) != nil {
		return r
	}
	return b.Bytes()
}

// short is a value as a line can hold it; a missing one is "–".
func short(h Host, r json.RawMessage) string {
	if len(r) == 0 {
		return h.T("db.history.none")
	}
	s := string(compact(r))
	if len([]rune(s)) > 120 {
		s = string([]rune(s)[:120]) + "…"
	}
	return s
}
