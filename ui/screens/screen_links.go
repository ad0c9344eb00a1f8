package screens

import (
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"balansplan/model"
	"balansplan/planning/chart"
	"balansplan/ui/form"
)

// linksScreen is the matrix of vision statements (columns) and investments
// (rows): a mark where the investment serves the vision. Clicking a cell,
// or Space on the focused cell, switches the link on or off.
type linksScreen struct {
	s       Host
	table   *widget.Table
	block   *widget.Select
	blocks  []model.Block
	info    *widget.Label
	legend  *widget.Label // the vision codes with their titles
	query   string
	widths  int // columns whose width is set
	visions []model.Vision
	rows    []model.Investment
	// shown is what the table shows (linksKey): an edit that changes
	// none of it leaves the table alone, since its refresh shapes every
	// visible header again.
	shown []string
	root  fyne.CanvasObject
}

func newLinksScreen(s Host) Screen {
	v := &linksScreen{s: s}
	l := s.Lang()
	v.info = widget.NewLabel(s.T("links.intro"))
	v.info.Wrapping = fyne.TextWrapWord
	v.blocks = model.Blocks()
	opts := []string{s.T("filter.allblocks")}
	for _, b := range v.blocks {
		opts = append(opts, b.Label(l))
	}
	v.block = widget.NewSelect(opts, nil)
	v.block.SetSelectedIndex(0)
	v.block.OnChanged = func(string) { v.Refresh() }

	v.table = widget.NewTableWithHeaders(
		func() (int, int) { return len(v.rows), len(v.visions) },
		func() fyne.CanvasObject {
			dot := canvas.NewCircle(chart.Colour("goal"))
			return container.NewStack(canvas.NewRectangle(theme.Color(theme.ColorNameInputBackground)),
				container.NewCenter(container.NewGridWrap(fyne.NewSize(14, 14), dot)))
		},
		func(id widget.TableCellID, o fyne.CanvasObject) {
			if id.Row >= len(v.rows) || id.Col >= len(v.visions) {
				return
			}
			dot := o.(*fyne.Container).Objects[1].(*fyne.Container).Objects[0].(*fyne.Container).Objects[0]
			if slices.Contains(v.rows[id.Row].VisionIDs, v.visions[id.Col].ID) {
				dot.Show()
			} else {
				dot.Hide()
			}
		})
	v.table.CreateHeader = func() fyne.CanvasObject {
		l := widget.NewLabel("")
		l.Truncation = fyne.TextTruncateEllipsis
		return l
	}
	v.table.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		lbl := o.(*widget.Label)
		text, bold, imp := "", lbl.TextStyle.Bold, lbl.Importance
		switch {
		case id.Row < 0 && id.Col >= 0 && id.Col < len(v.visions):
			text, bold, imp = v.visions[id.Col].Code, true, widget.MediumImportance
		case id.Col < 0 && id.Row >= 0 && id.Row < len(v.rows):
			inv := v.rows[id.Row]
			text, bold, imp = inv.Code+"  "+inv.Title, false, widget.MediumImportance
			// An investment that should serve a vision and serves none
			// stands out (the finding investment_without_vision).
			if len(inv.VisionIDs) == 0 && needsVision(inv.Block) && !inv.Cancelled() {
				imp = widget.DangerImportance
			}
		}
		setLabel(lbl, text, bold, imp)
	}
	v.table.SetColumnWidth(-1, 280)
	v.table.OnSelected = func(id widget.TableCellID) {
		v.table.UnselectAll()
		if id.Row >= 0 && id.Row < len(v.rows) && id.Col >= 0 && id.Col < len(v.visions) {
			v.toggle(v.rows[id.Row].ID, v.visions[id.Col].ID)
		}
	}
	v.legend = widget.NewLabel("")
	v.legend.Wrapping = fyne.TextWrapWord
	split := container.NewHSplit(v.table, container.NewVScroll(v.legend))
	split.Offset = 0.72
	v.root = container.NewBorder(container.NewVBox(v.info, v.block), nil, nil, nil, split)
	return v
}

// needsVision reports whether investments of the block should serve a
// vision statement (the rule behind investment_without_vision).
func needsVision(b model.Block) bool {
	return b == model.BlockDeskundigheid || b == model.BlockInhoud || b == model.BlockInfrastructuur
}

func (v *linksScreen) Content() fyne.CanvasObject { return v.root }

func (v *linksScreen) Refresh() {
	p := v.s.Doc().Plan()
	v.visions = append(v.visions[:0], p.Visions...)
	sortVisions(v.visions)
	v.rows = v.rows[:0]
	bi := v.block.SelectedIndex()
	for _, inv := range sortedInvestments(p) {
		if bi > 0 && inv.Block != v.blocks[bi-1] {
			continue
		}
		if v.query != "" && !matches(v.query, inv.Code, inv.Title) {
			continue
		}
		v.rows = append(v.rows, inv)
	}
	var legend []string
	for i, vis := range v.visions {
		if i >= v.widths {
			v.table.SetColumnWidth(i, 56) // each call refreshes the table
			v.widths++
		}
		legend = append(legend, vis.Code+"  "+vis.Title)
	}
	setText(v.legend, strings.Join(legend, "\n\n"))
	if key := linksKey(v.visions, v.rows); !slices.Equal(key, v.shown) {
		v.shown = key
		v.table.Refresh()
	}
}

// linksKey is everything the table shows of visions and rows: each
// vision's ID and code, and each investment's ID, code, title, bouwsteen,
// whether it is cancelled and the visions it serves.
func linksKey(visions []model.Vision, rows []model.Investment) []string {
	key := make([]string, 0, 1+len(visions)+len(rows))
	key = append(key, "links") // never equal to no key at all
	for _, vis := range visions {
		key = append(key, vis.ID+"\x00"+vis.Code)
	}
	for _, inv := range rows {
		key = append(key, strings.Join([]string{"\x01" + inv.ID, inv.Code, inv.Title, string(inv.Block),
			fmt.Sprint(inv.Cancelled()), strings.Join(inv.VisionIDs, "\x02")}, "\x00"))
	}
	return key
}

func (v *linksScreen) Filter(q string) {
	v.query = q
	v.Refresh()
}

// toggle links or unlinks an investment and a vision statement.
func (v *linksScreen) toggle(invID, visionID string) {
	p := v.s.Doc().Plan()
	inv, vis := investmentIn(p, invID), visionIn(p, visionID)
	if inv == nil || vis == nil {
		return
	}
	linked := slices.Contains(inv.VisionIDs, visionID)
	key := "edit.link"
	if linked {
		key = "edit.unlink"
	}
	label := v.s.T(key, inv.Code, vis.Code)
	if v.s.Edit(label, func(p *model.Plan) {
		x := investmentIn(p, invID)
		if linked {
			x.VisionIDs = slices.DeleteFunc(slices.Clone(x.VisionIDs), func(id string) bool { return id == visionID })
		} else {
			x.VisionIDs = append(x.VisionIDs, visionID)
		}
	}) {
		v.info.SetText(fmt.Sprintf("%s — %s: %s", inv.Code, vis.Code, form.Truncate(vis.Title, 80)))
	}
}
