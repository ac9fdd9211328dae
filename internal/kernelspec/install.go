package kernelspec

import (
	"embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
)

//go:embed logos/logo-32x32.png logos/logo-64x64.png logos/logo-svg.svg
var logos embed.FS

// Scope says which Jupyter data directory receives the kernelspec, with
// the meaning of the same flags of `python -m ipykernel install`.
type Scope int

const (
	// User installs into the Jupyter user data dir: $JUPYTER_DATA_DIR if
	// set, else ~/Library/Jupyter on macOS, %APPDATA%\jupyter on Windows,
	// $XDG_DATA_HOME/jupyter or ~/.local/share/jupyter elsewhere. It is
	// the zero value because it needs no privileges.
	User Scope = iota
	// SysPrefix installs into <sys.prefix>/share/jupyter of a Python
	// environment. gogil has no sys.prefix of its own, so it asks the
	// interpreter named by Options.Python (default "python3" on PATH):
	// `python3 -c 'import sys; print(sys.prefix)'`. That is the
	// environment whose jupyter will see the kernel.
	SysPrefix
	// Prefix installs into <Options.Prefix>/share/jupyter.
	Prefix
)

func (s Scope) String() string {
	switch s {
	case User:
		return "user"
	case SysPrefix:
		return "sys-prefix"
	case Prefix:
		return "prefix"
	}
	return fmt.Sprintf("Scope(%d)", int(s))
}

// Options select where Install and Uninstall work.
type Options struct {
	Scope Scope
	// Prefix is the directory for Scope Prefix; ignored otherwise.
	Prefix string
	// Python is the interpreter asked for sys.prefix with Scope
	// SysPrefix; empty means "python3" looked up on PATH.
	Python string
	// Executable is argv[0] of the installed kernel.json; empty means the
	// running program (os.Executable with symlinks resolved), so that
	// Jupyter starts the very binary that was asked to install itself.
	Executable string
	// Env becomes kernel.json's env (install only).
	Env map[string]string
}

// ParseArgs reads the flags shared by `gogil install` and `gogil
// uninstall`: --user, --sys-prefix, --prefix DIR (also with one dash or as
// --prefix=DIR). At most one may be given; none means --user. Install
// also takes --env KEY=VALUE, repeated, for kernel.json's env.
func ParseArgs(name string, args []string) (Options, error) {
	fset := flag.NewFlagSet(name, flag.ContinueOnError)
	fset.SetOutput(io.Discard)
	user := fset.Bool("user", false, "install for the current user")
	sysPrefix := fset.Bool("sys-prefix", false, "install into the python3 environment's prefix")
	prefix := fset.String("prefix", "", "install into `DIR`/share/jupyter")
	usage := "[--user|--sys-prefix|--prefix DIR]"
	var env map[string]string
	if name == "install" {
		usage += " [--env KEY=VALUE]..."
		fset.Func("env", "set `KEY=VALUE` in the kernel's environment", func(kv string) error {
			key, value, ok := strings.Cut(kv, "=")
			if !ok || key == "" || strings.ContainsAny(key, " \t") {
				return fmt.Errorf("want KEY=VALUE, got %q", kv)
			}
			if env == nil {
				env = map[string]string{}
			}
			env[key] = value
			return nil
		})
	}
	if err := fset.Parse(args); err != nil {
		return Options{}, fmt.Errorf("%s: %w (usage: %s %s)", name, err, name, usage)
	}
	if fset.NArg() > 0 {
		return Options{}, fmt.Errorf("%s: unexpected argument %q", name, fset.Arg(0))
	}
	given := 0
	opts := Options{Scope: User, Env: env}
	if *user {
		given++
	}
	if *sysPrefix {
		given++
		opts.Scope = SysPrefix
	}
	prefixSet := false
	fset.Visit(func(f *flag.Flag) { prefixSet = prefixSet || f.Name == "prefix" })
	if prefixSet {
		given++
		if *prefix == "" {
			return Options{}, fmt.Errorf("%s: --prefix needs a directory", name)
		}
		opts.Scope, opts.Prefix = Prefix, *prefix
	}
	if given > 1 {
		return Options{}, fmt.Errorf("%s: --user, --sys-prefix and --prefix exclude each other", name)
	}
	return opts, nil
}

// DataDir returns the Jupyter data directory (the one holding kernels/)
// that opts select.
func DataDir(opts Options) (string, error) {
	switch opts.Scope {
	case User:
		return userDataDir()
	case SysPrefix:
		prefix, err := pythonPrefix(opts.Python)
		if err != nil {
			return "", err
		}
		return filepath.Join(prefix, "share", "jupyter"), nil
	case Prefix:
		if opts.Prefix == "" {
			return "", errors.New("kernelspec: scope prefix needs a directory")
		}
		abs, err := filepath.Abs(opts.Prefix)
		if err != nil {
			return "", fmt.Errorf("kernelspec: prefix %q: %w", opts.Prefix, err)
		}
		return filepath.Join(abs, "share", "jupyter"), nil
	}
	return "", fmt.Errorf("kernelspec: unknown scope %v", opts.Scope)
}

// Dir returns the kernelspec directory (…/kernels/gogil) that opts select.
func Dir(opts Options) (string, error) {
	data, err := DataDir(opts)
	if err != nil {
		return "", err
	}
	return filepath.Join(data, "kernels", Name), nil
}

