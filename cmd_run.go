package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/gogil/gogil/internal/notebook"
	"github.com/gogil/gogil/internal/runner"
)

// runNotebook is `gogil run`: it starts this binary as a kernel and
// executes a notebook through it, as nbconvert would, with no Jupyter
// installed.
func runNotebook(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("run", stderr)
	output := fs.String("o", "", "write the executed notebook to `OUT.ipynb` (default NAME.nbconvert.ipynb)")
	timeout := fs.Duration("timeout", 0, "interrupt a cell that runs longer than `D` (e.g. 2m); 0 means no limit")
	allowErrors := fs.Bool("allow-errors", false, "keep going after a cell that fails")
	positional, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	if len(positional) != 1 {
		return fmt.Errorf("%w: expected one notebook, got %d", errUsage, len(positional))
	}
	self, err := os.Executable()
	if err != nil {
		return fmt.Errorf("finding the gogil binary: %w", err)
	}
	// Ctrl-C stops the run; the runner shuts the kernel down on the way out.
	ctx, stop := signal.NotifyContext(ctx, syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	return runner.Run(ctx, runner.Options{
		Notebook:     positional[0],
		Output:       *output,
		Kernelspec:   notebook.GogilKernelspec(),
		Timeout:      *timeout,
		AllowErrors:  *allowErrors,
		KernelArgv:   []string{self, "kernel", "{connection_file}"},
		Stdout:       stdout,
		KernelOutput: stderr,
		Color:        isTerminal(stdout),
	})
}

// isTerminal reports whether w is a character device, where colour helps.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}
