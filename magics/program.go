package magics

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/gogil/gogil/cellio"
	"github.com/gogil/gogil/kernel"
	"github.com/gogil/gogil/native"
	"github.com/gogil/gogil/session"
	"github.com/gogil/gogil/session/cellsrc"
)

// A cell the interpreter refuses to compile (a feature yaegi lacks, such
// as a generic type alias or a self-referring function type) runs as a Go
// program of its own, built by the go command, when it is one: it declares
// or imports everything it uses, and it runs something (statements, or a
// func main). It prints what go run prints, and nothing else: a cell
// pasted from a tutorial shows exactly the program's output. What it
// declares is not kept for later cells; a later cell that uses one of
// those names is told then why it is undefined (explainUndefined), which
// is where the user needs to know.
//
// So does a cell that began to run and ended on a gap (cellio.Error's
// Unsupported: something Go runs that the interpreter cannot run as Go
// does): its output so far is cleared and it runs again from its start
// as a program, whose output alone the cell then shows. What it did
// before the gap outside its output (files it wrote, say) it does twice.
// What it declared stays in the interpreter, as for any cell that failed
// at run time.
//
// A cell that uses what earlier cells declared is a program too when the
// program can take those declarations along as the session holds them
// (cellsrc.ProgramWith, from the history that pools replay): types,
// functions, constants, values nothing changed. A cell that only
// declares, declarations the interpreter refuses but Go builds, keeps
// them for such programs (keepForPrograms) instead of failing.
//
// A cell that declares again, differently, a type or method an earlier
// cell declared (which the interpreter refuses: it would keep running the
// first) runs as a program too, when it stands alone; later cells still
// see the first definitions, and it says so.
//
// A refused cell changed nothing of the interpreter's state (the session
// rolls back a failed compilation), and a program shares no memory with
// the kernel. Cells under %%gil or %%nogil (which the lock instruments)
// and the cells of pool workers and sub-interpreters never run as
// programs; nor does a cell that failed on its own error (a panic of its
// own, a type error): a program would fail the same way.

// notReplayed ends a cell that ran as a program in the history that pools
// replay: its kind is none of those whose statements ran in the session.
var notReplayed = cellio.Failure("RanAsProgram", "the cell ran as a program")

// What a cell that declares again an earlier cell's type and runs as a
// program says first: later cells would otherwise run the first
// definitions with no word of it.
const redefinedNotice = "gogil: the interpreter cannot run this cell (%s), so it runs as a Go program of its own, built with the go command. It keeps nothing: later cells still see the earlier definitions (restart the kernel to replace them).\n"

// How the current cell ran, where it ran as a program (Layer.ranAs).
const (
	ranRefused = "refused" // the interpreter refused it
	ranAgain   = "again"   // it ran again after a gap
	ranKept    = "kept"    // its declarations are kept for programs
)

// keptForPrograms ends, in the history, a cell that only declares and
// whose declarations the interpreter refused though they are Go: they
// are kept for the programs of later cells (cellsrc.Earlier), never for
// pools, whose interpreters would refuse them too.
var keptForPrograms = cellio.Failure("KeptForPrograms", "the interpreter cannot hold its declarations")

// What a cell whose declarations are kept for programs says.
const keptNotice = "gogil: the interpreter cannot hold these declarations (%s). They are Go, and kept: a later cell that uses them runs as a Go program of its own, with them, built by the go command (it keeps nothing for the cells after it).\n"

