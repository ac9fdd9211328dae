package session

import (
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/gogil/gogil/cellio"
	"github.com/gogil/gogil/internal/goroutine"
	"github.com/gogil/gogil/internal/yaegistate"
)

// A Go program whose goroutines all wait on each other dies with "fatal
// error: all goroutines are asleep - deadlock!". A cell never would: the
// kernel's own goroutines keep the process alive, so the runtime's check
// never fires and the cell hangs until interrupted. The session makes the
// same check for the goroutines that run interpreted code, from goroutine
// dumps taken while a cell runs longer than deadlockFirstLook.
//
// The check must never stop a cell that could go on, so it holds back
// whenever something it cannot see might wake a goroutine:
//   - a timer: a goroutine waiting on time.After's channel looks just like
//     one waiting on a channel nobody will send to, so after any cell that
//     names a timer, a deadline or a signal (mayWakeLater), or loads
//     compiled code (Use), the check is off for the session's life;
//   - any goroutine that is neither the kernel's nor one of gogil's
//     services' (isKernelCreator) and does not run interpreted code (a
//     library's: a server, a command's pipes; a thread not yet started);
//   - any goroutine of the cell's that waits elsewhere than in the
//     interpreter's own channel operations, gogil's select, or a sync
//     primitive the cell calls (a read from stdin, the interpreter lock,
//     a native call), or that is not waiting at all.
//
// Goroutines of other interpreters (a sub-interpreter's; another
// session's, in a test process) are left out: values cross between
// interpreters as copies, so they share no channel with the cell.
//
// The runtime writes a dump of every goroutine at once (the world stops
// for it), so in one dump goroutine A cannot be seen blocked sending to B
// while B, already woken, is seen blocked too.
const deadlockFirstLook = 300 * time.Millisecond

// deadlockMaxGoroutines bounds the dumps: one of 100,000 goroutines takes
// seconds with the world stopped, and its text hundreds of megabytes (and
// the pause after a dump is twenty times what it took). With
// more goroutines than this in the process the check waits until there
// are fewer; a deadlock among so many is not reported.
const deadlockMaxGoroutines = 10_000

// timerWords are the names whose use makes a later wake-up possible that
// no goroutine dump shows. They are matched as words anywhere in a cell, so
// a method of the user's own named After only turns the check off.
var timerWords = []string{
	"After", "AfterFunc", "Tick", "NewTimer", "NewTicker",
	"WithTimeout", "WithDeadline", "WithTimeoutCause", "WithDeadlineCause",
	"Notify", "NotifyContext",
}

// mayWakeLater tells whether code names a timer, a deadline or a signal.
func mayWakeLater(code string) bool {
	for _, w := range timerWords {
		for i := 0; ; {
			j := strings.Index(code[i:], w)
			if j < 0 {
				break
			}
			start, end := i+j, i+j+len(w)
			if (start == 0 || !isWordByte(code[start-1])) && (end == len(code) || !isWordByte(code[end])) {
				return true
			}
			i = end
		}
	}
	return false
}

func isWordByte(b byte) bool {
	return b == '_' || b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0x80
}

// deadlockWatch is the check for one running cell. mu is held while a
// look runs, so that stop returns only once none does: a look reads the
// session's record of goroutines left behind, which Execute then writes.
type deadlockWatch struct {
	mu      sync.Mutex
	stopped bool
	timer   *time.Timer
}

// watchDeadlock starts the check for ex unless the session may hold a
// timer. stop ends it.
func (s *Session) watchDeadlock(ex *execution) (stop func()) {
	if s.mayWake.Load() {
		return func() {}
	}
	w := &deadlockWatch{}
	pause := deadlockFirstLook
	var look func()
	look = func() {
		w.mu.Lock()
		defer w.mu.Unlock()
		if w.stopped || s.mayWake.Load() {
			return
		}
		start := time.Now()
		if runtime.NumGoroutine() > deadlockMaxGoroutines {
			pause = time.Second
			w.timer.Reset(pause)
			return
		}
		if report, stuck := s.deadlocked(); report != "" {
			// Before the cancel wakes the goroutines: their functions'
			// deferred calls must not run (cellsrc/deferguard.go).
			ex.endOnDeadlock(report, stuck, func() { s.exiting.Store(true) })
			return
		}
		// A dump stops the world for tens of microseconds a goroutine: a
		// cell with very many keeps the check under 5% of its time.
		pause = max(nextPause(pause), 20*time.Since(start))
		w.timer.Reset(pause)
	}
	w.mu.Lock()
	w.timer = time.AfterFunc(pause, look)
	w.mu.Unlock()
	return func() {
		w.timer.Stop()
		w.mu.Lock()
		w.stopped = true
		w.mu.Unlock()
	}
}

