package main

import (
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// interruptSave leaves in plan what a crash in the middle of a save
// leaves: the sqlite3 tool starts a transaction too big for a cache of two
// pages, so SQLite writes changed pages into the file itself (after
// saving the originals in plan.balans-journal), and is killed before it
// commits. The file then holds half a save, and the journal, now hot,
// holds the pages as they were.
func interruptSave(t *testing.T, plan string) {
	t.Helper()
	before := sum(t, plan)
	cmd := exec.Command("sqlite3", plan)
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() {
		cmd.Process.Kill()
		cmd.Wait()
	}()
	// stdin stays open: the tool waits for more, inside the transaction.
	if _, err := io.WriteString(stdin, `PRAGMA cache_size = 2;
BEGIN;
UPDATE visions SET text = hex(randomblob(3000));
INSERT INTO plan_authors WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200)
  SELECT plan.id, 1000 + i, hex(randomblob(3000)) FROM plan, n;
`); err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		_, jerr := os.Stat(plan + "-journal")
		if jerr == nil && sum(t, plan) != before {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("sqlite3 wrote nothing into the file within 20 s")
		}
	}
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
}

// A save interrupted by a crash: the commands that read refuse the file
// and point to check --repair, which rolls the save back to the last
// saved version and then checks the file.
func TestCheckRepairRollsBackAnInterruptedSave(t *testing.T) {
	t.Parallel()
	if _, err := exec.LookPath("sqlite3"); err != nil {
		t.Skip("the sqlite3 command-line tool is not installed (apt-get install sqlite3); it makes the interrupted save")
	}
	dir := t.TempDir()
	plan := importExample(t, dir)
	saved := sum(t, plan)
	interruptSave(t, plan)
	torn := sum(t, plan)
	if torn == saved {
		t.Fatal("the interrupted save changed nothing in the file; the test makes no hot journal")
	}

	for _, args := range [][]string{
		{"check", "--in", plan},
		{"analyse", "--in", plan},
		{"export", "--in", plan, "--out", filepath.Join(dir, "plan.pdf")},
	} {
		code, _, stderr := call(t, append(args, "--lang", "en")...)
		if code != 1 || !strings.Contains(stderr, "was not closed properly") ||
			!strings.Contains(stderr, "without the app: balansplan check --repair --in ") {
			t.Errorf("%s: exit %d:\n%s", args[0], code, stderr)
		}
		if sum(t, plan) != torn {
			t.Fatalf("%s changed the file", args[0])
		}
		if _, err := os.Stat(plan + "-journal"); err != nil {
			t.Fatalf("%s removed the journal without rolling it back: %v", args[0], err)
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 2 {
		t.Fatalf("expected the plan and its journal, found %v", entries)
	}

	code, stdout, stderr := call(t, "check", "--repair", "--in", plan, "--lang", "en")
	if code != 0 || !strings.Contains(stdout, "had been interrupted. It has been rolled back") ||
		!strings.Contains(stdout, "ok: the file is sound and the plan is valid") {
		t.Fatalf("check --repair: exit %d\n%s\n%s", code, stdout, stderr)
	}
	// Rolling back puts back every page as it was and cuts the file to its
	// old length: the file is again, byte for byte, the one last saved.
	if sum(t, plan) != saved {
		t.Error("after the repair the file differs from the last saved version")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("side files after the repair: %v", entries)
	}

	// A second repair has nothing to do and changes nothing.
	code, stdout, _ = call(t, "check", "--repair", "--in", plan)
	if code != 0 || !strings.Contains(stdout, "er viel niets te herstellen") || sum(t, plan) != saved {
		t.Errorf("second check --repair: exit %d\n%s", code, stdout)
	}
}
