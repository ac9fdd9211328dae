package session

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"io"
	"maps"
	"os"
	"reflect"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/traefik/yaegi/interp"

	"github.com/gogil/gogil/cellio"
	"github.com/gogil/gogil/display"
	"github.com/gogil/gogil/internal/goroutine"
	"github.com/gogil/gogil/internal/running"
	"github.com/gogil/gogil/internal/yaegistate"
	"github.com/gogil/gogil/session/cellsrc"
	"github.com/gogil/gogil/session/celltypes"
	"github.com/gogil/gogil/session/stdio"
	"github.com/gogil/gogil/session/stdlib"
)

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
	// Running, if set, is the table of goroutines shared with the
	// interpreter lock (gil.NewWithRegistry), so that both know a
	// goroutine a cell started the same way; nil gives the session its own.
	Running *running.Registry
}

// Cell is one execution request.
type Cell struct {
	Code string
	// Rewrite, if set, is applied to each parsed part of the cell (a file
	// whose statements, if any, sit in func main) before the session's own
	// rewrites and evaluation. May be nil.
	Rewrite func(fset *token.FileSet, file *ast.File, typeOf TypeOf) error
	// Spawn, if set, names a native func(func()) from Options.Packages,
	// as "import/path.Name" or "pkgname.Name", that `go` statements call
	// instead of the default spawner. The function it receives already
	// recovers panics.
	Spawn string
	// Started, if set, is called once the cell's code is about to run,
	// after any interrupted cell it had to wait for has ended.
	Started func()
}

// TypeOf gives a Rewrite hook the type of an expression of the part it was
// given, as go/types sees it against what earlier cells declared (package
// celltypes), or nil when that is not known. The first call type-checks the
// whole part, so a hook calls it only when it needs a type (a session of
// trivial cells never pays for go/types), and before it changes the part:
// the types are those of the nodes as the user wrote them.
type TypeOf func(ast.Expr) types.Type

// Result is what a successful cell evaluates to.
type Result struct {
	Value *cellio.Output // the trailing expression's value, nil if none
}

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
	runtimeAlias = cellsrc.RuntimeAlias
)

// ErrClosed is returned for work asked of a closed Session.
var ErrClosed = errors.New("session: closed")

// Session is one interpreter with its state across cells.
type Session struct {
	interp *interp.Interpreter
	// autoImports are the packages cells use without an import, by name
	// (set once by New).
	autoImports map[string]string
	jobs        chan func()
	quit        chan struct{}       // closed by Close
	yaegi       *yaegistate.Tracker // to undo failed compilations (rollback.go)
	world       *celltypes.World    // what the cells declared, as types (typeworld.go)
	after       afterInterrupt      // what an interrupted cell left behind, for the next run
	logs        *cellLogs           // the cells' default loggers of log and log/slog (celllogs.go)
	// exiting: the running cell called os.Exit or log.Fatal, whose panic
	// the functions' deferred calls must not act on (cellsrc/deferguard.go).
	exiting atomic.Bool
	// goroutines: the cells' goroutines (go statements, AfterFunc
	// callbacks) that have not returned, for runtime.NumGoroutine.
	goroutines atomic.Int64
	// mayWake: a cell named a timer, a deadline or a signal, or compiled
	// code was loaded; the deadlock check (deadlock.go) is off from then on.
	mayWake atomic.Bool

	streams  *stdio.Streams
	display  *display.Env
	symbols  map[string]map[string]reflect.Value // import path -> exported names (read-only)
	pkgNames map[string]string                   // import path -> package name (read-only)
	packages interp.Exports
	onWorker func()

	mu       sync.Mutex
	declared declared // guarded by mu
	// shapeValues: a cell's interface may hold a library value, which a
	// lowered assertion put there (cellsrc/nativeshapes.go); later parts
	// compare and print such interfaces as they do values of cell types.
	// Guarded by mu.
	shapeValues bool
	// localTypes: a part declared a type in a function body, whose
	// values the later parts' printing calls may find in an interface
	// (cellsrc/localnames.go). Guarded by mu.
	localTypes bool
	// literalStructs: a part wrote a struct literal type with the fields
	// of a cell struct type (cellsrc/literalstructs.go), whose values
	// later parts must not put in interfaces. Guarded by mu.
	literalStructs bool
	// atomicPointers: a staged cell named a generic type .Pointer[ (an
	// atomic.Pointer, whose method calls later parts must write out:
	// cellsrc/atomicpointer.go). Guarded by mu.
	atomicPointers bool
	trace          []string // interpreted panic frames diverted from stderr
	// traceFrames are the cell frames of the panic being reported, read
	// from the panicking goroutine's stack when yaegi printed its first
	// frame line (panicframes.go); nil until then.
	traceFrames []goroutine.Frame
	// traceInternal: that panic began in yaegi's own machinery
	// (interpreterFault).
	traceInternal bool
	wake          chan struct{} // closed (and replaced) on an interrupt: ends cells' sleeps

	// The program cells see (commandLine): os.Args, flag.CommandLine and
	// flag.Usage of their own.
	cellArgs  []string
	cellFlags *flag.FlagSet
	cellUsage func()

	running *running.Registry // who runs for which execution (owners.go)

	spawners     []func(func()) // by index (see spawnerIndex); guarded by mu
	spawnerNames []string
	docs         map[string]*packageDoc

	closeOnce sync.Once

	printed printedTypes // static types of printed values (printtypes.go)
	// sprintf is the cells' fmt.Sprintf, which makes the text of a
	// cell's value the printing pass typed (shownTexts).
	sprintf func(format string, a ...any) string
	// cellTypes names the reflect types of cell types (boxed.go).
	cellTypes cellTypeRegistry
	// paramArgs are the cell types each type parameter was instantiated
	// with (typedparam.go).
	paramArgs paramArgRegistry
}

