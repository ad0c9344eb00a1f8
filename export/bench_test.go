package export

import (
	"io"
	"testing"

	"balansplan/model"
	"balansplan/model/sample"
)

func TestTheLargePlanMakesAtLeastFortyPages(t *testing.T) {
	p := sample.Large()
	m, _ := loadMetrics()
	lo := layOut(m, Build(p, analyse(t, p), model.NL))
	if n := len(lo.pages); n < 40 {
		t.Errorf("the large plan gives %d pages, want at least 40", n)
	}
}

// BenchmarkExportLarge measures the whole export of the large generated
// plan (40 visions, 600 investments, 8 years, 100 assessments): analysis,
// report, layout and PDF, into memory. docs/performance.md records the
// figures.
func BenchmarkExportLarge(b *testing.B) {
	p := sample.Large()
	ref := mustReference(b)
	b.ReportAllocs()
	cpu := sample.ProcessCPU()
	for b.Loop() {
		r := Build(p, analysePlan(p, ref), model.NL)
		if err := RenderPDF(r, io.Discard); err != nil {
			b.Fatal(err)
		}
	}
	// CPU time as well: painting uses the second core (fontcache.go,
	// compressAll), so wall time on a shared machine says little.
	b.ReportMetric(float64(sample.ProcessCPU()-cpu)/float64(b.N), "cpu-ns/op")
}

// BenchmarkBuildLarge and BenchmarkLayoutLarge split the export into its
// steps.
func BenchmarkBuildLarge(b *testing.B) {
	p := sample.Large()
	a := analysePlan(p, mustReference(b))
	for b.Loop() {
		Build(p, a, model.NL)
	}
}

func BenchmarkLayoutLarge(b *testing.B) {
	p := sample.Large()
	r := Build(p, analysePlan(p, mustReference(b)), model.NL)
	m, _ := loadMetrics()
	for b.Loop() {
		layOut(m, r)
	}
}
