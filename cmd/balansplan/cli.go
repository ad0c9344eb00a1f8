package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"balansplan/assets"
	"balansplan/cmd/internal/desktop"
	"balansplan/export"
	"balansplan/export/sheet"
	"balansplan/model"
	"balansplan/model/sample"
	"balansplan/model/store"
	"balansplan/planning"
)

// Exit statuses of the command line.
const (
	exitOK    = 0
	exitInput = 1 // a problem with the user's input
	exitUsage = 2 // the command was called wrongly
)

// userError is a problem with the user's input, already in the user's
// language, one line per problem.
type userError struct{ lines []string }

func (e *userError) Error() string { return strings.Join(e.lines, "\n") }

func inputErr(lines ...string) error { return &userError{lines: lines} }

// usageError is a wrongly called command, said in both languages.
type usageError struct{ nl, en string }

func (e *usageError) Error() string { return e.en }

// Message is the explanation in language l.
func (e *usageError) Message(l model.Lang) string {
	if l == model.EN {
		return e.en
	}
	return e.nl
}

func usageErr(nl, en string) error { return &usageError{nl: nl, en: en} }

// flagUsageErr explains a flag the flag package rejected; its own text is
// English, so the Dutch message names the problem in general terms.
func flagUsageErr(cmd string, err error) error {
	return usageErr(fmt.Sprintf("%s: onbekende optie of optie zonder waarde (%v)", cmd, err),
		fmt.Sprintf("%s: %v", cmd, err))
}

// messager is an error that can say itself in the user's language, as the
// errors of model, store and export can.
type messager interface{ Message(model.Lang) string }

// lister is an error that says itself as one line per problem.
type lister interface{ Messages(model.Lang) []string }

// run is the whole program without the process around it, so tests can
// call it directly.
func run(args []string, stdout, stderr io.Writer) int {
	lang := envLang()
	if len(args) == 0 || !isSubcommand(args[0]) {
		return runGUI(args, lang, stderr)
	}
	cmd, rest := args[0], args[1:]
	if l, ok := langArg(rest); ok {
		lang = l
	}
	var err error
	switch cmd {
	case "demo":
		err = cmdDemo(rest, lang)
	case "import":
		err = cmdImport(rest, lang)
	case "export":
		err = cmdExport(rest, lang, stdout)
	case "analyse", "analyze":
		err = cmdAnalyse(rest, lang, stdout)
	case "check":
		err = cmdCheck(rest, lang, stdout)
	case "copies":
		err = cmdCopies(rest, lang)
	case "merge":
		err = cmdMerge(rest, lang, stdout)
	case "answers":
		err = cmdAnswers(rest, lang, stdout)
	case "board":
		err = cmdBoard(rest, lang, stdout)
	case "diff":
		err = cmdDiff(rest, lang, stdout)
	case "db":
		err = cmdDB(rest, lang, stdout)
	case "checkout":
		err = cmdCheckout(rest, lang, stdout)
	case "publish":
		err = cmdPublish(rest, lang, stdout)
	case "next":
		err = cmdNext(rest, lang, stdout)
	case "help", "-h", "--help", "-help":
		fmt.Fprint(stdout, usage(lang))
		return exitOK
	case "version", "--version", "-version":
		err = cmdVersion(rest, stdout)
	}
	return report(err, lang, stderr)
}

// langArg finds a valid --lang in the arguments before they are parsed, so
// that even a failure to parse is reported in the language asked for.
func langArg(args []string) (model.Lang, bool) {
	for i, a := range args {
		v, ok := "", false
		switch {
		case a == "--lang" || a == "-lang":
			if i+1 < len(args) {
				v, ok = args[i+1], true
			}
		case strings.HasPrefix(a, "--lang="):
			v, ok = strings.TrimPrefix(a, "--lang="), true
		case strings.HasPrefix(a, "-lang="):
			v, ok = strings.TrimPrefix(a, "-lang="), true
		}
		if ok && (v == "nl" || v == "en") {
			return model.Lang(v), true
		}
	}
	return "", false
}

func isSubcommand(s string) bool {
	switch s {
	case "demo", "import", "export", "analyse", "analyze", "check", "copies", "merge", "answers", "help", "-h", "--help", "-help",
		"version", "--version", "-version", "board", "diff", "db", "checkout", "publish", "next":
		return true
	}
	return false
}

