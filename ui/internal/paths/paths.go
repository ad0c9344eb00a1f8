// Package paths holds the small rules about file names that the shell's
// and the workshop's file commands share.
package paths

import (
	"path/filepath"
	"strings"
)

// WithExt adds ext to path when it has another or none; "" stays "" (the
// user cancelled).
func WithExt(path, ext string) string {
	if path == "" || strings.EqualFold(filepath.Ext(path), ext) {
		return path
	}
	return path + ext
}
