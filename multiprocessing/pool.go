package multiprocessing

import (
	"encoding/gob"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"reflect"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gogil/gogil/gil"
)

var (
	// ErrNotRunning is Python's "Pool not running": work asked of a pool
	// after Close or Terminate.
	ErrNotRunning = errors.New("Pool not running")
	// ErrStillRunning is Python's "Pool is still running": Join before
	// Close or Terminate.
	ErrStillRunning = errors.New("Pool is still running: call Close or Terminate before Join")
	// ErrInWorker: a worker does not start pools of its own (Python's
	// daemonic processes are not allowed to have children).
	ErrInWorker = errors.New("a pool worker cannot start a pool")
)

// Options bind a Module to one kernel.
type Options struct {
	// Lock is the kernel's interpreter lock: a thread waiting for a pool's
	// results lets it go, as CPython does while it reads a pipe.
	Lock *gil.Lock
	// FuncName names the interpreted function behind a function value
	// (false for a literal, a method value or a native function).
	FuncName func(fn any) (string, bool)
	// Cells returns what workers replay of the cells the kernel ran so
	// far and of the one running, in order (see Cell).
	Cells func() []Cell
	// Command makes the command that starts a worker (os.Executable with
	// the argument "worker" if nil). Its stdin, stdout, stderr and extra
	// files are set by the pool.
	Command func() *exec.Cmd
	// Output receives what workers print ("stdout" or "stderr").
	Output func(stream, text string)
	// Worker makes the package a worker's: it serves requests (Module.Worker)
	// and starts no pools.
	Worker bool
}

// Cell is what a worker replays of a cell the kernel ran: its imports and
// declarations, with the magic lines that change them (the kernel decides
// what; this package sends it as it is).
type Cell struct {
	Seq   int // in the order cells started: a worker is sent each Seq once
	Count int // the cell's execution count, to name it in messages
	Code  string
}

// Module is the multiprocessing package of one kernel (or of one worker).
type Module struct {
	opts     Options
	inWorker bool

	mu         sync.Mutex
	pools      map[*Pool]bool
	registered map[string]reflect.Value // in a worker: the functions requests name
	counter    int

	trace atomic.Pointer[processTrace] // while the kernel's lock is recorded
}

// New returns the package bound to opts.
func New(opts Options) *Module {
	if opts.Command == nil {
		opts.Command = func() *exec.Cmd {
			exe, err := os.Executable()
			if err != nil {
				exe = os.Args[0]
			}
			return exec.Command(exe, "worker")
		}
	}
	if opts.Cells == nil {
		opts.Cells = func() []Cell { return nil }
	}
	if opts.Output == nil {
		opts.Output = func(string, string) {}
	}
	return &Module{opts: opts, inWorker: opts.Worker, pools: map[*Pool]bool{}, registered: map[string]reflect.Value{}}
}

// Close ends every pool's workers: the kernel is shutting down or
// restarting.
func (m *Module) Close() {
	m.mu.Lock()
	pools := make([]*Pool, 0, len(m.pools))
	for p := range m.pools {
		pools = append(pools, p)
	}
	m.mu.Unlock()
	for _, p := range pools {
		p.Terminate()
	}
}

// Workers is the process ids of the live workers of every pool.
func (m *Module) Workers() []int {
	m.mu.Lock()
	defer m.mu.Unlock()
	var pids []int
	for p := range m.pools {
		p.mu.Lock()
		for _, w := range p.workers {
			if w != nil && w.cmd != nil && w.cmd.Process != nil {
				pids = append(pids, w.cmd.Process.Pid)
			}
		}
		p.mu.Unlock()
	}
	return pids
}

// Pool is multiprocessing.Pool: n worker processes, each a gogil
// interpreter with its own lock.
type Pool struct {
	m    *Module
	name string

	calls   sync.Mutex // one Map, StarMap or Apply at a time
	mu      sync.Mutex
	workers []*worker // nil where a worker died: started again on demand
	closed  bool
	ended   bool // terminated, or joined
}

// worker is one process of a pool.
type worker struct {
	index   int
	cmd     *exec.Cmd
	enc     *gob.Encoder
	dec     *gob.Decoder
	toChild io.Closer
	shipped int // the Seq of the last cell it has been given
	exited  chan struct{}
}

