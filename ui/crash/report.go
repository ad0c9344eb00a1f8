package crash

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// maxRead is the most of a crash file Read takes in: a stack of every
// goroutine (GOTRACEBACK=all) stays far below it.
const maxRead = 4 << 20

// Report is one crash file as read back.
type Report struct {
	Path       string
	Version    string
	Build      string
	OS         string // GOOS/GOARCH
	Started    time.Time
	LastAction string // "-" when the user had done nothing yet
	// Trace is what the runtime wrote after the header: the panic message
	// and the stack; empty when the program did not crash.
	Trace string
	// Text is the whole file, as "Details kopiëren" copies it.
	Text string
}

// ErrNotACrashFile is Read's error for a file that does not start with a
// crash file's header.
var ErrNotACrashFile = errors.New("not a Balansplan crash file")

// Read reads a crash file.
func Read(path string) (Report, error) {
	f, err := os.Open(path)
	if err != nil {
		return Report{}, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxRead))
	if err != nil {
		return Report{}, err
	}
	r, err := parse(data)
	if err != nil {
		return Report{}, fmt.Errorf("%s: %w", path, err)
	}
	r.Path = path
	return r, nil
}

// parse reads the header's "key: value" lines up to the empty line after
// them; the rest is the runtime's.
func parse(data []byte) (Report, error) {
	r := Report{Text: string(data)}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 4096), maxRead)
	if !sc.Scan() || sc.Text() != title {
		return r, ErrNotACrashFile
	}
	consumed := len(sc.Bytes()) + 1
	ended := false
	for sc.Scan() {
		line := sc.Text()
		consumed += len(sc.Bytes()) + 1
		if line == "" {
			ended = true
			break
		}
		key, value, ok := strings.Cut(line, ": ")
		if !ok {
			return r, fmt.Errorf("%w: header line %q", ErrNotACrashFile, line)
		}
		value = strings.TrimRight(value, " ")
		switch key {
		case keyVersion:
			r.Version = value
		case keyBuild:
			r.Build = value
		case keyOS:
			r.OS = value
		case keyStarted:
			t, err := time.Parse(time.RFC3339, value)
			if err != nil {
				return r, fmt.Errorf("%w: start time %q", ErrNotACrashFile, value)
			}
			r.Started = t
		case keyAction:
			r.LastAction = value
		}
	}
	if !ended {
		// Cut short while the header was written: nothing crashed yet.
		return r, nil
	}
	if consumed < len(data) {
		r.Trace = strings.TrimSpace(string(data[consumed:]))
	}
	return r, nil
}

// Crashed says whether the runtime wrote a panic or fatal error into the
// file, rather than the program still running or having been killed.
func (r Report) Crashed() bool { return r.Trace != "" }

// Summary is the first line of the trace ("panic: ..." or "fatal error:
// ..."), the one line a user can read out over the phone.
func (r Report) Summary() string {
	for _, line := range strings.Split(r.Trace, "\n") {
		if strings.HasPrefix(line, "panic: ") || strings.HasPrefix(line, "fatal error: ") {
			return line
		}
	}
	first, _, _ := strings.Cut(r.Trace, "\n")
	return first
}

// Pending is every crash file in dir with a crash in it that has not been
// offered yet, newest first. A file that cannot be read is skipped: the
// offer is a courtesy, not a condition for starting.
func Pending(dir string) []Report {
	paths, _ := filepath.Glob(filepath.Join(dir, "crash-*.log"))
	var out []Report
	for _, p := range paths {
		r, err := Read(p)
		if err != nil || !r.Crashed() {
			continue
		}
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool {
		if !out[i].Started.Equal(out[j].Started) {
			return out[i].Started.After(out[j].Started)
		}
		return out[i].Path > out[j].Path
	})
	return out
}

// MarkOffered renames a pending crash file from .log to .txt, so it is
// offered once and stays in the folder for later. It returns the new
// path.
func MarkOffered(r Report) (string, error) {
	to := strings.TrimSuffix(r.Path, ".log") + ".txt"
	if err := os.Rename(r.Path, to); err != nil {
		return r.Path, err
	}
	return to, nil
}
