package export

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// workers is how many chapters are built or laid out at once (issue 14:
// an export ran on one core of two for all but its compression and the
// font set-up). The tests set it to 1 and to more than the machine has,
// to compare with the work done in order.
var workers = runtime.GOMAXPROCS(0)

// inParallel calls fn for 0 .. n-1 on up to workers goroutines, handing
// out the numbers in order, and returns when every call has returned. fn
// must only write what belongs to its own number. A panic in fn (a bug)
// is raised again on the caller's goroutine, as it would be without the
// goroutines.
func inParallel(n int, fn func(i int)) {
	w := min(workers, n)
	if w <= 1 {
		for i := range n {
			fn(i)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	var once sync.Once
	var crash any
	for range w {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() {
				if r := recover(); r != nil {
					once.Do(func() { crash = r })
				}
			}()
			for i := int(next.Add(1) - 1); i < n; i = int(next.Add(1) - 1) {
				fn(i)
			}
		}()
	}
	wg.Wait()
	if crash != nil {
		panic(crash)
	}
}
