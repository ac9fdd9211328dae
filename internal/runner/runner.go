package runner

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/gogil/gogil/internal/client"
	"github.com/gogil/gogil/internal/notebook"
	"github.com/gogil/gogil/kernel/wire"
)

// Options describe one run.
type Options struct {
	// Notebook is the path of the notebook to run.
	Notebook string
	// Output is where the executed notebook goes. Empty means NAME.nbconvert.ipynb
	// next to the input, as `jupyter nbconvert --execute --to notebook`
	// does; the input is never overwritten unless Output names it.
	Output string
	// Timeout bounds each cell; zero means no limit. A cell that runs out
	// of time is interrupted and the run stops with an error.
	Timeout time.Duration
	// StartupTimeout bounds the kernel's start; default one minute.
	StartupTimeout time.Duration
	// AllowErrors keeps going after a cell that raised (the error is
	// recorded as the cell's output) instead of stopping at it.
	AllowErrors bool
	// KernelArgv starts the kernel; "{connection_file}" is replaced.
	KernelArgv []string
	// Kernelspec is written into the notebook metadata when the notebook
	// has none; nil derives one from the kernel's language.
	Kernelspec *notebook.Kernelspec
	// Stdout receives the progress lines and the cells' outputs; nil
	// discards them.
	Stdout io.Writer
	// KernelOutput receives the kernel process's own stdout and stderr
	// (not the cells' output, which comes through the protocol); nil
	// discards them.
	KernelOutput io.Writer
	// Color keeps ANSI colour escapes (of tracebacks, of text drawings
	// such as gogil's timelines) on Stdout and redraws updated displays
	// in place: set it when Stdout is a terminal. NO_COLOR in the
	// environment (no-color.org) turns it off.
	Color bool
}

// DefaultOutput is where Run writes the executed notebook when
// Options.Output is empty: "dir/NAME.nbconvert.ipynb" for "dir/NAME.ipynb".
func DefaultOutput(notebookPath string) string {
	ext := filepath.Ext(notebookPath)
	return strings.TrimSuffix(notebookPath, ext) + ".nbconvert.ipynb"
}

// ErrTimeout is wrapped by the CellError of a cell that ran out of time.
var ErrTimeout = errors.New("cell timed out")

// CellError says which cell stopped the run and why.
type CellError struct {
	Index     int    // of the cell in the notebook, from 0
	CodeIndex int    // among the code cells, from 1 (as shown in progress)
	Source    string // the cell's first line
	EName     string
	EValue    string
	Err       error // ErrTimeout, a protocol error, or nil for an error the cell raised
}

func (e *CellError) Error() string {
	what := e.EName
	if e.EValue != "" {
		what += ": " + e.EValue
	}
	if e.Err != nil {
		if what != "" {
			what = e.Err.Error() + " (" + what + ")"
		} else {
			what = e.Err.Error()
		}
	}
	return fmt.Sprintf("cell %d (%s): %s", e.CodeIndex, e.Source, what)
}

func (e *CellError) Unwrap() error { return e.Err }

// Run executes the notebook as described by opts and writes the executed
// notebook, also when a cell fails (with the outputs so far). It returns
// a *CellError when a cell raised (unless AllowErrors) or timed out.
func Run(ctx context.Context, opts Options) error {
	if len(opts.KernelArgv) == 0 {
		return errors.New("run: no kernel command line")
	}
	if opts.Output == "" {
		opts.Output = DefaultOutput(opts.Notebook)
	}
	if opts.StartupTimeout <= 0 {
		opts.StartupTimeout = time.Minute
	}
	nb, err := notebook.Read(opts.Notebook)
	if err != nil {
		return fmt.Errorf("run: %w", err)
	}
	if os.Getenv("NO_COLOR") != "" {
		opts.Color = false
	}
	term := &terminal{w: opts.Stdout, color: opts.Color, atLineStart: true}
	if term.w == nil {
		term.w = io.Discard
	}

	startCtx, cancel := context.WithTimeout(ctx, opts.StartupTimeout)
	kernel, err := client.Launch(startCtx, opts.KernelArgv, client.Options{KernelOutput: opts.KernelOutput})
	cancel()
	if err != nil {
		return fmt.Errorf("run: starting the kernel: %w", err)
	}
	defer kernel.Close()
	term.printf("kernel %s started in %s\n", kernelName(kernel), kernel.Startup().Round(time.Millisecond))
	setLanguageMetadata(nb, kernel, opts.Kernelspec)

	r := &run{opts: opts, kernel: kernel, nb: nb, term: term, recorder: newRecorder()}
	runErr := r.cells(ctx)
	shutdown(kernel)
	if err := notebook.Write(opts.Output, nb); err != nil {
		return errors.Join(runErr, fmt.Errorf("run: %w", err))
	}
	term.printf("wrote %s\n", opts.Output)
	return runErr
}

type run struct {
	opts     Options
	kernel   *client.Client
	nb       *notebook.Notebook
	term     *terminal
	recorder *recorder
}

