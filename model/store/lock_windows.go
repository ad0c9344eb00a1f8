//go:build windows

package store

import (
	"errors"
	"os"

	"golang.org/x/sys/windows"
)

// LockFileEx locks belong to the file handle: two Docs in one program
// conflict like two programs do. The locked byte lies far beyond the
// marker's text, since Windows locks are mandatory: a lock on the text
// would keep others from reading who holds it.
const locksSupported = true

// removeWhileOpen: Windows removes no open file; release closes first.
const removeWhileOpen = false

const lockOffset = 1 << 40

func tryLock(f *os.File, exclusive bool) (bool, error) {
	flags := uint32(windows.LOCKFILE_FAIL_IMMEDIATELY)
	if exclusive {
		flags |= windows.LOCKFILE_EXCLUSIVE_LOCK
	}
	ol := &windows.Overlapped{Offset: uint32(lockOffset & 0xffffffff), OffsetHigh: uint32(lockOffset >> 32)}
	err := windows.LockFileEx(windows.Handle(f.Fd()), flags, 0, 1, 0, ol)
	switch {
	case err == nil:
		return true, nil
	case errors.Is(err, windows.ERROR_LOCK_VIOLATION), errors.Is(err, windows.ERROR_IO_PENDING):
		return false, nil
	}
	return false, err
}

// downgrade takes a shared lock on top of the exclusive one and then
// drops the exclusive one (Windows unlocks the exclusive lock first), so
// nobody can slip in between.
func downgrade(f *os.File) error {
	if ok, err := tryLock(f, false); err != nil || !ok {
		return errors.New("cannot share the lock")
	}
	ol := &windows.Overlapped{Offset: uint32(lockOffset & 0xffffffff), OffsetHigh: uint32(lockOffset >> 32)}
	return windows.UnlockFileEx(windows.Handle(f.Fd()), 0, 1, 0, ol)
}

// lockLast gives up this handle's shared lock and reports whether the
// exclusive lock is then free to take: a handle's own shared lock would
// stand in the way of its exclusive one.
func lockLast(f *os.File) bool {
	ol := &windows.Overlapped{Offset: uint32(lockOffset & 0xffffffff), OffsetHigh: uint32(lockOffset >> 32)}
	windows.UnlockFileEx(windows.Handle(f.Fd()), 0, 1, 0, ol)
	ok, _ := tryLock(f, true)
	return ok
}
