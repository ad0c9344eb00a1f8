package dbopen

import (
	"context"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"balansplan/model"
	"balansplan/model/pgstore"
	"balansplan/planning"
	"balansplan/ui/document"
	"balansplan/ui/document/pgdoc"
)

// Host is what the dialogs need of the main window (ui/shell's Shell).
type Host interface {
	T(key string, args ...any) string
	Lang() model.Lang
	Window() fyne.Window
	App() fyne.App
	ShowError(err error)
	SetStatus(msg string)
}

// background runs a call to the server off fyne's goroutine; tests run
// it at once.
var background = func(job func()) { go job() }

// Fields are the non-secret parts of a connection, the ones remembered.
type Fields struct {
	Host     string // host name, or the folder of a Unix socket
	Port     string
	Database string
	User     string
}

// The preference keys of Fields. There is no key for the password.
const (
	prefHost = "db.host"
	prefPort = "db.port"
	prefName = "db.database"
	prefUser = "db.user"
)

func loadFields(p fyne.Preferences) Fields {
	return Fields{
		Host:     p.String(prefHost),
		Port:     p.StringWithFallback(prefPort, "5432"),
		Database: p.String(prefName),
		User:     p.String(prefUser),
	}
}

func (f Fields) save(p fyne.Preferences) {
	p.SetString(prefHost, f.Host)
	p.SetString(prefPort, f.Port)
	p.SetString(prefName, f.Database)
	p.SetString(prefUser, f.User)
}

// Where is how the title names the database: its host and, unless the
// host's name starts with it, the database's name ("bestuur.example",
// "db.stichting.nl/bestuur"); a server on this computer's socket is
// named by its database alone (a folder name says nothing to the user).
func (f Fields) Where() string {
	host := strings.TrimSpace(f.Host)
	switch {
	case strings.HasPrefix(host, "/"):
		return f.Database
	case f.Database == "" || strings.HasPrefix(host, f.Database):
		return host
	}
	return host + "/" + f.Database
}

// check says what is missing or wrong, in the user's words (key and
// arguments), or "" when the fields can be used.
func (f Fields) check() (string, []any) {
	switch {
	case strings.TrimSpace(f.Host) == "":
		return "db.error.host", nil
	case strings.TrimSpace(f.Database) == "":
		return "db.error.database", nil
	case strings.TrimSpace(f.User) == "":
		return "db.error.user", nil
	}
	if n, err := strconv.Atoi(strings.TrimSpace(f.Port)); err != nil || n < 1 || n > 65535 {
		return "db.error.port", []any{f.Port}
	}
	return "", nil
}

