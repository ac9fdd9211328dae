package main

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"time"

	"github.com/gogil/gogil/gil"

	"github.com/gogil/gogil/internal/kernelspec"
	"github.com/gogil/gogil/native"
)

// runInstall is `gogil install`: it registers this binary as the "Go
// (gogil)" kernel.
func runInstall(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	opts, err := kernelspec.ParseArgs("install", args)
	if err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	dir, err := kernelspec.Install(opts)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "Installed kernelspec %s in %s\n", kernelspec.Name, dir)
	if opts.Scope != kernelspec.User && opts.Executable == "" {
		// Installing still succeeds: the one who installs may be the only
		// user (a container, a test), and the binary may be moved later.
		if program, err := kernelspec.Executable(); err == nil {
			if why := kernelspec.Unshared(program); why != nil {
				fmt.Fprintf(stderr, "warning: %v; the kernel will not start for other users (put gogil in a shared place such as /usr/local/bin and install from there)\n", why)
			}
		}
	}
	// Compiled cells need more of the machine than the kernel does: say so
	// now rather than at the first %%native cell.
	if err := native.Check(ctx); err != nil {
		fmt.Fprintf(stdout, "Note: %%%%native cells will not work on this machine: %v\n", err)
	} else {
		fmt.Fprintf(stdout, "%%%%native cells: the Go toolchain (%s) and a C compiler were found\n", runtime.Version())
		primeNative(ctx, stdout)
	}
	return nil
}

// primeNative builds and loads one tiny compiled cell, so that a user's
// first %%native cell does not wait while Go compiles its runtime for
// plugins (5-20 s, once per machine and user: it lands in the Go build
// cache of whoever runs install).
func primeNative(ctx context.Context, stdout io.Writer) {
	fmt.Fprint(stdout, "%%native cells: priming the build cache (5-20 s the first time on a machine)... ")
	compiler := native.New(gil.New(), native.Options{})
	defer compiler.Close()
	cell, err := compiler.Compile(ctx, "func gogilInstalled() bool { return true }", false)
	if err != nil {
		fmt.Fprintf(stdout, "failed, the first %%%%native cell will take longer: %v\n", err)
		return
	}
	how := "built"
	if cell.Cached {
		how = "already built"
	}
	fmt.Fprintf(stdout, "%s in %s\n", how, cell.Took.Round(time.Millisecond))
}

// runUninstall is `gogil uninstall`.
func runUninstall(_ context.Context, args []string, stdout, _ io.Writer) error {
	opts, err := kernelspec.ParseArgs("uninstall", args)
	if err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	dir, err := kernelspec.Uninstall(opts)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "Removed kernelspec %s from %s\n", kernelspec.Name, dir)
	return nil
}
