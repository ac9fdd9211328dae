// Package celltypes is the type world of a session: what the cells that ran
// declared (types, functions, variables, constants, their methods), as
// go/types objects, so that the cell front end can type-check a new cell
// against them and learn what yaegi cannot work out for itself (the
// instantiation of min, max, clear and of the generic functions of slices,
// maps and cmp; whether a range expression is an integer; what new(expr)
// points at).
//
// The world is lazy: the runner stages the source of every part it
// compiles, which costs an append; parts are type-checked, in order, only
// when a cell asks for types, and what they declared is kept, so that a
// session of trivial cells never pays for go/types.
//
// Packages come from the interpreter's own symbol tables (reflect types
// turned into go/types), so the world needs no GOROOT and sees exactly the
// API the interpreter has. The generic packages, which those tables cannot
// hold, are declared here by the signatures of the functions gogil lowers
// (stubs.go); a function missing there is one gogil cannot run.
//
// It must not know yaegi, the kernel or the session: it gets the symbol
// tables and the names of packages as plain maps and functions.
package celltypes
