// Package zmtpconn wraps the network connections under the kernel's
// ZeroMQ sockets so that each message leaves in one write and arrives
// through a read buffer. zmq4 writes every frame's header and body with
// a write of their own and reads them with a read each: a Jupyter message
// of seven frames cost fourteen system calls each way, a third of the
// kernel's time on a trivial cell.
//
// It knows ZMTP 3's framing (the greeting, frame headers, the MORE and
// COMMAND flags) and nothing else: not Jupyter's messages, the kernel's
// requests or the interpreter.
package zmtpconn
