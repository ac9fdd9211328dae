// Package goroutine is the one place gogil learns about goroutines from the
// runtime: the calling goroutine's id, its parent's id, and a dump of every
// goroutine parsed into records (id, state, wait, frames, creator).
//
// Go gives a goroutine no public identity, yet three parts of gogil need
// one: the interpreter lock maps goroutines to Python-like thread states,
// the session routes a goroutine's prints to the cell that started it, and
// after an interrupt the session looks for the goroutine yaegi left running.
// Each used to compute ids and read runtime.Stack text its own way; they
// now share this package, so a change in the runtime's text format is fixed
// once, and the fuzz target covers the one parser.
//
// ID reads the id with github.com/petermattis/goid (nanoseconds) once that
// has been checked against the stack trace on this Go version, on two
// goroutines; if they ever disagree it falls back to the stack trace
// (microseconds) rather than trust a wrong id. Everything else is read from
// the text of runtime.Stack, the format runtime/traceback.go prints:
//
//	goroutine 42 [chan receive, 3 minutes, locked to thread]:
//	main.f(0x1, {0x2, 0x3})
//		/src/main.go:12 +0x1d
//	created by main.main in goroutine 1
//		/src/main.go:20 +0x25
//
// The package knows nothing of yaegi, the lock, Jupyter or the session:
// which frames matter and which states mean "blocked for good" is for its
// callers to decide.
package goroutine
