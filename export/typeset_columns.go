package export

import "strings"

// titledCell reports whether the first line of a cell's text is its
// title, to be set bold while the rest (a category, a description) stays
// regular: the investment cell (Cell.Lead).
func titledCell(c Cell) bool { return c.Lead }

// minTableFontPt is the smallest type a table shrinks to so that its
// amounts, codes and words fit their columns unbroken.
const minTableFontPt = 6.4

// fitColumns makes every column of a table at least as wide as the widest
// piece of its text that must not break (need, measured at size, without
// padding), so that no amount, code, date or word is cut. A column that is
// too narrow takes the room it lacks from the columns with room to spare,
// in proportion to what they can spare. When the columns together need
// more than the table's width, the type shrinks first (to no less than
// minTableFontPt; text widths scale with the size). It returns the new
// widths and size; ws is not changed.
//
// Only when even the smallest type does not fit are the columns made
// proportional to their needs, and wrap cuts what is still too wide,
// visibly.
func fitColumns(ws, need []float64, size, total, pad float64) ([]float64, float64) {
	out := append([]float64(nil), ws...)
	sum := 0.0
	for _, n := range need {
		sum += n
	}
	fixed := 2 * pad * float64(len(ws))
	if sum+fixed > total && sum > 0 {
		k := (total - fixed) / sum
		newSize := max(minTableFontPt, float64(int(size*k*10))/10)
		if newSize < size {
			need = append([]float64(nil), need...)
			for i := range need {
				need[i] *= newSize / size
			}
			sum *= newSize / size
			size = newSize
		}
	}
	if sum+fixed > total {
		for i := range out {
			out[i] = total * (need[i] + 2*pad) / (sum + fixed)
		}
		return out, size
	}
	deficit, slack := 0.0, 0.0
	for i := range out {
		if d := need[i] + 2*pad - out[i]; d > 0 {
			deficit += d
		} else {
			slack -= d
		}
	}
	if deficit <= 0 {
		return out, size
	}
	for i := range out {
		if d := need[i] + 2*pad - out[i]; d > 0 {
			out[i] = need[i] + 2*pad
		} else {
			out[i] += d * deficit / slack
		}
	}
	return out, size
}

// numberAlign is how a right-aligned column lines up its numbers: on the
// decimal separator. tail is the widest part of a number from its
// separator (or, without decimals, from the end of its last digit) to the
// end of the line, so "€ 45.000" ends where the "€ 1.000" of "€ 1.000,50"
// ends and "45%" where the "12" of "12,5%" ends.
type numberAlign struct {
	tail float64
}

// numberTail is the width of line from its decimal separator to its end,
// and whether line holds a number at all. The decimals are the last run
// of one or two digits after a comma or a point that follows a digit; a
// run of three is a thousands group ("1.000", "1,000"), not decimals.
func numberTail(m *metrics, st fontStyle, size float64, line string) (float64, bool) {
	end := -1
	for i := len(line) - 1; i >= 0; i-- {
		if line[i] >= '0' && line[i] <= '9' {
			end = i + 1
			break
		}
	}
	if end < 0 {
		return 0, false
	}
	start := end
	for start > 0 && line[start-1] >= '0' && line[start-1] <= '9' {
		start--
	}
	cut := end
	if n := end - start; n <= 2 && start >= 2 && (line[start-1] == ',' || line[start-1] == '.') &&
		line[start-2] >= '0' && line[start-2] <= '9' {
		cut = start - 1
	}
	return m.width(st, size, line[cut:]), true
}

// numberAligns measures, for every right-aligned column of t, the widest
// tail of its numbers at size. texts are the cells' clean texts.
func numberAligns(m *metrics, t *Table, texts [][]string, size float64, style func(*Row, Cell) fontStyle) []numberAlign {
	out := make([]numberAlign, len(t.Columns))
	for i, c := range t.Columns {
		if c.Align != AlignRight {
			continue
		}
		for ri := range t.Rows {
			r := &t.Rows[ri]
			if i >= len(texts[ri]) {
				continue
			}
			for ln := range strings.SplitSeq(texts[ri][i], "\n") {
				if w, ok := numberTail(m, style(r, r.Cells[i]), size, ln); ok {
					out[i].tail = max(out[i].tail, w)
				}
			}
		}
	}
	return out
}
