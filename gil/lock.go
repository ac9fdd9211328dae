package gil

import (
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gogil/gogil/internal/running"
)

// DefaultSwitchInterval is CPython's default (sys.getswitchinterval() = 0.005).
const DefaultSwitchInterval = 5 * time.Millisecond

var (
	// ErrNotLocked is CPython's fatal "drop_gil: GIL is not locked".
	ErrNotLocked = errors.New("drop_gil: GIL is not locked")
	// ErrNotHolder: a thread dropped a lock another thread holds.
	ErrNotHolder = errors.New("drop_gil: the lock is held by another thread")
	// ErrDeadlock: a thread asked for the lock it already holds. CPython
	// hangs there (3.7, 3.12) or aborts (3.13); we refuse instead.
	ErrDeadlock = errors.New("the thread already holds the lock (CPython would hang here)")
)

// Thread is the state of one Python-like thread (CPython's PyThreadState).
// Create it with Lock.NewThread. A Thread is meant to be used by one
// goroutine at a time, as a PyThreadState belongs to one OS thread.
type Thread struct {
	id   uint64
	name string

	// Guarded by Lock.mu.
	stats     ThreadStats
	waiting   bool
	waitSince time.Time
	retired   bool

	dummy bool // made up for an unbound goroutine (set before it is shared)

	acquisitions atomic.Uint64 // counted on the fast path too, hence atomic

	// Owned by the goroutine running as this thread.
	ensureDepth int
	wake        chan struct{} // capacity 1: a dropper's signal to this waiter
	timer       *time.Timer
}

// ID is the thread's number in its Lock (1 is the main thread).
func (t *Thread) ID() uint64 { return t.id }

// Name is the thread's name ("MainThread", "Thread-1 (FibonacciGIL)", ...).
func (t *Thread) Name() string { return t.name }

func (t *Thread) String() string { return fmt.Sprintf("%s (0x%x)", t.name, t.id) }

// Lock is one interpreter's GIL. The zero value is not usable: call New.
type Lock struct {
	// state holds the holder's and the last holder's ids and the slow flag.
	// While nobody waits and nobody traces, a thread retaking the lock it
	// held last, and dropping it, is one compare-and-swap on it; everything
	// else sets the slow flag and goes through mu.
	state       atomic.Uint64
	dropRequest atomic.Bool // read by holders at check points without mu
	intervalUS  atomic.Int64
	trace       atomic.Pointer[tracer]
	intr        *Interrupter
	main        *Thread

	mu            sync.Mutex
	switchNumber  uint64
	waiters       []*Thread     // FIFO; the first is the one a dropper signals
	switched      chan struct{} // closed when a forced dropper may stop waiting; nil when none waits
	switchWaiters int
	totals        Stats
	threads       []*Thread // index id-1

	registry *running.Registry
	dummies  atomic.Uint64 // numbers the Dummy-N threads
	hide     []string      // frames left out of dumps (HideFrames), under mu
	reader   FrameReader   // names interpreted frames in dumps (ReadFrames), under mu
}

// New returns an unlocked Lock with its main thread and its Interrupter.
func New() *Lock { return NewWithRegistry(running.New()) }

// NewWithRegistry is New, with the table of goroutines shared with the
// session that runs the cells (one lock per registry).
func NewWithRegistry(r *running.Registry) *Lock {
	l := &Lock{intr: newInterrupter(), registry: r}
	l.intervalUS.Store(int64(DefaultSwitchInterval / time.Microsecond))
	l.main = l.NewThread("MainThread")
	return l
}

// MainThread is the thread state of the kernel's cell execution.
func (l *Lock) MainThread() *Thread { return l.main }

// Interrupter is the interrupt source every blocking path of this lock obeys.
func (l *Lock) Interrupter() *Interrupter { return l.intr }

// NewThread creates a thread state. Threads are never reused; RetireThread
// marks one as finished.
func (l *Lock) NewThread(name string) *Thread {
	l.mu.Lock()
	defer l.mu.Unlock()
	t := &Thread{id: uint64(len(l.threads) + 1), name: name, wake: make(chan struct{}, 1)}
	t.stats.ID, t.stats.Name, t.stats.Alive = t.id, name, true
	l.threads = append(l.threads, t)
	return t
}

// RetireThread marks t as finished: it leaves thread dumps, its counters
// stay in Stats.
func (l *Lock) RetireThread(t *Thread) {
	l.mu.Lock()
	t.retired = true
	t.stats.Alive = false
	l.mu.Unlock()
	l.registry.Forget(t)
}

