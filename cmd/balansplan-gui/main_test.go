package main

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"balansplan/model"
	"balansplan/ui"
)

func TestTheAppIsOpenedWithThePlanAndLanguageAsked(t *testing.T) {
	t.Setenv("BALANSPLAN_LANG", "nl")
	var got []ui.Options
	open := func(o ui.Options) error { got = append(got, o); return nil }
	var stderr bytes.Buffer
	if code := run([]string{"--lang", "en", "plan.balans"}, &stderr, open); code != 0 || stderr.Len() != 0 {
		t.Fatalf("exit %d, %q", code, stderr.String())
	}
	if code := run(nil, &stderr, open); code != 0 {
		t.Fatalf("no arguments: exit %d", code)
	}
	want := []ui.Options{{Path: "plan.balans", Lang: model.EN}, {}}
	if len(got) != 2 || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("ui.Run got %+v, want %+v", got, want)
	}
}

func TestWrongUsageOpensNothingAndExitsWithTwo(t *testing.T) {
	t.Setenv("BALANSPLAN_LANG", "en")
	opened := false
	open := func(ui.Options) error { opened = true; return nil }
	var stderr bytes.Buffer
	code := run([]string{"a.balans", "b.balans"}, &stderr, open)
	if code != 2 || opened || !strings.Contains(stderr.String(), "one plan file at a time") || !strings.Contains(stderr.String(), "Usage: balansplan [PLAN.balans]") {
		t.Errorf("exit %d, opened %v, %q", code, opened, stderr.String())
	}
}

// ui.Run's errors say themselves in the language of --lang, else the
// environment's; the exit status is 1.
func TestAWindowThatCannotOpenIsSaidInTheUsersLanguage(t *testing.T) {
	t.Setenv("BALANSPLAN_LANG", "nl")
	fail := func(ui.Options) error { return &ui.DisplayError{Detail: "test"} }
	var stderr bytes.Buffer
	if code := run([]string{"plan.balans"}, &stderr, fail); code != 1 || !strings.Contains(stderr.String(), "balansplan: Balansplan kan geen venster openen") {
		t.Errorf("Dutch: exit %d, %q", code, stderr.String())
	}
	stderr.Reset()
	if code := run([]string{"--lang=en"}, &stderr, fail); code != 1 || !strings.Contains(stderr.String(), "balansplan: Balansplan cannot open a window") {
		t.Errorf("English: exit %d, %q", code, stderr.String())
	}
	stderr.Reset()
	plain := func(ui.Options) error { return errors.New("plain") }
	if code := run(nil, &stderr, plain); code != 1 || stderr.String() != "balansplan: plain\n" {
		t.Errorf("a plain error: exit %d, %q", code, stderr.String())
	}
}
