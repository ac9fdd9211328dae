package session

import (
	"errors"
	"fmt"
	"reflect"
	"regexp"
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
	if _, ok := leaked(text); ok {
		return true
	}
	_, gos := goWording(text)
	return strings.HasPrefix(text, "reflect") && !gos
}

// leaked finds in text the name of one of the interpreter's own types, or
// of the session's stand-ins for cell types (standin.go). It reaches a
// text only when a library function was handed the interpreter's
// representation of a cell value, where Go hands it the value itself
// ("gob: type interp.valueInterface has no exported fields" for a struct
// with an interface field, reflect.TypeOf of a celsius in an any): Go's
// text would differ.
func leaked(text string) (string, bool) {
	for _, name := range []string{"interp.valueInterface", "interp.node", "session.standin"} {
		if strings.Contains(text, name) {
			return name, true
		}
	}
	if name := interpWrapper.FindString(text); name != "" {
		return name, true
	}
	return "", false
}

// interpWrapper is the name of one of the interpreter's wrappers of a
// cell value for a library interface (interp._error for an error): a
// map keyed by error whose key was a cell type's value panicked with
// "runtime error: hash of unhashable type interp._error", where Go's
// program hashes the value.
var interpWrapper = regexp.MustCompile(`\binterp\._[A-Za-z0-9_]+`)

// wrapperPanic gives the words of a panic whose text names an interpreter
// wrapper, or ok false.
func wrapperPanic(text string) (string, bool) {
	name := interpWrapper.FindString(text)
	if name == "" {
		return "", false
	}
	return fmt.Sprintf("%s (gogil cannot run this as Go does: %s is its interpreter's wrapper of a value of a cell type behind a library interface, such as an error of a type a cell declares used as a map key of type error, where Go's program has the value itself; a map can be keyed by a comparable value of a concrete type instead)", text, name), true
}

// leakGap is the gap a text that names the interpreter's type name ends
// the cell with, where fn would have written it.
func leakGap(fn, name string) error {
	return gapf("gogil cannot print this as Go does (%s): the text names %s, a type of the interpreter's or gogil's own, since a library function was handed the interpreter's form of a value of a cell type where Go hands it the value", fn, name)
}

// methodNotFoundText is the interpreter's panic where, at run time, it
// finds no method a value it puts in an interface must have ("14:22:
// method not found: String"). Code Go compiled never panics so: yaegi
// v0.16.1 looks a method promoted from an embedded library type (String
// of a time.Duration in `type Timeout struct{ time.Duration }`) up on the
// last field of a struct value, not on the struct.
var methodNotFoundText = regexp.MustCompile(`^(\d+:\d+: )?method not found: (\w+)$`)

// methodNotFound is the gap's words for such a panic's text.
func methodNotFound(text string) (string, bool) {
	m := methodNotFoundText.FindStringSubmatch(text)
	if m == nil {
		return "", false
	}
	return fmt.Sprintf("%sgogil cannot put this value in an interface: the interpreter does not find its method %s (a method promoted from a library type that a struct embeds, such as String of an embedded time.Duration, on a struct value); use a pointer to the struct (&v) there", m[1], m[2]), true
}
