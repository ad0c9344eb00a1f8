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
// # The board chapters (issue 13)
//
// Four screens after Benchmark hold what a board needs beside the
// analysis (model/board.go), so the shortcuts of the screens above stay
// what users learned (Ctrl+Shift+4 to 7), in the order a director writes
// them: Beginsituatie (screen_situation.go: the situation in words with
// the inventory, and the organisation of ict in words with its tasks,
// hours and their total, one tab each), Risico's (screen_risks.go: the
// register in the order entered, each card with its weight, likelihood
// times impact), Borging (screen_followup.go) and Bestuur
// (screen_board.go: the proposal with the amounts per year that follow
// from the investments, the adoption with the participation council, and
// the signatories, which move up and down, one tab each).
//
// The prose blocks go where a director looks for them. The plan's own
// evaluation, what happens after the plan period (the replacement plan),
// privacy and information security, and communication with the team are
// together on Borging: in Dutch schools they are the borging of a plan,
// what a board asks after "what does it cost": who keeps it going, and
// how we know it works. The link to the schoolplan is the plan's why: it
// stands on School en ambitie, under the ambition it explains.
//
// The lists are columns of cards (records.go, recordList), kept by ID
// (signatories, which have none, by position), each with a form of its
// own, so every edit takes the forms' path: tried as typed, written with
// an undo step that names the record ("kans van risico 2 gewijzigd"),
// invalid input kept with model.Validate's message. A new record gets a
// text to type over, since Validate refuses an empty description, task or
// signatory, and the cursor goes into it. Deleting asks first. The add
// buttons stand above their list, in a tab of their own where a screen
// has two lists, so they do not move when a list empties or grows.
// Risico's and Beginsituatie are Filterable (the search field narrows the
// cards); BoardTextScreen tells the shell's search which board screen
// holds a text.
//
// # Buttons that stay put, tables that fit, long titles
//
// A list screen's record buttons (Dupliceren, Verwijderen) stand in a bar
// at the top of the form pane (recordPane), not under the form, where a
// warning or a longer text above them used to move them (issue 11). The
// tables of Route, Begroting and Benchmark share the pane's width
// (widgets.FitTable): a title or a header gives up room first, ending in
// an ellipsis, an amount never; Benchmark shows a chosen row whole under
// the table. The route's gauges say T and E as percentages (RouteFigure),
// and the radar on Balans grows until a block name, measured in the font
// it is drawn in, meets the box's margin (GrowRadar).
//
// A title may be as long as any text (model.MaxTextLen) and the file
// keeps it whole. The window shows the first TitleShown (120) characters
// of it with an ellipsis where it names the plan (the overview's heading,
// the presentation's title slide); the School screen's one-line title
// field counts a longer title and says so. The window's title bar names
// the school and the file, not the title.
//
// # The plan's life (issue 15)
//
// Adoption, versions and what changed have a screen of their own,
// Versies (screen_versions.go), after Bestuur, rather than a fourth tab
// of Bestuur: Bestuur is what the board is asked to decide, written
// before the meeting; Versies is what happened to the plan afterwards,
// and the diff needs the whole width for its per-year table. It has three
// tabs: Status (record concept, besproken or vastgesteld with date, who
// and a note; the history, newest first), Versies (each frozen version,
// opened read-only in a window of its own under a banner "Alleen lezen:
// versie 0.9 van 2027-03-01", readonly.go, with its overview, visions,
// investments and budget as labels only) and Wijzigingen (planning.Diff
// between two versions or a version and the current state, by default the
// last adopted one against now: per entity added, dropped or changed with
// each field's old and new value, and the cash out per year and bouwsteen
// in both with the difference). Recording vastgesteld calls Adopt through
// SetStatus, so a version is frozen; recording it again on an adopted plan
// that did not change is refused with a message, since it would freeze
// the same plan under a new number.
//
// The first edit of an adopted plan starts a new concept version
// (docs/lifecycle.md); that is the window's Editor's work (form.Revising),
// so every screen's edits get it, in the same commit and undo step, with
// a label that says so. Recording realisation, an investment's dated
// status, an evaluation, a self-assessment round or a status change is
// what happened, not a change of the plan, and starts none.
//
// Realisation is Begroting's second tab (screen_realisation.go): a year
// to pick, per investment a card with what it plans that year, the one-off
// and recurring amounts spent (form fields, written as typed; emptying
// both takes the year's record away, since not recorded is not nothing
// spent) and a dated status change, and beside the cards plan against
// realisation per bouwsteen with the variance (red above 0: overspent), a
// bar figure (RealisationBars) and every year of the period in a line.
// Overdue investments (planning.Overdue on the GUI's Clock, never stored)
// are marked on their card, in the investments list's status ("lopend,
// over tijd") and on the overview under the budget.
//
// A vision's yearly evaluation stands in its form under its evaluation
// indicator (evaluation.go): a year to pick, a rating 1-5 or not judged
// and a note. Self-assessment rounds (rounds.go) are kept apart by a
// round picker on Zelfevaluatie (which offers every plan year, so that a
// participant added there starts that year's round) and on Balans (the
// rounds there are); Balans computes the round's analysis with
// planning.AtYear and shows each bouwsteen's level over the rounds as a
// chart (RoundsFigure) on a tab of its own. A year picked in these
// pickers is the year a typed value is written to: the value typed for
// one year is written before another is shown.
//
// # Themes and the maturity register (issue 19)
//
// The theme picker is a screen of its own, "Thema's" (screen_themes.go),
// not a dialog from Visie or Investeringen: one theme brings vision
// statements, investments and agreements at once, and its deadlines, so a
// dialog on one of those screens would hide the other two kinds and the
// dates. The picker lists the shipped themes; the chosen one shows its
// description, its deadlines (those in the plan period marked) and its
// templates with a box each, the ones the plan holds already ticked and
// greyed (theme.Taken). Ticking adds nothing; "Aangevinkte toevoegen"
// adds the ticked templates with theme.Apply through Host.Edit, as one
// undo step named after the theme ("thema Digitale geletterdheid: 2
// sjablonen toegevoegd"), and records the theme; with none ticked the
// button reads "Thema kiezen" and only records it. "Thema loslaten" asks
// first and keeps what was added. The deadlines of the chosen themes are
// drawn on the Tijdlijn by chart.Timeline itself, so the GUI and the PDF
// show the same milestones.
//
// The maturity register of information security and privacy
// (screen_maturity.go) is the picker's second tab, "Informatiebeveiliging
// en privacy", rather than a screen of its own: it is where the IBP
// theme's work is followed up, and the shell gives each screen one of
// twenty shortcuts, which the screens before it and the workshop fill. It
// is a column of cards (recordList), one per domain: domain, title, level
// now (or not assessed) and target as drop-downs, owner, and the
// investments that raise it as a checklist of the plan's investments; its
// second tab draws chart.Maturity. A register is filled by hand, from
// Balansplan's example domains, or by importing a norm set file
// (theme.ParseNormSet, at most 4 MB): a bad file is refused with the
// parser's reason in the user's language and changes nothing, a repeated
// import says there is nothing new.
//
// # Refreshing after an edit (issue 14)
//
// Every built screen is refreshed after each edit, and a fyne label or
// table refreshed measures and shapes its text again even when nothing
// changed, so a screen changes only what changed: labels through setText
// and setLabel (unchanged.go), a table only when what it shows changed
// (Koppelingen's linksKey), the overview's findings only when they
// differ (shownKey). What a refresh works out from the plan is kept per
// plan version, which never changes (the realisation page's overdue set,
// report and index of investments). A screen that lived through edits
// shows what a fresh one shows:
// TestRefreshedScreensShowWhatFreshScreensShow holds it.
//
// The Workshop screen is ui/workshop's; the shell adds it after these.
package screens