// afterInterrupt is what an interrupt leaves for the next run: it must
// wait for the code yaegi left running, then run the interrupted cell's
// deferred calls and forget its parts that never ran. Execute (never
// called concurrently) reads and writes it, apart from undoLater, which
// the worker owns, and dumpSize.
type afterInterrupt struct {
	// workerID is the runtime id of the goroutine that enters yaegi; it
	// identifies, in a goroutine dump, the executions yaegi left running
	// after an interrupt (see noteInterrupted).
	workerID    uint64
	interrupted bool // an interrupt left a native call possibly running
	// waitFor are the ids of the goroutines yaegi left running for the
	// interrupted cell: the next cell waits for these, not for whichever
	// execution a dump shows, since cells left behind stay in every dump.
	waitFor []uint64
	// leftBehind are the ids of the goroutines of cells left behind (see
	// waitInterrupted) that were still in the last dump: they are never
	// taken for a later cell's execution. Goroutine ids are not reused, so
	// an id that left the dump is forgotten.
	leftBehind map[uint64]bool
	late       *lateDefers // deferred calls of the interrupted cell, run when it returns
	// lateRun is the interrupted cell whose deferred calls run now
	// (deferLater): those are the calls RunDefers makes, and their output
	// goes to that cell, even when a later cell is current (one left
	// behind returns long after).
	lateRun   atomic.Pointer[execution]
	undoLater func()       // forgets the parts after an interrupted part, at the next run
	dumpSize  atomic.Int64 // bytes the last goroutine dump took (see executions)
}

// declared is what the cells declared so far, by name: for completion and
// inspection, and to refuse a type or method redefined differently.
type declared struct {
	imported map[string]string // local name -> import path
	user     map[string]userSymbol
	types    map[string]string // type name -> source of its spec, to detect redefinitions
	methods  map[string]string // "Type.Method" -> source of its declaration, likewise
	renamed  map[string]bool   // "Type.Method" of generic types given a hidden name (cellsrc/genericmethods.go)
}

