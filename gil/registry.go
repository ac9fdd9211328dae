package gil

import (
	"bytes"
	"fmt"
	"runtime"
	"strconv"

	"github.com/petermattis/goid"

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
	return l.registry.BindThread(goroutineID(), t, false)
}

// BindWithChildren is Bind, and goroutines the calling goroutine starts
// (directly) run as t too. The session binds its evaluation goroutine to the
// main thread this way, because yaegi evaluates each cell on a goroutine it
// starts itself.
func (l *Lock) BindWithChildren(t *Thread) (unbind func()) {
	return l.registry.BindThread(goroutineID(), t, true)
}

// Go runs fn on a new goroutine bound to t, which works for the cell the
// calling goroutine works for: a thread's output and errors belong to the
// cell that started it, even once a later cell runs.
func (l *Lock) Go(t *Thread, fn func()) {
	cell := l.registry.Owner(goroutineID())
	go func() {
		id := goroutineID()
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
	id := goroutineID()
	if t, ok := l.registry.Thread(id).(*Thread); ok {
		return t
	}
	parent, hasParent := parentGoroutineID()
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
