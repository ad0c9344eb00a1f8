//go:build crashtest

package main

import (
	"os"
	"time"

	"balansplan/ui/crash"
)

// In a build with -tags crashtest, BALANSPLAN_TEST_PANIC=1 makes the app
// panic a second after it starts, on a goroutine of its own (the case
// only runtime/debug.SetCrashOutput catches), after noting a last action.
// crash_test.go builds the program so.
func init() {
	testPanic = func() {
		if os.Getenv("BALANSPLAN_TEST_PANIC") != "1" {
			return
		}
		go func() {
			time.Sleep(time.Second)
			crash.Note("test: forced panic")
			panic("BALANSPLAN_TEST_PANIC: a forced panic for the crash test")
		}()
	}
}
