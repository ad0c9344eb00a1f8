package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"balansplan/assets"
	"balansplan/export"
	"balansplan/model"
	"balansplan/model/answers"
	"balansplan/model/merge"
	"balansplan/model/store"
	"balansplan/planning"
	"balansplan/planning/workshop"
)

// The workshop's subcommands: merge the participants' copies, import
// answers from a spreadsheet, and (through export --report workshop) the
// workshop report.

// cmdMerge merges participant copies into a new plan file:
//
//	balansplan merge --out M.balans [--prefer A.balans] A.balans B.balans [...]
//
// The copies are opened read-only. When every copy carries the same base
// (store.SaveParticipantCopy), the merge is three-way. Conflicts that no
// choice resolves are printed, one per line, and nothing is written.
func cmdMerge(args []string, lang model.Lang, stdout io.Writer) error {
	fs := flags("merge")
	out := fs.String("out", "", "the plan file to write")
	prefer := fs.String("prefer", "", "the copy that wins every conflict")
	l := langFlag(fs, lang)
	// Flags may come before, between and after the copies.
	var files []string
	rest := args
	for {
		if err := fs.Parse(rest); err != nil {
			return flagUsageErr("merge", err)
		}
		if fs.NArg() == 0 {
			break
		}
		files = append(files, fs.Arg(0))
		rest = fs.Args()[1:]
	}
	if err := required("merge", "--out", *out); err != nil {
		return err
	}
	lang, err := chooseLang(*l)
	if err != nil {
		return err
	}
	if len(files) < 2 {
		return usageErr("merge: noem minstens twee kopieën van het plan om samen te voegen", "merge: name at least two copies of the plan to merge")
	}
	for i := range files {
		for j := range i {
			if samePath(files[i], files[j]) {
				return inputErr(tr(lang,
					fmt.Sprintf("%s staat twee keer in de lijst van kopieën", files[i]),
					fmt.Sprintf("%s is listed twice among the copies", files[i])))
			}
		}
	}
	preferred := -1
	if *prefer != "" {
		for i, f := range files {
			if samePath(f, *prefer) {
				preferred = i
			}
		}
		if preferred < 0 {
			return usageErr(fmt.Sprintf("merge: --prefer %s is niet een van de kopieën", *prefer), fmt.Sprintf("merge: --prefer %s is not one of the copies", *prefer))
		}
	}
	if _, err := os.Stat(*out); err == nil {
		return inputErr(tr(lang,
			fmt.Sprintf("%s bestaat al; kies een andere naam of verwijder het bestand eerst", *out),
			fmt.Sprintf("%s already exists; choose another name or remove the file first", *out)))
	}

	plans := make([]*model.Plan, len(files))
	bases := make([]*store.MergeBase, len(files))
	var notes []string
	for i, f := range files {
		doc, err := store.OpenReadOnly(f)
		if err != nil {
			return err
		}
		plans[i], err = loadValid(doc, f)
		if err == nil {
			var berr error
			bases[i], berr = doc.MergeBase()
			if berr != nil {
				notes = append(notes, tr(lang,
					fmt.Sprintf("de basis in %s is onleesbaar; er wordt zonder basis samengevoegd", f),
					fmt.Sprintf("the base in %s cannot be read; merging without a base", f)))
			}
		}
		doc.Close()
		if err != nil {
			return err
		}
	}
	// The app and the command line share one rule for the base.
	mb := make([]merge.Base, len(bases))
	for i, b := range bases {
		if b != nil {
			mb[i] = merge.Base{Hash: b.SHA256, Plan: b.Plan}
		}
	}
	base := merge.CommonBase(mb)
	names := copyNames(files)
	// Copies of two different plans are refused before anything else is
	// said, whatever --prefer says: no choice of copy makes one school's
	// plan a part of another's.
	if err := merge.SamePlan(base, plans); err != nil {
		var dp *merge.DifferentPlansError
		if errors.As(err, &dp) {
			dp.Names = names
		}
		return err
	}
	merged, conflicts := merge.Merge(base, plans, preferred)
	for _, n := range notes {
		fmt.Fprintln(stdout, n)
	}
	if base != nil {
		fmt.Fprintln(stdout, tr(lang,
			fmt.Sprintf("de kopieën zijn gemaakt van dezelfde versie van het plan (%s); er wordt per veld vergeleken met die versie",
				bases[0].MadeAt.Format("2006-01-02 15:04 UTC")),
			fmt.Sprintf("the copies were made from the same version of the plan (%s); each field is compared with that version",
				bases[0].MadeAt.Format("2006-01-02 15:04 UTC"))))
	} else {
		fmt.Fprintln(stdout, tr(lang,
			"de kopieën hebben geen gemeenschappelijke basis: elk verschil tussen de kopieën telt als conflict",
			"the copies have no common base: every difference between them counts as a conflict"))
	}
	var open []string
	for _, c := range conflicts {
		if c.Resolved() {
			fmt.Fprintln(stdout, c.Message(lang, names))
		} else {
			open = append(open, c.Message(lang, names))
		}
	}
	if len(open) > 0 {
		// stderr holds exactly one line per conflict, for scripts; the
		// advice goes with the other notes.
		fmt.Fprintln(stdout, tr(lang,
			"niets geschreven; los de conflicten op in een kopie, of kies met --prefer de kopie die voorgaat",
			"nothing written; resolve the conflicts in a copy, or choose with --prefer the copy that wins"))
		return inputErr(open...)
	}
	if err := createPlan(*out, merged, lang); err != nil {
		return err
	}
	fmt.Fprintln(stdout, tr(lang,
		fmt.Sprintf("%d kopieën samengevoegd in %s", len(files), *out),
		fmt.Sprintf("merged %d copies into %s", len(files), *out)))
	return nil
}

