package export

import (
	"io"
	"strconv"
	"testing"

	"balansplan/model"
	"balansplan/model/sample"
)

// The export's stages after the analysis, each at 1x, 4x and 16x the large
// plan (sample.Scales): build the report, lay it out, paint and write the
// PDF. Issue 14 asks for at most 2.2x growth per doubling (4.84x from one
// size to the next, which is two doublings). The write stage also reports
// bytes allocated per page ("B/page"), the figure docs/performance.md
// bounds:
//
//	go test ./export -run '^$' -bench 'Scale(Build|Layout|Write)' -benchmem -count 6
func BenchmarkScaleBuild(b *testing.B) {
	ref := mustReference(b)
	for _, n := range sample.Scales {
		b.Run("x="+strconv.Itoa(n), func(b *testing.B) {
			p := sample.LargeScaled(n)
			a := analysePlan(p, ref)
			b.ReportAllocs()
			cpu := sample.ProcessCPU()
			for b.Loop() {
				Build(p, a, model.NL)
			}
			b.ReportMetric(float64(sample.ProcessCPU()-cpu)/float64(b.N), "cpu-ns/op")
		})
	}
}

func BenchmarkScaleLayout(b *testing.B) {
	ref := mustReference(b)
	m, err := loadMetrics()
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range sample.Scales {
		b.Run("x="+strconv.Itoa(n), func(b *testing.B) {
			p := sample.LargeScaled(n)
			r := Build(p, analysePlan(p, ref), model.NL)
			b.ReportAllocs()
			cpu := sample.ProcessCPU()
			for b.Loop() {
				layOut(m, r)
			}
			b.ReportMetric(float64(sample.ProcessCPU()-cpu)/float64(b.N), "cpu-ns/op")
		})
	}
}

func BenchmarkScaleWrite(b *testing.B) {
	ref := mustReference(b)
	m, err := loadMetrics()
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range sample.Scales {
		b.Run("x="+strconv.Itoa(n), func(b *testing.B) {
			p := sample.LargeScaled(n)
			r := Build(p, analysePlan(p, ref), model.NL)
			lo := layOut(m, r)
			b.ReportAllocs()
			cpu := sample.ProcessCPU()
			for b.Loop() {
				if err := paintPDF(r, lo, io.Discard); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(sample.ProcessCPU()-cpu)/float64(b.N), "cpu-ns/op")
			b.ReportMetric(float64(len(lo.pages)), "pages")
		})
	}
}
