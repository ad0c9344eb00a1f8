package desktop

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"balansplan/model"
)

func TestParseTakesOnePlanAndALanguageInAnyOrder(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		args []string
		want Options
	}{
		{nil, Options{}},
		{[]string{"plan.balans"}, Options{Path: "plan.balans"}},
		{[]string{"plan.balans", "--lang", "en"}, Options{Path: "plan.balans", Lang: model.EN}},
		{[]string{"--lang=nl", "plan.balans"}, Options{Path: "plan.balans", Lang: model.NL}},
		{[]string{"-lang", "en"}, Options{Lang: model.EN}},
		{[]string{"-lang=en", "--", "-plan.balans"}, Options{Path: "-plan.balans", Lang: model.EN}},
		{[]string{"--"}, Options{}},
	} {
		got, err := Parse(c.args)
		if err != nil || got != c.want {
			t.Errorf("Parse(%q) = %+v, %v; want %+v", c.args, got, err, c.want)
		}
	}
}

func TestParseRefusesWhatTheAppDoesNotTake(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		args   []string
		nl, en string
	}{
		{[]string{"a.balans", "b.balans"}, "één planbestand tegelijk, niet 2 (a.balans, b.balans)", "one plan file at a time, not 2 (a.balans, b.balans)"},
		{[]string{"--lang", "de"}, `--lang "de": kies nl of en`, `--lang "de": use nl or en`},
		{[]string{"--lang"}, "--lang heeft een waarde nodig: nl of en", "--lang needs a value: nl or en"},
		{[]string{"--kleur", "rood"}, "onbekende optie --kleur", "unknown option --kleur"},
		{[]string{"-h"}, "onbekende optie -h", "unknown option -h"},
	} {
		_, err := Parse(c.args)
		var ue *UsageError
		if !errors.As(err, &ue) {
			t.Errorf("Parse(%q): %v, want a UsageError", c.args, err)
			continue
		}
		if !strings.HasPrefix(ue.Message(model.NL), c.nl) || !strings.HasPrefix(ue.Message(model.EN), c.en) {
			t.Errorf("Parse(%q): %q / %q; want %q / %q", c.args, ue.Message(model.NL), ue.Message(model.EN), c.nl, c.en)
		}
	}
}

func TestLocateBesideFindsOnlyARunnableProgram(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	self := filepath.Join(dir, "balansplan")
	gui := filepath.Join(dir, Program)

	// Missing, a folder, not executable: refused, naming the path, in
	// both languages.
	check := func(what, reason string) {
		t.Helper()
		_, err := locateBeside(self)
		var me *MissingError
		if !errors.As(err, &me) || me.Path != gui {
			t.Fatalf("%s: %v, want a MissingError for %s", what, err, gui)
		}
		nl, en := me.Message(model.NL), me.Message(model.EN)
		if !strings.Contains(nl, gui) || !strings.Contains(nl, "ontbreekt") || !strings.Contains(nl, reason) ||
			!strings.Contains(en, gui) || !strings.Contains(en, "is missing") || !strings.Contains(en, reason) {
			t.Errorf("%s: %q / %q", what, nl, en)
		}
	}
	check("missing", "not found")
	if err := os.Mkdir(gui, 0o755); err != nil {
		t.Fatal(err)
	}
	check("a folder", "a folder, not a program")
	if err := os.Remove(gui); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(gui, []byte("#!/bin/sh\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	check("not executable", "not executable")
	if err := os.Chmod(gui, 0o755); err != nil {
		t.Fatal(err)
	}
	if got, err := locateBeside(self); err != nil || got != gui {
		t.Errorf("an executable beside: %q, %v", got, err)
	}
}

func TestEnvLangTakesTheFirstVariableThatNamesALanguage(t *testing.T) {
	for _, c := range []struct {
		balansplan, lcAll, lang string
		want                    model.Lang
	}{
		{"", "", "", model.NL},
		{"", "", "en_GB.UTF-8", model.EN},
		{"", "C.UTF-8", "en_GB.UTF-8", model.EN},
		{"", "nl_NL.UTF-8", "en_GB.UTF-8", model.NL},
		{"en", "nl_NL.UTF-8", "nl_NL.UTF-8", model.EN},
		{"", "", "de_DE.UTF-8", model.NL},
	} {
		t.Setenv("BALANSPLAN_LANG", c.balansplan)
		t.Setenv("LC_ALL", c.lcAll)
		t.Setenv("LC_MESSAGES", "")
		t.Setenv("LANG", c.lang)
		if got := EnvLang(); got != c.want {
			t.Errorf("BALANSPLAN_LANG=%q LC_ALL=%q LANG=%q: %q, want %q", c.balansplan, c.lcAll, c.lang, got, c.want)
		}
	}
}
