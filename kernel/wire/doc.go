// Package wire is the Jupyter message format as it travels over ZeroMQ:
// the header and message types, HMAC signing and verification, and the
// split of a multipart ZeroMQ message into routing identities, signature
// and JSON parts (messaging spec 5.4, "The Wire Protocol").
//
// Both sides use it: the kernel (package kernel) and the client that
// `gogil run`, the tests and the benchmarks drive the kernel with. It knows
// nothing of sockets, so it can be tested and fuzzed without ZeroMQ.
// It also reads the connection file that says where the sockets are.
package wire
