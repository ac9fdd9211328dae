package magics

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"runtime"
	"sort"
	"strings"

	"github.com/gogil/gogil/cellio"
	"github.com/gogil/gogil/internal/goroutine"
	"github.com/gogil/gogil/interpreters"
	"github.com/gogil/gogil/kernel"
	"github.com/gogil/gogil/multiprocessing"
	"github.com/gogil/gogil/native"
	"github.com/gogil/gogil/session"
	"github.com/gogil/gogil/threading"
)

// Options configure the layer.
type Options struct {
	Version string // gogil's version, for kernel_info_reply
}

// Layer is gogil's kernel.Interpreter: magics on top of a Go session, and
// the interpreter lock they share.
type Layer struct {
	session *session.Session
	world   *lockWorld
	version string
	magics  map[string]magic
	native  *native.Compiler
	// modulesUsed are the module packages interpreted cells imported,
	// compiled and given to the session (only Execute touches it).
	modulesUsed map[string]bool
	// history is what pools' interpreters replay of the cells that ran
	// (nil in a worker's or a sub-interpreter's Layer: it has no pools).
	history   *cellHistory
	processes *multiprocessing.Module // worker process pools
	// subs are the sub-interpreters of package interpreters and what they
	// are given of the cells that ran.
	subs *subHost
	// autoImports are the packages cells use without importing them, by
	// name, for a cell that runs as a program (program.go).
	autoImports map[string]string
	// programNames are what cells that ran as programs declared, and
	// ranAs says how the current cell ran as one, if it did (only
	// Execute touches them).
	programNames map[string]bool
	ranAs        string
	// keptNames are what cells whose declarations are kept for programs
	// declared.
	keptNames map[string]bool
}

// run executes a cell (its code with the magic lines blanked out); magics
// wrap it, and may set the cell's rewrite hook and spawner.
type run func(ctx context.Context, c session.Cell) kernel.Outcome

// magic is one entry of the table that %lsmagic lists.
type magic struct {
	cell    bool // %%name applies to the whole cell; %name is a line magic
	usage   string
	summary string
	// wrap returns next with the magic around it. args are the words after
	// the magic's name; out is the cell's output.
	wrap func(args []string, out cellio.Cell, next run) (run, error)
}

// New starts a Go session with magics on top.
func New(opts Options) (*Layer, error) { return newLayer(opts, false, nil) }

// newLayer is New, for a kernel, for a pool's worker process (worker), or
// with hook for a sub-interpreter's Layer (subinterp.go): hook is then its
// one extra package. Workers and sub-interpreters get no pools of their own.
func newLayer(opts Options, worker bool, hook map[string]map[string]reflect.Value) (*Layer, error) {
	l := &Layer{version: opts.Version, modulesUsed: map[string]bool{}, programNames: map[string]bool{}, keptNames: map[string]bool{}}
	if hook == nil && !worker {
		l.history = &cellHistory{}
	}
	l.subs = newSubHost(l.history)
	l.world = newLockWorld(l.reportThreadError)
	l.processes = l.newProcesses(worker || hook != nil)
	sopts := l.world.sessionOptions(l.processes)
	if hook == nil && !worker {
		pools := interpreters.New(interpreters.Host{Lock: l.world.lock, New: l.subs.newInterp, Name: funcName})
		addPackage(sopts, pools.Exports(), "interpreters", interpreters.ImportPath)
	} else if hook != nil {
		addPackage(sopts, hook, "subhook", hookPath)
	}
	s, err := session.New(sopts)
	if err != nil {
		return nil, err
	}
	l.session = s
	l.autoImports = s.AutoImports()
	l.world.lock.ReadFrames(func(frames []goroutine.Frame) []goroutine.Frame {
		return native.CellFrames(s.InterpretedFrames(frames))
	})
	l.subs.forward = s.StreamToOwner
	l.native = native.New(l.world.lock, native.Options{Report: func(text string) { s.StreamToOwner("stderr", text) }})
	l.magics = map[string]magic{
		"lsmagic":  {usage: "%lsmagic", summary: "list the available magics", wrap: l.lsmagic},
		"time":     {cell: true, usage: "%%time", summary: "time the cell: CPU (user, sys) and wall time, as IPython prints them", wrap: timeMagic},
		"gil":      {cell: true, usage: "%%gil", summary: "run the cell as CPython would: holding the interpreter lock, yielding at check points", wrap: l.lockMagic(holding)},
		"nogil":    {cell: true, usage: "%%nogil", summary: "the cell and the functions it defines run without the lock (like Numba's nogil=True)", wrap: l.lockMagic(releasing)},
		"go":       {usage: "%go get MODULE@VERSION", summary: "pin the version of a Go module that compiled cells and imports use in this kernel", wrap: l.goMagic},
		"native":   {cell: true, usage: "%%native [nogil]", summary: "compile the cell's Go declarations with the Go toolchain, callable from later cells (like %%cython; nogil: like Numba's nogil=True)", wrap: l.nativeMagic},
		"timeline": {cell: true, usage: "%%timeline", summary: "record the interpreter lock while the cell runs and draw who held it, who waited, who asked it to drop", wrap: l.timelineMagic},
	}
	return l, nil
}

