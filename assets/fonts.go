package assets

import (
	_ "embed"
)

// The Noto Sans family that the PDF plan is set in: the same typeface as
// the user interface, in the four styles the report uses. Noto Sans is
// licensed under the SIL Open Font License 1.1 (fonts/OFL.txt), which
// allows embedding the fonts in documents and shipping them with the
// program. Only the Latin, Greek and Cyrillic scripts are covered; the PDF
// renderer replaces characters outside the font visibly.
var (
	//go:embed fonts/NotoSans-Regular.ttf
	FontRegular []byte
	//go:embed fonts/NotoSans-Bold.ttf
	FontBold []byte
	//go:embed fonts/NotoSans-Italic.ttf
	FontItalic []byte
	//go:embed fonts/NotoSans-BoldItalic.ttf
	FontBoldItalic []byte
	// FontLicence is the licence text of the fonts, to show in the about
	// box and to ship next to the binary.
	//
	//go:embed fonts/OFL.txt
	FontLicence []byte
)

// The minus sign, in the regular and the bold weight. Noto Sans leaves the
// mathematical operators to Noto Sans Math, so the faces above have no
// U+2212 MINUS SIGN, and a negative amount would have to start with a
// hyphen or a dash. The Noto Sans faces for the Indic scripts carry Noto
// Sans's own plus and minus: in Noto Sans Tamil the minus has exactly the
// advance width (572 units) and side bearings of Noto Sans's plus and the
// same height on the math axis. fonts/NotoSansMinus-*.ttf are those faces
// cut down (pyftsubset) to that one glyph and renamed "Noto Sans Minus",
// about 1.2 KB each, from Debian's fonts-noto-core 20201225, under the same
// licence (Noto has no Reserved Font Name). The PDF renderer sets every
// U+2212 in this face; italic text takes the upright minus, as mathematics
// does.
var (
	//go:embed fonts/NotoSansMinus-Regular.ttf
	FontMinusRegular []byte
	//go:embed fonts/NotoSansMinus-Bold.ttf
	FontMinusBold []byte
)
