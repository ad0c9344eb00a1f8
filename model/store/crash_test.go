package store

import (
	"bufio"
	"database/sql"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"balansplan/model"
)

// crashChildEnv names the plan file the child process edits.
const crashChildEnv = "BALANSPLAN_STORE_CRASH_CHILD"

// keepVisions is how many visions the child keeps: each edit adds V<n>
// and drops the oldest, so the file's visions must always be exactly
// V<n-keepVisions+1> .. V<n> for the version n it holds.
const keepVisions = 20

func crashPlan() *model.Plan {
	return &model.Plan{
		ID: model.NewID(), School: model.School{Name: "Crashschool"}, Title: "Crashtest",
		StartYear: 2026, EndYear: 2029, Status: model.StatusConcept, Version: "0",
		BudgetCeiling: map[int]model.Money{},
	}
}

// TestCrashChild is the child of TestCommitsSurviveSIGKILL: it opens the
// file, says so (and whether the file was open elsewhere, which it must
// not be: the previous child is dead), then commits edits in a loop and
// reports each one after Commit returned.
func TestCrashChild(t *testing.T) {
	path := os.Getenv(crashChildEnv)
	if path == "" {
		t.Skip("runs only as the child process of TestCommitsSurviveSIGKILL")
	}
	fail := func(err error) {
		fmt.Printf("error %v\n", err)
		os.Exit(3)
	}
	d, err := Open(path)
	if err != nil {
		fail(err)
	}
	if h := d.OpenElsewhere(); h != nil {
		fmt.Printf("error open elsewhere: %+v\n", *h)
	}
	prev, err := d.Load()
	if err != nil {
		fail(err)
	}
	fmt.Println("opened")
	n, _ := strconv.Atoi(prev.Version)
	for {
		n++
		next := prev.Clone()
		next.Version = strconv.Itoa(n)
		next.Visions = append(next.Visions, model.Vision{ID: model.NewID(), Code: "V" + next.Version,
			Title: "Visie " + next.Version, Text: strings.Repeat("tekst ", n%50)})
		if len(next.Visions) > keepVisions {
			next.Visions = next.Visions[1:]
		}
		if err := d.Commit(prev, next); err != nil {
			fail(err)
		}
		// One write(2) per line, straight to the pipe: what the parent
		// reads was committed.
		fmt.Printf("committed %d\n", n)
		prev = next
	}
}

