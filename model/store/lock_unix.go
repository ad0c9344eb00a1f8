//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package store

import (
	"errors"
	"os"
	"syscall"
)

// flock(2) locks belong to the open file, not the process: two Docs in one
// program conflict like two programs do, and SQLite's own fcntl locks
// are not disturbed, since they live on the plan file, not the marker.
const locksSupported = true

// removeWhileOpen: the marker is unlinked under the exclusive lock, then
// closed.
const removeWhileOpen = true

// tryLock takes the lock without waiting; false means someone holds a
// conflicting one.
func tryLock(f *os.File, exclusive bool) (bool, error) {
	how := syscall.LOCK_SH
	if exclusive {
		how = syscall.LOCK_EX
	}
	for {
		err := syscall.Flock(int(f.Fd()), how|syscall.LOCK_NB)
		switch {
		case err == nil:
			return true, nil
		case errors.Is(err, syscall.EWOULDBLOCK):
			return false, nil
		case errors.Is(err, syscall.EINTR):
			continue
		}
		return false, err
	}
}

// downgrade turns the exclusive lock into a shared one. flock does not
// promise to do that atomically; see "Open elsewhere" in lock.go.
func downgrade(f *os.File) error {
	ok, err := tryLock(f, false)
	if err == nil && !ok {
		err = errors.New("lost the lock")
	}
	return err
}

// lockLast reports whether this is the last share: the exclusive lock
// is free to take.
func lockLast(f *os.File) bool {
	ok, _ := tryLock(f, true)
	return ok
}
