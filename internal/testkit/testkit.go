package testkit

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"

	"github.com/gogil/gogil/internal/kernelspec"
)

// RequireEnv names the variable that turns missing Jupyter tools from a
// skip into a failure.
const RequireEnv = "GOGIL_REQUIRE_JUPYTER"

// PythonEnv names the variable that picks the interpreter to try first.
const PythonEnv = "GOGIL_PYTHON"

// BinaryEnv names the variable that makes Binary use an already built
// gogil instead of building one (to test an installed or release binary).
const BinaryEnv = "GOGIL_TEST_BINARY"

// HistoryEnv names the variable that tells the kernel where its history
// file is ("off": memory only).
const HistoryEnv = "GOGIL_HISTORY"

// MainPackage is what Binary builds.
const MainPackage = "github.com/gogil/gogil"

// The build is shared by every test of the process: it is the slow part,
// and all tests must drive the same binary.
var build struct {
	once sync.Once
	dir  string
	path string
	err  error
}

// Binary builds the gogil binary once per test process and returns its
// absolute path ($GOGIL_TEST_BINARY instead, if set). A failed build fails
// every test that asks for it, with the compiler's output. Call Cleanup
// from TestMain to remove it.
func Binary(t testing.TB) string {
	t.Helper()
	build.once.Do(func() {
		// Kernels that tests start keep their history in memory, never in
		// the user's history file (a test that wants one sets its own).
		if os.Getenv(HistoryEnv) == "" {
			os.Setenv(HistoryEnv, "off")
		}
		if prebuilt := os.Getenv(BinaryEnv); prebuilt != "" {
			build.path, build.err = filepath.Abs(prebuilt)
			if build.err == nil {
				_, build.err = os.Stat(build.path)
			}
			return
		}
		build.dir, build.err = os.MkdirTemp("", "gogil-testkit-")
		if build.err != nil {
			return
		}
		name := "gogil"
		if runtime.GOOS == "windows" {
			name += ".exe"
		}
		build.path = filepath.Join(build.dir, name)
		cmd := exec.Command(goTool(), "build", "-o", build.path, MainPackage)
		out, err := cmd.CombinedOutput()
		if err != nil {
			build.err = fmt.Errorf("go build %s: %w\n%s", MainPackage, err, out)
		}
	})
	if build.err != nil {
		t.Fatalf("testkit: %v", build.err)
	}
	return build.path
}

// Cleanup removes the binary Binary built, if any. Call it from TestMain
// after m.Run.
func Cleanup() {
	if build.dir != "" {
		os.RemoveAll(build.dir)
	}
}

// goTool prefers the go command of the toolchain running the tests, so a
// GOTOOLCHAIN switch or an odd PATH cannot build with another version.
func goTool() string {
	if root := runtime.GOROOT(); root != "" {
		tool := filepath.Join(root, "bin", "go")
		if _, err := os.Stat(tool); err == nil {
			return tool
		}
	}
	return "go"
}

// Jupyter is what JupyterEnv prepared: an environment whose Jupyter tools
// find only the freshly installed gogil kernelspec under the name "gogil",
// and where their runtime and config files go.
type Jupyter struct {
	Env        []string // os.Environ() with the Jupyter variables replaced
	Root       string   // temp folder holding everything below
	DataDir    string   // JUPYTER_DATA_DIR
	Prefix     string   // where the kernelspec was installed (Options.Prefix)
	KernelDir  string   // …/kernels/gogil
	RuntimeDir string   // JUPYTER_RUNTIME_DIR: connection files land here
}

// JupyterEnv installs bin's kernelspec into a temporary prefix and returns
// the environment for Jupyter processes. JUPYTER_PATH lists that prefix
// first, so it wins over a gogil kernelspec installed on the machine;
// JUPYTER_DATA_DIR, JUPYTER_CONFIG_DIR and JUPYTER_RUNTIME_DIR point into
// the temp folder so tests neither read the user's config nor leave files
// in ~/.local. HOME is kept: pyenv shims and the Go caches live there.
func JupyterEnv(t testing.TB, bin string) []string {
	t.Helper()
	return NewJupyter(t, bin).Env
}

