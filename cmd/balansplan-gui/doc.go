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
package main
