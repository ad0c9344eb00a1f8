package sheet

import (
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"

	"github.com/xuri/excelize/v2"

	"balansplan/model"
	"balansplan/planning"
)

// Row is one investment in one year: what the plan pays and what was
// spent. It is the data of one row of the first sheet and of the CSV.
type Row struct {
	Year     int
	Block    model.Block
	Code     string
	Title    string
	Planned  model.Money
	Realised model.Realisation
	// Recorded is false when nothing was recorded for the year: the
	// realised cells stay empty.
	Recorded bool
}

// Variance is realised minus planned.
func (r Row) Variance() model.Money { return r.Realised.Total() - r.Planned }

// Rows are the plan's rows, by year, bouwsteen (the model's order) and
// code as people read them.
func Rows(p *model.Plan) []Row {
	rep := planning.Realisation(p)
	out := make([]Row, 0, len(rep.Lines))
	for _, l := range rep.Lines {
		out = append(out, Row{Year: l.Year, Block: l.Block, Code: l.Code, Title: l.Title, Planned: l.Planned,
			Realised: l.Realised, Recorded: l.Recorded})
	}
	order := map[model.Block]int{}
	for i, b := range model.Blocks() {
		order[b] = i
	}
	rank := func(b model.Block) int {
		if i, ok := order[b]; ok {
			return i
		}
		return len(order)
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Year != b.Year {
			return a.Year < b.Year
		}
		if rank(a.Block) != rank(b.Block) {
			return rank(a.Block) < rank(b.Block)
		}
		return model.CodeLess(a.Code, b.Code)
	})
	return out
}

// The texts of the workbook.
var (
	detailName = model.Text{NL: "Investeringen", EN: "Investments"}
	blockName  = model.Text{NL: "Per bouwsteen", EN: "By building block"}
	headers    = []model.Text{
		{NL: "Jaar", EN: "Year"},
		{NL: "Bouwsteen", EN: "Building block"},
		{NL: "Code", EN: "Code"},
		{NL: "Investering", EN: "Investment"},
		{NL: "Gepland", EN: "Planned"},
		{NL: "Gerealiseerd eenmalig", EN: "Realised one-off"},
		{NL: "Gerealiseerd jaarlijks", EN: "Realised recurring"},
		{NL: "Gerealiseerd", EN: "Realised"},
		{NL: "Verschil", EN: "Variance"},
	}
	blockHeaders = []model.Text{
		{NL: "Jaar", EN: "Year"},
		{NL: "Bouwsteen", EN: "Building block"},
		{NL: "Gepland", EN: "Planned"},
		{NL: "Gerealiseerd", EN: "Realised"},
		{NL: "Verschil", EN: "Variance"},
	}
	totalLabel = model.Text{NL: "Totaal", EN: "Total"}
)

// euroFormat shows an amount as euros with two decimals and the thousands
// grouped, negative amounts with a minus.
const euroFormat = `"€ "#,##0.00;"€ "-#,##0.00`

// SheetNames are the names of the workbook's two sheets in language l.
func SheetNames(l model.Lang) (detail, byBlock string) { return detailName.In(l), blockName.In(l) }

