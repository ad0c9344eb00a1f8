package crash

import (
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"balansplan/model"
)

// Host is what the dialogs need of the app; fyne.App has both.
type Host interface {
	Clipboard() fyne.Clipboard
	OpenURL(*url.URL) error
}

// OfferPending shows, on win, the newest crash in dir that was not
// offered yet, and marks every pending one offered. It returns nil, and
// shows nothing, when there is none.
func OfferPending(host Host, win fyne.Window, lang model.Lang, dir string) dialog.Dialog {
	pending := Pending(dir)
	if len(pending) == 0 {
		return nil
	}
	newest := pending[0]
	for i, r := range pending {
		to, err := MarkOffered(r)
		if err != nil {
			fyne.LogError("crash: marking "+r.Path+" offered", err)
		}
		if i == 0 {
			newest.Path = to
		}
	}
	return Offer(host, win, lang, newest, len(pending)-1)
}

// OfferAtStart is OfferPending for the crash folder of this process's
// net (Install): the one call a window needs at its start. Without a net
// it shows nothing.
func OfferAtStart(host Host, win fyne.Window, lang model.Lang) dialog.Dialog {
	_, dir, ok := Installed()
	if !ok {
		return nil
	}
	return OfferPending(host, win, lang, dir)
}

// Offer is the dialog that says the app closed unexpectedly, with the
// crash in r, and offers to copy its details or open its folder. earlier
// is the number of older crash files offered with it.
func Offer(host Host, win fyne.Window, lang model.Lang, r Report, earlier int) dialog.Dialog {
	when := r.Started.Local().Format("2006-01-02 15:04")
	body := widget.NewLabel(fmt.Sprintf(txtOfferBody.In(lang), when))
	body.Wrapping = fyne.TextWrapWord
	file := widget.NewLabel(txtOfferFile.In(lang))
	file.Wrapping = fyne.TextWrapWord
	items := []fyne.CanvasObject{body, file}
	if earlier > 0 {
		items = append(items, widget.NewLabel(fmt.Sprintf(txtOfferMore.In(lang), earlier)))
	}
	details := widget.NewForm(
		widget.NewFormItem(txtWhat.In(lang), wrapped(r.Summary(), fyne.TextWrapWord)),
		widget.NewFormItem(txtAction.In(lang), wrapped(orUnknown(r.LastAction, lang), fyne.TextWrapWord)),
		widget.NewFormItem(txtFile.In(lang), wrapped(r.Path, fyne.TextWrapBreak)),
	)
	items = append(items, details)

	var d *dialog.CustomDialog
	copyBtn := widget.NewButton(txtCopy.In(lang), nil)
	copyBtn.OnTapped = func() {
		host.Clipboard().SetContent(r.Text)
		copyBtn.SetText(txtCopied.In(lang))
	}
	openBtn := widget.NewButton(txtOpen.In(lang), func() { openFolder(host, win, lang, filepath.Dir(r.Path)) })
	closeBtn := widget.NewButton(txtClose.In(lang), func() { d.Hide() })
	closeBtn.Importance = widget.HighImportance
	d = dialog.NewCustomWithoutButtons(txtOfferTitle.In(lang), container.NewVBox(items...), win)
	d.SetButtons([]fyne.CanvasObject{copyBtn, openBtn, closeBtn})
	d.Resize(fyne.NewSize(560, 0))
	d.Show()
	return d
}

// About is the Help menu's "Over Balansplan": version, build, system and
// the crash folder, with a button that opens it. It shows what the last
// Install was given; before any (tests), the version is "unknown".
func About(host Host, win fyne.Window, lang model.Lang) dialog.Dialog {
	info, dir, ok := Installed()
	return about(host, win, lang, info, dir, ok)
}

func about(host Host, win fyne.Window, lang model.Lang, info Info, dir string, ok bool) dialog.Dialog {
	intro := widget.NewLabel(txtAboutText.In(lang))
	intro.Wrapping = fyne.TextWrapWord
	where := txtNoCrashDir.In(lang)
	if ok {
		where = dir
	}
	form := widget.NewForm(
		widget.NewFormItem(txtVersion.In(lang), wrapped(orUnknown(info.Version, lang), fyne.TextWrapBreak)),
		widget.NewFormItem(txtBuild.In(lang), wrapped(orUnknown(info.Build, lang), fyne.TextWrapWord)),
		widget.NewFormItem(txtSystem.In(lang), widget.NewLabel(runtime.GOOS+"/"+runtime.GOARCH)),
		widget.NewFormItem(txtCrashDir.In(lang), wrapped(where, fyne.TextWrapBreak)),
	)
	note := widget.NewLabel(txtCrashNote.In(lang))
	note.Wrapping = fyne.TextWrapWord
	var d *dialog.CustomDialog
	buttons := []fyne.CanvasObject{}
	if ok {
		buttons = append(buttons, widget.NewButton(txtOpen.In(lang), func() { openFolder(host, win, lang, dir) }))
	}
	closeBtn := widget.NewButton(txtClose.In(lang), func() { d.Hide() })
	closeBtn.Importance = widget.HighImportance
	buttons = append(buttons, closeBtn)
	d = dialog.NewCustomWithoutButtons(txtAbout.In(lang), container.NewVBox(intro, form, note), win)
	d.SetButtons(buttons)
	d.Resize(fyne.NewSize(520, 0))
	d.Show()
	return d
}

// openFolder asks the system's file manager to show dir, creating it
// first (About may be asked before anything crashed); a failure is said
// with the path, so the user can go there by hand.
func openFolder(host Host, win fyne.Window, lang model.Lang, dir string) {
	err := os.MkdirAll(dir, 0o700)
	if err == nil {
		err = host.OpenURL(FolderURL(dir))
	}
	if err != nil {
		dialog.ShowInformation(txtOpen.In(lang), fmt.Sprintf(txtOpenFail.In(lang), err, dir), win)
	}
}

// FolderURL is the file:// URL of a local folder, on Windows too
// (file:///C:/Users/...).
func FolderURL(dir string) *url.URL {
	p := filepath.ToSlash(dir)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p
	}
	return &url.URL{Scheme: "file", Path: p}
}

// wrapped is a label that wraps: words for sentences, anywhere for
// paths, which have no spaces to break at.
func wrapped(s string, how fyne.TextWrap) *widget.Label {
	l := widget.NewLabel(s)
	l.Wrapping = how
	return l
}

func orUnknown(s string, lang model.Lang) string {
	if s == "" {
		return txtUnknown.In(lang)
	}
	return s
}