// runAsProgram runs a cell the session refused with failure as a program,
// when it is one; ok is false when it is not (the failure stands), and
// why then says why it is none ("" when its program did not build).
func (l *Layer) runAsProgram(ctx context.Context, c session.Cell, out cellio.Cell, failure *cellio.Error) (outcome kernel.Outcome, ok bool, why string) {
	redefines := failure.Kind == cellio.TypeRedefinition || failure.Kind == cellio.MethodRedefinition
	refused := (failure.Kind == cellio.CompileError && !failure.Unsupported) || redefines
	if l.history == nil || c.Rewrite != nil || !(refused || failure.Unsupported) {
		return kernel.Outcome{}, false, "a cell under %%gil or %%nogil, or a pool's, never runs as a program"
	}
	earlier := l.earlierCells()
	prog, why := cellsrc.ProgramWith(c.Code, earlier, l.autoImports, programImportable)
	if why == cellsrc.WhyRunsNothing && refused && !redefines {
		outcome, ok := l.keepForPrograms(ctx, c, out, failure, earlier)
		return outcome, ok, "" // its declarations did not build, or were imports alone
	}
	if why != "" {
		if failure.Kind != cellio.CompileError { // a compile error is most likely the cell's own, which the note would only cloud
			failure.Traceback = append(failure.Traceback, "(a cell the interpreter cannot run runs as a Go program of its own when it stands alone; this one does not: "+why+")")
		}
		return kernel.Outcome{}, false, why
	}
	built, err := l.native.BuildProgram(ctx, prog.Text, prog.Imports)
	switch {
	case errors.Is(err, context.Canceled):
		return kernel.Outcome{Err: cellio.Failure(cellio.KeyboardInterrupt, "the build was interrupted")}, true, ""
	case err != nil:
		// Not a program after all (it needs an earlier cell's names the
		// parser took for its own, a module that does not resolve...):
		// the interpreter's error says what the user can act on.
		return kernel.Outcome{}, false, ""
	}
	switch {
	case refused:
		if redefines {
			reason, _, _ := strings.Cut(failure.Value, "\n")
			out.Stream("stderr", fmt.Sprintf(redefinedNotice, reason))
		}
		l.ranAs = ranRefused
		for _, name := range prog.Names {
			l.programNames[name] = true
		}
	default:
		out.ClearOutput(true)
		l.ranAs = ranAgain
	}
	stdout, stderr := &streamWriter{out: out, name: "stdout"}, &streamWriter{out: out, name: "stderr"}
	err = built.Run(ctx, "", stdout, stderr)
	stdout.flush()
	stderr.flush()
	var exit *native.ProgramExit
	switch {
	case err == nil:
		return kernel.Outcome{}, true, ""
	case errors.Is(err, context.Canceled):
		return kernel.Outcome{Err: cellio.Failure(cellio.KeyboardInterrupt, "the program was interrupted (killed)")}, true, ""
	case errors.As(err, &exit) && exit.Panic != "":
		return kernel.Outcome{Err: &cellio.Error{Kind: cellio.Panic, Value: strings.TrimPrefix(exit.Panic, "panic: "),
			Traceback: []string{exit.Panic}}}, true, ""
	case errors.As(err, &exit):
		how := fmt.Sprintf("os.Exit(%d) was called", exit.Code)
		if exit.Code == 1 {
			how = "os.Exit(1) or log.Fatal was called"
		}
		return kernel.Outcome{Err: cellio.Failure(cellio.Exit, fmt.Sprintf("exit status %d: %s; the kernel keeps running", exit.Code, how))}, true, ""
	}
	return kernel.Outcome{Err: cellio.Failure(cellio.InternalError, "running the cell's program: "+err.Error())}, true, ""
}

// keepForPrograms keeps the declarations of a cell that only declares,
// which the interpreter refused, for the programs of later cells, when
// they are Go: its program with a main that does nothing builds. Where
// it does not, the interpreter's error stands (the cell's own error, most
// likely).
func (l *Layer) keepForPrograms(ctx context.Context, c session.Cell, out cellio.Cell, failure *cellio.Error, earlier []cellsrc.Earlier) (kernel.Outcome, bool) {
	prog, why := cellsrc.DeclarationsProgram(c.Code, earlier, l.autoImports, programImportable)
	if why != "" || len(prog.Names) == 0 {
		return kernel.Outcome{}, false // nothing to keep (imports alone)
	}
	if _, err := l.native.BuildProgram(ctx, prog.Text, prog.Imports); err != nil {
		if errors.Is(err, context.Canceled) {
			return kernel.Outcome{Err: cellio.Failure(cellio.KeyboardInterrupt, "the build was interrupted")}, true
		}
		return kernel.Outcome{}, false
	}
	reason, _, _ := strings.Cut(failure.Value, "\n")
	out.Stream("stderr", fmt.Sprintf(keptNotice, reason))
	l.ranAs = ranKept
	for _, name := range prog.Names {
		l.keptNames[name] = true
	}
	return kernel.Outcome{}, true
}

