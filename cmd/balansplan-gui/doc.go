// Command balansplan-gui is Balansplan's desktop application (package ui).
// Users start it as `balansplan` or `balansplan PLAN.balans`, which find
// it in their own folder and hand over to it (cmd/internal/desktop
// explains why the application is a program of its own); it can also be
// started directly:
//
//	balansplan-gui [PLAN.balans] [--lang nl|en]
//
// Without a plan file it opens the plan used last, or on the very first
// start offers the demo plan. Without --lang the interface speaks the
// language chosen last time in the app (Dutch on first start); its
// messages before a window is open (no display, a wrong argument) follow
// BALANSPLAN_LANG, LC_ALL, LC_MESSAGES or LANG.
//
// Exit status: 0 when the window was closed, 1 when it could not be
// opened (no display), 2 on wrong usage. Messages are prefixed
// "balansplan:", the name the user typed.
//
// Before the window opens it installs the crash net (package ui/crash):
// a crash file in the app's storage folder that the Go runtime completes
// with the stack if the app panics, removed again on a clean exit; a
// crash left by the previous run is offered once the window is up. It
// also tells fyne the version (cmd/internal/desktop.Version), which the
// About dialog shows.
//
// A build with -tags crashtest panics a second after the start when
// BALANSPLAN_TEST_PANIC=1 is set (crash_test.go runs it so under Xvfb);
// without the tag the variable means nothing.
//
// On Windows this is a GUI program (-H windowsgui, no console window):
// the Start menu entry and a double-click on a .balans file start it
// directly, with the file's path as its one argument.
package main
