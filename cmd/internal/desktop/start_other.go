//go:build !unix

package desktop

import (
	"errors"
	"os"
	"os/exec"
)

// Start runs the application at path as a child with args, this
// process's environment and standard streams, and returns its exit
// status.
func Start(path string, args []string) (int, error) {
	cmd := exec.Command(path, args...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	cmd.Env = os.Environ()
	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case err == nil:
		return 0, nil
	case errors.As(err, &exit):
		return exit.ExitCode(), nil
	}
	return 1, &MissingError{Path: path, Err: err}
}
