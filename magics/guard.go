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
// Stacks double as they grow, so a goroutine goes from 256 MB to 512 MB in
// one step and from there to Go's fatal 1 GB in the next: a look that
// comes one doubling late kills the kernel. An interpreted recursion
// fills 128 MB of stack in about 0.17 s here (2 shared cores), so from an
// empty stack to the end takes some 1.4 s, and a look that lets the
// program run while it works must be far shorter than that. Go tells only
// the sum of all stacks, cheaply (read every stackPoll); who holds it is
// learnt once the sum has grown by a quarter of stackLimit.deepest since
// the cell started, and at each further quarter, cheapest test first:
//
//  1. the sum against stackLimit.all: over it is a MemoryError. No
//     collection first: with 100,000 goroutines one takes 0.4 s, in which
//     50 recursing goroutines added gigabytes;
//  2. with few goroutines (dumpGoroutines), the goroutine profile (6 µs a
//     goroutine, beside the program) tells whether any stack is deeper
//     than it records (128 frames), and only then a dump of every
//     goroutine counts their frames exactly; the deepest one's share of
//     the sum is taken in proportion to its frames;
//  3. with more, neither runs at every look: a profile of 100,000
//     goroutines takes 0.5–0.9 s beside the program, long enough for a
//     recursion to pass 1 GB. The growth of the sum since the cell
//     started, shared among the goroutines started since (at least one),
//     is what one of them can hold (the goroutines of earlier cells are in
//     the starting figure and no longer dilute it). Only when that passes
//     stackLimit.deepest is a dump taken: it stops the program (3 s with
//     100,000 goroutines), so nothing grows meanwhile, and it says whether
//     a goroutine is deeper than 128 frames, the recursion, or all are
//     shallow and merely grew.
//
// What this guarantees: a cell whose goroutine recurses without end ends
// with a RecursionError, when its stack doubles to 256 MB (two doublings
// from the end) as measured here, or, when many recurse at once, with a
// MemoryError once all stacks pass stackLimit.all, whatever earlier cells
// left running. A cell that starts many shallow goroutines runs. What it
// does not: with more than dumpGoroutines goroutines a recursion costs a
// 3 s pause of the program, and the frame bound is counted only then.
var stackLimit = stackBounds{frames: 400_000, deepest: 128 << 20, all: 4 << 30}

const (
	stackPoll = 20 * time.Millisecond
	stackName = "/memory/classes/heap/stacks:bytes"
	// dumpGoroutines is the most goroutines a look may dump at each step:
	// about 0.3 s of stopped program at 10,000 (30 µs a goroutine).
	dumpGoroutines = 10_000
	// deepFrames is deeper than a goroutine that does not recurse: the
	// depth the goroutine profile records.
	deepFrames = 128
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
			g = newStackGuard(limit, stackBytes(), runtime.NumGoroutine())
			armWatch()
		})
	}, stop
}

// stackProbe is what the guard asks the runtime, beyond the sum of the
// stacks it is given; a test gives its own.
type stackProbe struct {
	// total reads the sum of the stacks again, after a look that took a
	// while.
	total func() uint64
	// settled counts the stacks again after a collection, which gives back
	// those of goroutines that have ended (one this guard stopped before,
	// say). It takes a while: done only when a dump finds a goroutine over
	// its bound.
	settled func() uint64
	// cutStacks counts the goroutines deeper than the goroutine profile
	// records (128 frames). The profile groups equal stacks and mostly
	// runs beside the program, where a dump stops everything.
	cutStacks func() int
	// shape is a dump of every goroutine, which stops the program while
	// it is taken (about 30 µs a goroutine).
	shape      func() stackShape
	goroutines func() int
}

var runtimeStacks = stackProbe{
	total:      stackBytes,
	settled:    settledStackBytes,
	cutStacks:  goroutine.ProfileCutStacks,
	shape:      dumpShape,
	goroutines: runtime.NumGoroutine,
}

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
	// base is the least the stacks held since the cell started: what they
	// grew by since is this cell's. started is how many goroutines there
	// were then.
	base    uint64
	started int
}

func newStackGuard(limit stackBounds, start uint64, goroutines int) *stackGuard {
	// Goroutines earlier cells left (blocked, most likely) were looked at
	// while those cells ran: look again only once this cell added to them,
	// or every later cell would pay for a look.
	g := &stackGuard{limit: limit, nextLook: math.MaxUint64, base: start, started: goroutines}
	g.lower(start)
	return g
}

// lower brings the next look down when stacks were given back: a
// goroutine growing from here must not wait for the sum to reach what it
// was before.
func (g *stackGuard) lower(total uint64) {
	g.base = min(g.base, total)
	g.nextLook = min(g.nextLook, max(g.limit.deepest, total+g.limit.deepest/4))
}

