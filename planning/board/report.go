package board

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"balansplan/model"
	"balansplan/planning"
)

// Report writes the roll-up as plain text for people, in language l: what
// `balansplan board` prints without --json. Tables are aligned with spaces
// (one column per character, as a terminal shows them); amounts are in
// euros with the separators of the language, levels with one decimal.
func Report(b *Board, l model.Lang) string {
	var w strings.Builder
	tr := func(nl, en string) string { return model.Text{NL: nl, EN: en}.In(l) }

	title := tr("Bestuursoverzicht", "Board overview")
	if b.Name != "" {
		title += ": " + b.Name
	}
	w.WriteString(title + "\n")
	fmt.Fprintf(&w, "%s %s · %s", tr("Peildatum", "As of"), b.Date, count(len(b.Schools), tr("school", "school"), tr("scholen", "schools")))
	if n := len(b.Unread); n > 0 {
		fmt.Fprintf(&w, " · %s", count(n, tr("bestand niet meegeteld", "file not counted"), tr("bestanden niet meegeteld", "files not counted")))
	}
	w.WriteString("\n")

	if len(b.Schools) > 0 {
		names := labels(b)
		schoolsTable(&w, b, l, tr)
		cashTable(&w, b, names, l, tr)
		blockTable(&w, b, l, tr)
		perPupilTable(&w, b, names, l, tr)
		positionTable(&w, b, names, l, tr)
		heatTable(&w, b, names, l, tr)
		attention(&w, b, names, l, tr)
	}
	if len(b.Unread) > 0 {
		section(&w, tr("Bestanden die niet meetellen", "Files not counted"))
		for _, u := range b.Unread {
			w.WriteString("- " + u.Text.In(l) + "\n")
		}
	}
	if len(b.Skipped) > 0 {
		section(&w, tr("Overgeslagen (geen .balans-bestand of verborgen)", "Skipped (no .balans file, or hidden)"))
		w.WriteString(strings.Join(b.Skipped, ", ") + "\n")
	}
	return w.String()
}

type trFunc func(nl, en string) string

// labels name the schools in the tables: by name, with the BRIN where two
// schools share a name, and with the file where they share the BRIN too.
func labels(b *Board) []string {
	type key struct{ name, brin string }
	names, both := map[string]int{}, map[key]int{}
	for _, s := range b.Schools {
		names[s.Name]++
		both[key{s.Name, s.BRIN}]++
	}
	out := make([]string, len(b.Schools))
	for i, s := range b.Schools {
		switch {
		case names[s.Name] == 1:
			out[i] = s.Name
		case both[key{s.Name, s.BRIN}] == 1:
			out[i] = s.Name + " (" + s.BRIN + ")"
		default:
			out[i] = s.Name + " (" + s.File + ")"
		}
	}
	return out
}

func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

func section(w *strings.Builder, title string) {
	w.WriteString("\n" + title + "\n")
}

func schoolsTable(w *strings.Builder, b *Board, l model.Lang, tr trFunc) {
	section(w, tr("Scholen", "Schools"))
	t := &table{right: []bool{false, false, false, false, false, true, true, true, true}}
	t.row(tr("School", "School"), "BRIN", tr("Periode", "Period"), tr("Status", "Status"), tr("Route", "Route"),
		tr("Totaal", "Total"), tr("Per leerling", "Per pupil"), tr("Mens", "Human"), tr("Bevindingen h/m/l", "Findings h/m/l"))
	for i := range b.Schools {
		s := &b.Schools[i]
		status := s.Status.Label(l)
		if s.Adopted() {
			if s.AdoptionDate != "" {
				status += " " + s.AdoptionDate
			} else {
				status += " " + tr("(datum onbekend)", "(date unknown)")
			}
		}
		route := s.Verdict.Label(l)
		if s.Verdict != planning.VisieOntbreekt {
			route += fmt.Sprintf(" (T %s, E %s)", planning.FormatShare(s.T, l), planning.FormatShare(s.E, l))
		}
		t.row(s.Name, s.BRIN, fmt.Sprintf("%d-%d", s.StartYear, s.EndYear), status, route,
			planning.FormatMoney(s.TotalCashOut, l), optMoney(s.PerPupil, s.HasPerPupil, l),
			planning.FormatShare(s.HumanShare, l),
			fmt.Sprintf("%d/%d/%d", s.Findings.Hoog, s.Findings.Midden, s.Findings.Laag))
	}
	t.write(w)
	fmt.Fprintf(w, "%s %s; %s %s.\n", tr("Alle scholen samen:", "All schools together:"), planning.FormatMoney(b.TotalCashOut, l),
		tr("menselijk aandeel", "human share"), planning.FormatShare(b.HumanShare, l))
}

