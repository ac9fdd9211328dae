package gil

import (
	"fmt"
	"sync"

	"github.com/gogil/gogil/internal/goroutine"
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
	id := goroutine.ID()
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
// kept for this goroutine. Resolving by parentage costs a stack trace
// (microseconds), once per goroutine; only the cell-facing functions use it.
func (l *Lock) Current() *Thread {
	id := goroutine.ID()
	r := &l.registry
	r.mu.RLock()
	b, ok := r.byGoroutine[id]
	r.mu.RUnlock()
	if ok {
		return b.thread
	}
	parent, hasParent := goroutine.ParentID()

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
