package session

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"go/ast"
	"go/token"
	"io"
	"os"
	"reflect"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"github.com/traefik/yaegi/interp"
	"github.com/traefik/yaegi/stdlib"

	"github.com/gogil/gogil/display"
)

// Sink receives what a cell produces. One Sink per execution; a Sink stays
// valid after Execute returns (goroutines of the cell may still write).
type Sink interface {
	// Stream appends text to "stdout" or "stderr"; text is valid UTF-8 and
	// never splits a rune across calls.
	Stream(name, text string)
	// Display publishes rich output (display_data or, with out.Update,
	// update_display_data).
	Display(out display.Output)
	// ClearOutput clears the cell's output, with wait only when new output
	// arrives.
	ClearOutput(wait bool)
	// Input asks the user for one line; it fails when the frontend does not
	// allow stdin.
	Input(prompt string, password bool) (string, error)
}

// Options configure a Session.
type Options struct {
	// Packages are extra native packages cells may import, keyed like
	// yaegi's tables: "import/path/pkgname" -> name -> value.
	Packages interp.Exports
	// AutoImport lists extra names usable without an import: name -> import
	// path, in addition to DefaultAutoImports.
	AutoImport map[string]string
	// OnWorker, if set, runs once on the goroutine that makes every yaegi
	// call, before the first. yaegi runs each cell on a goroutine that this
	// one starts, so the interpreter lock uses the hook to know cells as its
	// main thread.
	OnWorker func()
}

// Cell is one execution request.
type Cell struct {
	Code string
	// Rewrite, if set, is applied to each parsed part of the cell (a file
	// whose statements, if any, sit in func main) before the session's own
	// rewrites and evaluation. May be nil.
	Rewrite func(fset *token.FileSet, file *ast.File) error
	// Spawn, if set, names a native func(func()) from Options.Packages,
	// as "import/path.Name" or "pkgname.Name", that `go` statements call
	// instead of the default spawner. The function it receives already
	// recovers panics.
	Spawn string
	// Started, if set, is called once the cell's code is about to run,
	// after any interrupted cell it had to wait for has ended.
	Started func()
}

// Result is what a successful cell evaluates to.
type Result struct {
	Value *display.Output // the trailing expression's value, nil if none
}

// Error is a failed cell as a notebook shows it.
type Error struct {
	Name      string
	Value     string
	Traceback []string
}

func (e *Error) Error() string { return e.Name + ": " + e.Value }

// DefaultAutoImports returns the packages cells can use without importing
// them (name -> import path); a fresh map on every call.
func DefaultAutoImports() map[string]string {
	return map[string]string{
		"fmt": "fmt", "os": "os", "time": "time", "strings": "strings",
		"strconv": "strconv", "math": "math", "sort": "sort", "sync": "sync",
		"errors": "errors", "display": display.ImportPath,
	}
}

// MaxCodeBytes and MaxCodeTokens bound a cell's source: yaegi's compile
// time grows faster than linearly with the number of statements (50,000
// one-line statements take about 10 s on this project's machines), and a
// 50 MB cell would stall the kernel for many minutes. Big string literals
// are single tokens, so data pasted in a literal stays usable.
const (
	MaxCodeBytes  = 16 << 20
	MaxCodeTokens = 100_000
)

// runtimePath is the import path of the session's own helpers for rewritten
// code (spawner, result capture); cells see it as __gogil.
const (
	runtimePath  = "gogil.internal/rt"
	runtimeAlias = "__gogil"
)

// ErrClosed is returned for work asked of a closed Session.
var ErrClosed = errors.New("session: closed")

