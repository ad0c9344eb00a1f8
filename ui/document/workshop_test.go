package document

import (
	"path/filepath"
	"testing"
	"time"

	"balansplan/model"
	"balansplan/model/store"
)

func TestAGroupOfEditsIsOneStepHoweverLongItTakes(t *testing.T) {
	t.Parallel()
	d, now := newDoc(t)
	old := d.Plan().Version
	for _, v := range []string{"a", "b", "c"} {
		*now = now.Add(10 * time.Minute)
		if err := d.EditGroup("turn/p1", "p1", func(p *model.Plan) { p.Version = v }); err != nil {
			t.Fatal(err)
		}
		if got := onDisk(t, d.Path()).Version; got != v {
			t.Fatalf("the file has version %q after the edit to %q", got, v)
		}
	}
	d.Undo()
	if d.Plan().Version != old {
		t.Errorf("one undo left version %q, want %q", d.Plan().Version, old)
	}
	if _, ok := d.CanUndo(); ok {
		t.Error("the group left more than one step")
	}
}

func TestAnotherKeyEndsAGroup(t *testing.T) {
	t.Parallel()
	d, _ := newDoc(t)
	d.EditGroup("turn/p1", "p1", func(p *model.Plan) { p.Version = "a" })
	d.EditGroup("turn/p2", "p2", func(p *model.Plan) { p.Version = "b" })
	d.Undo()
	if d.Plan().Version != "a" {
		t.Errorf("undo gave %q, want p1's edit kept", d.Plan().Version)
	}
}

func TestAParticipantCopyCarriesItsBase(t *testing.T) {
	t.Parallel()
	d, _ := newDoc(t)
	cp := filepath.Join(t.TempDir(), "anna.balans")
	if err := d.SaveParticipantCopy(cp); err != nil {
		t.Fatal(err)
	}
	f, err := store.OpenReadOnly(cp)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	base, err := f.MergeBase()
	if err != nil || base == nil || base.Plan.ID != d.Plan().ID {
		t.Fatalf("base %+v, error %v", base, err)
	}
	if d.Path() == cp {
		t.Error("the document moved to the copy")
	}
	if err := d.SaveParticipantCopy(d.Path()); err == nil {
		t.Error("a participant copy over the open plan itself was written")
	}
}

func TestACopyIsReadWithItsBase(t *testing.T) {
	t.Parallel()
	d, _ := newDoc(t)
	cp := filepath.Join(t.TempDir(), "bram.balans")
	if err := d.SaveParticipantCopy(cp); err != nil {
		t.Fatal(err)
	}
	c, err := ReadCopy(cp)
	if err != nil {
		t.Fatal(err)
	}
	if c.Base == nil || c.BaseSHA == "" || c.Plan.ID != d.Plan().ID {
		t.Errorf("copy %+v", c)
	}
	plain, err := ReadCopy(d.Path())
	if err != nil || plain.Base != nil {
		t.Errorf("the original reads with base %v, error %v", plain.Base != nil, err)
	}
}