// NewPool starts n workers (runtime.NumCPU() if n <= 0).
func (m *Module) NewPool(n int) (*Pool, error) {
	if m.inWorker {
		return nil, ErrInWorker
	}
	if n <= 0 {
		n = runtime.NumCPU()
	}
	m.mu.Lock()
	m.counter++
	p := &Pool{m: m, name: fmt.Sprintf("Pool-%d", m.counter), workers: make([]*worker, n)}
	m.pools[p] = true
	m.mu.Unlock()
	for i := range p.workers {
		w, err := p.start(i)
		if err != nil {
			p.Terminate()
			return nil, err
		}
		p.workers[i] = w
	}
	return p, nil
}

func (p *Pool) start(i int) (*worker, error) {
	cmd := p.m.opts.Command()
	cmd.Env = append(os.Environ(), WorkerEnv+"=1")
	setProcessGroup(cmd)
	requests, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	replies, replyWriter, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	cmd.ExtraFiles = []*os.File{replyWriter}
	cmd.Stdout = streamWriter{p.m.opts.Output, "stdout"}
	cmd.Stderr = streamWriter{p.m.opts.Output, "stderr"}
	if err := cmd.Start(); err != nil {
		replies.Close()
		replyWriter.Close()
		return nil, fmt.Errorf("%s: starting worker %d: %w", p.name, i+1, err)
	}
	replyWriter.Close()
	w := &worker{index: i, cmd: cmd, enc: gob.NewEncoder(requests), dec: gob.NewDecoder(replies), toChild: requests, exited: make(chan struct{})}
	go func() {
		_ = cmd.Wait()
		replies.Close()
		close(w.exited)
	}()
	return w, nil
}

// WorkerEnv is set in a worker's environment, so that a test binary can
// serve as the worker command.
const WorkerEnv = "GOGIL_POOL_WORKER"

type streamWriter struct {
	out  func(stream, text string)
	name string
}

func (w streamWriter) Write(b []byte) (int, error) {
	w.out(w.name, string(b))
	return len(b), nil
}

func (w *worker) describe(p *Pool) string {
	return fmt.Sprintf("%s worker %d (pid %d)", p.name, w.index+1, w.cmd.Process.Pid)
}

// kill ends a worker's process group.
func (w *worker) kill() {
	killProcessGroup(w.cmd)
	<-w.exited
}

// task is one call of f.
type task struct {
	index int    // in Map's arguments
	shown string // how the call reads in an error: sq(7)
	args  []reflect.Value
}

// prepare checks f and makes the tasks of one Map, StarMap or Apply.
func (p *Pool) prepare(f any, argLists [][]any, caller string) (string, reflect.Type, []task, error) {
	fn := reflect.ValueOf(f)
	if f == nil || fn.Kind() != reflect.Func || fn.IsNil() {
		return "", nil, nil, fmt.Errorf("%s: %s is not a function", caller, describe(f))
	}
	name, ok := p.m.funcName(f)
	if !ok {
		return "", nil, nil, fmt.Errorf("%s: a worker process runs functions declared at the top of a cell, by name; this %s is a function literal, a method value or a function of a package (declare it in a cell: func name(...) {...})", caller, fn.Type())
	}
	ft := fn.Type()
	if ft.IsVariadic() {
		return "", nil, nil, fmt.Errorf("%s: %s is variadic (%s): not supported", caller, name, ft)
	}
	tasks := make([]task, len(argLists))
	for i, list := range argLists {
		if len(list) != ft.NumIn() {
			return "", nil, nil, fmt.Errorf("%s: %s takes %d arguments, argument list %d has %d", caller, name, ft.NumIn(), i, len(list))
		}
		t := task{index: i, args: make([]reflect.Value, len(list))}
		var shown []string
		for j, a := range list {
			v, err := convertArg(a, ft.In(j))
			if err != nil {
				return "", nil, nil, fmt.Errorf("%s: argument %d of call %d of %s: %w", caller, j+1, i, name, err)
			}
			t.args[j] = v
			shown = append(shown, short(v))
		}
		t.shown = name + "(" + strings.Join(shown, ", ") + ")"
		tasks[i] = t
	}
	return name, ft, tasks, nil
}

// NativePrefix starts the package path of a compiled (%%native) cell, as
// the runtime names its functions (see native.go's modPath).
const NativePrefix = "gogil.native/c"

// funcName is the name a worker finds f under: the session's for an
// interpreted function, the symbol's for a compiled (%%native) one, which
// the kernel binds under its own name.
func (m *Module) funcName(f any) (string, bool) {
	if m.opts.FuncName != nil {
		if name, ok := m.opts.FuncName(f); ok {
			return name, true
		}
	}
	fn := runtime.FuncForPC(reflect.ValueOf(f).Pointer())
	if fn == nil {
		return "", false
	}
	full := fn.Name()
	if !strings.HasPrefix(full, NativePrefix) {
		return "", false
	}
	// A compiled function reaches the interpreter through a wrapper that
	// native's generated source names gogil_export_NAME.
	name := strings.TrimPrefix(full[strings.LastIndexByte(full, '.')+1:], "gogil_export_")
	return name, isIdentifier(name) && !strings.HasPrefix(name, "func")
}

