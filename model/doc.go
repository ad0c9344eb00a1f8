// Package model says what an ict-beleidsplan is in Balansplan: a school, a
// plan period with its ambition and its position in the Vier in balans
// model, the vision statements (visie), the investments per bouwsteen with
// their timing and costs, the agreements (afspraken), the team's
// self-assessment and a few key figures (indicators).
//
// The package is the bottom of the house: it imports nothing of fyne, gorm
// or gofpdf, so that planning can use these types and stay pure Go. The
// .balans file lives in the subpackage store; the interchange format
// balansplan/1 (JSON) lives here, in interchange.go, because it is a
// property of the domain rather than of any storage.
//
// Invariants worth knowing:
//
//   - Every entity has a UUID (ID) that never changes, so that copies of a
//     plan made on different laptops can be merged. Codes ("V1", "D3") are
//     human handles, unique per plan, and may be renamed.
//   - Links between entities (an investment serving a vision, an investment
//     depending on another) hold IDs, not codes, so that renaming a code
//     never breaks a link. The JSON format uses codes; import and export
//     translate.
//   - Enumerations are Dutch words, as in the contract
//     (shared/reference/plan-format.md); every value has a Dutch and an
//     English label for the user.
//   - Money is held in whole cents (Money) so that sums are exact and the
//     analysis is the same byte for byte on every machine.
//   - A Month is a calendar month inside the plan period; the zero Month
//     means "not set" (an open end).
//   - Validate never stops at the first problem: it reports every problem,
//     each with the entity, the field and the reason, in Dutch and English,
//     always in the same order (the plan's fields in the order of the
//     interchange format, then each list in the plan's order).
//   - Validate is on the path of every keystroke in the GUI (a form's
//     check, the store's commit), so the usual case is kept cheap without
//     a weaker check: a text of printable ASCII passes in one pass over
//     its bytes (plainText) and only any other text meets the UTF-8 and
//     Unicode checks; a field name is spelled out only for a problem; a
//     topological sort shows that there is no dependency cycle before the
//     sorted search that names one. validate_fast_test.go holds each
//     quick path against the full check; BenchmarkValidateLarge measures.
//
// # Fields
//
// A field is named once, as a Field constant (fields.go), in the spelling
// of the interchange format relative to its entity: FieldSchoolName is
// "school.name", FieldCostOneOff "cost.one_off", FieldScoreNow
// "scores.*.now" (a pattern: Key and At fill in a map key or a list
// position, Pattern goes back). Problem.Field, the JSON codec, the store's
// messages, the merge and the forms use these. FieldSpecs ties every value
// a Plan holds to its Field, its entity and its Go path, and says for the
// two booleans why Validate has no rule. Tests walk the Go types by
// reflection against that list: in this package, that each field is in the
// list, survives the JSON codec and is checked by Validate; in store, that
// it survives a .balans file; in merge, that it merges.
//
// # Money
//
// Money is int64 cents, but a plan holds amounts only up to MaxMoney, one
// billion euros (100,000,000,000 cents), in either direction: ParseMoney
// refuses more on input and Validate on load, so no sum the analysis makes
// can overflow. ParseMoney is exact: a fraction of a cent ("0.005") is an
// error, never rounded. Every int64, math.MinInt64 included, still prints
// correctly (String, Parts), so a message about a damaged file shows the
// amount it found.
//
// # Text
//
// Every text field is valid UTF-8 of at most MaxTextLen characters without
// control characters (Unicode Cc: U+0000-U+001F, U+007F-U+009F); the
// multi-line fields (a vision's text, an investment's description, an
// agreement's text) may hold tab, CR and LF. A code may hold no invisible
// character either (Unicode Cf: zero-width spaces and joiners, direction
// marks and overrides, the byte order mark), and codes are unique after
// CodeKey: trimmed, NFKC-normalised and case-folded, so "D1", "d1", "D1 "
// and a full-width "Ｄ１" are one code. Validate applies these rules, so
// they hold for a plan from a file as much as for an import. The importer
// adds what only the JSON shows: a key given twice in one object and half
// a UTF-16 surrogate pair are errors naming where; a UTF-8 byte order mark
// at the start is accepted.
//
// # Fields of analysis/2
//
// Three optional fields feed the findings and the team profile of
// analysis/2:
//
//   - Investment.Focus (JSON "focus"; Focus: didactisch, instrumenteel,
//     organisatorisch; "" or null is not said) says what a deskundigheid
//     investment trains. Only deskundigheid has one: a focus on an
//     investment of another bouwsteen is a Validate problem on "focus"
//     (reason deskundigheid_only) rather than something kept and
//     ignored, and MoveInvestment clears it when an investment leaves
//     deskundigheid. An unknown value is reason enum.
//   - Vision.Evaluation (JSON "evaluation": {"indicator", "moment"}, null
//     when neither is given) is how and when the school will see the
//     returns come. Either half may be empty; Evaluation.Complete (both
//     given) is what the finding returns_without_evaluation asks. The
//     indicator is a text that may run over lines, like the vision's own
//     text; the moment a Month inside the plan period, checked like an
//     investment's start.
//   - Assessment.Applications (JSON "applications") are the ids of the ict
//     applications the participant uses at least weekly, from the
//     contract's list of 20 (Applications, in its order); an unknown id is
//     reason enum and an id listed twice reason duplicate, both on
//     "applications". The list keeps "not recorded" apart from "recorded,
//     none", since the team profile counts only participants who recorded
//     them: nil in Go and null (or no key) in JSON is not recorded; an
//     empty list in Go and [] in JSON is recorded, none
//     (Assessment.RecordedApplications). Clone, the codec, the store and
//     the merge keep the two apart.
//
// Focus and Application carry, beside their Label, an Explanation: one
// line in both languages that a form shows under the field or beside the
// check box.
//
// # The board chapters
//
// board.go holds what a school board needs beside the analysis (issue
// 13): the proposal to the board, the adoption block (with the
// participation council's advice or consent and the signature lines), the
// inventory of the beginsituatie, the organisation of ict (tasks with
// their hours), the risk register, the privacy paragraph, the plan's own
// review and five chapters of prose. They are additions to balansplan/1
// (docs/plan-format-additions.md): the blocks under "plan", the three
// lists (inventory, organisation, risks) at the top level. Each is
// optional and left out of the JSON when empty, so a plan without them
// encodes to the bytes it did before they existed. Validate
// (boardcheck.go) checks their texts like any other, their dates like
// plan.date, their enumerations, and bounds the numbers: a quantity up to
// MaxQuantity, hours up to MaxHoursPerYear, a year from MinInventoryYear
// to the plan's end year; an inventory line needs a kind and a
// description, a task its name, a risk its description, a signature line
// a name or a function. Nothing links to their entries, so RemoveRisk,
// RemoveInventoryItem and RemoveResponsibility take the entry only.
//
// # The plan's life
//
// lifecycle.go holds what happens after the first draft (issue 15,
// docs/lifecycle.md): the plan's status history (StatusChange: status,
// date, by, note; append only), the versions frozen when it was adopted
// (Version: number, date, status and the whole plan as balansplan/1 JSON
// without its own versions; Version.Plan reads it back), the realisation
// and dated status changes of each investment (Realisation per year,
// InvestmentStatusChange), each vision's yearly evaluation
// (VisionEvaluation: a Rating and a note per year) and the
// self-assessment round of each assessment (Assessment.Year; 0 is the
// plan's first round, its start year). SetStatus, Adopt, NeedsRevision
// and StartRevision, RecordStatus, SetRealisation and SetEvaluation are
// the edits; none reads a clock: dates come in as YYYY-MM-DD. All of it is
// an addition to balansplan/1, left out of the JSON when empty
// (lifecyclejson.go), so a plan without it encodes to the bytes it did
// before. Validate (lifecyclecheck.go) checks years against the plan
// period and once per list, dates, ratings, amounts and version numbers
// (unique); of a version's content only that it is a JSON object, since
// Validate runs on every keystroke: the whole check is the importer's and
// Version.Plan's.
//
// A plan started from an earlier one names it in Previous (previous.go):
// that plan's ID, title and version, a reference by value, since the
// earlier plan lives in another file. It is plan.previous in the JSON,
// left out when zero.
//
// # Edits with a domain rule
//
// RemoveVision and RemoveInvestment delete an entity with every link to it
// (an investment's VisionIDs and DependsOnIDs, the vote points an
// investment got; a vote itself stays). MoveInvestment puts an investment
// in another bouwsteen, moving a code of the old block's series ("D4") to
// the new one's next free code ("I5"). SetPeriod changes the plan period
// and drops the budget ceilings outside it, once the period is valid. The
// GUI, the merge and tests call these, so that each rule exists once. They
// never write into a slice or map the plan may share with a copy.
package model
