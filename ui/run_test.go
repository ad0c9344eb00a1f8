package ui

import (
	"errors"
	"os"
	"strings"
	"syscall"
	"testing"
)

// A driver panic before the window is up means no display; one after it is
// a bug and must not be reported as a missing display.
func TestStartPanic(t *testing.T) {
	var de *DisplayError
	if err := startPanic("glfw: cannot open display", false); !errors.As(err, &de) {
		t.Fatalf("before start: got %v, want a DisplayError", err)
	}
	defer func() {
		if r := recover(); r != "nil pointer in a file dialog" {
			t.Fatalf("after start: recovered %v, want the panic to go on", r)
		}
	}()
	err := startPanic("nil pointer in a file dialog", true)
	t.Fatalf("after start: got %v, want a panic", err)
}

// A SIGTERM closes the plan and then quits, both on fyne's goroutine (do);
// before, the process ended on it with the plan still open, leaving -wal
// and -shm beside it.
func TestASignalClosesThePlanThenQuits(t *testing.T) {
	sig := make(chan os.Signal, 1)
	var order []string
	done := make(chan struct{})
	do := func(f func()) {
		order = append(order, "do")
		f()
		close(done)
	}
	go closeOnSignal(sig, do, func() { order = append(order, "close") }, func() { order = append(order, "quit") })
	sig <- syscall.SIGTERM
	<-done
	if got := strings.Join(order, " "); got != "do close quit" {
		t.Errorf("on SIGTERM: %s, want do close quit", got)
	}
}
