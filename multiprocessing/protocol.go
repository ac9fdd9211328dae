package multiprocessing

import (
	"encoding/gob"
	"errors"
	"fmt"
	"io"
	"os"
	"reflect"
	"runtime/debug"
	"strconv"
	"time"

	"github.com/gogil/gogil/gil"
)

// request is one call a worker runs, after replaying the cells it has not
// seen yet. Each argument is encoded alone, for the parameter type of the
// function as the worker declares it.
type request struct {
	Cells []Cell
	Func  string
	Args  [][]byte
	// Trace asks the worker to record its lock while it serves the call
	// (a %%timeline cell is running in the kernel).
	Trace bool
}

// reply is a worker's answer. Failure is set when the call did not return:
// Setup when the cells or the function could not be made ready, otherwise
// a panic (with the worker's stack).
type reply struct {
	Results [][]byte
	Failure string
	Setup   bool
	Stack   string
	Trace   *callTrace // when the request asked for it
}

// callTrace is the worker's lock trace of one call, with the times on the
// worker's clock (since it started serving) that let the kernel put it on
// its own: when the request was read, when the trace began (the events'
// zero) and when the reply was written.
type callTrace struct {
	Received, Began, Sent time.Duration
	Events                []gil.Event
}

// Replica is a worker's interpreter, as Worker drives it.
type Replica interface {
	// CatchUp runs the cells it has not run yet (a Seq above the last it
	// ran), in order, and reports whether it ran any. A cell that fails
	// there is remembered for NotFound, not fatal: later cells may not
	// need it.
	CatchUp(cells []Cell) bool
	// Run runs code (a call of Register) as a cell.
	Run(code string) error
	// NotFound is the error for a function name whose Register call
	// failed with err.
	NotFound(name string, err error) error
}

// Worker is the process side of a pool: it reads requests from in and
// writes replies to out until in ends. The replica catches up on the
// cells each request brings, then hands the function it names to
// Register. While it serves, its parent's death ends it (a backup of
// the process-group kill: the pipe may be held by a worker's own child).
func (m *Module) Worker(in io.Reader, out io.Writer, replica Replica) error {
	parent := os.Getppid()
	go func() {
		for range time.Tick(500 * time.Millisecond) {
			if os.Getppid() != parent {
				os.Exit(3)
			}
		}
	}()
	// Calls run on the worker's main thread, as in a CPython pool worker
	// (not on a "Dummy-1" the lock would make up for this goroutine).
	if m.opts.Lock != nil {
		defer m.opts.Lock.BindWithChildren(m.opts.Lock.MainThread())()
	}
	dec, enc := gob.NewDecoder(in), gob.NewEncoder(out)
	clock := time.Now() // monotonic: offsets from it cross to the kernel
	for {
		var req request
		if err := dec.Decode(&req); err != nil {
			if errors.Is(err, io.EOF) {
				return nil
			}
			return fmt.Errorf("worker: reading a request: %w", err)
		}
		lock := m.opts.Lock
		if !req.Trace || lock == nil {
			if err := enc.Encode(m.serve(req, replica)); err != nil {
				return fmt.Errorf("worker: writing a reply: %w", err)
			}
			continue
		}
		tr := &callTrace{Received: time.Since(clock)}
		lock.StartTrace()
		tr.Began = time.Since(clock)
		rep := m.serve(req, replica)
		tr.Events = lock.StopTrace()
		rep.Trace = tr
		tr.Sent = time.Since(clock)
		if err := enc.Encode(rep); err != nil {
			return fmt.Errorf("worker: writing a reply: %w", err)
		}
	}
}

func (m *Module) serve(req request, replica Replica) reply {
	if replica.CatchUp(req.Cells) {
		// A cell may have redefined a function handed over before.
		m.mu.Lock()
		clear(m.registered)
		m.mu.Unlock()
	}
	fn, err := m.lookup(req.Func, replica)
	if err != nil {
		return reply{Setup: true, Failure: err.Error()}
	}
	ft := fn.Type()
	if len(req.Args) != ft.NumIn() || ft.IsVariadic() {
		return reply{Setup: true, Failure: fmt.Sprintf("%s is a %s in the worker: it does not take %d arguments", req.Func, ft, len(req.Args))}
	}
	args := make([]reflect.Value, len(req.Args))
	for i, data := range req.Args {
		if args[i], err = decode(data, ft.In(i), "argument "+strconv.Itoa(i+1)); err != nil {
			return reply{Setup: true, Failure: err.Error()}
		}
	}
	results, failure, stack := call(fn, args)
	if failure != "" {
		return reply{Failure: failure, Stack: stack}
	}
	out := reply{Results: make([][]byte, len(results))}
	for i, r := range results {
		if out.Results[i], err = encode(r, ft.Out(i), "result "+strconv.Itoa(i+1)); err != nil {
			return reply{Setup: true, Failure: err.Error()}
		}
	}
	return out
}

// call runs fn, turning a panic into its message.
func call(fn reflect.Value, args []reflect.Value) (results []reflect.Value, failure, stack string) {
	defer func() {
		if r := recover(); r != nil {
			failure, stack = fmt.Sprintf("panic: %v", r), string(debug.Stack())
		}
	}()
	return fn.Call(args), "", ""
}

// lookup finds a function the replayed cells declared, by having a cell
// hand it to Register.
func (m *Module) lookup(name string, replica Replica) (reflect.Value, error) {
	m.mu.Lock()
	fn, ok := m.registered[name]
	m.mu.Unlock()
	if ok {
		return fn, nil
	}
	if !isIdentifier(name) {
		return reflect.Value{}, fmt.Errorf("%q is not a function name", name)
	}
	if err := replica.Run(fmt.Sprintf("%s.Register(%q, %s)", PackageName, name, name)); err != nil {
		return reflect.Value{}, replica.NotFound(name, err)
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if fn, ok = m.registered[name]; !ok {
		return reflect.Value{}, fmt.Errorf("the worker has no function %s", name)
	}
	return fn, nil
}

func isIdentifier(s string) bool {
	for i, r := range s {
		if !(r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || i > 0 && r >= '0' && r <= '9') {
			return false
		}
	}
	return s != ""
}

// register is Register of the worker's table (see lookup).
func (m *Module) register(name string, fn any) {
	v := reflect.ValueOf(fn)
	if v.Kind() != reflect.Func || v.IsNil() {
		panic(fmt.Errorf("Register: %s is not a function", name))
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	m.registered[name] = v
}
