package native

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"go/constant"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"plugin"
	"reflect"
	"regexp"
	"runtime"
	"runtime/debug"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gogil/gogil/gil"
	"github.com/gogil/gogil/internal/goroutine"
)

// Options configure a Compiler.
type Options struct {
	// CacheDir holds the built plugins, shared by kernels; empty means
	// $GOGIL_NATIVE_CACHE, else gogil/native under the user cache directory.
	CacheDir string
	// CacheMax bounds the cache's size in bytes (see trim.go); 0 means
	// $GOGIL_NATIVE_CACHE_MAX, else DefaultCacheMax, and a negative value
	// no limit.
	CacheMax int64
	// Report shows a panic in a goroutine that compiled code started, under
	// the cell that owns that goroutine. The panic is recovered: the kernel
	// lives on.
	Report func(text string)
}

// Compiler builds and loads the compiled cells of one kernel, bound to its
// lock.
type Compiler struct {
	lock  *gil.Lock
	opts  Options
	flags buildFlags
	// salt keeps plugin package paths apart between kernels sharing one
	// process (tests): a plugin's hooks are bound to one lock, and the same
	// package path cannot be loaded twice. The kernel binary has one
	// Compiler, salt 0, so kernels share the disk cache.
	salt int64

	mu      sync.Mutex
	checked error               // the toolchain check, made once
	funcs   map[string]compiled // the latest compiled function of each name
	loaded  map[string]*Cell    // by module path
	stops   []*uint32           // the loops' interrupt flags, one a plugin
	target  atomic.Pointer[interruptTarget]
	watch   sync.Once // the interrupt watcher starts with the first plugin
	quit    chan struct{}
	cellAPI map[string]reflect.Value
	mods    *modules
	failed  map[string]*CompileError // programs that did not build, by key
}

// compiled is a function of an earlier compiled cell, for later ones.
type compiled struct {
	sig signature
	raw reflect.Value
}

var compilers atomic.Int64

// New returns a Compiler for cells that run under lock.
func New(lock *gil.Lock, opts Options) *Compiler {
	return &Compiler{
		lock: lock, opts: opts, flags: kernelFlags(), salt: compilers.Add(1) - 1,
		funcs: map[string]compiled{}, loaded: map[string]*Cell{}, quit: make(chan struct{}),
		cellAPI: lock.Exports()[gil.ImportPath+"/gil"], mods: newModules(),
	}
}

// Close stops the interrupt watcher. Loaded plugins stay: Go cannot unload
// them.
func (c *Compiler) Close() {
	c.mu.Lock()
	defer c.mu.Unlock()
	select {
	case <-c.quit:
	default:
		close(c.quit)
	}
}

// Cell is a compiled cell, loaded.
type Cell struct {
	// ImportPath and Package are the cell's names as a native package for
	// the interpreter, in the shape of interp.Exports.
	ImportPath string
	Package    map[string]map[string]reflect.Value
	// Binding is Go source for the interpreter that declares the cell's
	// functions, types and constants under their own names.
	Binding string
	Cached  bool          // no build: the plugin was on disk or loaded already
	Took    time.Duration // build (or cache lookup) and load
	// Notes say what the build decided for the user: a module pinned to
	// the kernel's version.
	Notes []string

	funcs map[string]signature
	raw   map[string]reflect.Value // the functions themselves, for later compiled cells
}

// CompileError is a cell that did not compile; Lines name the cell's own
// line and column.
type CompileError struct{ Lines []string }

func (e *CompileError) Error() string { return strings.Join(e.Lines, "\n") }

// Compile builds a cell's declarations (or finds them built), loads them
// and returns them for the interpreter. With nogil every function of the
// cell releases the lock while it runs, when its caller holds it.
func (c *Compiler) Compile(ctx context.Context, code string, nogil bool) (*Cell, error) {
	return c.CompileShowing(ctx, code, nogil, nil)
}