// deadlocked takes a dump and tells whether every goroutine that runs
// interpreted code waits for good; report then describes them, and stuck
// lists those an interrupt will not free (in a sync primitive).
func (s *Session) deadlocked() (report string, stuck []uint64) {
	self := goroutine.ID()
	// A cell's goroutine is bound to its cell while it runs (spawn); a
	// dump shows every interpreter's goroutines. The bindings must be the
	// dump's: read after it, a goroutine that held a lock in the dump and
	// had ended by the read looked like another interpreter's, and the
	// goroutine waiting for its lock looked stuck (a false deadlock under
	// load). So they are read before the dump and after it, and a check
	// that saw goroutines of a cell come or go between is no verdict: a
	// deadlock starts no goroutine and ends none, the next check sees it.
	bound, bindings := s.running.Bound()
	dump := goroutine.Dump(max(int(s.after.dumpSize.Load())*5/4, runtime.NumGoroutine()*1536), 0)
	if s.running.Bindings() != bindings {
		return "", nil
	}
	var waiting []goroutine.Goroutine
	for _, g := range goroutine.Parse(dump) {
		if g.ID == self || g.ID == s.after.workerID {
			continue // the worker waits for the cell's goroutine
		}
		spawned := bound[g.ID]
		ours := spawned || g.Parent == s.after.workerID && yaegistate.Execution(g.CreatedBy.Function)
		kind := classify(g)
		switch {
		case ours && kind == cellWaiting:
			waiting = append(waiting, g)
		case ours, kind == other && !interpreting(g):
			return "", nil
		}
		// Another interpreter's goroutine (a sub-interpreter's, another
		// session's in tests), waiting or running, shares no channel with
		// ours: values cross between interpreters as copies.
	}
	// Go's deadlock is main's: a program whose main has returned has
	// ended, whatever its goroutines wait for. The cell's statements that
	// have just returned are gone from the dump while the cell's end is on
	// its way, and the goroutines they leave waiting (a prime sieve's
	// filters) looked like a deadlock.
	statements := func(g goroutine.Goroutine) bool {
		return yaegistate.Execution(g.CreatedBy.Function) && !s.after.leftBehind[g.ID]
	}
	if !slices.ContainsFunc(waiting, statements) {
		return "", nil
	}
	var b strings.Builder
	b.WriteString("all goroutines are asleep - deadlock!\n" +
		"(Go's fatal error: a program stops here with exit status 2. The cell waits for good in:")
	for _, g := range waiting {
		// Waits the cancel cannot end: a sync primitive, and a channel
		// operation yaegi makes without its select on the cancel channel.
		if syncWait(g) || strings.HasPrefix(g.State, "chan ") {
			stuck = append(stuck, g.ID)
		}
		if s.after.leftBehind[g.ID] {
			continue // an earlier cell's, reported then
		}
		who := "a goroutine the cell started"
		if yaegistate.Execution(g.CreatedBy.Function) {
			who = "the cell's statements"
		}
		state, _, _ := strings.Cut(g.State, ",")
		fmt.Fprintf(&b, "\n  %s [%s]", who, state)
	}
	b.WriteString(")")
	return b.String(), stuck
}

type goroutineKind int

const (
	// other: it may still run, or wake a cell's goroutine.
	other goroutineKind = iota
	// kernelSide: the kernel's own, which never wakes a cell's goroutine.
	kernelSide
	// cellWaiting: it runs interpreted code and waits on another goroutine.
	cellWaiting
)

// interpreting: the goroutine runs interpreted code (yaegi's frames).
func interpreting(g goroutine.Goroutine) bool {
	for _, f := range g.Frames {
		if yaegistate.Interpreting(f.Function) {
			return true
		}
	}
	return false
}

// classify sorts one goroutine of a dump.
func classify(g goroutine.Goroutine) goroutineKind {
	if !interpreting(g) {
		if isKernelCreator(g.CreatedBy.Function) || inService(g) {
			return kernelSide
		}
		return other
	}
	if !g.WaitsOnGoroutine() {
		return other
	}
	// A worker waits in ExecuteWithContext for the goroutine that runs a
	// cell: it wakes when that one does.
	if inner := firstOutside(g.Frames, "runtime.", "reflect."); yaegistate.Execution(inner) {
		return kernelSide
	}
	if interpreterWait(g) || syncWait(g) {
		return cellWaiting
	}
	return other
}

