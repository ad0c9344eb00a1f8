package testplan

import (
	_ "embed"
	"os"
	"path/filepath"
	"testing"

	"balansplan/model"
)

// regenboogJSON is a byte-for-byte copy of the contract's examples/regenboog.json.
//
//go:embed regenboog.json
var regenboogJSON []byte

// RegenboogJSON returns the example plan as balansplan/1 JSON. The slice is
// a fresh copy, so a test may change it.
func RegenboogJSON() []byte {
	return append([]byte(nil), regenboogJSON...)
}

// Regenboog decodes the example plan; every call returns a new plan that the
// caller owns.
func Regenboog(tb testing.TB) *model.Plan {
	tb.Helper()
	p, ps := model.DecodeJSONBytes(regenboogJSON)
	if len(ps) > 0 {
		tb.Fatalf("testplan: regenboog.json does not decode: %v", ps)
	}
	return p
}

// RegenboogFile writes the example's JSON into a new file in a temporary
// folder of the test and returns its path, for tests that hand a path to a
// command.
func RegenboogFile(tb testing.TB) string {
	tb.Helper()
	path := filepath.Join(tb.TempDir(), "regenboog.json")
	if err := os.WriteFile(path, regenboogJSON, 0o644); err != nil {
		tb.Fatal(err)
	}
	return path
}

// boardJSON is the example plan with every board chapter filled in
// (issue 13): regenboog.json, adopted (status vastgesteld, version 1.0,
// date 2026-06-23), with a proposal to the board, an adoption block with
// the MR's advice and two signatories, eight inventory lines, four tasks
// with their hours, five risks, the privacy paragraph, the plan's review
// and the five narrative chapters. Everything else is as in
// regenboog.json, so the analysis is the contract's.
//
//go:embed regenboog-board.json
var boardJSON []byte

// BoardJSON returns the example plan with full board data as balansplan/1
// JSON. The slice is a fresh copy, so a test may change it.
func BoardJSON() []byte {
	return append([]byte(nil), boardJSON...)
}

// Board decodes the example plan with full board data; every call returns
// a new plan that the caller owns.
func Board(tb testing.TB) *model.Plan {
	tb.Helper()
	p, ps := model.DecodeJSONBytes(boardJSON)
	if len(ps) > 0 {
		tb.Fatalf("testplan: regenboog-board.json does not decode: %v", ps)
	}
	return p
}

// BoardFile writes BoardJSON into a new file in a temporary folder of the
// test and returns its path.
func BoardFile(tb testing.TB) string {
	tb.Helper()
	path := filepath.Join(tb.TempDir(), "regenboog-board.json")
	if err := os.WriteFile(path, boardJSON, 0o644); err != nil {
		tb.Fatal(err)
	}
	return path
}
