package stdlib

import (
	"reflect"
	"slices"
)

// Symbols are the tables, keyed "import/path/name" as interp.Exports is.
// Besides the packages it has the key "." holding MapTypes, which
// interp.Use reads. Loading a table with the key "fmt/fmt" makes yaegi
// redirect the standard streams of fmt, log and os to the interpreter's and
// compile its own source of slices, maps and cmp (whose generic API the
// tables cannot hold).
var Symbols = map[string]map[string]reflect.Value{}

// MapTypes maps a native function, or the interface wrapper of a native
// interface type, to the interfaces yaegi must make an interpreted value
// implement when passed to it (fmt.Println calls a cell type's String).
var MapTypes = map[reflect.Value][]reflect.Type{}

func init() {
	Symbols["."] = map[string]reflect.Value{"MapTypes": reflect.ValueOf(MapTypes)}
}

// Packages are the import paths the tables cover, sorted.
func Packages() []string { return slices.Clone(generatedPackages) }

// Generic reports whether name is an exported generic function or type of
// the package at importPath, which the tables cannot hold.
func Generic(importPath, name string) bool {
	_, found := slices.BinarySearch(genericAPI[importPath], name)
	return found
}

// GenericAPI lists the exported generic functions and types of the package
// at importPath, sorted.
func GenericAPI(importPath string) []string { return slices.Clone(genericAPI[importPath]) }
