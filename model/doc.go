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
//     each with the entity, the field and the reason, in Dutch and English.
package model
