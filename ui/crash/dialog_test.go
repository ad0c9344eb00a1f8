package crash

import (
	"net/url"
	"os"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"balansplan/model"
)

// host records what the dialogs ask of the app.
type host struct {
	clip   fyne.Clipboard
	opened []string
}

func (h *host) Clipboard() fyne.Clipboard { return h.clip }
func (h *host) OpenURL(u *url.URL) error {
	h.opened = append(h.opened, u.String())
	return nil
}

// topDialog is the text and the buttons (by label) of the dialog on top
// of w.
func topDialog(t *testing.T, w fyne.Window) (string, map[string]*widget.Button) {
	t.Helper()
	top := w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog is shown")
	}
	var texts []string
	buttons := map[string]*widget.Button{}
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch v := o.(type) {
		case *widget.Label:
			texts = append(texts, v.Text)
		case *widget.Button:
			buttons[v.Text] = v
		case *widget.Form:
			for _, it := range v.Items {
				texts = append(texts, it.Text)
				walk(it.Widget)
			}
		case *fyne.Container:
			for _, c := range v.Objects {
				walk(c)
			}
		}
		if w, ok := o.(fyne.Widget); ok {
			if _, isForm := o.(*widget.Form); !isForm {
				r := test.TempWidgetRenderer(t, w)
				for _, c := range r.Objects() {
					walk(c)
				}
			}
		}
	}
	walk(top)
	return strings.Join(texts, "\n"), buttons
}

func TestTheNextStartOffersTheCrashOnceWithCopyAndOpenFolder(t *testing.T) {
	a := test.NewTempApp(t)
	w := test.NewTempWindow(t, container.NewStack())
	w.Resize(fyne.NewSize(800, 600))
	dir := t.TempDir()
	path := writeCrash(t, dir, "crash-20261130-091500-7.log", started, "menu: Exporteer PDF", sampleTrace)
	writeCrash(t, dir, "crash-20261129-091500-6.log", started.Add(-24*time.Hour), "scherm: Begroting", sampleTrace)
	h := &host{clip: a.Clipboard()}

	if d := OfferPending(h, w, model.NL, dir); d == nil {
		t.Fatal("no offer for a crash")
	}
	text, buttons := topDialog(t, w)
	for _, want := range []string{
		"Balansplan is de vorige keer (" + started.Local().Format("2006-01-02 15:04") + ") onverwacht gestopt",
		"geen inhoud van uw plan", "Er is niets verstuurd",
		"Er zijn nog 1 eerdere verslagen.",
		"panic: runtime error: index out of range [3] with length 3",
		"menu: Exporteer PDF",
		strings.TrimSuffix(path, ".log") + ".txt",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the offer does not say %q:\n%s", want, text)
		}
	}
	for _, b := range []string{"Details kopiëren", "Map openen", "Sluiten"} {
		if buttons[b] == nil {
			t.Fatalf("no button %q among %v", b, keys(buttons))
		}
	}
	test.Tap(buttons["Details kopiëren"])
	whole, err := os.ReadFile(strings.TrimSuffix(path, ".log") + ".txt")
	if err != nil {
		t.Fatal(err)
	}
	if got := a.Clipboard().Content(); got != string(whole) {
		t.Errorf("clipboard %q, want the whole crash file", got)
	}
	test.Tap(buttons["Map openen"])
	if len(h.opened) != 1 || h.opened[0] != FolderURL(dir).String() {
		t.Errorf("opened %v, want %s", h.opened, FolderURL(dir))
	}
	test.Tap(buttons["Sluiten"])
	if w.Canvas().Overlays().Top() != nil {
		t.Error("Sluiten leaves the dialog open")
	}
	// Offered once: the next start says nothing.
	if d := OfferPending(h, w, model.NL, dir); d != nil {
		t.Error("the same crash is offered twice")
	}
}

func TestTheOfferSpeaksEnglishToo(t *testing.T) {
	test.NewTempApp(t)
	w := test.NewTempWindow(t, container.NewStack())
	w.Resize(fyne.NewSize(800, 600))
	dir := t.TempDir()
	writeCrash(t, dir, "crash-20261130-091500-7.log", started, "-", sampleTrace)
	OfferPending(&host{}, w, model.EN, dir)
	text, buttons := topDialog(t, w)
	if !strings.Contains(text, "Balansplan stopped unexpectedly last time") || !strings.Contains(text, "Nothing was sent") ||
		buttons["Copy details"] == nil || buttons["Open folder"] == nil || buttons["Close"] == nil {
		t.Errorf("English offer:\n%s\nbuttons %v", text, keys(buttons))
	}
}

func TestNoCrashNoOffer(t *testing.T) {
	test.NewTempApp(t)
	w := test.NewTempWindow(t, container.NewStack())
	dir := t.TempDir()
	writeCrash(t, dir, "crash-20261130-091500-7.log", started, "-", "") // running elsewhere
	if d := OfferPending(&host{}, w, model.NL, dir); d != nil || w.Canvas().Overlays().Top() != nil {
		t.Error("an offer without a crash")
	}
}

func TestAboutShowsVersionBuildAndTheCrashFolder(t *testing.T) {
	test.NewTempApp(t)
	w := test.NewTempWindow(t, container.NewStack())
	w.Resize(fyne.NewSize(800, 600))
	dir := t.TempDir() + "/crashes"
	h := &host{}
	about(h, w, model.NL, testInfo, dir, true)
	text, buttons := topDialog(t, w)
	for _, want := range []string{"Versie", testInfo.Version, "Build", testInfo.Build, "Crashverslagen", dir, "Er wordt nooit iets verstuurd"} {
		if !strings.Contains(text, want) {
			t.Errorf("About does not say %q:\n%s", want, text)
		}
	}
	if buttons["Map openen"] == nil {
		t.Fatalf("buttons %v", keys(buttons))
	}
	test.Tap(buttons["Map openen"])
	if _, err := os.Stat(dir); err != nil || len(h.opened) != 1 {
		t.Errorf("Map openen: folder %v, opened %v", err, h.opened)
	}
	if AboutLabel(model.NL) != "Over Balansplan" || AboutLabel(model.EN) != "About Balansplan" {
		t.Error("menu label")
	}
}

func TestFolderURL(t *testing.T) {
	if got := FolderURL("/home/juf/.config/fyne/nl.balansplan.app/crashes").String(); got != "file:///home/juf/.config/fyne/nl.balansplan.app/crashes" {
		t.Errorf("Unix: %s", got)
	}
	if got := FolderURL("C:/Users/Juf/AppData/Roaming/fyne/nl.balansplan.app/crashes").String(); got != "file:///C:/Users/Juf/AppData/Roaming/fyne/nl.balansplan.app/crashes" {
		t.Errorf("Windows: %s", got)
	}
}

func keys(m map[string]*widget.Button) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

func TestOfferAtStartLooksInTheInstalledNetsFolder(t *testing.T) {
	test.NewTempApp(t)
	w := test.NewTempWindow(t, container.NewStack())
	w.Resize(fyne.NewSize(800, 600))
	dir := t.TempDir()
	writeCrash(t, dir, "crash-20261130-091500-7.log", started, "-", sampleTrace)
	n, err := Install(dir, testInfo, started.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	defer n.Close()
	if d := OfferAtStart(&host{}, w, model.NL); d == nil {
		t.Fatal("no offer for the crash in the installed folder")
	}
	// This run's own file (header only) is not offered, and stays.
	if _, err := os.Stat(n.Path); err != nil {
		t.Error(err)
	}
}