// CompileShowing is Compile telling progress what it does when that takes
// a while (resolving modules, building); progress may be nil.
func (c *Compiler) CompileShowing(ctx context.Context, code string, nogil bool, progress func(step string)) (*Cell, error) {
	start := time.Now()
	if err := c.checkToolchain(ctx); err != nil {
		return nil, err
	}
	c.mu.Lock()
	earlier := make(map[string]signature, len(c.funcs))
	for n, f := range c.funcs {
		earlier[n] = f.sig
	}
	c.mu.Unlock()

	// The module path is the content address: a hash of the generated
	// source (which holds the signatures of the earlier cells it calls),
	// the toolchain, the flags and the module versions settled for it.
	const placeholder = "gogil.native/cPLACEHOLDER"
	src, err := generate(code, nogil, placeholder, earlier)
	if err != nil {
		var se *sourceError
		if errors.As(err, &se) {
			return nil, &CompileError{Lines: se.lines}
		}
		return nil, err
	}
	ext := external(src.imports)
	text := src.text
	for _, all := range []bool{false, true} {
		versions := ""
		if len(ext) > 0 {
			versions = fmt.Sprint(c.mods.requirements(ext, all))
		}
		key := c.key(text + "\n" + versions)
		modPath := "gogil.native/c" + key
		src.text = strings.ReplaceAll(text, placeholder, modPath)
		cell, err := c.buildAndLoad(ctx, key, modPath, src, ext, progress)
		if errors.Is(err, errStale) && !all {
			continue // built against other versions than this kernel's: build again
		}
		if err != nil {
			return nil, err
		}
		if len(ext) > 0 {
			// The modules' versions are settled now, which changes the key:
			// the same source again must find this cell, not build anew.
			again := "gogil.native/c" + c.key(text+"\n"+fmt.Sprint(c.mods.requirements(ext, all)))
			c.mu.Lock()
			if _, ok := c.loaded[again]; !ok {
				c.loaded[again] = c.loaded[modPath]
			}
			c.mu.Unlock()
		}
		cell.Took = time.Since(start)
		return cell, nil
	}
	return nil, errors.New("%%native: unreachable")
}

// errStale is a cached plugin of a cell with modules at versions this
// kernel cannot load.
var errStale = errors.New("stale")

func (c *Compiler) checkToolchain(ctx context.Context) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.checked == nil {
		c.checked = check(ctx, c.flags)
		if c.checked == nil {
			c.checked = errChecked
		}
	}
	if c.checked != errChecked {
		err := c.checked
		c.checked = nil // a user may fix PATH and try again
		return err
	}
	return nil
}

func (c *Compiler) buildAndLoad(ctx context.Context, key, modPath string, src *source, ext []string, progress func(string)) (*Cell, error) {
	c.mu.Lock()
	if cell, ok := c.loaded[modPath]; ok {
		c.mu.Unlock()
		again := *cell
		again.Cached, again.Notes = true, nil
		c.remember(cell)
		return &again, nil
	}
	c.mu.Unlock()

	dir, err := c.cacheDir()
	if err != nil {
		return nil, err
	}
	so := filepath.Join(dir, key, "cell.so")
	cached := true
	var notes []string
	if _, err := os.Stat(so); err == nil {
		touch(filepath.Join(dir, key))
	} else {
		cached = false
		files := map[string]string{"cell.go": src.text, "gil/gil.go": shimSource}
		if notes, err = c.build(ctx, dir, key, modPath, files, ext, progress, nil); err != nil {
			return nil, err
		}
	}
	linked, err := readModules(filepath.Join(dir, key))
	if err != nil {
		return nil, err
	}
	if err := c.mods.conflicts(linked); err != nil {
		if cached {
			return nil, errStale
		}
		return nil, err
	}
	cell, err := c.load(so, modPath, src)
	if err != nil {
		return nil, err
	}
	c.mods.settle(linked)
	cell.Cached, cell.Notes = cached, notes
	return cell, nil
}

var errChecked = errors.New("checked")

func (c *Compiler) key(text string) string {
	h := sha256.New()
	fmt.Fprintf(h, "gogil native 3\n%s\n%q\n%q\nsalt %d\n%s\n%s", runtime.Version(), c.buildArgs(), c.flags.env, c.salt, shimSource, text)
	return hex.EncodeToString(h.Sum(nil))[:20]
}

// toolchainKey names what the build cache holds after a first build: the
// runtime compiled for plugins by this toolchain with these flags.
func (c *Compiler) toolchainKey() string {
	h := sha256.New()
	fmt.Fprintf(h, "%s\n%q\n%q", runtime.Version(), c.buildArgs(), c.flags.env)
	return hex.EncodeToString(h.Sum(nil))[:12]
}

