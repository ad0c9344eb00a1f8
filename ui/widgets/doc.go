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
//   - FitTable gives a table's columns the width its pane has: the
//     wanted widths when they fit, else each column gives up part of its
//     room above its minimum until the table fits (FitWidths), so the last
//     column shows without scrolling sideways.
//   - AppTheme is the main window's theme: fyne's default theme with
//     colours that every text meets WCAG AA against (Accessible), in the
//     look the user chose (light, dark or the system's), with a text scale.
//     TextPairs lists the text-on-background pairs fyne's widgets draw;
//     Contrast and Luminance are WCAG 2's formulas, and the tests check
//     every pair of every theme in both variants.
//   - LargeTheme is the presentation's theme: the accessible light colours
//     whatever the variant asked for, with type about twice as large, for
//     the back of the room.
package widgets