// report writes err for the user and gives the exit status.
func report(err error, lang model.Lang, stderr io.Writer) int {
	if err == nil {
		return exitOK
	}
	var ue *usageError
	if errors.As(err, &ue) {
		fmt.Fprintf(stderr, "balansplan: %s\n", ue.Message(lang))
		fmt.Fprint(stderr, usage(lang))
		return exitUsage
	}
	if errors.Is(err, flag.ErrHelp) {
		return exitUsage
	}
	for _, line := range userLines(err, lang) {
		fmt.Fprintf(stderr, "balansplan: %s\n", line)
	}
	return exitInput
}

// userLines turns an error into lines for the user in the user's language.
func userLines(err error, lang model.Lang) []string {
	// model.Problems, an invalid plan, export's refused JSON: errors that
	// are one line per problem.
	var ls lister
	if errors.As(err, &ls) {
		return ls.Messages(lang)
	}
	var ue *userError
	if errors.As(err, &ue) {
		return ue.lines
	}
	var m messager
	if errors.As(err, &m) {
		lines := []string{m.Message(lang)}
		// The store's advice is the app's ("open it once in
		// Balansplan"); a script has check --repair.
		var fe *store.FileError
		if errors.As(err, &fe) && fe.Reason == store.ReasonNeedsRecovery {
			lines = append(lines, tr(lang,
				fmt.Sprintf("zonder het programma: balansplan check --repair --in %s", fe.Path),
				fmt.Sprintf("without the app: balansplan check --repair --in %s", fe.Path)))
		}
		return lines
	}
	return []string{err.Error()}
}

func envLang() model.Lang { return desktop.EnvLang() }

// flags makes a flag set whose errors become usage errors instead of exits.
func flags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return fs
}

func parse(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		return flagUsageErr(fs.Name(), err)
	}
	if fs.NArg() > 0 {
		return usageErr(fmt.Sprintf("%s: onverwacht argument %q", fs.Name(), fs.Arg(0)),
			fmt.Sprintf("%s: unexpected argument %q", fs.Name(), fs.Arg(0)))
	}
	return nil
}

func langFlag(fs *flag.FlagSet, def model.Lang) *string {
	return fs.String("lang", string(def), "nl or en")
}

func chooseLang(s string) (model.Lang, error) {
	switch s {
	case "nl":
		return model.NL, nil
	case "en":
		return model.EN, nil
	}
	return model.NL, usageErr(fmt.Sprintf("--lang %q: kies nl of en", s), fmt.Sprintf("--lang %q: use nl or en", s))
}

func required(cmd string, vals ...string) error {
	for i := 0; i+1 < len(vals); i += 2 {
		if vals[i+1] == "" {
			return usageErr(fmt.Sprintf("%s: %s is verplicht", cmd, vals[i]), fmt.Sprintf("%s: %s is required", cmd, vals[i]))
		}
	}
	return nil
}

func cmdDemo(args []string, lang model.Lang) error {
	fs := flags("demo")
	out := fs.String("out", "", "the plan file to write")
	large := fs.Bool("large", false, "write the large generated plan used for performance measurements instead")
	l := langFlag(fs, lang)
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := required("demo", "--out", *out); err != nil {
		return err
	}
	lang, err := chooseLang(*l)
	if err != nil {
		return err
	}
	if *large {
		return createPlan(*out, sample.Large(), lang)
	}
	p, ps := model.DecodeJSONBytes(assets.DemoPlan)
	if ps != nil {
		return builtinErr(lang, "het ingebouwde voorbeeldplan is beschadigd", "the built-in demo plan is broken", ps)
	}
	return createPlan(*out, p, lang)
}

func cmdImport(args []string, lang model.Lang) error {
	fs := flags("import")
	in := fs.String("in", "", "the JSON file to read")
	out := fs.String("out", "", "the plan file to write")
	l := langFlag(fs, lang)
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := required("import", "--in", *in, "--out", *out); err != nil {
		return err
	}
	lang, err := chooseLang(*l)
	if err != nil {
		return err
	}
	f, err := os.Open(*in)
	if err != nil {
		return inputErr(openMessage(*in, err, lang))
	}
	defer f.Close()
	p, ps := model.DecodeJSON(f)
	if ps != nil {
		return ps
	}
	return createPlan(*out, p, lang)
}

// createPlan writes a new plan file; it never overwrites an existing file.
func createPlan(path string, p *model.Plan, lang model.Lang) error {
	if _, err := os.Stat(path); err == nil {
		return inputErr(tr(lang,
			fmt.Sprintf("%s bestaat al; kies een andere naam of verwijder het bestand eerst", path),
			fmt.Sprintf("%s already exists; choose another name or remove the file first", path)))
	}
	doc, err := store.Create(path, p)
	if err != nil {
		return err
	}
	return doc.Close()
}