// interpreterWait: the goroutine waits in one of yaegi's channel
// operations (a send, a receive, a select, a range over a channel) or in
// gogil's select, called from interpreted code.
func interpreterWait(g goroutine.Goroutine) bool {
	inner := firstOutside(g.Frames, "runtime.", "reflect.")
	if yaegistate.ChannelOperation(inner) {
		return true
	}
	return inner == "github.com/gogil/gogil/session.(*Session).choose"
}

// syncWait: the goroutine waits in a sync primitive that interpreted code
// called itself (not one inside a library or the kernel).
func syncWait(g goroutine.Goroutine) bool {
	i := indexOutside(g.Frames, "runtime.", "internal/sync.", "sync.runtime_")
	if i < 0 || !isCellSyncCall(g.Frames[i].Function) {
		return false
	}
	next := firstOutside(g.Frames[i+1:], "reflect.")
	return yaegistate.NativeCall(next)
}

func isCellSyncCall(fn string) bool {
	switch fn {
	case "sync.(*Mutex).Lock", "sync.(*RWMutex).Lock", "sync.(*RWMutex).RLock",
		"sync.(*WaitGroup).Wait", "sync.(*Cond).Wait":
		return true
	}
	return false
}

// isKernelCreator: a goroutine started by the kernel's own machinery (its
// sockets, its pipes, the session's worker, the magics' watchers) or by
// gogil's services that cells call (pools of processes or interpreters,
// parallel loops, the timeline), which touch no channel of a cell: a cell
// waits for them in their own functions, which the check does not take for
// a cell's wait. Not among them: the spawners of a cell's go statements
// (session's spawn, the lock's Go for threads), whose goroutine runs the
// cell's code once it starts.
func isKernelCreator(fn string) bool {
	if fn == "" {
		return true // the process's main goroutine
	}
	for _, p := range []string{
		"main.", "testing.", "runtime.", "os/signal.",
		"github.com/go-zeromq/",
		"github.com/gogil/gogil/kernel.", "github.com/gogil/gogil/kernel/",
		"github.com/gogil/gogil/session/stdio.",
		"github.com/gogil/gogil/session.New",
		"github.com/gogil/gogil/magics.",
		"github.com/gogil/gogil/internal/",
	} {
		if strings.HasPrefix(fn, p) {
			return true
		}
	}
	for _, p := range servicePackages {
		if strings.HasPrefix(fn, p) {
			return true
		}
	}
	return false
}

// servicePackages are gogil's services that cells call (see
// isKernelCreator).
var servicePackages = []string{
	"github.com/gogil/gogil/multiprocessing.",
	"github.com/gogil/gogil/interpreters.",
	"github.com/gogil/gogil/parallel.",
	"github.com/gogil/gogil/timeline.",
}

// inService: a goroutine not running interpreted code that is inside one
// of gogil's services, such as a pool's worker thread waiting for work
// (started by the lock's Go, as threads are).
func inService(g goroutine.Goroutine) bool {
	for _, f := range g.Frames {
		for _, p := range servicePackages {
			if strings.HasPrefix(f.Function, p) {
				return true
			}
		}
	}
	return false
}

func firstOutside(frames []goroutine.Frame, prefixes ...string) string {
	if i := indexOutside(frames, prefixes...); i >= 0 {
		return frames[i].Function
	}
	return ""
}

// indexOutside is the index of the first frame in none of the packages.
func indexOutside(frames []goroutine.Frame, prefixes ...string) int {
next:
	for i, f := range frames {
		for _, p := range prefixes {
			if strings.HasPrefix(f.Function, p) {
				continue next
			}
		}
		return i
	}
	return -1
}

// endOnDeadlock ends the running cell as a deadlocked Go program ends.
// first runs before the cell's context is cancelled.
func (ex *execution) endOnDeadlock(report string, stuck []uint64, first func()) {
	ex.mu.Lock()
	defer ex.mu.Unlock()
	if ex.ended || ex.endForGap == nil || ex.gap != nil || ex.deadlock != "" {
		return
	}
	ex.deadlock, ex.stuck = report, stuck
	first()
	ex.endForGap()
}

// deadlockEnd is what endOnDeadlock recorded, if the check ended the cell.
func (ex *execution) deadlockEnd() (report string, stuck []uint64) {
	ex.mu.Lock()
	defer ex.mu.Unlock()
	return ex.deadlock, ex.stuck
}

func deadlockError(report string) *cellio.Error {
	return cellio.Failure(cellio.Deadlock, report)
}
