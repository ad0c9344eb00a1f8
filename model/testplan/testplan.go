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