// Session is one interpreter with its state across cells.
type Session struct {
	dumpSize atomic.Int64 // bytes the last goroutine dump took (see execution)
	interp   *interp.Interpreter
	jobs     chan func()
	quit     chan struct{} // closed by Close
	// workerID is the runtime id of the goroutine that enters yaegi; it
	// identifies, in a goroutine dump, the execution yaegi left running
	// after an interrupt (see waitInterrupted).
	workerID    string
	interrupted bool        // an interrupt left a native call possibly running
	late        *lateDefers // deferred calls of the interrupted cell, run when it returns
	yaegi       *yaegiState // to undo failed compilations (rollback.go); nil if out of reach
	undoLater   func()      // forgets the parts after an interrupted part, at the next run

	stdout, stderr *outputPipe
	stdin          *inputReader
	display        *display.Env
	symbols        map[string]map[string]reflect.Value // import path -> exported names (read-only)
	pkgNames       map[string]string                   // import path -> package name (read-only)
	packages       interp.Exports
	onWorker       func()

	mu       sync.Mutex
	cur      *execution
	imported map[string]string // local name -> import path
	user     map[string]userSymbol
	types    map[string]string // type name -> source of its spec, to detect redefinitions
	methods  map[string]string // "Type.Method" -> source of its declaration, likewise
	trace    []string          // interpreted panic frames diverted from stderr
	wake     chan struct{}     // closed (and replaced) on an interrupt: ends cells' sleeps

	owners sync.Map // goroutine id → *execution that started it (owners.go)

	spawners     []func(func()) // by index (see spawnerIndex); guarded by mu
	spawnerNames []string
	docs         map[string]*packageDoc

	closeOnce sync.Once
}

// execution is the state of one Execute that outlives it: goroutines and
// output written after the cell ended still find its sink here until the
// next cell starts.
type execution struct {
	ctx     context.Context
	sink    Sink
	spawner int   // index into Session.spawners for this cell's go statements; 0 is the default
	values  []any // captured trailing values
	have    bool
	// call: the trailing expression is a call (a nil interface result
	// then shows nothing); callName is the called function's name.
	call     bool
	callName string

	mu          sync.Mutex
	defers      []deferred // the cell's top-level defers, run at its end
	deferPanics []deferPanic
	deferCtx    context.Context // of the execution running the defers
}

// userSymbol is a name defined by an earlier cell, for completion and
// inspection.
type userSymbol struct {
	kind string // "func", "var", "const", "type"
	decl string // its declaration as written
}

// New starts a session: interpreter, stdio pipes, default imports.
func New(opts Options) (*Session, error) {
	s := &Session{
		jobs:     make(chan func()),
		quit:     make(chan struct{}),
		imported: map[string]string{},
		user:     map[string]userSymbol{},
		types:    map[string]string{},
		methods:  map[string]string{},
		docs:     map[string]*packageDoc{},
		symbols:  map[string]map[string]reflect.Value{},
		pkgNames: map[string]string{},
		packages: opts.Packages,
		onWorker: opts.OnWorker,
		wake:     make(chan struct{}),
	}
	var err error
	if s.stdout, err = newOutputPipe("stdout", func(t string) { s.stream("stdout", t) }); err != nil {
		return nil, err
	}
	if s.stderr, err = newOutputPipe("stderr", func(t string) {
		if t = divertPanicLines(t, s.keepTrace); t != "" {
			s.stream("stderr", t)
		}
	}); err != nil {
		s.stdout.close()
		return nil, err
	}
	s.stdin = &inputReader{s: s}
	s.display = display.NewEnv(func() display.Publisher {
		if ex := s.current(); ex != nil {
			return ex.sink
		}
		return nil
	})

	started := make(chan string)
	go s.work(started)
	s.workerID = <-started

	if err := s.do(func() error { return s.setup(opts) }); err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}

func (s *Session) work(started chan<- string) {
	if s.onWorker != nil {
		s.onWorker()
	}
	started <- goroutineID()
	for {
		select {
		case job := <-s.jobs:
			job()
		case <-s.quit:
			return
		}
	}
}

// do runs f on the worker goroutine: yaegi must never be entered from two
// goroutines at once.
func (s *Session) do(f func() error) error {
	done := make(chan error, 1)
	job := func() {
		defer func() {
			if r := recover(); r != nil {
				done <- fmt.Errorf("interpreter crashed: %v", r)
			}
		}()
		done <- f()
	}
	select {
	case s.jobs <- job:
	case <-s.quit:
		return ErrClosed
	}
	return <-done
}

