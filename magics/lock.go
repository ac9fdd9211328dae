package magics

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"sync/atomic"
	"time"

	"github.com/gogil/gogil/cellio"
	"github.com/gogil/gogil/gil"
	"github.com/gogil/gogil/internal/running"
	"github.com/gogil/gogil/kernel"
	"github.com/gogil/gogil/multiprocessing"
	"github.com/gogil/gogil/parallel"
	"github.com/gogil/gogil/session"
	"github.com/gogil/gogil/threading"
	"github.com/gogil/gogil/workloads"
)

// runtimePath is the package instrumented code calls (as __gil); it is
// not meant to be imported by hand.
const runtimePath = "github.com/gogil/gogil/magics/gilrt"

// The names of the runtime package, one constant each: runtime() defines
// them and the instrumenter (instrument.go) emits calls of them, so a name
// the instrumenter uses and the table lacks does not compile, and
// TestRuntimeNames checks that the rewritten code of every construct calls
// only names the table defines.
const (
	rtPending   = "Pending"   // *bool: true while a check point has work to do
	rtYield     = "Yield"     // a check point
	rtEnter     = "Enter"     // a %%gil function's entry: Ensure and a check point
	rtExit      = "Exit"      // its exit: Release
	rtLetGo     = "LetGo"     // a %%nogil function's entry: the lock let go if held
	rtReacquire = "Reacquire" // its exit: taken back
	rtBlock     = "Block"     // before a statement that may wait
	rtUnblock   = "Unblock"   // after it
	rtIsChan    = "IsChan"    // range loops: does the loop range over a channel?
	rtBlockIf   = "BlockIf"
	rtWakeIf    = "WakeIf"
	rtPark      = "Park"
	rtResume    = "Resume"
	rtGo        = "Go"      // a go statement of a %%gil cell
	rtGoPlain   = "GoPlain" // a go statement of any other cell
)

// lockWorld is what the cells of one kernel share about the lock: the lock,
// the native workloads and threads bound to it.
type lockWorld struct {
	goroutines atomic.Uint64 // numbers the goroutines of go statements
	lock       *gil.Lock
	workloads  *workloads.Set
	threads    *threading.Module
	parallel   *parallel.Module
	report     func(name string, err error) // thread failures, to the current cell
}

func newLockWorld(report func(name string, err error)) *lockWorld {
	// One registry of goroutines for the lock and the session: both know
	// a thread's goroutine as working for the cell that started it.
	w := &lockWorld{lock: gil.NewWithRegistry(running.New()), report: report}
	// A fatal error's thread dump shows the code that misused the lock,
	// not the interpreter and the rooms that carried the call to it.
	w.lock.HideFrames("github.com/traefik/yaegi/", "github.com/gogil/gogil/magics.",
		"github.com/gogil/gogil/session.", "github.com/gogil/gogil/threading.", "github.com/gogil/gogil/parallel.")
	w.workloads = workloads.New(w.lock)
	w.parallel = parallel.New(w.lock)
	w.threads = threading.New(w.lock, func(t *threading.Thread, err error) {
		if !errors.Is(err, gil.ErrInterrupted) {
			w.report(t.Name(), err)
		}
	})
	return w
}

// sessionOptions gives cells the lock's packages, without imports.
func (w *lockWorld) sessionOptions(processes *multiprocessing.Module) session.Options {
	packages := map[string]map[string]reflect.Value{}
	for _, exports := range []map[string]map[string]reflect.Value{
		w.lock.Exports(), w.workloads.Exports(), w.threads.Exports(), w.parallel.Exports(), w.runtime(), processes.Exports(),
	} {
		for k, v := range exports {
			packages[k] = v
		}
	}
	main := w.lock.MainThread()
	return session.Options{
		Packages: packages,
		AutoImport: map[string]string{
			"gil":                       gil.ImportPath,
			"workloads":                 workloads.ImportPath,
			"threading":                 threading.ImportPath,
			"parallel":                  parallel.ImportPath,
			multiprocessing.PackageName: multiprocessing.ImportPath,
			runtimeName:                 runtimePath,
		},
		// Cells run on goroutines the session's worker starts: they are the
		// main thread.
		OnWorker: func() { w.lock.BindWithChildren(main) },
		Running:  w.lock.Registry(),
	}
}

// always is what a range loop over a channel finds behind its wake flag.
var always = true

