// Package board rolls the plans of a school board's schools up into one
// view: what the board must decide on is the whole, not each plan on its
// own. It is pure Go on model and planning values, like planning: no files,
// no clock, no database (model/workspace reads the files; the date the
// roll-up is judged on comes in as an argument).
//
// # Two steps, so that plans need not be held
//
// Summarise turns one plan and its analysis into a School: the little the
// board keeps of it (about a kilobyte, plus the messages of its three most
// important findings), so that a board of 200 large plans never holds 200 plans.
// RollUp then puts the Schools together into a Board.
//
// Per school: the route verdict with T and E, the positions now and goal in
// the balance matrix, the five bouwsteen levels now and goal (the heat map's
// row), the cash out and burden per plan year with the cash out per
// bouwsteen, the cost per pupil per year and over the period, the human
// share, the findings counted per severity (and the codes of the high
// ones), the plan status (plan.Status: adopted means vastgesteld) and the
// adoption date (plan.Adoption.Date, which may be unknown for an adopted
// plan).
//
// For the board: per calendar year the cash out of every school and per
// bouwsteen, against the board's own ceiling per year when the board gives
// one (Settings, read by ParseSettings from board.json, format
// balansplan-board/1; docs/board.md). A school's own budget_ceiling is the
// school's business and is not added up: the board's ceiling is what the
// board can carry, which is not the sum of what the schools allow
// themselves. Then the human share over all schools, the mean level per
// bouwsteen over the schools (each school counts once, whatever its size
// or team), and the schools that need attention: with a high-severity
// finding, without an adopted plan, with a plan period that has ended
// (the period's last calendar year lies before the date of the roll-up),
// and files that hold the same plan (the same plan ID: a participant's
// copy or a sync program's conflict copy beside the original, which would
// count the plan twice).
//
// # The heat map
//
// A school's level of a bouwsteen is the team's mean "now" score (1 to 5;
// planning.Levels). The map marks a level below WeakBelow as laag and one of
// StrongFrom or more as hoog (Band). The bounds are Balansplan's own, the
// middle of the five-point scale plus and minus half a point; Kennisnet's
// model names no numbers. A level nobody scored is unknown, never 0.
//
// # Order and output
//
// Schools are ordered by name (case folded, then as written), then BRIN,
// then file, so that the same files give the same Board, the same text
// (Report) and the same JSON bytes (Board.JSON, format balansplan-rollup/1)
// in whatever order they were read. Money stays in cents; the per-pupil
// amounts are rounded to the cent as planning rounds its own (half a cent
// away from zero).
package board