// earlierCells are the cells that ran before the running one, as its
// program may borrow their declarations: what the session kept of each
// (the history pools replay records the same).
func (l *Layer) earlierCells() []cellsrc.Earlier {
	cells := l.history.since(0)
	if len(cells) > 0 {
		cells = cells[:len(cells)-1] // the running cell, last
	}
	earlier := make([]cellsrc.Earlier, 0, len(cells))
	for _, c := range cells {
		if c.code != "" {
			earlier = append(earlier, cellsrc.Earlier{Count: c.count, Code: c.code, LeadingOnly: c.leadingOnly, Opaque: c.opaque})
		}
	}
	return earlier
}

// programImportable tells which packages a cell's program may import:
// any but gogil's own (the lock, threads, display), which live in the
// kernel process.
func programImportable(path string) bool {
	return !strings.HasPrefix(path, "github.com/gogil/gogil") && !strings.HasPrefix(path, "gogil.")
}

// undefinedName finds the names an interpreter error says are undefined.
var undefinedName = regexp.MustCompile(`undefined: ([\p{L}\p{N}_]+)`)

// explainUndefined adds to a compile error that names an undefined name
// declared by a cell that ran as a program, or by one whose declarations
// are kept for programs, why it is undefined; why is why the cell is no
// program itself (runAsProgram).
func (l *Layer) explainUndefined(failure *cellio.Error, why string) {
	if failure == nil || failure.Kind != cellio.CompileError || len(l.programNames)+len(l.keptNames) == 0 {
		return
	}
	var kept, names []string
	for _, m := range undefinedName.FindAllStringSubmatch(failure.Value, -1) {
		name := m[1]
		if l.keptNames[name] && !slices.Contains(kept, name) {
			kept = append(kept, name)
		}
		if l.programNames[name] && !slices.Contains(names, name) {
			names = append(names, name)
		}
	}
	sort.Strings(kept)
	sort.Strings(names)
	switch {
	case len(kept) > 0 && why != "":
		failure.Traceback = append(failure.Traceback, fmt.Sprintf("(%s was declared by a cell whose declarations the interpreter cannot hold, kept for cells that run as Go programs; this one cannot: %s)", strings.Join(kept, ", "), why))
	case len(kept) > 0:
		failure.Traceback = append(failure.Traceback, fmt.Sprintf("(%s was declared by a cell whose declarations the interpreter cannot hold, kept for cells that run as Go programs; this cell's program did not build: the interpreter's error above may be its own)", strings.Join(kept, ", ")))
	}
	if len(names) > 0 {
		failure.Traceback = append(failure.Traceback, fmt.Sprintf("(%s was declared by a cell that ran as a Go program of its own, which keeps nothing for later cells: declare it again here, or in a cell the interpreter can run)", strings.Join(names, ", ")))
	}
}

// streamWriter writes to one of a cell's streams, holding back the bytes
// of a character a write cut in two until the rest comes (a stream is
// text: a cut character would reach the notebook as U+FFFD). One
// goroutine writes each (exec.Cmd copies each pipe on its own).
type streamWriter struct {
	out     cellio.Cell
	name    string
	pending []byte
}

func (w *streamWriter) Write(p []byte) (int, error) {
	buf := append(w.pending, p...)
	cut := len(buf)
	for back := 1; back <= utf8.UTFMax && back <= len(buf); back++ {
		if r := buf[len(buf)-back]; utf8.RuneStart(r) {
			if !utf8.FullRune(buf[len(buf)-back:]) {
				cut = len(buf) - back
			}
			break
		}
	}
	w.out.Stream(w.name, string(buf[:cut]))
	w.pending = append([]byte(nil), buf[cut:]...)
	return len(p), nil
}

// flush writes what is held back, when the program has ended.
func (w *streamWriter) flush() {
	if len(w.pending) > 0 {
		w.out.Stream(w.name, string(w.pending))
		w.pending = nil
	}
}
