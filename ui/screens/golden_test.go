package screens

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"balansplan/model"
	"balansplan/ui/form"
	"balansplan/ui/internal/golden"
)

// The goldens in testdata/ hold the widget tree of one screen each with
// the demo plan, laid out at the size the screen gets in a 1280x800
// window; not the window around it, so a change to the sidebar or a menu
// changes no screen's golden. Update them with
// `go test ./ui/... -update` and look at the diff (see ui/doc.go).
func TestScreensRenderAsRecorded(t *testing.T) {
	for _, c := range []struct{ screen, golden string }{
		{Overview, "overview.xml"},
		{Investments, "investments.xml"},
		{Findings, "findings.xml"},
	} {
		t.Run(c.screen, func(t *testing.T) {
			s := withDemo(t, model.NL)
			// The size the screen gets in the shell's 1280x800 window.
			s.Window().Resize(fyne.NewSize(1046, 706))
			sc := s.Show(c.screen)
			golden.Assert(t, c.golden, test.RenderObjectToMarkup(sc.Content()))
		})
	}
}

// No form field is labelled with its translation key: every label the
// screens use has a text in both languages.
func TestNoScreenShowsARawKey(t *testing.T) {
	for _, l := range []model.Lang{model.NL, model.EN} {
		s := withDemo(t, l)
		for _, d := range s.defs {
			s.Show(d.ID)
		}
		for _, sc := range s.built {
			var forms []*form.Form
			switch v := sc.(type) {
			case *schoolScreen:
				forms = []*form.Form{v.form, v.ceilings}
			case *visionsScreen:
				forms = []*form.Form{v.Form}
			case *investmentsScreen:
				forms = []*form.Form{v.Form}
			case *assessmentScreen:
				forms = []*form.Form{v.Form}
			}
			for _, f := range forms {
				for _, fl := range f.Fields {
					if strings.HasPrefix(fl.Label, "field.") {
						t.Errorf("%s: field %s is labelled with its key", l, fl.Name)
					}
				}
			}
		}
	}
}
