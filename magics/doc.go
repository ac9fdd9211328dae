// Package magics is the layer between the protocol and the Go interpreter
// session: it implements kernel.Interpreter, reads the IPython-style magics
// at the top of a cell (%%time, %%gil, %%nogil, %lsmagic, one per line,
// stacking) and hands the rest of the cell to the session.
//
// It is the only package that knows both sides: kernel's types on one
// hand, the session and the lock on the other. Neither of those imports it.
package magics