func (s *Session) setup(opts Options) error {
	i := interp.New(interp.Options{
		Stdin:  s.stdin,
		Stdout: s.stdout.w,
		Stderr: s.stderr.w,
		Env:    os.Environ(),
	})
	s.interp = i
	if err := i.Use(stdlib.Symbols); err != nil {
		return fmt.Errorf("session: load stdlib: %w", err)
	}
	if err := i.Use(s.overrides()); err != nil {
		return fmt.Errorf("session: stdlib overrides: %w", err)
	}
	if err := s.routePrints(i); err != nil {
		return err
	}
	if err := s.giveCellsStdio(i); err != nil {
		return err
	}
	tables := []interp.Exports{stdlib.Symbols, s.display.Exports(), s.runtimeExports(), opts.Packages}
	for _, t := range tables[1:] {
		if err := i.Use(t); err != nil {
			return fmt.Errorf("session: load packages: %w", err)
		}
	}
	for _, t := range tables {
		for key, syms := range t {
			slash := strings.LastIndex(key, "/")
			if slash < 0 {
				continue
			}
			p := key[:slash]
			s.pkgNames[p] = key[slash+1:]
			s.symbols[p] = syms
		}
	}

	auto := DefaultAutoImports()
	for n, p := range opts.AutoImport {
		auto[n] = p
	}
	names := make([]string, 0, len(auto))
	for n := range auto {
		names = append(names, n)
	}
	sort.Strings(names)
	var src strings.Builder
	src.WriteString("import (\n")
	for _, n := range names {
		fmt.Fprintf(&src, "\t%s %q\n", n, auto[n])
	}
	fmt.Fprintf(&src, "\t%s %q\n)\n", runtimeAlias, runtimePath)
	// EvalWithContext, not Eval: it turns on yaegi's cancellable channel
	// operations, which are chosen when code is compiled. With plain Eval the
	// first cell would compile before any execution had turned them on, and
	// a receive in it could not be interrupted.
	if _, err := i.EvalWithContext(context.Background(), src.String()); err != nil {
		return fmt.Errorf("session: auto imports: %w", err)
	}
	for n, p := range auto {
		s.imported[n] = p
	}
	s.imported[runtimeAlias] = runtimePath
	s.yaegi = newYaegiState(i)
	return nil
}

// current is the executing cell, or the last one after it ended.
func (s *Session) current() *execution {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.cur
}

func (s *Session) stream(name, text string) {
	if ex := s.current(); ex != nil && ex.sink != nil {
		ex.sink.Stream(name, text)
	}
}

func (s *Session) keepTrace(line string) {
	s.mu.Lock()
	s.trace = append(s.trace, line)
	s.mu.Unlock()
}

func (s *Session) takeTrace() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	t := s.trace
	s.trace = nil
	return t
}

// flush waits until all output written so far reached the sink.
func (s *Session) flush() {
	s.stdout.flush()
	s.stderr.flush()
}

