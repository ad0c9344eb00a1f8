//go:build unix

package store

import "syscall"

// dirWritable asks the system whether this process may create files in dir
// (the -wal and -shm files of an open plan live there).
func dirWritable(dir string) bool {
	return syscall.Access(dir, 0x2 /* W_OK */) == nil
}