// execution is the state of one Execute that outlives it: goroutines and
// output written after the cell ended still find its sink here until the
// next cell starts.
type execution struct {
	ctx     context.Context
	sink    cellio.Cell
	spawner int   // index into Session.spawners for this cell's go statements; 0 is the default
	values  []any // captured trailing values
	// texts are the values' text/plain where the printing pass typed
	// them ("" elsewhere), made as the cells' fmt prints them; nil if it
	// typed none (cellsrc/trailingvalues.go).
	texts []string
	have  bool
	// call: the trailing expression is a call (a nil interface result
	// then shows nothing); callName is the called function's name.
	call     bool
	callName string

	mu          sync.Mutex
	defers      []deferred // the cell's top-level defers, run at its end
	deferPanics []deferPanic
	deferCtx    context.Context // of the execution running the defers
	// stillPanicking: after the deferred calls, yaegi's recover() still
	// returned the panic of the statements: no deferred call recovered it.
	stillPanicking bool

	// endForGap cancels the cell's context when a goroutine it started
	// hits a gap (goroutineGap) while it runs: the interpreter may have
	// skipped that goroutine's remaining deferred calls, such as the
	// wg.Done the cell waits for, and the cell would wait for ever.
	endForGap context.CancelFunc
	gap       *cellGap
	stopped   []uint64 // goroutines stopped for good at the gap
	ended     bool     // Execute returned: a later gap is only reported
	// deadlock: the deadlock check (deadlock.go) ended the cell, whose
	// goroutines all waited for good; stuck are those in a sync primitive,
	// which the cancel does not free.
	deadlock string
	stuck    []uint64
}

// userSymbol is a name defined by an earlier cell, for completion and
// inspection.
type userSymbol struct {
	kind    string // "func", "var", "const", "type"
	decl    string // its declaration as written
	generic bool   // a function with type parameters
}

// New starts a session: interpreter, stdio pipes, default imports.
func New(opts Options) (*Session, error) {
	// Refuse a yaegi whose internals rollback.go was not written for before
	// anything starts, with the error that names what differs.
	if err := yaegistate.Check(); err != nil {
		return nil, fmt.Errorf("session: %w", err)
	}
	s := &Session{
		jobs: make(chan func()),
		quit: make(chan struct{}),
		declared: declared{
			imported: map[string]string{},
			user:     map[string]userSymbol{},
			types:    map[string]string{},
			methods:  map[string]string{},
		},
		docs:     map[string]*packageDoc{},
		symbols:  map[string]map[string]reflect.Value{},
		pkgNames: map[string]string{},
		packages: opts.Packages,
		onWorker: opts.OnWorker,
		running:  registryOr(opts.Running),
		wake:     make(chan struct{}),
		after:    afterInterrupt{leftBehind: map[uint64]bool{}},
	}
	var err error
	s.streams, err = stdio.Open(func(t string) { s.stream("stdout", t) }, func(t string) {
		if t = divertPanicLines(t, s.keepTrace); t != "" {
			s.stream("stderr", t)
		}
	}, s.askLine)
	if err != nil {
		return nil, err
	}
	s.display = display.NewEnv(func() display.Publisher {
		if ex := s.current(); ex != nil {
			return ex.sink
		}
		return nil
	})

	started := make(chan uint64)
	go s.work(started)
	s.after.workerID = <-started

	if err := s.do(func() error { return s.setup(opts) }); err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}

func (s *Session) work(started chan<- uint64) {
	if s.onWorker != nil {
		s.onWorker()
	}
	started <- goroutine.ID()
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
		Stdin:  s.streams.Stdin,
		Stdout: s.streams.Stdout.Writer(),
		Stderr: panicTap{s, s.streams.Stderr.Writer()},
		Env:    os.Environ(),
	})
	s.interp = i
	if err := i.Use(stdlib.Symbols); err != nil {
		return fmt.Errorf("session: load stdlib: %w", err)
	}
	if err := i.Use(s.overrides()); err != nil {
		return fmt.Errorf("session: stdlib overrides: %w", err)
	}
	if err := i.Use(s.commandLine()); err != nil {
		return fmt.Errorf("session: the cells' command line: %w", err)
	}
	if err := s.routePrints(i); err != nil {
		return err
	}
	if err := s.giveCellsStdio(i); err != nil {
		return err
	}
	// Package iter is all generic: the interpreter gets it empty, for the
	// import, and the cells' iter.Seq types are lowered to what they are
	// defined as (cellsrc/iterseq.go).
	iterPackage := interp.Exports{"iter/iter": {}}
	tables := []interp.Exports{stdlib.Symbols, s.display.Exports(), s.runtimeExports(), iterPackage, opts.Packages}
	for _, t := range tables[1:] {
		if err := i.Use(t); err != nil {
			return fmt.Errorf("session: load packages: %w", err)
		}
	}
	if err := routeCellResults(i); err != nil {
		return err
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
	s.autoImports = auto
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
		s.declared.imported[n] = p
	}
	s.declared.imported[runtimeAlias] = runtimePath
	s.world = s.newWorld()
	tracker, err := yaegistate.Open(i)
	if err != nil {
		return fmt.Errorf("session: %w", err)
	}
	s.yaegi = tracker
	return nil
}