// Execute runs one cell. Output goes to sink while it runs (and after, for
// goroutines it started). Cancelling ctx interrupts it: interpreted code
// stops within a fraction of a second and the cell ends with a
// KeyboardInterrupt error; the session keeps its state.
//
// A native call (time.Sleep, a workload) cannot be stopped: Execute still
// returns at once on cancel, and the next Execute waits for that call to
// return (an interrupt while waiting gives up with a "Busy" error) so that
// yaegi is never entered while the interrupted code still runs.
func (s *Session) Execute(ctx context.Context, cell Cell, sink Sink) (Result, *Error) {
	if len(cell.Code) > MaxCodeBytes {
		return Result{}, &Error{Name: "CodeTooLarge", Value: fmt.Sprintf("the cell has %d bytes; the limit is %d", len(cell.Code), MaxCodeBytes)}
	}
	if n := countTokens(cell.Code, MaxCodeTokens+1); n > MaxCodeTokens {
		return Result{}, &Error{Name: "CodeTooLarge", Value: fmt.Sprintf("the cell has more than %d tokens; split it, or load data from a file", MaxCodeTokens)}
	}
	if !utf8.ValidString(cell.Code) {
		off := invalidUTF8Offset(cell.Code)
		line := 1 + strings.Count(cell.Code[:off], "\n")
		col := 1 + utf8.RuneCountInString(cell.Code[strings.LastIndexByte(cell.Code[:off], '\n')+1:off])
		return Result{}, &Error{Name: "SyntaxError", Value: fmt.Sprintf("%d:%d: invalid UTF-8 in the cell's code", line, col)}
	}
	if e := s.waitInterrupted(ctx, sink); e != nil {
		return Result{}, e
	}
	if cell.Started != nil {
		cell.Started()
	}
	ex := &execution{ctx: ctx, sink: sink}
	if cell.Spawn != "" {
		k, err := s.spawnerIndex(cell.Spawn)
		if err != nil {
			return Result{}, &Error{Name: "SessionError", Value: err.Error()}
		}
		ex.spawner = k
	}
	s.mu.Lock()
	s.cur = ex
	s.trace = nil
	s.mu.Unlock()
	s.stdin.reset()
	s.renewCellStdio()
	stopWaking := context.AfterFunc(ctx, s.wakeSleepers)
	defer stopWaking()

	var result Result
	var failure *Error
	err := s.do(func() error {
		result, failure = s.run(ctx, cell, ex)
		return nil
	})
	if errors.Is(err, ErrClosed) {
		return Result{}, &Error{Name: "SessionClosed", Value: err.Error()}
	}
	if err != nil && failure == nil {
		failure = &Error{Name: "InternalError", Value: err.Error()}
	}
	s.flush()
	if failure != nil && failure.Name == "panic" {
		failure.Traceback = append(failure.Traceback, formatTrace(s.takeTrace())...)
	} else {
		s.takeTrace()
	}
	if failure != nil && failure.Name == "KeyboardInterrupt" {
		s.interrupted = true
	}
	if ex.hasDefers() {
		// Only left after an interrupt.
		s.deferLater(cell, ex)
	}
	return result, failure
}

// deferLater runs the deferred calls an interrupted cell left, once the
// code yaegi left running has returned: running them earlier would race
// with it (a deferred gil.Release before the native call it guards ends).
// Their output and errors go to that cell's sink; the next Execute waits for
// them (waitInterrupted), and interrupting that wait stops them.
func (s *Session) deferLater(cell Cell, ex *execution) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	s.late = &lateDefers{done: done, cancel: cancel}
	s.interrupted = true // so that the next Execute waits for them
	go func() {
		defer close(done)
		defer cancel()
		for pause := 20 * time.Millisecond; s.executionAlive(); pause = nextPause(pause) {
			select {
			case <-s.quit:
				return
			case <-ctx.Done():
				return
			case <-time.After(pause):
			}
		}
		stopWaking := context.AfterFunc(ctx, s.wakeSleepers)
		defer stopWaking()
		var failure *Error
		err := s.do(func() error {
			c := &cellRun{s: s, ctx: ctx, cell: cell, name: interp.DefaultSourceName, ex: ex}
			failure = c.finishDefers(nil)
			return nil
		})
		if err != nil {
			return
		}
		s.flush()
		if failure != nil && failure.Name == "panic" {
			failure.Traceback = append(failure.Traceback, formatTrace(s.takeTrace())...)
		}
		var b strings.Builder
		if failure != nil {
			b.WriteString("gogil: the interrupted cell's deferred calls failed:\n")
			for _, l := range failure.Traceback {
				b.WriteString(l + "\n")
			}
		}
		ex.mu.Lock()
		if n := len(ex.defers); n > 0 {
			fmt.Fprintf(&b, "gogil: %d deferred calls of the interrupted cell were not run\n", n)
			ex.defers = nil
		}
		ex.mu.Unlock()
		if b.Len() > 0 && ex.sink != nil {
			ex.sink.Stream("stderr", b.String())
		}
	}()
}

// lateDefers is the run of an interrupted cell's deferred calls.
type lateDefers struct {
	done   chan struct{}
	cancel context.CancelFunc
}