// copyNames are the names conflicts call the copies by: the file names,
// or the paths as given when two copies share a file name.
func copyNames(files []string) []string {
	names := make([]string, len(files))
	count := map[string]int{}
	for i, f := range files {
		names[i] = filepath.Base(f)
		count[names[i]]++
	}
	for i, f := range files {
		if count[names[i]] > 1 {
			names[i] = f
		}
	}
	return names
}

// samePath reports whether two paths name the same file: the same file on
// disk, or, for files that do not exist, the same cleaned path.
func samePath(a, b string) bool {
	if sameFile(a, b) {
		return true
	}
	aa, err1 := filepath.Abs(a)
	bb, err2 := filepath.Abs(b)
	return err1 == nil && err2 == nil && aa == bb
}

// cmdAnswers imports the answers of a spreadsheet into a plan file:
//
//	balansplan answers --in F.balans --csv answers.csv [--map mapping.json] [--skip 3,7] [--questions vib-1]
//
// Everything is checked before the plan file is opened for writing, so a
// bad row leaves the file exactly as it was (not even a schema upgrade);
// a good import is one transaction.
func cmdAnswers(args []string, lang model.Lang, stdout io.Writer) error {
	fs := flags("answers")
	in := fs.String("in", "", "the plan file to import into")
	csvPath := fs.String("csv", "", "the answers, as CSV")
	mapPath := fs.String("map", "", "the column mapping, as JSON")
	skipList := fs.String("skip", "", "rows to leave out on purpose, e.g. 3,7")
	version := fs.String("questions", assets.CurrentQuestionSet, "the question set the form asked")
	l := langFlag(fs, lang)
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := required("answers", "--in", *in, "--csv", *csvPath); err != nil {
		return err
	}
	lang, err := chooseLang(*l)
	if err != nil {
		return err
	}
	skip, err := parseSkip(*skipList)
	if err != nil {
		return err
	}
	data, ok := assets.QuestionSet(*version)
	if !ok {
		known := strings.Join(assets.QuestionSetVersions(), ", ")
		return usageErr(fmt.Sprintf("answers: --questions %q: deze Balansplan kent %s", *version, known),
			fmt.Sprintf("answers: --questions %q: this Balansplan knows %s", *version, known))
	}
	set, err := workshop.ParseQuestionSet(data)
	if err != nil {
		return builtinErr(lang, fmt.Sprintf("de ingebouwde vragenlijst %s is beschadigd", *version),
			fmt.Sprintf("the built-in question set %s is broken", *version), err)
	}
	if sameFile(*in, *csvPath) || *mapPath != "" && sameFile(*in, *mapPath) {
		return inputErr(tr(lang, "het antwoordenbestand of de koppeling mag niet het planbestand zelf zijn",
			"the answers file or the mapping must not be the plan file itself"))
	}
	csvData, err := readLimited(*csvPath, answers.MaxFileSize, lang)
	if err != nil {
		return err
	}
	var mapping *answers.Mapping
	if *mapPath != "" {
		mdata, err := readLimited(*mapPath, 1<<20, lang)
		if err != nil {
			return err
		}
		var ps answers.Problems
		if mapping, ps = answers.ParseMapping(mdata); ps != nil {
			return inputErr(ps.Messages(lang)...)
		}
	}

	// First a dry run on a read-only load: any problem stops here.
	prev, err := openPlan(*in)
	if err != nil {
		return err
	}
	responses, ps := answers.Read(csvData, set, mapping, skip)
	if ps != nil {
		return inputErr(ps.Messages(lang)...)
	}
	if _, _, ps := answers.Apply(prev, responses, set, nil); ps != nil {
		return inputErr(ps.Messages(lang)...)
	}

	doc, err := store.Open(*in)
	if err != nil {
		return err
	}
	prev, err = doc.Load()
	if err != nil {
		doc.Close()
		return err
	}
	next, res, ps := answers.Apply(prev, responses, set, nil)
	if ps != nil {
		doc.Close()
		return inputErr(ps.Messages(lang)...)
	}
	if err := doc.Commit(prev, next); err != nil {
		doc.Close()
		return err
	}
	if err := doc.Close(); err != nil {
		return err
	}
	fmt.Fprintln(stdout, tr(lang,
		fmt.Sprintf("deelnemers toegevoegd: %d, bijgewerkt: %d (vragenlijst %s)", len(res.Added), len(res.Updated), set.Version),
		fmt.Sprintf("participants added: %d, updated: %d (question set %s)", len(res.Added), len(res.Updated), set.Version)))
	if len(skip) > 0 {
		rows := make([]string, len(skip))
		for i, r := range skip {
			rows[i] = strconv.Itoa(r)
		}
		fmt.Fprintln(stdout, tr(lang, "overgeslagen rijen: ", "rows skipped: ")+strings.Join(rows, ", "))
	}
	return nil
}

