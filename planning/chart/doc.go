// Package chart lays out the pictures of an analysis once, so that the GUI
// (Fyne canvas) and the PDF (gofpdf) draw the same thing: the radar of the
// five bouwstenen, the balance matrix, the route figure, the budget bars,
// the timeline of the investments and the disagreement of leaders and
// teachers (a dumbbell per bouwsteen, red where planning reports
// assessment_divergence, by the rule of planning.BlockLevel.Divergence).
//
// A Figure is a list of plain Shapes in paint order inside a Box whose size
// the caller chooses: pixels for a widget, millimetres for the PDF, or 1x1
// for unit coordinates. Coordinates run right and down from the top-left
// corner, and every length (stroke widths and text sizes too) is in the
// box's unit, so a renderer only scales and translates. Six primitives
// suffice: rect, line, polyline, polygon, circle and text, all solid; arrow
// heads are already polygons. Texts carry an
// anchor point and an alignment instead of a measured size, because only a
// renderer knows its fonts. A builder that must keep its labels inside the
// box (the radar, the route figure) estimates their size on the safe side
// (TextWidth, Shape.TextExtent) and shrinks the drawing to make room,
// never the text, except where the text must fit inside a shape of fixed
// size (a route block).
//
// An unknown level (a block nobody scored, or every answer "weet niet") is
// never drawn as 0: the radar's outline breaks there into polylines, with
// a muted "weet niet" on the axis, because a point at the centre would
// read as the lowest score.
//
// Colours are semantic keys ("block.visie", "now", "goal", "ceiling",
// "over"), never RGB; Colour maps a key to the one colour both renderers
// use, and an unknown key shows as magenta. Every shape has an ID that says
// what it is ("axis.visie", "bar.2026.inhoud", "inv.N1", "dep.I1.N1") for
// tests, tooltips and hit-testing.
//
// Invariants: the builders are pure functions of their input (same
// analysis, same box, same language: same figure); they never follow
// dependency chains, so a cycle cannot make them loop; cancelled
// investments are not drawn.
package chart
