package native

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"sort"
	"strings"
	"sync"
)

// ErrModule is a module that cannot be used in this kernel: not found, not
// fetchable (GOPROXY=off, no network), or at a version that plugin.Open
// would refuse. The error's text names the module and the versions.
var ErrModule = errors.New("go module")

// modules are the versions of the Go modules compiled cells use in one
// kernel. A package loaded once (by the kernel itself or by an earlier
// plugin) is in the process for good, and plugin.Open refuses a plugin that
// holds another version of it; so a module gets one version per kernel,
// the kernel's own where the kernel has it.
type modules struct {
	kernelMain string            // the kernel's own module: cells cannot import it
	kernel     map[string]string // module -> version linked into the kernel

	mu     *sync.Mutex
	pins   map[string]string // %go get
	loaded map[string]string // in a loaded plugin: inProcess.loaded
}

// inProcess is what the process has loaded, for every Compiler in it: a
// package plugin.Open loaded is there for every later plugin, whichever
// kernel (one a process, but tests run several) loaded it.
var inProcess = struct {
	mu     sync.Mutex
	loaded map[string]string
}{loaded: map[string]string{}}

func newModules() *modules {
	m := &modules{kernel: map[string]string{}, pins: map[string]string{}, mu: &inProcess.mu, loaded: inProcess.loaded}
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return m
	}
	m.kernelMain = info.Main.Path
	for _, d := range info.Deps {
		v := d.Version
		if d.Replace != nil {
			v = d.Replace.Version // a directory replacement has none: every version differs
		}
		m.kernel[d.Path] = v
	}
	return m
}

// external lists the imports that are not the standard library's: those
// whose first path element has a dot, as the go command decides.
func external(paths []string) []string {
	var out []string
	for _, p := range paths {
		first, _, _ := strings.Cut(p, "/")
		if strings.Contains(first, ".") && p != gilPath {
			out = append(out, p)
		}
	}
	sort.Strings(out)
	return out
}

// requirements are the go.mod lines the session has settled for the
// modules that paths may come from (relevant=true), or for every module it
// settled: a pin wins over what a plugin loaded (they agree, GoGet sees to
// it).
func (m *modules) requirements(paths []string, all bool) map[string]string {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := map[string]string{}
	for _, set := range []map[string]string{m.loaded, m.pins} {
		for mod, v := range set {
			if all || providesAny(mod, paths) {
				out[mod] = v
			}
		}
	}
	return out
}

func providesAny(mod string, paths []string) bool {
	for _, p := range paths {
		if p == mod || strings.HasPrefix(p, mod+"/") {
			return true
		}
	}
	return false
}