// stream writes the cells' output to the cell it belongs to: the executing
// cell, or the last one after it ended, or the interrupted cell whose
// deferred calls run late.
func (s *Session) stream(name, text string) {
	if ex := s.deferring(); ex != nil && ex.sink != nil {
		ex.sink.Stream(name, text)
	}
}

// deferring is the cell whose deferred calls run now: the current one, but
// for those an interrupted cell runs late (deferLater).
func (s *Session) deferring() *execution {
	if ex := s.after.lateRun.Load(); ex != nil {
		return ex
	}
	return s.current()
}

func (s *Session) keepTrace(line string) {
	s.mu.Lock()
	s.trace = append(s.trace, line)
	s.mu.Unlock()
}

// takeTrace returns the panic frame lines yaegi printed, with the cell
// frames read from the stack when it did, and forgets both.
func (s *Session) takeTrace() panicTrace {
	s.mu.Lock()
	defer s.mu.Unlock()
	t := panicTrace{lines: s.trace, frames: s.traceFrames, internal: s.traceInternal}
	s.trace, s.traceFrames, s.traceInternal = nil, nil, false
	return t
}

// flush waits until all output written so far reached the sink.
func (s *Session) flush() { s.streams.Flush() }

// Execute runs one cell. Output goes to sink while it runs (and after, for
// goroutines it started). Cancelling ctx interrupts it: interpreted code
// stops within a fraction of a second and the cell ends with a
// KeyboardInterrupt error; the session keeps its state.
//
// A native call (time.Sleep, a workload) cannot be stopped: Execute still
// returns at once on cancel, and the next Execute waits for that call to
// return (an interrupt while waiting gives up with a "Busy" error) so that
// yaegi is never entered while the interrupted code still runs.
func (s *Session) Execute(ctx context.Context, cell Cell, sink cellio.Cell) (Result, *cellio.Error) {
	if e := cellsrc.Check(cell.Code, MaxCodeBytes, MaxCodeTokens); e != nil {
		return Result{}, e
	}
	if e := s.waitInterrupted(ctx, sink); e != nil {
		return Result{}, e
	}
	if cell.Started != nil {
		cell.Started()
	}
	cellCtx, endForGap := context.WithCancel(ctx)
	defer endForGap()
	ex := &execution{ctx: cellCtx, sink: sink, endForGap: endForGap}
	if cell.Spawn != "" {
		k, err := s.spawnerIndex(cell.Spawn)
		if err != nil {
			return Result{}, &cellio.Error{Kind: cellio.InternalError, Value: err.Error()}
		}
		ex.spawner = k
	}
	s.exiting.Store(false)
	s.mu.Lock()
	s.running.SetRunning(ex)
	s.trace, s.traceFrames, s.traceInternal = nil, nil, false
	s.mu.Unlock()
	s.streams.Stdin.Reset()
	s.renewCellStdio()
	stopWaking := context.AfterFunc(cellCtx, s.wakeSleepers)
	defer stopWaking()
	if !s.mayWake.Load() && mayWakeLater(cell.Code) {
		s.mayWake.Store(true)
	}
	stopWatch := s.watchDeadlock(ex)

	var result Result
	var failure *cellio.Error
	err := s.do(func() error {
		result, failure = s.run(cellCtx, cell, ex)
		return nil
	})
	stopWatch()
	gapped := ex.end()
	if errors.Is(err, ErrClosed) {
		return Result{}, &cellio.Error{Kind: cellio.SessionClosed, Value: err.Error()}
	}
	if err != nil && failure == nil {
		failure = &cellio.Error{Kind: cellio.InternalError, Value: err.Error()}
	}
	// The cell was cancelled like an interrupt (what it left running is
	// waited for and left behind as after one), but it ends with the gap.
	interrupted := errors.Is(failure, cellio.KeyboardInterrupt)
	if gapped != nil && ctx.Err() == nil && (failure == nil || !failure.Unsupported) {
		result, failure = Result{}, gapped.error()
		ex.mu.Lock()
		ex.defers = nil // as at any gap (finishDefers)
		ex.mu.Unlock()
	}
	if report, stuck := ex.deadlockEnd(); report != "" && gapped == nil && ctx.Err() == nil {
		// As Go's fatal error: no deferred call runs.
		result, failure = Result{}, deadlockError(report)
		ex.mu.Lock()
		ex.defers = nil
		ex.mu.Unlock()
		for _, id := range stuck {
			s.after.leftBehind[id] = true // nothing will ever wake them
		}
	}
	if gapped != nil {
		ex.mu.Lock()
		for _, id := range ex.stopped {
			s.after.leftBehind[id] = true // they wait on nothing that will come
		}
		ex.mu.Unlock()
	}
	s.flush()
	s.noteGenericLibrary(failure, cell.Code)
	if errors.Is(failure, cellio.Panic) {
		trace := s.takeTrace()
		failure.Traceback = append(failure.Traceback, formatTrace(trace)...)
		if trace.internal {
			// A gap: the magics run a cell that stands alone as a program.
			failure.Unsupported = true
			failure.Traceback = append(failure.Traceback, "gogil: this panic began inside the interpreter (yaegi v0.16.1), where it calls an interpreted function from native code, not in an operation of the cell: a construct it runs wrongly (generic code, often), which Go's program would not panic on")
		}
	} else {
		s.takeTrace()
	}
	if interrupted {
		s.noteInterrupted()
	}
	if ex.hasDefers() {
		// Only left after an interrupt.
		s.deferLater(cell, ex, slices.Clone(s.after.waitFor))
	}
	return result, failure
}

