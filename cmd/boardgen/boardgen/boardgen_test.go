package boardgen

import (
	"path/filepath"
	"reflect"
	"testing"

	"balansplan/model"
	"balansplan/model/store"
)

func TestSchoolsAreValidDifferentAndTheSameEveryTime(t *testing.T) {
	a, b := School(1, 1), School(3, 1)
	if ps := a.Validate(); len(ps) > 0 {
		t.Fatalf("school 1: %v", ps)
	}
	if ps := b.Validate(); len(ps) > 0 {
		t.Fatalf("school 3: %v", ps)
	}
	if a.ID == b.ID || a.School.Name == b.School.Name || a.Investments[0].Cost == b.Investments[0].Cost {
		t.Error("two schools are alike")
	}
	if b.Status != model.StatusVastgesteld || b.Adoption.Date == "" || a.Status == model.StatusVastgesteld {
		t.Errorf("statuses %s %q, %s", b.Status, b.Adoption.Date, a.Status)
	}
	if !reflect.DeepEqual(a, School(1, 1)) {
		t.Error("School(1, 1) differs between calls")
	}
}

func TestWriteNeverReplacesAFile(t *testing.T) {
	dir := t.TempDir()
	paths, err := Write(dir, 2, 1)
	if err != nil || len(paths) != 2 || paths[1] != filepath.Join(dir, "school-002.balans") {
		t.Fatalf("%v %v", paths, err)
	}
	if _, err := Write(dir, 1, 1); err == nil {
		t.Error("Write replaced school-001.balans")
	}
	doc, err := store.OpenReadOnly(paths[0])
	if err != nil {
		t.Fatal(err)
	}
	defer doc.Close()
	if p, err := doc.Load(); err != nil || p.School.Name != "School 001" {
		t.Errorf("%v", err)
	}
}
