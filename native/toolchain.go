package native

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"runtime/debug"
	"strings"
)

// ErrMissing is what a machine lacking the toolchain gets (errors.Is);
// the error's text says what is missing and how to get it.
var ErrMissing = errors.New("%%native cannot build here")

// buildFlags are the kernel's own build settings that a plugin must
// repeat, else plugin.Open refuses it ("built with a different version of
// package runtime"). They come from the kernel's build information, which
// test binaries carry too (with -race when the tests run with it).
type buildFlags struct {
	args []string // -race, -trimpath, -tags, -gcflags, -asmflags
	env  []string // GOAMD64 and its kind
	cgo  bool     // the kernel itself was built with cgo: plugin.Open needs it
}

func kernelFlags() buildFlags {
	var f buildFlags
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return f
	}
	for _, s := range info.Settings {
		switch s.Key {
		case "-race", "-msan", "-asan", "-trimpath":
			if s.Value == "true" {
				f.args = append(f.args, s.Key)
			}
		case "-tags", "-gcflags", "-asmflags":
			f.args = append(f.args, s.Key+"="+s.Value)
		case "GOAMD64", "GOARM64", "GO386", "GOARM", "GOEXPERIMENT":
			f.env = append(f.env, s.Key+"="+s.Value)
		case "CGO_ENABLED":
			f.cgo = s.Value == "1"
		}
	}
	return f
}

// Check tells whether this kernel can build compiled cells: the kernel
// built with cgo, `go` in PATH at the kernel's own version, and the C
// compiler go would use. Its error names what is missing and how to get it.
func Check(ctx context.Context) error {
	return check(ctx, kernelFlags())
}

func check(ctx context.Context, flags buildFlags) error {
	want := runtime.Version()
	if !flags.cgo {
		return fmt.Errorf("%w: this gogil binary was built without cgo (CGO_ENABLED=0), and Go plugins need it: rebuild gogil with a C compiler installed and CGO_ENABLED=1", ErrMissing)
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		return fmt.Errorf("%w: the Go toolchain is missing: `go` is not in PATH. Install %s (the version gogil was built with) from https://go.dev/dl/ and put its bin directory in PATH, then restart the kernel", ErrMissing, want)
	}
	out, err := goCommand(ctx, goTool, "", nil, "env", "GOVERSION", "CC").Output()
	if err != nil {
		return fmt.Errorf("%w: %s env failed: %v", ErrMissing, goTool, err)
	}
	fields := strings.Fields(string(out))
	if len(fields) < 1 || fields[0] != want {
		got := "an unknown version"
		if len(fields) > 0 {
			got = fields[0]
		}
		return fmt.Errorf("%w: %s is %s, but gogil was built with %s, and a plugin must be built by the kernel's own toolchain: put %s first in PATH, or rebuild gogil with %s", ErrMissing, goTool, got, want, want, got)
	}
	cc := "gcc"
	if len(fields) > 1 {
		cc = fields[1]
	}
	if _, err := exec.LookPath(cc); err != nil {
		return fmt.Errorf("%w: the C compiler %q is missing (Go plugins use cgo): install it (Debian/Ubuntu: apt-get install gcc) or set CC", ErrMissing, cc)
	}
	return nil
}

// goCommand runs the go tool with the user's environment (GOPROXY, GOFLAGS,
// GOPRIVATE are honoured) and the settings a plugin needs on top.
func goCommand(ctx context.Context, goTool, dir string, extraEnv []string, args ...string) *exec.Cmd {
	cmd := exec.CommandContext(ctx, goTool, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOTOOLCHAIN=local", "GOWORK=off", "GO111MODULE=on", "CGO_ENABLED=1")
	cmd.Env = append(cmd.Env, extraEnv...)
	return cmd
}