func (c *Compiler) cacheDir() (string, error) {
	dir := c.opts.CacheDir
	if dir == "" {
		dir = os.Getenv("GOGIL_NATIVE_CACHE")
	}
	if dir == "" {
		base, err := os.UserCacheDir()
		if err != nil {
			return "", fmt.Errorf("%%%%native: no cache directory (set GOGIL_NATIVE_CACHE): %w", err)
		}
		dir = filepath.Join(base, "gogil", "native")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("%%%%native: cache directory: %w", err)
	}
	// A limit that does not parse is refused here, where each use of the
	// cache asks, rather than trimmed by a guess.
	if _, err := c.cacheMax(); err != nil {
		return "", err
	}
	return dir, nil
}

// buildArgs are go build's flags for a plugin: the kernel's own (they
// decide the packages' hashes, which plugin.Open compares) and linker
// flags, which do not: no DWARF and no symbol table (a panic's lines come
// from the pclntab, which stays), a quarter less work for the linker and
// the external linker it runs.
func (c *Compiler) buildArgs() []string {
	args := []string{"-buildmode=plugin", "-buildvcs=false", "-ldflags=-s -w"}
	return append(args, c.flags.args...)
}

func goLanguageVersion() string {
	v := strings.TrimPrefix(runtime.Version(), "go")
	if parts := strings.SplitN(v, ".", 3); len(parts) >= 2 {
		v = parts[0] + "." + parts[1]
	}
	return v
}

// build writes the module into a fresh directory and renames it into
// place when the plugin is built, so that kernels sharing the cache never
// see half a plugin. A cell that imports modules has them resolved first
// (resolve), and its directory keeps the list of what the plugin links
// (modules.txt).
// prepare, when not nil, writes more of the module once its requirements
// are resolved.
func (c *Compiler) build(ctx context.Context, dir, key, modPath string, files map[string]string, ext []string, progress func(string), prepare func(work string) error) (notes []string, err error) {
	work, err := os.MkdirTemp(dir, key+".build-")
	if err != nil {
		return nil, fmt.Errorf("%%%%native: %w", err)
	}
	defer os.RemoveAll(work)
	for name, body := range files {
		path := filepath.Join(work, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return nil, err
		}
		if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
			return nil, err
		}
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		return nil, fmt.Errorf("%w: `go` is not in PATH", ErrMissing)
	}
	linked := map[string]string{}
	if len(ext) > 0 {
		show(progress, "resolving "+strings.Join(ext, ", ")+" through the Go module proxy")
		if linked, notes, err = c.resolve(ctx, goTool, work, modPath, ext); err != nil {
			return nil, err
		}
	} else if err := writeGoMod(work, modPath, nil); err != nil {
		return nil, err
	}
	if err := writeModules(work, linked); err != nil {
		return nil, err
	}
	if prepare != nil {
		if err := prepare(work); err != nil {
			return nil, err
		}
	}
	primed := filepath.Join(dir, "primed-"+c.toolchainKey())
	if _, err := os.Stat(primed); err != nil {
		show(progress, "building; the first build on this machine also compiles Go's runtime for plugins into the build cache (priming it: about 5 s, once a machine and Go version; `gogil install` does it ahead)")
	} else {
		show(progress, "building")
	}
	// -mod=readonly: go.mod is complete (resolve wrote it), and a -mod in
	// the user's GOFLAGS (vendor) must not apply to this module.
	args := append([]string{"build", "-mod=readonly", "-o", "cell.so"}, c.buildArgs()...)
	args = append(args, ".")
	out, err := goCommand(ctx, goTool, work, c.flags.env, args...).CombinedOutput()
	if err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, &CompileError{Lines: buildErrors(string(out))}
	}
	_ = os.WriteFile(primed, nil, 0o644)
	final := filepath.Join(dir, key)
	if err := os.Rename(work, final); err != nil {
		if _, statErr := os.Stat(filepath.Join(final, "cell.so")); statErr == nil {
			return notes, nil // another kernel built the same cell meanwhile
		}
		return nil, fmt.Errorf("%%%%native: %w", err)
	}
	c.trim(dir)
	return notes, nil
}

func show(progress func(string), step string) {
	if progress != nil {
		progress(step)
	}
}

// modules.txt: "module version" lines, what a plugin links besides the
// standard library.
func writeModules(dir string, linked map[string]string) error {
	var b strings.Builder
	for _, mod := range sortedKeys(linked) {
		fmt.Fprintf(&b, "%s %s\n", mod, linked[mod])
	}
	return os.WriteFile(filepath.Join(dir, "modules.txt"), []byte(b.String()), 0o644)
}

