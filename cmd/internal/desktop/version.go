package desktop

import (
	"runtime"
	"runtime/debug"
	"strings"
)

// Set at release build time by the linker (make release):
//
//	-X balansplan/cmd/internal/desktop.version=$(git describe --tags --always --dirty)
//	-X balansplan/cmd/internal/desktop.commitTime=$(git log -1 --format=%cI)
//
// Both programs take them from here, so the command line's `balansplan
// --version` and the application's About dialog say the same.
var (
	version    string
	commitTime string
)

// Version is the version of this build: what make release stamped in
// (git describe), else the commit Go recorded when it built from a git
// checkout (go build does so by itself: "a37c38b1c2d3", "-dirty" for
// uncommitted changes), else "dev".
func Version() string {
	if version != "" {
		return version
	}
	rev, _, dirty := vcs()
	if rev == "" {
		return "dev"
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if dirty {
		rev += "-dirty"
	}
	return rev
}

// Build says how this build was made: the commit's time, the Go version
// and the platform, e.g. "2026-11-30T04:12:00Z go1.26.8 windows/amd64".
func Build() string {
	t := commitTime
	if t == "" {
		_, t, _ = vcs()
	}
	parts := []string{runtime.Version(), runtime.GOOS + "/" + runtime.GOARCH}
	if t != "" {
		parts = append([]string{t}, parts...)
	}
	return strings.Join(parts, " ")
}

// vcs is the revision, commit time and modified flag that go build
// recorded, empty when it recorded none (go test, -buildvcs=false).
func vcs() (rev, time string, dirty bool) {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "", "", false
	}
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.time":
			time = s.Value
		case "vcs.modified":
			dirty = s.Value == "true"
		}
	}
	return rev, time, dirty
}
