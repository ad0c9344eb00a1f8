package store

import (
	"os"
	"slices"
	"strings"
	"testing"

	"balansplan/model"
)

func TestRepairRollsBackAnInterruptedWrite(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	path, want := closedPlan(t, dir)
	interruptWrite(t, path)

	r, err := Repair(path)
	if err != nil {
		t.Fatal(err)
	}
	if r.Action != RepairRolledBack || !strings.Contains(r.Text.NL, `In het bestand "plan.balans" was een opslagactie onderbroken. Die is teruggedraaid`) ||
		!strings.Contains(r.Text.EN, `A save to the file "plan.balans" had been interrupted. It has been rolled back`) {
		t.Errorf("Repair = %+v", r)
	}
	if names := dirNames(t, dir); !slices.Equal(names, []string{"plan.balans"}) {
		t.Errorf("folder has %v", names)
	}
	if ps, err := Check(path); err != nil || len(ps) > 0 {
		t.Fatalf("Check after Repair: %v %v", ps.Messages(model.EN), err)
	}
	d, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := encode(t, mustLoad(t, d)); got != want {
		t.Errorf("after Repair:\n%s", lineDiff(want, got))
	}
	d.Close()
	h, _ := sniff(path)
	if h.walHeader {
		t.Error("the repaired file is in WAL mode")
	}

	// Once more: nothing to do, nothing changes.
	sum := sha(t, path)
	if r, err := Repair(path); err != nil || r.Action != RepairNothing || !strings.Contains(r.Text.EN, "nothing to repair") {
		t.Errorf("second Repair = %+v, %v", r, err)
	}
	if sha(t, path) != sum {
		t.Error("a Repair with nothing to do changed the file")
	}
}

func TestRepairMovesTheLogOfAKilledWriterIntoTheFile(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	path, _ := closedPlan(t, dir)
	// The child commits one edit and is killed with the file open: the
	// edit is only in the -wal log.
	killChild(t, holdInChild(t, path, true))
	if fi, err := os.Stat(path + "-wal"); err != nil || fi.Size() == 0 {
		t.Fatalf("no log: %v", err)
	}
	r, err := Repair(path)
	if err != nil {
		t.Fatal(err)
	}
	if r.Action != RepairLogMerged || !strings.Contains(r.Text.NL, "plan.balans-wal") || !strings.Contains(r.Text.EN, "nothing was lost") {
		t.Errorf("Repair = %+v", r)
	}
	// One self-contained file, in rollback mode, with the child's edit;
	// the killed child's marker is gone too.
	if names := dirNames(t, dir); !slices.Equal(names, []string{"plan.balans"}) {
		t.Errorf("folder has %v", names)
	}
	if h, _ := sniff(path); h.walHeader {
		t.Error("the repaired file is in WAL mode")
	}
	d, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	if p := mustLoad(t, d); p.Title != "Door het kind gewijzigd" {
		t.Errorf("the committed edit is lost: title %q", p.Title)
	}
}

func TestRepairLeavesAFileThatIsOpenAlone(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	path, _ := closedPlan(t, dir)
	d, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	prev := mustLoad(t, d)
	next := prev.Clone()
	next.Title = "In de log"
	if err := d.Commit(prev, next); err != nil {
		t.Fatal(err)
	}
	sum, names := sha(t, path), dirNames(t, dir)
	r, err := Repair(path)
	if err != nil || r.Action != RepairInUse || !strings.Contains(r.Text.NL, "is nu open in Balansplan") {
		t.Errorf("Repair = %+v, %v", r, err)
	}
	if sha(t, path) != sum || !slices.Equal(dirNames(t, dir), names) {
		t.Error("Repair changed a file that is open")
	}
}

func TestRepairOfAReadOnlyFileIsRefused(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	path, _ := closedPlan(t, dir)
	halfWritten := interruptWrite(t, path)
	if err := os.Chmod(path, 0o444); err != nil {
		t.Fatal(err)
	}
	if _, err := Repair(path); fileReason(err) != ReasonReadOnly {
		t.Errorf("Repair: %v, want read_only", err)
	}
	if sha(t, path) != halfWritten {
		t.Error("the file changed")
	}
}
