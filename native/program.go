package native

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"time"
)

// Program is a cell built as a Go program of its own: an executable the
// kernel runs as a child process, for a cell the interpreter cannot run.
// Unlike a compiled cell it shares nothing with the kernel (no plugin, no
// lock, no state), so it needs only the go command, of any version that
// knows the kernel's language level, and no C compiler.
type Program struct {
	path string
}

// BuildProgram builds src, a main package whose //line directives name the
// cell (file "cell"), or finds it built. Programs are content-addressed
// beside the compiled cells, so the same cell runs again without a build.
// A program that does not build is a *CompileError.
func (c *Compiler) BuildProgram(ctx context.Context, src string, imports []string) (*Program, error) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		return nil, fmt.Errorf("%w: the Go toolchain is missing: `go` is not in PATH", ErrMissing)
	}
	ext := external(imports)
	versions := ""
	if len(ext) > 0 {
		versions = fmt.Sprint(c.mods.requirements(ext, true))
	}
	key := c.key("program\n" + versions + "\n" + src)
	dir, err := c.cacheDir()
	if err != nil {
		return nil, err
	}
	final := filepath.Join(dir, "p"+key)
	exe := filepath.Join(final, "program")
	if _, err := os.Stat(exe); err == nil {
		touch(final)
		return &Program{path: exe}, nil
	}
	if failed := c.failedBuild(key); failed != nil {
		return nil, failed
	}
	work, err := os.MkdirTemp(dir, "p"+key+".build-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(work)
	if err := os.WriteFile(filepath.Join(work, "main.go"), []byte(src), 0o644); err != nil {
		return nil, err
	}
	modPath := "gogil.program/p" + key
	if len(ext) > 0 {
		if _, _, err := c.resolve(ctx, goTool, work, modPath, ext); err != nil {
			return nil, err
		}
	} else if err := writeGoMod(work, modPath, nil); err != nil {
		return nil, err
	}
	// No cgo: a program needs no C compiler, as go run on a machine
	// without one builds net and os/user in pure Go.
	cmd := goCommand(ctx, goTool, work, []string{"CGO_ENABLED=0"}, "build", "-mod=readonly", "-buildvcs=false", "-o", "program", ".")
	if out, err := cmd.CombinedOutput(); err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		failed := &CompileError{Lines: buildErrors(string(out))}
		c.noteFailedBuild(key, failed)
		return nil, failed
	}
	if err := os.Rename(work, final); err != nil {
		if _, statErr := os.Stat(exe); statErr != nil {
			return nil, fmt.Errorf("program: %w", err)
		}
		// another kernel built the same program meanwhile
	} else {
		c.trim(dir)
	}
	return &Program{path: exe}, nil
}

// failedBuilds bounds how many failed builds a Compiler remembers.
const failedBuilds = 256

// failedBuild is the error of the program of key if it failed to build
// before. The same source fails the same way (the key names the modules'
// versions too), and a cell the interpreter refused on an error of its own
// is tried as a program every time it runs: each try ran the go command
// again (65 ms a cell, half the kernel soak's time, for its 1 +* 2 cell).
func (c *Compiler) failedBuild(key string) *CompileError {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.failed[key]
}

func (c *Compiler) noteFailedBuild(key string, e *CompileError) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.failed == nil || len(c.failed) >= failedBuilds {
		c.failed = map[string]*CompileError{}
	}
	c.failed[key] = e
}

// ProgramExit is a program that ended with a status other than 0: Panic
// holds the message of the panic (or fatal error) that ended it, as the
// Go runtime printed it, else the program called os.Exit (or log.Fatal).
type ProgramExit struct {
	Code  int
	Panic string
}

func (e *ProgramExit) Error() string {
	if e.Panic != "" {
		return e.Panic
	}
	return fmt.Sprintf("exit status %d", e.Code)
}

// Run runs the program in dir with no standard input; what it writes goes
// to stdout and stderr as it comes. Canceling ctx kills it, and Run then
// returns ctx's error.
func (p *Program) Run(ctx context.Context, dir string, stdout, stderr io.Writer) error {
	tail := &tailBuffer{max: 64 << 10}
	cmd := exec.CommandContext(ctx, p.path)
	cmd.Dir = dir
	cmd.Stdout = stdout
	cmd.Stderr = io.MultiWriter(stderr, tail)
	cmd.WaitDelay = time.Second // a child it left holding the pipes
	err := cmd.Run()
	if ctx.Err() != nil {
		return ctx.Err()
	}
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		return &ProgramExit{Code: ee.ExitCode(), Panic: panicMessage(ee.ExitCode(), tail.String())}
	}
	return err
}

// panicMessage finds what the Go runtime printed when a program ends with
// status 2: the last "panic: " or "fatal error: " line at a line's start.
func panicMessage(code int, stderr string) string {
	if code != 2 {
		return ""
	}
	msg := ""
	for _, line := range strings.Split(stderr, "\n") {
		if strings.HasPrefix(line, "panic: ") || strings.HasPrefix(line, "fatal error: ") {
			msg = line
		}
	}
	return msg
}

// tailBuffer keeps the last max bytes written to it.
type tailBuffer struct {
	mu  sync.Mutex
	max int
	buf bytes.Buffer
}

func (t *tailBuffer) Write(p []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.buf.Write(p)
	if over := t.buf.Len() - t.max; over > 0 {
		t.buf.Next(over)
	}
	return len(p), nil
}

func (t *tailBuffer) String() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.buf.String()
}
