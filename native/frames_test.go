package native

import (
	"reflect"
	"testing"

	"github.com/gogil/gogil/internal/goroutine"
)

// A compiled cell's frames read as the cell's: its functions by name at
// its lines, without the kernel's hooks, the cell's gil package or the
// export wrappers around them.
func TestCellFrames(t *testing.T) {
	in := []goroutine.Frame{
		{Function: "github.com/gogil/gogil/native.(*Compiler).hooks.func2", File: "/src/native/native.go", Line: 543},
		{Function: "gogil.native/cabc123/gil.SaveThread", File: "/cache/abc.build/gil/gil.go", Line: 35},
		{Function: "gogil.native/cabc123.cythonRecurse", File: "cell", Line: 7},
		{Function: "gogil.native/cabc123.cythonRecurse", File: "cell", Line: 9},
		{Function: "gogil.native/cabc123.gogil_export_cythonRecurse", File: "gogil-generated", Line: 3},
		{Function: "<cell>", File: "<cell>", Line: 2},
		{Function: "main.main", File: "/src/main.go", Line: 10},
	}
	want := []goroutine.Frame{
		{Function: "cythonRecurse", File: "<cell>", Line: 7},
		{Function: "cythonRecurse", File: "<cell>", Line: 9},
		{Function: "<cell>", File: "<cell>", Line: 2},
		{Function: "main.main", File: "/src/main.go", Line: 10},
	}
	if got := CellFrames(in); !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
}
