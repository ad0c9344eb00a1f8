package workshop

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"balansplan/model"
	rounds "balansplan/planning/workshop"
	"balansplan/ui/internal/golden"
	"balansplan/ui/screens"
)

// Goldens of the workshop's own pages: the Workshop screen at the size it
// gets in the shell's window, and a session's page, which has the window
// to itself. Update them with `go test ./ui/... -update` (see ui/doc.go).
func TestWorkshopPagesRenderAsRecorded(t *testing.T) {
	t.Run("screen", func(t *testing.T) {
		s := withDemo(t, model.NL)
		s.Window().Resize(fyne.NewSize(1046, 706))
		sc := s.Show(screens.Workshop)
		golden.Assert(t, "workshop.xml", test.RenderObjectToMarkup(sc.Content()))
	})
	t.Run("guided", func(t *testing.T) {
		s := withFreshTeam(t)
		g := s.StartGuided("Studiedag 12 maart")
		begin(t, g.whoForm, "Anouk", model.RoleLeraar)
		st := g.set.Of(model.BlockVisie)
		g.scales[st[0].ID][0].TypedRune('2')
		g.scales[st[0].ID][1].TypedRune('4')
		g.scales[st[1].ID][0].TypedRune('0')
		golden.Assert(t, "workshop-guided.xml", test.RenderObjectToMarkup(s.Window().Content()))
	})
	t.Run("ballot", func(t *testing.T) {
		s := withFreshTeam(t)
		s.Edit("budget", func(p *model.Plan) { p.VoteBudget = 5 })
		v := s.StartVoting("Studiedag 12 maart")
		begin(t, v.whoForm, "Esra", model.RoleSchoolleider)
		c := rounds.Candidates(s.Doc().Plan())
		for i := 0; i < 3; i++ {
			v.give(c[0].ID, 1)
		}
		v.give(c[2].ID, 1)
		golden.Assert(t, "workshop-ballot.xml", test.RenderObjectToMarkup(s.Window().Content()))
	})
}
