package interpreters

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
const ImportPath = "github.com/gogil/gogil/interpreters"

// Interpreter is one sub-interpreter, as the Host makes it.
type Interpreter interface {
	// Lock is its own interpreter lock.
	Lock() *gil.Lock
	// Func is the top-level function name as declared in it, after it has
	// been given the declarations of the cells run since it was made.
	Func(name string) (reflect.Value, error)
	// Close frees it.
	Close()
}

// Host is what the kernel provides.
type Host struct {
	// Lock is the lock of the interpreter cells run in: a caller holding
	// it lets it go while it waits for a pool.
	Lock *gil.Lock
	// New makes a sub-interpreter holding the declarations of the cells
	// run so far; name is for its lock's threads and for errors.
	New func(name string) (Interpreter, error)
	// Name is the top-level function fn was made from, false if fn is not
	// one (a literal, a method value, a native func).
	Name func(fn reflect.Value) (string, bool)
}

var (
	// ErrClosed is Python's "Pool not running".
	ErrClosed = errors.New("Pool not running")
	// ErrStillRunning is Python's "Pool is still running": Join before Close.
	ErrStillRunning = errors.New("Pool is still running (Close or Terminate it before Join)")
)

// TaskError is a task that panicked.
type TaskError struct {
	Interpreter string // "interp-1.2"
	Func        string
	Argument    string // the argument list, as %v prints it
	Value       any
	Stack       []byte
}

func (e *TaskError) Error() string {
	return fmt.Sprintf("interpreters: %s(%s) panicked in sub-interpreter %s: %v", e.Func, e.Argument, e.Interpreter, e.Value)
}

// Unwrap exposes a panic value that is an error.
func (e *TaskError) Unwrap() error {
	err, _ := e.Value.(error)
	return err
}

// Module is the interpreters package of one kernel.
type Module struct {
	host  Host
	pools atomic.Uint64
}

// New binds the package to the kernel's host.
func New(h Host) *Module { return &Module{host: h} }

// Pool is a pool of sub-interpreters.
type Pool struct {
	m     *Module
	id    uint64
	tasks chan *task
	subs  []*sub

	mu         sync.Mutex
	closed     bool
	terminated bool
	running    sync.WaitGroup // the workers
}

// sub is one sub-interpreter and its worker.
type sub struct {
	name   string
	interp Interpreter
	thread *gil.Thread // its main thread, which runs the tasks
}

// task is one call, with its arguments still in the caller's values.
type task struct {
	fn     reflect.Value // the caller's function
	name   string        // its name, "" when it runs by value
	args   []reflect.Value
	result reflect.Value // the caller's type
	err    error
	done   *sync.WaitGroup
}

// Pool makes n sub-interpreters (InterpreterPoolExecutor(max_workers=n)),
// each given the declarations of the cells run so far.
func (m *Module) Pool(n int) (*Pool, error) {
	if n < 1 {
		return nil, fmt.Errorf("interpreters.Pool(%d): the number of interpreters must be at least 1", n)
	}
	p := &Pool{m: m, id: m.pools.Add(1), tasks: make(chan *task)}
	for k := 1; k <= n; k++ {
		name := fmt.Sprintf("interp-%d.%d", p.id, k)
		in, err := m.host.New(name)
		if err != nil {
			for _, s := range p.subs {
				s.interp.Close()
			}
			return nil, fmt.Errorf("interpreters.Pool: making %s: %w", name, err)
		}
		s := &sub{name: name, interp: in, thread: in.Lock().MainThread()}
		p.subs = append(p.subs, s)
		p.running.Add(1)
		in.Lock().Go(s.thread, func() { p.work(s) })
	}
	return p, nil
}

// work runs tasks on s's main thread, holding s's lock as an interpreter
// runs code.
func (p *Pool) work(s *sub) {
	defer p.running.Done()
	l := s.interp.Lock()
	for t := range p.tasks {
		// The function is found by running code in the interpreter, which
		// takes and leaves its lock as any cell does: before the task's
		// own take, or the cell would end holding it.
		fn, err := p.resolve(s, t)
		if err != nil {
			t.err = err
			t.done.Done()
			continue
		}
		if err := l.Take(s.thread); err != nil {
			t.err = fmt.Errorf("interpreters: %s: %w", s.name, err)
			t.done.Done()
			continue
		}
		t.result, t.err = p.run(s, t, fn)
		if l.Held(s.thread) {
			_ = l.Drop(s.thread)
		}
		t.done.Done()
	}
}

