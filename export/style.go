package export

// Page geometry in millimetres: A4 portrait with a calm, wide left margin.
const (
	pageW        = 210.0
	pageH        = 297.0
	marginLeft   = 22.0
	marginRight  = 20.0
	bodyTop      = 26.0
	bodyBottom   = 274.0
	textW        = pageW - marginLeft - marginRight
	headerY      = 14.0 // vertical middle of the running header
	headerRuleY  = 18.0
	footerY      = 285.0
	tableFontPt  = 8.2
	tableLineH   = 3.8
	tablePadX    = 1.6
	tablePadY    = 1.3
	denseFontPt  = 7.4 // a dense table (Table.Dense): one line per investment
	denseLineH   = 3.4
	densePadY    = 1.0
	bodyFontPt   = 9.6
	bodyLineH    = 4.7
	noteFontPt   = 7.8
	noteLineH    = 3.7
	leadFontPt   = 11
	leadLineH    = 5.4
	headingPt    = 10.6
	sectionPt    = 13.5
	chapterPt    = 21
	paragraphGap = 2.6
)

// Colours. The block colours are those of the user interface (see
// planning's chart palette); the rest is a quiet grey-blue.
const (
	colorInk       = "#1f2933"
	colorMuted     = "#616e7c"
	colorFaint     = "#9aa5b1"
	colorRule      = "#cbd2d9"
	colorAccent    = "#1f4e79"
	colorAccentBg  = "#e8eef5"
	colorZebra     = "#f5f7fa"
	colorHeaderBg  = "#e4e9f0"
	colorConcept   = "#c0392b"
	colorToneInfo  = "#e8f0fa"
	colorToneGood  = "#e6f4ea"
	colorToneWarn  = "#fff3d6"
	colorToneBad   = "#fbe3e1"
	colorToneMiss  = "#fbe3e1"
	colorBarInfo   = "#2f6fad"
	colorBarGood   = "#2e7d32"
	colorBarWarn   = "#c77c02"
	colorBarBad    = "#c0392b"
	colorBarMuted  = "#9aa5b1"
	colorMissingTx = "#a33a2f"
)

// toneFill is the background of a cell or callout of a tone.
func toneFill(t Tone) string {
	switch t {
	case ToneInfo:
		return colorToneInfo
	case ToneGood:
		return colorToneGood
	case ToneWarn:
		return colorToneWarn
	case ToneBad:
		return colorToneBad
	case ToneMissing:
		return colorToneMiss
	}
	return ""
}

// toneBar is the strong colour of a tone: the bar of a callout.
func toneBar(t Tone) string {
	switch t {
	case ToneGood:
		return colorBarGood
	case ToneWarn:
		return colorBarWarn
	case ToneBad, ToneMissing:
		return colorBarBad
	case ToneMuted:
		return colorBarMuted
	}
	return colorBarInfo
}
