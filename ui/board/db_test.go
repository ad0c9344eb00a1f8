package board

import (
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"balansplan/model"
	"balansplan/model/pgstore/pgtest"
	"balansplan/planning/board/boardtest"
	"balansplan/ui/internal/texts"
)

// TestMain starts a throwaway PostgreSQL server for the database tests
// when none is given (model/pgstore/pgtest; they skip without one, except
// under CI=true).
func TestMain(m *testing.M) { pgtest.Main(m) }

// host is the main window as ui/dbopen's dialogs need it.
type host struct {
	*texts.Texts
	app    fyne.App
	win    fyne.Window
	errs   []error
	status string
}

func (h *host) Window() fyne.Window  { return h.win }
func (h *host) App() fyne.App        { return h.app }
func (h *host) ShowError(err error)  { h.errs = append(h.errs, err) }
func (h *host) SetStatus(msg string) { h.status = msg }

// dbBoard fills a database with De Akker, de Brug and De Cirkel of
// boardtest under board "proef" (and Sint Jozef 04DD under another board)
// and remembers person's connection in a's preferences, as the dialog does
// once a connection worked; the test server needs no password.
func dbBoard(t *testing.T, a fyne.App, person string) {
	t.Helper()
	five := boardtest.Five()
	_, urls := pgtest.Board(t, map[string][]*model.Plan{"proef": five[:3], "ander": five[3:4]})
	u, err := url.Parse(urls[person])
	if err != nil {
		t.Fatal(err)
	}
	host, port := u.Hostname(), u.Port()
	if h := u.Query().Get("host"); h != "" {
		host = h
	}
	if port == "" {
		port = u.Query().Get("port")
	}
	if port == "" {
		port = "5432"
	}
	p := a.Preferences()
	p.SetString("db.host", host)
	p.SetString("db.port", port)
	p.SetString("db.database", strings.TrimPrefix(u.Path, "/"))
	p.SetString("db.user", u.User.Username())
}

// askDB goes through File > Bestuursoverzicht uit database… as the shell
// does: the connection dialog, Verbinden, and waits for the board window.
func askDB(t *testing.T, a fyne.App, l model.Lang) (*Window, *host) {
	t.Helper()
	tr, err := texts.Load(l)
	if err != nil {
		t.Fatal(err)
	}
	h := &host{Texts: tr, app: a, win: a.NewWindow("Balansplan")}
	h.win.Resize(fyne.NewSize(1024, 640))
	got := make(chan *Window, 1)
	dbOpened = func(w *Window) { got <- w }
	t.Cleanup(func() { dbOpened = func(*Window) {} })
	AskDB(h, tr, day)
	top := h.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no connection dialog")
	}
	var connect *widget.Button
	var password *widget.Entry
	for _, o := range test.LaidOutObjects(top) {
		switch o := o.(type) {
		case *widget.Button:
			if o.Text == tr.T("db.connect.button") {
				connect = o
			}
		case *widget.Entry:
			if o.Password {
				password = o
			}
		}
	}
	if !slices.ContainsFunc(test.LaidOutObjects(top), func(o fyne.CanvasObject) bool {
		l, ok := o.(*widget.Label)
		return ok && l.Text == tr.T("rollup.db.connect")
	}) {
		t.Error("the dialog's title does not name the board overview")
	}
	if connect == nil || password == nil {
		t.Fatal("the dialog has no Connect button or no password field")
	}
	test.Tap(connect)
	var w *Window
	select {
	case w = <-got:
	case <-time.After(30 * time.Second):
		t.Fatalf("no board window in 30 s: %v", h.errs)
	}
	select {
	case <-w.Loaded():
	case <-time.After(60 * time.Second):
		t.Fatal("the database was not read in 60 s")
	}
	w.Window().Resize(fyne.NewSize(1024, 640))
	return w, h
}

func TestTheBoardWindowReadsTheDatabase(t *testing.T) {
	a := test.NewTempApp(t)
	dbBoard(t, a, "bestuur_proef")
	w, h := askDB(t, a, model.NL)
	if len(h.errs) > 0 || w.err != nil {
		t.Fatalf("errors %v, %v", h.errs, w.err)
	}
	// The three schools of board proef, not Sint Jozef of the other board.
	want := []string{"De Akker", "de Brug", "De Cirkel"}
	if got := shown(w); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("rows %v, want %v", got, want)
	}
	// 22500 + 6000 + 12000 (boardtest's table).
	if w.bd.TotalCashOut != model.Euros(40500) {
		t.Errorf("total %v, want 40500", w.bd.TotalCashOut)
	}
	if got := w.cellText(w.rows[1], 1); got != "02BB" {
		t.Errorf("de Brug's BRIN %q", got)
	}
	if !strings.HasPrefix(w.Window().Title(), "Bestuur: Stichting Proef") {
		t.Errorf("title %q", w.Window().Title())
	}
	if w.progress.Value != 1 || w.status.Text != "Plannen lezen… 3 van 3" {
		t.Errorf("progress %v, %q; want 1, 3 of 3", w.progress.Value, w.status.Text)
	}
	var labels []string
	for _, o := range test.LaidOutObjects(w.Window().Content()) {
		if l, ok := o.(*widget.Label); ok {
			labels = append(labels, l.Text)
		}
	}
	if !slices.Contains(labels, "3 scholen · 0 plannen niet gelezen · beoordeeld op 2026-11-30 · samen € 40.500 aan uitgaven") {
		t.Errorf("no summary line of plans in %q", labels)
	}
	// The password is not remembered: no preference holds one.
	for _, k := range []string{"db.password", "password"} {
		if a.Preferences().String(k) != "" {
			t.Errorf("preference %s holds a value", k)
		}
	}
	// A school opens read-only, as from a folder.
	w.openSchool(w.rows[2])
	if len(w.opened) != 1 || w.opened[0].Title() != "De Cirkel (alleen lezen)" {
		t.Errorf("opened %d windows, title %q", len(w.opened), w.opened[0].Title())
	}
}

// A director sees only their school; a supervisor only adopted plans; a
// person who may see nothing is told so in the window.
func TestTheBoardWindowShowsWhatRightsAllow(t *testing.T) {
	for person, want := range map[string]string{
		"dir_02bb":       "de Brug",
		"toezicht_proef": "De Akker|De Cirkel",
		"toezicht_ander": "",
	} {
		t.Run(person, func(t *testing.T) {
			a := test.NewTempApp(t)
			dbBoard(t, a, person)
			w, _ := askDB(t, a, model.EN)
			if want == "" {
				if w.bd != nil || !strings.Contains(w.status.Text, "holds no plan that") {
					t.Errorf("nothing to see: %q", w.status.Text)
				}
				return
			}
			if got := strings.Join(shown(w), "|"); got != want {
				t.Errorf("rows %q, want %q", got, want)
			}
		})
	}
}
