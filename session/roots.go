package session

import (
	"reflect"
	"unsafe"

	"github.com/traefik/yaegi/interp"
)

// forgetRoots empties the list of compiled ASTs that yaegi v0.16.1 keeps
// for its debugger (Interpreter.roots), which nothing else reads. Kept, it
// holds every node of every cell ever compiled: about 2 KB for the smallest
// cell, 20 MB over 10,000 executions. The field is unexported, hence
// reflect and unsafe; if a later yaegi renames or retypes it, this does
// nothing (TestForgetRoots then fails, as a reminder).
func forgetRoots(i *interp.Interpreter) {
	f := reflect.ValueOf(i).Elem().FieldByName("roots")
	if !f.IsValid() || f.Kind() != reflect.Slice {
		return
	}
	reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem().SetZero()
}

// rootsLen is for the test: how many roots yaegi holds.
func rootsLen(i *interp.Interpreter) int {
	f := reflect.ValueOf(i).Elem().FieldByName("roots")
	if !f.IsValid() || f.Kind() != reflect.Slice {
		return -1
	}
	return f.Len()
}
