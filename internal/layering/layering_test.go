package layering

import (
	"encoding/json"
	"errors"
	"io"
	"os/exec"
	"sort"
	"strings"
	"testing"
)

// rule is one package's "must not know", as its doc.go says it.
//
// A pattern is an import path; module paths are written relative to the
// module ("kernel"), others in full ("github.com/traefik/yaegi"). A
// trailing "/..." also matches everything below the path ("kernel/..." is
// kernel and kernel/wire).
type rule struct {
	// never lists what the package must not depend on, even through
	// another package (go list -deps).
	never []string
	// notDirectly lists what it may reach only through a lower layer, and
	// must not import itself (the magics use kernel, which owns ZeroMQ).
	notDirectly []string
	// tests says that the package's code is its tests (e2e, conformance,
	// bench): their imports are checked too.
	tests bool
}

// Shorthands for the outside dependencies each room owns.
const (
	yaegi  = "github.com/traefik/yaegi/..."
	zeromq = "github.com/go-zeromq/zmq4/..."
)

// gogilRooms are the packages only the composition root (package main) and
// the magics may put together.
var gogilRooms = []string{"kernel", "session", "magics", "gil", "threading", "workloads", "display", "timeline", "native", "multiprocessing", "parallel", "interpreters"}

func except(list []string, drop ...string) []string {
	var out []string
	for _, p := range list {
		keep := true
		for _, d := range drop {
			keep = keep && p != d
		}
		if keep {
			out = append(out, p)
		}
	}
	return out
}

func with(list []string, more ...string) []string {
	return append(append([]string(nil), list...), more...)
}

