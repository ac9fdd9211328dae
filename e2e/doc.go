// Package e2e tests gogil from the outside: it builds the gogil binary,
// starts it as a kernel with a fresh connection file, and drives it as a
// Jupyter client does, over real ZeroMQ sockets. The tests here are the
// kernel's behaviour as a user meets it: Go cells, errors, interrupts,
// stdin, completion; the protocol's corner cases are tested in package
// kernel, and Jupyter's own clients are driven in conformance/.
package e2e