// openPlan opens a plan file read-only, loads it and validates it.
func openPlan(path string) (*model.Plan, error) {
	doc, err := store.OpenReadOnly(path)
	if err != nil {
		return nil, err
	}
	defer doc.Close()
	return loadValid(doc, path)
}

// loadValid loads the plan of an open file and refuses it when it is not
// valid. A file changed by another program (sqlite3, a damaged copy) can
// hold what the application would never save: an unknown bouwsteen, a
// duplicate code, a link to nothing, text that is not UTF-8. Every command
// that reads a plan refuses such a plan with exit 1, naming each problem,
// rather than analysing, exporting, copying or merging it: a PDF of a plan
// the school cannot open, or a JSON file that import refuses, only moves
// the problem to where it is harder to find.
func loadValid(doc *store.Doc, path string) (*model.Plan, error) {
	p, err := doc.Load()
	if err != nil {
		return nil, err
	}
	if ps := p.Validate(); len(ps) > 0 {
		return nil, &invalidPlan{path: path, problems: ps}
	}
	return p, nil
}

// invalidPlan is a plan file whose plan does not pass model validation.
type invalidPlan struct {
	path     string
	problems model.Problems
}

func (e *invalidPlan) Error() string {
	return fmt.Sprintf("%s: the plan is not valid: %v", e.path, e.problems)
}

// Messages is one line per problem, each naming the file, so that a
// command that reads several plans (merge) says which one is wrong.
func (e *invalidPlan) Messages(l model.Lang) []string {
	lines := e.problems.Messages(l)
	for i, m := range lines {
		lines[i] = e.path + ": " + m
	}
	return lines
}

func cmdExport(args []string, lang model.Lang, stdout io.Writer) error {
	fs := flags("export")
	in := fs.String("in", "", "the plan file to read")
	out := fs.String("out", "", "the file to write")
	format := fs.String("format", "", "pdf (default) or json")
	reportKind := fs.String("report", "plan", "plan (default), workshop or voortgang (progress)")
	year := fs.Int("year", 0, "the year of the progress report (--report voortgang)")
	l := langFlag(fs, lang)
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := required("export", "--in", *in, "--out", *out); err != nil {
		return err
	}
	// An export is one short burst of allocation: fewer collections cost
	// less CPU than the memory they save (lessGC, board.go).
	defer lessGC()()
	lang, err := chooseLang(*l)
	if err != nil {
		return err
	}
	if *reportKind == "voortgang" || *reportKind == "progress" {
		return exportProgress(*in, *out, *format, *year, lang)
	}
	if *year != 0 {
		return usageErr("export: --year hoort bij --report voortgang", "export: --year belongs to --report voortgang (progress)")
	}
	f := strings.ToLower(*format)
	if f == "" {
		f = "pdf"
		switch ext := strings.ToLower(filepath.Ext(*out)); ext {
		case ".json", ".xlsx", ".csv":
			f = ext[1:]
		}
	}
	if f == "xlsx" || f == "csv" {
		return exportSheet(*in, *out, f, *reportKind, lang)
	}
	if f != "pdf" && f != "json" {
		return usageErr(fmt.Sprintf("export: --format %q: kies pdf of json", *format), fmt.Sprintf("export: --format %q: use pdf or json", *format))
	}
	if *reportKind != "plan" && *reportKind != "workshop" {
		return usageErr(fmt.Sprintf("export: --report %q: kies plan, workshop of voortgang", *reportKind), fmt.Sprintf("export: --report %q: use plan, workshop or progress", *reportKind))
	}
	if *reportKind == "workshop" && f != "pdf" {
		return usageErr("export: het workshopverslag is een PDF; laat --format json weg", "export: the workshop report is a PDF; leave out --format json")
	}
	if sameFile(*in, *out) {
		return inputErr(tr(lang, "het uitvoerbestand mag niet het planbestand zelf zijn", "the output file must not be the plan file itself"))
	}
	if f == "pdf" {
		export.Prepare()
	}
	p, err := openPlan(*in)
	if err != nil {
		return err
	}
	if f == "json" {
		return export.WriteJSON(p, *out)
	}
	ref, err := planning.BuiltinReference()
	if err != nil {
		return builtinErr(lang, "de ingebouwde landelijke cijfers zijn beschadigd", "the built-in reference figures are broken", err)
	}
	if *reportKind == "workshop" {
		return exportWorkshop(p, planning.Analyse(p, ref), lang, *out)
	}
	day, err := exportDay(lang)
	if err != nil {
		return err
	}
	return export.ExportPDFOn(p, planning.Analyse(p, ref), lang, *out, nil, day)
}