// SetSwitchInterval sets how long a waiter waits before asking the holder
// to drop. Like CPython it is stored in whole microseconds; below one
// microsecond it reads back as 0 and behaves as 1 µs.
func (l *Lock) SetSwitchInterval(d time.Duration) error {
	if d <= 0 {
		return fmt.Errorf("switch interval must be strictly positive, got %v", d)
	}
	l.intervalUS.Store(int64(d / time.Microsecond))
	return nil
}

// SwitchInterval is the stored interval (whole microseconds).
func (l *Lock) SwitchInterval() time.Duration {
	return time.Duration(l.intervalUS.Load()) * time.Microsecond
}

func (l *Lock) waitInterval() time.Duration {
	us := l.intervalUS.Load()
	if us < 1 {
		us = 1
	}
	return time.Duration(us) * time.Microsecond
}

// The layout of Lock.state.
const (
	flagSlow    = 1 // waiters, forced droppers or a trace: take the mutex
	holderShift = 1
	holderMask  = (1<<31 - 1) << holderShift
	lastShift   = 32
	maxThreads  = 1<<31 - 1
)

func holderOf(s uint64) uint64 { return (s & holderMask) >> holderShift }
func lastOf(s uint64) uint64   { return s >> lastShift }

// Held tells whether t holds the lock: one atomic load. Only t itself can
// change the answer from true to false, so the holder may trust it.
func (l *Lock) Held(t *Thread) bool {
	return t != nil && holderOf(l.state.Load()) == t.id
}