func describe(x any) string {
	if x == nil {
		return "nil"
	}
	return fmt.Sprintf("%v (%T)", short(reflect.ValueOf(x)), x)
}

func short(v reflect.Value) string {
	s := fmt.Sprintf("%v", v)
	if len(s) > 40 {
		s = s[:37] + "..."
	}
	return s
}

// run spreads the tasks over the workers and returns their results in
// order; the first failure (by task order) is the error.
func (p *Pool) run(name string, ft reflect.Type, tasks []task) ([][]reflect.Value, error) {
	p.calls.Lock()
	defer p.calls.Unlock()
	p.mu.Lock()
	if p.closed || p.ended {
		p.mu.Unlock()
		return nil, ErrNotRunning
	}
	n := len(p.workers)
	p.mu.Unlock()

	// Waiting for other processes is waiting on pipes: the lock goes, as
	// in CPython, so that the kernel's other threads run meanwhile.
	if l := p.m.opts.Lock; l != nil {
		if t := l.Current(); l.Held(t) && l.Drop(t) == nil {
			defer func() { _ = l.Take(t) }()
		}
	}

	cells := p.m.opts.Cells()
	results := make([][]reflect.Value, len(tasks))
	errs := make([]error, len(tasks))
	next := make(chan task)
	var wg sync.WaitGroup
	for i := 0; i < min(n, len(tasks)); i++ {
		wg.Add(1)
		go func(slot int) {
			defer wg.Done()
			for t := range next {
				results[t.index], errs[t.index] = p.call(slot, cells, name, ft, t)
			}
		}(i)
	}
	for _, t := range tasks {
		next <- t
	}
	close(next)
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return results, err
		}
	}
	return results, nil
}

