package threading

import (
	"errors"
	"fmt"
	"reflect"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/gogil/gogil/gil"
)

// ImportPath is the path cells import this package under.
const ImportPath = "github.com/gogil/gogil/threading"

var (
	// ErrStartedTwice is Python's "threads can only be started once".
	ErrStartedTwice = errors.New("threads can only be started once")
	// ErrNotStarted is Python's "cannot join thread before it is started".
	ErrNotStarted = errors.New("cannot join thread before it is started")
	// ErrJoinSelf is Python's "cannot join current thread".
	ErrJoinSelf = errors.New("cannot join current thread")
)

// PanicError is a panic recovered from a thread's target.
type PanicError struct {
	Thread string
	Value  any
	Stack  []byte
	text   string // the value's own words, where it came with them
}

func (e *PanicError) Error() string {
	return fmt.Sprintf("Exception in thread %s: panic: %s", e.Thread, e.PanicText())
}

// PanicText is the panic's value as Go prints a panic nothing recovers.
func (e *PanicError) PanicText() string {
	if e.text != "" {
		return e.text
	}
	return fmt.Sprint(e.Value)
}

// describedPanic is a panic's value that its maker wrapped with the text
// Go prints it by, where the value's own methods are out of native code's
// reach (an interpreted type's Error method).
type describedPanic interface {
	PanicValue() any
	Error() string
}

// Unwrap exposes a panic value that is an error (a runtime error, say).
func (e *PanicError) Unwrap() error {
	err, _ := e.Value.(error)
	return err
}

// Module is the threading package of one session.
type Module struct {
	lock    *gil.Lock
	intr    *gil.Interrupter
	counter atomic.Uint64
	report  func(*Thread, error)
}

// New binds threads to l and its Interrupter. report, if not nil, is called
// (on the thread's goroutine) with every thread that ends in an error — a
// panic, an interrupt, a bad target at Start — as CPython prints "Exception
// in thread ..." even if nobody joins.
func New(l *gil.Lock, report func(*Thread, error)) *Module {
	return &Module{lock: l, intr: l.Interrupter(), report: report}
}

// Thread is one Python-like thread.
type Thread struct {
	m    *Module
	name string
	fn   reflect.Value
	args []reflect.Value
	bad  error // the target or its arguments are wrong

	mu      sync.Mutex
	state   *gil.Thread // set by Start
	started chan struct{}
	done    chan struct{}
	err     error
	result  []any
}

// Thread is threading.Thread(target=..., args=...): it builds the thread
// without starting it. A bad target is reported by Start and Join.
func (m *Module) Thread(target any, args ...any) *Thread {
	n := m.counter.Add(1)
	t := &Thread{m: m, name: fmt.Sprintf("Thread-%d", n)}
	t.fn, t.args, t.bad = checkTarget(target, args)
	if t.bad == nil {
		if name := funcName(t.fn); name != "" {
			t.name += " (" + name + ")"
		}
	}
	return t
}

// funcName is the target's short name, as Python 3.10 adds it to thread
// names; interpreted functions have none worth showing.
func funcName(fn reflect.Value) string {
	f := runtime.FuncForPC(fn.Pointer())
	if f == nil || strings.HasPrefix(f.Name(), "reflect.") {
		return ""
	}
	name := f.Name()
	name = name[strings.LastIndexByte(name, '.')+1:]
	name = strings.TrimSuffix(name, "-fm")
	if strings.HasPrefix(name, "func") && strings.Trim(name[len("func"):], "0123456789") == "" {
		return "" // an anonymous function (interpreted code reaches us wrapped in one)
	}
	return name
}

// Name is the thread's name.
func (t *Thread) Name() string { return t.name }

// SetName renames a thread that has not started yet.
func (t *Thread) SetName(name string) error {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.started != nil {
		return errors.New("cannot rename a started thread")
	}
	t.name = name
	return nil
}

// Ident is the thread's id in the lock (0 before Start).
func (t *Thread) Ident() uint64 {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.state == nil {
		return 0
	}
	return t.state.ID()
}

// IsAlive tells whether the thread has started and not yet ended.
func (t *Thread) IsAlive() bool {
	t.mu.Lock()
	started, done := t.started, t.done
	t.mu.Unlock()
	if started == nil {
		return false
	}
	select {
	case <-done:
		return false
	default:
		return true
	}
}

// Err is why the thread failed (nil while running or on success).
func (t *Thread) Err() error {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.err
}

// Result is what the target returned, once the thread has ended.
func (t *Thread) Result() []any {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.result
}

// Start starts the thread and returns once it runs (CPython's rule: it has
// taken the lock and signalled "started"). If the caller held the lock, it
// waits with it released and takes it back before returning, so it may wait
// for as long as the new thread holds the lock without a check point.
func (t *Thread) Start() error {
	t.mu.Lock()
	if t.started != nil {
		t.mu.Unlock()
		return ErrStartedTwice
	}
	t.started, t.done = make(chan struct{}), make(chan struct{})
	if t.bad != nil {
		t.err = t.bad
		close(t.started)
		close(t.done)
		t.mu.Unlock()
		t.m.reportError(t, t.bad)
		return t.bad
	}
	l := t.m.lock
	t.state = l.NewThread(t.name)
	t.mu.Unlock()

	// The thread's goroutine works for the cell that starts it: its output
	// and its errors land under that cell, as a go statement's do.
	return t.m.waitReleased(l.Current(), func() { l.Go(t.state, t.run) }, t.started, nil)
}

