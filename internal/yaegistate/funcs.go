package yaegistate

import (
	"reflect"
	"runtime"
	"strings"
	"unsafe"
)

// funcSym is yaegi's sKind of a function symbol (scope.go: undefSym,
// binSym, bltnSym, constSym, funcSym, ...).
const funcSym = 4

// wrapperFunc is the function of the closure yaegi's genFunctionWrapper
// hands native code for an interpreted function (run.go): its captured
// words hold the declaration's node, which is the function symbol's node.
const wrapperFunc = "github.com/traefik/yaegi/interp.genFunctionWrapper.func1.1"

// makeFuncImpl's layout in package reflect (makefunc.go): makeFuncCtxt
// (fn, stack, argLen, regPtrs), then ftyp, then fn, the closure. The
// offsets are checked on each call: ftyp must be the value's own type.
const (
	makeFuncTypeOffset    = 4 * unsafe.Sizeof(uintptr(0))
	makeFuncClosureOffset = 5 * unsafe.Sizeof(uintptr(0))
	// closureWords is how many words after its code pointer the wrapper's
	// closure captures (frame, def, numRet, rcvr, funcType: 6 words).
	closureWords = 6
)

// FuncName returns the name under which package main declares the
// interpreted function that fn (a function value yaegi gave native code)
// runs, or false if fn is not such a function: a function literal, a
// method value, a native function. It reads main's symbol table, so it
// must not run while a cell compiles.
func (t *Tracker) FuncName(fn any) (string, bool) {
	v := reflect.ValueOf(fn)
	if v.Kind() != reflect.Func || v.IsNil() {
		return "", false
	}
	captured, ok := capturedWords(v)
	if !ok {
		return "", false
	}
	// The compiler orders a closure's captures as it likes: the word that
	// is the declaration is the one equal to a function symbol's node.
	for name, sym := range *t.syms {
		s := (*symbolMirror)(sym)
		if s.kind != funcSym || s.node == nil || s.recv != nil {
			continue
		}
		for _, w := range captured {
			if w == uintptr(s.node) {
				return name, true
			}
		}
	}
	return "", false
}

// capturedWords are the words captured by the closure behind a
// reflect.MakeFunc value that yaegi made for an interpreted function.
func capturedWords(v reflect.Value) ([]uintptr, bool) {
	iface := v.Interface()
	impl := (*[2]unsafe.Pointer)(unsafe.Pointer(&iface))[1]
	if impl == nil {
		return nil, false
	}
	typ := v.Type()
	wantType := (*[2]unsafe.Pointer)(unsafe.Pointer(&typ))[1] // *rtype
	// A MakeFunc value's code is reflect.makeFuncStub; anything else is a
	// native function whose memory is not laid out as below.
	if f := runtime.FuncForPC(*(*uintptr)(impl)); f == nil || f.Name() != "reflect.makeFuncStub" {
		return nil, false
	}
	if *(*unsafe.Pointer)(unsafe.Add(impl, makeFuncTypeOffset)) != wantType {
		return nil, false
	}
	closure := *(*unsafe.Pointer)(unsafe.Add(impl, makeFuncClosureOffset))
	if closure == nil {
		return nil, false
	}
	if f := runtime.FuncForPC(*(*uintptr)(closure)); f == nil || !strings.HasPrefix(f.Name(), wrapperFunc) {
		return nil, false
	}
	words := (*[closureWords + 1]uintptr)(closure)
	return append([]uintptr(nil), words[1:]...), true
}
