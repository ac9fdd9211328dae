package cellfmt

import (
	"fmt"
	"io"
	"reflect"
)

// The interpreter hands a cell value to a native function under one
// interface per call argument, picked from the function's MapTypes when it
// has them. fmt.Fprint's writer is such an argument: a cell writer that also
// has a String method would be handed over as a fmt.Stringer, which is no
// io.Writer. The interfaces below join io.Writer to each printing interface,
// so one wrapper serves both where the writer goes and where a value is
// printed.

// WriterFormatter is an io.Writer with a Format method.
type WriterFormatter interface {
	io.Writer
	fmt.Formatter
}

// WriterError is an io.Writer with an Error method.
type WriterError interface {
	io.Writer
	Error
}

// WriterStringer is an io.Writer with a String method.
type WriterStringer interface {
	io.Writer
	fmt.Stringer
}

// The wrappers yaegi fills for them, by its convention: the value, then
// one func field per method.
type writerFormatterWrapper struct {
	IValue  any
	WFormat func(f fmt.State, verb rune)
	WWrite  func(p []byte) (int, error)
}

func (w writerFormatterWrapper) Format(f fmt.State, verb rune) { w.WFormat(f, verb) }
func (w writerFormatterWrapper) Write(p []byte) (int, error)   { return w.WWrite(p) }

type writerErrorWrapper struct {
	IValue any
	WError func() string
	WWrite func(p []byte) (int, error)
}

func (w writerErrorWrapper) Error() string               { return w.WError() }
func (w writerErrorWrapper) Write(p []byte) (int, error) { return w.WWrite(p) }

type writerStringerWrapper struct {
	IValue  any
	WString func() string
	WWrite  func(p []byte) (int, error)
}

func (w writerStringerWrapper) String() string              { return w.WString() }
func (w writerStringerWrapper) Write(p []byte) (int, error) { return w.WWrite(p) }

func writerSymbols(symbols map[string]reflect.Value) {
	symbols["WriterFormatter"] = reflect.ValueOf((*WriterFormatter)(nil))
	symbols["_WriterFormatter"] = reflect.ValueOf((*writerFormatterWrapper)(nil))
	symbols["WriterError"] = reflect.ValueOf((*WriterError)(nil))
	symbols["_WriterError"] = reflect.ValueOf((*writerErrorWrapper)(nil))
	symbols["WriterStringer"] = reflect.ValueOf((*WriterStringer)(nil))
	symbols["_WriterStringer"] = reflect.ValueOf((*writerStringerWrapper)(nil))
}

// WrappedWriter is Wrapped for the functions whose first argument is an
// io.Writer (fmt.Fprint and the like): a printing interface joined to
// io.Writer comes before the printing interface alone, in fmt's order.
func WrappedWriter() []reflect.Type {
	return append([]reflect.Type{
		reflect.TypeFor[WriterFormatter](),
		reflect.TypeFor[WriterError](),
		reflect.TypeFor[WriterStringer](),
	}, Wrapped()...)
}