// exportSheet writes plan and realisation for the controller (issue 15):
// an XLSX workbook or CSV, the format taken from the extension.
func exportSheet(in, out, format, reportKind string, lang model.Lang) error {
	if reportKind != "plan" {
		return usageErr("export: --report hoort bij de PDF; laat het weg voor .xlsx en .csv",
			"export: --report belongs to the PDF; leave it out for .xlsx and .csv")
	}
	if sameFile(in, out) {
		return inputErr(tr(lang, "het uitvoerbestand mag niet het planbestand zelf zijn", "the output file must not be the plan file itself"))
	}
	p, err := openPlan(in)
	if err != nil {
		return err
	}
	if format == "csv" {
		return sheet.WriteCSVFile(p, lang, out)
	}
	return sheet.WriteXLSX(p, lang, out)
}

// exportDay is the day a PDF is made on, for a plan without a date of its
// own (a plan's own date always wins: export.BuildOn). It is today, in
// the user's time zone, unless SOURCE_DATE_EPOCH is set: then that
// moment, in UTC, as the reproducible-builds convention asks, so that a
// script or a test makes the same bytes on any day. A value that is not
// a whole number of seconds is refused rather than ignored: silently
// falling back to today is exactly the difference it was set to prevent.
func exportDay(lang model.Lang) (time.Time, error) {
	v, ok := os.LookupEnv("SOURCE_DATE_EPOCH")
	if !ok || v == "" {
		return time.Now(), nil
	}
	secs, err := strconv.ParseInt(strings.TrimSpace(v), 10, 64)
	if err != nil || secs < 0 || secs > maxEpoch {
		return time.Time{}, inputErr(tr(lang,
			fmt.Sprintf("SOURCE_DATE_EPOCH=%q is geen tijdstip: verwacht een geheel aantal seconden sinds 1 januari 1970 (UTC), bijvoorbeeld 1767225600", v),
			fmt.Sprintf("SOURCE_DATE_EPOCH=%q is not a moment: expected a whole number of seconds since 1 January 1970 (UTC), for example 1767225600", v)))
	}
	return time.Unix(secs, 0).UTC(), nil
}

// maxEpoch is the last second of the year 9999: a PDF date has four
// digits for the year.
const maxEpoch = 253402300799

func cmdAnalyse(args []string, lang model.Lang, stdout io.Writer) error {
	fs := flags("analyse")
	in := fs.String("in", "", "the plan file to read")
	asJSON := fs.Bool("json", false, "write the analysis as JSON")
	l := langFlag(fs, lang)
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := required("analyse", "--in", *in); err != nil {
		return err
	}
	lang, err := chooseLang(*l)
	if err != nil {
		return err
	}
	p, err := openPlan(*in)
	if err != nil {
		return err
	}
	ref, err := planning.BuiltinReference()
	if err != nil {
		return builtinErr(lang, "de ingebouwde landelijke cijfers zijn beschadigd", "the built-in reference figures are broken", err)
	}
	a := planning.Analyse(p, ref)
	if *asJSON {
		data, err := a.JSON()
		if err != nil {
			return err
		}
		_, err = stdout.Write(data)
		return err
	}
	_, err = io.WriteString(stdout, planning.Report(a, lang))
	return err
}

func cmdCheck(args []string, lang model.Lang, stdout io.Writer) error {
	fs := flags("check")
	in := fs.String("in", "", "the plan file to check")
	repair := fs.Bool("repair", false, "first undo an interrupted save (what opening the file in the app does)")
	l := langFlag(fs, lang)
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := required("check", "--in", *in); err != nil {
		return err
	}
	lang, err := chooseLang(*l)
	if err != nil {
		return err
	}
	if *repair {
		// The only change check ever makes, and only when asked: what a
		// read-write open would do first anyway. It never touches the
		// plan itself; a plan that is invalid stays so, and is reported
		// below.
		res, err := store.Repair(*in)
		if err != nil {
			return err
		}
		fmt.Fprintln(stdout, res.Text.In(lang))
	}
	ps, err := store.Check(*in)
	if err != nil {
		return err
	}
	if len(ps) > 0 {
		return withPlanProblems(*in, ps)
	}
	fmt.Fprintln(stdout, tr(lang, "in orde: het bestand is heel en het plan is geldig", "ok: the file is sound and the plan is valid"))
	return nil
}

