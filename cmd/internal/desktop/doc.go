// Package desktop is how the command line starts the desktop application,
// and what the two programs that make up Balansplan share about it.
//
// Balansplan is two programs in one folder: balansplan, the command line,
// and balansplan-gui, the desktop application (package ui and fyne).
// `balansplan` without a subcommand, or with a plan file, starts
// balansplan-gui from the folder it was itself started from, with the
// same arguments and the same environment, and ends with its exit status.
// A user never needs to know the second program exists.
//
// Why two programs: Go runs the initialisation of every package a program
// links before main, and it cannot be deferred. fyne and what it pulls in
// (its lang package, goldmark for rich text, go-text's font scanner, the
// GL driver) cost about 45 ms of CPU at every start, which every
// subcommand paid without ever opening a window: a script that checks
// fifty plans paid it fifty times. The command line links no GUI code
// (cmd/balansplan's TestTheCommandLineLinksNoGUI and .ci/layers.sh keep it
// so); the application pays it once, when it opens its window.
//
// On Unix balansplan replaces itself with balansplan-gui (execve), so the
// application keeps balansplan's process id: a desktop launcher, a service
// manager or a script that signals or kills "balansplan" reaches the
// application itself, which then closes its plan file as a quit does.
// Elsewhere (Windows) balansplan runs balansplan-gui as a child, passes
// its standard streams through and returns its exit status.
//
// A missing balansplan-gui (only balansplan copied somewhere) is said in
// the user's language, naming the path looked for; the subcommands still
// work.
package desktop
