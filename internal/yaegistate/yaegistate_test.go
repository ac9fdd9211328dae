package yaegistate

import (
	"fmt"
	"go/scanner"
	"go/token"
	"reflect"
	"runtime/debug"
	"strings"
	"testing"
	"unsafe"

	"github.com/traefik/yaegi/interp"
	"github.com/traefik/yaegi/stdlib"
)

func TestCheckPasses(t *testing.T) {
	if err := Check(); err != nil {
		t.Fatal(err)
	}
}

func TestVersionOf(t *testing.T) {
	const cached = "/root/go/pkg/mod/github.com/traefik/yaegi@v0.16.1/interp/interp.go"
	withDep := func(dep debug.Module) *debug.BuildInfo {
		return &debug.BuildInfo{Deps: []*debug.Module{{Path: "example.com/other", Version: "v1.0.0"}, &dep}}
	}
	for _, tc := range []struct {
		name    string
		info    *debug.BuildInfo
		ok      bool
		file    string
		want    string
		wantErr string
	}{
		{"listed", withDep(debug.Module{Path: modulePath, Version: "v0.16.1"}), true, "", "v0.16.1", ""},
		{"listed other", withDep(debug.Module{Path: modulePath, Version: "v0.17.0"}), true, cached, "v0.17.0", ""},
		{"replaced by a version", withDep(debug.Module{Path: modulePath, Version: "v0.16.1", Replace: &debug.Module{Path: "example.com/fork", Version: "v0.16.2"}}), true, "", "v0.16.2", ""},
		{"replaced by a directory", withDep(debug.Module{Path: modulePath, Version: "v0.16.1", Replace: &debug.Module{Path: "../yaegi"}}), true, "", "", "replaced by the directory ../yaegi"},
		{"test binary", &debug.BuildInfo{}, true, cached, "v0.16.1", ""},
		{"trimpath", &debug.BuildInfo{}, true, "github.com/traefik/yaegi@v0.15.0/interp/interp.go", "v0.15.0", ""},
		{"no build info", nil, false, cached, "v0.16.1", ""},
		{"nothing to go by", nil, false, "/src/yaegi/interp/interp.go", "", "not in the module cache"},
	} {
		got, err := versionOf(tc.info, tc.ok, tc.file)
		if got != tc.want || (err == nil) != (tc.wantErr == "") || (err != nil && !strings.Contains(err.Error(), tc.wantErr)) {
			t.Errorf("%s: versionOf = %q, %v; want %q, error containing %q", tc.name, got, err, tc.want, tc.wantErr)
		}
	}
}

func TestCheckVersionNamesBoth(t *testing.T) {
	if err := checkVersion(Version, nil); err != nil {
		t.Errorf("the expected version refused: %v", err)
	}
	err := checkVersion("v0.16.2", nil)
	if err == nil || !strings.Contains(err.Error(), "v0.16.2") || !strings.Contains(err.Error(), Version) {
		t.Errorf("wrong version: error %v, want one naming both versions", err)
	}
}

// Types shaped like yaegi's, with one difference each, for the layout check.
type (
	fakeInterpreter struct {
		binPkg   interp.Exports
		rdir     map[string]bool
		frame    *fakeFrame
		universe *fakeScope
		scopes   map[string]*fakeScope
		srcPkg   map[string]map[string]*fakeSymbol
		pkgNames map[string]string
		roots    []*int
		generic  map[string]*int
	}
	fakeScope struct {
		child []*fakeScope
		types []reflect.Type
		sym   map[string]*fakeSymbol
		level int
	}
	fakeSymbol struct {
		kind    uint
		typ     *fakeType
		node    *int
		from    []*int
		recv    *int
		index   int32 // yaegi's is an int
		rval    reflect.Value
		builtin func()
		global  bool
	}
	fakeType struct {
		method   []*int
		ptr      *fakeType
		instance []*fakeType
	}
	fakeFrame struct{ values []reflect.Value } // yaegi's is named data
)

func TestLayoutNamesWhatDiffers(t *testing.T) {
	_, err := findLayout(reflect.TypeFor[fakeInterpreter](), reflect.TypeFor[symbolMirror]())
	if err == nil {
		t.Fatal("a layout with two differences was accepted")
	}
	for _, want := range []string{"fakeFrame has no field data", "field 5 is index int32", Version} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error lacks %q:\n%v", want, err)
		}
	}
	if strings.Contains(err.Error(), "fakeType") || strings.Contains(err.Error(), "fakeScope") {
		t.Errorf("error names types that match:\n%v", err)
	}
}

