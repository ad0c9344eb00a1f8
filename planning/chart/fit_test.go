package chart

import (
	"testing"

	"balansplan/model"
	"balansplan/planning"
)

// Issue 11, defect 2: the radar cut "leiderschap" and "deskundigheid" and
// the route figure its T and E labels at the sizes the screens give them.
// Every text of both figures must lie inside the box by the estimate of
// TextExtent, also at a narrow box, in both languages. At 260x220 the old
// radar put "deskundigheid" (13 characters at 8.8 units: 69 wide) from
// x = 130 + 90.2*0.95 = 216 to 285, beyond 260; the old route figure ended
// "T (herleid naar visie) = ..." at 0.42*260 - 5.2 = 104 with some 155 units
// of text before it.
func TestRadarAndRouteKeepEveryLabelInsideTheBox(t *testing.T) {
	a := planning.Analyse(regenboog(t), nil)
	for _, b := range []Box{{260, 220}, {360, 320}, {300, 150}, {200, 160}, {560, 260}} {
		for _, l := range []model.Lang{model.NL, model.EN} {
			for name, f := range map[string]Figure{"radar": Radar(a, l, b), "route": Route(a, l, b)} {
				texts := 0
				for _, s := range f.Shapes {
					if s.Kind != KindText {
						continue
					}
					texts++
					lo, hi := s.TextExtent()
					if lo.X < 0 || lo.Y < 0 || hi.X > b.W || hi.Y > b.H {
						t.Errorf("%s %vx%v %s: %q (%s) covers %.1f,%.1f .. %.1f,%.1f, outside the box", name, b.W, b.H, l, s.Text, s.ID, lo.X, lo.Y, hi.X, hi.Y)
					}
				}
				if texts == 0 {
					t.Errorf("%s %vx%v %s has no texts", name, b.W, b.H, l)
				}
			}
		}
	}
}

// The route's block names are white on their block: outside it they would
// be white on white, so they must fit the block, not only the box.
func TestRouteBlockNamesFitTheirBlock(t *testing.T) {
	a := planning.Analyse(regenboog(t), nil)
	for _, b := range []Box{{260, 220}, {300, 150}} {
		for _, l := range []model.Lang{model.NL, model.EN} {
			f := Route(a, l, b)
			for _, blk := range routeBlocks {
				r := must(t, f, "block."+string(blk))
				for _, id := range []string{"label.", "cash."} {
					lo, hi := must(t, f, id+string(blk)).TextExtent()
					if lo.X < r.Points[0].X || hi.X > r.Points[1].X {
						t.Errorf("%vx%v %s: %s%s spans x %.1f..%.1f, its block %.1f..%.1f", b.W, b.H, l, id, blk, lo.X, hi.X, r.Points[0].X, r.Points[1].X)
					}
				}
			}
		}
	}
}

func TestTextExtentFollowsTheAlignment(t *testing.T) {
	// "abcd" at size 10: 4 * 0.6 * 10 = 24 wide, 1.4 * 10 = 14 tall.
	s := Shape{Kind: KindText, Points: []Point{{100, 50}}, Text: "abcd", Size: 10, Align: AlignEnd, VAlign: VAlignMiddle}
	lo, hi := s.TextExtent()
	if !same(lo, Point{76, 43}) || !same(hi, Point{100, 57}) {
		t.Errorf("end/middle extent %v..%v, want (76,43)..(100,57)", lo, hi)
	}
	s.Align, s.VAlign, s.Bold = AlignMiddle, VAlignBottom, true // bold: 26.4 wide
	lo, hi = s.TextExtent()
	if !same(lo, Point{86.8, 36}) || !same(hi, Point{113.2, 50}) {
		t.Errorf("bold middle/bottom extent %v..%v, want (86.8,36)..(113.2,50)", lo, hi)
	}
	s.Text = "ëé" // characters, not bytes
	if w := TextWidth(s.Text, 10, false); !same(Point{w, 0}, Point{12, 0}) {
		t.Errorf("width of two accented letters %v, want 12", w)
	}
}