// Info describes gogil for kernel_info_reply.
func (l *Layer) Info() kernel.LanguageInfo {
	level := l.session.LanguageVersion()
	return kernel.LanguageInfo{
		Implementation:        "gogil",
		ImplementationVersion: l.version,
		Name:                  "go",
		Version:               level,
		MIMEType:              "text/x-go",
		FileExtension:         ".go",
		PygmentsLexer:         "go",
		CodeMirrorMode:        "go",
		Banner: fmt.Sprintf("gogil %s: Go %s cells (yaegi interpreter, built with %s) with a model of CPython's GIL.\n"+
			"Magics: %%lsmagic lists them.", l.version, level, runtime.Version()),
		HelpLinks: []kernel.HelpLink{
			{Text: "Go language specification", URL: "https://go.dev/ref/spec"},
			{Text: "Go standard library", URL: "https://pkg.go.dev/std"},
			{Text: "yaegi (the Go interpreter)", URL: "https://github.com/traefik/yaegi"},
		},
	}
}

// Execute runs a cell: its magics, outermost first, around the Go code.
func (l *Layer) Execute(ctx context.Context, req kernel.ExecuteInput, cell cellio.Cell) kernel.Outcome {
	if outcome, ok := l.shortcut(req.Code); ok {
		return outcome
	}
	p, err := parse(req.Code)
	if err != nil {
		return usageError(err.Error() + "\n" + l.listing())
	}
	next := run(func(ctx context.Context, c session.Cell) kernel.Outcome {
		if failure := l.importModules(ctx, c.Code, cell); failure != nil {
			return kernel.Outcome{Err: failure}
		}
		res, failure := l.session.Execute(ctx, c, cell)
		if failure != nil {
			out, ran, why := l.runAsProgram(ctx, c, cell, failure)
			if ran {
				return out
			}
			l.explainUndefined(failure, why)
		}
		return outcome(res, failure)
	})
	for _, inv := range p.magics {
		if inv.cell && p.empty() {
			return usageError(fmt.Sprintf("%s is a cell magic, but the cell body is empty.", spell(inv)))
		}
	}
	for i := len(p.magics) - 1; i >= 0; i-- {
		inv := p.magics[i]
		m, ok := l.magics[inv.name]
		if !ok || m.cell != inv.cell {
			return usageError(fmt.Sprintf("line %d: unknown magic %s\n%s", inv.line, spell(inv), l.listing()))
		}
		next, err = m.wrap(inv.args, cell, next)
		if err != nil {
			return usageError(fmt.Sprintf("line %d: %s: %v\nusage: %s", inv.line, spell(inv), err, m.usage))
		}
	}
	done := l.history.start(req.Code, p, req.ExecutionCount)
	l.ranAs = ""
	out := l.runCell(ctx, cell, next, p.code)
	switch l.ranAs {
	case ranRefused:
		// Pools replay nothing of it: its names are nowhere.
		done(notReplayed)
	case ranKept:
		done(keptForPrograms)
	default:
		done(out.Err)
	}
	return out
}

// addPackage gives cells one more package, usable without an import.
func addPackage(opts session.Options, exports map[string]map[string]reflect.Value, name, path string) {
	for k, v := range exports {
		opts.Packages[k] = v
	}
	opts.AutoImport[name] = path
}

// runCell runs a cell with the lock's interrupts tied to the kernel's, and
// leaves the lock as it found it: not held by the main thread.
func (l *Layer) runCell(ctx context.Context, cell cellio.Cell, next run, code string) kernel.Outcome {
	lock := l.world.lock
	intr := lock.Interrupter()
	intr.Reset()
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	stop := context.AfterFunc(ctx, intr.Interrupt)
	defer stop()
	stopWatching := l.world.watch(ctx, cancel)
	armGuard, stopGuard := guardStack(ctx, cancel, stackLimit)
	outcome := next(ctx, session.Cell{Code: code, Spawn: plainSpawnName, Started: armGuard})
	stopGuard()
	stopWatching()
	var stall *stallError
	var deep *stackError
	switch cause := context.Cause(ctx); {
	case errors.As(cause, &stall):
		outcome = kernel.Outcome{Err: &cellio.Error{Kind: cellio.Deadlock, Value: stall.report,
			Traceback: []string{"Deadlock: " + stall.report}}}
	case errors.As(cause, &deep):
		outcome = kernel.Outcome{Err: &cellio.Error{Kind: deep.kind, Value: deep.Error(),
			Traceback: []string{string(deep.kind) + ": " + deep.Error()}}}
	}
	if main := lock.MainThread(); lock.Held(main) {
		_ = lock.Drop(main)
		if ctx.Err() == nil { // an interrupted cell may stop anywhere, holding it
			cell.Stream("stderr", "gogil: the cell ended holding the interpreter lock (a gil.Ensure without its Release?); it was released.\n")
		}
	}
	return outcome
}

