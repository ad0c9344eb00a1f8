package screens

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"balansplan/model"
	"balansplan/planning"
	"balansplan/planning/chart"
	"balansplan/ui/internal/uitest"
)

// smallNorms is a norm set of two norms, written for these tests.
const smallNorms = `{
  "format": "balansplan-normset/1",
  "id": "klein",
  "title": {"nl": "Kleine set", "en": "Small set"},
  "norms": [
    {"id": "K.1", "domain": {"nl": "Toegang", "en": "Access"}, "title": {"nl": "Wachtwoorden", "en": "Passwords"}},
    {"id": "K.2", "domain": {"nl": "Mensen"}, "title": {"nl": "Bewustwording"}}
  ]
}`

// Issue 19: the register takes a small norm set from a file in one undo
// step; the school sets levels and links an investment, each an undo step
// of its own; the domain below target without an investment is a finding
// until the investment is linked, and the chart draws what the card says.
func TestTheMaturityRegisterImportsNormsAndTakesLevelsAndInvestments(t *testing.T) {
	w := withDemo(t, model.NL)
	v := w.Show(Themes).(*themesTabs).register
	if n := len(w.Doc().Plan().Maturity); n != 0 {
		t.Fatalf("the demo plan has %d domains", n)
	}
	v.importData("klein.json", []byte(smallNorms))
	p := w.Doc().Plan()
	if len(p.Maturity) != 2 || p.Maturity[0].Norm != "K.1" || p.Maturity[0].Title != "Wachtwoorden" ||
		p.Maturity[1].Domain != "Mensen" || p.Maturity[1].Target != model.DefaultTarget || p.Maturity[1].Assessed() {
		t.Fatalf("after the import: %+v", p.Maturity)
	}
	if label, _ := w.Doc().CanUndo(); label != "normenset Kleine set geïmporteerd (2 domeinen)" {
		t.Errorf("undo step %q", label)
	}
	if got := v.count.Text; got != "2 domeinen, 0 onder het streefniveau" {
		t.Errorf("count %q", got)
	}
	// A repeated import adds nothing and says so.
	v.importData("klein.json", []byte(smallNorms))
	if len(w.Doc().Plan().Maturity) != 2 {
		t.Error("a repeated import added domains")
	}
	if text, _ := topDialogText(t, w); !strings.Contains(text, "staan al in het register") {
		t.Errorf("a repeated import says %q", text)
	}

	id := p.Maturity[0].ID
	f := cardOf(t, v.list, id)
	selectOf(t, f, model.FieldCurrent).SetSelected("2")
	w.Pending().Flush()
	if m := w.Doc().Plan().MaturityDomainByID(id); m.Current != 2 || m.Target != 3 {
		t.Fatalf("level now %d, target %d; want 2 and 3", m.Current, m.Target)
	}
	if fs := findings(w, planning.MaturityBelowTarget); len(fs) != 1 {
		t.Errorf("level 2 of 3 without an investment: findings %v", findings(w, planning.MaturityBelowTarget))
	}
	selectOf(t, f, model.FieldTarget).SetSelected("4")
	w.Pending().Flush()
	if m := w.Doc().Plan().MaturityDomainByID(id); m.Target != 4 {
		t.Fatalf("target %d, want 4", m.Target)
	}
	// Link the first investment that counts.
	var inv model.Investment
	for _, i := range w.Doc().Plan().Investments {
		if !i.Cancelled() {
			inv = i
			break
		}
	}
	g := f.ByName[model.FieldInvestmentIDs].Input().(*widget.CheckGroup)
	g.SetSelected([]string{inv.Code + " " + inv.Title})
	w.Pending().Flush()
	if m := w.Doc().Plan().MaturityDomainByID(id); len(m.InvestmentIDs) != 1 || m.InvestmentIDs[0] != inv.ID {
		t.Fatalf("linked %v, want [%s]", m.InvestmentIDs, inv.ID)
	}
	if fs := findings(w, planning.MaturityBelowTarget); len(fs) != 0 {
		t.Errorf("a domain with an investment still a finding: %v", fs)
	}
	// The chart: the first domain's dot at level 2, its ring at 4.
	fig := v.fig.build(chart.Box{W: 600, H: 400})
	cur, ok1 := fig.Find("current.1")
	tgt, ok2 := fig.Find("target.1")
	rows := len(w.Doc().Plan().Maturity)
	if !ok1 || !ok2 || cur.Points[0] != chart.MaturityPoint(fig.Box, rows, 0, 2) || tgt.Points[0] != chart.MaturityPoint(fig.Box, rows, 0, 4) {
		t.Errorf("chart: current %v, target %v", cur.Points, tgt.Points)
	}
	if _, ok := fig.Find("unassessed.2"); !ok {
		t.Error("the second domain is not drawn as not assessed")
	}
	// Each edit is its own step: undo the link, the target, the level.
	w.Undo()
	if m := w.Doc().Plan().MaturityDomainByID(id); len(m.InvestmentIDs) != 0 || m.Target != 4 {
		t.Errorf("after one undo: %+v", m)
	}
	w.Undo()
	w.Undo()
	if m := w.Doc().Plan().MaturityDomainByID(id); m.Current != 0 || m.Target != 3 {
		t.Errorf("after three undos: %+v", m)
	}
	w.Undo()
	if n := len(w.Doc().Plan().Maturity); n != 0 {
		t.Errorf("undoing the import leaves %d domains", n)
	}
}

