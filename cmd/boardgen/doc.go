// Command boardgen writes a school board's folder of plan files for the
// board roll-up's measurements and for trying `balansplan board`:
//
//	go run ./cmd/boardgen --dir D [--schools 200] [--scale 1]
//
// Each school's plan is model/sample's generated plan at the given scale
// (scale 1 is the large plan: 40 vision statements, 600 investments over
// eight years, 100 self-assessments), with the school's number as its
// seed, so that every school's figures differ and the same call writes the
// same files. Each gets its own plan ID, name, BRIN and number of pupils;
// every third plan is adopted (vastgesteld, with an adoption date), the
// others are a draft or discussed. The files are written with store.Create,
// which never replaces an existing file: D may exist, but not hold files
// of the same names.
//
// The plans are made by the package boardgen beside this command, which
// the roll-up's benchmark in cmd/balansplan uses too. It is a tool for
// developers, not part of the product.
package main
