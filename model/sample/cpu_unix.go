//go:build unix

package sample

import (
	"syscall"
	"time"
)

// ProcessCPU is the CPU time (user plus system) this process has used so
// far. The scaling benchmarks report it per operation next to the wall
// time: on a shared, loaded machine a benchmark waits for a core now and
// then, which the wall time counts and the CPU time does not.
func ProcessCPU() time.Duration {
	var u syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &u); err != nil {
		return 0
	}
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
}