func TestLayoutRefusesAWrongMirror(t *testing.T) {
	type swapped struct {
		kind    uint
		node    unsafe.Pointer
		typ     unsafe.Pointer
		from    []unsafe.Pointer
		recv    unsafe.Pointer
		index   int
		rval    reflect.Value
		builtin unsafe.Pointer
		global  bool
	}
	_, err := findLayout(reflect.TypeFor[interp.Interpreter](), reflect.TypeFor[swapped]())
	if err == nil || !strings.Contains(err.Error(), "field 1 is typ") {
		t.Errorf("a mirror with two fields swapped: error %v", err)
	}
}

// newInterpreter is an interpreter that has compiled main once, with
// each of defs compiled and run. (Like a session's cell parts, each is
// either declarations or statements.)
func newInterpreter(t *testing.T, defs ...string) (*interp.Interpreter, *Tracker) {
	t.Helper()
	i := interp.New(interp.Options{})
	if err := i.Use(stdlib.Symbols); err != nil {
		t.Fatal(err)
	}
	for _, src := range append([]string{`import "fmt"`}, defs...) {
		if _, err := i.Eval(src); err != nil {
			t.Fatal(err)
		}
	}
	tr, err := Open(i)
	if err != nil {
		t.Fatal(err)
	}
	return i, tr
}

// identifiers lists the identifiers of src: the names a compilation of it
// may touch (the session works them out from the AST).
func identifiers(src string) []string {
	var s scanner.Scanner
	fset := token.NewFileSet()
	s.Init(fset.AddFile("", -1, len(src)), []byte(src), nil, 0)
	var names []string
	for {
		_, tok, lit := s.Scan()
		if tok == token.EOF {
			return names
		}
		if tok == token.IDENT {
			names = append(names, lit)
		}
	}
}

func eval(t *testing.T, i *interp.Interpreter, src string) string {
	t.Helper()
	v, err := i.Eval(src)
	if err != nil {
		return "error: " + err.Error()
	}
	return fmt.Sprint(v)
}

func TestAbortUndoesAFailedCompilation(t *testing.T) {
	i, tr := newInterpreter(t, "x := 1", "func f() int { return 1 }\ntype T struct{ A int }")
	slots := tr.FrameSlots()
	src := "var x = \"s\"\nfunc f() int { return 2 }\nfunc (T) M() int { return 3 }\nfunc g() int { return 4 }\nfunc h() { nope() }"
	ch := tr.Begin(identifiers(src), []string{"T"})
	if _, err := i.Compile(src); err == nil {
		t.Fatal("the broken code compiled")
	}
	tr.Abort(ch)
	if got := tr.FrameSlots(); got != slots {
		t.Errorf("frame layout has %d slots after the failed compilation, %d before", got, slots)
	}
	for src, want := range map[string]string{
		"fmt.Sprint(f())":   "1",
		"fmt.Sprint(x + 1)": "2",
	} {
		if got := eval(t, i, src); got != want {
			t.Errorf("%s = %s, want %s", src, got, want)
		}
	}
	for _, src := range []string{"g()", "T{}.M()"} {
		if got := eval(t, i, src); !strings.HasPrefix(got, "error:") {
			t.Errorf("%s = %s after the compilation defining it failed", src, got)
		}
	}
}

func TestRevertUndoesACommittedCompilation(t *testing.T) {
	i, tr := newInterpreter(t, "x := 1")
	slots := tr.FrameSlots()
	src := "import \"unicode\"\nvar y = 5\nfunc h() int { return 3 }\nfunc Pick[V any](a, b V) V { return b }\nfunc z() int { return Pick[int](1, 2) }"
	ch := tr.Begin(append(identifiers(src), "unicode", "unicode/_.go"), nil)
	if _, err := i.Compile(src); err != nil {
		t.Fatal(err)
	}
	tr.Commit(ch)
	tr.Revert(ch)
	if got := tr.FrameSlots(); got != slots {
		t.Errorf("frame layout has %d slots after the revert, %d before", got, slots)
	}
	for _, src := range []string{"h()", "y", "z()", "Pick[int](1, 2)", "unicode.IsUpper('A')"} {
		if got := eval(t, i, src); !strings.HasPrefix(got, "error:") {
			t.Errorf("%s = %s after its compilation was reverted", src, got)
		}
	}
	// The names are free again, and the import can be made again.
	eval(t, i, src)
	if got := eval(t, i, "fmt.Sprint(unicode.IsUpper('A'), h(), z())"); got != "true 3 2" {
		t.Errorf("compiling the reverted code again: %s", got)
	}
}

func TestOpenNeedsMain(t *testing.T) {
	if _, err := Open(interp.New(interp.Options{})); err == nil || !strings.Contains(err.Error(), "package main") {
		t.Errorf("Open on a fresh interpreter: %v", err)
	}
}

