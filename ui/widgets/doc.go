// Package widgets holds Balansplan's own Fyne widgets. Chart draws a
// figure of planning/chart (radar, balance matrix, route, budget bars,
// timeline) with Fyne's canvas primitives, laid out afresh for the size
// the widget is given, so it stays sharp at any window size.
package widgets
