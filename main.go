// Command gogil is a Jupyter kernel for Go that models CPython's global
// interpreter lock. Its subcommands run the kernel, register it with
// Jupyter, and execute a notebook headless through the real kernel.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"

	"github.com/gogil/gogil/magics"
)

// version is the gogil release; set with -ldflags "-X main.version=…".
var version = "0.1.0-dev"

// command is one subcommand of gogil.
type command struct {
	summary string
	usage   string
	run     func(ctx context.Context, args []string, stdout, stderr io.Writer) error
}

var commands = map[string]command{
	"kernel": {
		summary: "run the kernel (what Jupyter starts through kernel.json)",
		usage:   "gogil kernel CONNECTION_FILE",
		run:     runKernel,
	},
	"install": {
		summary: "register the kernelspec with Jupyter",
		usage:   "gogil install [--user | --sys-prefix | --prefix DIR] [--env KEY=VALUE]...",
		run:     runInstall,
	},
	"uninstall": {
		summary: "remove the kernelspec",
		usage:   "gogil uninstall [--user | --sys-prefix | --prefix DIR]",
		run:     runUninstall,
	},
	"run": {
		summary: "execute a notebook headless through the kernel (no Jupyter needed)",
		usage:   "gogil run NOTEBOOK.ipynb [-o OUT.ipynb] [--timeout D] [--allow-errors]",
		run:     runNotebook,
	},
	"worker": {
		summary: "serve a multiprocessing.Pool of a kernel (the kernel starts it)",
		usage:   "gogil worker",
		run: func(context.Context, []string, io.Writer, io.Writer) error {
			return magics.ServeWorker()
		},
	},
	"version": {
		summary: "print the version",
		usage:   "gogil version",
		run: func(_ context.Context, _ []string, stdout, _ io.Writer) error {
			fmt.Fprintf(stdout, "gogil %s\n", version)
			return nil
		},
	},
}

// errUsage marks an error the user fixes by reading the usage line.
var errUsage = errors.New("usage")

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		printUsage(stdout)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	cmd, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "gogil: unknown command %q\n\n", args[0])
		printUsage(stderr)
		return 2
	}
	if err := cmd.run(context.Background(), args[1:], stdout, stderr); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		fmt.Fprintf(stderr, "gogil %s: %v\n", args[0], err)
		if errors.Is(err, errUsage) {
			fmt.Fprintf(stderr, "usage: %s\n", cmd.usage)
			return 2
		}
		return 1
	}
	return 0
}

func printUsage(w io.Writer) {
	fmt.Fprintf(w, "gogil %s: a Jupyter kernel for Go with a model of CPython's GIL\n\nusage:\n", version)
	names := make([]string, 0, len(commands))
	for name := range commands {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		fmt.Fprintf(w, "  %-50s %s\n", commands[name].usage, commands[name].summary)
	}
}

// newFlags returns a flag set that reports errors instead of exiting.
func newFlags(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("gogil "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	return fs
}

// parseInterspersed parses flags that may come after positional arguments
// (`gogil run nb.ipynb -o out.ipynb`), returning the positional ones.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return positional, nil
		}
		positional = append(positional, rest[0])
		args = rest[1:]
	}
}
