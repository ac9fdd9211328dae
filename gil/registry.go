package gil

import (
	"bytes"
	"fmt"
	"runtime"
	"strconv"
	"sync"

	"github.com/petermattis/goid"
)

// registry maps goroutines to thread states for the cell-facing functions,
// which cannot be handed a *Thread. See the package comment.
type registry struct {
	mu          sync.RWMutex
	byGoroutine map[uint64]binding
	inferred    int // entries found by parentage or made up (Dummy-N)
	dummies     int
}

type binding struct {
	thread   *Thread
	children bool // goroutines started by this one run as the same thread
	inferred bool
}

// inferredLimit bounds the cache of goroutines resolved by parentage: each
// cell runs on a fresh goroutine, and goroutine ids are never reused.
const inferredLimit = 4096

func (r *registry) init() { r.byGoroutine = make(map[uint64]binding) }

// Bind makes the calling goroutine run as t for the cell-facing functions,
// until the returned function is called.
func (l *Lock) Bind(t *Thread) (unbind func()) { return l.bind(t, false) }

// BindWithChildren is Bind, and goroutines the calling goroutine starts
// (directly) run as t too. The session binds its evaluation goroutine to the
// main thread this way, because yaegi evaluates each cell on a goroutine it
// starts itself.
func (l *Lock) BindWithChildren(t *Thread) (unbind func()) { return l.bind(t, true) }

func (l *Lock) bind(t *Thread, children bool) func() {
	id := goroutineID()
	r := &l.registry
	r.mu.Lock()
	r.byGoroutine[id] = binding{thread: t, children: children}
	r.mu.Unlock()
	return func() {
		r.mu.Lock()
		if b, ok := r.byGoroutine[id]; ok && b.thread == t && !b.inferred {
			delete(r.byGoroutine, id)
		}
		r.mu.Unlock()
	}
}

func (r *registry) forget(t *Thread) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for id, b := range r.byGoroutine {
		if b.thread == t {
			delete(r.byGoroutine, id)
		}
	}
}

// Current is the thread the calling goroutine runs as: its binding, else its
// parent's binding made with BindWithChildren, else a new "Dummy-N" thread
// kept for this goroutine. It costs a runtime.Stack call (microseconds);
// only the cell-facing functions use it.
func (l *Lock) Current() *Thread {
	id := goroutineID()
	r := &l.registry
	r.mu.RLock()
	b, ok := r.byGoroutine[id]
	r.mu.RUnlock()
	if ok {
		return b.thread
	}
	parent, hasParent := parentGoroutineID()

	r.mu.Lock()
	defer r.mu.Unlock()
	if b, ok := r.byGoroutine[id]; ok {
		return b.thread
	}
	var t *Thread
	if pb, ok := r.byGoroutine[parent]; hasParent && ok && pb.children {
		t = pb.thread
	} else {
		r.dummies++
		t = l.NewThread(fmt.Sprintf("Dummy-%d", r.dummies))
		t.dummy = true
	}
	if r.inferred >= inferredLimit {
		l.trimInferredLocked()
	}
	r.byGoroutine[id] = binding{thread: t, inferred: true}
	r.inferred++
	return t
}

// trimInferredLocked forgets inferred entries that can be inferred again
// identically: those found by parentage (the parent's binding outlives them
// or they are stale) and dummies that neither hold nor wait for the lock.
// A dummy in the lock's hands must keep its identity: given a new one, its
// goroutine would wait for the lock it holds. (r.mu is held; l.mu is taken
// after it, as NewThread does.)
func (l *Lock) trimInferredLocked() {
	r := &l.registry
	l.mu.Lock()
	defer l.mu.Unlock()
	holderID := holderOf(l.state.Load())
	for id, b := range r.byGoroutine {
		if !b.inferred {
			continue
		}
		if b.thread.dummy && (b.thread.id == holderID || b.thread.waiting) {
			continue
		}
		delete(r.byGoroutine, id)
		r.inferred--
	}
}

// goroutinesOf lists the goroutines bound or resolved to t, for dumps.
func (l *Lock) goroutinesOf(t *Thread) []uint64 {
	r := &l.registry
	r.mu.RLock()
	defer r.mu.RUnlock()
	var ids []uint64
	for id, b := range r.byGoroutine {
		if b.thread == t {
			ids = append(ids, id)
		}
	}
	return ids
}

// goroutineID reads the id from the first line of the goroutine's stack
// trace, "goroutine 42 [running]:". The runtime offers no cheaper public way.
func goroutineID() uint64 {
	if fastIDs {
		return uint64(goid.Get())
	}
	return slowGoroutineID()
}

// fastIDs says whether goid.Get, which reads the id straight from the
// runtime's goroutine structure (nanoseconds instead of the microseconds of
// a stack trace), agrees with the stack trace on this Go version. The check
// runs once, on two goroutines; if the runtime's layout ever moved, gogil
// falls back to the stack trace rather than trust a wrong id.
var fastIDs = func() bool {
	agree := func() bool { return uint64(goid.Get()) == slowGoroutineID() }
	if !agree() {
		return false
	}
	other := make(chan bool)
	go func() { other <- agree() }()
	return <-other
}()

// slowGoroutineID reads the id from the first line of a stack trace.
func slowGoroutineID() uint64 {
	var buf [64]byte
	n := runtime.Stack(buf[:], false)
	line := bytes.TrimPrefix(buf[:n], []byte("goroutine "))
	if i := bytes.IndexByte(line, ' '); i > 0 {
		line = line[:i]
	}
	id, _ := strconv.ParseUint(string(line), 10, 64)
	return id
}

// parentGoroutineID reads "created by f in goroutine N" at the end of the
// calling goroutine's stack trace (Go 1.21+ prints the parent's id).
func parentGoroutineID() (uint64, bool) {
	buf := make([]byte, 8<<10)
	for {
		n := runtime.Stack(buf, false)
		if n < len(buf) || len(buf) >= 8<<20 {
			buf = buf[:n]
			break
		}
		buf = make([]byte, 2*len(buf))
	}
	i := bytes.LastIndex(buf, []byte("created by "))
	if i < 0 {
		return 0, false
	}
	line := buf[i:]
	if j := bytes.IndexByte(line, '\n'); j >= 0 {
		line = line[:j]
	}
	const marker = " in goroutine "
	j := bytes.LastIndex(line, []byte(marker))
	if j < 0 {
		return 0, false
	}
	id, err := strconv.ParseUint(string(bytes.TrimSpace(line[j+len(marker):])), 10, 64)
	return id, err == nil
}
