package session

import (
	"reflect"
	"runtime"
	"strings"
)

// A map key of a type Go cannot hash panics in two wordings: compiled
// code's "runtime error: hash of unhashable type []int", and, through
// reflect (the interpreter's m[k] = v), "hash of unhashable type: []int".
// A program that recovered the second printed it where Go prints the
// first. The type is reflect's name for it, Go's own for a type no cell
// declares; one a cell's type may be part of has no Go name the runner
// knows, and its recover ends the cell instead (unrecoverable).

const reflectUnhashable = "hash of unhashable type: "

// unhashableError is compiled Go's panic, as a runtime.Error.
type unhashableError struct{ typ string }

func (e unhashableError) Error() string { return "runtime error: hash of unhashable type " + e.typ }

// RuntimeError makes it a runtime.Error, as Go's is.
func (unhashableError) RuntimeError() {}

// unhashable gives compiled Go's value for r, reflect's unhashable-key
// panic, or ok false for any other value.
func (r *cellTypeRegistry) unhashable(v any) (goValue any, ok bool) {
	re, isRuntime := v.(runtime.Error)
	if !isRuntime {
		return nil, false
	}
	text := re.Error()
	typ, found := strings.CutPrefix(text, reflectUnhashable)
	if !found {
		return nil, false
	}
	if words, ok := wrapperPanic(text); ok {
		// Go's program hashes the cell value itself: no panic to recover.
		panic(gapf("gogil cannot recover this panic, which Go's program would not make: %s", words))
	}
	if r.mayNameCellType(typ) {
		panic(unrecoverable{goText: "runtime error: hash of unhashable type", said: text})
	}
	return unhashableError{typ}, true
}

// mayNameCellType: reflect's name typ of a type may stand for one a cell
// declared, or be made of one: it mentions a struct or interface (a cell
// type's reflect type is an unnamed one) or the reflect type of a
// registered cell type.
func (r *cellTypeRegistry) mayNameCellType(typ string) bool {
	if strings.Contains(typ, "struct {") || strings.Contains(typ, "interface {") {
		return true
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	for t := range r.byType {
		if t.Kind() != reflect.Pointer && strings.Contains(typ, t.String()) {
			return true
		}
	}
	return false
}
