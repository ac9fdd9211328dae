// Package kernel is the core of the Jupyter messaging protocol (version
// 5.4): it brackets each request with busy/idle, counts executions, serves
// control requests ahead of queued shell work, aborts queued cells after
// an error, keeps an interrupt for the cell it was meant for, and answers
// history requests in bounded time.
//
// Messages come and go through a Transport (transport.go): in production
// the ZeroMQ sockets of a connection file (zmq.go, with iopub's bounded
// PUB socket in package iopub), in tests channels in the same process.
// History sits behind an interface too (history.go): in memory, or
// appended to a file shared across restarts (historyfile.go).
//
// It knows nothing of Go, yaegi or the interpreter lock. A language plugs in
// through the Interpreter interface (interpreter.go); everything a cell emits
// comes back through the Cell it is handed.
package kernel
