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
