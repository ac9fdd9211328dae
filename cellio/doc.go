// Package cellio holds the few types every room shares about one cell's
// execution: the rich Output a cell displays, the Cell its output goes to,
// and the Error it fails with. Each concept has exactly this one type; the
// kernel publishes them, the session and the magics produce them, and the
// display package builds Outputs for cells.
//
// It is a leaf: it imports nothing of gogil and must not know the Jupyter
// wire format, ZeroMQ, yaegi, the session or the interpreter lock.
package cellio
