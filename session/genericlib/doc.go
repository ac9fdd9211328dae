// Package genericlib holds non-generic, native stand-ins for what the
// interpreter cannot run: the builtins min, max and clear, and the generic
// functions of slices, maps and cmp. The cell front end rewrites each call,
// once go/types has told it the instantiation, into a call of one of these
// with every argument as an interface value; a result whose type is a type
// parameter comes back as an interface value, which the rewritten code
// asserts to its instantiated type.
//
// Everything works by reflect on the values the interpreter hands over, so
// that element types declared in cells (structs, named types) and
// comparison funcs written in cells work; common element types take fast
// paths. Each function keeps the Go library's semantics, its panics and
// its algorithm (sorts run Go's own pdqsort on the same comparisons, so
// elements that compare equal end where go run puts them).
//
// It must not know the interpreter, cells or the session: it sees only
// values. Exports lists what the runner hands the interpreter.
package genericlib
