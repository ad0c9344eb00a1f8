package planning

import (
	"strconv"
	"testing"

	"balansplan/model/sample"
)

// BenchmarkScaleAnalyse is the analysis stage of the export at 1x, 4x and
// 16x the large plan (sample.Scales). Issue 14 asks for at most 2.2x growth
// per doubling:
//
//	go test ./planning -run '^$' -bench ScaleAnalyse -benchmem -count 6
func BenchmarkScaleAnalyse(b *testing.B) {
	ref := mustReference(b)
	for _, n := range sample.Scales {
		b.Run("x="+strconv.Itoa(n), func(b *testing.B) {
			p := sample.LargeScaled(n)
			b.ReportAllocs()
			cpu := sample.ProcessCPU()
			for b.Loop() {
				Analyse(p, ref)
			}
			b.ReportMetric(float64(sample.ProcessCPU()-cpu)/float64(b.N), "cpu-ns/op")
		})
	}
}
