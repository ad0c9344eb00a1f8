package chart

import (
	"sort"
	"strconv"
	"strings"
	"time"

	"balansplan/model"
	"balansplan/planning"
)

// TimelineRow is one row of the timeline: a block header (Code empty) or
// an investment.
type TimelineRow struct {
	Block model.Block
	Code  string
	Title string
}

// timelineLayout is the time axis and the rows of a timeline.
type timelineLayout struct {
	left, right, top, rowH float64
	first                  model.Month // January of the start year
	months                 int
}

// x is the position of the start of month m.
func (t timelineLayout) x(m model.Month) float64 {
	return t.left + float64(int(m)-int(t.first))/float64(t.months)*(t.right-t.left)
}

// TimelineRows lists the rows of the timeline: per block in model order a
// header, then the block's non-cancelled investments by start month and
// code. Blocks without investments are left out.
func TimelineRows(p *model.Plan) []TimelineRow {
	var rows []TimelineRow
	for _, b := range model.Blocks() {
		var invs []*model.Investment
		for i := range p.Investments {
			inv := &p.Investments[i]
			if inv.Block == b && !inv.Cancelled() && !inv.Start.IsZero() {
				invs = append(invs, inv)
			}
		}
		if len(invs) == 0 {
			continue
		}
		sort.Slice(invs, func(i, j int) bool {
			if invs[i].Start != invs[j].Start {
				return invs[i].Start < invs[j].Start
			}
			if invs[i].Code != invs[j].Code {
				return model.CodeLess(invs[i].Code, invs[j].Code) || (!model.CodeLess(invs[j].Code, invs[i].Code) && invs[i].Code < invs[j].Code)
			}
			return invs[i].ID < invs[j].ID
		})
		rows = append(rows, TimelineRow{Block: b})
		for _, inv := range invs {
			rows = append(rows, TimelineRow{Block: b, Code: inv.Code, Title: inv.Title})
		}
	}
	return rows
}

