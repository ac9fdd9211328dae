package running

import "sync"

// Thread is a thread state of the interpreter lock (a *gil.Thread).
type Thread interface{ Name() string }

// Registry maps goroutines to who they run for. The zero value is not
// usable: call New. A Registry serves one session and one lock.
type Registry struct {
	mu          sync.RWMutex
	byGoroutine map[uint64]*entry
	// byThread indexes byGoroutine by thread: a thread that ends (Forget)
	// is found in time proportional to its own goroutines, not to all of
	// them (a cell may start 100,000 goroutines, each a thread that ends).
	byThread map[Thread]map[uint64]struct{}
	inferred int // entries whose thread was inferred (see Infer)
	running  any // the cell running now, or the last one
	// bindings counts the calls of BindCell and of its unbind, so that a
	// reader of Bound can tell that no goroutine was bound or unbound
	// between two reads.
	bindings uint64
}

type entry struct {
	cell     any    // nil: the goroutine works for the running cell
	thread   Thread // nil: not known to the lock yet
	children bool   // goroutines it starts directly run as thread too
	inferred bool   // thread was inferred: it may be forgotten and inferred again
}

// New returns an empty registry.
func New() *Registry {
	return &Registry{byGoroutine: make(map[uint64]*entry), byThread: make(map[Thread]map[uint64]struct{})}
}

// SetRunning records the cell that runs now; it stays the running cell
// after it ends, until the next one starts, so that what a goroutine with
// no cell of its own writes between cells still lands somewhere.
func (r *Registry) SetRunning(cell any) {
	r.mu.Lock()
	r.running = cell
	r.mu.Unlock()
}

// Running is the cell set by SetRunning.
func (r *Registry) Running() any {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return r.running
}

// Cell is the cell goroutine id was bound to (BindCell), nil if none: a
// cell's own goroutines are not bound, their output goes to the running
// cell in order with its other writes.
func (r *Registry) Cell(id uint64) any {
	r.mu.RLock()
	defer r.mu.RUnlock()
	if e := r.byGoroutine[id]; e != nil {
		return e.cell
	}
	return nil
}

// Bound lists the goroutines bound to a cell now (BindCell), a copy, and
// the count of bindings and unbindings so far: two reads with the same
// count saw the same goroutines bound, and none came and went between.
func (r *Registry) Bound() (bound map[uint64]bool, bindings uint64) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	bound = make(map[uint64]bool, len(r.byGoroutine))
	for id, e := range r.byGoroutine {
		if e.cell != nil {
			bound[id] = true
		}
	}
	return bound, r.bindings
}

// Bindings is the count of bindings and unbindings that Bound gives.
func (r *Registry) Bindings() uint64 {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return r.bindings
}

// Owner is the cell goroutine id works for: its bound cell, else the
// running one. A goroutine started on behalf of id belongs to it.
func (r *Registry) Owner(id uint64) any {
	r.mu.RLock()
	defer r.mu.RUnlock()
	if e := r.byGoroutine[id]; e != nil && e.cell != nil {
		return e.cell
	}
	return r.running
}

// BindCell makes goroutine id work for cell until unbind is called, which
// restores what it worked for before (bindings nest).
func (r *Registry) BindCell(id uint64, cell any) (unbind func()) {
	r.mu.Lock()
	e := r.entryLocked(id)
	previous := e.cell
	e.cell = cell
	r.bindings++
	r.mu.Unlock()
	return func() {
		r.mu.Lock()
		r.bindings++
		if e := r.byGoroutine[id]; e != nil && e.cell == cell {
			e.cell = previous
			r.dropIfEmptyLocked(id, e)
		}
		r.mu.Unlock()
	}
}

// BindThread makes goroutine id run as t until unbind is called; with
// children, goroutines it starts run as t too (see Infer).
func (r *Registry) BindThread(id uint64, t Thread, children bool) (unbind func()) {
	r.mu.Lock()
	e := r.entryLocked(id)
	if e.inferred {
		r.inferred--
	}
	r.setThreadLocked(id, e, t)
	e.children, e.inferred = children, false
	r.mu.Unlock()
	return func() {
		r.mu.Lock()
		if e := r.byGoroutine[id]; e != nil && e.thread == t && !e.inferred {
			r.setThreadLocked(id, e, nil)
			e.children = false
			r.dropIfEmptyLocked(id, e)
		}
		r.mu.Unlock()
	}
}