// Issue 19: a file that is not a norm set is refused with the reason in
// the user's language, and the register is as it was.
func TestABadNormFileGivesAMessageAndChangesNothing(t *testing.T) {
	for _, tc := range []struct {
		lang model.Lang
		data string
		want []string
	}{
		{model.NL, `{"format": "balansplan-normset/1", "id": "x", "title": {"nl": "X"}, "norms": [{"id": "A", "domain": {"nl": "D"}, "title": {"nl": "T"}, "levels": [{"nl": "1"}]}]}`,
			[]string{"slecht.json is geen bruikbare normenset", "Er is niets veranderd."}},
		{model.EN, `{"format": "balansplan-theme/1"}`, []string{"slecht.json is not a usable norm set", "Nothing was changed."}},
		{model.EN, "not json at all", []string{"slecht.json is not a usable norm set"}},
	} {
		w := withDemo(t, tc.lang)
		v := w.Show(Themes).(*themesTabs).register
		v.importData("klein.json", []byte(smallNorms))
		before, _ := w.Doc().CanUndo()
		v.importData("slecht.json", []byte(tc.data))
		if n := len(w.Doc().Plan().Maturity); n != 2 {
			t.Errorf("%s: a bad file changed the register to %d domains", tc.lang, n)
		}
		if after, _ := w.Doc().CanUndo(); after != before {
			t.Errorf("%s: a bad file wrote a step %q", tc.lang, after)
		}
		if len(w.Errors) != 1 {
			t.Fatalf("%s: errors shown %v", tc.lang, w.Errors)
		}
		msg := w.ErrorText(w.Errors[0])
		for _, s := range tc.want {
			if !strings.Contains(msg, s) {
				t.Errorf("%s: message %q lacks %q", tc.lang, msg, s)
			}
		}
		if strings.Contains(msg, "%!") {
			t.Errorf("%s: message %q has a formatting slip", tc.lang, msg)
		}
	}
}

// The maturity screen with a full register and long words, and the theme
// picker, fit the pane beside the sidebar of a 1024x640 window on every
// tab, in both languages.
func TestThemesAndMaturityFitAt1024x640(t *testing.T) {
	for _, l := range []model.Lang{model.NL, model.EN} {
		w := withDemo(t, l)
		v := w.Show(Themes).(*themesTabs).register
		v.importExample()
		long := "Informatiebeveiligingsbewustwordingsprogramma"
		w.Edit("lang", func(p *model.Plan) {
			p.Maturity[0].Owner, p.Maturity[0].Title = long, long
			p.Investments[0].Title = strings.Repeat(long+" ", 3)
		})
		w.Window().Resize(fyne.NewSize(800, 600)) // the pane beside the sidebar at 1024x640
		for k := range v.tabs.Items {
			v.tabs.SelectIndex(k)
			if m := v.root.MinSize(); m.Width > 780 {
				t.Errorf("%s: maturity tab %d needs %v wide", l, k, m.Width)
			}
		}
		for _, id := range []string{"ai", "digitale-geletterdheid", "ibp", "smartphones"} {
			th := showTheme(t, w, id)
			if m := th.root.MinSize(); m.Width > 780 {
				t.Errorf("%s: theme %s needs %v wide", l, id, m.Width)
			}
		}
	}
}

// topDialogText is the text of the dialog on top, "" when none.
func topDialogText(t *testing.T, w *window) (string, bool) {
	t.Helper()
	if len(w.Window().Canvas().Overlays().List()) == 0 {
		return "", false
	}
	text, _ := uitest.TopDialog(t, w.Window())
	return text, true
}

// A domain's subject may not be empty: the card says so under the field,
// keeps what was typed, and the file keeps the old title.
func TestAnEmptyDomainTitleIsRefusedInline(t *testing.T) {
	w := withDemo(t, model.EN)
	v := w.Show(Themes).(*themesTabs).register
	v.importData("small.json", []byte(smallNorms))
	id := w.Doc().Plan().Maturity[0].ID
	f := cardOf(t, v.list, id)
	write(f.EntryOf(model.FieldTitle), "")
	if got := w.Doc().Plan().MaturityDomainByID(id).Title; got != "Passwords" {
		t.Errorf("the file's title became %q", got)
	}
	if msg := f.ByName[model.FieldTitle].Problem(); msg == "" {
		t.Error("no message under an empty title")
	}
	write(f.EntryOf(model.FieldOwner), "IBP-coördinator")
	if got := w.Doc().Plan().MaturityDomainByID(id).Owner; got != "IBP-coördinator" {
		t.Errorf("owner %q", got)
	}
}
