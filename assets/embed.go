package assets

import (
	_ "embed"
)

// Monitor2013 is the reference data set of national figures from the Vier
// in balans-monitor 2013 (shared/reference/monitor2013.json), with source
// and confidence per figure.
//
//go:embed reference/monitor2013.json
var Monitor2013 []byte

// DemoPlan is the demo plan in the interchange format balansplan/1: a
// fictional secondary school, Het Dijkcollege, written for Balansplan. It
// is what `balansplan demo` writes and what the app offers on first start.
//
//go:embed demo/dijkcollege.json
var DemoPlan []byte
