//go:build !unix

package sample

import "time"

// ProcessCPU is not measured on this system: it returns 0 and the
// benchmarks report a CPU time of 0.
func ProcessCPU() time.Duration { return 0 }
