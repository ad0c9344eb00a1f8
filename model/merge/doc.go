// Package merge brings the copies of a plan back together after a
// workshop in which every participant worked in a copy of their own.
// It is pure Go on model types: no files, no clock.
//
// # Matching
//
// Entities are matched by their UUID, never by code or position: a
// vision, investment, agreement, assessment, vote, inventory line, task
// (the organisation of ict), risk or domain of the maturity register is
// the same entity in two copies when it has the same ID. The plan's chosen
// themes are a set, merged theme by theme (themes.go). The plan's header (with the board chapters' blocks
// and texts under "plan"), the school and the key figures are one entity
// each. Every field of an entity is merged
// on its own, under the name the interchange format gives it ("title",
// "cost.one_off", "plan.budget_ceiling.2027", "scores.visie.now").
// Links are fields too: an investment's visions and depends_on, a
// vision's returns, an assessment's answers and a vote's points are each
// compared as a whole, as a set (their order does not count as a change).
// So is an assessment's list of applications, where not recorded (nil)
// and recorded as none (empty) are different values: a conflict shows
// them as "" and "–". The signature lines under the adoption block are
// one value too, compared in their order: who signs is settled as a
// whole, so two copies that each add a line are a conflict to choose,
// never two lines added up.
//
// # One plan
//
// Only copies of one plan are merged: the copies, and the base, must all
// carry the same plan ID. Copies of two plans (two schools, or a plan made
// anew) are refused before anything is merged, whatever copy is preferred
// (SamePlan, DifferentPlansError; Merge returns no plan and one conflict
// of reason DifferentPlans), since no choice could make one school's
// visions and investments belong to another.
//
// # With a base: three-way
//
// When the copies were made from one snapshot (store.SaveParticipantCopy
// records it), each copy is compared with that base. CommonBase is the
// rule that says when they were, for the app and the command line alike:
// every participant's copy carries a base and all carry the same one
// (the same hash); one copy without it makes the merge two-way. Each copy
// is compared with the base:
//
//   - a field changed in exactly one copy takes that copy's value;
//   - a field changed to the same value in several copies takes it;
//   - a field changed to different values is a conflict (Changed);
//   - an entity added in a copy is taken;
//   - an entity deleted in a copy and unchanged in all others is deleted;
//     deleted in one and changed in another is a conflict
//     (DeletedChanged);
//   - an entity deleted in one copy while another copy newly links to it
//     (an investment that now serves a deleted vision, points for a
//     deleted investment) is a conflict too (DeletedLinked).
//
// # Without a base: two-way
//
// Copies that do not share a base (made by "save as", or from different
// states of the plan) can only be compared with each other: any
// difference in a field is a conflict, and an entity that some copies
// have and others do not is a conflict (Presence), since nothing tells
// whether it was added or deleted. An entity that only one copy has is
// taken.
//
// # Choosing
//
// Nothing is overwritten silently. Every conflict is returned, and a
// caller may choose per conflict which copy wins (MergeChoosing) or let
// one copy win them all (Merge with prefer). The chosen copy's version is
// taken, also where that copy left the field as it was in the base, and
// also for the existence of an entity: when the chosen copy has deleted
// it, it goes, and links to it go with it, by the model's rule for
// deleting one (Plan.RemoveVision, Plan.RemoveInvestment). A conflict in which the chosen
// copy has no say (it does not have the entity) stays unresolved.
//
// The merged plan must validate. When every conflict is resolved, Merge
// validates the result and returns each problem (a dependency cycle made
// by two edits that were fine on their own, two new investments with the
// same code) as a conflict of reason Invalid, which no choice resolves:
// the consultant must fix a copy and merge again. While conflicts remain
// unresolved, the returned plan shows the base's value (or, without a
// base, the first copy's) in their place and keeps contested entities; it
// is for display and must not be saved.
//
// # The plan's life
//
// Realisation and yearly evaluations are merged per cell: every year some
// copy has is a field of its own, "realisation.2027" of an investment and
// "evaluations.2027" of a vision. Two participants who recorded different
// years (or different investments) both count; two who recorded the same
// year of the same investment differently are a conflict (Changed),
// chosen like any other. The plan's status history and its frozen
// versions are append only: entities matched by ID, so what a copy added
// is taken and the lists become the union of the copies'; two copies that
// each froze a version with the same number keep both, and Validate makes
// that an Invalid conflict the consultant settles. An investment's status
// history has no IDs: it becomes the union of its entries in the base and
// the copies (an entry given in several copies once), in date order, and
// is never a conflict; the investment's status is a field like any other.
// An assessment's round (year) is a field of the assessment. The link
// back (Plan.Previous) is three fields of the plan, merged one by one.
//
// # Order
//
// The merged lists keep the base's order; entities added in copies follow,
// first those of the first copy in its order, then the second's, and so
// on. A reordering within a copy is not merged. Conflicts come in a fixed
// order: plan, school, key figures, visions, investments, agreements,
// assessments, votes, inventory, organisation, risks, status changes,
// versions; within a kind in
// the order of the merged list, and
// fields in the order of the interchange format.
package merge