// Workbook builds the workbook of plan p in language l.
func Workbook(p *model.Plan, l model.Lang) (*excelize.File, error) {
	f := excelize.NewFile()
	detail, byBlock := SheetNames(l)
	if err := f.SetSheetName("Sheet1", detail); err != nil {
		return nil, err
	}
	if _, err := f.NewSheet(byBlock); err != nil {
		return nil, err
	}
	euro, err := f.NewStyle(&excelize.Style{CustomNumFmt: ptr(euroFormat)})
	if err != nil {
		return nil, err
	}
	bold, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	if err != nil {
		return nil, err
	}
	boldEuro, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}, CustomNumFmt: ptr(euroFormat)})
	if err != nil {
		return nil, err
	}
	w := &writer{f: f}

	// The first sheet: one row per investment per year.
	for i, h := range headers {
		w.set(detail, i+1, 1, h.In(l))
	}
	w.style(detail, "A1", "I1", bold)
	rows := Rows(p)
	for i, r := range rows {
		n := i + 2
		w.set(detail, 1, n, r.Year)
		w.set(detail, 2, n, r.Block.Label(l))
		w.set(detail, 3, n, r.Code)
		w.set(detail, 4, n, r.Title)
		w.set(detail, 5, n, r.Planned.Float())
		if r.Recorded {
			w.set(detail, 6, n, r.Realised.OneOff.Float())
			w.set(detail, 7, n, r.Realised.Recurring.Float())
		}
		w.formula(detail, 8, n, fmt.Sprintf("F%d+G%d", n, n))
		w.formula(detail, 9, n, fmt.Sprintf("H%d-E%d", n, n))
	}
	last := len(rows) + 1
	total := last + 1
	w.set(detail, 1, total, totalLabel.In(l))
	for _, col := range []string{"E", "F", "G", "H", "I"} {
		if last >= 2 {
			w.formulaAt(detail, col+strconv.Itoa(total), fmt.Sprintf("SUM(%s2:%s%d)", col, col, last))
		} else {
			w.setAt(detail, col+strconv.Itoa(total), 0)
		}
	}
	w.style(detail, "E2", fmt.Sprintf("I%d", total), euro)
	w.style(detail, fmt.Sprintf("A%d", total), fmt.Sprintf("D%d", total), bold)
	w.style(detail, fmt.Sprintf("E%d", total), fmt.Sprintf("I%d", total), boldEuro)
	w.widths(detail, map[string]float64{"A": 7, "B": 16, "C": 8, "D": 40, "E": 14, "F": 14, "G": 14, "H": 14, "I": 14})

	// The second sheet: per year and bouwsteen, SUMIFS over the first.
	for i, h := range blockHeaders {
		w.set(byBlock, i+1, 1, h.In(l))
	}
	w.style(byBlock, "A1", "E1", bold)
	n := 2
	ref := quoteSheet(detail)
	for _, y := range p.Years() {
		for _, b := range model.Blocks() {
			w.set(byBlock, 1, n, y)
			w.set(byBlock, 2, n, b.Label(l))
			for k, col := range []string{"E", "H"} {
				w.formula(byBlock, 3+k, n, fmt.Sprintf(`SUMIFS(%s!%s$2:%s$%d,%s!$A$2:$A$%d,A%d,%s!$B$2:$B$%d,B%d)`,
					ref, col, col, max(last, 2), ref, max(last, 2), n, ref, max(last, 2), n))
			}
			w.formula(byBlock, 5, n, fmt.Sprintf("D%d-C%d", n, n))
			n++
		}
	}
	w.set(byBlock, 1, n, totalLabel.In(l))
	for _, col := range []string{"C", "D", "E"} {
		if n > 2 {
			w.formulaAt(byBlock, col+strconv.Itoa(n), fmt.Sprintf("SUM(%s2:%s%d)", col, col, n-1))
		} else {
			w.setAt(byBlock, col+strconv.Itoa(n), 0)
		}
	}
	w.style(byBlock, "C2", fmt.Sprintf("E%d", n), euro)
	w.style(byBlock, fmt.Sprintf("A%d", n), fmt.Sprintf("B%d", n), bold)
	w.style(byBlock, fmt.Sprintf("C%d", n), fmt.Sprintf("E%d", n), boldEuro)
	w.widths(byBlock, map[string]float64{"A": 7, "B": 18, "C": 14, "D": 14, "E": 14})
	if w.err != nil {
		return nil, w.err
	}
	return f, nil
}

// WriteXLSX writes the workbook of plan p in language l to path.
func WriteXLSX(p *model.Plan, l model.Lang, path string) error {
	f, err := Workbook(p, l)
	if err != nil {
		return err
	}
	defer f.Close()
	return writeFile(path, func(w io.Writer) error { return f.Write(w) })
}