func readModules(dir string) (map[string]string, error) {
	data, err := os.ReadFile(filepath.Join(dir, "modules.txt"))
	if err != nil {
		return nil, fmt.Errorf("%%%%native: the cached plugin in %s is incomplete (remove that directory): %w", dir, err)
	}
	linked := map[string]string{}
	for _, line := range strings.Split(string(data), "\n") {
		if mod, v, ok := strings.Cut(line, " "); ok {
			linked[mod] = v
		}
	}
	return linked, nil
}

// A compile error line: "cell:3:5: undefined: x" (our //line directive).
var errorLine = regexp.MustCompile(`(?m)^(?:\./)?` + cellFile + `:(\d+):(\d+): (.*)$`)

// buildErrors keeps the go tool's messages about the cell, at the cell's
// lines; anything else (a module that does not resolve, a linker failure)
// is shown whole.
func buildErrors(out string) []string {
	var lines []string
	for _, m := range errorLine.FindAllStringSubmatch(out, -1) {
		lines = append(lines, fmt.Sprintf("line %s, column %s: %s", m[1], m[2], m[3]))
	}
	if len(lines) > 0 {
		return lines
	}
	var rest []string
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		if !strings.HasPrefix(l, "# ") {
			rest = append(rest, l)
		}
	}
	return rest
}

// load opens the plugin, binds its gil package to the lock and links it to
// the functions of earlier compiled cells it calls.
func (c *Compiler) load(so, modPath string, src *source) (*Cell, error) {
	p, err := plugin.Open(so)
	if err != nil {
		return nil, fmt.Errorf("%%%%native: loading the compiled cell failed (a plugin must be built by the kernel's toolchain with its flags): %w", err)
	}
	lookup := func(name string) (reflect.Value, error) {
		sym, err := p.Lookup(name)
		if err != nil {
			return reflect.Value{}, fmt.Errorf("%%%%native: %w", err)
		}
		return reflect.ValueOf(sym), nil
	}
	table := func(name string) (map[string]any, error) {
		f, err := lookup(name)
		if err != nil {
			return nil, err
		}
		return f.Call(nil)[0].Interface().(map[string]any), nil
	}
	bind, err := lookup("Gogil_Bind")
	if err != nil {
		return nil, err
	}
	stop := bind.Elem().Call(c.hooks())[0].Interface().(*uint32)
	links, err := table("Gogil_Links")
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	for name, ptr := range links {
		v := reflect.ValueOf(ptr).Elem()
		f, ok := c.funcs[name]
		if !ok || !f.raw.Type().AssignableTo(v.Type()) {
			c.mu.Unlock()
			return nil, fmt.Errorf("%%%%native: %s changed since this cell was built; run it again", name)
		}
		v.Set(f.raw)
	}
	c.mu.Unlock()
	symbols, err := table("Gogil_Symbols")
	if err != nil {
		return nil, err
	}
	exports := make(map[string]reflect.Value, len(symbols))
	for name, v := range symbols {
		exports[name] = reflect.ValueOf(v)
	}
	for _, name := range src.consts {
		exports[name] = constantValue(symbols[name])
	}
	rawFuncs, err := table("Gogil_Raw")
	if err != nil {
		return nil, err
	}
	raw := make(map[string]reflect.Value, len(rawFuncs))
	for name, f := range rawFuncs {
		raw[name] = reflect.ValueOf(f)
	}
	cell := &Cell{
		ImportPath: modPath,
		Package:    map[string]map[string]reflect.Value{modPath + "/native": exports},
		Binding:    binding(modPath, src),
		funcs:      src.funcs,
		raw:        raw,
	}
	c.mu.Lock()
	c.loaded[modPath] = cell
	c.stops = append(c.stops, stop)
	c.mu.Unlock()
	c.watch.Do(c.watchInterrupts)
	c.remember(cell)
	// Loading touched most of the plugin, its own dead copy of the
	// runtime included; give back what is clean (releaseLoaded).
	releaseLoaded(so)
	return cell, nil
}

// remember makes a cell's functions the ones later compiled cells call:
// the latest cell to declare a name wins, also when it is loaded again.
func (c *Compiler) remember(cell *Cell) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for n, sig := range cell.funcs {
		c.funcs[n] = compiled{sig: sig, raw: cell.raw[n]}
	}
}