// layers has one row per package of the module. Adding a package means
// adding its row, from the "must not know" sentence of its doc.go.
var layers = map[string]rule{
	// The command line: it composes every room.
	"": {},
	// bench/doc.go: compares kernels through the same Go client, from the outside.
	"bench": {tests: true, never: with(gogilRooms, yaegi)},
	// bench/nullkernel/main.go: the wire format and ZeroMQ, nothing gogil adds above them.
	"bench/nullkernel": {never: with(gogilRooms, "cellio", "internal/...", yaegi)},
	// cellio/doc.go: a leaf, it imports nothing of gogil.
	"cellio": {never: []string{"...", yaegi, zeromq}},
	// conformance/doc.go: knows only the binary and its kernelspec, never the kernel's packages.
	"conformance": {tests: true, never: with(gogilRooms, "kernel/...", "cellio", "internal/client", yaegi, zeromq)},
	// display/doc.go: nothing of ZeroMQ, the wire format, the kernel or the session.
	"display": {never: []string{zeromq, "kernel/...", "session", "magics"}},
	// e2e/doc.go: drives the built binary as a Jupyter client does.
	"e2e": {tests: true, never: with(gogilRooms, yaegi)},
	// gil/doc.go: nothing of yaegi, Jupyter, ZeroMQ or the kernel; three rooms depend on it.
	"gil": {never: with(except(gogilRooms, "gil"), "cellio", yaegi, zeromq)},
	// internal/client/doc.go: nothing of gogil's kernel, of Go, yaegi or the GIL, nor of notebooks.
	"internal/client": {never: with(gogilRooms, "internal/notebook", "internal/runner", yaegi)},
	// internal/goroutine/doc.go: nothing of yaegi, the lock, Jupyter or the session.
	"internal/goroutine": {never: []string{"...", yaegi, zeromq}},
	// internal/gorun/doc.go: files and the go command; nothing of the kernel, the session or the interpreter.
	"internal/gorun": {never: with(gogilRooms, "kernel/...", "cellio", "internal/client", yaegi, zeromq)},
	// internal/kernelspec/doc.go: the Jupyter file layout; nothing of the protocol or the interpreter.
	"internal/kernelspec": {never: with(gogilRooms, "kernel/...", "internal/client", yaegi, zeromq)},
	// internal/layering/doc.go: reads the module through the go command only.
	"internal/layering": {tests: true, never: []string{"..."}},
	// internal/notebook/doc.go: the file format (and gogil's kernelspec names); nothing of messages.
	"internal/notebook": {never: with(gogilRooms, "kernel/...", "internal/client", yaegi, zeromq)},
	// internal/runner/doc.go: nothing of what the kernel runs; ZeroMQ only through package client.
	"internal/runner": {never: with(gogilRooms, yaegi), notDirectly: []string{zeromq}},
	// internal/running/doc.go: a leaf shared by the session and the lock.
	"internal/running": {never: []string{"...", yaegi, zeromq}},
	// internal/yaegistate/doc.go: yaegi's internals only; nothing of cells, Jupyter or the session.
	"internal/yaegistate": {never: []string{"...", zeromq}},
	// internal/syncstate/doc.go: reads a sync.RWMutex; nothing of gogil, yaegi or cells.
	"internal/syncstate": {never: with(gogilRooms, "...", yaegi, zeromq)},
	// internal/testkit/doc.go: builds and starts the binary; not the kernel's internals.
	"internal/testkit": {never: with(gogilRooms, "kernel/...", yaegi, zeromq)},
	// kernel/doc.go: nothing of Go, yaegi or the interpreter lock.
	"kernel": {never: with(except(gogilRooms, "kernel"), "internal/running", yaegi)},
	// kernel/iopub/doc.go: signed frames to subscribers; not the kernel's requests, the interpreter or the language.
	"kernel/iopub": {never: with(gogilRooms, "cellio", "internal/running", yaegi)},
	// kernel/wire/doc.go: nothing of sockets.
	"kernel/wire": {never: with(gogilRooms, zeromq, yaegi)},
	// kernel/zmtpconn/doc.go: ZMTP's framing only; not Jupyter's messages, the kernel's requests or the interpreter.
	"kernel/zmtpconn": {never: with(gogilRooms, "kernel/wire", "kernel/iopub", "cellio", "internal/running", yaegi)},
	// magics/doc.go (and the README): knows both sides, but not ZeroMQ itself.
	// multiprocessing/doc.go: nothing of yaegi, the session, the magics or the kernel protocol (the kernel decides what of a cell a worker replays).
	"multiprocessing": {never: []string{yaegi, zeromq, "kernel/...", "session/...", "magics", "display", "threading", "workloads", "native", "timeline"}},
	// native/doc.go: nothing of yaegi's interpreter, the session, the kernel protocol or the magics.
	"native": {never: []string{"github.com/traefik/yaegi/interp", "github.com/traefik/yaegi/stdlib", zeromq, "kernel/...", "session", "magics", "display", "threading", "workloads", "cellio"}},
	"magics": {notDirectly: []string{zeromq, "kernel/wire"}},
	// interpreters/doc.go: only package gil; the sub-interpreters come from a Host (yaegi, the session, the magics, the kernel are not known).
	"interpreters": {never: []string{yaegi, zeromq, "kernel/...", "session/...", "magics", "display", "threading", "workloads", "native", "timeline", "cellio", "internal/yaegistate"}},
	// parallel/doc.go: only package gil; nothing of yaegi, the session, the magics or the kernel.
	"parallel": {never: []string{yaegi, zeromq, "kernel/...", "session/...", "magics", "display", "threading", "workloads", "native", "timeline", "cellio"}},
	// session/doc.go: nothing of ZeroMQ, the wire format or package kernel.
	"session": {never: []string{zeromq, "kernel/...", "magics"}},
	// session/cellsrc/doc.go: pure AST work; the standard library and cellio only.
	"session/cellsrc": {never: with(gogilRooms, "internal/...", yaegi, zeromq)},
	// session/celltypes/doc.go: types of what cells declared; nothing of yaegi, the kernel or the session.
	"session/celltypes": {never: with(gogilRooms, "internal/...", yaegi, zeromq)},
	// session/cellfmt/doc.go: it knows nothing of sessions, cells or Jupyter; it only reads values.
	"session/cellfmt": {never: with(gogilRooms, "internal/...", "session/cellsrc", "cellio", yaegi, zeromq)},
	// session/genericlib/doc.go: reflect over values; nothing of the interpreter, cells or the session.
	"session/genericlib": {never: with(gogilRooms, "internal/...", "session/cellsrc", "cellio", yaegi, zeromq)},
	// session/runtimeerr/doc.go: a type and its methods; nothing of gogil.
	"session/runtimeerr": {never: with(gogilRooms, "...", "cellio", "internal/...", yaegi, zeromq)},
	// session/stdlib/doc.go: data for the interpreter; nothing of the interpreter, cells, the session or the kernel.
	"session/stdlib": {never: with(gogilRooms, "cellio", "internal/...", yaegi, zeromq)},
	// session/stdlib/gen: yaegi's extract package writes the tables; it knows nothing else of gogil.
	"session/stdlib/gen": {never: with(gogilRooms, "...", "github.com/traefik/yaegi/interp", zeromq)},
	// session/stdio/doc.go: pipes and lines; nothing of yaegi, cells or the kernel.
	"session/stdio": {never: with(gogilRooms, "cellio", "internal/...", yaegi, zeromq)},
	// threading/doc.go: nothing of yaegi or the kernel.
	"threading": {never: []string{yaegi, zeromq, "kernel/...", "session", "magics", "display"}},
	// timeline/doc.go: the gil package for its Event type; nothing of yaegi, the kernel or the session.
	"timeline": {never: []string{yaegi, zeromq, "kernel/...", "session", "magics", "display", "threading", "workloads"}},
	// workloads/doc.go: nothing of yaegi or the kernel.
	"workloads": {never: []string{yaegi, zeromq, "kernel/...", "session", "magics", "display", "threading"}},
}

// unsafeAllowed are the packages that may import unsafe.
var unsafeAllowed = map[string]bool{"internal/yaegistate": true, "gil": true, "internal/syncstate": true}