// withPlanProblems adds to the file problems store.Check found the plan
// problems behind them. store.Check stops at the file level: a row that
// points at a vision that is not there is reported as a broken link
// between two tables. When the plan still loads, Validate names the same
// defect as the user knows it (investment D1, field visions), so check
// says both.
func withPlanProblems(path string, ps model.Problems) model.Problems {
	for _, p := range ps {
		if p.Reason != "foreign_key" {
			return ps
		}
	}
	doc, err := store.OpenReadOnly(path)
	if err != nil {
		return ps
	}
	defer doc.Close()
	p, err := doc.Load()
	if err != nil {
		return ps
	}
	return append(ps, p.Validate()...)
}

// runGUI starts the desktop application, balansplan-gui, from this
// program's folder (cmd/internal/desktop says why it is a program of its
// own). The arguments are checked here first, so that wrong usage is
// said with this program's usage text; balansplan-gui gets them as they
// were typed.
func runGUI(args []string, lang model.Lang, stderr io.Writer) int {
	if l, ok := langArg(args); ok {
		lang = l
	}
	if _, err := desktop.Parse(args); err != nil {
		var ue *desktop.UsageError
		if errors.As(err, &ue) {
			err = usageErr(ue.NL, ue.EN)
		}
		return report(err, lang, stderr)
	}
	bin, err := desktop.Locate()
	if err != nil {
		return report(err, lang, stderr)
	}
	code, err := desktop.Start(bin, args)
	if err != nil {
		return report(err, lang, stderr)
	}
	return code
}

func sameFile(a, b string) bool {
	sa, err1 := os.Stat(a)
	sb, err2 := os.Stat(b)
	return err1 == nil && err2 == nil && os.SameFile(sa, sb)
}

func openMessage(path string, err error, lang model.Lang) string {
	switch {
	case errors.Is(err, os.ErrNotExist):
		return tr(lang, fmt.Sprintf("%s bestaat niet", path), fmt.Sprintf("%s does not exist", path))
	case errors.Is(err, os.ErrPermission):
		return tr(lang, fmt.Sprintf("%s mag niet gelezen worden (geen toestemming)", path), fmt.Sprintf("%s may not be read (permission denied)", path))
	}
	return tr(lang, fmt.Sprintf("%s kon niet geopend worden: %v", path, err), fmt.Sprintf("%s could not be opened: %v", path, err))
}

// builtinErr is a part of this build that does not load (the demo plan,
// the reference figures, a question set): nothing the user did, and
// nothing a new build would not fix, but said in their language too.
func builtinErr(lang model.Lang, nl, en string, err error) error {
	details := userLines(err, lang)
	return inputErr(tr(lang, nl, en) + ": " + strings.Join(details, "; "))
}

func tr(lang model.Lang, nl, en string) string {
	if lang == model.EN {
		return en
	}
	return nl
}