// deferLater runs the deferred calls an interrupted cell left, once the
// code yaegi left running has returned: running them earlier would race
// with it (a deferred gil.Release before the native call it guards ends).
// Their output and errors go to that cell's sink; the next Execute waits for
// them (waitInterrupted), and interrupting that wait stops them.
//
// waitFor are the goroutines of that cell (noteInterrupted): a cell left
// behind keeps its deferred calls until its own goroutine returns, whatever
// later cells do.
func (s *Session) deferLater(cell Cell, ex *execution, waitFor []uint64) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	s.after.late = &lateDefers{done: done, cancel: cancel}
	s.after.interrupted = true // so that the next Execute waits for them
	go func() {
		defer close(done)
		defer cancel()
		for pause := 20 * time.Millisecond; len(s.alive(waitFor)) > 0; pause = nextPause(pause) {
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
		var failure *cellio.Error
		err := s.do(func() error {
			s.after.lateRun.Store(ex)
			defer s.after.lateRun.Store(nil)
			c := &cellRun{s: s, ctx: ctx, cell: cell, name: interp.DefaultSourceName, ex: ex}
			failure = c.finishDefers(nil)
			s.flush() // while their output still goes to ex
			return nil
		})
		if err != nil {
			return
		}
		s.flush()
		if errors.Is(failure, cellio.Panic) {
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
// needs a restart. A cell left behind is never waited for again: later
// interrupts wait only for their own cell's goroutines.
func (s *Session) waitInterrupted(ctx context.Context, sink cellio.Cell) *cellio.Error {
	if !s.after.interrupted {
		return nil
	}
	told := false
	var blockedSince time.Time
	// A call that returns within the first pause (an interrupted sleep, a
	// killed command) is not worth a message.
	for pause, first := 50*time.Millisecond, true; ; first = false {
		live := s.alive(s.after.waitFor)
		if len(live) == 0 && s.after.late.finished() {
			break
		}
		if len(live) > 0 && allWaitOnGoroutines(live) {
			if blockedSince.IsZero() {
				blockedSince = time.Now()
			} else if time.Since(blockedSince) >= leftBehindAfter {
				sink.Stream("stderr", fmt.Sprintf("gogil: the interrupted cell is blocked for good (%s) and is left behind; its deferred calls run if it ever returns\n", live[0].State))
				for _, g := range live {
					s.after.leftBehind[g.ID] = true
				}
				break
			}
		} else {
			blockedSince = time.Time{}
		}
		if !told && !first && blockedSince.IsZero() {
			sink.Stream("stderr", "gogil: the interrupted cell is still inside a native call or its deferred calls; waiting for it to return (interrupt to give up)\n")
			told = true
		}
		select {
		case <-ctx.Done():
			if s.after.late != nil {
				s.after.late.cancel()
			}
			return &cellio.Error{Kind: cellio.Busy, Value: "the interrupted cell is still running a native call; try again later or restart the kernel"}
		case <-time.After(pause):
		}
		pause = nextPause(pause)
	}
	s.after.interrupted = false
	s.after.waitFor = nil
	s.after.late = nil
	return nil
}

func allWaitOnGoroutines(gs []goroutine.Goroutine) bool {
	for _, g := range gs {
		if !g.WaitsOnGoroutine() {
			return false
		}
	}
	return true
}

// nextPause doubles a polling pause up to a second: each poll takes a dump
// of every goroutine, which a session with very many of them pays dearly.
func nextPause(d time.Duration) time.Duration {
	return min(2*d, time.Second)
}

// leftBehindAfter is how long an interrupted cell may wait on another
// goroutine before the next cell stops waiting for it.
const leftBehindAfter = 500 * time.Millisecond

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

// noteInterrupted records, after an interrupt, the goroutines yaegi left
// running for the cell: every execution that yaegi's ExecuteWithContext
// started from our worker and that was not left behind before. Cells run
// only once the previous interrupted one has returned or been left behind,
// so these are this cell's (with, for a moment, an earlier part's that is
// still exiting, which does no harm: it ends at once). yaegi offers no
// handle on them, hence the dump, taken only after an interrupt.
func (s *Session) noteInterrupted() {
	s.after.interrupted = true
	gs := s.executions()
	seen := make(map[uint64]bool, len(gs))
	var waitFor []uint64
	for _, g := range gs {
		seen[g.ID] = true
		if !s.after.leftBehind[g.ID] {
			waitFor = append(waitFor, g.ID)
		}
	}
	for id := range s.after.leftBehind {
		if !seen[id] {
			delete(s.after.leftBehind, id)
		}
	}
	// Kept, not replaced: Execute gets here only after waitInterrupted
	// emptied it, but losing an id would let yaegi be entered while that
	// code runs.
	s.after.waitFor = append(s.after.waitFor, waitFor...)
}

// alive returns the goroutines of ids that are still in a goroutine dump.
func (s *Session) alive(ids []uint64) []goroutine.Goroutine {
	if len(ids) == 0 {
		return nil
	}
	var live []goroutine.Goroutine
	for _, g := range s.executions() {
		if slices.Contains(ids, g.ID) {
			live = append(live, g)
		}
	}
	return live
}

// executions returns the goroutines that yaegi's ExecuteWithContext
// started from our worker and that still run.
func (s *Session) executions() []goroutine.Goroutine {
	// A dump that does not fit is taken again whole, and with many
	// goroutines each one is costly (about 40 µs a goroutine): start from
	// what the last one needed, or 1.5 KB a goroutine.
	dump := goroutine.Dump(max(int(s.after.dumpSize.Load())*5/4, runtime.NumGoroutine()*1536, 1<<20), 0)
	s.after.dumpSize.Store(int64(len(dump)))
	var gs []goroutine.Goroutine
	for _, g := range goroutine.Parse(dump) {
		if g.Parent == s.after.workerID && yaegistate.Execution(g.CreatedBy.Function) {
			gs = append(gs, g)
		}
	}
	return gs
}

// AutoImports are the packages cells may use without importing them:
// name to import path.
func (s *Session) AutoImports() map[string]string { return maps.Clone(s.autoImports) }

// LanguageVersion is the Go language level cells can rely on. See doc.go.
func (s *Session) LanguageVersion() string { return "1.23" }

// Close stops the worker and the output readers. Goroutines of cells that
// still run are not stopped; their writes fail from now on.
func (s *Session) Close() {
	s.closeOnce.Do(func() {
		close(s.quit)
		s.streams.Close()
	})
}

// askLine gets one line of the cells' stdin from the frontend; an
// interrupt abandons the request so the cell can stop.
func (s *Session) askLine() (string, error) {
	ex := s.current()
	if ex == nil || ex.sink == nil {
		return "", io.ErrUnexpectedEOF
	}
	type answer struct {
		line string
		err  error
	}
	// What the cell printed before reading (a prompt, typically) must
	// reach the frontend before the input box does.
	s.flush()
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

// FuncName is the name under which a cell declared the interpreted
// function fn runs (a value a cell handed native code), or false for a
// function literal, a method value or a native function.
func (s *Session) FuncName(fn any) (string, bool) {
	return yaegistate.FuncName(reflect.ValueOf(fn))
}
