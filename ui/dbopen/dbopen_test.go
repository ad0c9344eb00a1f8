package dbopen

import (
	"context"
	"errors"
	"net/url"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"balansplan/model"
	"balansplan/model/pgstore"
	"balansplan/model/pgstore/pgtest"
	"balansplan/model/testplan"
	"balansplan/ui/document"
	"balansplan/ui/document/pgdoc"
	"balansplan/ui/internal/texts"
)

func TestMain(m *testing.M) {
	background = func(job func()) { job() }
	pgtest.Main(m)
}

// host is a window with the app's texts that records its errors.
type host struct {
	*texts.Texts
	app    fyne.App
	win    fyne.Window
	errs   []error
	status string
}

func newHost(t *testing.T, l model.Lang) *host {
	tr, err := texts.Load(l)
	if err != nil {
		t.Fatal(err)
	}
	h := &host{Texts: tr, app: test.NewTempApp(t)}
	h.win = test.NewTempWindow(t, nil)
	h.win.Resize(fyne.NewSize(1024, 640))
	return h
}

func (h *host) Window() fyne.Window  { return h.win }
func (h *host) App() fyne.App        { return h.app }
func (h *host) ShowError(err error)  { h.errs = append(h.errs, err) }
func (h *host) SetStatus(msg string) { h.status = msg }
func (h *host) lastError() string {
	if len(h.errs) == 0 {
		return ""
	}
	return h.ErrorText(h.errs[len(h.errs)-1])
}

// server is a database with school 00AA, its plan, and a director.
type server struct {
	fields Fields // how the director connects
	other  *pgstore.Store
	planID string
}

func newServer(t *testing.T) *server {
	ctx := context.Background()
	dbURL := pgtest.Database(t)
	role, login := pgtest.Person(t, dbURL, "dira", pgstore.Grant{Role: "director", Board: "b1", School: "00AA"})
	u, err := url.Parse(login)
	if err != nil {
		t.Fatal(err)
	}
	f := Fields{Host: u.Hostname(), Port: u.Port(), Database: strings.TrimPrefix(u.Path, "/"), User: role}
	if h := u.Query().Get("host"); h != "" {
		f.Host = h
	}
	if f.Port == "" {
		f.Port = u.Query().Get("port")
	}
	if f.Port == "" {
		f.Port = "5432"
	}
	other, err := pgstore.Open(ctx, login, pgstore.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { other.Close() })
	p := testplan.Board(t)
	p.ID = model.NewID()
	p.Status = model.StatusConcept
	if _, err := other.Create(ctx, "00AA", p); err != nil {
		t.Fatal(err)
	}
	return &server{fields: f, other: other, planID: p.ID}
}

// open connects as the director and opens the plan, as the dialogs do.
func (s *server) open(t *testing.T, h *host) (*document.Document, *pgdoc.DB) {
	t.Helper()
	var d *document.Document
	connect(h, s.fields, "", func(st *pgstore.Store, plans []pgstore.PlanInfo) {
		if len(plans) != 1 || plans[0].PlanID != s.planID || plans[0].SchoolID != "00AA" {
			t.Fatalf("plans: %+v", plans)
		}
		openPlan(h, st, s.fields, plans[0].PlanID, nil, func(doc *document.Document) { d = doc })
	})
	if d == nil {
		t.Fatalf("not opened: %s", h.lastError())
	}
	t.Cleanup(func() { d.Close() })
	return d, d.Store().(*pgdoc.DB)
}

func TestFieldsAreCheckedAndNothingIsRemembered(t *testing.T) {
	h := newHost(t, model.NL)
	for _, tc := range []struct {
		f    Fields
		want string
	}{
		{Fields{Port: "5432", Database: "bestuur", User: "jansen"}, "Vul de server in"},
		{Fields{Host: "db", Port: "5432", User: "jansen"}, "Vul de naam van de database in"},
		{Fields{Host: "db", Port: "5432", Database: "bestuur"}, "Vul je gebruikersnaam in"},
		{Fields{Host: "db", Port: "54x", Database: "bestuur", User: "jansen"}, `De poort "54x" is geen getal`},
	} {
		connect(h, tc.f, "geheim", func(*pgstore.Store, []pgstore.PlanInfo) { t.Error("connected") })
		if got := h.lastError(); !strings.HasPrefix(got, tc.want) {
			t.Errorf("%+v: %q, want %q", tc.f, got, tc.want)
		}
	}
	if got := loadFields(h.app.Preferences()); got.Host != "" || got.User != "" {
		t.Errorf("refused fields were remembered: %+v", got)
	}
}

