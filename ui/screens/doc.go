// Package screens holds the screens of Balansplan's window, one file each
// (screen_overview.go, screen_school.go, ..., screen_benchmark.go), and
// the registry that lists them in sidebar order. A screen is built by its
// function from a Host, which gives it the open document, the user's
// texts, editing (with undo) and navigation, and nothing of the window's
// own state; it returns an object with Content and Refresh, and
// optionally SelectCode (screens that list entities with codes) and Filter
// (screens with a list the search field narrows).
//
// The screens that list entities beside a form of the chosen one
// (visions, investments, participants) embed form.ListAndForm. The rules
// of the plan itself are model's and planning's: a screen deletes with
// model.Plan.RemoveVision and RemoveInvestment, moves an investment to
// another bouwsteen with MoveInvestment and changes the period with
// SetPeriod, each as one edit that undo takes back whole.
//
// What the analysis says is shown in planning's words and numbers: the
// route's shares through planning.FormatShare ("n.v.t." when there is
// nothing to divide) with the verdict's reason (RouteText, shared with
// the presentation), the overview's findings whole (Analysis.Top) or
// planning.NothingToAct when there are none, the benchmark's wifi as a
// sentence and derived figures marked, and on Zelfevaluatie the team
// profile with where its groups come from (TeamProfileText).
//
// Every screen fits the part of a 1024x640 window beside the sidebar
// without scrolling sideways: the overview's figures stand in as many
// columns as fit (widgets.ColumnsLayout), list and form share the width
// with the form's long choices shortened, legends wrap, and the budget's
// columns are measured at the current text size. Screens with a chosen
// entity implement Deleter (the Delete key); the investments screen
// duplicates one; the agreements screen is Filterable like the lists.
// Without a budget ceiling nothing is "within the ceiling"; a score says
// what its number means on the question set's scale (ScoreLabels); the
// benchmark's sources are written out (SourceText); the plan heading
// names the period once (PlanHeading).
//
// The Workshop screen is ui/workshop's; the shell adds it after these.
package screens
