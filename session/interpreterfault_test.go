package session

import (
	"testing"

	"github.com/gogil/gogil/internal/goroutine"
)

// A panic that begins in yaegi's call of an interpreted function from
// native code is the interpreter's, not the cell's; one that begins in an
// operation the cell wrote, inside such a call, is the cell's.
func TestInterpreterFault(t *testing.T) {
	frame := func(fn string) goroutine.Frame { return goroutine.Frame{Function: fn} }
	wrapper := "github.com/traefik/yaegi/interp.genFunctionWrapper.func1.1"
	if !interpreterFault([]goroutine.Frame{frame("runtime/debug.Stack"), frame("github.com/traefik/yaegi/interp.runCfg.func1"), frame("panic"), frame(wrapper), frame("reflect.Value.call")}) {
		t.Error("a panic in the wrapper is the interpreter's")
	}
	if interpreterFault([]goroutine.Frame{frame("github.com/traefik/yaegi/interp.runCfg.func1"), frame("panic"), frame("github.com/traefik/yaegi/interp.getIndexSeq.func2"), frame("github.com/traefik/yaegi/interp.runCfg"), frame(wrapper)}) {
		t.Error("an index the cell wrote, in a callback, is the cell's panic")
	}
}
