package crash

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"
)

// Info is what the program says about itself: the version from git
// (git describe, set at build time) and the build (commit time and Go
// version).
type Info struct {
	Version string
	Build   string
}

// Folder is the name of the crash files' folder inside the app's storage
// folder.
const Folder = "crashes"

// actionWidth is the room for the last action's name in the header; a
// longer name is cut. Fixed, so Note can overwrite it in place.
const actionWidth = 80

// staleAfter is the age after which a crash file with only a header (a
// program that was killed rather than crashed) is removed at start.
const staleAfter = 7 * 24 * time.Hour

// Dir is the crash folder of the app with ID appID: crashes/ inside the
// storage folder fyne gives the app (fyne's app.Storage root: the user's
// configuration folder, then fyne/<appID>). It is worked out here rather
// than asked of fyne so that the net is in place before fyne starts.
func Dir(appID string) (string, error) {
	var root string
	switch runtime.GOOS {
	case "windows":
		home, err := os.UserHomeDir()
		if err != nil {
			return "", err
		}
		root = filepath.Join(home, "AppData", "Roaming")
	case "darwin":
		home, err := os.UserHomeDir()
		if err != nil {
			return "", err
		}
		root = filepath.Join(home, "Library", "Preferences")
	default:
		dir, err := os.UserConfigDir()
		if err != nil {
			return "", err
		}
		root = dir
	}
	return filepath.Join(root, "fyne", appID, Folder), nil
}

// Net is the crash file of the running program.
type Net struct {
	Dir  string // the crash folder
	Path string // this run's crash file
	Info Info

	mu     sync.Mutex
	f      *os.File
	slot   int64 // offset of the last action's value in the file
	closed bool
}

// installed is the net of this process, for Note and About; nil before
// Install and after Close.
var installed atomic.Pointer[Net]

// lastInfo is the Info of the last Install, for About after Close too.
var lastInfo atomic.Pointer[installInfo]

type installInfo struct {
	info Info
	dir  string
}

// Install creates this run's crash file in dir, writes its header and
// makes the runtime append any fatal panic to it. It also removes crash
// files of killed programs that are more than a week old. Call Close on a
// clean exit.
func Install(dir string, info Info, now time.Time) (*Net, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, err
	}
	removeStale(dir, now)
	name := fmt.Sprintf("crash-%s-%d.log", now.UTC().Format("20060102-150405"), os.Getpid())
	path := filepath.Join(dir, name)
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return nil, err
	}
	head, slot := header(info, runtime.GOOS+"/"+runtime.GOARCH, now)
	if _, err := f.WriteString(head); err != nil {
		f.Close()
		os.Remove(path)
		return nil, err
	}
	if err := debug.SetCrashOutput(f, debug.CrashOptions{}); err != nil {
		f.Close()
		os.Remove(path)
		return nil, err
	}
	n := &Net{Dir: dir, Path: path, Info: info, f: f, slot: slot}
	installed.Store(n)
	lastInfo.Store(&installInfo{info: info, dir: dir})
	return n, nil
}

// Header keys, in the order they are written; Read parses them back.
const (
	keyVersion = "version"
	keyBuild   = "build"
	keyOS      = "os"
	keyStarted = "started"
	keyAction  = "last action"
)

// title is the crash file's first line.
const title = "Balansplan crash report (crashverslag)"

// header is the text written before anything else, and the offset of the
// last action's value in it.
func header(info Info, osArch string, now time.Time) (string, int64) {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n", title)
	fmt.Fprintf(&b, "%s: %s\n", keyVersion, oneLine(info.Version))
	fmt.Fprintf(&b, "%s: %s\n", keyBuild, oneLine(info.Build))
	fmt.Fprintf(&b, "%s: %s\n", keyOS, osArch)
	fmt.Fprintf(&b, "%s: %s\n", keyStarted, now.UTC().Format(time.RFC3339))
	fmt.Fprintf(&b, "%s: ", keyAction)
	slot := int64(b.Len())
	fmt.Fprintf(&b, "%s\n\n", actionField("-"))
	return b.String(), slot
}

// actionField is name on one line, cut to actionWidth bytes on a rune
// boundary and padded with spaces to exactly that width.
func actionField(name string) string {
	name = oneLine(name)
	if len(name) > actionWidth {
		cut := actionWidth
		for cut > 0 && !utf8.RuneStart(name[cut]) {
			cut--
		}
		name = name[:cut]
	}
	return name + strings.Repeat(" ", actionWidth-len(name))
}

// oneLine replaces line breaks and other control characters by spaces,
// so a value cannot break the header's layout.
func oneLine(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f {
			return ' '
		}
		return r
	}, strings.TrimSpace(s))
}

// Note records the name of the action the user just asked for (a menu
// command, a screen), so a crash file says what the app was doing. It
// must never be given plan content. Without an installed net it does
// nothing; it is cheap (one positioned write of 80 bytes).
func Note(action string) {
	n := installed.Load()
	if n == nil {
		return
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.closed {
		return
	}
	// A failed write only leaves an older name; the net itself stays.
	_, _ = n.f.WriteAt([]byte(actionField(action)), n.slot)
}

// Close ends the net on a clean exit: the runtime no longer writes to the
// file, and the file, which holds only the header, is removed.
func (n *Net) Close() error {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.closed {
		return nil
	}
	n.closed = true
	installed.CompareAndSwap(n, nil)
	err := debug.SetCrashOutput(nil, debug.CrashOptions{})
	err = errors.Join(err, n.f.Close(), os.Remove(n.Path))
	return err
}

// Installed is the Info and crash folder of the last Install; ok is false
// when there was none (tests, a start whose storage folder could not be
// written).
func Installed() (info Info, dir string, ok bool) {
	p := lastInfo.Load()
	if p == nil {
		return Info{}, "", false
	}
	return p.info, p.dir, true
}

// removeStale removes crash files with only a header (killed, not
// crashed) that are older than staleAfter. Errors are ignored: a file
// still open by a running program on Windows simply stays.
func removeStale(dir string, now time.Time) {
	paths, _ := filepath.Glob(filepath.Join(dir, "crash-*.log"))
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil || now.Sub(st.ModTime()) < staleAfter {
			continue
		}
		if r, err := Read(p); err == nil && !r.Crashed() {
			os.Remove(p)
		}
	}
}
