package shell

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"balansplan/model"
)

// Goldens of the workshop's own pages; see golden_test.go for how to
// update them.
func TestWorkshopPagesRenderAsRecorded(t *testing.T) {
	t.Run("screen", func(t *testing.T) {
		s := withDemo(t, model.NL)
		s.show(scrWorkshop)
		test.AssertRendersToMarkup(t, "workshop.xml", s.win.Canvas())
	})
	t.Run("guided", func(t *testing.T) {
		s := withFreshTeam(t)
		g := s.StartGuided("Studiedag 12 maart")
		begin(t, g.whoForm, "Anouk", model.RoleLeraar)
		st := g.set.Of(model.BlockVisie)
		g.scales[st[0].ID][0].TypedRune('2')
		g.scales[st[0].ID][1].TypedRune('4')
		g.scales[st[1].ID][0].TypedRune('0')
		test.AssertRendersToMarkup(t, "workshop-guided.xml", s.win.Canvas())
	})
	t.Run("ballot", func(t *testing.T) {
		s := withFreshTeam(t)
		s.edit("budget", func(p *model.Plan) { p.VoteBudget = 5 })
		v := s.StartVoting("Studiedag 12 maart")
		begin(t, v.whoForm, "Esra", model.RoleSchoolleider)
		c := candidates(s.doc.Plan())
		for i := 0; i < 3; i++ {
			v.give(c[0].ID, 1)
		}
		v.give(c[2].ID, 1)
		test.AssertRendersToMarkup(t, "workshop-ballot.xml", s.win.Canvas())
	})
}