func usage(lang model.Lang) string {
	if lang == model.EN {
		return `Usage:
  balansplan [PLAN.balans] [--lang nl|en]          open the desktop application
  balansplan demo    --out F.balans [--large]      write the demo plan (or the large generated plan)
  balansplan import  --in F.json --out F.balans    JSON (balansplan/1) to a plan file
  balansplan export  --in F.balans --out F.pdf [--report plan|workshop]
                                                   the PDF plan, or the workshop report
  balansplan export  --in F.balans --out R.pdf --report voortgang --year YEAR
                                                   the progress report of a year (voortgangsrapportage; also: progress)
  balansplan export  --in F.balans --out F.json [--format pdf|json]
                                                   the plan as JSON (balansplan/1); F.xlsx or F.csv: the figures for the controller
  balansplan analyse --in F.balans [--json]        the analysis, as text or JSON
  balansplan diff    --in F.balans [--from VERSION] [--to VERSION] [--json]
                                                   what changed since the adopted version, or between two versions
  balansplan next    --in F.balans --out G.balans --start YEAR [--years N]
                                                   start the next plan from this one
  balansplan check   --in F.balans [--repair]      file integrity and validation (--repair: undo an interrupted save)
  balansplan copies  --in F.balans P1.balans [P2.balans ...]
                                                   participant copies that remember their base
  balansplan merge   --out M.balans [--prefer A.balans] A.balans B.balans [...]
                                                   merge participants' copies
  balansplan answers --in F.balans --csv answers.csv [--map mapping.json] [--skip 3,7] [--questions vib-1]
                                                   import answers from a spreadsheet
  balansplan db init --db URL                      set up a board database: roles, schema, migrations (docs/postgres.md)
  balansplan db school --db URL --board B --school BRIN [--name NAME]
                                                   register a school under a board
  balansplan db grant --db URL --user NAME --role director|board|consultant|supervisor --board B [--school BRIN] [--until YYYY-MM-DD]
                                                   give a person a role
  balansplan checkout --db URL --school BRIN [--plan ID] --out F.balans
                                                   a plan from the database to a file
  balansplan publish --in F.balans --db URL [--school BRIN] [--prefer file|db]
                                                   a file's plan back into the database, merged
  balansplan board   --dir D [--ceiling board.json] [--json | --out board.pdf] [--date YYYY-MM-DD]
                                                   the board's roll-up of its schools' plans (docs/board.md)
  balansplan board   --db URL [--ceiling board.json] [--json | --out board.pdf] [--date YYYY-MM-DD]
                                                   the same from the board database: every plan you may see
  balansplan help                                  this text
  balansplan version                               the version and build
Every subcommand takes --lang nl|en (default: LANG, else Dutch).
Exit status: 0 ok, 1 a problem with the input, 2 wrong usage.
`
	}
	return `Gebruik:
  balansplan [PLAN.balans] [--lang nl|en]          open het programma
  balansplan demo    --out F.balans [--large]      schrijf het voorbeeldplan (of het grote testplan)
  balansplan import  --in F.json --out F.balans    JSON (balansplan/1) naar een planbestand
  balansplan export  --in F.balans --out F.pdf [--report plan|workshop]
                                                   het plan als PDF, of het workshopverslag
  balansplan export  --in F.balans --out R.pdf --report voortgang --year JAAR
                                                   de voortgangsrapportage van een jaar (ook: progress)
  balansplan export  --in F.balans --out F.json [--format pdf|json]
                                                   het plan als JSON (balansplan/1); F.xlsx of F.csv: de cijfers voor de controller
  balansplan analyse --in F.balans [--json]        de analyse, als tekst of JSON
  balansplan diff    --in F.balans [--from VERSIE] [--to VERSIE] [--json]
                                                   wat er veranderde sinds de vastgestelde versie, of tussen twee versies
  balansplan next    --in F.balans --out G.balans --start JAAR [--years N]
                                                   het volgende plan beginnen vanuit dit plan
  balansplan check   --in F.balans [--repair]      bestand en plan controleren (--repair: een onderbroken opslag herstellen)
  balansplan copies  --in F.balans P1.balans [P2.balans ...]
                                                   kopieën voor deelnemers, met hun basis
  balansplan merge   --out M.balans [--prefer A.balans] A.balans B.balans [...]
                                                   kopieën van deelnemers samenvoegen
  balansplan answers --in F.balans --csv antwoorden.csv [--map koppeling.json] [--skip 3,7] [--questions vib-1]
                                                   antwoorden uit een spreadsheet inlezen
  balansplan db init --db URL                      een bestuursdatabase inrichten: rollen, schema, migraties (docs/postgres.md)
  balansplan db school --db URL --board B --school BRIN [--name NAAM]
                                                   een school onder een bestuur registreren
  balansplan db grant --db URL --user NAAM --role director|board|consultant|supervisor --board B [--school BRIN] [--until JJJJ-MM-DD]
                                                   iemand een rol geven
  balansplan checkout --db URL --school BRIN [--plan ID] --out F.balans
                                                   een plan uit de database naar een bestand
  balansplan publish --in F.balans --db URL [--school BRIN] [--prefer file|db]
                                                   het plan uit een bestand terug in de database, samengevoegd
  balansplan board   --dir D [--ceiling bestuur.json] [--json | --out bestuur.pdf] [--date JJJJ-MM-DD]
                                                   het bestuursoverzicht van de plannen van de scholen (docs/board.md)
  balansplan board   --db URL [--ceiling bestuur.json] [--json | --out bestuur.pdf] [--date JJJJ-MM-DD]
                                                   hetzelfde uit de bestuursdatabase: elk plan dat je mag zien
  balansplan help                                  deze tekst
  balansplan version                               de versie en build
Elke opdracht kent --lang nl|en (standaard: LANG, anders Nederlands).
Afsluitstatus: 0 in orde, 1 een probleem met de invoer, 2 verkeerd gebruik.
`
}