func TestWhere(t *testing.T) {
	for _, tc := range []struct {
		f    Fields
		want string
	}{
		{Fields{Host: "bestuur.example", Database: "bestuur"}, "bestuur.example"},
		{Fields{Host: "db.stichting.nl", Database: "bestuur"}, "db.stichting.nl/bestuur"},
		{Fields{Host: "/var/run/postgresql", Database: "bestuur"}, "bestuur"},
	} {
		if got := tc.f.Where(); got != tc.want {
			t.Errorf("%+v: %q, want %q", tc.f, got, tc.want)
		}
	}
}

// A password with quotes and spaces cannot add a key to the connection.
func TestDSNQuotes(t *testing.T) {
	f := Fields{Host: "/run/pg sock", Port: "5432", Database: "be'stuur", User: "jan"}
	got := f.DSN(`x' host=evil \`)
	want := `host='/run/pg sock' port='5432' dbname='be\'stuur' user='jan' password='x\' host=evil \\'`
	if got != want {
		t.Errorf("DSN\n got %s\nwant %s", got, want)
	}
	if strings.Contains(f.DSN(""), "password") {
		t.Error("an empty password is sent")
	}
}

// After connecting, the four fields are remembered and the password is
// not (there is no key for it, and no field holds it).
func TestConnectRemembersFieldsNotPassword(t *testing.T) {
	s := newServer(t)
	h := newHost(t, model.EN)
	d, _ := s.open(t, h)
	got := loadFields(h.app.Preferences())
	if got != s.fields {
		t.Errorf("remembered %+v, want %+v", got, s.fields)
	}
	for _, k := range []string{"db.password", "password", prefHost, prefPort, prefName, prefUser} {
		if strings.Contains(h.app.Preferences().String(k), "geheim") {
			t.Errorf("%s holds the password", k)
		}
	}
	if want := s.fields.Where() + " / BRIN 00AA"; d.Name() != want {
		t.Errorf("name %q, want %q", d.Name(), want)
	}
	// The connection dialog: the password is asked in a password field
	// and the help says it is never stored.
	c := newConnectForm(h, got)
	if !c.password.Password || c.password.Text != "" || !strings.Contains(c.help.Text, "never stored") {
		t.Errorf("password field %v %q, help %q", c.password.Password, c.password.Text, c.help.Text)
	}
	if c.host.Text != s.fields.Host || c.user.Text != s.fields.User {
		t.Errorf("dialog shows %q/%q, want the remembered fields", c.host.Text, c.user.Text)
	}
}

// A wrong password (or user) shows the store's sentence and remembers
// nothing.
func TestConnectFailsClearly(t *testing.T) {
	s := newServer(t)
	h := newHost(t, model.NL)
	f := s.fields
	f.Database = "bestaat_niet"
	connect(h, f, "", func(*pgstore.Store, []pgstore.PlanInfo) { t.Error("connected") })
	if len(h.errs) != 1 || strings.HasPrefix(h.lastError(), "Er ging iets onverwachts mis") {
		t.Errorf("error: %q", h.lastError())
	}
	if got := loadFields(h.app.Preferences()); got.Host != "" {
		t.Errorf("remembered %+v after a failed connection", got)
	}
}

// Someone else saves the same field: the edit is refused, the conflict
// dialog shows both values, and the user's choice is saved and undoable.
func TestConflictDialogSavesTheChoice(t *testing.T) {
	s := newServer(t)
	h := newHost(t, model.NL)
	d, db := s.open(t, h)
	heard := make(chan *pgdoc.ConflictError, 1)
	db.OnConflict = func(e *pgdoc.ConflictError) { heard <- e }

	ctx := context.Background()
	co, err := s.other.Load(ctx, s.planID)
	if err != nil {
		t.Fatal(err)
	}
	theirs := co.Plan.Clone()
	theirs.Title = "Hun titel"
	if _, err := s.other.Save(ctx, co, theirs); err != nil {
		t.Fatal(err)
	}
	err = d.Edit("Titel", func(p *model.Plan) { p.Title = "Mijn titel" })
	var ce *pgdoc.ConflictError
	if !errors.As(err, &ce) {
		t.Fatalf("edit: %v, want a conflict", err)
	}
	if e := <-heard; e != ce {
		t.Fatal("OnConflict heard another error")
	}
	if !strings.Contains(h.ErrorText(err), "Er is niets opgeslagen") {
		t.Errorf("error text %q", h.ErrorText(err))
	}
	c := newConflictForm(h, ce)
	if len(c.choices) != 1 || c.choices[0].Options[0] != "mijn waarde: Mijn titel" || c.choices[0].Options[1] != "hun waarde: Hun titel" {
		t.Fatalf("choices: %+v", c.choices[0].Options)
	}
	if size := c.content.MinSize(); size.Width > 820 {
		t.Errorf("the dialog needs %v, wider than it is", size)
	}
	// Nothing chosen: the dialog comes again, nothing is written.
	resolve(h, d, db, ce, c.choice(ce))
	if d.Plan().Title == "Mijn titel" {
		t.Error("saved without a choice")
	}
	c.choices[0].SetSelected(c.choices[0].Options[0])
	resolve(h, d, db, ce, c.choice(ce))
	if d.Plan().Title != "Mijn titel" {
		t.Fatalf("after choosing mine the document says %q (%s)", d.Plan().Title, h.lastError())
	}
	if now, _ := s.other.Load(ctx, s.planID); now.Plan.Title != "Mijn titel" {
		t.Errorf("database holds %q", now.Plan.Title)
	}
	if label, ok := d.CanUndo(); !ok || label != "Conflict opgelost" {
		t.Errorf("undo: %q %v", label, ok)
	}
	if err := d.Undo(); err != nil {
		t.Fatal(err)
	}
	if now, _ := s.other.Load(ctx, s.planID); now.Plan.Title != "Hun titel" {
		t.Errorf("after undo the database holds %q, want their title back", now.Plan.Title)
	}
}

// The history lists who changed what, newest first, for the plan and
// for one entity, and shows a line's changed fields.
func TestHistoryView(t *testing.T) {
	s := newServer(t)
	h := newHost(t, model.NL)
	d, db := s.open(t, h)
	if err := d.Edit("Titel", func(p *model.Plan) { p.Title = "Nieuwe titel" }); err != nil {
		t.Fatal(err)
	}
	if err := d.Edit("Risico", func(p *model.Plan) { p.Risks[0].Description = "Ander risico" }); err != nil {
		t.Fatal(err)
	}
	v, err := newHistoryView(h, db)
	if err != nil {
		t.Fatal(err)
	}
	first := historyLine(h, v.lines[0])
	if !strings.Contains(first, s.fields.User) || !strings.Contains(first, "gewijzigd") || !strings.Contains(first, "risico") {
		t.Errorf("newest line %q, want the risk changed by %s", first, s.fields.User)
	}
	if !strings.Contains(historyLine(h, v.lines[1]), "gewijzigd  plan") {
		t.Errorf("second line %q, want the plan", historyLine(h, v.lines[1]))
	}
	n := len(v.lines)
	v.list.Select(1)
	if !strings.Contains(v.detail.Text, `title: "`) || !strings.Contains(v.detail.Text, `wordt "Nieuwe titel"`) {
		t.Errorf("detail %q, want the title old and new", v.detail.Text)
	}
	risk := entityName(h, v.lines[0])
	v.filter.SetSelected(risk)
	if len(v.lines) != 2 || v.lines[0].Operation != "update" || v.lines[1].Operation != "insert" {
		t.Errorf("history of %s: %d lines", risk, len(v.lines))
	}
	v.filter.SetSelected(h.T("db.history.whole"))
	if len(v.lines) != n {
		t.Errorf("whole plan again: %d lines, want %d", len(v.lines), n)
	}
	if size := v.content.MinSize(); size.Width > 960 || size.Height > 580 {
		t.Errorf("history needs %v, more than its dialog", size)
	}
	// A plan from a file has no history: the user is told so.
	ShowHistory(h, fileDoc(t))
	if len(h.errs) != 0 {
		t.Errorf("errors: %v", h.errs)
	}
}

func fileDoc(t *testing.T) *document.Document {
	d, err := document.Create(filepath.Join(t.TempDir(), "plan.balans"), testplan.Regenboog(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close() })
	return d
}
