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
	flag.Parse()
	if err := measure(*bin, *before, *runs); err != nil {
		fmt.Fprintln(os.Stderr, "floor:", err)
		os.Exit(1)
	}
}

func measure(bin, before string, runs int) error {
	bin, err := filepath.Abs(bin)
	if err != nil {
		return err
	}
	if before != "" {
		if before, err = filepath.Abs(before); err != nil {
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
	cgoNothing, err := buildNothing(dir, "cgo-nothing", "package main\n\nimport \"C\"\n\nfunc main() {}\n")
	if err != nil {
		return err
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
		{"balansplan help", []string{bin, "help"}},
		{"balansplan check --in demo", []string{bin, "check", "--in", plan}},
		{"balansplan analyse --in demo", []string{bin, "analyse", "--in", plan}},
	}
	if before != "" {
		cmds = append(cmds, []struct {
			name string
			argv []string
		}{
			{"before: help", []string{before, "help"}},
			{"before: check --in demo", []string{before, "check", "--in", plan}},
			{"before: analyse --in demo", []string{before, "analyse", "--in", plan}},
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
	fmt.Printf("%-30s %10s %10s %9s %9s\n", "command", "CPU", "wall", "CPU x", "wall x")
	for i, c := range cmds {
		cpu := median(got[i], func(s sample) float64 { return float64(s.cpu) })
		wall := median(got[i], func(s sample) float64 { return float64(s.wall) })
		var rc, rw []float64
		for r := range got[i] {
			rc = append(rc, float64(got[i][r].cpu)/float64(got[0][r].cpu))
			rw = append(rw, float64(got[i][r].wall)/float64(got[0][r].wall))
		}
		fmt.Printf("%-30s %7.2f ms %7.2f ms %8.2fx %8.2fx\n", c.name,
			cpu/1e6, wall/1e6, med(rc), med(rw))
	}
	return nil
}

// buildNothing builds a program that does nothing, from source main, with
// the go command that runs this.
func buildNothing(dir, name, main string) (string, error) {
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
	cmd := exec.Command("go", "build", "-o", out, ".")
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