// NewJupyter is JupyterEnv returning the paths too.
func NewJupyter(t testing.TB, bin string) *Jupyter {
	t.Helper()
	root := t.TempDir()
	j := &Jupyter{
		Root:       root,
		DataDir:    filepath.Join(root, "data"),
		Prefix:     filepath.Join(root, "prefix"),
		RuntimeDir: filepath.Join(root, "runtime"),
	}
	configDir := filepath.Join(root, "config")
	for _, dir := range []string{j.DataDir, j.RuntimeDir, configDir} {
		if err := os.MkdirAll(dir, 0o700); err != nil {
			t.Fatalf("testkit: %v", err)
		}
	}
	dir, err := kernelspec.Install(kernelspec.Options{
		Scope:      kernelspec.Prefix,
		Prefix:     j.Prefix,
		Executable: bin,
	})
	if err != nil {
		t.Fatalf("testkit: installing the kernelspec: %v", err)
	}
	j.KernelDir = dir
	j.Env = withEnv(os.Environ(), map[string]string{
		"JUPYTER_PATH":        filepath.Join(j.Prefix, "share", "jupyter"),
		"JUPYTER_DATA_DIR":    j.DataDir,
		"JUPYTER_CONFIG_DIR":  configDir,
		"JUPYTER_RUNTIME_DIR": j.RuntimeDir,
		// Jupyter tools would otherwise warn about platformdirs on every run.
		"JUPYTER_PLATFORM_DIRS": "1",
		// Silences debugpy's frozen-modules warning that Debian's Python
		// prints on every jupyter command, burying real output.
		"PYDEVD_DISABLE_FILE_VALIDATION": "1",
		"PATH":                           filepath.Dir(bin) + string(os.PathListSeparator) + os.Getenv("PATH"),
	})
	return j
}

// withEnv returns env with the given variables set, replacing old values.
func withEnv(env []string, set map[string]string) []string {
	out := make([]string, 0, len(env)+len(set))
	for _, kv := range env {
		key, _, _ := strings.Cut(kv, "=")
		if _, replaced := set[key]; !replaced {
			out = append(out, kv)
		}
	}
	for key, value := range set {
		out = append(out, key+"="+value)
	}
	return out
}

var pythons sync.Map // module name → pythonResult

type pythonResult struct {
	path string
	err  error
}

// Python returns an interpreter that can import module, trying
// $GOGIL_PYTHON, python3 on PATH, then /usr/bin/python3. The last matters:
// Debian's python3-* Jupyter packages install for /usr/bin/python3, which
// a pyenv or virtualenv python3 earlier on PATH cannot import from.
func Python(module string) (string, error) {
	if cached, ok := pythons.Load(module); ok {
		r := cached.(pythonResult)
		return r.path, r.err
	}
	var candidates []string
	if p := os.Getenv(PythonEnv); p != "" {
		candidates = append(candidates, p)
	}
	if p, err := exec.LookPath("python3"); err == nil {
		candidates = append(candidates, p)
	}
	candidates = append(candidates, "/usr/bin/python3")

	var tried []string
	result := pythonResult{}
	for _, python := range candidates {
		cmd := exec.Command(python, "-c", "import "+module)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Run(); err != nil {
			lines := strings.Split(strings.TrimSpace(stderr.String()), "\n")
			tried = append(tried, fmt.Sprintf("%s: %v: %s", python, err, lines[len(lines)-1]))
			continue
		}
		result.path = python
		break
	}
	if result.path == "" {
		result.err = errors.New("no python3 can import " + module + ":\n  " + strings.Join(tried, "\n  "))
	}
	pythons.Store(module, result)
	return result.path, result.err
}

// RequireJupyter returns a Python interpreter that can import module (say
// "jupyter_kernel_test" or "nbformat"). When there is none the test is
// skipped, or fails if GOGIL_REQUIRE_JUPYTER=1: CI must not pass by
// skipping what it was meant to check.
func RequireJupyter(t testing.TB, module string) string {
	t.Helper()
	python, err := Python(module)
	if err != nil {
		Missing(t, err.Error(), "install the Debian packages listed in .ci/run")
		return ""
	}
	return python
}
