package shell

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"balansplan/model"
)

// The goldens in testdata/ hold the widget tree of a few screens with the
// demo plan, as fyne's test renderer writes it. When a change to a screen
// is meant, delete the golden (or copy testdata/failed/x.xml over it) and
// look at the diff before committing it.
func TestScreensRenderAsRecorded(t *testing.T) {
	for _, c := range []struct{ screen, golden string }{
		{scrOverview, "overview.xml"},
		{scrInvestments, "investments.xml"},
		{scrFindings, "findings.xml"},
	} {
		t.Run(c.screen, func(t *testing.T) {
			s := withDemo(t, model.NL)
			s.show(c.screen)
			test.AssertRendersToMarkup(t, c.golden, s.win.Canvas())
		})
	}
}
