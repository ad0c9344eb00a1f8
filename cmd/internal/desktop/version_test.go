package desktop

import (
	"runtime"
	"strings"
	"testing"
)

func TestVersionAndBuildAreWhatTheLinkerStampedIn(t *testing.T) {
	defer func(v, c string) { version, commitTime = v, c }(version, commitTime)
	version, commitTime = "v0.2.0-3-gabc1234-dirty", "2026-11-30T04:12:00Z"
	if got := Version(); got != "v0.2.0-3-gabc1234-dirty" {
		t.Errorf("Version() = %q", got)
	}
	want := "2026-11-30T04:12:00Z " + runtime.Version() + " " + runtime.GOOS + "/" + runtime.GOARCH
	if got := Build(); got != want {
		t.Errorf("Build() = %q, want %q", got, want)
	}
}

// Without a stamp (go build, go test) the version is the recorded commit,
// or "dev" when none was recorded (a test binary records none); the build
// still names Go and the platform.
func TestWithoutAStampTheVersionSaysSoItself(t *testing.T) {
	defer func(v, c string) { version, commitTime = v, c }(version, commitTime)
	version, commitTime = "", ""
	rev, _, _ := vcs()
	got := Version()
	if rev == "" && got != "dev" || rev != "" && !strings.HasPrefix(rev, strings.TrimSuffix(got, "-dirty")) {
		t.Errorf("Version() = %q with recorded revision %q", got, rev)
	}
	if b := Build(); !strings.HasSuffix(b, runtime.Version()+" "+runtime.GOOS+"/"+runtime.GOARCH) {
		t.Errorf("Build() = %q", b)
	}
}