// WriteCSV writes the first sheet of the workbook, every formula worked
// out, as CSV (comma-separated, amounts as 1234.50) in language l.
func WriteCSV(p *model.Plan, l model.Lang, out io.Writer) error {
	w := csv.NewWriter(out)
	head := make([]string, len(headers))
	for i, h := range headers {
		head[i] = h.In(l)
	}
	if err := w.Write(head); err != nil {
		return err
	}
	var sum [5]model.Money
	for _, r := range Rows(p) {
		one, rec := "", ""
		if r.Recorded {
			one, rec = amount(r.Realised.OneOff), amount(r.Realised.Recurring)
		}
		vals := []model.Money{r.Planned, r.Realised.OneOff, r.Realised.Recurring, r.Realised.Total(), r.Variance()}
		for i, v := range vals {
			sum[i] += v
		}
		if err := w.Write([]string{strconv.Itoa(r.Year), r.Block.Label(l), r.Code, r.Title, amount(r.Planned), one, rec,
			amount(r.Realised.Total()), amount(r.Variance())}); err != nil {
			return err
		}
	}
	if err := w.Write([]string{totalLabel.In(l), "", "", "", amount(sum[0]), amount(sum[1]), amount(sum[2]), amount(sum[3]), amount(sum[4])}); err != nil {
		return err
	}
	w.Flush()
	return w.Error()
}

// WriteCSVFile writes WriteCSV's output to path.
func WriteCSVFile(p *model.Plan, l model.Lang, path string) error {
	return writeFile(path, func(w io.Writer) error { return WriteCSV(p, l, w) })
}

// amount writes cents as euros with two decimals and a point.
func amount(m model.Money) string {
	neg, euros, cents := m.Parts()
	s := fmt.Sprintf("%d.%02d", euros, cents)
	if neg {
		s = "-" + s
	}
	return s
}

// writeFile writes through a temporary file beside path and renames it,
// so that a failed export never leaves half a file under the name asked.
func writeFile(path string, write func(io.Writer) error) error {
	tmp, err := os.CreateTemp(dirOf(path), ".balansplan-*.tmp")
	if err != nil {
		return err
	}
	name := tmp.Name()
	if err := write(tmp); err != nil {
		tmp.Close()
		os.Remove(name)
		return err
	}
	if err := tmp.Close(); err != nil {
		os.Remove(name)
		return err
	}
	if err := os.Rename(name, path); err != nil {
		os.Remove(name)
		return err
	}
	return nil
}

func dirOf(path string) string {
	for i := len(path) - 1; i >= 0; i-- {
		if os.IsPathSeparator(path[i]) {
			return path[:i+1]
		}
	}
	return "."
}

func quoteSheet(name string) string {
	for _, r := range name {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_') {
			return "'" + name + "'"
		}
	}
	return name
}

func ptr[T any](v T) *T { return &v }

// writer keeps the first error of a run of cell writes.
type writer struct {
	f   *excelize.File
	err error
}

func (w *writer) cell(col, row int) string {
	name, err := excelize.CoordinatesToCellName(col, row)
	if err != nil && w.err == nil {
		w.err = err
	}
	return name
}

func (w *writer) set(sheet string, col, row int, v any) { w.setAt(sheet, w.cell(col, row), v) }

func (w *writer) setAt(sheet, cell string, v any) {
	if w.err == nil {
		w.err = w.f.SetCellValue(sheet, cell, v)
	}
}

func (w *writer) formula(sheet string, col, row int, formula string) {
	w.formulaAt(sheet, w.cell(col, row), formula)
}

func (w *writer) formulaAt(sheet, cell, formula string) {
	if w.err == nil {
		w.err = w.f.SetCellFormula(sheet, cell, formula)
	}
}

func (w *writer) style(sheet, from, to string, style int) {
	if w.err == nil {
		w.err = w.f.SetCellStyle(sheet, from, to, style)
	}
}

func (w *writer) widths(sheet string, ws map[string]float64) {
	cols := make([]string, 0, len(ws))
	for c := range ws {
		cols = append(cols, c)
	}
	sort.Strings(cols)
	for _, c := range cols {
		if w.err == nil {
			w.err = w.f.SetColWidth(sheet, c, c, ws[c])
		}
	}
}