// resolve is the task's function as s has it: the sub-interpreter's own
// for an interpreted function (by name), the value itself for a compiled
// one.
func (p *Pool) resolve(s *sub, t *task) (reflect.Value, error) {
	if t.name == "" {
		return t.fn, nil
	}
	fn, err := s.interp.Func(t.name)
	if err != nil {
		return reflect.Value{}, fmt.Errorf("interpreters: %s: %w", s.name, err)
	}
	if fn.Type().NumIn() != t.fn.Type().NumIn() || fn.Type().NumOut() != t.fn.Type().NumOut() {
		return reflect.Value{}, fmt.Errorf("interpreters: %s: %s is %s there, not %s (was it redefined?)", s.name, t.name, fn.Type(), t.fn.Type())
	}
	return fn, nil
}

func (p *Pool) run(s *sub, t *task, fn reflect.Value) (result reflect.Value, err error) {
	ft := fn.Type()
	in := make([]reflect.Value, len(t.args))
	for i, a := range t.args {
		pt := paramType(ft, i)
		if in[i], err = copyInto(pt, a, fmt.Sprintf("argument %d of %s", i+1, funcLabel(t))); err != nil {
			return reflect.Value{}, err
		}
	}
	defer func() {
		if r := recover(); r != nil {
			err = &TaskError{Interpreter: s.name, Func: funcLabel(t), Argument: describeArgs(t.args), Value: r, Stack: debug.Stack()}
		}
	}()
	l := s.interp.Lock()
	tracing := l.Tracing()
	if tracing {
		l.WorkBegin(s.thread, funcLabel(t))
	}
	out := fn.Call(in)
	if tracing {
		l.WorkEnd(s.thread, funcLabel(t))
	}
	return p.results(t, out)
}

// results copies what the task returned back into the caller's types: one
// result as itself, several as a []any, none as nil.
func (p *Pool) results(t *task, out []reflect.Value) (reflect.Value, error) {
	ct := t.fn.Type()
	var vals []any
	for i, v := range out {
		c, err := copyInto(ct.Out(i), v, fmt.Sprintf("result %d of %s", i+1, funcLabel(t)))
		if err != nil {
			return reflect.Value{}, err
		}
		vals = append(vals, c.Interface())
	}
	switch len(vals) {
	case 0:
		return reflect.Value{}, nil
	case 1:
		return reflect.ValueOf(&vals[0]).Elem(), nil
	}
	return reflect.ValueOf(vals), nil
}

func paramType(ft reflect.Type, i int) reflect.Type {
	if ft.IsVariadic() && i >= ft.NumIn()-1 {
		return ft.In(ft.NumIn() - 1).Elem()
	}
	return ft.In(i)
}

func funcLabel(t *task) string {
	if t.name != "" {
		return t.name
	}
	if f := runtime.FuncForPC(t.fn.Pointer()); f != nil {
		name := f.Name()
		return name[strings.LastIndexByte(name, '/')+1:]
	}
	return t.fn.Type().String()
}

func describeArgs(args []reflect.Value) string {
	parts := make([]string, len(args))
	for i, a := range args {
		parts[i] = fmt.Sprintf("%#v", a.Interface())
		if len(parts[i]) > 60 {
			parts[i] = parts[i][:57] + "..."
		}
	}
	return strings.Join(parts, ", ")
}

// prepare checks f and how many arguments each call gets, before anything
// runs, and says how f crosses: by name, or by value when compiled.
func (p *Pool) prepare(f any, method string) (fn reflect.Value, name string, err error) {
	p.mu.Lock()
	closed := p.closed
	p.mu.Unlock()
	if closed {
		return reflect.Value{}, "", fmt.Errorf("Pool.%s: %w", method, ErrClosed)
	}
	fn = reflect.ValueOf(f)
	if f == nil || fn.Kind() != reflect.Func || fn.IsNil() {
		return reflect.Value{}, "", fmt.Errorf("Pool.%s: %s is not a function", method, describe(f))
	}
	if name, ok := p.m.host.Name(fn); ok {
		return fn, name, nil
	}
	if rf := runtime.FuncForPC(fn.Pointer()); rf != nil && !strings.HasPrefix(rf.Name(), "reflect.") {
		return fn, "", nil // compiled: it runs as it is
	}
	return reflect.Value{}, "", fmt.Errorf("Pool.%s: the function (%s) is a function literal or a method value: a sub-interpreter runs only a function declared at the top level of a cell, which it finds by name", method, fn.Type())
}

