//go:build unix

package desktop

import (
	"os"
	"syscall"
)

// Start replaces this process with the application at path, given args
// and this process's environment. It returns only when that fails; the
// application's exit status is then the process's own.
func Start(path string, args []string) (int, error) {
	argv := append([]string{path}, args...)
	err := syscall.Exec(path, argv, os.Environ())
	return 1, &MissingError{Path: path, Err: err}
}
