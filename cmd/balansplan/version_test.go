package main

import (
	"bytes"
	"regexp"
	"testing"
)

// balansplan version, --version and -version print one line, the same,
// with exit status 0; an argument is wrong usage (2).
func TestVersionPrintsTheVersionAndBuild(t *testing.T) {
	t.Setenv("BALANSPLAN_LANG", "nl")
	line := regexp.MustCompile(`^balansplan \S+ \(.*go1\.[0-9.]+ [a-z0-9]+/[a-z0-9]+\)\n$`)
	var first string
	for _, args := range [][]string{{"version"}, {"--version"}, {"-version"}, {"version", "--lang", "en"}} {
		var stdout, stderr bytes.Buffer
		if code := run(args, &stdout, &stderr); code != 0 || stderr.Len() != 0 || !line.MatchString(stdout.String()) {
			t.Errorf("%q: exit %d, %q, stderr %q", args, code, stdout.String(), stderr.String())
		}
		if first == "" {
			first = stdout.String()
		} else if stdout.String() != first {
			t.Errorf("%q says %q, version said %q", args, stdout.String(), first)
		}
	}
	var stdout, stderr bytes.Buffer
	if code := run([]string{"version", "extra"}, &stdout, &stderr); code != 2 || stdout.Len() != 0 ||
		!bytes.Contains(stderr.Bytes(), []byte(`version: onverwacht argument "extra"`)) {
		t.Errorf("version extra: exit %d, %q, %q", code, stdout.String(), stderr.String())
	}
}