// waitInterrupted holds a new execution back while a native call of an
// interrupted cell still runs in yaegi's goroutine.
// It also waits for the deferred calls such a cell left (deferLater).
// A native call that waits on another goroutine (a WaitGroup that never
// reaches zero, a Mutex never unlocked, a channel in native code) may never
// return: once it has sat in such a wait for leftBehindAfter, the new cell
// runs and the old one is left behind, so that no mistake of that kind
// needs a restart.
func (s *Session) waitInterrupted(ctx context.Context, sink Sink) *Error {
	if !s.interrupted {
		return nil
	}
	told := false
	var blockedSince time.Time
	for pause := 50 * time.Millisecond; ; {
		alive, state := s.execution()
		if !alive && s.late.finished() {
			break
		}
		if alive && waitsOnGoroutine(state) {
			if blockedSince.IsZero() {
				blockedSince = time.Now()
			} else if time.Since(blockedSince) >= leftBehindAfter {
				sink.Stream("stderr", fmt.Sprintf("gogil: the interrupted cell is blocked for good (%s) and is left behind; its deferred calls run if it ever returns\n", state))
				break
			}
		} else {
			blockedSince = time.Time{}
		}
		if !told && blockedSince.IsZero() {
			sink.Stream("stderr", "gogil: the interrupted cell is still inside a native call or its deferred calls; waiting for it to return (interrupt to give up)\n")
			told = true
		}
		select {
		case <-ctx.Done():
			if s.late != nil {
				s.late.cancel()
			}
			return &Error{Name: "Busy", Value: "the interrupted cell is still running a native call; try again later or restart the kernel"}
		case <-time.After(pause):
		}
		pause = nextPause(pause)
	}
	s.interrupted = false
	s.late = nil
	return nil
}

// nextPause doubles a polling pause up to a second: each poll takes a dump
// of every goroutine, which a session with very many of them pays dearly.
func nextPause(d time.Duration) time.Duration {
	return min(2*d, time.Second)
}

// leftBehindAfter is how long an interrupted cell may wait on another
// goroutine before the next cell stops waiting for it.
const leftBehindAfter = 500 * time.Millisecond

// waitsOnGoroutine tells a goroutine state (a wait reason of the runtime)
// that only another goroutine can end — a channel, a select, a sync
// primitive — from running, sleeping or a system call, which end by
// themselves.
func waitsOnGoroutine(state string) bool {
	for _, prefix := range []string{"chan ", "select", "sync.", "semacquire"} {
		if strings.HasPrefix(state, prefix) {
			return true
		}
	}
	return false
}

func (l *lateDefers) finished() bool {
	if l == nil {
		return true
	}
	select {
	case <-l.done:
		return true
	default:
		return false
	}
}

// executionAlive reports whether the goroutine yaegi's ExecuteWithContext
// started from our worker still runs.
func (s *Session) executionAlive() bool {
	alive, _ := s.execution()
	return alive
}

// execution finds the goroutine yaegi's ExecuteWithContext started from
// our worker, and its state ("running", "chan receive", ...). yaegi offers
// no handle on it, so we look for it in a goroutine dump (only done after
// an interrupt).
func (s *Session) execution() (alive bool, state string) {
	// A dump that does not fit is taken again whole, and with many
	// goroutines each one is costly (about 40 µs a goroutine): start from
	// what the last one needed, or 1.5 KB a goroutine.
	size := max(int(s.dumpSize.Load())*5/4, runtime.NumGoroutine()*1536, 1<<20)
	buf := make([]byte, size)
	for {
		n := runtime.Stack(buf, true)
		if n < len(buf) {
			buf = buf[:n]
			break
		}
		buf = make([]byte, 2*len(buf))
	}
	s.dumpSize.Store(int64(len(buf)))
	marker := []byte("(*Interpreter).ExecuteWithContext in goroutine " + s.workerID + "\n")
	at := bytes.Index(buf, marker)
	if at < 0 {
		return false, ""
	}
	// The goroutine's block starts after the blank line before it, with a
	// header like "goroutine 42 [chan receive, 2 minutes]:".
	start := 0
	if i := bytes.LastIndex(buf[:at], []byte("\n\n")); i >= 0 {
		start = i + 2
	}
	header, _, _ := strings.Cut(string(buf[start:at]), "\n")
	_, state, _ = strings.Cut(header, "[")
	state, _, _ = strings.Cut(state, "]")
	state, _, _ = strings.Cut(state, ",")
	return true, state
}

