package shell

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"balansplan/model"
	"balansplan/ui/form"
	"balansplan/ui/internal/uitest"
	"balansplan/ui/screens"
)

// Issue 15: in the real window, the first edit of an adopted plan, typed
// in a form, starts concept version 0.10 in the same commit; the status
// line and the undo menu say so, one undo takes both back, and recording
// what was spent does not start a version.
func TestTheFirstEditAfterAdoptionStartsAConceptAndTheStatusLineSaysSo(t *testing.T) {
	s := withDemo(t, model.NL)
	s.cfg.Now = func() time.Time { return time.Date(2027, 4, 2, 10, 0, 0, 0, time.UTC) }
	if !s.Edit("vastgesteld", func(p *model.Plan) { p.Adopt("2027-03-01", "bestuur", "") }) {
		t.Fatal("adopting failed")
	}
	// Realisation is what happened, not a change of the plan.
	s.Edit("realisatie", func(p *model.Plan) {
		p.Investments[0].SetRealisation(model.Realisation{Year: 2027, OneOff: 100})
	})
	if p := s.doc.Plan(); p.Status != model.StatusVastgesteld || p.Version != "0.9" {
		t.Fatalf("realisation started a revision: %s %s", p.Status, p.Version)
	}
	s.Show(screens.School)
	var title *form.Entry
	uitest.Walk(s.body, func(o fyne.CanvasObject) {
		if e, ok := o.(*form.Entry); ok && title == nil && e.Text == s.doc.Plan().Title {
			title = e
		}
	})
	if title == nil {
		t.Fatal("no title field on School")
	}
	uitest.Enter(title, "Plan 2027-2030, herzien")
	p := s.doc.Plan()
	if p.Status != model.StatusConcept || p.Version != "0.10" || p.Title != "Plan 2027-2030, herzien" {
		t.Fatalf("after the edit: %s %s %q", p.Status, p.Version, p.Title)
	}
	if last := p.StatusHistory[len(p.StatusHistory)-1]; last.Date != "2027-04-02" {
		t.Errorf("the revision is dated %s, want the window's clock 2027-04-02", last.Date)
	}
	if got := s.status.Text; !strings.Contains(got, "nieuwe conceptversie 0.10 gestart op basis van vastgestelde versie 0.9") {
		t.Errorf("the status line says %q", got)
	}
	s.Undo()
	if p := s.doc.Plan(); p.Status != model.StatusVastgesteld || p.Version != "0.9" || p.Title == "Plan 2027-2030, herzien" {
		t.Errorf("after one undo: %s %s %q", p.Status, p.Version, p.Title)
	}
}
