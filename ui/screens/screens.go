package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"balansplan/model"
	"balansplan/ui/document"
	"balansplan/ui/form"
)

// A Screen shows one aspect of the open plan. It is built once per
// document (and again when the language changes); after every change of
// the document the window calls Refresh, at once when the screen is shown
// and otherwise just before it is shown next.
type Screen interface {
	// Content is the screen's widget tree; the same object every call.
	Content() fyne.CanvasObject
	// Refresh redraws the screen from the document's current plan and
	// analysis.
	Refresh()
}

// Selecter is a screen that lists entities with codes and can open one.
type Selecter interface {
	SelectCode(code string) bool
}

// Deleter is a screen with a chosen entity the Delete key deletes (after
// the same question as its delete button).
type Deleter interface {
	DeleteChosen()
}

// Glossary is a window that can show what a term of the glossary means
// (the shell's Help > Begrippenlijst). A screen's Host may be one; the
// info buttons beside T, E, scheefstand, lasten, mens and materieel use it.
type Glossary interface {
	// ShowTerm shows the glossary's entry for term, the term as the
	// glossary writes it in bold in the user's language ("Scheefstand").
	ShowTerm(term string)
}

// Filterable is a screen with a list that the search field (Ctrl+F)
// narrows.
type Filterable interface {
	Filter(q string)
}

// Host is what a screen gets from the window: the open document, the
// user's language and texts, editing and navigation. ui/shell's Shell is
// the real one; the tests use a small one of their own.
type Host interface {
	form.Host
	// Count is "1 punt" or "3 punten" (texts count.<what>).
	Count(what string, n int) string
	// Errorf is an error whose message is the text for key.
	Errorf(key string, args ...any) error
	// Doc is the open document; screens exist only while there is one.
	Doc() *document.Document
	// Edit commits a change as one undo step and reports whether it was
	// written; when not, the user has been told why.
	Edit(label string, change func(p *model.Plan)) bool
	// ConfirmEdit asks the question and, on yes, commits the change.
	ConfirmEdit(title, question, label string, change func(p *model.Plan))
	// Window is the window, for dialogs.
	Window() fyne.Window
	// OpenSubject shows the vision or investment with one of the codes,
	// else the screen fallback.
	OpenSubject(codes []string, fallback string)
	// Show shows the screen with the given id and returns it.
	Show(id string) Screen
}

// Screen ids: stable names for navigation; the title of each is the
// translation "screen.<id>".
const (
	Overview    = "overview"
	School      = "school"
	Visions     = "visions"
	Investments = "investments"
	Agreements  = "agreements"
	Links       = "links"
	Assessment  = "assessment"
	Balance     = "balance"
	Route       = "route"
	Timeline    = "timeline"
	Budget      = "budget"
	Findings    = "findings"
	Benchmark   = "benchmark"
	// The board chapters (issue 13).
	Situation = "situation"
	Risks     = "risks"
	Followup  = "followup"
	Board     = "board"
	// The plan's life (issue 15): status, versions and what changed.
	Versions = "versions"
	// What a plan written in 2026 must cover (issue 19): the theme
	// picker and, on a tab of the same screen, the maturity register of
	// information security and privacy.
	Themes = "themes"
	// Workshop is the id of ui/workshop's screen, which the shell adds
	// after these.
	Workshop = "workshop"
)

// Def is an entry of the registry: the sidebar, the View menu and
// navigation by subject are all driven by it.
type Def struct {
	ID    string
	Icon  fyne.Resource
	Build func(h Host) Screen
}

// Registry lists this package's screens in sidebar order.
func Registry() []Def {
	return []Def{
		{Overview, theme.HomeIcon(), newOverview},
		{School, theme.AccountIcon(), newSchoolScreen},
		{Visions, theme.VisibilityIcon(), newVisionsScreen},
		{Investments, theme.StorageIcon(), newInvestmentsScreen},
		{Agreements, theme.DocumentIcon(), newAgreementsScreen},
		{Links, theme.GridIcon(), newLinksScreen},
		{Assessment, theme.ListIcon(), newAssessmentScreen},
		{Balance, theme.ViewRestoreIcon(), newBalanceScreen},
		{Route, theme.NavigateNextIcon(), newRouteScreen},
		{Timeline, theme.HistoryIcon(), newTimelineScreen},
		{Budget, theme.ContentPasteIcon(), newBudgetScreen},
		{Findings, theme.WarningIcon(), newFindingsScreen},
		{Benchmark, theme.InfoIcon(), newBenchmarkScreen},
		// The board chapters come after the analysis, so the shortcuts
		// of the screens above stay what users learned; in the order a
		// director writes them: where the school starts, what could go
		// wrong, how it is kept going, and last what the board decides.
		{Situation, theme.FolderOpenIcon(), newSituationScreen},
		{Risks, theme.ErrorIcon(), newRisksScreen},
		{Followup, theme.ConfirmIcon(), newFollowupScreen},
		{Board, theme.DocumentCreateIcon(), newBoardScreen},
		// The plan's life comes after the board's decision it records.
		{Versions, theme.MediaReplayIcon(), newVersionsScreen},
		// The themes (issue 19) come last, so no shortcut above moves:
		// a school picks them once, then works on the screens above.
		{Themes, theme.ContentAddIcon(), newThemesTabs},
	}
}
