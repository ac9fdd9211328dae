package session

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
)

// A gap is a panic with which the runner ends a cell that Go would run but
// gogil's interpreter cannot run as Go does: not the cell's own error. The
// cell's error says so (cellio.Error.Unsupported), so that the layer above
// may run the cell another way, and no recover() in the cell sees it (Go's
// program would not be panicking there).
type gap interface{ gap() }

func (unboxError) gap()          {}
func (*EncodingError) gap()      {}
func (ifaceEqualError) gap()     {}
func (errorChainError) gap()     {}
func (errorsAsError) gap()       {}
func (errorsIsError) gap()       {}
func (templateMethodError) gap() {}
func (unsupportedTypeCase) gap() {}
func (deferredPanic) gap()       {}
func (unrecoverable) gap()       {}

// gapError is a gap said in words of its own.
type gapError struct{ error }

func (gapError) gap() {}

func gapf(format string, args ...any) error { return gapError{fmt.Errorf(format, args...)} }

// isGap tells whether the runner's panic value v is one of its gaps.
func isGap(v any) bool {
	if rv, ok := v.(reflect.Value); ok && rv.IsValid() && rv.CanInterface() {
		v = rv.Interface()
	}
	if _, ok := v.(gap); ok {
		return true
	}
	var g gap
	err, ok := v.(error)
	return ok && errors.As(err, &g)
}

// unsupported tells whether a cell that panicked with v ended on a gap:
// one of the runner's, or a panic of package reflect that is not one of
// Go's run-time errors in reflect's words (reflectWordings), which means
// the interpreter failed on code Go runs. (A cell that misuses reflect
// itself panics so too; run another way, it panics as Go's program does.)
func unsupported(v any) bool {
	if isGap(v) {
		return true
	}
	text := rawPanicText(v)
	_, gos := goWording(text)
	return strings.HasPrefix(text, "reflect") && !gos
}