func describe(v any) string {
	if v == nil {
		return "nil"
	}
	return fmt.Sprintf("%v (%T)", v, v)
}

func checkArity(ft reflect.Type, n int, where string) error {
	in := ft.NumIn()
	if ft.IsVariadic() {
		if n < in-1 {
			return fmt.Errorf("%s: %s takes at least %d arguments, got %d", where, ft, in-1, n)
		}
	} else if n != in {
		return fmt.Errorf("%s: %s takes %d arguments, got %d", where, ft, in, n)
	}
	return nil
}

// submit runs the calls on the pool and waits for them all, with the
// caller's lock let go meanwhile (as a Python thread waiting for a
// future does).
func (p *Pool) submit(fn reflect.Value, name string, calls [][]reflect.Value) ([]any, error) {
	tasks := make([]*task, len(calls))
	var done sync.WaitGroup
	done.Add(len(calls))
	for i, args := range calls {
		tasks[i] = &task{fn: fn, name: name, args: args, done: &done}
	}
	l := p.m.host.Lock
	caller := l.Current()
	held := l.Held(caller)
	if held {
		if err := l.Drop(caller); err != nil {
			return nil, err
		}
	}
	feeding := make(chan struct{})
	go func() {
		defer close(feeding)
		for i, t := range tasks {
			if err := p.send(t); err != nil {
				for _, rest := range tasks[i:] {
					rest.err = err
					done.Done()
				}
				return
			}
		}
	}()
	waited := make(chan struct{})
	go func() { done.Wait(); close(waited) }()
	var err error
	select {
	case <-waited:
	case <-l.Interrupter().Done():
		err = gil.ErrInterrupted
		p.Terminate() // the tasks may run on: they can no longer be waited for
	}
	if held {
		if takeErr := l.Take(caller); err == nil {
			err = takeErr
		}
	}
	if err != nil {
		return nil, err
	}
	out := make([]any, len(tasks))
	for i, t := range tasks {
		if t.err != nil {
			return nil, t.err
		}
		if t.result.IsValid() {
			out[i] = t.result.Interface()
		}
	}
	return out, nil
}

// send hands t to a worker, unless the pool was terminated.
func (p *Pool) send(t *task) (err error) {
	defer func() {
		if recover() != nil { // the channel was closed by Terminate
			err = fmt.Errorf("interpreters: %w (terminated)", ErrClosed)
		}
	}()
	p.tasks <- t
	return nil
}

// Map is Pool.map: f(arg) for each element of args (a slice or array),
// the results in order. f takes one argument.
func (p *Pool) Map(f any, args any) ([]any, error) {
	fn, name, err := p.prepare(f, "Map")
	if err != nil {
		return nil, err
	}
	av := reflect.ValueOf(args)
	if args == nil || (av.Kind() != reflect.Slice && av.Kind() != reflect.Array) {
		return nil, fmt.Errorf("Pool.Map: the arguments must be a slice or an array, got %s", describe(args))
	}
	if err := checkArity(fn.Type(), 1, "Pool.Map"); err != nil {
		return nil, err
	}
	calls := make([][]reflect.Value, av.Len())
	for i := range calls {
		calls[i] = []reflect.Value{av.Index(i)}
	}
	return p.submit(fn, name, calls)
}