// call runs one task on the worker in slot, starting it again if it died.
func (p *Pool) call(slot int, cells []Cell, name string, ft reflect.Type, t task) ([]reflect.Value, error) {
	p.mu.Lock()
	if p.ended {
		p.mu.Unlock()
		return nil, ErrNotRunning
	}
	w := p.workers[slot]
	if w == nil {
		var err error
		if w, err = p.start(slot); err != nil {
			p.mu.Unlock()
			return nil, err
		}
		p.workers[slot] = w
	}
	p.mu.Unlock()

	req := request{Func: name, Args: make([][]byte, len(t.args))}
	for i, a := range t.args {
		var err error
		if req.Args[i], err = encode(a, ft.In(i), fmt.Sprintf("%s: argument %d", t.shown, i+1)); err != nil {
			return nil, err
		}
	}
	last := w.shipped
	for _, c := range cells {
		if c.Seq > w.shipped {
			req.Cells = append(req.Cells, c)
			last = c.Seq
		}
	}
	tr := p.m.tracing()
	var sent time.Duration
	if tr != nil {
		req.Trace = true
		sent = time.Since(tr.start)
	}
	var rep reply
	err := w.enc.Encode(req)
	if err == nil {
		err = w.dec.Decode(&rep)
	}
	if err == nil && tr != nil && rep.Trace != nil {
		tr.add(w.describe(p), sent, time.Since(tr.start), rep.Trace)
	}
	if err != nil {
		// The process is gone (killed, crashed, or Terminate): forget it;
		// the next call starts another.
		w.kill()
		p.mu.Lock()
		if p.workers[slot] == w {
			p.workers[slot] = nil
		}
		ended := p.ended
		p.mu.Unlock()
		if ended {
			return nil, ErrNotRunning
		}
		return nil, fmt.Errorf("%s died while running %s: %v", w.describe(p), t.shown, w.cmd.ProcessState)
	}
	w.shipped = last
	if rep.Failure != "" {
		if rep.Setup {
			return nil, fmt.Errorf("%s could not run %s: %s", w.describe(p), t.shown, rep.Failure)
		}
		return nil, &WorkerPanic{Worker: w.describe(p), Call: t.shown, Index: t.index, Message: rep.Failure, Stack: rep.Stack}
	}
	out := make([]reflect.Value, len(rep.Results))
	for i, data := range rep.Results {
		var err error
		if out[i], err = decode(data, ft.Out(i), fmt.Sprintf("result %d of %s", i+1, t.shown)); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// WorkerPanic is a panic in a worker while it ran Call, the task at Index
// of a Map (0 for Apply). The worker survives it.
type WorkerPanic struct {
	Worker  string
	Call    string
	Index   int
	Message string
	Stack   string
}

func (e *WorkerPanic) Error() string {
	return fmt.Sprintf("%s, running %s (task %d): %s", e.Worker, e.Call, e.Index, e.Message)
}

// Map calls f on each element of args (a slice or array) in the workers,
// and returns the results in order (see result).
func (p *Pool) Map(f any, args any) ([]any, error) {
	lists, err := spread(args, "Map", false)
	if err != nil {
		return nil, err
	}
	return p.do(f, lists, "Map")
}

// StarMap calls f with each element of argLists (a slice of argument
// lists) spread as its arguments.
func (p *Pool) StarMap(f any, argLists any) ([]any, error) {
	lists, err := spread(argLists, "StarMap", true)
	if err != nil {
		return nil, err
	}
	return p.do(f, lists, "StarMap")
}

// Apply calls f(args...) in one worker and returns its result.
func (p *Pool) Apply(f any, args ...any) (any, error) {
	out, err := p.do(f, [][]any{args}, "Apply")
	if err != nil {
		return nil, err
	}
	return out[0], nil
}

func (p *Pool) do(f any, lists [][]any, caller string) ([]any, error) {
	name, ft, tasks, err := p.prepare(f, lists, caller)
	if err != nil {
		return nil, err
	}
	results, err := p.run(name, ft, tasks)
	if err != nil {
		return nil, err
	}
	out := make([]any, len(results))
	for i, r := range results {
		out[i] = result(r)
	}
	return out, nil
}

// result is one call's value: nothing is nil, one result itself, several
// a []any.
func result(r []reflect.Value) any {
	switch len(r) {
	case 0:
		return nil
	case 1:
		return r[0].Interface()
	}
	all := make([]any, len(r))
	for i, v := range r {
		all[i] = v.Interface()
	}
	return all
}

// spread turns Map's slice into one-argument lists, or StarMap's slice of
// slices into argument lists.
func spread(x any, caller string, star bool) ([][]any, error) {
	v := reflect.ValueOf(x)
	if x == nil || v.Kind() != reflect.Slice && v.Kind() != reflect.Array {
		return nil, fmt.Errorf("%s: the arguments must be a slice, not %s", caller, describe(x))
	}
	lists := make([][]any, v.Len())
	for i := range lists {
		e := v.Index(i)
		if !star {
			lists[i] = []any{e.Interface()}
			continue
		}
		for e.Kind() == reflect.Interface && !e.IsNil() {
			e = e.Elem()
		}
		if e.Kind() != reflect.Slice && e.Kind() != reflect.Array {
			return nil, fmt.Errorf("%s: element %d must be a list of arguments, not %s", caller, i, describe(e.Interface()))
		}
		for j := 0; j < e.Len(); j++ {
			lists[i] = append(lists[i], e.Index(j).Interface())
		}
	}
	return lists, nil
}

// Close stops the pool taking work; the workers end once Join is called.
func (p *Pool) Close() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.closed = true
}

// Join waits for the workers to end, after Close or Terminate.
func (p *Pool) Join() error {
	p.mu.Lock()
	if !p.closed && !p.ended {
		p.mu.Unlock()
		return ErrStillRunning
	}
	p.mu.Unlock()
	p.calls.Lock() // work in progress ends first
	defer p.calls.Unlock()
	p.mu.Lock()
	workers := p.workers
	p.ended = true
	p.mu.Unlock()
	for _, w := range workers {
		if w != nil {
			_ = w.toChild.Close() // end of requests: the worker returns
			<-w.exited
		}
	}
	p.forget()
	return nil
}

// Terminate kills the workers at once (their process groups), even while
// they run a task; that task's call fails with ErrNotRunning.
func (p *Pool) Terminate() {
	p.mu.Lock()
	p.closed, p.ended = true, true
	workers := append([]*worker(nil), p.workers...)
	p.mu.Unlock()
	for _, w := range workers {
		if w != nil {
			w.kill()
		}
	}
	p.forget()
}

func (p *Pool) forget() {
	p.m.mu.Lock()
	delete(p.m.pools, p)
	p.m.mu.Unlock()
}

// String names the pool as Python's repr does.
func (p *Pool) String() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	state := "RUN"
	switch {
	case p.ended:
		state = "TERMINATE"
	case p.closed:
		state = "CLOSE"
	}
	return "<multiprocessing.Pool state=" + state + " pool_size=" + strconv.Itoa(len(p.workers)) + ">"
}
