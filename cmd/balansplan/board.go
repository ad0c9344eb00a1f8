package main

import (
	"context"
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
	"balansplan/model/pgstore"
	"balansplan/model/workspace"
	"balansplan/planning"
	"balansplan/planning/board"
)

// cmdBoard rolls up the plans of a school board's schools:
//
//	balansplan board --dir D [--ceiling board.json] [--json | --out board.pdf] [--date YYYY-MM-DD]
//	balansplan board [--ceiling board.json] A.balans B.balans [...]
//	balansplan board --db URL [--ceiling board.json] [--json | --out board.pdf] [--date YYYY-MM-DD]
//
// With --db the plans come from the board's PostgreSQL database, each
// plan the person logging in may see (row-level security decides), read
// one at a time (readDBBoard); the output and exit codes are the folder's.
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
	dbURL := fs.String("db", "", "the board database (a PostgreSQL URL), instead of a folder")
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
	if *dbURL != "" && (*dir != "" || len(files) > 0) {
		return usageErr("board: kies --db of --dir (of planbestanden), niet allebei",
			"board: choose --db or --dir (or plan files), not both")
	}
	if *dir == "" && len(files) == 0 && *dbURL == "" {
		return usageErr("board: geef --dir met de map van de planbestanden, --db met de bestuursdatabase, of noem de planbestanden",
			"board: give --dir with the folder of the plan files, --db with the board database, or name the plan files")
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

	defer lessGC()()
	var b *board.Board
	var total int
	if *dbURL != "" {
		schools, unread, err := readDBBoard(*dbURL, lang)
		if err != nil {
			return err
		}
		total = len(schools) + len(unread)
		if total == 0 {
			return inputErr(tr(lang,
				"de database heeft geen plan dat je mag zien",
				"the database holds no plan you may see"))
		}
		b = board.RollUp(schools, settings, on, unread, nil)
	} else if b, total, err = readFolderBoard(*dir, files, *out, settings, on, lang); err != nil {
		return err
	}
	unread := b.Unread

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
		if *dbURL != "" {
			nl, en = "%d van de %d plannen telden niet mee; %s", "%d of the %d plans were not counted; %s"
			if n == 1 {
				nl, en = "%d van de %d plannen telde niet mee; %s", "%d of the %d plans was not counted; %s"
			}
		}
		return inputErr(tr(lang, fmt.Sprintf(nl, n, total, where), fmt.Sprintf(en, n, total, where)))
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

// readFolderBoard reads the plan files of dir and files (through copies)
// and rolls them up; total is how many files there were.
func readFolderBoard(dir string, files []string, out string, settings board.Settings, on time.Time, lang model.Lang) (*board.Board, int, error) {
	var paths, skipped []string
	var err error
	if dir != "" {
		if paths, skipped, err = workspace.Files(dir); err != nil {
			return nil, 0, err
		}
	}
	for _, f := range files {
		for _, p := range paths {
			if samePath(f, p) {
				return nil, 0, inputErr(tr(lang, fmt.Sprintf("%s staat twee keer in de lijst", f), fmt.Sprintf("%s is listed twice", f)))
			}
		}
		paths = append(paths, f)
	}
	if len(paths) == 0 {
		return nil, 0, inputErr(tr(lang,
			fmt.Sprintf("in de map %s staan geen .balans-bestanden", dir),
			fmt.Sprintf("the folder %s holds no .balans files", dir)))
	}
	for _, p := range paths {
		if out != "" && sameFile(p, out) {
			return nil, 0, inputErr(tr(lang, fmt.Sprintf("de bestuursrapportage mag niet over het planbestand %s heen", p),
				fmt.Sprintf("the board report must not replace the plan file %s", p)))
		}
	}
	res, err := workspace.Read(paths, 0, func(path string, p *model.Plan) board.School {
		// The benchmark is no part of the roll-up: no reference needed.
		return board.Summarise(boardFile(path, dir), p, planning.Analyse(p, nil))
	})
	if err != nil {
		return nil, 0, err
	}
	unread := make([]board.Unread, len(res.Problems))
	for i, p := range res.Problems {
		unread[i] = board.Unread{File: boardFile(p.Path, dir), Kind: string(p.Kind), Reason: p.Reason, Text: p.Text}
	}
	return board.RollUp(res.Plans, settings, on, unread, skipped), len(paths), nil
}

// readDBBoard reads every plan of the board database at url that the
// person logging in may see (row-level security decides which), one at a
// time, and keeps each one's summary; a plan that does not load or does
// not pass model.Validate is listed as not counted, as a bad file is.
// A plan is named by its school's key (the BRIN), which is where the
// database keeps it.
func readDBBoard(url string, lang model.Lang) ([]board.School, []board.Unread, error) {
	ctx, cancel := context.WithTimeout(context.Background(), dbTimeout)
	defer cancel()
	s, err := pgstore.Open(ctx, url, pgstore.Options{})
	if err != nil {
		return nil, nil, err
	}
	defer s.Close()
	var schools []board.School
	var unread []board.Unread
	err = s.EachPlan(ctx, func(e pgstore.Each) error {
		if kind, reason, text := e.Trouble(); kind != "" {
			unread = append(unread, board.Unread{File: e.SchoolID, Kind: kind, Reason: reason, Text: text})
			return nil
		}
		schools = append(schools, board.Summarise(e.SchoolID, e.Plan, planning.Analyse(e.Plan, nil)))
		return nil
	})
	return schools, unread, err
}
