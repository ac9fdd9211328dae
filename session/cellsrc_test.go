package session

import (
	"testing"

	"github.com/gogil/gogil/session/cellsrc"
)

// The code the front end writes calls helpers the runner provides: a helper
// renamed on one side only would fail every cell that uses it, at compile
// time, with a message about __gogil.
func TestRuntimeProvidesFrontEndHelpers(t *testing.T) {
	s := newSession(t)
	helpers := s.runtimeExports()[runtimePath+"/rt"]
	for _, name := range append(cellsrc.RuntimeHelpers, "RunDefers") {
		if _, ok := helpers[name]; !ok {
			t.Errorf("the runtime has no %s.%s, which rewritten code calls", cellsrc.RuntimeAlias, name)
		}
	}
}