func cashTable(w *strings.Builder, b *Board, names []string, l model.Lang, tr trFunc) {
	section(w, tr("Kasuitgaven per jaar", "Cash out per year"))
	t := &table{}
	head := []string{tr("School", "School")}
	for _, y := range b.Years {
		head = append(head, strconv.Itoa(y.Year))
	}
	head = append(head, tr("Totaal", "Total"))
	t.row(head...)
	for i := range b.Schools {
		row := []string{names[i]}
		for _, y := range b.Years {
			if _, ok := b.Schools[i].Year(y.Year); ok {
				row = append(row, planning.FormatMoney(y.BySchool[i], l))
			} else {
				row = append(row, "–")
			}
		}
		t.row(append(row, planning.FormatMoney(b.Schools[i].TotalCashOut, l))...)
	}
	t.rule()
	row := []string{tr("Alle scholen", "All schools")}
	for _, y := range b.Years {
		row = append(row, planning.FormatMoney(y.CashOut, l))
	}
	t.row(append(row, planning.FormatMoney(b.TotalCashOut, l))...)
	if hasCeiling(b) {
		ceil := []string{tr("Plafond bestuur", "Board ceiling")}
		room := []string{tr("Ruimte", "Headroom")}
		for _, y := range b.Years {
			if !y.HasCeiling {
				ceil, room = append(ceil, "–"), append(room, "–")
				continue
			}
			ceil = append(ceil, planning.FormatMoney(y.Ceiling, l))
			r := planning.FormatMoney(y.Headroom(), l)
			if y.Over {
				r = tr("over: ", "over: ") + planning.FormatMoney(-y.Headroom(), l)
			}
			room = append(room, r)
		}
		t.row(append(ceil, "")...)
		t.row(append(room, "")...)
	}
	t.right = make([]bool, len(head))
	for i := 1; i < len(head); i++ {
		t.right[i] = true
	}
	t.write(w)
	if !hasCeiling(b) {
		w.WriteString(tr("Geen plafond van het bestuur opgegeven (--ceiling).", "No board ceiling given (--ceiling).") + "\n")
	} else if len(b.OverYears) > 0 {
		years := make([]string, len(b.OverYears))
		for i, y := range b.OverYears {
			years[i] = strconv.Itoa(y)
		}
		fmt.Fprintf(w, "%s %s.\n", tr("Boven het plafond van het bestuur in", "Over the board's ceiling in"), strings.Join(years, ", "))
	}
}

func hasCeiling(b *Board) bool {
	for _, y := range b.Years {
		if y.HasCeiling {
			return true
		}
	}
	return false
}

func blockTable(w *strings.Builder, b *Board, l model.Lang, tr trFunc) {
	section(w, tr("Kasuitgaven per bouwsteen, alle scholen", "Cash out per building block, all schools"))
	t := &table{}
	head := []string{tr("Bouwsteen", "Building block")}
	for _, y := range b.Years {
		head = append(head, strconv.Itoa(y.Year))
	}
	t.row(append(head, tr("Totaal", "Total"))...)
	for k, blk := range model.Blocks() {
		row := []string{blk.Label(l)}
		for _, y := range b.Years {
			row = append(row, planning.FormatMoney(y.CashByBlock[k], l))
		}
		t.row(append(row, planning.FormatMoney(b.CashByBlock[k], l))...)
	}
	t.right = rightFrom(1, len(head)+1)
	t.write(w)
}

