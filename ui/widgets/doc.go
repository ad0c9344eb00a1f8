// Package widgets holds Balansplan's own Fyne widgets, layouts and the
// presentation's theme:
//
//   - Chart draws a figure of planning/chart (radar, balance matrix,
//     route, budget bars, timeline, the disagreement dumbbell) with Fyne's
//     canvas primitives, laid out afresh for the size the widget is given,
//     so it stays sharp at any window size.
//   - TapCard is a card that does something when tapped.
//   - FlowLayout (objects side by side, wrapping like words),
//     MaxWidthLayout (a page no wider than is easy to read) and
//     FractionLayout (a bar behind a row, as wide as its share).
//   - LargeTheme is the presentation's theme: the app's theme in its light
//     variant with type about twice as large, for the back of the room.
package widgets