// TestCommitsSurviveSIGKILL kills a child that commits edits, at random
// moments, and checks after each kill that the file is sound and holds
// every edit the child reported as committed (and at most one more, the
// one in flight). Most kills come at a random moment up to 40 ms after
// the child reports the file open, so that they land among its commits
// however slowly a busy machine starts it; every sixth comes at a random
// moment while the child starts and opens the file, and half of the rest
// count the 40 ms from the child's first reported commit. A kill inside Open
// (its switch to WAL mode) can leave a hot journal, which Check rightly
// refuses as needs_recovery; then the test does what a user's next step
// does, alternately a read-write Open and Close and a Repair, and checks
// after that. The test fails only when a committed edit is lost, the file
// is damaged, or the repaired file still does not check.
func TestCommitsSurviveSIGKILL(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("starts 60 processes")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "crash.balans")
	mustCreate(t, path, crashPlan()).Close()

	seed := time.Now().UnixNano()
	t.Logf("seed %d", seed)
	rng := rand.New(rand.NewSource(seed))
	const rounds = 60
	version, afterOpen, withCommits, recovered := 0, 0, 0, 0
	startToOpen := 50 * time.Millisecond // measured below, round by round
	for round := 0; round < rounds; round++ {
		cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$", "-test.count=1")
		cmd.Env = append(os.Environ(), crashChildEnv+"="+path)
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		cmd.Stderr = os.Stderr
		started := time.Now()
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		kill := func() { cmd.Process.Signal(syscall.SIGKILL) }
		early := round%6 == 5
		// Half the other rounds start the kill window at the first
		// reported commit, so that even a slow machine kills among
		// commits, not only among the first ones.
		fromCommit := !early && round%2 == 1
		var timer *time.Timer
		if early {
			timer = time.AfterFunc(time.Duration(rng.Int63n(int64(startToOpen))), kill)
		}
		reported, opened := -1, false
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			line := sc.Text()
			if s, ok := strings.CutPrefix(line, "committed "); ok {
				reported, _ = strconv.Atoi(s)
				if fromCommit && timer == nil {
					timer = time.AfterFunc(time.Duration(rng.Intn(40000))*time.Microsecond, kill)
				}
				continue
			}
			if line == "opened" {
				opened = true
				if !early && !fromCommit {
					startToOpen = time.Since(started)
					timer = time.AfterFunc(time.Duration(rng.Intn(40000))*time.Microsecond, kill)
				}
				continue
			}
			if strings.HasPrefix(line, "error ") {
				t.Errorf("round %d: child: %s", round, line)
			}
		}
		err = cmd.Wait()
		if timer != nil {
			timer.Stop()
		}
		if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() {
			t.Fatalf("round %d: child was not killed: %v", round, err)
		}
		if !early {
			afterOpen++
		}

		// A kill inside Open or Close may leave a hot journal that only a
		// read-write open can roll back: do what the user's next open
		// does, then check.
		if _, err := Check(path); fileReason(err) == ReasonNeedsRecovery {
			if !early && opened && reported >= 0 {
				t.Logf("round %d: a hot journal after the child's commits", round)
			}
			recovered++
			if recovered%2 == 1 {
				d, err := Open(path)
				if err != nil {
					t.Fatalf("round %d: Open after the kill: %v", round, err)
				}
				if err := d.Close(); err != nil {
					t.Fatalf("round %d: Close after the kill: %v", round, err)
				}
			} else if r, err := Repair(path); err != nil || r.Action != RepairRolledBack {
				t.Fatalf("round %d: Repair after the kill: %+v %v", round, r, err)
			}
		}
		got := checkCrashFile(t, path)
		switch {
		case reported >= 0 && got < reported:
			t.Fatalf("round %d: the child reported commit %d, the file holds %d", round, reported, got)
		case reported >= 0 && got > reported+1, reported < 0 && got > version+1:
			t.Fatalf("round %d: the file holds %d, more than one commit past %d", round, got, max(reported, version))
		case got < version:
			t.Fatalf("round %d: the file went back from %d to %d", round, version, got)
		}
		if got > version && !early {
			withCommits++
		}
		version = got
	}
	t.Logf("%d kills (%d after the child opened the file, %d while it started), %d of those after opening with commits, "+
		"%d commits in all, %d hot journals rolled back before the check, 0 lost commits, 0 damaged files",
		rounds, afterOpen, rounds-afterOpen, withCommits, version, recovered)
}

// checkCrashFile checks the file a killed child left and returns the
// version it holds.
func checkCrashFile(t *testing.T, path string) int {
	t.Helper()
	ps, err := Check(path)
	if err != nil || len(ps) > 0 {
		t.Fatalf("Check after the kill: %v %v", ps.Messages(model.EN), err)
	}
	d, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	var lines []string
	if err := d.db.Raw("PRAGMA integrity_check").Scan(&lines).Error; err != nil || len(lines) != 1 || lines[0] != "ok" {
		t.Fatalf("integrity_check: %v %v", lines, err)
	}
	p := mustLoad(t, d)
	n, err := strconv.Atoi(p.Version)
	if err != nil {
		t.Fatalf("version %q", p.Version)
	}
	// The header and the visions were written in one transaction.
	var want []string
	for i := max(1, n-keepVisions+1); i <= n; i++ {
		want = append(want, "V"+strconv.Itoa(i))
	}
	if got := visionCodes(p); strings.Join(got, ",") != strings.Join(want, ",") {
		t.Fatalf("version %d with visions %v", n, got)
	}
	return n
}