func perPupilTable(w *strings.Builder, b *Board, names []string, l model.Lang, tr trFunc) {
	section(w, tr("Kasuitgaven per leerling per jaar", "Cash out per pupil per year"))
	t := &table{}
	head := []string{tr("School", "School"), tr("Leerlingen", "Pupils")}
	for _, y := range b.Years {
		head = append(head, strconv.Itoa(y.Year))
	}
	t.row(head...)
	for i := range b.Schools {
		s := &b.Schools[i]
		row := []string{names[i], strconv.Itoa(s.Pupils)}
		for _, y := range b.Years {
			sy, ok := s.Year(y.Year)
			if !ok {
				row = append(row, "–")
				continue
			}
			row = append(row, optMoney(sy.PerPupil, sy.HasPerPupil, l))
		}
		t.row(row...)
	}
	t.rule()
	row := []string{tr("Alle scholen", "All schools"), ""}
	for _, y := range b.Years {
		row = append(row, optMoney(y.PerPupil, y.HasPerPupil, l))
	}
	t.row(row...)
	t.right = rightFrom(1, len(head))
	t.write(w)
}

func positionTable(w *strings.Builder, b *Board, names []string, l model.Lang, tr trFunc) {
	section(w, tr("Positie in de balansmatrix (onderwijsvorm / leermateriaal)", "Position in the balance matrix (teaching / material)"))
	t := &table{}
	t.row(tr("School", "School"), tr("Nu", "Now"), tr("Doel", "Goal"), tr("Balans van het doel", "Balance of the goal"))
	cell := func(c planning.Cell) string {
		if !c.Known() {
			return tr("onbekend", "unknown")
		}
		return c.Teaching.Label(l) + " / " + c.Material.Label(l)
	}
	for i := range b.Schools {
		s := &b.Schools[i]
		t.row(names[i], cell(s.Now), cell(s.Goal), s.Goal.Balance().Label(l))
	}
	t.write(w)
}

func heatTable(w *strings.Builder, b *Board, names []string, l model.Lang, tr trFunc) {
	section(w, fmt.Sprintf(tr("Niveaus nu per bouwsteen (1-5; * lager dan %s, + %s of hoger)", "Levels now per building block (1-5; * below %s, + %s or more)"),
		planning.FormatNumber(WeakBelow, 1, l), planning.FormatNumber(StrongFrom, 1, l)))
	t := &table{}
	head := []string{tr("School", "School")}
	for _, blk := range model.Blocks() {
		head = append(head, blk.Label(l))
	}
	t.row(head...)
	for i := range b.Schools {
		row := []string{names[i]}
		for _, lv := range b.Schools[i].Levels {
			row = append(row, heatCell(lv.Now, l))
		}
		t.row(row...)
	}
	t.rule()
	row := []string{tr("Gemiddelde van de scholen", "Mean of the schools")}
	for _, lv := range b.BlockMeans {
		row = append(row, heatCell(lv, l))
	}
	t.row(row...)
	t.right = rightFrom(1, len(head))
	t.write(w)
}

// heatCell writes a level with its band's mark: "2,3*", "3,5+", "3 ".
func heatCell(lv planning.Level, l model.Lang) string {
	if !lv.Known {
		return "– "
	}
	s := planning.FormatNumber(lv.Value, 1, l)
	switch BandOf(lv) {
	case BandLaag:
		return s + "*"
	case BandHoog:
		return s + "+"
	}
	return s + " "
}

