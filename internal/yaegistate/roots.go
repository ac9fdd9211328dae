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

// ForgetRoots is ForgetRoots for the tracker's interpreter, after noting
// the global frame slots of the function literals just compiled, which
// ClearTemporaries must keep once the compilation is committed (see
// reuse). The interpreter must not be compiling.
func (t *Tracker) ForgetRoots() {
	r := (*[]unsafe.Pointer)(unsafe.Add(t.interp, t.layout.roots))
	if l, err := nodeLayoutOnce(); err == nil && len(*r) > 0 {
		seen := map[unsafe.Pointer]bool{}
		for _, root := range *r {
			t.noteClosureSlots(l, root, seen)
		}
	} else {
		t.noReuse = true
	}
	*r = nil
}

// noteClosureSlots adds to t.closures the slots of the function literals
// under n whose closures live in the global frame: those not nested in a
// function (their own scope is one level below main's) that the compiled
// code makes into closures. A literal called where it stands (go func()
// {...}(), defer, a call) is run from its node and has no generated code
// of its own (node.exec is nil): no closure of it will write its slot.
// The nodes are a graph, not a tree: a generic function that calls
// itself (func Depth[T any](...) { ... Depth(v, n-1) }) has its instance
// among its own children, which a walk without seen followed until the
// process's stack overflowed, killing the kernel.
func (t *Tracker) noteClosureSlots(l nodeLayout, n unsafe.Pointer, seen map[unsafe.Pointer]bool) {
	if n == nil || seen[n] {
		return
	}
	seen[n] = true
	if *(*uint)(unsafe.Add(n, l.kind)) == l.kinds["funcLit"] && *(*unsafe.Pointer)(unsafe.Add(n, l.exec)) != nil {
		sc := *(*unsafe.Pointer)(unsafe.Add(n, l.scope))
		if sc == nil || *(*int)(unsafe.Add(sc, t.layout.scopeLevel)) == t.mainLevel()+1 {
			t.closures = append(t.closures, *(*int)(unsafe.Add(n, l.findex)))
		}
	}
	for _, c := range *(*[]unsafe.Pointer)(unsafe.Add(n, l.child)) {
		t.noteClosureSlots(l, c, seen)
	}
}
