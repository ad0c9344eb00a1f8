package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// sample is one run: CPU (user + system) and wall time.
type sample struct{ cpu, wall time.Duration }

func main() {
	bin := flag.String("bin", "bin/balansplan", "the balansplan program to measure")
	before := flag.String("before", "", "another balansplan (an older build) to measure in the same rounds")
	runs := flag.Int("runs", 21, "rounds; each runs every command once")
	var also []build
	flag.Func("also", "NAME=PATH: one more balansplan build to measure in the same rounds (repeatable)", func(v string) error {
		name, path, ok := strings.Cut(v, "=")
		if !ok || name == "" || path == "" {
			return fmt.Errorf("want NAME=PATH, not %q", v)
		}
		also = append(also, build{name, path})
		return nil
	})
	static := flag.Bool("static", false, "also measure a do-nothing cgo program linked statically, as -ldflags '"+staticLDFlags+"' links")
	flag.Parse()
	if *before != "" {
		also = append([]build{{"before", *before}}, also...)
	}
	if err := measure(*bin, also, *static, *runs); err != nil {
		fmt.Fprintln(os.Stderr, "floor:", err)
		os.Exit(1)
	}
}

// build is another build of balansplan, measured beside -bin.
type build struct{ name, path string }

// staticLDFlags link a cgo program into one static executable: no dynamic
// loader, no shared C library to map and relocate at start.
const staticLDFlags = `-linkmode external -extldflags "-static"`

func measure(bin string, also []build, static bool, runs int) error {
	bin, err := filepath.Abs(bin)
	if err != nil {
		return err
	}
	for i := range also {
		if also[i].path, err = filepath.Abs(also[i].path); err != nil {
			return err
		}
	}
	dir, err := os.MkdirTemp("", "floor")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	nothing, err := buildNothing(dir, "nothing", "package main\n\nfunc main() {}\n")
	if err != nil {
		return err
	}
	// The same with cgo: a dynamically linked program with the C runtime,
	// as every program that uses SQLite through go-sqlite3 is.
	const cgoMain = "package main\n\nimport \"C\"\n\nfunc main() {}\n"
	cgoNothing, err := buildNothing(dir, "cgo-nothing", cgoMain)
	if err != nil {
		return err
	}
	// The fixed stack on its own: GORM and its SQLite driver, linked and
	// initialised, doing nothing (./cmd/floor/stack, built in this module
	// so that it gets the same versions).
	stack := filepath.Join(dir, "stack.bin")
	if out, err := exec.Command("go", "build", "-o", stack, "balansplan/cmd/floor/stack").CombinedOutput(); err != nil {
		return fmt.Errorf("building the stack-only program: %v: %s", err, out)
	}
	plan := filepath.Join(dir, "demo.balans")
	if out, err := exec.Command(bin, "demo", "--out", plan).CombinedOutput(); err != nil {
		return fmt.Errorf("%s demo: %v: %s", bin, err, out)
	}
	cmds := []struct {
		name string
		argv []string
	}{
		{"do-nothing Go program", []string{nothing}},
		{"do-nothing cgo program", []string{cgoNothing}},
		{"GORM + SQLite driver, doing nothing", []string{stack}},
		{"balansplan help", []string{bin, "help"}},
		{"balansplan check --in demo", []string{bin, "check", "--in", plan}},
		{"balansplan analyse --in demo", []string{bin, "analyse", "--in", plan}},
	}
	if static {
		staticNothing, err := buildNothing(dir, "cgo-nothing-static", cgoMain, "-ldflags", staticLDFlags)
		if err != nil {
			return err
		}
		cmds = slices.Insert(cmds, 2, struct {
			name string
			argv []string
		}{"do-nothing cgo program, static", []string{staticNothing}})
	}
	for _, b := range also {
		cmds = append(cmds, []struct {
			name string
			argv []string
		}{
			{b.name + ": help", []string{b.path, "help"}},
			{b.name + ": check --in demo", []string{b.path, "check", "--in", plan}},
			{b.name + ": analyse --in demo", []string{b.path, "analyse", "--in", plan}},
		}...)
	}
	fmt.Printf("load average before: %s\n", loadavg())
	got := make([][]sample, len(cmds))
	for r := 0; r < runs; r++ {
		for i, c := range cmds {
			s, err := once(c.argv)
			if err != nil {
				return fmt.Errorf("%s: %v", c.name, err)
			}
			got[i] = append(got[i], s)
		}
	}
	fmt.Printf("load average after:  %s\n", loadavg())
	fmt.Printf("%d paired rounds; medians, and the median of the per-round ratio to the do-nothing program\n", runs)
	fmt.Printf("%-34s %10s %10s %9s %9s\n", "command", "CPU", "wall", "CPU x", "wall x")
	for i, c := range cmds {
		cpu := median(got[i], func(s sample) float64 { return float64(s.cpu) })
		wall := median(got[i], func(s sample) float64 { return float64(s.wall) })
		var rc, rw []float64
		for r := range got[i] {
			rc = append(rc, float64(got[i][r].cpu)/float64(got[0][r].cpu))
			rw = append(rw, float64(got[i][r].wall)/float64(got[0][r].wall))
		}
		fmt.Printf("%-34s %7.2f ms %7.2f ms %8.2fx %8.2fx\n", c.name,
			cpu/1e6, wall/1e6, med(rc), med(rw))
	}
	return nil
}

// buildNothing builds a program that does nothing, from source main, with
// the go command that runs this and the extra build flags given.
func buildNothing(dir, name, main string, flags ...string) (string, error) {
	src := filepath.Join(dir, name)
	if err := os.MkdirAll(src, 0o755); err != nil {
		return "", err
	}
	if err := os.WriteFile(filepath.Join(src, "go.mod"), []byte("module "+name+"\n"), 0o644); err != nil {
		return "", err
	}
	if err := os.WriteFile(filepath.Join(src, "main.go"), []byte(main), 0o644); err != nil {
		return "", err
	}
	out := filepath.Join(dir, name+".bin")
	cmd := exec.Command("go", append(append([]string{"build", "-o", out}, flags...), ".")...)
	cmd.Dir = src
	if b, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("building the do-nothing program: %v: %s", err, b)
	}
	return out, nil
}

func once(argv []string) (sample, error) {
	cmd := exec.Command(argv[0], argv[1:]...)
	start := time.Now()
	if out, err := cmd.CombinedOutput(); err != nil {
		return sample{}, fmt.Errorf("%v: %s", err, out)
	}
	wall := time.Since(start)
	ps := cmd.ProcessState
	return sample{cpu: ps.UserTime() + ps.SystemTime(), wall: wall}, nil
}

func median(s []sample, f func(sample) float64) float64 {
	v := make([]float64, len(s))
	for i := range s {
		v[i] = f(s[i])
	}
	return med(v)
}

func med(v []float64) float64 {
	v = slices.Clone(v)
	slices.Sort(v)
	if len(v)%2 == 1 {
		return v[len(v)/2]
	}
	return (v[len(v)/2-1] + v[len(v)/2]) / 2
}

func loadavg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "unknown"
	}
	return strings.Join(f[:3], " ")
}
