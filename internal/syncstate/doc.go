// Package syncstate reads what Go's sync package keeps unexported and its
// methods check before a fatal error: whether a sync.RWMutex is held by a
// writer or by readers. The session asks it before it calls an unlock
// that would stop the kernel's process.
//
// It knows nothing of gogil, yaegi or cells: it reads a sync.RWMutex, and
// says where a Go release lays one out otherwise than it expects.
package syncstate
