package texts_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"balansplan/model"
	"balansplan/planning"
	"balansplan/ui/internal/texts"
	"balansplan/ui/screens"
)

func TestDutchAndEnglishHaveTheSameKeys(t *testing.T) {
	t.Parallel()
	nl, err := texts.Read(model.NL)
	if err != nil {
		t.Fatal(err)
	}
	en, err := texts.Read(model.EN)
	if err != nil {
		t.Fatal(err)
	}
	for k := range nl {
		if _, ok := en[k]; !ok {
			t.Errorf("%q has no English text", k)
		}
	}
	for k := range en {
		if _, ok := nl[k]; !ok {
			t.Errorf("%q has no Dutch text", k)
		}
	}
	for k, v := range nl {
		if strings.Count(v, "%") != strings.Count(en[k], "%") {
			t.Errorf("%q: Dutch and English take different arguments: %q / %q", k, v, en[k])
		}
	}
}

// keyUse finds the keys the code looks up by a literal string.
var keyUse = regexp.MustCompile(`(?:\.T|[eE]rrorf|card)\("([a-z][a-z0-9_.]*)"`)

func TestEveryTextTheCodeUsesExists(t *testing.T) {
	t.Parallel()
	nl, err := texts.Read(model.NL)
	if err != nil {
		t.Fatal(err)
	}
	// Every Go file of the GUI, ui/ and below.
	var files []string
	filepath.WalkDir("../..", func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".go") && !strings.HasSuffix(path, "_test.go") {
			files = append(files, path)
		}
		return err
	})
	used := map[string]bool{}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range keyUse.FindAllStringSubmatch(string(src), -1) {
			used[m[1]] = true
		}
	}
	for _, d := range screens.Registry() {
		used["screen."+d.ID] = true
	}
	used["screen."+screens.Workshop] = true
	for _, c := range planning.Codes() {
		used["finding."+string(c)] = true
	}
	var missing []string
	for k := range used {
		if _, ok := nl[k]; !ok && !strings.HasSuffix(k, ".") {
			missing = append(missing, k)
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("texts without a translation: %v", missing)
	}
	if len(used) < 100 {
		t.Errorf("found only %d keys in the code; is the pattern still right?", len(used))
	}
}

// The app says "je" to its user, as the store's messages and the question
// sets do; a formal "u" or "uw" in one text reads like another author.
func TestTheDutchTextsSayJe(t *testing.T) {
	t.Parallel()
	nl, err := texts.Read(model.NL)
	if err != nil {
		t.Fatal(err)
	}
	formal := regexp.MustCompile(`(?i)\b(u|uw|wilt)\b`)
	for k, v := range nl {
		if w := formal.FindString(v); w != "" {
			t.Errorf("%q says %q: %q", k, w, v)
		}
	}
}
