package session

import (
	"reflect"

	"github.com/gogil/gogil/session/cellsrc"
)

// The library interfaces of the method sets a cell asserts library values
// to (cellsrc/nativeshapes.go): the interpreter matches a library value
// against them with reflect, where it cannot against the cell's own
// interface literal. Each has the wrapper yaegi's symbol tables give an
// interface (_Name: the value and one function a method), through which
// the interpreter could hand a cell value to it.

// UnwrapErrors is the method set of errors.Join's value.
type UnwrapErrors interface{ Unwrap() []error }

// UnwrapError is the method set of fmt.Errorf's value with one %w.
type UnwrapError interface{ Unwrap() error }

// Timeouter is the method set of net's and os's timeout errors.
type Timeouter interface{ Timeout() bool }

// Temporaryer is the method set of net's temporary errors.
type Temporaryer interface{ Temporary() bool }

// Stringer is the method set of fmt.Stringer, which a cell writes as
// interface{ String() string } (time.Duration, net.IP, big.Int...).
type Stringer interface{ String() string }

// RuntimeErrorer is the marker method of runtime.Error: a recovered
// runtime panic (index out of range, nil map, division by zero).
type RuntimeErrorer interface{ RuntimeError() }

// RuntimeError is runtime.Error's method set written as a literal.
type RuntimeError interface {
	Error() string
	RuntimeError()
}

type _UnwrapErrors struct {
	IValue  any
	WUnwrap func() []error
}

func (w _UnwrapErrors) Unwrap() []error { return w.WUnwrap() }

type _UnwrapError struct {
	IValue  any
	WUnwrap func() error
}

func (w _UnwrapError) Unwrap() error { return w.WUnwrap() }

type _Timeouter struct {
	IValue   any
	WTimeout func() bool
}

func (w _Timeouter) Timeout() bool { return w.WTimeout() }

type _Temporaryer struct {
	IValue     any
	WTemporary func() bool
}

func (w _Temporaryer) Temporary() bool { return w.WTemporary() }

type _Stringer struct {
	IValue  any
	WString func() string
}

func (w _Stringer) String() string { return w.WString() }

type _RuntimeErrorer struct {
	IValue        any
	WRuntimeError func()
}

func (w _RuntimeErrorer) RuntimeError() { w.WRuntimeError() }

type _RuntimeError struct {
	IValue        any
	WError        func() string
	WRuntimeError func()
}

func (w _RuntimeError) Error() string { return w.WError() }
func (w _RuntimeError) RuntimeError() { w.WRuntimeError() }

// nativeShapeExports are the runner's symbols of those interfaces, by the
// names cellsrc.NativeShapes gives them.
func nativeShapeExports() map[string]reflect.Value {
	return map[string]reflect.Value{
		"UnwrapErrors":    reflect.ValueOf((*UnwrapErrors)(nil)),
		"_UnwrapErrors":   reflect.ValueOf((*_UnwrapErrors)(nil)),
		"UnwrapError":     reflect.ValueOf((*UnwrapError)(nil)),
		"_UnwrapError":    reflect.ValueOf((*_UnwrapError)(nil)),
		"Timeouter":       reflect.ValueOf((*Timeouter)(nil)),
		"_Timeouter":      reflect.ValueOf((*_Timeouter)(nil)),
		"Temporaryer":     reflect.ValueOf((*Temporaryer)(nil)),
		"_Temporaryer":    reflect.ValueOf((*_Temporaryer)(nil)),
		"Stringer":        reflect.ValueOf((*Stringer)(nil)),
		"_Stringer":       reflect.ValueOf((*_Stringer)(nil)),
		"RuntimeErrorer":  reflect.ValueOf((*RuntimeErrorer)(nil)),
		"_RuntimeErrorer": reflect.ValueOf((*_RuntimeErrorer)(nil)),
		"RuntimeError":    reflect.ValueOf((*RuntimeError)(nil)),
		"_RuntimeError":   reflect.ValueOf((*_RuntimeError)(nil)),
	}
}

// noteShapeValues remembers that a lowered part may put a library value
// in a cell's interface, that it wrote a struct literal type of a cell
// struct type's fields (cellsrc/literalstructs.go), or that it declares a
// type in a function body (cellsrc/localnames.go).
func (c *cellRun) noteShapeValues(f *cellsrc.File) {
	if f.PutsLibraryValuesInCellInterfaces() {
		c.s.mu.Lock()
		c.s.shapeValues = true
		c.s.mu.Unlock()
	}
	if f.WritesSharedLiteralStructs() {
		c.s.mu.Lock()
		c.s.literalStructs = true
		c.s.mu.Unlock()
	}
	if f.DeclaresLocalTypes() {
		c.s.mu.Lock()
		c.s.localTypes = true
		c.s.mu.Unlock()
	}
}