// hotJournalChildEnv names the plan file in which the child leaves an
// interrupted rollback-journal write.
const hotJournalChildEnv = "BALANSPLAN_STORE_HOT_JOURNAL_CHILD"

// TestHotJournalChild writes so much in one transaction that SQLite spills
// changed pages into the file, says so, and waits to be killed.
func TestHotJournalChild(t *testing.T) {
	path := os.Getenv(hotJournalChildEnv)
	if path == "" {
		t.Skip("runs only as the child process of TestAnInterruptedWriteIsRolledBackByOpen")
	}
	db, err := sql.Open("sqlite3", path+"?_journal_mode=DELETE")
	if err != nil {
		fmt.Printf("error %v\n", err)
		os.Exit(3)
	}
	db.SetMaxOpenConns(1)
	for _, s := range []string{"PRAGMA cache_size = 2", "BEGIN",
		"UPDATE visions SET text = hex(randomblob(3000))",
		`INSERT INTO plan_authors WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200)
			SELECT plan.id, 1000 + i, hex(randomblob(3000)) FROM plan, n`} {
		if _, err := db.Exec(s); err != nil {
			fmt.Printf("error %s: %v\n", s, err)
			os.Exit(3)
		}
	}
	fmt.Println("spilled")
	time.Sleep(time.Minute)
}

// interruptWrite has a child write into path in rollback-journal mode and
// kills it halfway: the file is half written and a hot journal lies
// beside it. It returns the file's SHA-256 then.
func interruptWrite(t *testing.T, path string) string {
	t.Helper()
	before := sha(t, path)
	cmd := exec.Command(os.Args[0], "-test.run=^TestHotJournalChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), hotJournalChildEnv+"="+path)
	out, _ := cmd.StdoutPipe()
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(out)
	spilled := false
	for !spilled && sc.Scan() {
		if spilled = sc.Text() == "spilled"; !spilled {
			t.Errorf("child: %s", sc.Text())
		}
	}
	if !spilled {
		t.Fatal("the child did not get to spill its write")
	}
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()
	if fi, err := os.Stat(path + "-journal"); err != nil || fi.Size() == 0 {
		t.Fatalf("no hot journal: %v", err)
	}
	halfWritten := sha(t, path)
	if halfWritten == before {
		t.Fatal("the child did not write into the file")
	}
	return halfWritten
}

// closedPlan writes the example to a closed file and returns its path and
// the plan as the file holds it, encoded.
func closedPlan(t *testing.T, dir string) (string, string) {
	t.Helper()
	path := filepath.Join(dir, "plan.balans")
	mustCreate(t, path, regenboog(t)).Close()
	d, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	return path, encode(t, mustLoad(t, d))
}

func TestAnInterruptedWriteIsRolledBackByOpen(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	path, want := closedPlan(t, dir)
	halfWritten := interruptWrite(t, path)

	// Reading alone cannot undo the write: say so, and touch nothing.
	for _, way := range []string{"OpenReadOnly", "Check"} {
		var err error
		if way == "Check" {
			_, err = Check(path)
		} else {
			_, err = OpenReadOnly(path)
		}
		if fileReason(err) != ReasonNeedsRecovery {
			t.Errorf("%s: %v, want needs_recovery", way, err)
		}
	}
	if sha(t, path) != halfWritten {
		t.Fatal("a read-only open changed the file")
	}
	// Open rolls the interrupted write back.
	d, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := encode(t, mustLoad(t, d)); got != want {
		t.Errorf("after recovery:\n%s", lineDiff(want, got))
	}
	d.Close()
	if names := dirNames(t, dir); !slices.Equal(names, []string{"plan.balans"}) {
		t.Errorf("folder has %v", names)
	}
}
