package celltypes

import (
	"go/types"
	"slices"
	"testing"

	"github.com/gogil/gogil/session/cellsrc"
)

// TestStubsAreTheLoweredFunctions keeps the declarations the world types
// with and the front end's table of lowered functions one list.
func TestStubsAreTheLoweredFunctions(t *testing.T) {
	im := newImporter(nil, nil)
	var declared []string
	for _, path := range []string{"cmp", "slices", "maps"} {
		pkg, err := im.Import(path)
		if err != nil {
			t.Fatal(err)
		}
		for _, name := range pkg.Scope().Names() {
			if _, isFunc := pkg.Scope().Lookup(name).(*types.Func); isFunc {
				declared = append(declared, path+"."+name)
			}
		}
	}
	lowered := cellsrc.GenericFuncs()
	slices.Sort(declared)
	slices.Sort(lowered)
	if !slices.Equal(declared, lowered) {
		t.Errorf("stubs declare %v\nthe front end lowers %v", declared, lowered)
	}
}
