package shell

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// A screen shows one aspect of the open plan. It is built once per
// document (and again when the language changes); after every change of
// the document the shell calls refresh, at once when the screen is shown
// and otherwise just before it is shown next.
type screen interface {
	// content is the screen's widget tree; the same object every call.
	content() fyne.CanvasObject
	// refresh redraws the screen from the document's current plan and
	// analysis.
	refresh()
}

// selecter is a screen that lists entities with codes and can open one.
type selecter interface {
	selectCode(code string) bool
}

// filterable is a screen with a list that the search field (Ctrl+F)
// narrows.
type filterable interface {
	filter(q string)
}

// Screen ids: stable names for navigation; the title of each is the
// translation "screen.<id>".
const (
	scrOverview    = "overview"
	scrSchool      = "school"
	scrVisions     = "visions"
	scrInvestments = "investments"
	scrAgreements  = "agreements"
	scrLinks       = "links"
	scrAssessment  = "assessment"
	scrBalance     = "balance"
	scrRoute       = "route"
	scrTimeline    = "timeline"
	scrBudget      = "budget"
	scrFindings    = "findings"
	scrBenchmark   = "benchmark"
	scrWorkshop    = "workshop"
)

// screenDef is an entry of the registry: the sidebar, the View menu and
// navigation by subject are all driven by it.
type screenDef struct {
	id    string
	icon  fyne.Resource
	build func(s *Shell) screen
}

// registry lists the screens in sidebar order.
func registry() []screenDef {
	return []screenDef{
		{scrOverview, theme.HomeIcon(), newOverview},
		{scrSchool, theme.AccountIcon(), newSchoolScreen},
		{scrVisions, theme.VisibilityIcon(), newVisionsScreen},
		{scrInvestments, theme.StorageIcon(), newInvestmentsScreen},
		{scrAgreements, theme.DocumentIcon(), newAgreementsScreen},
		{scrLinks, theme.GridIcon(), newLinksScreen},
		{scrAssessment, theme.ListIcon(), newAssessmentScreen},
		{scrBalance, theme.ViewRestoreIcon(), newBalanceScreen},
		{scrRoute, theme.NavigateNextIcon(), newRouteScreen},
		{scrTimeline, theme.HistoryIcon(), newTimelineScreen},
		{scrBudget, theme.ContentPasteIcon(), newBudgetScreen},
		{scrFindings, theme.WarningIcon(), newFindingsScreen},
		{scrBenchmark, theme.InfoIcon(), newBenchmarkScreen},
		{scrWorkshop, theme.CalendarIcon(), newWorkshopScreen},
	}
}
