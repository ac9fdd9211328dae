package magics

import (
	"context"
	"fmt"
	"runtime"
	"runtime/metrics"
	"sync"
	"time"
)

// Go cannot recover from a goroutine that outgrows its stack (1 GB): the
// whole process dies, and with it every variable of the session. Endless
// recursion in a cell is a common mistake, and interpreted calls are deep
// in Go frames, so the kernel watches the stack memory of all goroutines
// while a cell runs and stops the cell well before that limit, the way
// CPython raises RecursionError instead of crashing.
const (
	stackLimit = 256 << 20
	stackPoll  = 20 * time.Millisecond
	stackName  = "/memory/classes/heap/stacks:bytes"
)

// recursionError ends a cell whose goroutines use too much stack.
type recursionError struct{ bytes uint64 }

func (e *recursionError) Error() string {
	return fmt.Sprintf("maximum recursion depth exceeded: the cell's goroutines hold %d MB of stack "+
		"(past 1 GB in one goroutine Go ends the whole kernel); the cell was stopped", e.bytes>>20)
}

// stackBytes is the memory reserved for goroutine stacks, from the
// runtime's metrics (no stop-the-world, unlike ReadMemStats).
func stackBytes() uint64 {
	sample := []metrics.Sample{{Name: stackName}}
	metrics.Read(sample)
	if sample[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return sample[0].Value.Uint64()
}

// guardStack cancels the cell with a recursionError once the stacks pass
// limit. It watches from the call of arm (when the cell's code starts: an
// interrupted cell before it may still be giving its stack back) until
// stop.
func guardStack(ctx context.Context, cancel context.CancelCauseFunc, limit uint64) (arm, stop func()) {
	return watchCell(ctx, stackPoll, func() bool {
		if stackBytes() <= limit {
			return false
		}
		// The stacks of goroutines that have ended (one this guard
		// stopped before, say) come back only with a collection: count
		// again after one.
		runtime.GC()
		n := stackBytes()
		if n <= limit {
			return false
		}
		cancel(&recursionError{bytes: n})
		return true
	})
}

// watchCell calls check every interval while a cell runs, from the call of
// arm until stop is called, ctx ends or check reports that it acted. It
// runs on a timer, not a goroutine of its own: most cells end before the
// first check, and a goroutine started and stopped per cell cost every
// cell two scheduler round trips.
func watchCell(ctx context.Context, every time.Duration, check func() (acted bool)) (arm, stop func()) {
	var mu sync.Mutex
	var timer *time.Timer
	stopped := false
	tick := func() {
		if ctx.Err() != nil || check() {
			return
		}
		mu.Lock()
		defer mu.Unlock()
		if !stopped {
			timer.Reset(every)
		}
	}
	arm = func() {
		mu.Lock()
		defer mu.Unlock()
		if timer == nil && !stopped && ctx.Err() == nil {
			timer = time.AfterFunc(every, tick)
		}
	}
	stop = func() {
		mu.Lock()
		defer mu.Unlock()
		stopped = true
		if timer != nil {
			timer.Stop()
		}
	}
	return arm, stop
}
