//go:build !unix

package store

// dirWritable has no cheap, side-effect-free check on this system; a
// folder that refuses the -wal file makes opening fail with a read-only
// error instead.
func dirWritable(dir string) bool { return true }