func goroutineID() string {
	var buf [64]byte
	n := runtime.Stack(buf[:], false)
	fields := strings.Fields(string(buf[:n]))
	if len(fields) >= 2 {
		return fields[1]
	}
	return ""
}

func invalidUTF8Offset(s string) int {
	for i, r := range s {
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(s[i:]); size == 1 {
				return i
			}
		}
	}
	return len(s)
}

// LanguageVersion is the Go language level cells can rely on. See doc.go.
func (s *Session) LanguageVersion() string { return "1.21" }

// Close stops the worker and the output readers. Goroutines of cells that
// still run are not stopped; their writes fail from now on.
func (s *Session) Close() {
	s.closeOnce.Do(func() {
		close(s.quit)
		s.stdout.close()
		s.stderr.close()
	})
}

// inputReader is the cells' os.Stdin and fmt.Scan source: every line it
// needs is asked from the current sink.
type inputReader struct {
	s   *Session
	mu  sync.Mutex
	buf []byte
}

func (r *inputReader) reset() {
	r.mu.Lock()
	r.buf = nil
	r.mu.Unlock()
}

func (r *inputReader) Read(p []byte) (int, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.buf) == 0 {
		line, err := r.ask()
		if err != nil {
			fmt.Fprintf(r.s.stderr.w, "gogil: cannot read stdin: %v\n", err)
			return 0, fmt.Errorf("stdin: %w", err)
		}
		r.buf = []byte(line + "\n")
	}
	n := copy(p, r.buf)
	r.buf = r.buf[n:]
	return n, nil
}

// ask gets one line from the frontend; an interrupt abandons the request so
// the cell can stop.
func (r *inputReader) ask() (string, error) {
	ex := r.s.current()
	if ex == nil || ex.sink == nil {
		return "", io.ErrUnexpectedEOF
	}
	type answer struct {
		line string
		err  error
	}
	// What the cell printed before reading (a prompt, typically) must
	// reach the frontend before the input box does.
	r.s.flush()
	got := make(chan answer, 1)
	go func() {
		line, err := ex.sink.Input("", false)
		got <- answer{line, err}
	}()
	select {
	case a := <-got:
		return a.line, a.err
	case <-ex.ctx.Done():
		return "", fmt.Errorf("interrupted: %w", ex.ctx.Err())
	}
}

// spawnerIndex gives a spawner a stable number, which the go statements of
// the cell carry in their rewritten form: code keeps the spawner of the cell
// that defined it, whichever cell later runs it.
func (s *Session) spawnerIndex(name string) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for k, n := range s.spawnerNames {
		if n == name {
			return k, nil
		}
	}
	f, err := s.lookupSpawner(name)
	if err != nil {
		return 0, err
	}
	if len(s.spawners) == 0 {
		s.spawners, s.spawnerNames = []func(func()){nil}, []string{""} // 0: the session's own
	}
	s.spawners = append(s.spawners, f)
	s.spawnerNames = append(s.spawnerNames, name)
	return len(s.spawners) - 1, nil
}

func (s *Session) lookupSpawner(name string) (func(func()), error) {
	dot := strings.LastIndex(name, ".")
	if dot < 0 {
		return nil, fmt.Errorf("spawner %q: want import/path.Name", name)
	}
	pkg, fn := name[:dot], name[dot+1:]
	for key, syms := range s.packages {
		slash := strings.LastIndex(key, "/")
		if key[:max(slash, 0)] != pkg && key[slash+1:] != pkg {
			continue
		}
		v, ok := syms[fn]
		if !ok || !v.IsValid() || !v.CanInterface() {
			continue
		}
		if f, ok := v.Interface().(func(func())); ok {
			return f, nil
		}
		return nil, fmt.Errorf("spawner %q has type %s, want func(func())", name, v.Type())
	}
	return nil, fmt.Errorf("spawner %q not found in Options.Packages", name)
}
