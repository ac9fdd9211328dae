package magics

import (
	"context"
	"fmt"
	"math"
	"runtime"
	"runtime/metrics"
	"sync"
	"time"

	"github.com/gogil/gogil/cellio"
	"github.com/gogil/gogil/internal/goroutine"
)

// Go cannot recover from a goroutine that outgrows its stack (1 GB): the
// whole process dies, and with it every variable of the session. Endless
// recursion in a cell is a common mistake, and interpreted calls are deep
// in Go frames (about two an interpreted call), so the kernel watches the
// stacks while a cell runs and stops the cell when one goroutine is deeper
// than stackLimit.frames or holds more than stackLimit.deepest, long before
// Go's limit, the way CPython raises RecursionError instead of crashing.
//
// Many goroutines are not recursion: 100,000 goroutines blocked on a
// channel hold some 800 MB of stack between them (an interpreted goroutine
// takes about 8 KB), and that is ordinary Go. Their sum is bounded
// separately, by stackLimit.all, and passing it is a MemoryError.
//
// Go tells only the sum of all stacks, cheaply. Who holds it is learnt
// only when the sum passes stackLimit.deepest, and then at each further
// quarter of it (a goroutine that grows towards the bound makes the sum
// grow as much, so it cannot slip between two looks): a goroutine profile
// says whether any stack is deeper than it records, and only then a dump
// of every goroutine counts their frames.
var stackLimit = stackBounds{frames: 400_000, deepest: 256 << 20, all: 4 << 30}

const (
	stackPoll = 20 * time.Millisecond
	stackName = "/memory/classes/heap/stacks:bytes"
)

// stackBounds are the most stack the deepest goroutine may hold, in Go
// frames and in bytes, and all goroutines together, in bytes.
type stackBounds struct {
	frames       int
	deepest, all uint64
}

// stackError ends a cell whose goroutines hold too much stack: one too deep
// is a RecursionError, all of them too big a MemoryError.
type stackError struct {
	kind    cellio.Kind
	message string
}

func (e *stackError) Error() string { return e.message }

// stackShape is what a goroutine dump tells about the stacks.
type stackShape struct {
	deepest int // frames of the deepest goroutine
	frames  int // frames of all goroutines
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

// guardStack cancels the cell with a stackError once a goroutine's stack or
// all of them pass limit. It watches from the call of arm (when the cell's
// code starts: an interrupted cell before it may still be giving its stack
// back) until stop.
func guardStack(ctx context.Context, cancel context.CancelCauseFunc, limit stackBounds) (arm, stop func()) {
	var g *stackGuard
	armWatch, stop := watchCell(ctx, stackPoll, func() bool {
		if err := g.check(stackBytes(), runtimeStacks); err != nil {
			cancel(err)
			return true
		}
		return false
	})
	var once sync.Once
	return func() {
		once.Do(func() {
			g = newStackGuard(limit, stackBytes())
			armWatch()
		})
	}, stop
}

// stackProbe is what the guard asks the runtime, beyond the sum of the
// stacks; a test gives its own.
type stackProbe struct {
	// settled counts the stacks again after a collection, which gives back
	// those of goroutines that have ended (one this guard stopped before,
	// say). It takes a while: done only when a bound seems passed.
	settled func() uint64
	// mayBeDeep reports whether a goroutine is deeper than the goroutine
	// profile records (128 frames). The profile groups equal stacks and
	// mostly runs beside the program: 100,000 blocked goroutines cost
	// about 0.2 s, where a dump stops everything for seconds.
	mayBeDeep  func() bool
	shape      func() stackShape // a dump of every goroutine
	goroutines func() int
}

var runtimeStacks = stackProbe{settled: settledStackBytes, mayBeDeep: goroutine.ProfileCutsAStack, shape: dumpShape, goroutines: runtime.NumGoroutine}

func settledStackBytes() uint64 {
	runtime.GC()
	return stackBytes()
}

// stackGuard is the policy of guardStack, apart from the runtime so that a
// test can drive it with any figures.
type stackGuard struct {
	limit stackBounds
	// nextLook is the sum of the stacks past which the goroutines are
	// looked at (again).
	nextLook uint64
}

func newStackGuard(limit stackBounds, start uint64) *stackGuard {
	// Goroutines earlier cells left (blocked, most likely) were looked at
	// while those cells ran: look again only once this cell added to them,
	// or every later cell would pay for a dump.
	g := &stackGuard{limit: limit, nextLook: math.MaxUint64}
	g.lower(start)
	return g
}

// lower brings the next look down when stacks were given back: a
// goroutine growing from here must not wait for the sum to reach what it
// was before.
func (g *stackGuard) lower(total uint64) {
	g.nextLook = min(g.nextLook, max(g.limit.deepest, total+g.limit.deepest/4))
}

// check returns the error to stop the cell with, or nil; total is the sum
// of the stacks now.
func (g *stackGuard) check(total uint64, probe stackProbe) error {
	g.lower(total)
	if total <= g.nextLook {
		return nil
	}
	var s stackShape
	if probe.mayBeDeep() {
		s = probe.shape()
	}
	if s.deepest > g.limit.frames {
		return g.recursion(s, total)
	}
	fresh := false
	settle := func() {
		if !fresh {
			total, fresh = probe.settled(), true
		}
	}
	if g.deepestBytes(s, total) > g.limit.deepest {
		settle()
		if g.deepestBytes(s, total) > g.limit.deepest {
			return g.recursion(s, total)
		}
	}
	if total > g.limit.all {
		settle()
		// Looks come only as stacks grow: past the bound, a cell that adds
		// none still runs, as stopping every cell for goroutines earlier
		// cells left would break the session.
		if total > g.limit.all {
			return &stackError{kind: cellio.MemoryError, message: fmt.Sprintf(
				"%d goroutines hold %d MB of stack, over the bound of %d MB for all goroutines together; "+
					"the cell was stopped (goroutines it left blocked keep their stacks until they end)",
				probe.goroutines(), total>>20, g.limit.all>>20)}
		}
	}
	g.nextLook = total + g.limit.deepest/4
	return nil
}

// deepestBytes is the deepest goroutine's share of the stacks. Stacks are
// not reported one by one: the share is taken in proportion to frames.
// Small stacks waste more of their memory than a deep one, so this errs
// towards the deep one.
func (g *stackGuard) deepestBytes(s stackShape, total uint64) uint64 {
	if s.frames == 0 {
		return 0
	}
	return uint64(float64(total) * float64(s.deepest) / float64(s.frames))
}

func (g *stackGuard) recursion(s stackShape, total uint64) error {
	return &stackError{kind: cellio.RecursionError, message: fmt.Sprintf(
		"maximum recursion depth exceeded: a goroutine is %d Go frames deep and holds about %d MB of stack; "+
			"the bounds for one goroutine are %d frames and %d MB (past 1 GB Go would end the whole kernel); the cell was stopped",
		s.deepest, g.deepestBytes(s, total)>>20, g.limit.frames, g.limit.deepest>>20)}
}

// dumpShape counts the frames of every goroutine in a dump, taken whole up
// to 1 GB (a dump cut short could miss the deep goroutine).
func dumpShape() stackShape {
	deepest, frames := goroutine.Depths(goroutine.Dump(runtime.NumGoroutine()*1024, 1<<30))
	return stackShape{deepest: deepest, frames: frames}
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
