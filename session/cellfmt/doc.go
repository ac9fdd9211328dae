// Package cellfmt makes fmt print values of types declared in cells as Go
// would, as far as it can tell them apart at run time.
//
// yaegi v0.16.1 gives a cell's struct type an unnamed reflect struct type
// whose unexported fields are exported with an "X" prefix (x becomes Xx),
// and hands a value with a String method (or, through Exports, an Error
// method) to a native function inside a wrapper struct (IValue plus one
// W-prefixed func field per method). fmt alone then prints field names,
// %T and non-string verbs on such values wrongly. Args and Format give the
// fmt functions the interpreter sees arguments that print as Go prints
// them: field names without the prefix, the method's text only for the
// verbs fmt applies it to, a panic in the method reported as fmt reports
// it.
//
// A value's reflect type does not name the cell type (type point
// struct{x, y int} is struct { Xx int; Xy int }, celsius is float64), so
// the cell layer hands an argument whose static type is or holds a cell
// type as a Typed (its go/types shape as a Type, plus functions calling
// its String, Error, GoString and Format methods): names, field names, method sets and the
// methods of elements then print as Go prints them. What it cannot know:
// the type of a value passed as an interface (any, error, fmt.Stringer),
// which prints by its reflect type as above; the session picks the Type
// of a value of a cell interface with methods among the cell types
// implementing it, or, where several have its reflect type, prints a
// marker naming them (OneOf, Type.Unsure), which the session's printing
// functions find (Unsure) and make an error that ends the cell before the
// text is written. An interface inside a Typed
// value ([]Shape, a field of type any) carries such candidates in its
// Type, and a Resolver the session gives unboxes each value held there
// and picks its Type among them the same way.
//
// It knows nothing of sessions, cells or Jupyter; it only reads values.
package cellfmt