// StarMap is Pool.starmap: f(args...) for each argument list of argLists
// (a slice of slices or arrays).
func (p *Pool) StarMap(f any, argLists any) ([]any, error) {
	fn, name, err := p.prepare(f, "StarMap")
	if err != nil {
		return nil, err
	}
	lv := reflect.ValueOf(argLists)
	if argLists == nil || (lv.Kind() != reflect.Slice && lv.Kind() != reflect.Array) {
		return nil, fmt.Errorf("Pool.StarMap: the argument lists must be a slice of slices, got %s", describe(argLists))
	}
	calls := make([][]reflect.Value, lv.Len())
	for i := range calls {
		one := lv.Index(i)
		for one.Kind() == reflect.Interface && !one.IsNil() {
			one = one.Elem()
		}
		if one.Kind() != reflect.Slice && one.Kind() != reflect.Array {
			return nil, fmt.Errorf("Pool.StarMap: argument list %d is a %s, not a slice", i+1, one.Type())
		}
		for j := 0; j < one.Len(); j++ {
			calls[i] = append(calls[i], one.Index(j))
		}
		if err := checkArity(fn.Type(), len(calls[i]), fmt.Sprintf("Pool.StarMap: argument list %d", i+1)); err != nil {
			return nil, err
		}
	}
	return p.submit(fn, name, calls)
}

// Apply is Pool.apply: f(args...) on one sub-interpreter.
func (p *Pool) Apply(f any, args ...any) (any, error) {
	fn, name, err := p.prepare(f, "Apply")
	if err != nil {
		return nil, err
	}
	if err := checkArity(fn.Type(), len(args), "Pool.Apply"); err != nil {
		return nil, err
	}
	call := make([]reflect.Value, len(args))
	for i, a := range args {
		call[i] = reflect.ValueOf(&args[i]).Elem() // an interface: nil stays nil
		_ = a
	}
	out, err := p.submit(fn, name, [][]reflect.Value{call})
	if err != nil {
		return nil, err
	}
	return out[0], nil
}

// Close is Pool.close: no more tasks; the sub-interpreters end once the
// tasks given so far are done.
func (p *Pool) Close() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return
	}
	p.closed = true
	close(p.tasks)
}

// Join is Pool.join: it waits for the sub-interpreters to end, after Close
// or Terminate, and frees them.
func (p *Pool) Join() error {
	p.mu.Lock()
	closed, terminated := p.closed, p.terminated
	p.mu.Unlock()
	if !closed {
		return fmt.Errorf("Pool.Join: %w", ErrStillRunning)
	}
	if !terminated {
		l := p.m.host.Lock
		caller := l.Current()
		held := l.Held(caller)
		if held {
			_ = l.Drop(caller)
		}
		p.running.Wait()
		if held {
			if err := l.Take(caller); err != nil {
				return err
			}
		}
	}
	p.free()
	return nil
}

// Terminate is Pool.terminate: no more tasks, and the sub-interpreters'
// running code is interrupted at its next check point (code without check
// points — a plain loop, compiled code — runs to its end: a goroutine
// cannot be killed).
func (p *Pool) Terminate() {
	p.mu.Lock()
	if !p.closed {
		p.closed = true
		close(p.tasks)
	}
	p.terminated = true
	p.mu.Unlock()
	for _, s := range p.subs {
		s.interp.Lock().Interrupter().Interrupt()
	}
}

func (p *Pool) free() {
	p.mu.Lock()
	subs := p.subs
	p.subs = nil
	p.mu.Unlock()
	for _, s := range subs {
		s.interp.Close()
	}
}

// Interpreters names the pool's sub-interpreters.
func (p *Pool) Interpreters() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	var names []string
	for _, s := range p.subs {
		names = append(names, s.name)
	}
	return names
}

// Exports is the cell-facing package, in the shape of yaegi's
// interp.Exports. Pool fails the cell (panics) on a bad size, as the gil
// package's functions do; the methods return errors.
func (m *Module) Exports() map[string]map[string]reflect.Value {
	return map[string]map[string]reflect.Value{
		ImportPath + "/interpreters": {
			"Pool": reflect.ValueOf(func(n int) *Pool {
				p, err := m.Pool(n)
				if err != nil {
					panic(err)
				}
				return p
			}),
			"Handle":          reflect.ValueOf((*Pool)(nil)),
			"TaskError":       reflect.ValueOf((*TaskError)(nil)),
			"CrossError":      reflect.ValueOf((*CrossError)(nil)),
			"ErrClosed":       reflect.ValueOf(&ErrClosed).Elem(),
			"ErrStillRunning": reflect.ValueOf(&ErrStillRunning).Elem(),
		},
	}
}
