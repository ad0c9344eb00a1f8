package main

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"balansplan/export"
	"balansplan/model"
	"balansplan/planning"
)

// The plan's next year and next period (issue 15): the progress report of
// a year as a PDF (`export --report voortgang --year Y`), and `next`,
// which starts the next plan from this one (planning.NextPlan).

// exportProgress writes the progress report of year of the plan in in.
// The year must lie in the plan period; the report is a PDF only. It is
// dated as the plan PDF is (exportDay).
func exportProgress(in, out, format string, year int, lang model.Lang) error {
	ext := strings.ToLower(filepath.Ext(out))
	if f := strings.ToLower(format); f != "" && f != "pdf" || ext == ".json" || ext == ".xlsx" || ext == ".csv" {
		return usageErr("export: de voortgangsrapportage is een PDF; laat --format weg en laat --out op .pdf eindigen", "export: the progress report is a PDF; leave out --format and end --out in .pdf")
	}
	if year == 0 {
		return usageErr("export: --report voortgang vraagt --year, bijvoorbeeld --year 2027", "export: --report progress needs --year, for example --year 2027")
	}
	if sameFile(in, out) {
		return inputErr(tr(lang, "het uitvoerbestand mag niet het planbestand zelf zijn", "the output file must not be the plan file itself"))
	}
	p, err := openPlan(in)
	if err != nil {
		return err
	}
	if year < p.StartYear || year > p.EndYear {
		return inputErr(tr(lang,
			fmt.Sprintf("--year %d ligt buiten de planperiode %d-%d", year, p.StartYear, p.EndYear),
			fmt.Sprintf("--year %d is outside the plan period %d-%d", year, p.StartYear, p.EndYear)))
	}
	day, err := exportDay(lang)
	if err != nil {
		return err
	}
	return export.ExportProgressPDFOn(p, year, lang, out, day)
}

// cmdNext writes a new plan file that starts the next plan from the plan
// in --in: the unfinished investments carried over, the evaluation as its
// starting point, the latest self-assessment round as its first round and
// a link back (planning.NextPlan). The new plan's first status change is
// dated on the day of the export (exportDay, so SOURCE_DATE_EPOCH makes it
// reproducible); the states of the old plan are taken on that day too.
func cmdNext(args []string, lang model.Lang, stdout io.Writer) error {
	fs := flags("next")
	in := fs.String("in", "", "the plan file to start from")
	out := fs.String("out", "", "the new plan file to write")
	start := fs.Int("start", 0, "the first year of the new plan")
	years := fs.Int("years", 0, "how many years the new plan runs (default: as many as the old one)")
	l := langFlag(fs, lang)
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := required("next", "--in", *in, "--out", *out); err != nil {
		return err
	}
	lang, err := chooseLang(*l)
	if err != nil {
		return err
	}
	if *start == 0 {
		return usageErr("next: --start ontbreekt: het eerste jaar van het nieuwe plan, bijvoorbeeld --start 2030",
			"next: --start is missing: the first year of the new plan, for example --start 2030")
	}
	if *years < 0 || *years > model.MaxPlanYears {
		return usageErr(fmt.Sprintf("next: --years %d: kies 1 tot en met %d jaar", *years, model.MaxPlanYears),
			fmt.Sprintf("next: --years %d: choose 1 to %d years", *years, model.MaxPlanYears))
	}
	if sameFile(*in, *out) {
		return inputErr(tr(lang, "het nieuwe plan mag niet het planbestand zelf zijn", "the new plan must not be the plan file itself"))
	}
	prev, err := openPlan(*in)
	if err != nil {
		return err
	}
	if *start <= prev.StartYear {
		return inputErr(tr(lang,
			fmt.Sprintf("--start %d ligt niet na het begin van het plan (%d-%d): het volgende plan begint later", *start, prev.StartYear, prev.EndYear),
			fmt.Sprintf("--start %d is not after the start of the plan (%d-%d): the next plan starts later", *start, prev.StartYear, prev.EndYear)))
	}
	n := *years
	if n == 0 {
		n = prev.EndYear - prev.StartYear + 1
	}
	day, err := exportDay(lang)
	if err != nil {
		return err
	}
	next := planning.NextPlan(prev, *start, n, day.Format("2006-01-02"), lang)
	if ps := next.Validate(); ps != nil {
		return ps
	}
	if err := createPlan(*out, next, lang); err != nil {
		return err
	}
	fmt.Fprintf(stdout, tr(lang, "%s: plan %d-%d met %d investering(en) overgenomen uit %s\n", "%s: plan %d-%d with %d investment(s) carried over from %s\n"),
		*out, next.StartYear, next.EndYear, len(next.Investments), *in)
	return nil
}