// binding declares the cell's names in the interpreter: a function is a
// variable holding the compiled function (a later cell may replace it), a
// type an alias, a constant a constant.
func binding(modPath string, src *source) string {
	alias := "__native_" + modPath[strings.LastIndex(modPath, "/c")+2:]
	var b strings.Builder
	fmt.Fprintf(&b, "import %s %q\n", alias, modPath)
	for _, n := range sortedKeys(src.funcs) {
		fmt.Fprintf(&b, "var %s = %s.%s\n", n, alias, n)
	}
	for _, n := range src.types {
		fmt.Fprintf(&b, "type %s = %s.%s\n", n, alias, n)
	}
	for _, n := range src.consts {
		fmt.Fprintf(&b, "const %s = %s.%s\n", n, alias, n)
	}
	return b.String()
}

// hooks are the values Bind gives the plugin's gil package.
func (c *Compiler) hooks() []reflect.Value {
	l := c.lock
	api := func(name string) reflect.Value { return c.cellAPI[name] }
	saveThread := api("SaveThread").Interface().(func() gil.State)
	restoreThread := api("RestoreThread").Interface().(func(gil.State))
	ensure := api("Ensure").Interface().(func() gil.State)
	release := api("Release").Interface().(func(gil.State))
	held := api("Held").Interface().(func() bool)
	return []reflect.Value{
		reflect.ValueOf(func() any { return saveThread() }),
		reflect.ValueOf(func(s any) { restoreThread(stateOf(s)) }),
		reflect.ValueOf(func() any { return ensure() }),
		reflect.ValueOf(func(s any) { release(stateOf(s)) }),
		reflect.ValueOf(held),
		// Numba's nogil wrapper: let go only if the caller holds the lock.
		reflect.ValueOf(func() any {
			t := l.Current()
			if l.Held(t) && l.Drop(t) == nil {
				return t
			}
			return (*gil.Thread)(nil)
		}),
		reflect.ValueOf(func(t any) {
			if t, _ := t.(*gil.Thread); t != nil {
				_ = l.Take(t) // fails only on an interrupt, which ends the cell anyway
			}
		}),
		reflect.ValueOf(c.spawn),
		reflect.ValueOf(c.interrupted),
		reflect.ValueOf(annotate),
	}
}

// constantValue is a constant of the cell for the interpreter: one of a
// default type (untyped in the cell, most likely) stays untyped, as a
// constant.Value in yaegi's tables; one of a named type keeps it.
func constantValue(x any) reflect.Value {
	switch x := x.(type) {
	case int:
		return reflect.ValueOf(constant.MakeInt64(int64(x)))
	case int32:
		return reflect.ValueOf(constant.MakeInt64(int64(x)))
	case complex128:
		return reflect.ValueOf(constant.BinaryOp(constant.MakeFloat64(real(x)), token.ADD, constant.MakeImag(constant.MakeFloat64(imag(x)))))
	case float64, string, bool:
		return reflect.ValueOf(constant.Make(x))
	}
	return reflect.ValueOf(x)
}

// stateOf is the lock's state back from compiled code, which only carries
// it; a zero State (a gil.State{} made by hand) is refused by the lock.
func stateOf(s any) gil.State {
	st, _ := s.(gil.State)
	return st
}

// spawn starts what a compiled go statement names, with a recover: a
// panic in a goroutine would otherwise end the kernel.
func (c *Compiler) spawn(fn any, args []any, spread bool) {
	f := reflect.ValueOf(fn)
	in := make([]reflect.Value, len(args))
	t := f.Type()
	for i, a := range args {
		var want reflect.Type
		switch {
		case spread && i == len(args)-1 || !t.IsVariadic() || i < t.NumIn()-1:
			want = t.In(min(i, t.NumIn()-1))
		default:
			want = t.In(t.NumIn() - 1).Elem()
		}
		in[i] = convert(a, want)
	}
	// The goroutine works for the cell its starter works for: its output
	// lands there, and an interrupt of that cell stops its loops.
	registry := c.lock.Registry()
	owner := registry.Owner(goroutine.ID())
	go func() {
		defer registry.BindCell(goroutine.ID(), owner)()
		defer c.recoverGoroutine()
		if spread {
			f.CallSlice(in)
			return
		}
		f.Call(in)
	}()
}

// convert gives an argument the parameter's type: an untyped constant
// argument reached spawn with its default type (1 as int for a float64).
func convert(a any, want reflect.Type) reflect.Value {
	if a == nil {
		return reflect.Zero(want)
	}
	v := reflect.ValueOf(a)
	if v.Type().AssignableTo(want) {
		return v
	}
	if v.Type().ConvertibleTo(want) {
		return v.Convert(want)
	}
	return v
}