// reportThreadError shows a failed thread under the cell that started it,
// as CPython prints "Exception in thread ..." to stderr. It is called on
// the thread's goroutine (or, for a bad target, on the starter's), which
// the shared registry knows as working for that cell.
func (l *Layer) reportThreadError(name string, err error) {
	var body any = err
	var pe *threading.PanicError
	if errors.As(err, &pe) {
		body = "panic: " + pe.PanicText() // its Error() repeats the header
	}
	l.session.StreamToOwner("stderr", fmt.Sprintf("Exception in thread %s:\n%v\n", name, body))
}

func spell(inv invocation) string {
	if inv.cell {
		return "%%" + inv.name
	}
	return "%" + inv.name
}

func usageError(msg string) kernel.Outcome {
	return kernel.Outcome{Err: cellio.Failure(cellio.UsageError, msg)}
}

// listing is what %lsmagic prints, and what an unknown magic is told.
func (l *Layer) listing() string {
	var lines []string
	for _, m := range l.magics {
		lines = append(lines, fmt.Sprintf("  %-24s %s", m.usage, m.summary))
	}
	sort.Strings(lines)
	return "Available magics:\n" + strings.Join(lines, "\n")
}

func (l *Layer) lsmagic(args []string, out cellio.Cell, next run) (run, error) {
	if len(args) > 0 {
		return nil, fmt.Errorf("takes no arguments")
	}
	return func(ctx context.Context, c session.Cell) kernel.Outcome {
		out.Stream("stdout", l.listing()+"\n")
		return next(ctx, c)
	}, nil
}

// Complete, Inspect and IsComplete see the cell with its magic lines
// blanked out, so offsets stay those of the cell.
func (l *Layer) Complete(code string, cursor int) kernel.Completion {
	matches, start, end := l.session.Complete(codeOf(code), cursor)
	return kernel.Completion{Matches: matches, CursorStart: start, CursorEnd: end}
}

func (l *Layer) Inspect(code string, cursor int, detail int) kernel.Inspection {
	text, found := l.session.Inspect(codeOf(code), cursor, detail)
	if !found {
		return kernel.Inspection{}
	}
	return kernel.Inspection{Found: true, Data: map[string]any{"text/plain": text}}
}

// IsComplete answers as IPython's TransformerManager.check_complete does
// for magics: a cell with a cell magic is complete only once its last line
// is blank (how a console user ends the body), whatever the magic, known or
// not; line magics leave the verdict to the code after them. A body Go
// finds incomplete (an open brace) waits for more, blank line or not, with
// Go's indent.
func (l *Layer) IsComplete(code string) kernel.Completeness {
	p, err := parse(code)
	if err != nil {
		if startsCellMagic(code) { // "%%" with no name yet: IPython waits too
			return untilBlankLine(code)
		}
		return kernel.Completeness{Status: "invalid"}
	}
	status, indent := l.session.IsComplete(p.code)
	if !p.hasCellMagic() || status == "incomplete" && !p.empty() {
		return kernel.Completeness{Status: status, Indent: indent}
	}
	return untilBlankLine(code)
}

// untilBlankLine is IPython's rule for a cell magic: complete once the last
// line is blank, else incomplete, indented as that last line.
func untilBlankLine(code string) kernel.Completeness {
	last := lastLine(code)
	if strings.TrimSpace(last) == "" {
		return kernel.Completeness{Status: "complete"}
	}
	if strings.HasPrefix(strings.TrimSpace(last), "%") { // the body starts unindented
		return kernel.Completeness{Status: "incomplete"}
	}
	return kernel.Completeness{Status: "incomplete", Indent: last[:len(last)-len(strings.TrimLeft(last, " \t"))]}
}

func (l *Layer) Shutdown(restart bool) {
	l.processes.Close()
	l.subs.closeAll()
	l.native.Close()
	l.session.Close()
}

// codeOf blanks a cell's magic lines; a malformed magic line is left as it
// is, for the Go side to ignore.
func codeOf(cell string) string {
	p, err := parse(cell)
	if err != nil {
		return cell
	}
	return p.code
}

// outcome turns the session's result into the kernel's.
func outcome(res session.Result, failure *cellio.Error) kernel.Outcome {
	if failure != nil {
		return kernel.Outcome{Err: failure}
	}
	return kernel.Outcome{Result: res.Value}
}