// pkg is what the test reads of `go list -json`.
type pkg struct {
	ImportPath   string
	Standard     bool
	DepOnly      bool
	Imports      []string
	Deps         []string
	TestImports  []string
	XTestImports []string
}

func TestLayering(t *testing.T) {
	module := goList(t, "list", "-m", "-f", "{{.Path}}")[0].ImportPath
	all := map[string]pkg{}
	var mine []string
	for _, p := range goList(t, "list", "-deps", "-test=false", "-json", module+"/...") {
		all[p.ImportPath] = p
		if !p.DepOnly && !p.Standard {
			mine = append(mine, p.ImportPath)
		}
	}
	sort.Strings(mine)
	relative := func(path string) (string, bool) {
		if path == module {
			return "", true
		}
		rest, ok := strings.CutPrefix(path, module+"/")
		return rest, ok
	}
	full := func(pattern string) string {
		if strings.HasPrefix(pattern, "github.com/") || strings.HasPrefix(pattern, "golang.org/") {
			return pattern
		}
		if pattern == "..." {
			return module + "/..."
		}
		return module + "/" + pattern
	}
	matches := func(pattern, path string) bool {
		pattern = full(pattern)
		if base, ok := strings.CutSuffix(pattern, "/..."); ok {
			return path == base || strings.HasPrefix(path, base+"/")
		}
		return path == pattern
	}

	seen := map[string]bool{}
	for _, path := range mine {
		name, _ := relative(path)
		seen[name] = true
		r, ok := layers[name]
		if !ok {
			t.Errorf("package %s has no row in layers: add one from the \"must not know\" sentence of its doc.go", path)
			continue
		}
		p := all[path]
		direct := append([]string(nil), p.Imports...)
		deps := append([]string(nil), p.Deps...)
		if r.tests {
			for _, imp := range append(append([]string(nil), p.TestImports...), p.XTestImports...) {
				direct = append(direct, imp)
				deps = append(append(deps, imp), all[imp].Deps...)
			}
		}
		for _, pattern := range r.never {
			for _, dep := range deps {
				if dep != path && matches(pattern, dep) {
					t.Errorf("%s depends on %s (%s must not)%s", path, dep, pattern, via(all, path, direct, dep))
				}
			}
		}
		for _, pattern := range r.notDirectly {
			for _, imp := range direct {
				if matches(pattern, imp) {
					t.Errorf("%s imports %s itself (%s only through a lower layer)", path, imp, pattern)
				}
			}
		}
	}
	// One package reaches into yaegi's unexported state; gil's check point
	// flag and syncstate's reader count of a sync.RWMutex are the other
	// uses of unsafe, and they are not about yaegi.
	for _, path := range mine {
		name, _ := relative(path)
		for _, imp := range all[path].Imports {
			if imp == "unsafe" && !unsafeAllowed[name] {
				t.Errorf("%s imports unsafe: only %v may (yaegi's internals belong in internal/yaegistate)", path, unsafeAllowed)
			}
		}
	}
	// A row for a package that is gone, or a pattern naming no package of
	// the module, would check nothing.
	for name, r := range layers {
		if !seen[name] {
			t.Errorf("layers has a row for %q, which is not a package of the module", name)
		}
		for _, pattern := range append(append([]string(nil), r.never...), r.notDirectly...) {
			if !strings.HasPrefix(full(pattern), module) {
				continue
			}
			found := false
			for _, path := range mine {
				found = found || matches(pattern, path)
			}
			if !found {
				t.Errorf("row %q: %q names no package of the module", name, pattern)
			}
		}
	}
}

// via names the direct import through which path reaches dep, to make a
// failure easy to follow.
func via(all map[string]pkg, path string, direct []string, dep string) string {
	for _, imp := range direct {
		if imp == dep {
			return ""
		}
	}
	for _, imp := range direct {
		for _, d := range all[imp].Deps {
			if d == dep {
				return " through " + imp
			}
		}
	}
	return ""
}

// goList runs the go command and decodes its JSON stream (or, for -f, one
// import path a line).
func goList(t *testing.T, args ...string) []pkg {
	t.Helper()
	out, err := exec.Command("go", args...).Output()
	if err != nil {
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			t.Fatalf("go %s: %v\n%s", strings.Join(args, " "), err, exit.Stderr)
		}
		t.Fatalf("go %s: %v", strings.Join(args, " "), err)
	}
	if !strings.Contains(strings.Join(args, " "), "-json") {
		return []pkg{{ImportPath: strings.TrimSpace(string(out))}}
	}
	var pkgs []pkg
	dec := json.NewDecoder(strings.NewReader(string(out)))
	for {
		var p pkg
		if err := dec.Decode(&p); errors.Is(err, io.EOF) {
			return pkgs
		} else if err != nil {
			t.Fatalf("go %s: %v", strings.Join(args, " "), err)
		}
		pkgs = append(pkgs, p)
	}
}
