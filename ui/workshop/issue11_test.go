package workshop

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"balansplan/model"
	"balansplan/ui/internal/uitest"
)

// Issue 11, defect 8: a voting round offers the participants of the
// session's self-assessment who have not voted yet; a tap fills in name
// and role, so the consultant types no name again.
func TestAVotingRoundOffersTheSessionsParticipants(t *testing.T) {
	s := withDemo(t, model.NL)
	s.Edit("budget", func(p *model.Plan) { p.VoteBudget = 3; p.Votes = nil })
	v := s.StartVoting("Studiemiddag 14 januari")
	if v == nil {
		t.Fatal("no voting round")
	}
	offered := map[string]*widget.Button{}
	for _, o := range v.whoForm.known.Objects {
		b := o.(*widget.Button)
		offered[b.Text] = b
	}
	// The demo's session has seven participants, Anouk to Gerda.
	if len(offered) != 7 || offered["Esra (schoolleider)"] == nil || !v.whoForm.known.Visible() {
		t.Fatalf("the round offers %v", offered)
	}
	test.Tap(offered["Esra (schoolleider)"])
	if v.whoForm.name.Text != "Esra" || v.whoForm.selectedRole() != model.RoleSchoolleider || v.whoForm.ok.Disabled() {
		t.Errorf("after tapping Esra the form holds %q as %q", v.whoForm.name.Text, v.whoForm.selectedRole())
	}
	test.Tap(v.whoForm.ok)
	for _, b := range v.plus {
		test.Tap(b)
		break
	}
	test.Tap(v.cast)
	test.Tap(v.another)
	// Esra has had her turn; the next turn offers the six others.
	if n := len(v.whoForm.known.Objects); n != 6 {
		t.Errorf("the second turn offers %d participants, want 6", n)
	}
	for _, o := range v.whoForm.known.Objects {
		if o.(*widget.Button).Text == "Esra (schoolleider)" {
			t.Error("Esra is offered again after her turn")
		}
	}
}

// Issue 11, defect 8: with a session named on the Workshop screen, the
// presentation's title slide counts that session's participants, not
// assessments from other sessions.
func TestThePresentationCountsTheSessionsParticipants(t *testing.T) {
	s := withDemo(t, model.NL)
	// Two participants from another session: 4 leraren in the demo's
	// session become 6 in the plan.
	s.Edit("others", func(p *model.Plan) {
		p.Assessments = append(p.Assessments,
			model.Assessment{ID: model.NewID(), Session: "Oude sessie", Participant: "Xander", Role: model.RoleLeraar},
			model.Assessment{ID: model.NewID(), Session: "Oude sessie", Participant: "Yara", Role: model.RoleLeraar})
	})
	sc := newWorkshopScreen(s).(*workshopScreen)
	s.screen = sc
	sc.session.SetText("Studiemiddag 14 januari")
	p := s.present()
	t.Cleanup(func() { p.win.Close() })
	text := uitest.Texts(p.titleSlide())
	if !strings.Contains(text, "leraar: 4") || strings.Contains(text, "Oude sessie") {
		t.Errorf("the title slide of the session says:\n%s", text)
	}
}
