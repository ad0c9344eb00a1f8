// Package workshop is the part of Balansplan's window in which a
// consultant runs a workshop with the school team. It is given the window
// as a Host (what every screen gets, plus the app, the file dialogs, the
// status line, the export runner and a way to give the window back after
// a session); ui/shell is the real one. The package planning/workshop,
// with the question sets, the roll-up of answers and the tally of votes,
// is imported as rounds.
//
// # Parts
//
// The Workshop screen (screen.go) and the Workshop menu of ui/shell lead
// to its parts:
//
//   - A guided self-assessment in turns on one laptop (guided.go):
//     each participant gives a name and a role, then answers the
//     statements of the current question set (assets, parsed by
//     planning/workshop) one bouwsteen a page, now and goal, on a scale
//     widget that takes the keys 1 to 5 and 0 for "weet niet"
//     (scale.go), and ends on a page that asks which ict applications
//     they use at least weekly (form.Checklist: untouched it records
//     nothing, "geen van deze" records none). The assessment is added
//     when the turn starts,
//     with the set's version; every answer is written at once with the
//     bouwsteen scores rolled up by rounds.Rollup, and a whole turn is
//     one undo step (Document.EditGroup). The Zelfevaluatie screen shows
//     such scores read-only, with how many answers and which set they
//     came from, so that they keep agreeing with the answers.
//   - A dot-voting round in turns (voting.go): each participant spreads at
//     most plan.VoteBudget points over the investments that are neither
//     cancelled nor finished (rounds.Candidates); points are written as
//     they are given, and
//     the ranking (rounds.Tally) is shown at the end, on the Workshop
//     screen and in the presentation.
//   - While a round runs it is a session (session.go) that has
//     the window to itself: no sidebar, no screens, a menu with only "end
//     session", undo and redo off. That is how "earlier answers are
//     hidden from the next participant" is kept: each turn starts on blank
//     pages and ends on a page that shows nothing of what was answered.
//   - Several laptops (files.go): "Kopie voor deelnemer maken"
//     writes a copy that records its merge base (Document.
//     SaveParticipantCopy); "Kopieën samenvoegen" reads copies
//     (document.ReadCopy), merges them with the open plan as the first
//     copy (three-way when every copy carries the same base, else
//     two-way: merge.CommonBase), refuses a copy of another plan with
//     model/merge's message naming both plans (merge.SamePlan), lists every
//     conflict with a choice per conflict (merge.MergeChoosing, keyed by
//     Conflict.Key) or one copy for all, and writes the result as one
//     edit once every conflict is decided and the result validates.
//   - Answers from a spreadsheet (files.go): a CSV read by
//     model/answers, by column name or with a mapping file. The dialog
//     lists each bad row with its message and a check box to skip it;
//     Import is enabled only when nothing is wrong with the file itself
//     and every bad row is skipped on purpose. The import is one edit.
//   - The presentation (presentation.go): a window of its own, full
//     screen, in a theme with about twice the type and the light variant.
//     Arrow keys, Page Up/Down, space, Home and End step through the
//     slides, Esc closes. Slides: title and who took part, the team's radar
//     with an outline per role and the spread, a radar per role, where
//     leaders and teachers disagree (a dumbbell figure, chart.Disagreement,
//     red where planning reports assessment_divergence), the team
//     profile (kopgroep, peloton, staartgroep, with where the groups come
//     from), the balance matrix, the route with its reason, the findings three a slide and, once
//     there are votes, the ranking. Charts are laid out for the size they
//     get on the slide; planning/chart sizes their texts relative to it,
//     so they grow with the slide.
//   - The workshop report (Ctrl+Shift+E): export.ExportWorkshopPDF on a
//     goroutine with the same progress dialog as the plan's PDF.
//
// # Rules
//
//   - Everything runs on fyne's goroutine; the report's goroutine comes
//     back through Host.RunExport.
//   - A session ends only through its own button (or Ctrl+W) or
//     EndSession; undo and redo are off while it runs (InSession).
package workshop
