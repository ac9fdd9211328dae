package kernel

import (
	"context"
	"errors"
	"time"

	"github.com/gogil/gogil/kernel/iopub"
	"github.com/gogil/gogil/kernel/wire"
)

// Transport carries the kernel's messages to and from frontends: the
// ZeroMQ sockets of a connection file (zmq.go), or anything else that
// delivers whole messages (the in-process tests use channels). The core
// decides what to say and on which channel; a transport only carries it,
// and keeps the heartbeat alive on its own.
type Transport interface {
	// Receive returns the next message a frontend sent on channel
	// (wire.Shell, wire.Control or wire.Stdin), already verified: a
	// transport drops, and logs, what does not decode. It returns
	// ErrClosed once the transport is closed. One goroutine a channel
	// calls it.
	Receive(channel string) (*wire.Message, error)

	// Send writes m on channel (Shell, Control or Stdin) to the peer its
	// Identities name. It is safe for concurrent use.
	Send(channel string, m *wire.Message) error

	// Publish sends m on iopub. out is nil for messages that never wait
	// (status, execute_input, results, errors); for a cell's output it
	// says which, and Publish may then wait for a slow subscriber, or
	// drop stream text for one that stopped reading (package iopub).
	Publish(m *wire.Message, out *iopub.CellOutput)

	// WaitSubscriber returns true once a frontend has subscribed to iopub,
	// false if ctx ends first or the transport closes.
	WaitSubscriber(ctx context.Context) bool

	// WaitNewcomers returns once the iopub connections that frontends
	// opened within the last second have subscribed, after at most max,
	// or when ctx ends.
	WaitNewcomers(ctx context.Context, max time.Duration)

	// Close stops the transport; a blocked Receive returns ErrClosed.
	Close()
}

// ErrClosed is what Receive returns once the transport is closed.
var ErrClosed = errors.New("kernel: transport closed")
