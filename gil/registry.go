package gil

import (
	"fmt"

	"github.com/gogil/gogil/internal/goroutine"
	"github.com/gogil/gogil/internal/running"
)

// The lock shares its table of goroutines with the session (package
// running): the cell-facing functions, which cannot be handed a *Thread,
// look the calling goroutine up there. See the package comment.

// inferredLimit bounds the cache of goroutines resolved by parentage: each
// cell runs on a fresh goroutine, and goroutine ids are never reused.
const inferredLimit = 4096

// Registry is the table of goroutines this lock shares (see NewWithRegistry).
func (l *Lock) Registry() *running.Registry { return l.registry }

// Bind makes the calling goroutine run as t for the cell-facing functions,
// until the returned function is called.
func (l *Lock) Bind(t *Thread) (unbind func()) {
	return l.registry.BindThread(goroutine.ID(), t, false)
}

// BindWithChildren is Bind, and goroutines the calling goroutine starts
// (directly) run as t too. The session binds its evaluation goroutine to the
// main thread this way, because yaegi evaluates each cell on a goroutine it
// starts itself.
func (l *Lock) BindWithChildren(t *Thread) (unbind func()) {
	return l.registry.BindThread(goroutine.ID(), t, true)
}

// Go runs fn on a new goroutine bound to t, which works for the cell the
// calling goroutine works for: a thread's output and errors belong to the
// cell that started it, even once a later cell runs.
func (l *Lock) Go(t *Thread, fn func()) {
	cell := l.registry.Owner(goroutine.ID())
	go func() {
		id := goroutine.ID()
		defer l.registry.BindCell(id, cell)()
		defer l.registry.BindThread(id, t, false)()
		fn()
	}()
}

// Current is the thread the calling goroutine runs as: its binding, else its
// parent's binding made with BindWithChildren, else a new "Dummy-N" thread
// kept for this goroutine. Resolving a goroutine the first time costs a
// runtime.Stack call (microseconds); only the cell-facing functions use it.
func (l *Lock) Current() *Thread {
	id := goroutine.ID()
	if t, ok := l.registry.Thread(id).(*Thread); ok {
		return t
	}
	parent, hasParent := goroutine.ParentID()
	t, _ := l.registry.Infer(id, running.Inference{
		Parent: parent, HasParent: hasParent,
		New: func() running.Thread {
			n := l.dummies.Add(1)
			t := l.NewThread(fmt.Sprintf("Dummy-%d", n))
			t.dummy = true
			return t
		},
		Limit: inferredLimit,
		Keep:  l.keepInferred,
	}).(*Thread)
	return t
}

// keepInferred says which inferred threads must not be forgotten when the
// cache is trimmed: those found by parentage can be found again identically,
// and so can dummies that neither hold nor wait for the lock, but a dummy in
// the lock's hands must keep its identity: given a new one, its goroutine
// would wait for the lock it holds. (The registry is locked; l.mu is taken
// after it, as NewThread does.)
func (l *Lock) keepInferred(t running.Thread) bool {
	th, ok := t.(*Thread)
	if !ok || !th.dummy {
		return false
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	return th.id == holderOf(l.state.Load()) || th.waiting
}

// goroutinesOf lists the goroutines bound or resolved to t, for dumps.
func (l *Lock) goroutinesOf(t *Thread) []uint64 { return l.registry.Goroutines(t) }
