package celltypes

import (
	"go/ast"
	"go/parser"
	"go/token"
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
	for _, path := range []string{"cmp", "slices", "maps", "iter"} {
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
	for path, src := range genericStubs {
		for _, name := range stubFuncs(t, src) {
			declared = append(declared, path+"."+name)
		}
	}
	lowered := cellsrc.GenericFuncs()
	slices.Sort(declared)
	slices.Sort(lowered)
	if !slices.Equal(declared, lowered) {
		t.Errorf("stubs declare %v\nthe front end lowers %v", declared, lowered)
	}
}

func stubFuncs(t *testing.T, src string) []string {
	f, err := parser.ParseFile(token.NewFileSet(), "stub.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, d := range f.Decls {
		// Methods belong to the stubs' types (atomic.Pointer's), which
		// the front end writes out itself.
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil {
			names = append(names, fd.Name.Name)
		}
	}
	return names
}
