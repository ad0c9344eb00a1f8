package screens

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// A fyne label refreshed shapes and measures its text again, even when
// the text is the one it shows; a table's refresh updates every visible
// cell and header, and every screen is refreshed after each edit, so on
// the large plan those refreshes were most of an edit (issue 14). The
// helpers here change a label only when what it shows changes.

// setText shows text in l, refreshing it only when the text changed.
func setText(l *widget.Label, text string) {
	if l.Text != text {
		l.SetText(text)
	}
}

// setLabel shows text in l in bold or not and with importance imp,
// refreshing it only when one of them changed.
func setLabel(l *widget.Label, text string, bold bool, imp widget.Importance) {
	if l.Text != text || l.TextStyle.Bold != bold || l.Importance != imp {
		l.Text, l.TextStyle.Bold, l.Importance = text, bold, imp
		l.Refresh()
	}
}

// labelsKey is what the labels among objs show: text, style, alignment,
// importance, wrapping and truncation, one string each. Two equal keys
// show the same.
func labelsKey(objs []fyne.CanvasObject) []string {
	key := make([]string, 0, len(objs))
	for _, o := range objs {
		l, ok := o.(*widget.Label)
		if !ok {
			return nil // not only labels: never equal to a key (nil is no key)
		}
		key = append(key, l.Text+"\x00"+strconv.Itoa(int(l.Importance))+
			"\x00"+strconv.FormatBool(l.TextStyle.Bold)+strconv.Itoa(int(l.Alignment))+
			strconv.Itoa(int(l.Wrapping))+strconv.Itoa(int(l.Truncation)))
	}
	return key
}
