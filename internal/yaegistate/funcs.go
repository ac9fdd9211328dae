package yaegistate

import (
	"errors"
	"fmt"
	"reflect"
	"runtime"
	"sync"
	"unsafe"

	"github.com/traefik/yaegi/interp"
)

// FuncName is the name of the top-level function an interpreted func value
// was made from (`func name(...)` in a cell), as yaegi hands it to native
// code: a reflect.MakeFunc wrapper whose closure keeps the declaration's
// node. ok is false for anything else — a native func, a function literal,
// a method value — and whenever the layout below was not found.
//
// The layout is found once, by calibration on an interpreter of its own:
// the word of reflect's makeFuncImpl that holds the Go closure (compared
// with a MakeFunc of a closure of ours), the code of yaegi's wrapper
// closure (genFunctionWrapper), and which of its captured words is the
// declaration: the one equal in two wrappers of a function, different in
// a wrapper of another function with the same signature, and pointing to
// a node whose second child is the function's name. Words that could hold
// anything else (a frame, a count, a receiver) are ruled out by those
// comparisons before any word is followed as a pointer.
func FuncName(fn reflect.Value) (name string, ok bool) {
	c, err := funcLayout()
	if err != nil || !fn.IsValid() || fn.Kind() != reflect.Func || fn.IsNil() {
		return "", false
	}
	def := c.declaration(fn)
	if def == nil {
		return "", false
	}
	return c.declName(def)
}

type funcCalibration struct {
	stub      uintptr // reflect.makeFuncStub's code: word 0 of a makeFuncImpl
	implFn    uintptr // offset of makeFuncImpl.fn
	wrapper   uintptr // code of yaegi's wrapper closure
	defWord   uintptr // offset of the declaration in that closure
	nodeChild uintptr // offsets in yaegi's node
	nodeIdent uintptr
}

var funcLayout = sync.OnceValues(calibrateFuncs)

func funcval(fn reflect.Value) unsafe.Pointer {
	x := fn.Interface()
	return (*[2]unsafe.Pointer)(unsafe.Pointer(&x))[1]
}

func word(p unsafe.Pointer, off uintptr) unsafe.Pointer {
	return *(*unsafe.Pointer)(unsafe.Add(p, off))
}

// declaration is the declaration node behind fn, nil if fn is not a
// wrapper of yaegi's.
func (c *funcCalibration) declaration(fn reflect.Value) unsafe.Pointer {
	impl := funcval(fn)
	if impl == nil || uintptr(word(impl, 0)) != c.stub {
		return nil
	}
	closure := word(impl, c.implFn)
	if closure == nil || uintptr(word(closure, 0)) != c.wrapper {
		return nil
	}
	return word(closure, c.defWord)
}

func (c *funcCalibration) children(node unsafe.Pointer) []unsafe.Pointer {
	return *(*[]unsafe.Pointer)(unsafe.Add(node, c.nodeChild))
}

// declName reads `func name(...)` of a declaration without a receiver.
func (c *funcCalibration) declName(def unsafe.Pointer) (string, bool) {
	ch := c.children(def)
	if len(ch) != 4 || ch[0] == nil || ch[1] == nil {
		return "", false
	}
	if len(c.children(ch[0])) != 0 {
		return "", false // a method: its receiver list is not empty
	}
	name := *(*string)(unsafe.Add(ch[1], c.nodeIdent))
	return name, name != ""
}

