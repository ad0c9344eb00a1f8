package store

import (
	"path/filepath"
	"strconv"
	"testing"

	"balansplan/model/sample"
)

// BenchmarkScaleOpenLoad is the first stage of `balansplan export` at 1x,
// 4x and 16x the large plan (sample.Scales): open the file (header sniff,
// integrity check, WAL) and load the whole plan, then close it. Issue 14
// asks for at most 2.2x growth per doubling; compare the sizes with
// benchstat:
//
//	go test ./model/store -run '^$' -bench ScaleOpenLoad -benchmem -count 6
func BenchmarkScaleOpenLoad(b *testing.B) {
	for _, n := range sample.Scales {
		b.Run("x="+strconv.Itoa(n), func(b *testing.B) {
			path := filepath.Join(b.TempDir(), "large.balans")
			d := mustCreate(b, path, sample.LargeScaled(n))
			d.Close()
			b.ReportAllocs()
			cpu := sample.ProcessCPU()
			for b.Loop() {
				d, err := Open(path)
				if err != nil {
					b.Fatal(err)
				}
				if _, err := d.Load(); err != nil {
					b.Fatal(err)
				}
				d.Close()
			}
			b.ReportMetric(float64(sample.ProcessCPU()-cpu)/float64(b.N), "cpu-ns/op")
		})
	}
}

// BenchmarkScaleOpenReadOnlyLoad is the same stage as the command line
// runs it (export, analyse): OpenReadOnly, which changes nothing in the
// file, then Load, then Close.
//
//	go test ./model/store -run '^$' -bench ScaleOpenReadOnlyLoad -benchmem -count 6
func BenchmarkScaleOpenReadOnlyLoad(b *testing.B) {
	for _, n := range sample.Scales {
		b.Run("x="+strconv.Itoa(n), func(b *testing.B) {
			path := filepath.Join(b.TempDir(), "large.balans")
			d := mustCreate(b, path, sample.LargeScaled(n))
			d.Close()
			b.ReportAllocs()
			cpu := sample.ProcessCPU()
			for b.Loop() {
				d, err := OpenReadOnly(path)
				if err != nil {
					b.Fatal(err)
				}
				if _, err := d.Load(); err != nil {
					b.Fatal(err)
				}
				d.Close()
			}
			b.ReportMetric(float64(sample.ProcessCPU()-cpu)/float64(b.N), "cpu-ns/op")
		})
	}
}
