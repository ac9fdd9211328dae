package magics

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/gogil/gogil/cellio"
	"github.com/gogil/gogil/kernel"
	"github.com/gogil/gogil/native"
	"github.com/gogil/gogil/session"
)

// ToolchainError is a %%native cell on a machine that cannot build it.
const ToolchainError cellio.Kind = "ToolchainError"

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
		cell, err := compileSaying(ctx, out, slowBuild, func() (*native.Cell, error) { return l.native.Compile(ctx, c.Code, nogil) })
		if err != nil {
			return nativeFailure(err)
		}
		if err := l.session.Use(cell.Package); err != nil {
			return kernel.Outcome{Err: cellio.Failure(cellio.InternalError, err.Error())}
		}
		how := "built"
		if cell.Cached {
			how = "cached"
		}
		out.Stream("stdout", fmt.Sprintf("%%%%native: %s in %s\n", how, cell.Took.Round(time.Millisecond)))
		return next(ctx, session.Cell{Code: cell.Binding, Started: c.Started})
	}, nil
}

// slowBuild is how long a build runs before the cell says why it waits.
const slowBuild = 2 * time.Second

// compileSaying runs compile and, if it is still building after a while,
// says so in the cell: the first build on a machine compiles Go's runtime
// for plugins, which takes long enough to look like a hung kernel.
func compileSaying(ctx context.Context, out cellio.Cell, after time.Duration, compile func() (*native.Cell, error)) (*native.Cell, error) {
	done, said := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(said)
		select {
		case <-time.After(after):
			out.Stream("stdout", "%%native: still building (the first build on a machine also compiles Go's runtime for plugins: 5-20 s, once; `gogil install` does it ahead)\n")
		case <-done:
		case <-ctx.Done():
		}
	}()
	cell, err := compile()
	close(done)
	<-said // the note is never printed after the build's own line
	return cell, err
}

func nativeFailure(err error) kernel.Outcome {
	var ce *native.CompileError
	switch {
	case errors.As(err, &ce):
		return kernel.Outcome{Err: cellio.Failure(cellio.CompileError, ce.Error())}
	case errors.Is(err, native.ErrMissing):
		return kernel.Outcome{Err: cellio.Failure(ToolchainError, err.Error())}
	case errors.Is(err, context.Canceled):
		return kernel.Outcome{Err: cellio.Failure(cellio.KeyboardInterrupt, "the build was interrupted")}
	}
	return kernel.Outcome{Err: cellio.Failure(cellio.CompileError, err.Error())}
}
