package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"balansplan/export"
	"balansplan/model"
	"balansplan/model/workspace"
	"balansplan/planning"
	"balansplan/planning/board"
)

// cmdBoard rolls up the plans of a school board's schools:
//
//	balansplan board --dir D [--ceiling board.json] [--json | --out board.pdf] [--date YYYY-MM-DD]
//	balansplan board [--ceiling board.json] A.balans B.balans [...]
//
// Every plan is read through a copy (model/workspace), so the schools'
// files are never opened for writing. Files that cannot be counted are
// listed in the overview; the overview is still written, and the command
// then ends with exit status 1 and one line on stderr, so that a script
// notices. --date is the day the plan periods are judged on (default:
// today, or SOURCE_DATE_EPOCH's day, as for export). --out writes the
// bestuursrapportage (a PDF) instead of the overview, dated as the plan
// export dates a plan without a date of its own: today, or
// SOURCE_DATE_EPOCH's day.
func cmdBoard(args []string, lang model.Lang, stdout io.Writer) error {
	fs := flags("board")
	dir := fs.String("dir", "", "the folder with the schools' plan files")
	ceiling := fs.String("ceiling", "", "the board file (balansplan-board/1) with the ceiling per year")
	asJSON := fs.Bool("json", false, "write the roll-up as JSON")
	date := fs.String("date", "", "the day to judge the plan periods on, YYYY-MM-DD (default today)")
	out := fs.String("out", "", "write the bestuursrapportage as a PDF to this file")
	l := langFlag(fs, lang)
	// Plan files may be listed instead of, or beside, a folder; flags may
	// come before, between and after them.
	var files []string
	rest := args
	for {
		if err := fs.Parse(rest); err != nil {
			return flagUsageErr("board", err)
		}
		if fs.NArg() == 0 {
			break
		}
		files = append(files, fs.Arg(0))
		rest = fs.Args()[1:]
	}
	lang, err := chooseLang(*l)
	if err != nil {
		return err
	}
	if *dir == "" && len(files) == 0 {
		return usageErr("board: geef --dir met de map van de planbestanden, of noem de planbestanden",
			"board: give --dir with the folder of the plan files, or name the plan files")
	}
	if *out != "" && *asJSON {
		return usageErr("board: kies --json of --out, niet allebei", "board: choose --json or --out, not both")
	}
	if *out != "" && !strings.EqualFold(filepath.Ext(*out), ".pdf") {
		return usageErr(fmt.Sprintf("board: --out %q: de bestuursrapportage is een PDF; geef een naam die eindigt op .pdf", *out),
			fmt.Sprintf("board: --out %q: the board report is a PDF; give a name ending in .pdf", *out))
	}
	on, err := boardDay(*date, lang)
	if err != nil {
		return err
	}
	var settings board.Settings
	if *ceiling != "" {
		if settings, err = readSettings(*ceiling, lang); err != nil {
			return err
		}
	}

	var paths, skipped []string
	if *dir != "" {
		if paths, skipped, err = workspace.Files(*dir); err != nil {
			return err
		}
	}
	for _, f := range files {
		for _, p := range paths {
			if samePath(f, p) {
				return inputErr(tr(lang, fmt.Sprintf("%s staat twee keer in de lijst", f), fmt.Sprintf("%s is listed twice", f)))
			}
		}
		paths = append(paths, f)
	}
	if len(paths) == 0 {
		return inputErr(tr(lang,
			fmt.Sprintf("in de map %s staan geen .balans-bestanden", *dir),
			fmt.Sprintf("the folder %s holds no .balans files", *dir)))
	}
	for _, p := range paths {
		if *out != "" && sameFile(p, *out) {
			return inputErr(tr(lang, fmt.Sprintf("de bestuursrapportage mag niet over het planbestand %s heen", p),
				fmt.Sprintf("the board report must not replace the plan file %s", p)))
		}
	}
	defer lessGC()()
	res, err := workspace.Read(paths, 0, func(path string, p *model.Plan) board.School {
		// The benchmark is no part of the roll-up: no reference needed.
		return board.Summarise(boardFile(path, *dir), p, planning.Analyse(p, nil))
	})
	if err != nil {
		return err
	}
	unread := make([]board.Unread, len(res.Problems))
	for i, p := range res.Problems {
		unread[i] = board.Unread{File: boardFile(p.Path, *dir), Kind: string(p.Kind), Reason: p.Reason, Text: p.Text}
	}
	b := board.RollUp(res.Plans, settings, on, unread, skipped)

	if *out != "" {
		day, err := exportDay(lang)
		if err != nil {
			return err
		}
		if err := export.ExportBoardPDFOn(b, lang, *out, nil, day); err != nil {
			return err
		}
	} else if *asJSON {
		data, err := b.JSON()
		if err != nil {
			return err
		}
		if _, err := stdout.Write(data); err != nil {
			return err
		}
	} else if _, err := io.WriteString(stdout, board.Report(b, lang)); err != nil {
		return err
	}
	if n := len(unread); n > 0 {
		where := tr(lang, "zie \"Bestanden die niet meetellen\"", "see \"Files not counted\"")
		if *asJSON {
			where = tr(lang, "zie \"unread\" in de JSON", "see \"unread\" in the JSON")
		} else if *out != "" {
			where = tr(lang, "zie \"Bestanden die niet meetellen\" in de PDF", "see \"Files not counted\" in the PDF")
		}
		nl, en := "%d van de %d bestanden telden niet mee; %s", "%d of the %d files were not counted; %s"
		if n == 1 {
			nl, en = "%d van de %d bestanden telde niet mee; %s", "%d of the %d files was not counted; %s"
		}
		return inputErr(tr(lang, fmt.Sprintf(nl, n, len(paths), where), fmt.Sprintf(en, n, len(paths), where)))
	}
	return nil
}

