// Command hello is the yardstick of ui/firstframe.sh: the smallest Fyne
// program that opens a window of the size Balansplan starts at (1024x640)
// with one label and paints it. Balansplan's first frame is measured against this one's, in
// pairs under the same load, so that the figure says what Balansplan adds
// to what fyne and the X server cost anyway.
package main

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/widget"
)

func main() {
	a := app.NewWithID("nl.balansplan.hello")
	w := a.NewWindow("Hello")
	w.SetContent(widget.NewLabel("Hello, Balansplan"))
	w.Resize(fyne.NewSize(1024, 640))
	w.ShowAndRun()
}