// Timeline draws the investments as bars on a time axis of months over the
// plan period, grouped by block ("header.visie" bands with the block's
// name). An investment's bar ("inv.N1") runs from the start of its start
// month to the end of its finish month; an investment without an end is
// delivered in its start month and then in use until the plan ends, drawn
// as a thin line ("inuse.N1"). Each dependency is an elbow line from the end
// of the bar it depends on to the start of the dependent bar, with an arrow
// head ("dep.I1.N1" and "dep.I1.N1.head"); it is red ("dependency.late")
// when the dependent starts before the other is finished. Years are marked
// by vertical lines ("year.2027") and labels ("year.label.2027"). The
// deadlines of the plan's chosen themes inside the period are milestones:
// a dark vertical line at the day with its date beside it (see
// milestones), and an entry in the legend; the GUI and the PDF both draw
// this figure, so they agree.
func Timeline(p *model.Plan, l model.Lang, box Box) Figure {
	f := Figure{Box: box}
	years := p.Years()
	if years == nil {
		return f
	}
	rows := TimelineRows(p)
	s := box.min()
	t := timelineLayout{
		right: 0.98 * box.W, top: 0.06 * box.H,
		first: model.MonthOf(p.StartYear, 1), months: 12 * len(years),
	}
	if len(rows) > 0 {
		t.rowH = (box.H - t.top - 0.01*box.H) / float64(len(rows))
	}
	size := min(0.7*t.rowH, 0.035*s)
	if len(rows) == 0 {
		size = 0.035 * s
	}
	// The labels' column is as wide as the longest label needs, between
	// timelineLabelMin and timelineLabelMax of the box: a fixed share cut
	// titles short while half the bar area stood empty (issue 13, defect
	// 8). A label longer than the widest column is cut to fit it.
	need := 0.0
	for _, r := range rows {
		if r.Code == "" {
			need = max(need, TextWidth(r.Block.Label(l), size, true)-0.01*box.W)
		} else {
			need = max(need, TextWidth(rowLabel(r), size*0.9, false))
		}
	}
	t.left = min(max(labelX*box.W+need+labelGap*box.W, timelineLabelMin*box.W), timelineLabelMax*box.W)
	labelW := t.left - (labelX+labelGap)*box.W
	bottom := t.top + t.rowH*float64(len(rows))
	rowY := map[string]float64{} // investment code -> middle of its row
	for i, r := range rows {
		y0 := t.top + float64(i)*t.rowH
		if r.Code == "" {
			f.rect("header."+string(r.Block), 0, y0, box.W, y0+t.rowH, "band", "", 0)
			f.text("header.label."+string(r.Block), Point{0.01 * box.W, y0 + t.rowH/2}, r.Block.Label(l), size, AlignStart, VAlignMiddle, "text")
			f.Shapes[len(f.Shapes)-1].Bold = true
			continue
		}
		rowY[r.Code] = y0 + t.rowH/2
	}
	for i, y := range years {
		x := t.x(model.MonthOf(y, 1))
		if i > 0 {
			f.line("year."+strconv.Itoa(y), Point{x, t.top}, Point{x, bottom}, "grid", 0.002*s)
		}
		xm := (x + t.x(model.MonthOf(y+1, 1))) / 2
		f.text("year.label."+strconv.Itoa(y), Point{xm, t.top - 0.01*box.H}, strconv.Itoa(y), 0.03*s, AlignMiddle, VAlignBottom, "text")
	}
	planEnd := model.MonthOf(p.EndYear+1, 1)
	clampM := func(m model.Month) model.Month { return min(max(m, t.first), planEnd) }
	ms := planning.ThemeMilestones(p)
	if len(rows) > 0 {
		f.milestones(ms, t, bottom, size*0.85, box.W)
	}
	byCode := map[string]*model.Investment{}
	byID := map[string]*model.Investment{}
	for i := range p.Investments {
		inv := &p.Investments[i]
		byID[inv.ID] = inv
		if _, ok := rowY[inv.Code]; ok && !inv.Cancelled() && !inv.Start.IsZero() {
			byCode[inv.Code] = inv
		}
	}
	barEnd := func(inv *model.Investment) model.Month { return clampM(inv.Finish() + 1) }
	bh := 0.6 * t.rowH
	for _, r := range rows {
		inv := byCode[r.Code]
		if inv == nil {
			continue
		}
		y := rowY[r.Code]
		f.text("label."+r.Code, Point{labelX * box.W, y}, fitWidth(rowLabel(r), size*0.9, labelW), size*0.9, AlignStart, VAlignMiddle, "text")
		f.Shapes[len(f.Shapes)-1].MaxWidth = labelW
		x0, x1 := t.x(clampM(inv.Start)), t.x(barEnd(inv))
		f.rect("inv."+r.Code, x0, y-bh/2, x1, y+bh/2, "block."+string(inv.Block), "", 0)
		if inv.End.IsZero() && barEnd(inv) < planEnd {
			f.line("inuse."+r.Code, Point{x1, y}, Point{t.x(planEnd), y}, "inuse", 0.15*bh)
		}
	}
	for _, r := range rows {
		inv := byCode[r.Code]
		if inv == nil {
			continue
		}
		deps := append([]string(nil), inv.DependsOnIDs...)
		sort.Strings(deps)
		for _, id := range deps {
			dep := byID[id]
			if dep == nil || dep == inv || byCode[dep.Code] != dep {
				continue
			}
			key := "dependency"
			if inv.Start < dep.Finish() {
				key = "dependency.late"
			}
			from := Point{t.x(barEnd(dep)), rowY[dep.Code]}
			to := Point{t.x(clampM(inv.Start)), rowY[inv.Code]}
			elbow := from.X + 0.01*box.W
			id := "dep." + inv.Code + "." + dep.Code
			f.add(Shape{Kind: KindPolyline, ID: id, Stroke: key, Width: 0.003 * s,
				Points: []Point{from, {elbow, from.Y}, {elbow, to.Y}, to}})
			back := Point{to.X - 1, to.Y} // the head points the way the last segment runs
			if to.X < elbow {
				back.X = to.X + 1
			}
			f.arrowHead(id+".head", back, to, key, min(0.02*s, 0.8*t.rowH))
		}
	}
	for _, b := range model.Blocks() {
		f.Legend = append(f.Legend, LegendEntry{"block." + string(b), ShortLabel(b, l)})
	}
	f.Legend = append(f.Legend,
		LegendEntry{"inuse", label(l, "in gebruik", "in use")},
		LegendEntry{"dependency", label(l, "afhankelijkheid", "dependency")},
		LegendEntry{"dependency.late", label(l, "start voordat de voorganger klaar is", "starts before its predecessor is done")})
	if len(rows) > 0 && len(ms) > 0 {
		f.Legend = append(f.Legend, LegendEntry{"milestone", label(l, "termijn van een thema", "deadline of a theme")})
	}
	return f
}

