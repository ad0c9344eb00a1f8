//go:build linux

package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"balansplan/ui"
	"balansplan/ui/crash"
)

// While the app runs its crash file is open in the storage folder; a
// clean exit removes it.
func TestTheNetIsThereWhileTheAppRunsAndGoneAfter(t *testing.T) {
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	dir, err := crash.Dir(ui.AppID)
	if err != nil {
		t.Fatal(err)
	}
	var during []os.DirEntry
	open := func(ui.Options) error { during, _ = os.ReadDir(dir); return nil }
	if err := withSafetyNet(open, io.Discard)(ui.Options{}); err != nil {
		t.Fatal(err)
	}
	after, _ := os.ReadDir(dir)
	if len(during) != 1 || !strings.HasPrefix(during[0].Name(), "crash-") || len(after) != 0 {
		t.Errorf("crash folder while running %v, after %v", during, after)
	}
}

// A storage folder that cannot be made is said, in the user's language,
// and the app starts all the same.
func TestAnUnwritableStorageFolderStartsTheAppWithoutTheNet(t *testing.T) {
	notAFolder := filepath.Join(t.TempDir(), "config")
	if err := os.WriteFile(notAFolder, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("XDG_CONFIG_HOME", notAFolder)
	for lang, want := range map[string]string{
		"nl": "balansplan: deze keer geen crashverslagen (",
		"en": "balansplan: no crash reports this time (",
	} {
		t.Setenv("BALANSPLAN_LANG", lang)
		opened := false
		var stderr bytes.Buffer
		err := withSafetyNet(func(ui.Options) error { opened = true; return nil }, &stderr)(ui.Options{})
		if err != nil || !opened || !strings.HasPrefix(stderr.String(), want) {
			t.Errorf("%s: err %v, opened %v, stderr %q", lang, err, opened, stderr.String())
		}
	}
}