// userDataDir follows jupyter_core.paths.jupyter_data_dir.
func userDataDir() (string, error) {
	if dir := os.Getenv("JUPYTER_DATA_DIR"); dir != "" {
		return filepath.Abs(dir)
	}
	home, err := os.UserHomeDir()
	switch runtime.GOOS {
	case "darwin":
		if err != nil {
			return "", fmt.Errorf("kernelspec: user data dir: %w", err)
		}
		return filepath.Join(home, "Library", "Jupyter"), nil
	case "windows":
		if appData := os.Getenv("APPDATA"); appData != "" {
			return filepath.Join(appData, "jupyter"), nil
		}
	}
	if xdg := os.Getenv("XDG_DATA_HOME"); xdg != "" {
		return filepath.Join(xdg, "jupyter"), nil
	}
	if err != nil {
		return "", fmt.Errorf("kernelspec: user data dir: set JUPYTER_DATA_DIR: %w", err)
	}
	return filepath.Join(home, ".local", "share", "jupyter"), nil
}

func pythonPrefix(python string) (string, error) {
	if python == "" {
		python = "python3"
	}
	out, err := exec.Command(python, "-c", "import sys; print(sys.prefix)").Output()
	if err != nil {
		var exitErr *exec.ExitError
		if errors.As(err, &exitErr) && len(exitErr.Stderr) > 0 {
			err = fmt.Errorf("%w: %s", err, strings.TrimSpace(string(exitErr.Stderr)))
		}
		return "", fmt.Errorf("kernelspec: --sys-prefix: asking %s for sys.prefix: %w", python, err)
	}
	prefix := strings.TrimSpace(string(out))
	if prefix == "" {
		return "", fmt.Errorf("kernelspec: --sys-prefix: %s printed no sys.prefix", python)
	}
	return prefix, nil
}

// Executable returns the running program's absolute path with symlinks
// resolved, so that kernel.json keeps working when a symlink on PATH is
// repointed or the program was started through a relative path.
func Executable() (string, error) {
	exe, err := os.Executable()
	if err != nil {
		return "", fmt.Errorf("kernelspec: locating the running binary: %w", err)
	}
	if resolved, err := filepath.EvalSymlinks(exe); err == nil {
		exe = resolved
	}
	return filepath.Abs(exe)
}

// Install writes kernel.json and the logos into the kernelspec directory
// that opts select, replacing a previous install, and returns that
// directory.
func Install(opts Options) (dir string, err error) {
	program := opts.Executable
	if program == "" {
		if program, err = Executable(); err != nil {
			return "", err
		}
	}
	dir, err = Dir(opts)
	if err != nil {
		return "", err
	}
	spec := ForExecutable(program)
	spec.Env = opts.Env
	data, err := spec.MarshalFile()
	if err != nil {
		return "", err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("kernelspec: creating %s: %w", dir, err)
	}
	files := map[string][]byte{"kernel.json": data}
	entries, err := fs.ReadDir(logos, "logos")
	if err != nil {
		return "", fmt.Errorf("kernelspec: reading embedded logos: %w", err)
	}
	for _, entry := range entries {
		data, err := fs.ReadFile(logos, "logos/"+entry.Name())
		if err != nil {
			return "", fmt.Errorf("kernelspec: reading embedded logo: %w", err)
		}
		files[entry.Name()] = data
	}
	for name, data := range files {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			return "", fmt.Errorf("kernelspec: writing %s: %w", path, err)
		}
	}
	return dir, nil
}

// Uninstall removes the kernelspec directory that opts select and returns
// it. A directory without kernel.json is left alone, and a missing one is
// reported with an error matching fs.ErrNotExist.
func Uninstall(opts Options) (dir string, err error) {
	dir, err = Dir(opts)
	if err != nil {
		return "", err
	}
	if _, err := os.Stat(filepath.Join(dir, "kernel.json")); err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return dir, fmt.Errorf("kernelspec: no %s kernel installed in %s: %w", Name, dir, fs.ErrNotExist)
		}
		return dir, fmt.Errorf("kernelspec: checking %s: %w", dir, err)
	}
	if err := os.RemoveAll(dir); err != nil {
		return dir, fmt.Errorf("kernelspec: removing %s: %w", dir, err)
	}
	return dir, nil
}

// Unshared says why other users' processes could not run program, or
// returns nil when they can. A kernelspec installed for a hub (--sys-prefix,
// --prefix) is read by every user's single-user server, which starts
// argv[0] as that user: a binary under a home directory or a private
// temporary folder works for the one who installed it (for root, always)
// and fails for everyone else with a kernel that never starts.
func Unshared(program string) error {
	if runtime.GOOS == "windows" {
		return nil
	}
	info, err := os.Stat(program)
	if err != nil {
		return fmt.Errorf("kernelspec: %w", err)
	}
	if info.Mode().Perm()&0o001 == 0 {
		return fmt.Errorf("%s is not executable by other users (mode %v)", program, info.Mode().Perm())
	}
	for dir := filepath.Dir(program); ; dir = filepath.Dir(dir) {
		info, err := os.Stat(dir)
		if err != nil {
			return fmt.Errorf("kernelspec: %w", err)
		}
		if info.Mode().Perm()&0o001 == 0 {
			return fmt.Errorf("%s is inside %s, which other users cannot enter (mode %v)", program, dir, info.Mode().Perm())
		}
		if parent := filepath.Dir(dir); parent == dir {
			return nil
		}
	}
}
