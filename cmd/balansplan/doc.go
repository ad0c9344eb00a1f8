// Command balansplan is the Balansplan program: without a subcommand it
// opens the desktop application (on the given plan file, the last one used,
// or the demo plan on first start); with a subcommand it works without a
// display, for scripts and for tests.
//
// The desktop application is a program of its own, balansplan-gui
// (cmd/balansplan-gui), which `make build` puts beside balansplan.
// balansplan checks the application's arguments, then hands over to it
// with the same arguments and environment (on Unix it execs it, keeping
// its process id) and ends with its exit status; without it, it says in
// the user's language which file is missing. This program links no GUI
// code at all: Go initialises every linked package before main, and
// fyne's packages cost each subcommand about 45 ms of CPU
// (cmd/internal/desktop; figures in docs/performance.md).
//
//	balansplan [PLAN.balans] [--lang nl|en]
//	balansplan demo    --out F.balans [--large]
//	balansplan import  --in F.json --out F.balans
//	balansplan export  --in F.balans --out F.pdf [--report plan|workshop]
//	balansplan export  --in F.balans --out R.pdf --report voortgang --year YEAR
//	balansplan export  --in F.balans --out F.json [--format pdf|json]
//	balansplan analyse --in F.balans [--json]
//	balansplan check   --in F.balans [--repair]
//	balansplan copies  --in F.balans P1.balans [P2.balans ...]
//	balansplan merge   --out M.balans [--prefer A.balans] A.balans B.balans [...]
//	balansplan answers --in F.balans --csv answers.csv [--map mapping.json] [--skip 3,7] [--questions vib-1]
//	balansplan next    --in F.balans --out G.balans --start YEAR [--years N]
//	balansplan diff    --in F.balans [--from VERSION] [--to VERSION] [--json]
//	balansplan board   --dir D [--ceiling board.json] [--json | --out board.pdf] [--date YYYY-MM-DD]
//	balansplan board   --db URL [--ceiling board.json] [--json | --out board.pdf] [--date YYYY-MM-DD]
//	balansplan db init --db URL
//	balansplan db school --db URL --board B --school BRIN [--name NAME]
//	balansplan db grant --db URL --user NAME --role director|board|consultant|supervisor --board B [--school BRIN] [--until YYYY-MM-DD]
//	balansplan checkout --db URL --school BRIN [--plan ID] --out F.balans
//	balansplan publish --in F.balans --db URL [--school BRIN] [--prefer file|db]
//	balansplan help
//	balansplan version
//
// Every subcommand also takes --lang nl|en; without it the language comes
// from BALANSPLAN_LANG, LC_ALL, LC_MESSAGES or LANG, and is Dutch when none
// names nl or en. analyze is another spelling of analyse. export chooses
// JSON when --out ends in .json and --format is not given; --large writes
// the generated plan of the performance measurements instead of the demo.
//
// export --report voortgang (or progress) --year Y writes the progress
// report of year Y (voortgangsrapportage, for the school's jaarverslag);
// the year must lie in the plan period. next writes a new plan file that
// starts the next plan from this one (planning.NextPlan): the unfinished
// investments carried over, the evaluation as its starting point, the
// latest self-assessment round as its first round and a link back; it
// never overwrites a file, and --years defaults to the old plan's length.
//
// The PDF plan is dated by the plan's own date; a plan without one is
// dated on the day of the export, and its cover says so. SOURCE_DATE_EPOCH
// (seconds since 1970, UTC), when set, is that day, so that a script
// makes the same bytes on any day; a value that is not a whole number of
// seconds is refused (exit 1).
//
// A plan that does not pass model validation (a file changed by another
// program: an unknown value, a duplicate code, a link to nothing, text
// that is not UTF-8, an amount out of range) is refused by every command
// that reads it, with exit 1 and one line per problem naming the file,
// the entity and the field; check lists the same problems. export --format
// json, in addition, never writes a file that import would refuse.
//
// A plan file whose save was interrupted (the program killed, the machine
// crashed) holds a hot journal that only a writer can undo; the commands
// that read refuse it and say so. check --repair undoes it first, as
// opening the file in the app would (store.Repair), says what it did,
// and then checks; it changes nothing in a file that was closed properly.
//
// Exit status: 0 on success, 1 on a problem with the user's input (one
// line per problem on stderr, in the user's language), 2 on wrong usage.
// No command modifies a file it only reads (answers changes its plan
// file, in one transaction, and only when every row is good; check
// --repair finishes an interrupted save): input plans are opened
// read-only, and every output is written to a temporary file first and
// renamed into place, so a failed command leaves no partial file.
//
// The package holds wiring only: parsing flags, choosing the language and
// calling model, store, planning and export, and starting the app.
package main
