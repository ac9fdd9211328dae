package session

import (
	"reflect"
	"strings"
)

// errorsUnwrap is __gogil.ErrorsUnwrap (cellsrc/errorchain.go): Go's
// errors.Unwrap, for a chain whose links may be cell values (whose Unwrap
// method the interpreter's wrapper does not carry: the cell's own
// function for the link's name is called, as errorsIs does) and which may
// give back the printing layer's stand-in for what fmt.Errorf's %w was
// handed: the interpreter's own value is given back instead, so that ==,
// type switches and assertions see what the cell put in.
func (r *cellTypeRegistry) errorsUnwrap(err error, methods ...any) error {
	if err == nil {
		return nil
	}
	w := asWalk{r: r, op: "errors.Unwrap"}
	w.methods(methods)
	err = interpreted(err)
	if name, held, cell := w.link(err); cell {
		f := w.next(name)
		if f == nil {
			return nil // no Unwrap method, or Unwrap() []error, which errors.Unwrap ignores
		}
		w.needValue(name, held)
		next, _ := f(held.Interface()).(error)
		return w.handBack(next)
	}
	if u, ok := err.(interface{ Unwrap() error }); ok {
		return w.handBack(u.Unwrap())
	}
	return nil
}

// interpreted is the interpreter's own value behind the printing layer's
// stand-ins (cellfmt's errorValue and TypedError), or err itself.
func interpreted(err error) error {
	for {
		c, ok := err.(interface{ CellError() error })
		if !ok {
			return err
		}
		inner := c.CellError()
		if inner == nil {
			return err
		}
		err = inner
	}
}

// handBack is what the cell gets back from a chain: never a stand-in the
// interpreter would take for a native value (its type assertions and
// switches would silently miss the cell type).
func (w *asWalk) handBack(err error) error {
	err = interpreted(err)
	if t, printed := err.(interface {
		CellError() error
		TypeName() string
	}); printed {
		name := strings.TrimPrefix(t.TypeName(), "main.")
		w.fail("fmt.Errorf's %w was handed a struct value of " + t.TypeName() + ", which the interpreter cannot hold whole in an error; wrap a pointer (&" + name + "{...}) instead")
	}
	return err
}

// errorsEqual is __gogil.ErrorsEqual: x == y where an operand is an error.
// Two cell values are equal when their links' names are and the values the
// wrappers hold compare equal, as errorsIs compares them; a cell value is
// never equal to a native one; two native ones compare as Go compares
// them.
func (r *cellTypeRegistry) errorsEqual(x, y any) bool {
	w := asWalk{r: r, op: "=="}
	w.methods(nil)
	xn, xv, xc := w.operand(x)
	yn, yv, yc := w.operand(y)
	switch {
	case xc && yc:
		if xn != yn {
			return false
		}
		w.needValue(xn, xv)
		w.needValue(yn, yv)
		if xv.Type() != yv.Type() {
			return false
		}
		if !xv.Comparable() || !yv.Comparable() {
			panic(uncomparableError(qualified(xn)))
		}
		return xv.Equal(yv)
	case xc || yc:
		return false
	}
	if e, ok := x.(error); ok {
		x = interpreted(e)
	}
	if e, ok := y.(error); ok {
		y = interpreted(e)
	}
	return x == y
}

// operand names a compared value as the chain walks name their links; a
// cell value outside any wrapper (an any holding it) by its reflect type,
// where exactly one cell type has it.
func (w *asWalk) operand(x any) (string, reflect.Value, bool) {
	if x == nil {
		return "", reflect.Value{}, false
	}
	if e, ok := x.(error); ok {
		return w.link(interpreted(e))
	}
	v := reflect.ValueOf(x)
	switch names := w.r.names(v.Type()); len(names) {
	case 0:
		return "", reflect.Value{}, false
	case 1:
		return names[0], v, true
	default:
		w.fail("a value compared with an error has a type that several cell types (" + strings.Join(names, ", ") + ") share in the interpreter, which gogil cannot tell apart")
	}
	return "", reflect.Value{}, false
}

// uncomparableError is the runtime error of == on values of a cell type
// that Go cannot compare (a struct with a slice field).
type uncomparableError string

func (e uncomparableError) Error() string {
	return "runtime error: comparing uncomparable type " + string(e)
}

func (uncomparableError) RuntimeError() {}

// errorChainError ends a cell whose errors.Unwrap or == gogil cannot
// answer as Go would.
type errorChainError struct{ op, why string }

func (e errorChainError) Error() string {
	return "gogil cannot run " + e.op + " on errors holding values of types declared in cells: " + e.why
}