// check returns the error to stop the cell with, or nil; total is the sum
// of the stacks now.
func (g *stackGuard) check(total uint64, probe stackProbe) error {
	g.lower(total)
	if total <= g.nextLook {
		return nil
	}
	if err := g.checkAll(&total, probe); err != nil {
		return err
	}
	if n := probe.goroutines(); n <= dumpGoroutines {
		// The profile runs beside the program, a few milliseconds here.
		cut := probe.cutStacks()
		total = probe.total()
		g.lower(total)
		if cut > 0 {
			if err := g.checkDump(total, probe); err != nil {
				return err
			}
		}
	} else if g.grownEach(total, n) > g.limit.deepest {
		// Only the dump stops the program while it looks: anything
		// slower that runs beside it lets a recursion grow a doubling or
		// two (a profile of 100,000 goroutines takes half a second).
		s := probe.shape()
		total = probe.total()
		g.lower(total)
		if s.deepest > g.limit.frames {
			return g.recursion(s.deepest, g.grownEach(total, n))
		}
		if s.deepest > deepFrames && g.grownEach(total, n) > g.limit.deepest {
			return g.recursion(s.deepest, g.grownEach(total, n))
		}
	}
	if err := g.checkAll(&total, probe); err != nil { // it may have grown during the look
		return err
	}
	g.nextLook = total + g.limit.deepest/4
	return nil
}

// grownEach is what the stacks grew by since the cell started, shared
// among the goroutines started since (at least one: the check itself runs
// on a goroutine of its own): with too many goroutines to dump at every
// look, what a goroutine recursing holds. The goroutines of earlier cells
// are in the starting figure, so they no longer dilute it; the shallow
// goroutines this cell started take their share.
func (g *stackGuard) grownEach(total uint64, goroutines int) uint64 {
	if total <= g.base {
		return 0
	}
	return (total - g.base) / uint64(max(1, goroutines-g.started))
}

// checkAll is the bound on all stacks together. Looks come only as stacks
// grow: past the bound, a cell that adds none still runs, as stopping
// every cell for goroutines earlier cells left would break the session.
func (g *stackGuard) checkAll(total *uint64, probe stackProbe) error {
	if *total <= g.limit.all {
		return nil
	}
	return &stackError{kind: cellio.MemoryError, message: fmt.Sprintf(
		"%d goroutines hold %d MB of stack, over the bound of %d MB for all goroutines together; "+
			"the cell was stopped (goroutines it left blocked keep their stacks until they end)",
		probe.goroutines(), *total>>20, g.limit.all>>20)}
}

// checkDump counts the frames of every goroutine.
func (g *stackGuard) checkDump(total uint64, probe stackProbe) error {
	s := probe.shape()
	if s.deepest > g.limit.frames {
		return g.recursion(s.deepest, deepestBytes(s, total))
	}
	if b := deepestBytes(s, total); b > g.limit.deepest && s.deepest >= g.limit.frames/8 {
		// Deep enough that no settling can make it shallow: a collection
		// (probe.settled) takes long with a stack this size to scan, and
		// the recursion went on meanwhile, past Go's fatal 1 GB on a busy
		// machine (seen in tests under load).
		return g.recursion(s.deepest, b)
	}
	if deepestBytes(s, total) > g.limit.deepest {
		total = probe.settled()
		g.lower(total)
		if b := deepestBytes(s, total); b > g.limit.deepest {
			return g.recursion(s.deepest, b)
		}
	}
	return nil
}

// deepestBytes is the deepest goroutine's share of the stacks, from a
// dump. Stacks are not reported one by one: the share is taken in
// proportion to frames. Small stacks waste more of their memory than a
// deep one, so this errs towards the deep one.
func deepestBytes(s stackShape, total uint64) uint64 {
	if s.frames == 0 {
		return 0
	}
	return uint64(float64(total) * float64(s.deepest) / float64(s.frames))
}

// recursion is the error for a goroutine frames deep (0: not counted)
// holding about bytes of stack.
func (g *stackGuard) recursion(frames int, bytes uint64) error {
	depth := "a goroutine holds"
	if frames > 0 {
		depth = fmt.Sprintf("a goroutine is %d Go frames deep and holds", frames)
	}
	return &stackError{kind: cellio.RecursionError, message: fmt.Sprintf(
		"maximum recursion depth exceeded: %s about %d MB of stack; "+
			"the bounds for one goroutine are %d frames and %d MB (past 1 GB Go would end the whole kernel); the cell was stopped",
		depth, bytes>>20, g.limit.frames, g.limit.deepest>>20)}
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
