// Package kernel speaks the Jupyter messaging protocol (version 5.4) over
// ZeroMQ: it reads the connection file, binds the five sockets, signs and
// verifies every message, brackets each request with busy/idle, serves
// control requests ahead of queued shell work, and publishes output.
//
// It knows nothing of Go, yaegi or the interpreter lock. A language plugs in
// through the Interpreter interface (interpreter.go); everything a cell emits
// comes back through the Cell it is handed.
package kernel
