package widgets

import (
	"slices"
	"testing"
)

// Worked by hand: want 300 and 100, minimums 100 and 100, so 200 of room
// to give, all of it by the first column.
func TestFitWidthsGivesUpRoomAboveTheMinimumsInProportion(t *testing.T) {
	want, min := []float32{300, 100}, []float32{100, 100}
	for _, c := range []struct {
		avail float32
		want  []float32
	}{
		{500, []float32{300, 100}}, // it fits: as wanted
		{400, []float32{300, 100}}, // exactly
		{250, []float32{150, 100}}, // 150 short of 200 room: 3/4 of it
		{150, []float32{100, 100}}, // not even the minimums: the minimums
	} {
		if got := FitWidths(want, min, c.avail); !slices.Equal(got, c.want) {
			t.Errorf("FitWidths(%v, %v, %v) = %v, want %v", want, min, c.avail, got, c.want)
		}
	}
	// Two columns with room: each gives the same share of its room.
	// want 200+300, min 100+100: room 100+200; 150 short, half of each.
	if got := FitWidths([]float32{200, 300}, []float32{100, 100}, 350); !slices.Equal(got, []float32{150, 200}) {
		t.Errorf("got %v, want [150 200]", got)
	}
}
