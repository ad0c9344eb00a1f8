// Package crash is the desktop application's safety net: when it panics,
// on whatever goroutine, a dated crash file is left in the app's storage
// folder, and the next start says the app closed unexpectedly and offers
// the details. Nothing is sent anywhere; the user decides what to do with
// the file.
//
// # The crash file
//
// Install, called once at start by cmd/balansplan-gui, creates
// crashes/crash-YYYYMMDD-HHMMSS-PID.log in the storage folder (the one
// fyne gives the app ID, see Dir) and writes a header into it first: the
// version and build, the operating system and architecture, the start
// time, and a fixed-width line for the last action. It then hands the
// open file to runtime/debug.SetCrashOutput, so the Go runtime itself
// appends the panic message and the stack when any goroutine panics
// unrecovered (or the runtime hits a fatal error). That is the only way
// to catch a panic on a goroutine the app does not own (fyne's, a
// timer's): a deferred recover only sees its own goroutine.
//
// Note(action) overwrites the last-action line in place (a positioned
// write that leaves the file offset, where the runtime will append, at
// the end of the header), so the report names what the user last asked
// for. Action names are menu commands and screen names, never plan
// content: the crash file holds no school data, only the stack, whose
// arguments are addresses and small integers.
//
// A clean exit (Net.Close) removes the file. One left behind with a stack
// in it is a crash; one with only a header is either a program that is
// still running (a second window) or one that was killed, and is neither
// offered nor, until it is a week old, removed.
//
// # The next start
//
// Pending finds the crash files with a stack. OfferPending (OfferAtStart
// for the installed net's folder) shows the newest in a
// dialog, "Balansplan is onverwacht gesloten" with "Details kopiëren"
// (the whole file onto the clipboard) and "Map openen" (the crash
// folder), and renames every pending file from .log to .txt, so a crash
// is offered once and its file stays for whoever needs it later.
//
// About is the Help menu's "Over Balansplan": version, build and where
// the crash files go.
//
// The texts here are the package's own (model.Text, Dutch and English):
// the dialogs must work before, and without, the app's translations.
package crash
