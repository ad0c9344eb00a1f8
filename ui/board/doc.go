// Package board is the board window (issue 16): a school board's view over
// the plans of all its schools, opened from File > "Bestuursmap openen…".
//
// A folder of .balans files is read by model/workspace, which copies every
// file and opens only the copy, so the schools' files (often on a network
// share or in a sync folder) are never opened for writing, and rolled up by
// planning/board, the same roll-up as `balansplan board` and the
// bestuursrapportage. Reading runs on a goroutine of its own; the window
// shows a progress bar meanwhile and gets the result through fyne.Do, so a
// board of two hundred schools never freezes the window. A file named
// board.json or bestuur.json in the folder is the board's settings
// (balansplan-board/1: its name and its ceiling per year), as --ceiling is
// for the command; a settings file that cannot be used is said in one line
// and the board is shown without a ceiling.
//
// The window has four tabs, each of which fits 1024x640:
//
//   - Scholen: the school table. A click on a column's header sorts by it
//     (again: the other way round); the search field narrows the rows to
//     schools whose name, BRIN, file or status holds the text, and "vraagt
//     aandacht" to the schools of the roll-up's attention lists (a
//     high-severity finding, no adopted plan, period ended, the same plan
//     twice). The arrow keys move through the table; Enter or a double
//     click opens the school.
//   - Heatmap: schools by bouwsteen, each cell coloured by its band
//     (board.BandOf: red laag, yellow midden, green hoog, grey unknown) with
//     the level written in it, and the board's mean as the last row.
//   - Begroting: the board's budget chart, planning/chart.BudgetBars over
//     the board's years (board.Board.Budget), against the board's ceiling.
//   - Niet gelezen: the files that were not counted, one line each with
//     the reason, and the files that were skipped.
//
// Opening a school shows its plan read-only in a window of its own: the
// shell has no read-only mode, and the roll-up already holds what a board
// member looks at (board.School: status, route with T and E, levels now and
// goal, budget per year, the most important findings), so the window shows
// that, with nothing to edit, and never opens the plan file again.
//
// # From the board database
//
// OpenDB shows the same window for a board's PostgreSQL database (issue
// 17): every plan the person logged in may see, as the database's
// row-level security decides, read one at a time through
// pgstore.Store.EachPlan with the same progress, named by school key where
// a folder's are named by file. AskDB is File > "Bestuursoverzicht uit
// database…": it asks for the connection with ui/dbopen's dialog
// (dbopen.Connect; the password asked each time, never stored) and then
// calls OpenDB. A database has no board.json, so that board has no ceiling;
// the command line's --ceiling gives one. dbshots.sh makes
// docs/img/board-db.png against a throwaway server filled by
// internal/shotboard.
package board