func attention(w *strings.Builder, b *Board, names []string, l model.Lang, tr trFunc) {
	section(w, tr("Aandacht", "Attention"))
	none := true
	if len(b.HighFindings) > 0 {
		none = false
		w.WriteString(tr("Scholen met een bevinding van hoge ernst:", "Schools with a high-severity finding:") + "\n")
		for _, i := range b.HighFindings {
			s := &b.Schools[i]
			line := fmt.Sprintf("- %s (%s)", names[i], count(s.Findings.Hoog, tr("hoog", "high"), tr("hoog", "high")))
			if len(s.Top) > 0 && s.Top[0].Severity == planning.Hoog {
				// The first in §4.4 order: the most important one.
				line += ": " + s.Top[0].Message.In(l)
			}
			w.WriteString(line + "\n")
		}
	}
	if len(b.NotAdopted) > 0 {
		none = false
		w.WriteString(tr("Scholen zonder vastgesteld plan:", "Schools without an approved plan:") + "\n")
		for _, i := range b.NotAdopted {
			s := &b.Schools[i]
			fmt.Fprintf(w, "- %s (%s)\n", names[i], s.Status.Label(l))
		}
	}
	if len(b.PeriodEnded) > 0 {
		none = false
		w.WriteString(fmt.Sprintf(tr("Scholen waarvan de planperiode voorbij is (peildatum %s):", "Schools whose plan period has ended (as of %s):"), b.Date) + "\n")
		for _, i := range b.PeriodEnded {
			s := &b.Schools[i]
			fmt.Fprintf(w, "- %s (%d-%d)\n", names[i], s.StartYear, s.EndYear)
		}
	}
	if len(b.Duplicates) > 0 {
		none = false
		w.WriteString(tr("Hetzelfde plan in meer dan één bestand (telt dubbel; laat er één staan):",
			"The same plan in more than one file (counted twice; keep one):") + "\n")
		for _, g := range b.Duplicates {
			files := make([]string, len(g))
			for k, i := range g {
				files[k] = b.Schools[i].File
			}
			fmt.Fprintf(w, "- %s: %s\n", b.Schools[g[0]].Name, strings.Join(files, ", "))
		}
	}
	if none {
		w.WriteString(tr("Geen school met een bevinding van hoge ernst, zonder vastgesteld plan of met een verlopen planperiode.",
			"No school with a high-severity finding, without an approved plan or with an ended plan period.") + "\n")
	}
}

func optMoney(m model.Money, ok bool, l model.Lang) string {
	if !ok {
		return planning.NotApplicable.In(l)
	}
	return planning.FormatMoney(m, l)
}

func rightFrom(from, n int) []bool {
	r := make([]bool, n)
	for i := from; i < n; i++ {
		r[i] = true
	}
	return r
}

// table lays out rows of cells in columns separated by two spaces, each
// as wide as its widest cell in characters; right marks the columns
// aligned to the right (numbers). A rule is a line of dashes.
type table struct {
	rows  [][]string // nil is a rule
	right []bool
}

func (t *table) row(cells ...string) { t.rows = append(t.rows, cells) }
func (t *table) rule()               { t.rows = append(t.rows, nil) }

func (t *table) write(w *strings.Builder) {
	var width []int
	for _, r := range t.rows {
		for i, c := range r {
			if i >= len(width) {
				width = append(width, 0)
			}
			width[i] = max(width[i], utf8.RuneCountInString(c))
		}
	}
	total := 0
	for _, wd := range width {
		total += wd + 2
	}
	for _, r := range t.rows {
		if r == nil {
			w.WriteString(strings.Repeat("-", max(total-2, 0)) + "\n")
			continue
		}
		var line strings.Builder
		for i, c := range r {
			pad := strings.Repeat(" ", width[i]-utf8.RuneCountInString(c))
			if i > 0 {
				line.WriteString("  ")
			}
			if i < len(t.right) && t.right[i] {
				line.WriteString(pad + c)
			} else {
				line.WriteString(c + pad)
			}
		}
		w.WriteString(strings.TrimRight(line.String(), " ") + "\n")
	}
}
