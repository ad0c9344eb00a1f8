//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly || windows)

package store

import (
	"errors"
	"os"
)

// No advisory lock on this system: Open works, but a file open in another
// window or program gives no warning.
const locksSupported = false

const removeWhileOpen = true

func tryLock(*os.File, bool) (bool, error) { return false, errors.New("no file locks on this system") }

func downgrade(*os.File) error { return errors.New("no file locks on this system") }

func lockLast(*os.File) bool { return false }
