// Package client is a Jupyter client: it starts a kernel as a child process
// (or connects to a running one), talks to it over ZeroMQ with the messages
// of package kernel/wire, and gathers what a request made the kernel publish.
//
// `gogil run`, the end-to-end tests and the benchmarks drive kernels with it,
// and any kernel will do: gogil's own and ipykernel are driven the same way,
// which is what makes their comparison fair. The package therefore knows
// nothing of gogil's kernel, of Go, yaegi or the GIL, and nothing of
// notebooks (package runner turns executions into notebook outputs).
//
// Concurrency: one reader goroutine per socket routes each message to the
// request it answers (by the parent header's msg_id); sends are serialized
// per socket. Callbacks given to Execute run on the goroutine that waits for
// the execution, never on a reader.
package client