// Thread is the thread goroutine id runs as, nil if it is not known.
func (r *Registry) Thread(id uint64) Thread {
	r.mu.RLock()
	defer r.mu.RUnlock()
	if e := r.byGoroutine[id]; e != nil {
		return e.thread
	}
	return nil
}

// Inference is how Infer finds a thread for a goroutine nobody bound.
type Inference struct {
	Parent    uint64 // the goroutine that started it
	HasParent bool
	// New makes a thread when the parent does not bind its children.
	New func() Thread
	// Limit bounds the inferred entries; over it, those Keep refuses are
	// forgotten (goroutine ids are never reused, so entries of goroutines
	// that ended would pile up).
	Limit int
	Keep  func(Thread) bool
}

// Infer returns the thread of goroutine id, which BindThread never bound:
// its parent's thread if the parent was bound with children, else a new one
// from how.New. Either is remembered for id, as inferred. New and Keep are
// called with the registry locked: they must not call it.
func (r *Registry) Infer(id uint64, how Inference) Thread {
	r.mu.Lock()
	defer r.mu.Unlock()
	if e := r.byGoroutine[id]; e != nil && e.thread != nil {
		return e.thread
	}
	var t Thread
	if p := r.byGoroutine[how.Parent]; how.HasParent && p != nil && p.children && p.thread != nil {
		t = p.thread
	} else {
		t = how.New()
	}
	if how.Limit > 0 && r.inferred >= how.Limit {
		r.trimLocked(how.Keep)
	}
	e := r.entryLocked(id)
	r.setThreadLocked(id, e, t)
	e.inferred = true
	r.inferred++
	return t
}

// trimLocked forgets the inferred threads keep does not want kept.
func (r *Registry) trimLocked(keep func(Thread) bool) {
	for id, e := range r.byGoroutine {
		if !e.inferred || (keep != nil && keep(e.thread)) {
			continue
		}
		r.setThreadLocked(id, e, nil)
		e.inferred = false
		r.inferred--
		r.dropIfEmptyLocked(id, e)
	}
}

// Forget unbinds t from every goroutine: its thread has ended.
func (r *Registry) Forget(t Thread) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for id := range r.byThread[t] {
		e := r.byGoroutine[id]
		if e.inferred {
			r.inferred--
		}
		r.setThreadLocked(id, e, nil)
		e.children, e.inferred = false, false
		r.dropIfEmptyLocked(id, e)
	}
}

// Goroutines lists the goroutines that run as t, for thread dumps.
func (r *Registry) Goroutines(t Thread) []uint64 {
	r.mu.RLock()
	defer r.mu.RUnlock()
	ids := make([]uint64, 0, len(r.byThread[t]))
	for id := range r.byThread[t] {
		ids = append(ids, id)
	}
	return ids
}

func (r *Registry) entryLocked(id uint64) *entry {
	e := r.byGoroutine[id]
	if e == nil {
		e = &entry{}
		r.byGoroutine[id] = e
	}
	return e
}

// setThreadLocked binds entry e of goroutine id to t (nil: to no thread),
// keeping byThread in step.
func (r *Registry) setThreadLocked(id uint64, e *entry, t Thread) {
	if e.thread == t {
		return
	}
	if old := e.thread; old != nil {
		delete(r.byThread[old], id)
		if len(r.byThread[old]) == 0 {
			delete(r.byThread, old)
		}
	}
	e.thread = t
	if t != nil {
		if r.byThread[t] == nil {
			r.byThread[t] = make(map[uint64]struct{})
		}
		r.byThread[t][id] = struct{}{}
	}
}

func (r *Registry) dropIfEmptyLocked(id uint64, e *entry) {
	if e.cell == nil && e.thread == nil {
		delete(r.byGoroutine, id)
	}
}
