// Package runtime (imported as runtimeerr, from session/runtimeerr) holds
// the run-time errors gogil has to make itself where Go's runtime makes
// them and no other package can: a failed type assertion's
// *TypeAssertionError, whose fields are the runtime's own, the
// boundsError of a slice converted to a longer array, and the errorString
// and plainError of a make out of range. It is named
// runtime so that a program printing the error's type with %T reads
// *runtime.TypeAssertionError, as under Go.
//
// It must not know anything of gogil: no interpreter, no cells, no
// session; it is a type and its methods.
package runtime