// DSN is the libpq key=value string for f and password. Values are
// quoted, so a space or quote in a password cannot add a key.
func (f Fields) DSN(password string) string {
	q := func(s string) string {
		return "'" + strings.NewReplacer(`\`, `\\`, `'`, `\'`).Replace(s) + "'"
	}
	parts := []string{
		"host=" + q(strings.TrimSpace(f.Host)),
		"port=" + q(strings.TrimSpace(f.Port)),
		"dbname=" + q(strings.TrimSpace(f.Database)),
		"user=" + q(strings.TrimSpace(f.User)),
	}
	if password != "" {
		parts = append(parts, "password="+q(password))
	}
	return strings.Join(parts, " ")
}

// connectForm is the connection dialog's content.
type connectForm struct {
	host, port, db, user *widget.Entry
	password             *widget.Entry
	help                 *widget.Label
	content              fyne.CanvasObject
}

func newConnectForm(h Host, f Fields) *connectForm {
	c := &connectForm{
		host: widget.NewEntry(), port: widget.NewEntry(), db: widget.NewEntry(), user: widget.NewEntry(),
		password: widget.NewPasswordEntry(),
	}
	c.host.SetText(f.Host)
	c.host.SetPlaceHolder(h.T("db.host.hint"))
	c.port.SetText(f.Port)
	c.db.SetText(f.Database)
	c.user.SetText(f.User)
	c.help = widget.NewLabel(h.T("db.connect.help"))
	c.help.Wrapping = fyne.TextWrapWord
	form := widget.NewForm(
		widget.NewFormItem(h.T("db.host"), c.host),
		widget.NewFormItem(h.T("db.port"), c.port),
		widget.NewFormItem(h.T("db.database"), c.db),
		widget.NewFormItem(h.T("db.user"), c.user),
		widget.NewFormItem(h.T("db.password"), c.password),
	)
	c.content = container.NewVBox(form, c.help)
	return c
}

func (c *connectForm) fields() Fields {
	return Fields{Host: c.host.Text, Port: c.port.Text, Database: c.db.Text, User: c.user.Text}
}

// Show asks for a connection, then lists the plans the user may see and
// opens the chosen one as a document, handed to open. ref is the national
// reference for the analysis.
func Show(h Host, ref *planning.Reference, open func(*document.Document)) {
	ask(h, h.T("db.connect.title"), func(f Fields, password string) {
		connect(h, f, password, func(st *pgstore.Store, plans []pgstore.PlanInfo) {
			showPlans(h, st, f, plans, ref, open)
		})
	})
}

// Connect asks for a connection with the same dialog as Show (the
// password asked each time, never stored) and hands the open store to
// done, on fyne's goroutine, without listing plans: for a caller that
// reads the database itself, such as the board window (ui/board); title
// is the dialog's. done owns the store and closes it.
func Connect(h Host, title string, done func(st *pgstore.Store, f Fields)) {
	ask(h, title, func(f Fields, password string) {
		open(h, f, password, nil, func(st *pgstore.Store, _ []pgstore.PlanInfo) { done(st, f) })
	})
}

// ask shows the connection dialog and hands the fields and the password
// to then when the user connects.
func ask(h Host, title string, then func(f Fields, password string)) {
	c := newConnectForm(h, loadFields(h.App().Preferences()))
	dlg := dialog.NewCustomConfirm(title, h.T("db.connect.button"), h.T("button.cancel"), c.content, func(ok bool) {
		if !ok {
			return
		}
		password := c.password.Text
		c.password.SetText("") // not kept in the widget either
		then(c.fields(), password)
	}, h.Window())
	c.password.OnSubmitted = func(string) { dlg.Confirm() } // Enter connects
	dlg.Resize(fyne.NewSize(560, 420))
	dlg.Show()
	h.Window().Canvas().Focus(c.password)
}

// connect opens the database and lists the plans, in the background;
// done gets them on fyne's goroutine. The fields are remembered only
// once the connection worked; the password never.
func connect(h Host, f Fields, password string, done func(*pgstore.Store, []pgstore.PlanInfo)) {
	open(h, f, password, func(ctx context.Context, st *pgstore.Store) ([]pgstore.PlanInfo, error) {
		return st.Plans(ctx, "")
	}, done)
}

// open opens the database and runs list (when not nil) in the background;
// done gets the store and the plans on fyne's goroutine. The fields are
// remembered only once both worked; the password never.
func open(h Host, f Fields, password string, list func(context.Context, *pgstore.Store) ([]pgstore.PlanInfo, error), done func(*pgstore.Store, []pgstore.PlanInfo)) {
	if key, args := f.check(); key != "" {
		h.ShowError(textError{h.T(key, args...)})
		return
	}
	h.SetStatus(h.T("db.status.connecting", f.Where()))
	dsn := f.DSN(password)
	background(func() {
		ctx, cancel := context.WithTimeout(context.Background(), pgdoc.Timeout)
		defer cancel()
		st, err := pgstore.Open(ctx, dsn, pgstore.Options{})
		var plans []pgstore.PlanInfo
		if err == nil && list != nil {
			plans, err = list(ctx, st)
			if err != nil {
				st.Close()
			}
		}
		fyne.Do(func() {
			if err != nil {
				h.ShowError(err)
				return
			}
			f.save(h.App().Preferences())
			if list != nil {
				h.SetStatus(h.T("db.status.connected", f.Where(), len(plans)))
			} else {
				h.SetStatus(h.T("db.status.open", f.Where()))
			}
			done(st, plans)
		})
	})
}

// textError is an error whose text is already in the user's language.
type textError struct{ text string }

func (e textError) Error() string             { return e.text }
func (e textError) Message(model.Lang) string { return e.text }
