// Command floor measures the command line's floor: what a subcommand of
// balansplan costs before it does its work, against a Go program that
// does nothing, built in the same run with the same toolchain.
//
//	go run ./cmd/floor [-bin bin/balansplan] [-before OLD] [-also NAME=PATH ...] [-static] [-runs 21]
//
// -before and every -also add the same three commands of another build
// (an older one, a statically linked one) to each round; -static adds a
// do-nothing cgo program linked statically, the reference for a
// statically linked balansplan.
//
// It builds the do-nothing program (and the same with cgo, as every
// program that uses SQLite through go-sqlite3 is: dynamically linked, with
// the C runtime, and ./cmd/floor/stack, which links GORM and its SQLite
// driver and does nothing: the fixed stack's own floor), writes the demo
// plan with `balansplan demo`, and then runs, in each round, the
// do-nothing program
// and each measured command once, one after the other (paired runs, so
// that a change in the machine's load falls on both). CPU is user plus
// system time of the child as the kernel counts it (rusage, microseconds);
// wall is the time from start to exit. It prints the medians and the
// median of the per-round ratios to the do-nothing program, and the load
// average before and after. The figures are in docs/performance.md.
//
// It is a measuring tool for developers, not part of the product, and
// needs the go command.
package main
