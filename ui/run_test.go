package ui

import (
	"errors"
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
