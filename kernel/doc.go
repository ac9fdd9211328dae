// Package kernel speaks the Jupyter messaging protocol (version 5.4) over
// ZeroMQ: it reads the connection file, binds the five sockets, signs and
// verifies every message, brackets each request with busy/idle, serves
// control requests ahead of queued shell work, and publishes output. Its
// iopub socket is its own (iopub.go): a queue per subscriber, bounded, so
// that a cell printing faster than a frontend reads is slowed down, or its
// text dropped with a notice for a frontend that stopped reading, and
// never piles up in memory.
//
// It knows nothing of Go, yaegi or the interpreter lock. A language plugs in
// through the Interpreter interface (interpreter.go); everything a cell emits
// comes back through the Cell it is handed.
package kernel