// boardFile is how the roll-up names a plan file: by its name when it lies
// in the folder given, else as it was given.
func boardFile(path, dir string) string {
	if dir != "" && filepath.Dir(path) == filepath.Clean(dir) {
		return filepath.Base(path)
	}
	return path
}

// boardDay is the day the roll-up is judged on: --date, else the export's
// day (today, or SOURCE_DATE_EPOCH's).
func boardDay(s string, lang model.Lang) (time.Time, error) {
	if s == "" {
		return exportDay(lang)
	}
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return time.Time{}, usageErr(fmt.Sprintf("board: --date %q is geen datum in de vorm JJJJ-MM-DD", s),
			fmt.Sprintf("board: --date %q is not a date of the form YYYY-MM-DD", s))
	}
	return d, nil
}

// readSettings reads the board file given with --ceiling.
func readSettings(path string, lang model.Lang) (board.Settings, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return board.Settings{}, inputErr(openMessage(path, err, lang))
	}
	s, err := board.ParseSettings(data)
	if err != nil {
		if se, ok := err.(*board.SettingsError); ok {
			return board.Settings{}, inputErr(path + ": " + se.Message(lang))
		}
		return board.Settings{}, err
	}
	return s, nil
}

// The roll-up keeps a few MB alive (one plan per worker and the summaries)
// while every plan's load allocates about 3 MB, so at the default GOGC the
// collector ran some 270 times for 200 large plans, about 8% of the CPU.
// At 400 the process used 11% less CPU (five paired runs, 200 schools) for
// 11 MB more peak memory, which still does not grow with the number of
// schools. A GOGC the user set is left alone. The setting is the
// process's, and tests run commands side by side in one process, so the
// first board to start sets it and the last to end puts it back.
var gc struct {
	sync.Mutex
	boards int
	prev   int
}

// lessGC raises GOGC for a roll-up or an export (cmdExport: 12% less CPU
// for the large plan, docs/performance.md) and returns the function that
// ends it.
func lessGC() func() {
	if os.Getenv("GOGC") != "" {
		return func() {}
	}
	gc.Lock()
	if gc.boards == 0 {
		gc.prev = debug.SetGCPercent(400)
	}
	gc.boards++
	gc.Unlock()
	return func() {
		gc.Lock()
		gc.boards--
		if gc.boards == 0 {
			debug.SetGCPercent(gc.prev)
		}
		gc.Unlock()
	}
}