// cells runs the code cells in order, stopping at the first failure.
func (r *run) cells(ctx context.Context) error {
	total := 0
	for _, cell := range r.nb.Cells {
		if cell.Type == notebook.Code {
			total++
		}
	}
	codeIndex := 0
	for i, cell := range r.nb.Cells {
		if cell.Type != notebook.Code {
			continue
		}
		codeIndex++
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("run cancelled before cell %d: %w", codeIndex, err)
		}
		r.recorder.reset(cell)
		if strings.TrimSpace(cell.Source) == "" {
			continue // nbclient leaves empty cells unexecuted
		}
		label := fmt.Sprintf("[cell %d/%d]", codeIndex, total)
		r.term.printf("%s %s\n", label, firstLine(cell.Source))
		start := time.Now()
		x, err := r.execute(ctx, cell)
		r.term.flushUpdates()
		elapsed := fmt.Sprintf("%.2fs", time.Since(start).Seconds())
		cellErr := &CellError{Index: i, CodeIndex: codeIndex, Source: firstLine(cell.Source)}
		switch {
		case err != nil:
			cellErr.Err = err
			if failed := x.Failed(); failed != nil {
				cellErr.EName, cellErr.EValue = failed.EName, failed.EValue
			}
			r.term.printf("%s failed after %s: %v\n", label, elapsed, err)
			return cellErr
		case x.Failed() != nil:
			failed := x.Failed()
			cellErr.EName, cellErr.EValue = failed.EName, failed.EValue
			r.term.printf("%s %s: %s (%s)\n", label, failed.EName, failed.EValue, elapsed)
			if !r.opts.AllowErrors && !raisesException(cell) {
				return cellErr
			}
		default:
			r.term.printf("%s %s\n", label, elapsed)
		}
	}
	return nil
}

// execute runs one cell, recording and showing its outputs as they come.
// On a timeout (or ctx's end) it interrupts the kernel and collects what
// the interrupted cell still publishes.
func (r *run) execute(ctx context.Context, cell *notebook.Cell) (*client.Execution, error) {
	stopOnError := !r.opts.AllowErrors && !raisesException(cell)
	h, err := r.kernel.StartExecute(ctx, cell.Source, client.ExecuteOptions{
		StopOnError: &stopOnError,
		OnOutput: func(o client.Output) {
			r.recorder.record(cell, o)
			r.term.output(o)
		},
	})
	if err != nil {
		return &client.Execution{}, err
	}
	defer h.Close()
	cellCtx, cancel := ctx, context.CancelFunc(func() {})
	if r.opts.Timeout > 0 {
		cellCtx, cancel = context.WithTimeout(ctx, r.opts.Timeout)
	}
	x, err := h.Wait(cellCtx)
	cancel()
	if err == nil {
		r.setCount(cell, x)
		return x, nil
	}
	if !errors.Is(err, context.DeadlineExceeded) && !errors.Is(err, context.Canceled) {
		r.setCount(cell, x)
		return x, err // the kernel died or the client broke: nothing to interrupt
	}
	cause := ErrTimeout
	if ctx.Err() != nil {
		cause = fmt.Errorf("run cancelled: %w", ctx.Err())
	}
	r.term.printf("interrupting the kernel\n")
	r.interrupt()
	grace, cancelGrace := context.WithTimeout(context.Background(), 10*time.Second)
	x, waitErr := h.Wait(grace)
	cancelGrace()
	r.setCount(cell, x)
	if x.Failed() == nil {
		// The kernel published no error of its own: say in the notebook
		// why the cell's output ends here.
		what := "cell was interrupted"
		if errors.Is(cause, ErrTimeout) {
			what = fmt.Sprintf("cell did not finish within %s", r.opts.Timeout)
		}
		r.recorder.record(cell, client.Output{MsgType: "error", Error: &wire.ErrorContent{EName: "CellTimeoutError", EValue: what}})
	}
	if waitErr != nil {
		return x, fmt.Errorf("%w; the kernel did not answer the interrupt: %w", cause, waitErr)
	}
	return x, cause
}

// interrupt asks the kernel to interrupt, by message and, if that is not
// answered, by SIGINT.
func (r *run) interrupt() {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if _, err := r.kernel.Interrupt(ctx); err != nil {
		_ = r.kernel.Signal(os.Interrupt)
	}
}

func (r *run) setCount(cell *notebook.Cell, x *client.Execution) {
	if x != nil && x.ExecutionCount > 0 {
		count := x.ExecutionCount
		cell.ExecutionCount = &count
	}
}

// shutdown ends the kernel politely, then firmly: Close kills what is left.
func shutdown(kernel *client.Client) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if _, err := kernel.Shutdown(ctx, false); err == nil {
		_ = kernel.Wait(ctx)
	}
}

func kernelName(kernel *client.Client) string {
	info := kernel.StartupInfo()
	if info == nil {
		return "?"
	}
	name := info.Implementation
	if info.ImplementationVersion != "" {
		name += " " + info.ImplementationVersion
	}
	return name
}

// setLanguageMetadata records the kernel's language_info, as the kernel
// sent it, and a kernelspec if the notebook has none.
func setLanguageMetadata(nb *notebook.Notebook, kernel *client.Client, spec *notebook.Kernelspec) {
	var content struct {
		LanguageInfo *notebook.LanguageInfo `json:"language_info"`
	}
	if m := kernel.StartupInfoMessage(); m != nil && json.Unmarshal(m.Content, &content) == nil && content.LanguageInfo != nil {
		nb.Metadata.LanguageInfo = content.LanguageInfo
	}
	if nb.Metadata.Kernelspec != nil {
		return
	}
	if spec == nil && nb.Metadata.LanguageInfo != nil {
		lang := nb.Metadata.LanguageInfo.Name
		spec = &notebook.Kernelspec{Name: lang, DisplayName: lang, Language: lang}
	}
	nb.Metadata.Kernelspec = spec
}

// raisesException reports whether the cell is tagged "raises-exception":
// as with nbclient, its error is expected and does not stop the run.
func raisesException(cell *notebook.Cell) bool {
	tags, _ := cell.Metadata["tags"].([]any)
	for _, tag := range tags {
		if tag == "raises-exception" {
			return true
		}
	}
	return false
}
