package ttf

import (
	"os"
	"testing"
)

func loadRegular(t *testing.T) *Face {
	t.Helper()
	data, err := os.ReadFile("../../../assets/fonts/NotoSans-Regular.ttf")
	if err != nil {
		t.Fatal(err)
	}
	f, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func TestNotoSansCoversDutchAndLacksOtherScripts(t *testing.T) {
	f := loadRegular(t)
	for _, r := range "aëïéèçÉ€–—…’“”•·»�0123456789 %" {
		if !f.Has(r) {
			t.Errorf("Noto Sans should have %q (U+%04X)", r, r)
		}
	}
	for _, r := range []rune{'中', 'ع', 0x1F600, 0x0007, 0xFFFF, -1, 0x110000} {
		if f.Has(r) {
			t.Errorf("Noto Sans should not have U+%04X", r)
		}
	}
}

func TestWidthsAreInThousandthsOfAnEm(t *testing.T) {
	f := loadRegular(t)
	if w := f.Width(' '); w < 200 || w > 300 {
		t.Errorf("space width %d, want about 260", w)
	}
	if f.Width('m') <= f.Width('i') {
		t.Errorf("m (%d) should be wider than i (%d)", f.Width('m'), f.Width('i'))
	}
	if f.Width('中') != -1 {
		t.Error("a missing glyph has width -1")
	}
}

func TestTruncatedDataIsAnErrorNotAPanic(t *testing.T) {
	data, _ := os.ReadFile("../../../assets/fonts/NotoSans-Regular.ttf")
	for _, n := range []int{0, 3, 11, 100, 5000} {
		if _, err := Parse(data[:n]); err == nil {
			t.Errorf("Parse of %d bytes: want an error", n)
		}
	}
}
