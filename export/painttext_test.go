package export

import (
	"bytes"
	"testing"

	"balansplan/model"
	"balansplan/model/sample"
	"balansplan/model/testplan"
)

// The text and rectangle operators the painter writes itself are the ones
// gofpdf's Text and Rect write, and the fonts are subset to the same
// characters: the whole file
// is the same, byte for byte, for the example plan in both languages, the
// large plan and the plan with hostile text in every field (parentheses,
// backslashes, carriage returns, characters whose UTF-16 bytes are a
// parenthesis, scripts the font lacks).
func TestFastTextIsGofpdfsText(t *testing.T) {
	m, err := loadMetrics()
	if err != nil {
		t.Fatal(err)
	}
	// U+2028 and U+5C29 are taken apart by clean; U+0128 "Ĩ" and U+0129
	// "ĩ" have a parenthesis as their second UTF-16 byte, U+015C "Ŝ" a
	// backslash, U+010D "č" a carriage return.
	odd := testplan.Regenboog(t).Clone()
	odd.Title = `Ĩĩ Ŝč (a) \b\ ` + odd.Title
	cases := []struct {
		name string
		p    *model.Plan
		l    model.Lang
	}{
		{"regenboog nl", testplan.Regenboog(t), model.NL},
		{"regenboog en", testplan.Regenboog(t), model.EN},
		{"odd characters", odd, model.NL},
		{"hostile", hostilePlan(t), model.NL},
		{"large", sample.Large(), model.EN},
	}
	for _, c := range cases {
		r := Build(c.p, analyse(t, c.p), c.l)
		lo := layOut(m, r)
		var fast, slow bytes.Buffer
		if err := paintWith(r, lo, &fast, compressStreams, false); err != nil {
			t.Fatal(err)
		}
		if err := paintWith(r, lo, &slow, compressStreams, true); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(fast.Bytes(), slow.Bytes()) {
			t.Errorf("%s: %d bytes with the painter's own operators, %d through gofpdf's Text and Rect, and they differ", c.name, fast.Len(), slow.Len())
		}
	}
}

// colour writes gofpdf's colour operators: a grey with one number and
// "g", any other colour with three and "rg", to three decimals.
func TestTextColourIsGofpdfsOperator(t *testing.T) {
	tw := &textWriter{colours: map[[3]int]string{}}
	for _, c := range []struct {
		r, g, b int
		want    string
	}{
		{0, 0, 0, "0.000 g"},
		{255, 255, 255, "1.000 g"},
		{51, 51, 51, "0.200 g"},
		{255, 0, 0, "1.000 0.000 0.000 rg"},
		{31, 78, 121, "0.122 0.306 0.475 rg"},
		{10, 10, 11, "0.039 0.039 0.043 rg"},
	} {
		if got := tw.colour(c.r, c.g, c.b); got != c.want {
			t.Errorf("colour(%d, %d, %d) = %q, want %q", c.r, c.g, c.b, got, c.want)
		}
	}
}