// waitReleased is CPython's blocking wait: the caller lets the lock go (if
// it holds it), then start runs (if any), then it waits for ch or an
// interrupt, and takes the lock back. The error is result's (if ch fired),
// the interrupt, or failing to take the lock back, in that order.
func (m *Module) waitReleased(caller *gil.Thread, start func(), ch <-chan struct{}, result func() error) error {
	l := m.lock
	held := l.Held(caller)
	if held {
		if err := l.Drop(caller); err != nil {
			return err
		}
	}
	if start != nil {
		start()
	}
	var err error
	select {
	case <-ch:
		if result != nil {
			err = result()
		}
	case <-m.intr.Done():
		err = gil.ErrInterrupted
	}
	if held {
		if takeErr := l.Take(caller); err == nil {
			err = takeErr
		}
	}
	return err
}

// run is the new thread's goroutine, bound to its state by Lock.Go:
// CPython's thread bootstrap.
func (t *Thread) run() {
	l, state := t.m.lock, t.state
	defer close(t.done)
	defer l.RetireThread(state)
	epoch, _ := t.m.intr.Begin()

	if err := l.Take(state); err != nil {
		close(t.started)
		t.finish(nil, err)
		return
	}
	close(t.started)
	var result []any
	err := ErrGoexit // unless call returns: runtime.Goexit skips the rest
	defer func() {
		// However the thread ends, it lets the lock go and says how it ended.
		if l.Held(state) {
			_ = l.Drop(state)
		}
		t.finish(result, err)
	}()
	result, err = t.call()
	if err == nil && t.m.intr.Since(epoch) {
		err = gil.ErrInterrupted // the result of an interrupted workload is meaningless
	}
}

// ErrGoexit is the error of a thread whose target called runtime.Goexit.
var ErrGoexit = errors.New("the thread's target called runtime.Goexit")

// call runs the target, after the check point of a function entry.
func (t *Thread) call() (result []any, err error) {
	defer func() {
		if r := recover(); r != nil {
			if v, ok := r.(reflect.Value); ok && v.IsValid() && v.CanInterface() {
				// An interpreter hands some panics' values over as their
				// reflect.Value: the program panicked with the value.
				r = v.Interface()
			}
			pe := &PanicError{Thread: t.name, Value: r, Stack: debug.Stack()}
			if d, ok := r.(describedPanic); ok {
				pe.Value, pe.text = d.PanicValue(), d.Error()
			}
			err = pe
		}
	}()
	// As CPython's Thread.run deletes its target and arguments once run: a
	// finished thread a variable still names must not keep them (an
	// interpreted closure keeps its cell's compiled code and a copy of the
	// session's global frame). Only this goroutine reads them after Start.
	fn, args := t.fn, t.args
	t.fn, t.args = reflect.Value{}, nil
	if err := t.m.lock.Checkpoint(t.state); err != nil {
		return nil, err
	}
	for _, v := range fn.Call(args) {
		result = append(result, v.Interface())
	}
	return result, nil
}

func (t *Thread) finish(result []any, err error) {
	t.mu.Lock()
	t.result, t.err = result, err
	t.mu.Unlock()
	if err != nil {
		t.m.reportError(t, err)
	}
}

func (m *Module) reportError(t *Thread, err error) {
	if m.report != nil {
		m.report(t, err)
	}
}

// Join waits until the thread ends and returns its error. It looks first
// without releasing the lock; if it must wait, it waits with the lock
// released (if the caller held it) and takes it back afterwards.
func (t *Thread) Join() error {
	t.mu.Lock()
	started, done, state := t.started, t.done, t.state
	t.mu.Unlock()
	if started == nil {
		return ErrNotStarted
	}
	select {
	case <-done:
		return t.Err()
	default:
	}
	l := t.m.lock
	caller := l.Current()
	if caller == state {
		return ErrJoinSelf
	}
	return t.m.waitReleased(caller, nil, done, t.Err)
}

// Exports is the cell-facing package, in the shape of yaegi's interp.Exports.
// The constructor is "Thread" as in Python, so the type is named "Handle"
// for cells that need to spell it ([]*threading.Handle).
func (m *Module) Exports() map[string]map[string]reflect.Value {
	return map[string]map[string]reflect.Value{
		ImportPath + "/threading": {
			"Thread":          reflect.ValueOf(m.Thread),
			"Handle":          reflect.ValueOf((*Thread)(nil)),
			"PanicError":      reflect.ValueOf((*PanicError)(nil)),
			"CurrentThread":   reflect.ValueOf(func() string { return m.lock.Current().Name() }),
			"ErrStartedTwice": reflect.ValueOf(&ErrStartedTwice).Elem(),
			"ErrNotStarted":   reflect.ValueOf(&ErrNotStarted).Elem(),
		},
	}
}