// Holder is the thread holding the lock, nil when it is free.
func (l *Lock) Holder() *Thread {
	id := holderOf(l.state.Load())
	if id == 0 {
		return nil
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.threads[id-1]
}

func (l *Lock) lockedLocked() bool { return holderOf(l.state.Load()) != 0 }

// Take is take_gil: it returns when t holds the lock, or with ErrInterrupted
// (t then does not hold it), or with ErrDeadlock if t already holds it.
func (l *Lock) Take(t *Thread) error {
	s := l.state.Load()
	if s&(flagSlow|holderMask) == 0 && lastOf(s) == t.id && l.state.CompareAndSwap(s, s|t.id<<holderShift) {
		t.acquisitions.Add(1)
		return nil
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.takeLocked(t)
}

func (l *Lock) takeLocked(t *Thread) error {
	for {
		s := l.state.Load()
		switch holderOf(s) {
		case t.id:
			return fmt.Errorf("take %s: %w", t.name, ErrDeadlock)
		case 0:
			next := s&flagSlow | t.id<<holderShift | t.id<<lastShift
			if !l.state.CompareAndSwap(s, next) {
				continue // a fast-path operation got in first
			}
			l.acquiredLocked(t, lastOf(s) != t.id)
			return nil
		default:
			if err := l.waitLocked(t); err != nil {
				return err
			}
		}
	}
}

func (l *Lock) acquiredLocked(t *Thread, switched bool) {
	t.acquisitions.Add(1)
	if switched {
		l.switchNumber++
		t.stats.Switches++
		l.totals.Switches++
		l.wakeForcedDroppersLocked()
	}
	if l.dropRequest.Load() {
		l.dropRequest.Store(false)
	}
	l.record(EventTake, t, false, false, "")
}

// updateSlowLocked keeps the slow flag set exactly while the fast paths
// would skip something: signalling waiters, waking forced droppers, tracing.
func (l *Lock) updateSlowLocked() {
	want := uint64(0)
	if len(l.waiters) > 0 || l.switchWaiters > 0 || l.trace.Load() != nil {
		want = flagSlow
	}
	for {
		s := l.state.Load()
		if s&flagSlow == want || l.state.CompareAndSwap(s, s&^flagSlow|want) {
			return
		}
	}
}

// waitLocked blocks (mutex released) until the lock is free. After each
// whole interval in which no switch happened it sets the drop request; a
// waiter woken by a drop that loses the race waits a whole interval again.
func (l *Lock) waitLocked(t *Thread) error {
	done := l.intr.Done()
	if l.intr.Pending() {
		return ErrInterrupted
	}
	select { // a signal left over from an aborted wait
	case <-t.wake:
	default:
	}
	l.waiters = append(l.waiters, t)
	t.waiting = true
	start := time.Now()
	t.waitSince = start
	l.updateSlowLocked()
	l.record(EventWaitStart, t, false, false, "")
	interval := l.waitInterval()
	if t.timer == nil {
		t.timer = time.NewTimer(interval)
	} else {
		t.timer.Reset(interval)
	}
	var err error
	for l.lockedLocked() {
		saved := l.switchNumber
		l.mu.Unlock()
		timedOut := false
		select {
		case <-t.wake:
		case <-t.timer.C:
			timedOut = true
		case <-done:
			err = ErrInterrupted
		}
		l.mu.Lock()
		if err != nil {
			break
		}
		if timedOut && l.lockedLocked() && l.switchNumber == saved && !l.dropRequest.Load() {
			l.dropRequest.Store(true)
			t.stats.DropRequests++
			l.totals.DropRequests++
			l.record(EventDropRequest, t, false, false, "")
		}
		t.timer.Reset(l.waitInterval())
	}
	t.timer.Stop()
	l.removeWaiterLocked(t)
	l.updateSlowLocked()
	waited := time.Since(start)
	t.stats.Waited += waited
	l.totals.Waited += waited
	l.record(EventWaitEnd, t, false, err != nil, "")
	if err != nil {
		if len(l.waiters) == 0 {
			// Nobody is left to take over: do not make the holder yield for a
			// waiter that gave up.
			l.dropRequest.Store(false)
		}
		l.wakeForcedDroppersLocked()
	}
	return err
}

func (l *Lock) removeWaiterLocked(t *Thread) {
	t.waiting = false
	for i, w := range l.waiters {
		if w == t {
			l.waiters = append(l.waiters[:i], l.waiters[i+1:]...)
			return
		}
	}
}

func (l *Lock) wakeForcedDroppersLocked() {
	if l.switched != nil {
		close(l.switched)
		l.switched = nil
	}
}

// Drop is drop_gil. When a drop request is pending (FORCE_SWITCHING) it
// returns only once another thread has taken the lock, so the dropper cannot
// take it straight back; otherwise it wakes one waiter and returns at once.
// Dropping a lock t does not hold is an error and changes nothing.
func (l *Lock) Drop(t *Thread) error {
	s := l.state.Load()
	if s&flagSlow == 0 && holderOf(s) == t.id && l.state.CompareAndSwap(s, s&^holderMask) {
		return nil
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.dropLocked(t)
}

func (l *Lock) dropLocked(t *Thread) error {
	var s uint64
	for {
		s = l.state.Load()
		switch holderOf(s) {
		case 0:
			return ErrNotLocked
		case t.id:
		default:
			return fmt.Errorf("%w: %s holds it, %s dropped it", ErrNotHolder, l.threads[holderOf(s)-1].name, t.name)
		}
		// The last holder is t already: the take set it.
		if l.state.CompareAndSwap(s, s&^holderMask) {
			break
		}
	}
	forced := l.dropRequest.Load()
	l.record(EventDrop, t, forced, false, "")
	if len(l.waiters) > 0 {
		select {
		case l.waiters[0].wake <- struct{}{}:
		default:
		}
	}
	if !forced {
		return nil
	}
	l.dropRequest.Store(false)
	t.stats.ForcedDrops++
	l.totals.ForcedDrops++
	done := l.intr.Done()
	for lastOf(l.state.Load()) == t.id && len(l.waiters) > 0 {
		if l.switched == nil {
			l.switched = make(chan struct{})
		}
		switched := l.switched
		l.switchWaiters++
		l.updateSlowLocked()
		l.mu.Unlock()
		interrupted := false
		select {
		case <-switched:
		case <-done:
			interrupted = true
		}
		l.mu.Lock()
		l.switchWaiters--
		l.updateSlowLocked()
		if interrupted {
			break // the lock is already released: nothing to undo
		}
	}
	return nil
}

// Checkpoint is the check interpreter code makes at loop back-edges and
// calls (CPython's eval breaker). With nothing pending it is two atomic
// loads. When a drop is requested and t holds the lock, t drops it (forced)
// and takes it back. It returns ErrInterrupted while an interrupt is
// pending; t may then no longer hold the lock.
func (l *Lock) Checkpoint(t *Thread) error {
	if !l.dropRequest.Load() && !l.intr.pending.Load() {
		return nil
	}
	return l.checkpointSlow(t)
}

func (l *Lock) checkpointSlow(t *Thread) error {
	if l.intr.Pending() {
		return ErrInterrupted
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if !l.dropRequest.Load() || !l.Held(t) {
		return nil
	}
	if err := l.dropLocked(t); err != nil {
		return err
	}
	return l.takeLocked(t)
}
