// Package magics is the layer between the protocol and the Go interpreter
// session: it implements kernel.Interpreter, reads the IPython-style magics
// at the top of a cell (%%time, %%gil, %%nogil, %lsmagic, one per line,
// stacking) and hands the rest of the cell to the session.
//
// It is the only package that knows both sides: kernel's types on one
// hand, the session and the lock on the other. Neither of those imports it.
//
// A cell the interpreter cannot run, refused before it runs or stopped by
// a gap after it began (cellio.Error.Unsupported), runs as a Go program of
// its own when it stands alone (program.go): cellsrc writes the program,
// package native builds and runs it, and the cell says why and what it
// keeps.
//
// It also guards the process while a cell runs (guard.go): Go ends the
// whole kernel when one goroutine's stack passes 1 GB, so a goroutine
// deeper than 400,000 Go frames or holding more than 128 MB of stack ends
// the cell with a RecursionError (its stack has then doubled to 256 MB,
// two doublings from the end), and all goroutines' stacks together past
// 4 GB end it with a MemoryError, whatever earlier cells left running.
// With more than 10,000 goroutines a recursion is confirmed by a dump that
// pauses the program (about 3 s with 100,000).
package magics
