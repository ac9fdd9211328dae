package magics

import (
	"context"
	"errors"
	"fmt"
	"go/parser"
	"go/token"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gogil/gogil/cellio"
	"github.com/gogil/gogil/kernel"
	"github.com/gogil/gogil/native"
	"github.com/gogil/gogil/session"
)

// ToolchainError is a %%native cell on a machine that cannot build it.
const ToolchainError cellio.Kind = "ToolchainError"

// ModuleError is a Go module that cannot be used here: not found, not
// fetchable, or at a version the kernel cannot load beside its own.
const ModuleError cellio.Kind = "ModuleError"

// nativeMagic is %%native and %%native nogil: the cell is compiled (package
// native), and what it declares is then declared in the session under its
// own names.
func (l *Layer) nativeMagic(args []string, out cellio.Cell, next run) (run, error) {
	nogil := false
	switch {
	case len(args) == 1 && args[0] == "nogil":
		nogil = true
	case len(args) > 0:
		return nil, fmt.Errorf("takes one optional argument, nogil, not %q", strings.Join(args, " "))
	}
	return func(ctx context.Context, c session.Cell) kernel.Outcome {
		if c.Rewrite != nil {
			return usageError("%%native compiles the cell: it cannot be combined with %%gil or %%nogil (use gil.SaveThread or %%native nogil inside)")
		}
		p := newProgress(out)
		cell, err := l.native.CompileShowing(ctx, c.Code, nogil, p.step)
		if err != nil {
			p.done("%%native: failed after " + p.elapsed())
			return nativeFailure(err)
		}
		if err := l.session.Use(cell.Package); err != nil {
			return kernel.Outcome{Err: cellio.Failure(cellio.InternalError, err.Error())}
		}
		how := "built"
		if cell.Cached {
			how = "cached"
		}
		p.done(fmt.Sprintf("%%%%native: %s in %s", how, cell.Took.Round(time.Millisecond)))
		noteAll(out, cell.Notes)
		return next(ctx, session.Cell{Code: cell.Binding, Started: c.Started})
	}, nil
}

func noteAll(out cellio.Cell, notes []string) {
	for _, n := range notes {
		out.Stream("stderr", "gogil: "+n+"\n")
	}
}

// goMagic is %go get MODULE@VERSION: the version of a module that compiled
// cells and imports of later cells use, for the kernel's session.
func (l *Layer) goMagic(args []string, out cellio.Cell, next run) (run, error) {
	if len(args) < 2 || args[0] != "get" {
		return nil, fmt.Errorf("only %%go get MODULE@VERSION is supported")
	}
	return func(ctx context.Context, c session.Cell) kernel.Outcome {
		for _, spec := range args[1:] {
			module, version, err := l.native.GoGet(ctx, spec)
			if err != nil {
				return nativeFailure(err)
			}
			out.Stream("stdout", fmt.Sprintf("%s %s: used by this kernel's compiled cells and imports\n", module, version))
		}
		return next(ctx, c)
	}, nil
}

// importModules compiles the packages of Go modules an interpreted cell
// imports (package native, once per kernel) and gives them to the session
// before the cell runs.
func (l *Layer) importModules(ctx context.Context, code string, out cellio.Cell) *cellio.Error {
	file, err := parser.ParseFile(token.NewFileSet(), "cell.go", "package cell;"+code, parser.ImportsOnly)
	if err != nil || len(file.Imports) == 0 {
		return nil // the session reports syntax errors
	}
	for _, im := range file.Imports {
		path, _ := strconv.Unquote(im.Path.Value)
		first, _, _ := strings.Cut(path, "/")
		if !strings.Contains(first, ".") || strings.HasPrefix(path, "github.com/gogil/gogil/") || strings.HasPrefix(path, "gogil.native/") || l.modulesUsed[path] {
			continue
		}
		p := newProgress(out)
		pkgs, notes, err := l.native.Import(ctx, path, p.step)
		if err != nil {
			p.done("import " + strconv.Quote(path) + ": failed after " + p.elapsed())
			return nativeFailure(err).Err
		}
		p.done(fmt.Sprintf("import %q: compiled in %s", path, p.elapsed()))
		noteAll(out, notes)
		if err := l.session.Use(pkgs); err != nil {
			return cellio.Failure(cellio.InternalError, err.Error())
		}
		l.modulesUsed[path] = true
	}
	return nil
}

func nativeFailure(err error) kernel.Outcome {
	var ce *native.CompileError
	switch {
	case errors.As(err, &ce):
		return kernel.Outcome{Err: cellio.Failure(cellio.CompileError, ce.Error())}
	case errors.Is(err, native.ErrMissing):
		return kernel.Outcome{Err: cellio.Failure(ToolchainError, err.Error())}
	case errors.Is(err, native.ErrModule):
		return kernel.Outcome{Err: cellio.Failure(ModuleError, err.Error())}
	case errors.Is(err, context.Canceled):
		return kernel.Outcome{Err: cellio.Failure(cellio.KeyboardInterrupt, "the build was interrupted")}
	}
	return kernel.Outcome{Err: cellio.Failure(cellio.CompileError, err.Error())}
}

// progress shows what a build does in one display, updated in place while
// it runs (update_display_data) and ending with how long it took. A cell
// that needed no build gets a plain line instead.
type progress struct {
	out   cellio.Cell
	start time.Time
	id    string

	mu    sync.Mutex
	what  string
	shown bool
	stop  chan struct{}
}

var progressIDs atomic.Int64

func newProgress(out cellio.Cell) *progress {
	return &progress{out: out, start: time.Now(), stop: make(chan struct{})}
}

func (p *progress) elapsed() string { return time.Since(p.start).Round(10 * time.Millisecond).String() }

func (p *progress) step(what string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.what = "%%native: " + what
	if !p.shown {
		p.shown = true
		p.id = fmt.Sprintf("gogil-native-%d-%d", time.Now().UnixNano(), progressIDs.Add(1))
		p.out.Display(cellio.Output{Data: map[string]any{"text/plain": p.what + "…"}, DisplayID: p.id})
		go p.tick()
		return
	}
	p.show(p.what+"…", true)
}

// tick updates the elapsed time a few times a second.
func (p *progress) tick() {
	t := time.NewTicker(250 * time.Millisecond)
	defer t.Stop()
	for {
		select {
		case <-p.stop:
			return
		case <-t.C:
			p.mu.Lock()
			p.show(fmt.Sprintf("%s… %s", p.what, p.elapsed()), true)
			p.mu.Unlock()
		}
	}
}

func (p *progress) show(text string, update bool) {
	p.out.Display(cellio.Output{Data: map[string]any{"text/plain": text}, DisplayID: p.id, Update: update})
}

func (p *progress) done(final string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if !p.shown {
		p.out.Stream("stdout", final+"\n")
		return
	}
	close(p.stop)
	p.show(final, true)
}
