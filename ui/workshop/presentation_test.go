package workshop

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"balansplan/model"
	"balansplan/planning/chart"
	rounds "balansplan/planning/workshop"
	"balansplan/ui/internal/uitest"
)

// press types a key on the presentation's window, as the keyboard does
// when nothing in it has the focus.
func press(p *presentation, k fyne.KeyName) {
	p.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: k})
}

func TestThePresentationStepsWithTheArrowKeys(t *testing.T) {
	s := withDemo(t, model.NL)
	p := s.present()
	if p == nil || p.slideID() != "title" {
		t.Fatal("the presentation does not open on its title")
	}
	// The demo plan: four roles took part, seven findings (three a slide).
	want := []string{"title", "team", "role.leraar", "role.schoolleider", "role.bestuurder", "role.ict_coordinator",
		"disagreement", "teamprofile", "matrix", "route", "findings", "findings.2", "findings.3"}
	var ids []string
	for _, sl := range p.slides {
		ids = append(ids, sl.id)
	}
	if strings.Join(ids, " ") != strings.Join(want, " ") {
		t.Fatalf("slides %v, want %v", ids, want)
	}
	steps := []struct {
		key  fyne.KeyName
		want string
	}{
		{fyne.KeyLeft, "title"}, // nothing before the first
		{fyne.KeyRight, "team"},
		{fyne.KeyRight, "role.leraar"},
		{fyne.KeyDown, "role.schoolleider"},
		{fyne.KeyLeft, "role.leraar"},
		{fyne.KeyUp, "team"},
		{fyne.KeyPageDown, "role.leraar"},
		{fyne.KeySpace, "role.schoolleider"},
		{fyne.KeyPageUp, "role.leraar"},
		{fyne.KeyEnd, "findings.3"},
		{fyne.KeyRight, "findings.3"}, // nothing after the last
		{fyne.KeyLeft, "findings.2"},
		{fyne.KeyHome, "title"},
	}
	for i, st := range steps {
		press(p, st.key)
		if got := p.slideID(); got != st.want {
			t.Fatalf("step %d (%s): slide %s, want %s", i+1, st.key, got, st.want)
		}
		if strings.Contains(p.heading.Text, "present.") || p.shown == nil {
			t.Errorf("slide %s: heading %q", p.slideID(), p.heading.Text)
		}
	}
	if p.counter.Text != "1 / 13" {
		t.Errorf("counter %q", p.counter.Text)
	}

	// With votes, the ranking is the last slide.
	s.Edit("stemmen", func(pl *model.Plan) {
		pl.VoteBudget = 3
		pl.Votes = []model.Vote{{ID: model.NewID(), Participant: "Anouk", Role: model.RoleLeraar,
			Points: []model.VotePoints{{InvestmentID: pl.Investments[1].ID, Points: 3}}}}
	})
	press(p, fyne.KeyHome)
	press(p, fyne.KeyEnd)
	if p.slideID() != "ranking" {
		t.Errorf("last slide with votes: %s", p.slideID())
	}

	press(p, fyne.KeyEscape)
	if s.presenting != nil {
		t.Error("Esc did not leave the presentation")
	}
}

func TestEverySlideBuildsInBothLanguages(t *testing.T) {
	for _, l := range []model.Lang{model.NL, model.EN} {
		s := withDemo(t, l)
		p := s.present()
		for i := range p.slides {
			p.goTo(i)
			if p.shown == nil || strings.HasPrefix(p.heading.Text, "present.") {
				t.Errorf("%s: slide %s heading %q", l, p.slideID(), p.heading.Text)
			}
		}
		p.close()
	}
}

// The disagreement slide's figure (planning/chart) and its text (the
// views of planning/workshop) tell the same story: the dots where the
// groups stand, red where the text says they diverge.
func TestLeadersAndTeachersAreDrawnWhereTheyStand(t *testing.T) {
	s := withDemo(t, model.NL)
	views := rounds.Blocks(s.Doc().Analysis())
	fig := chart.Disagreement(s.Doc().Analysis(), model.NL, chart.Box{W: 800, H: 400})
	for _, v := range views {
		if !v.Gap.Known {
			continue
		}
		ld, ok1 := fig.Find("leaders." + string(v.Block))
		tc, ok2 := fig.Find("teachers." + string(v.Block))
		if !ok1 || !ok2 {
			t.Fatalf("%s: no dots", v.Block)
		}
		// Right is higher: the leaders' dot lies right of the teachers'
		// exactly when their mean is higher.
		if (ld.Points[0].X > tc.Points[0].X) != (v.Gap.Value > 0) && v.Gap.Value != 0 {
			t.Errorf("%s: leaders at %.0f, teachers at %.0f, gap %.2f", v.Block, ld.Points[0].X, tc.Points[0].X, v.Gap.Value)
		}
		if line, _ := fig.Find("gap." + string(v.Block)); (line.Stroke == "over") != v.Diverges {
			t.Errorf("%s: line %s, diverges %v", v.Block, line.Stroke, v.Diverges)
		}
	}
}

// The team profile slide shows the groups, a bar each, and where the
// groups come from.
func TestThePresentationShowsTheTeamProfile(t *testing.T) {
	s := withDemo(t, model.NL)
	all := model.Applications()
	s.Edit("toepassingen", func(pl *model.Plan) {
		pl.Assessments[0].Applications = all[:10]
		pl.Assessments[1].Applications = all[:4]
		pl.Assessments[2].Applications = []model.Application{}
	})
	p := s.present()
	shown := uitest.Texts(p.teamProfileSlide())
	for _, want := range []string{
		"Teamprofiel (wekelijks ict-gebruik van 3 deelnemers): kopgroep 1, peloton 1, staartgroep 1.",
		"cursusmodule over de Vier in balans-monitor",
	} {
		if !strings.Contains(shown, want) {
			t.Errorf("the team profile slide shows %q; want %q", shown, want)
		}
	}
}
