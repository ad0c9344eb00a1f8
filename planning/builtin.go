package planning

import (
	"sync"

	"balansplan/assets"
)

// builtin holds the reference figures shipped in the binary, parsed once.
var builtin struct {
	once sync.Once
	ref  *Reference
	err  error
}

// BuiltinReference returns the national reference figures shipped in the
// binary (assets.Monitor2013), parsed on the first call. Every call returns
// the same *Reference, shared by every caller and safe for use by several
// goroutines at once, so callers must not modify it: Analyse and the
// figures only read it. The error can only come from a broken build (the
// embedded file does not parse); it too is the same on every call.
func BuiltinReference() (*Reference, error) {
	builtin.once.Do(func() {
		builtin.ref, builtin.err = ParseReference(assets.Monitor2013)
	})
	return builtin.ref, builtin.err
}