// runtime is what %%gil and %%nogil code calls (see instrument.go).
func (w *lockWorld) runtime() map[string]map[string]reflect.Value {
	l := w.lock
	letGo := func() *gil.Thread {
		t := l.Current()
		if l.Held(t) && l.Drop(t) == nil {
			return t
		}
		return nil
	}
	takeBack := func(t *gil.Thread) {
		if t != nil {
			_ = l.Take(t) // fails only on an interrupt, which ends the cell anyway
		}
	}
	return map[string]map[string]reflect.Value{
		runtimePath + "/gilrt": {
			rtPending: reflect.ValueOf(l.PendingFlag()),
			rtYield:   reflect.ValueOf(func() { _ = l.CheckpointCaller() }),
			rtEnter: reflect.ValueOf(func() gil.State {
				s := l.Ensure()
				_ = l.CheckpointCaller()
				return s
			}),
			// Exit ends a %%gil function. If a panic skipped the Unblock of a
			// blocking statement, the thread no longer holds the lock: take it
			// back first, as CPython does before an exception propagates.
			rtExit: reflect.ValueOf(func(s gil.State) {
				if t := s.Thread(); t != nil && !l.Held(t) {
					_ = l.Take(t)
				}
				_ = l.Release(s)
			}),
			rtLetGo:     reflect.ValueOf(letGo),
			rtReacquire: reflect.ValueOf(takeBack),
			rtBlock:     reflect.ValueOf(letGo),
			rtUnblock:   reflect.ValueOf(takeBack),
			// IsChan and BlockIf serve range loops, which wait only when
			// they range over a channel (see rangeOverChannel).
			rtIsChan: reflect.ValueOf(func(x any) bool {
				return x != nil && reflect.TypeOf(x).Kind() == reflect.Chan
			}),
			rtBlockIf: reflect.ValueOf(func(wait bool) *gil.Thread {
				if wait {
					return letGo()
				}
				return nil
			}),
			// Park ends an iteration of such a loop: over a channel, the
			// lock goes while the loop waits for the next value.
			rtPark: reflect.ValueOf(func(isChan bool) *gil.Thread {
				if isChan {
					return letGo()
				}
				return nil
			}),
			rtWakeIf: reflect.ValueOf(func(isChan bool) *bool {
				if isChan {
					return &always
				}
				return l.PendingFlag()
			}),
			// Resume starts an iteration of such a loop: the lock back if
			// the wait let it go, then the check point.
			rtResume: reflect.ValueOf(func(t *gil.Thread) *gil.Thread {
				takeBack(t)
				_ = l.CheckpointCaller()
				return nil
			}),
			// GoPlain is what a `go` statement of any other cell calls: a
			// goroutine with a thread state of its own, retired when it ends,
			// so that %%gil code it calls finds a stable thread.
			rtGoPlain: reflect.ValueOf(func(fn func()) {
				t := l.NewThread(fmt.Sprintf("goroutine-%d", w.goroutines.Add(1)))
				l.Go(t, func() {
					defer l.RetireThread(t)
					defer func() {
						if l.Held(t) {
							_ = l.Drop(t) // a goroutine that ends holding the lock lets it go
						}
					}()
					fn()
				})
			}),
			// Go is what a `go` statement of a %%gil cell calls: a thread
			// started as threading.Thread(...).Start() would be.
			rtGo: reflect.ValueOf(func(fn func()) {
				if err := w.threads.Thread(fn).Start(); err != nil && !errors.Is(err, gil.ErrInterrupted) {
					w.report("go statement", err)
				}
			}),
		},
	}
}

// The session's names for runtime's spawners.
const (
	spawnName      = runtimePath + "." + rtGo
	plainSpawnName = runtimePath + "." + rtGoPlain
)

// lockMagic is %%gil or %%nogil.
func (l *Layer) lockMagic(mode lockMode) func(args []string, out cellio.Cell, next run) (run, error) {
	return func(args []string, out cellio.Cell, next run) (run, error) {
		if len(args) > 0 {
			return nil, fmt.Errorf("takes no arguments")
		}
		return func(ctx context.Context, c session.Cell) kernel.Outcome {
			if c.Rewrite != nil {
				return usageError("a cell takes one %%gil or %%nogil, not two: it runs either holding the lock or not")
			}
			c.Rewrite = rewrite(mode)
			if mode == holding {
				// The cell's statements take the lock themselves: the
				// session wraps them in a function, which the rewrite makes
				// Ensure the lock on entry and Release it when the cell's
				// statements are done. Taking it there, and not here, means
				// taking it after the session has waited for what an
				// interrupted cell left running.
				c.Spawn = spawnName
			}
			return next(ctx, c)
		}, nil
	}
}

// How long threads may wait for a lock whose holder is blocked before the
// cell is stopped as deadlocked, and how often that is looked at.
const (
	stallAfter = time.Second
	stallPoll  = 250 * time.Millisecond
)

// stallError ends a cell whose lock can never be released again.
type stallError struct{ report string }

func (e *stallError) Error() string { return e.report }

// watch looks for a deadlock under the lock while a cell runs: the holder
// blocked in Go while others wait for the lock. It then stops the cell
// (cancel, and the lock's interrupt for the waiters), which also unblocks
// the interpreted goroutines, and takes the lock from the blocked holder,
// so the lock is free again for the next cell.
func (w *lockWorld) watch(ctx context.Context, cancel context.CancelCauseFunc) (stop func()) {
	arm, stop := watchCell(ctx, stallPoll, func() bool {
		report, holder := w.lock.Stalled(stallAfter)
		if holder == nil {
			return false
		}
		cancel(&stallError{report: report})
		w.lock.Interrupter().Interrupt()
		w.lock.Revoke(holder)
		return true
	})
	arm()
	return stop
}
