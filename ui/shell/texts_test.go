package shell

import (
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"balansplan/model"
	"balansplan/planning"
)

func TestDutchAndEnglishHaveTheSameKeys(t *testing.T) {
	nl, err := readTranslations(model.NL)
	if err != nil {
		t.Fatal(err)
	}
	en, err := readTranslations(model.EN)
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
var keyUse = regexp.MustCompile(`(?:\.T|errorf|card)\("([a-z][a-z0-9_.]*)"`)

func TestEveryTextTheCodeUsesExists(t *testing.T) {
	nl, err := readTranslations(model.NL)
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("*.go")
	used := map[string]bool{}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range keyUse.FindAllStringSubmatch(string(src), -1) {
			used[m[1]] = true
		}
	}
	for _, d := range registry() {
		used["screen."+d.id] = true
	}
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

func TestNoScreenShowsARawKey(t *testing.T) {
	for _, l := range []model.Lang{model.NL, model.EN} {
		s := withDemo(t, l)
		for _, d := range s.defs {
			s.show(d.id)
		}
		for _, sc := range s.screens {
			var forms []*form
			switch v := sc.(type) {
			case *schoolScreen:
				forms = []*form{v.form, v.ceilings}
			case *visionsScreen:
				forms = []*form{v.form}
			case *investmentsScreen:
				forms = []*form{v.form}
			case *assessmentScreen:
				forms = []*form{v.form}
			}
			for _, f := range forms {
				for _, fl := range f.fields {
					if strings.HasPrefix(fl.label, "field.") {
						t.Errorf("%s: field %s is labelled with its key", l, fl.name)
					}
				}
			}
		}
	}
}