// MilestoneID is the id of a milestone's line on the timeline,
// "milestone.ai.ai-verplichtingen"; its label is "milestone.label." with
// the same tail.
func MilestoneID(m planning.Milestone) string { return "milestone." + m.Theme + "." + m.Deadline }

// milestones draws each deadline of the plan's chosen themes
// (planning.ThemeMilestones) as a vertical line over the rows
// ("milestone.<theme>.<deadline>", colour "milestone", the reddish-purple line
// of a limit one is held to) at its day, and a
// short label, its date in figures ("1-8-2027"), beside the line at the
// top of the rows ("milestone.label.<theme>.<deadline>"). The label stands
// right of the line, or left of it when it would run out of the box; a
// label that would cover an earlier one moves down a line, so deadlines
// close together stay readable. Drawn after the bands and before the bars,
// so a bar is never hidden behind a line.
func (f *Figure) milestones(ms []planning.Milestone, t timelineLayout, bottom, size, w float64) {
	var placed [][2]Point // the extents of the labels so far
	for _, m := range ms {
		day, _ := strconv.Atoi(m.Date[8:10])
		x := t.x(m.Month) + float64(day-1)/daysIn(m.Month)*(t.x(m.Month+1)-t.x(m.Month))
		id := MilestoneID(m)
		f.line(id, Point{x, t.top}, Point{x, bottom}, "milestone", 0.004*min(w, bottom))
		text := MilestoneLabel(m)
		tw := TextWidth(text, size, true)
		gap := 0.005 * w
		x0 := x + gap
		if x0+tw > t.right {
			x0 = x - gap - tw
		}
		y := t.top + 0.2*size
		for moved := true; moved; {
			moved = false
			for _, e := range placed {
				if x0 < e[1].X && x0+tw > e[0].X && y < e[1].Y && y+size*1.2 > e[0].Y {
					y = e[1].Y
					moved = true
				}
			}
		}
		placed = append(placed, [2]Point{{x0, y}, {x0 + tw, y + size*1.2}})
		f.text("milestone.label."+m.Theme+"."+m.Deadline, Point{x0, y}, text, size, AlignStart, VAlignTop, "text")
		f.Shapes[len(f.Shapes)-1].Bold = true
	}
}

// MilestoneLabel is a milestone's label on the timeline: its date in
// figures, day-month-year as both languages write it in a table
// ("1-8-2027"), so a caption or a list can name the line the same way.
func MilestoneLabel(m planning.Milestone) string {
	y, mo, d := m.Date[0:4], strings.TrimPrefix(m.Date[5:7], "0"), strings.TrimPrefix(m.Date[8:10], "0")
	return d + "-" + mo + "-" + y
}

// daysIn is the number of days of month m.
func daysIn(m model.Month) float64 {
	y, mo := m.Year(), m.Number()
	return float64(time.Date(y, time.Month(mo)+1, 0, 0, 0, 0, 0, time.UTC).Day())
}

// The timeline's label column: labels start at labelX of the box's width
// and keep labelGap from the time axis, which starts between
// timelineLabelMin and timelineLabelMax of the width.
const (
	labelX           = 0.02
	labelGap         = 0.01
	timelineLabelMin = 0.22
	timelineLabelMax = 0.45
)

// rowLabel is an investment row's label: its code and title.
func rowLabel(r TimelineRow) string {
	if r.Title == "" {
		return r.Code
	}
	return r.Code + " " + r.Title
}

// fitWidth cuts s, with an ellipsis, to the most characters whose
// estimated width (TextWidth) fits in w.
func fitWidth(s string, size, w float64) string {
	// The column may be computed from this very text's width: allow for
	// the rounding of that sum.
	if TextWidth(s, size, false) <= w+1e-9*max(w, 1) {
		return s
	}
	n := int(w / (textAdvance * size))
	return truncate(s, max(n, 2))
}

// truncate shortens s to at most n characters, ending in an ellipsis when
// cut.
func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
