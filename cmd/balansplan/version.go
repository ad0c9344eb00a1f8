package main

import (
	"fmt"
	"io"
	"strings"

	"balansplan/cmd/internal/desktop"
)

// cmdVersion prints the version (git describe, stamped in by make
// release) and the build on one line:
//
//	balansplan v0.1.0-3-gabc1234 (2026-11-30T04:12:00Z go1.26.8 linux/amd64)
//
// It is the same in both languages and takes only the --lang every
// subcommand takes; the application's About dialog shows the same two
// values. (No flag set: it has no options of its own to list.)
func cmdVersion(args []string, stdout io.Writer) error {
	for i := 0; i < len(args); i++ {
		switch a := args[i]; {
		case (a == "--lang" || a == "-lang") && i+1 < len(args):
			i++
		case strings.HasPrefix(a, "--lang=") || strings.HasPrefix(a, "-lang="):
		default:
			return usageErr(fmt.Sprintf("version: onverwacht argument %q", a),
				fmt.Sprintf("version: unexpected argument %q", a))
		}
	}
	fmt.Fprintf(stdout, "balansplan %s (%s)\n", desktop.Version(), desktop.Build())
	return nil
}