func TestForgetRoots(t *testing.T) {
	i, _ := newInterpreter(t, "a := 1")
	for range 3 {
		eval(t, i, "a++")
	}
	if n := RootsLen(i); n < 1 {
		t.Fatalf("yaegi holds %d roots after 4 compilations; the test no longer sees them", n)
	}
	ForgetRoots(i)
	if n := RootsLen(i); n != 0 {
		t.Errorf("%d roots after ForgetRoots", n)
	}
	if got := eval(t, i, "a"); got != "4" {
		t.Errorf("a = %s after ForgetRoots, want 4", got)
	}
}

// TestFuncNameOfHandedValues: values a cell hands native code, through
// a variable too; literals and native functions have no name.
func TestFuncNameOfHandedValues(t *testing.T) {
	i := interp.New(interp.Options{})
	var got []any
	if err := i.Use(interp.Exports{"p/p": {"Take": reflect.ValueOf(func(f any) { got = append(got, f) })}}); err != nil {
		t.Fatal(err)
	}
	for _, src := range []string{`import "p"`, `func sq(x int) int { return x * x }`, `func cube(x int) int { return x * x * x }`} {
		if _, err := i.Eval(src); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := i.Eval(`p.Take(sq); p.Take(cube); g := cube; p.Take(g); p.Take(func(x int) int { return x })`); err != nil {
		t.Fatal(err)
	}
	got = append(got, strings.ToUpper)
	want := []string{"sq", "cube", "cube", "", ""}
	for k, f := range got {
		name, ok := FuncName(reflect.ValueOf(f))
		if name != want[k] || ok != (want[k] != "") {
			t.Errorf("value %d: FuncName = %q, %v; want %q", k, name, ok, want[k])
		}
	}
}

// TestCommitForgetsNestedScopes: main's list of nested scopes, which would
// hold every compiled cell, is empty after each commit, and what those
// scopes defined keeps working (functions, closures over a top-level
// block's variable, a revert of a later compilation).
func TestCommitForgetsNestedScopes(t *testing.T) {
	i, tr := newInterpreter(t)
	compile := func(src string) *Change {
		t.Helper()
		ch := tr.Begin(identifiers(src), nil)
		prog, err := i.Compile(src)
		if err != nil {
			tr.Abort(ch)
			t.Fatal(err)
		}
		tr.Commit(ch)
		if _, err := i.Execute(prog); err != nil {
			t.Fatal(err)
		}
		return ch
	}
	compile("func sum(xs []int) int { s := 0; for _, x := range xs { if x > 0 { s += x } }; return s }")
	compile("fs := []func() int{}\nif len(fs) == 0 { base := 10; fs = append(fs, func() int { return base * 2 }) }")
	if n := len(*tr.children(tr.main)); n != 0 {
		t.Errorf("main keeps %d nested scopes after a commit", n)
	}
	ch := compile("func later() int { { return 7 } }")
	tr.Revert(ch)
	if got := eval(t, i, "fmt.Sprint(sum([]int{1, -2, 3}), fs[0]())"); got != "4 20" {
		t.Errorf("after forgetting scopes: %s, want 4 20", got)
	}
	if got := eval(t, i, "later()"); !strings.HasPrefix(got, "error:") {
		t.Errorf("later() = %s after its compilation was reverted", got)
	}
}

// TestGrowFrameDoubles: with GrowFrame before each run, the frame's array
// is reallocated a logarithmic number of times over many cells (yaegi
// alone reallocates and copies it for each), and every variable keeps its
// value.
func TestGrowFrameDoubles(t *testing.T) {
	i, tr := newInterpreter(t)
	arrays := map[uintptr]bool{}
	const cells = 300
	for k := range cells {
		src := fmt.Sprintf("v%d := %d", k, k)
		ch := tr.Begin(identifiers(src), nil)
		prog, err := i.Compile(src)
		if err != nil {
			t.Fatal(err)
		}
		tr.Commit(ch)
		tr.GrowFrame()
		if _, err := i.Execute(prog); err != nil {
			t.Fatal(err)
		}
		f := *(*unsafe.Pointer)(unsafe.Add(tr.interp, tr.layout.frame))
		arrays[uintptr(unsafe.Pointer(unsafe.SliceData(*(*[]reflect.Value)(unsafe.Add(f, tr.layout.frameData)))))] = true
	}
	if len(arrays) > 12 {
		t.Errorf("the frame's array was reallocated %d times over %d cells", len(arrays), cells)
	}
	if got := eval(t, i, "fmt.Sprint(v0, v1, v150, v299)"); got != "0 1 150 299" {
		t.Errorf("variables after growing the frame: %s", got)
	}
}
