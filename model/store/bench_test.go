package store

import (
	"path/filepath"
	"strconv"
	"testing"

	"balansplan/model"
	"balansplan/model/sample"
)

// The performance targets: Load of the large plan under 50 ms, one saved
// edit under 5 ms. Run with
//
//	go test ./model/store/ -run '^$' -bench . -benchmem

func BenchmarkLoadLarge(b *testing.B) {
	path := filepath.Join(b.TempDir(), "large.balans")
	d := mustCreate(b, path, sample.Large())
	d.Close()
	d, err := Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer d.Close()
	b.ResetTimer()
	for b.Loop() {
		if _, err := d.Load(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCommitOneEdit saves one changed investment of the large plan,
// as the UI does after an edit: validate, diff, write, fsync.
func BenchmarkCommitOneEdit(b *testing.B) {
	path := filepath.Join(b.TempDir(), "large.balans")
	d := mustCreate(b, path, sample.Large())
	defer d.Close()
	prev := mustLoad(b, d)
	b.ResetTimer()
	n := 0
	for b.Loop() {
		n++
		next := prev.Clone()
		inv := &next.Investments[n%len(next.Investments)]
		inv.Title = "Aangepast " + strconv.Itoa(n)
		inv.Cost.OneOff += model.Euros(1)
		if err := d.Commit(prev, next); err != nil {
			b.Fatal(err)
		}
		prev = next
	}
}

// BenchmarkCreateLarge is an import: a new file with the large plan,
// built, synced, linked into place and opened.
func BenchmarkCreateLarge(b *testing.B) {
	p := sample.Large()
	dir := b.TempDir()
	n := 0
	for b.Loop() {
		n++
		d, err := Create(filepath.Join(dir, strconv.Itoa(n)+".balans"), p)
		if err != nil {
			b.Fatal(err)
		}
		d.Close()
	}
}

// BenchmarkOpenLarge opens and closes the large plan read-write: sniff,
// integrity check, switch to WAL, and on Close checkpoint and switch back.
func BenchmarkOpenLarge(b *testing.B) {
	path := filepath.Join(b.TempDir(), "large.balans")
	d := mustCreate(b, path, sample.Large())
	d.Close()
	for b.Loop() {
		d, err := Open(path)
		if err != nil {
			b.Fatal(err)
		}
		d.Close()
	}
}
