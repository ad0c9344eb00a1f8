// Package planning says what an ict-beleidsplan means in terms of Kennisnet's
// Vier in balans model: how the team rates the bouwstenen, where the plan
// stands in the balance matrix, whether it is onderwijsgedreven or
// techniekgedreven, what it costs per year and per bouwsteen, what the
// school should look at (findings), and how its key figures compare with
// the national monitor of 2013.
//
// The entry point is Analyse(plan, reference), which returns an Analysis:
// a plain value that the GUI shows, the PDF prints, and `balansplan
// analyse` writes as text (Report) or JSON (Analysis.JSON, format
// balansplan-analysis/2). The subpackage chart turns an Analysis into
// device-independent pictures for both renderers. docs/analysis.md explains
// every rule and threshold for a school director; the contract is §3 and §4
// of shared/reference/plan-format.md.
//
// # Concepts
//
//   - Levels (§4.1): per bouwsteen the mean "now" and "goal" of the
//     self-assessment, per role as well; human factors are visie and
//     deskundigheid, material factors inhoud and infrastructuur, and the tilt
//     is material minus human.
//   - Position (§4.2): a cell of the 3x3 matrix of onderwijsvorm (teaching)
//     and leermateriaal (material). The goal's material side comes from the
//     investments, weighted by their cash out, so that the matrix shows what
//     the money buys rather than what the plan says it wants: the learning
//     material (inhoud) first, the infrastructure only when no inhoud
//     investment names a type, pilots never (a pilot is a deliberate small
//     step ahead, not the school's position).
//   - Route (§4.3): T is the share of the material money that traces back to
//     a vision statement, E the share of traced material investments that
//     some human-factor investment (visie or deskundigheid) for the same
//     vision precedes. A share with nothing to divide is unknown (a Level
//     that is not Known: null in the JSON, "n.v.t." in text), never 0 or 1.
//     Without vision statements the verdict is visie_ontbreekt: the route
//     cannot be judged.
//   - Budget (§3): cash out (what is paid in a year) and burden (what a year
//     carries: expensed one-off costs, depreciation, recurring costs).
//   - Findings (§4.4): each with a severity and a message in Dutch and
//     English that says what is wrong and what to do, in the order of §4.4:
//     severity, then the domain's order (cause before symptom: no_vision,
//     low_human_share, technology_before_expertise, ... see Codes), then
//     subject. A summary takes them in that order (Analysis.Top) and never
//     cuts a message; with no findings it says NothingToAct, never that the
//     plan is in balance. Messages write months in words, numbers with the
//     analysis's precision (FormatPoints, FormatPercent: "minder dan 1%"),
//     and never advise dropping a training. The thresholds are Balansplan's
//     own; Kennisnet's model names no numbers.
//   - Team profile (§4.4a): the participants who recorded their weekly ict
//     applications, per group (staartgroep at most 3, peloton 4 to 9,
//     kopgroep 10 or more).
//   - Benchmark (§4.5): within a tolerance (2 percentage points, 0.3 pupils
//     per computer) the outcome is gelijk ("ongeveer gelijk"); wifi is an
//     Info line stated in a sentence, never compared; medium-confidence
//     figures are Derived and marked wherever shown; FiguresYear is said
//     once per place.
//
// # Invariants
//
//   - Pure: the package imports nothing of fyne, gorm, gofpdf or
//     database/sql, not even indirectly (a test checks), and reads no files;
//     reference data come in as bytes (ParseReference). The figures shipped
//     in the binary are parsed once, from the embedded assets.Monitor2013,
//     by BuiltinReference: every caller gets the same *Reference, which
//     nobody modifies. assets is a leaf package of embedded data; a test
//     keeps it one.
//   - Deterministic: the same plan gives the same Analysis and the same JSON
//     bytes, whatever the order of its visions, investments, agreements and
//     assessments. Scores are summed as integers and money as cents, so sums
//     do not depend on order; every list is sorted by a total order (codes
//     as people read them, then bytes).
//   - Exact money: amounts stay model.Money (cents) throughout; only shares
//     and levels are floating point, and they are rounded for output only
//     (Round: three decimals in the JSON).
//   - Total: Analyse never fails, never panics on an invalid plan and never
//     follows dependency chains, so a dependency cycle (which model.Validate
//     rejects) cannot make it loop.
//   - Cancelled investments (geschrapt) count nowhere: not in the budget,
//     the route, the matrix, the findings or the charts.
//
// On purity: `go list -deps ./planning` shows one package from the database
// family, database/sql/driver. It comes from github.com/google/uuid (its
// Value and Scan methods), which model uses to make and check entity IDs;
// it is an interface definition only. planning itself reaches no database,
// and .ci/layers.sh and TestPlanningImportsNoGUIPDFOrDatabase keep database/sql, gorm,
// fyne and gofpdf out of its dependencies.
package planning
