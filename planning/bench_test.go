package planning

import (
	"testing"

	"balansplan/model/sample"
)

// BenchmarkAnalyseLarge analyses the large generated plan (40 visions, 600
// investments, 8 years, 100 assessments) with the reference figures. The
// target is under 2 ms per analysis on the 2-core build machine.
func BenchmarkAnalyseLarge(b *testing.B) {
	p := sample.Large()
	ref := mustReference(b)
	b.ReportAllocs()
	for b.Loop() {
		Analyse(p, ref)
	}
}

// BenchmarkAnalyseLargeJSON is Analyse plus the JSON, what `balansplan
// analyse --json` does after loading.
func BenchmarkAnalyseLargeJSON(b *testing.B) {
	p := sample.Large()
	ref := mustReference(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Analyse(p, ref).JSON(); err != nil {
			b.Fatal(err)
		}
	}
}

// mustReference is the reference figures shipped in the binary, as the
// program uses them.
func mustReference(tb testing.TB) *Reference {
	tb.Helper()
	ref, err := BuiltinReference()
	if err != nil {
		tb.Fatal(err)
	}
	return ref
}
