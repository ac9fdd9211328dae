package yaegistate

import (
	"unsafe"

	"github.com/traefik/yaegi/interp"
)

// ForgetRoots empties the list of compiled ASTs that yaegi keeps for its
// debugger (Interpreter.roots), which nothing else reads. Kept, it holds
// every node of every cell ever compiled. It does nothing if Check fails.
// The interpreter must not be compiling.
func ForgetRoots(i *interp.Interpreter) {
	if r := roots(i); r != nil {
		*r = nil
	}
}

// RootsLen is how many compiled ASTs yaegi holds, or -1 if Check fails.
func RootsLen(i *interp.Interpreter) int {
	if r := roots(i); r != nil {
		return len(*r)
	}
	return -1
}

func roots(i *interp.Interpreter) *[]unsafe.Pointer {
	l, err := yaegiLayout()
	if err != nil || checked() != nil {
		return nil
	}
	return (*[]unsafe.Pointer)(unsafe.Add(unsafe.Pointer(i), l.roots))
}