// cellLine finds the compiled cell's line in a stack: our //line directive
// names the cell's file "cell".
var cellLine = regexp.MustCompile(`\n\t` + cellFile + `:(\d+)`)

func (c *Compiler) recoverGoroutine() {
	r := recover()
	if r == nil || r == gil.ErrInterrupted { // the interrupted cell says so
		return
	}
	stack := string(debug.Stack())
	where := ""
	if m := cellLine.FindStringSubmatch(stack); m != nil {
		where = " at line " + m[1] + " of the %%native cell"
	}
	text := fmt.Sprintf("\n*** gogil: panic in a goroutine of compiled code%s (recovered; the kernel keeps running) ***\npanic: %v\n", where, r)
	if c.opts.Report != nil {
		c.opts.Report(text)
		return
	}
	fmt.Fprint(os.Stderr, text)
}

// annotate gives a panic leaving compiled code the cell's line. It runs
// in a deferred call, so the stack still holds the panicking frames.
func annotate(r any) any {
	if r == gil.ErrInterrupted {
		return r
	}
	if _, done := r.(*PanicError); done {
		return r
	}
	return &PanicError{Value: r, Line: PanicLine(string(debug.Stack()))}
}

// PanicError is a panic that left compiled code: its value, and the line
// of the %%native cell where it happened (empty if the stack had none).
type PanicError struct {
	Value any
	Line  string
}

func (e *PanicError) Error() string {
	if e.Line == "" {
		return fmt.Sprint(e.Value)
	}
	return fmt.Sprintf("%v\n(at line %s of the %%%%native cell)", e.Value, e.Line)
}

// Unwrap lets errors.Is and errors.As see an error panic's own value.
func (e *PanicError) Unwrap() error {
	err, _ := e.Value.(error)
	return err
}

// PanicLine is the line of the compiled cell a panic's stack names, or 0.
func PanicLine(stack string) string {
	if m := cellLine.FindStringSubmatch(stack); m != nil {
		return m[1]
	}
	return ""
}

// interruptTarget is the interrupt the loops' flags are raised for: its
// count (gil.Interrupter.Count), the cell that was running when it came
// (the running.Registry's cell value) and when it came.
type interruptTarget struct {
	epoch uint64
	cell  any
	at    time.Time
}

// interruptGrace is how long loops of other cells' goroutines may pay the
// slow path of a raised flag before the flags come down: long enough for
// every goroutine of the interrupted cell that runs a loop to be scheduled
// and check it (Go preempts every 10 ms).
const interruptGrace = 250 * time.Millisecond

// watchInterrupts raises every compiled loop's flag when the kernel's
// interrupt comes, for the cell running then (raise). The flags come down
// in interrupted, once other goroutines have paid for them long enough.
func (c *Compiler) watchInterrupts() {
	intr := c.lock.Interrupter()
	go func() {
		for {
			select {
			case <-intr.Done():
			case <-c.quit:
				return
			}
			c.raise()
			for intr.Pending() { // Done stays closed until the next cell resets it
				select {
				case <-time.After(20 * time.Millisecond):
				case <-c.quit:
					return
				}
				if t := c.target.Load(); t.epoch != intr.Count() && intr.Pending() {
					c.raise() // reset and interrupted again between two looks
				}
			}
		}
	}()
}

func (c *Compiler) raise() {
	intr := c.lock.Interrupter()
	c.target.Store(&interruptTarget{epoch: intr.Count(), cell: c.lock.Registry().Running(), at: time.Now()})
	c.setStops(1)
}

func (c *Compiler) setStops(v uint32) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, s := range c.stops {
		atomic.StoreUint32(s, v)
	}
}

// interrupted is a compiled loop's slow path, taken while its flag is up.
// The loop stops (with KeyboardInterrupt) if its goroutine works for the
// interrupted cell: the cell's own, a thread or goroutine it started, also
// when it looks after the next cell has started. A goroutine of any other
// cell goes on; once the grace has passed, the first to look lowers the
// flags, so loops of other cells pay the slow path only that long.
func (c *Compiler) interrupted() {
	t := c.target.Load()
	if t == nil || t.epoch != c.lock.Interrupter().Count() {
		return // an interrupt the watcher has not recorded yet
	}
	if c.lock.Registry().Owner(goroutine.ID()) == t.cell {
		panic(gil.ErrInterrupted)
	}
	if time.Since(t.at) > interruptGrace {
		c.setStops(0)
	}
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