// parseSkip reads "3,7, 12" into row numbers.
func parseSkip(s string) ([]int, error) {
	if strings.TrimSpace(s) == "" {
		return nil, nil
	}
	var out []int
	for _, part := range strings.Split(s, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(part))
		if err != nil || n < 1 {
			return nil, usageErr(fmt.Sprintf("answers: --skip %q: geef regelnummers gescheiden door komma's, bijvoorbeeld 3,7", s),
				fmt.Sprintf("answers: --skip %q: give row numbers separated by commas, e.g. 3,7", s))
		}
		out = append(out, n)
	}
	sort.Ints(out)
	return out, nil
}

// readLimited reads a small input file whole, refusing one over max bytes.
func readLimited(path string, max int64, lang model.Lang) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, inputErr(openMessage(path, err, lang))
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, max+1))
	if err != nil {
		return nil, inputErr(openMessage(path, err, lang))
	}
	if int64(len(data)) > max {
		return nil, inputErr(tr(lang,
			fmt.Sprintf("%s is groter dan %d MB", path, max>>20),
			fmt.Sprintf("%s is larger than %d MB", path, max>>20)))
	}
	return data, nil
}

// exportWorkshop writes the workshop report of a plan. Its question set is
// the one most of the plan's assessments used, when this build ships it.
func exportWorkshop(p *model.Plan, a *planning.Analysis, lang model.Lang, out string) error {
	var set *workshop.QuestionSet
	if v := workshop.MostUsedQuestionSet(p); v != "" {
		if data, ok := assets.QuestionSet(v); ok {
			s, err := workshop.ParseQuestionSet(data)
			if err != nil {
				return builtinErr(lang, fmt.Sprintf("de ingebouwde vragenlijst %s is beschadigd", v),
					fmt.Sprintf("the built-in question set %s is broken", v), err)
			}
			set = s
		}
	}
	// Dated like the plan's PDF (cmdExport): the plan's own date, else the
	// day of the export, never a date nobody gave.
	day, err := exportDay(lang)
	if err != nil {
		return err
	}
	return export.ExportWorkshopPDFOn(p, a, set, lang, out, nil, day)
}

// cmdCopies writes participant copies of a plan, each carrying the plan as
// it is now as its merge base, so that `balansplan merge` can later tell
// which copy changed what:
//
//	balansplan copies --in F.balans P1.balans [P2.balans ...]
//
// The plan itself is opened read-only and does not change. An existing
// copy file is refused rather than overwritten: it may hold answers.
func cmdCopies(args []string, lang model.Lang) error {
	fs := flags("copies")
	in := fs.String("in", "", "the plan file to copy")
	l := langFlag(fs, lang)
	var files []string
	rest := args
	for {
		if err := fs.Parse(rest); err != nil {
			return flagUsageErr("copies", err)
		}
		if fs.NArg() == 0 {
			break
		}
		files = append(files, fs.Arg(0))
		rest = fs.Args()[1:]
	}
	if err := required("copies", "--in", *in); err != nil {
		return err
	}
	lang, err := chooseLang(*l)
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return usageErr("copies: noem minstens één kopie om te schrijven", "copies: name at least one copy to write")
	}
	for _, f := range files {
		if _, err := os.Stat(f); err == nil {
			return inputErr(tr(lang,
				fmt.Sprintf("%s bestaat al; kies een andere naam of verwijder het bestand eerst", f),
				fmt.Sprintf("%s already exists; choose another name or remove the file first", f)))
		}
	}
	doc, err := store.OpenReadOnly(*in)
	if err != nil {
		return err
	}
	defer doc.Close()
	// A copy of an invalid plan would spread the defect to every laptop.
	if _, err := loadValid(doc, *in); err != nil {
		return err
	}
	for _, f := range files {
		if err := doc.SaveParticipantCopy(f); err != nil {
			return err
		}
	}
	return nil
}
