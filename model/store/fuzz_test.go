package store

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"balansplan/model/testplan"
)

// FuzzOpen feeds the store foreign and damaged files: the fuzz bytes as
// a whole file (mode even) or written over a real plan file made from
// the example at an offset (mode odd). Whatever the bytes, nothing
// panics; OpenReadOnly, Load and Check never change the file or leave
// side files; and a file that Open or Repair refuses stays byte for byte
// as it was, with no side files.
//
//	go test ./model/store -run '^$' -fuzz '^FuzzOpen$' -fuzztime 60s
func FuzzOpen(f *testing.F) {
	real := func() []byte {
		path := filepath.Join(f.TempDir(), "regenboog.balans")
		mustCreate(f, path, regenboog(f)).Close()
		b, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		return b
	}()
	f.Add(real, uint8(0), uint32(0))
	f.Add([]byte(sqliteMagic), uint8(0), uint32(0))
	f.Add(testplan.RegenboogJSON(), uint8(0), uint32(0))
	f.Add([]byte{0, 0, 0, 0}, uint8(1), uint32(60))       // user_version
	f.Add([]byte{0, 0, 0, 0}, uint8(1), uint32(68))       // application_id
	f.Add([]byte{2, 2}, uint8(1), uint32(18))             // WAL mode without a log
	f.Add([]byte{0xff, 0xff, 0xff}, uint8(1), uint32(28)) // page count
	f.Add(make([]byte, 512), uint8(1), uint32(4096))      // a page of zeros
	f.Add([]byte("quantum"), uint8(1), uint32(3*4096+200))
	f.Fuzz(func(t *testing.T, data []byte, mode uint8, off uint32) {
		b := data
		if mode%2 == 1 {
			b = slices.Clone(real)
			at := int(off % uint32(len(b)))
			copy(b[at:], data)
		}
		dir := t.TempDir()
		path := filepath.Join(dir, "plan.balans")
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		sum := sha(t, path)
		unchanged := func(way string) {
			t.Helper()
			if sha(t, path) != sum {
				t.Fatalf("%s changed the file", way)
			}
			if names := dirNames(t, dir); !slices.Equal(names, []string{"plan.balans"}) {
				t.Fatalf("%s left files: %v", way, names)
			}
		}
		if d, err := OpenReadOnly(path); err == nil {
			d.Load()
			d.Close()
		}
		unchanged("OpenReadOnly")
		Check(path)
		unchanged("Check")
		if _, err := Repair(path); err != nil {
			unchanged("a refused Repair")
		}
		d, err := Open(path)
		if err != nil {
			unchanged("a refused Open")
			return
		}
		if _, err := d.Load(); err != nil {
			t.Errorf("Open accepted a plan that Load refuses: %v", err)
		}
		d.Close()
		Check(path)
	})
}
