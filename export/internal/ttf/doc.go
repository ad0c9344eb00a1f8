// Package ttf reads the two things the PDF renderer needs from a TrueType
// font: which characters it has a glyph for (the format 4 "cmap" subtable,
// the same one gofpdf uses) and how wide each of them is (hmtx), in
// thousandths of an em and rounded the way gofpdf rounds them. With these
// the renderer measures and wraps text itself, and replaces characters the
// font lacks before gofpdf ever sees them.
package ttf
