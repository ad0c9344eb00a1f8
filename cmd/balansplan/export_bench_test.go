package main

import (
	"io"
	"os"
	"path/filepath"
	"testing"

	"balansplan/model/sample"
	"balansplan/model/store"
)

// BenchmarkExportLargeCommand is `balansplan export` of the large plan in
// process, from flags to the written PDF: what the whole-process timing
// of export/bench (-bin) measures, less the process start-up (go run
// ./cmd/floor). With -cpuprofile it shows where the command's time goes.
//
//	go test ./cmd/balansplan -run '^$' -bench ExportLargeCommand -benchtime 20x
func BenchmarkExportLargeCommand(b *testing.B) {
	dir := b.TempDir()
	plan := filepath.Join(dir, "large.balans")
	d, err := store.Create(plan, sample.Large())
	if err != nil {
		b.Fatal(err)
	}
	d.Close()
	out := filepath.Join(dir, "large.pdf")
	b.ReportAllocs()
	for b.Loop() {
		os.Remove(out)
		if code := run([]string{"export", "--in", plan, "--out", out}, io.Discard, io.Discard); code != 0 {
			b.Fatalf("exit %d", code)
		}
	}
}