func calibrateFuncs() (*funcCalibration, error) {
	if err := checked(); err != nil {
		return nil, err
	}
	c := &funcCalibration{}
	nodePtr := reflect.TypeFor[interp.Interpreter]()
	var f finder
	node := f.pointee(nodePtr, "roots", pointerSlice)
	c.nodeChild = f.offset(node, "child", pointerSlice)
	c.nodeIdent = f.offset(node, "ident", exactly(reflect.TypeFor[string]()))
	if len(f.errs) > 0 {
		return nil, errors.Join(f.errs...)
	}

	// makeFuncImpl: find our closure in it.
	ours := func([]reflect.Value) []reflect.Value { return nil }
	made := reflect.MakeFunc(reflect.TypeFor[func()](), ours)
	impl := funcval(made)
	c.stub = uintptr(word(impl, 0))
	oursPtr := *(*unsafe.Pointer)(unsafe.Pointer(&ours))
	for off := uintptr(8); off < 6*8; off += 8 {
		if word(impl, off) == oursPtr {
			c.implFn = off
		}
	}
	if c.implFn == 0 {
		return nil, errors.New("yaegistate: the closure of a reflect.MakeFunc was not found")
	}

	i := interp.New(interp.Options{})
	if _, err := i.Eval("package main\nfunc calibrateA(x int) int { return x }\nfunc calibrateB(x int) int { return x + 1 }"); err != nil {
		return nil, fmt.Errorf("yaegistate: calibrating: %w", err)
	}
	var closures [3]unsafe.Pointer
	for k, name := range []string{"calibrateA", "calibrateA", "calibrateB"} {
		v, err := i.Eval(name)
		if err != nil {
			return nil, fmt.Errorf("yaegistate: calibrating: %w", err)
		}
		if v.Kind() != reflect.Func || uintptr(word(funcval(v), 0)) != c.stub {
			return nil, errors.New("yaegistate: an interpreted function is not a reflect.MakeFunc")
		}
		closures[k] = word(funcval(v), c.implFn)
	}
	c.wrapper = uintptr(word(closures[0], 0))
	if f := runtime.FuncForPC(c.wrapper); f == nil || f.Name() != funcWrapper+".func1.1" {
		return nil, errors.New("yaegistate: yaegi's function wrapper was not found")
	}
	// Six captured words (frame, declaration, receiver, result count,
	// start node, use-site node): the closure holds seven.
	for off := uintptr(8); off < 7*8; off += 8 {
		a, a2, b := word(closures[0], off), word(closures[1], off), word(closures[2], off)
		if a == nil || a != a2 || a == b {
			continue
		}
		c.defWord = off
		if name, ok := c.declName(a); ok && name == "calibrateA" {
			return c, nil
		}
	}
	return nil, errors.New("yaegistate: the declaration in yaegi's function wrapper was not found")
}

// MethodReceiver is the receiver type of the method an interpreted func
// value was made from, as the cell wrote it ("T" or "*T"), such as the
// method fields of the wrapper yaegi puts a cell value in to hand it over
// as a native interface. ok is false for anything else, a generic
// receiver included. It relies on the layout FuncName does, and on a
// method declaration's first child being its receiver list, whose one
// field's last child is the receiver's type: an identifier, or a star
// expression whose one child is.
func MethodReceiver(fn reflect.Value) (recv string, ok bool) {
	c, err := funcLayout()
	if err != nil || !fn.IsValid() || fn.Kind() != reflect.Func || fn.IsNil() {
		return "", false
	}
	def := c.declaration(fn)
	if def == nil {
		return "", false
	}
	ch := c.children(def)
	if len(ch) != 4 || ch[0] == nil {
		return "", false
	}
	fields := c.children(ch[0])
	if len(fields) != 1 || fields[0] == nil {
		return "", false
	}
	parts := c.children(fields[0])
	if len(parts) == 0 || parts[len(parts)-1] == nil {
		return "", false
	}
	typ := parts[len(parts)-1]
	ident := func(n unsafe.Pointer) string { return *(*string)(unsafe.Add(n, c.nodeIdent)) }
	switch sub := c.children(typ); {
	case len(sub) == 0 && ident(typ) != "":
		return ident(typ), true
	case len(sub) == 1 && sub[0] != nil && len(c.children(sub[0])) == 0 && ident(sub[0]) != "":
		return "*" + ident(sub[0]), true
	}
	return "", false
}
