package shell

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"balansplan/assets"
)

// showWelcome fills the window when no plan is open: start a new plan,
// open one, open a recent one or the demo plan.
func (s *Shell) showWelcome() {
	s.heading.SetText(s.T("welcome.heading"))
	icon := canvas.NewImageFromResource(fyne.NewStaticResource("icon.png", assets.Icon))
	icon.FillMode = canvas.ImageFillContain
	icon.SetMinSize(fyne.NewSize(96, 96))
	intro := widget.NewLabel(s.T("welcome.text"))
	intro.Wrapping = fyne.TextWrapWord
	intro.Alignment = fyne.TextAlignCenter

	newBtn := widget.NewButtonWithIcon(s.T("menu.new"), theme.DocumentCreateIcon(), s.NewPlan)
	newBtn.Importance = widget.HighImportance
	buttons := container.NewVBox(
		newBtn,
		widget.NewButtonWithIcon(s.T("menu.open"), theme.FolderOpenIcon(), s.Open),
		widget.NewButtonWithIcon(s.T("menu.import"), theme.UploadIcon(), s.ImportJSON),
		widget.NewButtonWithIcon(s.T("menu.demo"), theme.MediaPlayIcon(), s.OpenDemo),
	)
	if recent := s.prefs.recent(); len(recent) > 0 {
		buttons.Add(widget.NewLabelWithStyle(s.T("menu.recent"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		for _, p := range recent {
			p := p
			b := widget.NewButton(baseName(p), func() { s.openPath(p) })
			b.Alignment = widget.ButtonAlignLeading
			buttons.Add(b)
		}
	}
	box := container.NewVBox(icon, intro, buttons)
	s.body.Objects = []fyne.CanvasObject{container.NewCenter(container.NewGridWrap(fyne.NewSize(420, box.MinSize().Height), box))}
	s.body.Refresh()
}