// GoGet pins module@version for the rest of the kernel's session (%go get).
// The version may be a query (latest, v1, a branch): the proxy resolves it.
// It returns the module and the version it resolved to.
func (c *Compiler) GoGet(ctx context.Context, spec string) (module, version string, err error) {
	module, query, _ := strings.Cut(spec, "@")
	if query == "" {
		query = "latest"
	}
	if module == "" || strings.ContainsAny(module, " \t") {
		return "", "", fmt.Errorf("%w: %q: want MODULE@VERSION", ErrModule, spec)
	}
	m := c.mods
	if module == m.kernelMain {
		return "", "", fmt.Errorf("%w: %s is gogil itself; compiled cells get the lock through their own gil package", ErrModule, module)
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		return "", "", fmt.Errorf("%w: `go` is not in PATH", ErrMissing)
	}
	dir, err := c.cacheDir()
	if err != nil {
		return "", "", err
	}
	out, err := goCommand(ctx, goTool, dir, nil, "list", "-m", "-f", "{{.Path}} {{.Version}}", module+"@"+query).CombinedOutput()
	if err != nil {
		return "", "", moduleError(module, string(out))
	}
	fields := strings.Fields(string(out))
	if len(fields) != 2 {
		return "", "", fmt.Errorf("%w: go list -m %s@%s said %q", ErrModule, module, query, out)
	}
	version = fields[1]
	if kv, ok := m.kernel[module]; ok && kv != version {
		return "", "", fmt.Errorf("%w: %s %s cannot be used: the kernel itself contains %s %s, and plugin.Open refuses a second version of a package; use %s (%%go get %s@%s, or no pin), or rebuild gogil with %s", ErrModule, module, version, module, kv, kv, module, kv, version)
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if lv, ok := m.loaded[module]; ok && lv != version {
		return "", "", fmt.Errorf("%w: %s %s is already loaded by an earlier cell and cannot be unloaded; restart the kernel to use %s", ErrModule, module, lv, version)
	}
	m.pins[module] = version
	return module, version, nil
}

// resolve completes the go.mod in work for the cell's imports through the
// module proxy and returns the modules whose packages the plugin links,
// with their versions; notes say what was pinned to the kernel's version.
// It runs before the build, so a version plugin.Open would refuse is
// named here rather than failing after a long build.
func (c *Compiler) resolve(ctx context.Context, goTool, work, modPath string, imports []string) (linked map[string]string, notes []string, err error) {
	m := c.mods
	for _, p := range imports {
		if err := m.ownPackage(p); err != nil {
			return nil, nil, err
		}
	}
	require := m.requirements(nil, true)
	m.mu.Lock()
	pinned := maps.Clone(m.pins)
	m.mu.Unlock()
	for round := 0; ; round++ {
		if err := writeGoMod(work, modPath, require); err != nil {
			return nil, nil, err
		}
		out, err := goCommand(ctx, goTool, work, c.flags.env, "list", "-mod=mod", "-deps",
			"-f", "{{with .Module}}{{if .Version}}{{.Path}} {{.Version}}{{end}}{{end}}", ".").Output()
		if err != nil {
			if ctx.Err() != nil {
				return nil, nil, ctx.Err()
			}
			var ee *exec.ExitError
			text := err.Error()
			if errors.As(err, &ee) {
				text = string(ee.Stderr)
			}
			return nil, nil, moduleError(strings.Join(imports, ", "), text)
		}
		linked = map[string]string{}
		for _, line := range strings.Split(string(out), "\n") {
			if mod, v, ok := strings.Cut(strings.TrimSpace(line), " "); ok {
				linked[mod] = v
			}
		}
		var again bool
		for _, mod := range sortedKeys(linked) {
			v := linked[mod]
			kv, inKernel := m.kernel[mod]
			switch {
			case inKernel && kv != v && (round > 0 || pinned[mod] != ""):
				return nil, nil, fmt.Errorf("%w: %s: this cell needs %s, but the kernel contains %s, and plugin.Open refuses a second version of a package: use a version of the cell's modules that works with %s %s (%%go get), or rebuild gogil with %s", ErrModule, mod, v, kv, mod, kv, v)
			case inKernel && kv != v:
				require[mod] = kv
				notes = append(notes, fmt.Sprintf("%s pinned to %s, the kernel's own version (the cell's modules asked for %s)", mod, kv, v))
				again = true
			}
			m.mu.Lock()
			lv, isLoaded := m.loaded[mod]
			m.mu.Unlock()
			if isLoaded && lv != v {
				return nil, nil, fmt.Errorf("%w: %s: this cell needs %s, but an earlier cell loaded %s, which cannot be unloaded: restart the kernel (and %%go get %s@%s first)", ErrModule, mod, v, lv, mod, v)
			}
		}
		if !again {
			return linked, notes, nil
		}
	}
}

func (m *modules) ownPackage(path string) error {
	if m.kernelMain != "" && providesAny(m.kernelMain, []string{path}) {
		return fmt.Errorf("%w: import %q: a compiled cell cannot import gogil's own packages (they are in the kernel already); use gil, or an interpreted cell", ErrModule, path)
	}
	return nil
}

func writeGoMod(work, modPath string, require map[string]string) error {
	var b strings.Builder
	fmt.Fprintf(&b, "module %s\n\ngo %s\n", modPath, goLanguageVersion())
	if len(require) > 0 {
		b.WriteString("\nrequire (\n")
		for _, mod := range sortedKeys(require) {
			fmt.Fprintf(&b, "\t%s %s\n", mod, require[mod])
		}
		b.WriteString(")\n")
	}
	return os.WriteFile(filepath.Join(work, "go.mod"), []byte(b.String()), 0o644)
}

// settle records the module versions a loaded plugin holds: later cells
// must use the same.
func (m *modules) settle(linked map[string]string) {
	m.mu.Lock()
	defer m.mu.Unlock()
	for mod, v := range linked {
		m.loaded[mod] = v
	}
}

// conflicts checks a plugin found in the cache against the kernel and
// what earlier plugins loaded.
func (m *modules) conflicts(linked map[string]string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, mod := range sortedKeys(linked) {
		v := linked[mod]
		if kv, ok := m.kernel[mod]; ok && kv != v {
			return fmt.Errorf("%w: %s %s in the cached plugin, %s in the kernel", ErrModule, mod, v, kv)
		}
		if lv, ok := m.loaded[mod]; ok && lv != v {
			return fmt.Errorf("%w: %s %s in the cached plugin, %s loaded", ErrModule, mod, v, lv)
		}
		if pv, ok := m.pins[mod]; ok && pv != v {
			return fmt.Errorf("%w: %s %s in the cached plugin, %s pinned", ErrModule, mod, v, pv)
		}
	}
	return nil
}

// moduleError turns the go command's words about a module it could not
// get into one that says why and what to do.
func moduleError(what, out string) error {
	out = strings.TrimSpace(out)
	var keep []string
	for _, l := range strings.Split(out, "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "go: finding") && !strings.HasPrefix(l, "go: downloading") {
			keep = append(keep, l)
		}
	}
	detail := strings.Join(keep, "\n")
	proxy := os.Getenv("GOPROXY")
	if proxy == "" {
		proxy = "the default, https://proxy.golang.org,direct"
	}
	switch {
	case strings.Contains(out, "GOPROXY=off") || strings.Contains(out, "module lookup disabled"):
		return fmt.Errorf("%w: cannot fetch %s: GOPROXY=off forbids downloading modules, and it is not in the module cache. Set GOPROXY (or run `go mod download` for it) and try again.\n%s", ErrModule, what, detail)
	case strings.Contains(out, "404") || strings.Contains(out, "410") || strings.Contains(out, "403") ||
		strings.Contains(out, "no matching versions") || strings.Contains(out, "unrecognized import path") ||
		strings.Contains(out, "cannot find module") || strings.Contains(out, "does not contain package") ||
		strings.Contains(out, "invalid version"):
		return fmt.Errorf("%w: no module provides %s (looked up through GOPROXY=%s; GOPRIVATE=%s): check the import path and version.\n%s", ErrModule, what, proxy, os.Getenv("GOPRIVATE"), detail)
	case strings.Contains(out, "dial tcp") || strings.Contains(out, "timeout") || strings.Contains(out, "no such host"):
		return fmt.Errorf("%w: cannot reach the module proxy for %s (GOPROXY=%s): the network is down or blocked; modules already in the module cache still work.\n%s", ErrModule, what, proxy, detail)
	}
	return fmt.Errorf("%w: %s: %s", ErrModule, what, detail)
}
