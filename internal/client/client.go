package client

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"sync"
	"time"

	"github.com/go-zeromq/zmq4"
	"github.com/google/uuid"

	"github.com/gogil/gogil/kernel/wire"
)

// ErrClosed is returned by requests made on, or interrupted by, a closed client.
var ErrClosed = errors.New("client is closed")

// ErrKernelExited is returned when the kernel this client launched exits
// while a request waits for it.
var ErrKernelExited = errors.New("kernel process exited")

// ErrNoReply is returned by AwaitReply when no reply to the message arrived.
var ErrNoReply = errors.New("no reply")

// Options configure Launch and Connect. The zero value is usable.
type Options struct {
	// Dir is where Launch writes the connection file; empty means a fresh
	// temporary directory that Close removes.
	Dir string
	// KernelOutput receives the launched kernel's stdout and stderr; nil
	// discards them.
	KernelOutput io.Writer
	// Env is appended to the current environment of the launched kernel.
	Env []string
	// KernelName goes into the connection file's kernel_name.
	KernelName string
	// Username goes into the headers; default "gogil".
	Username string
	// Logf receives what the client drops (undecodable messages, unmatched
	// replies); nil discards it.
	Logf func(format string, args ...any)
	// Tap, if set, sees every decoded message on every channel, called from
	// the reader goroutines: it must not block.
	Tap func(channel string, m *wire.Message)
	// ReadyTimeout bounds each kernel_info_request attempt during the
	// readiness handshake; default 500ms. The whole handshake is bounded by
	// the context given to Launch or Connect.
	ReadyTimeout time.Duration
}

// Client is a connection to one kernel. Its methods are safe for concurrent use.
type Client struct {
	info     *wire.ConnectionInfo
	signer   *wire.Signer
	session  string
	username string
	opts     Options

	sockets map[string]*socket

	mu             sync.Mutex
	routes         map[string]*mailbox      // msg_id of a request → its mailbox
	unmatched      map[string]*wire.Message // replies nobody waited for, by parent msg_id
	unmatchedOrder []string
	closed         bool
	done           chan struct{} // closed by Close

	hbMu      sync.Mutex
	hbPending chan error // non-nil while a ping is in flight

	kernelInfo        *wire.KernelInfoReply
	kernelInfoMessage *wire.Message

	proc *process // nil for Connect
}

// socket is one ZeroMQ socket with its send lock.
type socket struct {
	channel string
	zs      zmq4.Socket
	sendMu  sync.Mutex
}

// maxUnmatched bounds how many unclaimed replies a client keeps for AwaitReply.
const maxUnmatched = 64

// Connect connects to a running kernel described by info and waits until
// it answers kernel_info_request and its iopub messages arrive.
func Connect(ctx context.Context, info *wire.ConnectionInfo, opts Options) (*Client, error) {
	c, err := dial(ctx, info, opts, nil)
	if err != nil {
		return nil, err
	}
	if _, err := c.handshake(ctx); err != nil {
		c.Close()
		return nil, err
	}
	return c, nil
}

// dial creates the client and connects its sockets; proc, if not nil, is
// watched so that dialing a kernel that died fails at once.
func dial(ctx context.Context, info *wire.ConnectionInfo, opts Options, proc *process) (*Client, error) {
	if err := info.Validate(); err != nil {
		return nil, fmt.Errorf("connection info: %w", err)
	}
	signer, err := info.Signer()
	if err != nil {
		return nil, err
	}
	if opts.Username == "" {
		opts.Username = "gogil"
	}
	if opts.ReadyTimeout <= 0 {
		opts.ReadyTimeout = 500 * time.Millisecond
	}
	c := &Client{
		info:      info,
		signer:    signer,
		session:   uuid.NewString(),
		username:  opts.Username,
		opts:      opts,
		sockets:   map[string]*socket{},
		routes:    map[string]*mailbox{},
		unmatched: map[string]*wire.Message{},
		done:      make(chan struct{}),
		proc:      proc,
	}
	quiet := zmq4.WithLogger(log.New(io.Discard, "", 0))
	// shell and stdin must share one routing identity: the kernel sends
	// input_request on stdin to the identity the execute_request came from.
	identity := zmq4.WithID(zmq4.SocketIdentity(uuid.NewString()))
	retry := []zmq4.Option{quiet, zmq4.WithDialerRetry(50 * time.Millisecond), zmq4.WithDialerMaxRetries(-1)}
	// The sockets' own context ends with Close, not with ctx: ctx only
	// bounds the dialing below.
	base := context.Background()
	c.sockets[wire.Shell] = &socket{channel: wire.Shell, zs: zmq4.NewDealer(base, append(retry, identity)...)}
	c.sockets[wire.Stdin] = &socket{channel: wire.Stdin, zs: zmq4.NewDealer(base, append(retry, identity)...)}
	c.sockets[wire.Control] = &socket{channel: wire.Control, zs: zmq4.NewDealer(base, retry...)}
	c.sockets[wire.IOPub] = &socket{channel: wire.IOPub, zs: zmq4.NewSub(base, retry...)}
	c.sockets[wire.HB] = &socket{channel: wire.HB, zs: zmq4.NewReq(base, retry...)}
	if err := c.sockets[wire.IOPub].zs.SetOption(zmq4.OptionSubscribe, ""); err != nil {
		c.closeSockets()
		return nil, fmt.Errorf("subscribing iopub: %w", err)
	}

	// zmq4's Dial blocks until the peer accepts (retrying a refused
	// connection), so a kernel that binds late is waited for here; Close
	// ends a Dial that would never succeed.
	errs := make(chan error, len(c.sockets))
	for name, s := range c.sockets {
		go func() {
			if err := s.zs.Dial(info.Endpoint(name)); err != nil {
				errs <- fmt.Errorf("connecting %s to %s: %w", name, info.Endpoint(name), err)
				return
			}
			errs <- nil
		}()
	}
	var exited <-chan struct{}
	if proc != nil {
		exited = proc.exited
	}
	for range c.sockets {
		var err error
		select {
		case err = <-errs:
		case <-ctx.Done():
			err = fmt.Errorf("connecting to the kernel: %w", ctx.Err())
		case <-exited:
			err = fmt.Errorf("connecting to the kernel: %w (%v)", ErrKernelExited, proc.exitErr())
		}
		if err != nil {
			c.closeSockets()
			return nil, err
		}
	}
	for _, name := range []string{wire.Shell, wire.Control, wire.Stdin, wire.IOPub} {
		go c.read(c.sockets[name])
	}
	return c, nil
}

// read is the one reader of a socket. A zmq4 Recv ends only when the socket
// closes, so this goroutine lives exactly as long as the socket.
func (c *Client) read(s *socket) {
	for {
		msg, err := s.zs.Recv()
		if err != nil {
			select {
			case <-c.done:
				return
			default:
			}
			// A lost connection surfaces once as an error; the next Recv
			// blocks until Close. Pause so that a socket in a bad state
			// cannot spin.
			c.logf("%s: receive: %v", s.channel, err)
			time.Sleep(50 * time.Millisecond)
			continue
		}
		m, err := wire.Decode(msg.Frames, c.signer)
		if err != nil {
			c.logf("%s: dropping a message: %v", s.channel, err)
			continue
		}
		if c.opts.Tap != nil {
			c.opts.Tap(s.channel, m)
		}
		c.route(s.channel, m)
	}
}

// route hands m to the mailbox of the request it is about.
func (c *Client) route(channel string, m *wire.Message) {
	parent := m.Parent().MsgID
	c.mu.Lock()
	box := c.routes[parent]
	if box == nil && parent != "" && (channel == wire.Shell || channel == wire.Control) {
		if len(c.unmatchedOrder) >= maxUnmatched {
			delete(c.unmatched, c.unmatchedOrder[0])
			c.unmatchedOrder = c.unmatchedOrder[1:]
		}
		c.unmatched[parent] = m
		c.unmatchedOrder = append(c.unmatchedOrder, parent)
	}
	c.mu.Unlock()
	if box != nil {
		box.put(event{channel: channel, msg: m})
		return
	}
	if channel == wire.Stdin && m.Header.MsgType == "input_request" {
		// Nobody can answer: reply empty rather than leave the kernel waiting.
		c.logf("stdin: input_request for unknown request %q answered empty", parent)
		ph := m.Header
		_ = c.send(context.Background(), wire.Stdin, "input_reply", &ph, wire.InputReply{})
	}
}

// register opens a mailbox for the messages whose parent is msgID.
func (c *Client) register(msgID string) (*mailbox, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.closed {
		return nil, ErrClosed
	}
	box := newMailbox()
	c.routes[msgID] = box
	if m, ok := c.unmatched[msgID]; ok {
		delete(c.unmatched, msgID)
		box.put(event{channel: "", msg: m})
	}
	return box, nil
}

func (c *Client) unregister(msgID string) {
	c.mu.Lock()
	delete(c.routes, msgID)
	c.mu.Unlock()
}

func (c *Client) logf(format string, args ...any) {
	if c.opts.Logf != nil {
		c.opts.Logf(format, args...)
	}
}

// NewMessage builds a message of msgType in this client's session, for
// callers that want to alter it before SendMessage (tests of odd input).
func (c *Client) NewMessage(msgType string, content any) (*wire.Message, error) {
	return wire.New(msgType, c.session, c.username, nil, content)
}

// SendMessage signs and sends m on channel (shell, control or stdin).
func (c *Client) SendMessage(ctx context.Context, channel string, m *wire.Message) error {
	frames, err := wire.Encode(m, c.signer)
	if err != nil {
		return err
	}
	return c.SendFrames(ctx, channel, frames)
}

// SendFrames sends raw ZeroMQ frames on channel, unsigned and unchecked:
// it exists to feed a kernel malformed input.
func (c *Client) SendFrames(ctx context.Context, channel string, frames [][]byte) error {
	s := c.sockets[channel]
	if s == nil || channel == wire.IOPub {
		return fmt.Errorf("cannot send on channel %q", channel)
	}
	select {
	case <-c.done:
		return ErrClosed
	default:
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	s.sendMu.Lock()
	defer s.sendMu.Unlock()
	if err := s.zs.Send(zmq4.NewMsgFrom(frames...)); err != nil {
		return fmt.Errorf("sending on %s: %w", channel, err)
	}
	return nil
}

// send builds and sends one message.
func (c *Client) send(ctx context.Context, channel, msgType string, parent *wire.Header, content any) error {
	m, err := wire.New(msgType, c.session, c.username, parent, content)
	if err != nil {
		return err
	}
	return c.SendMessage(ctx, channel, m)
}

// Info is the connection info the client uses.
func (c *Client) Info() *wire.ConnectionInfo { return c.info }

// Session is the session id in this client's headers.
func (c *Client) Session() string { return c.session }

// Signer signs messages with the connection's key, for tests that craft frames.
func (c *Client) Signer() *wire.Signer { return c.signer }

// StartupInfo is the kernel_info_reply of the readiness handshake.
func (c *Client) StartupInfo() *wire.KernelInfoReply { return c.kernelInfo }

// StartupInfoMessage is that reply as received, for fields the typed
// content does not keep (language_info as the kernel sent it).
func (c *Client) StartupInfoMessage() *wire.Message { return c.kernelInfoMessage }

// Close closes the sockets. If the client launched the kernel and it still
// runs, Close kills it (call Shutdown first for a clean exit) and removes
// the temporary directory of the connection file.
func (c *Client) Close() error {
	c.mu.Lock()
	if c.closed {
		c.mu.Unlock()
		return nil
	}
	c.closed = true
	close(c.done)
	c.mu.Unlock()
	c.closeSockets()
	if c.proc != nil {
		return c.proc.close()
	}
	return nil
}

func (c *Client) closeSockets() {
	for _, s := range c.sockets {
		_ = s.zs.Close()
	}
}

// Ping sends one heartbeat and waits for its echo. A ping that times out
// stays in flight: the next Ping waits for its echo instead of sending,
// because a REQ socket cannot send twice without a reply.
func (c *Client) Ping(ctx context.Context) (time.Duration, error) {
	c.hbMu.Lock()
	defer c.hbMu.Unlock()
	start := time.Now()
	if c.hbPending == nil {
		s := c.sockets[wire.HB]
		payload := []byte(uuid.NewString())
		s.sendMu.Lock()
		err := s.zs.Send(zmq4.NewMsg(payload))
		s.sendMu.Unlock()
		if err != nil {
			return 0, fmt.Errorf("heartbeat: %w", err)
		}
		pending := make(chan error, 1)
		c.hbPending = pending
		go func() {
			_, err := s.zs.Recv()
			pending <- err
		}()
	}
	select {
	case err := <-c.hbPending:
		c.hbPending = nil
		if err != nil {
			return 0, fmt.Errorf("heartbeat: %w", err)
		}
		return time.Since(start), nil
	case <-ctx.Done():
		return 0, fmt.Errorf("heartbeat: %w", ctx.Err())
	case <-c.done:
		return 0, ErrClosed
	}
}

// mailbox is an unbounded queue, so that a reader never blocks on a slow
// consumer (iopub can be busy while the consumer runs a callback).
type mailbox struct {
	mu     sync.Mutex
	items  []event
	notify chan struct{}
}

type event struct {
	channel string // "" for a reply found among the unmatched ones
	msg     *wire.Message
}

func newMailbox() *mailbox { return &mailbox{notify: make(chan struct{}, 1)} }

func (b *mailbox) put(e event) {
	b.mu.Lock()
	b.items = append(b.items, e)
	b.mu.Unlock()
	select {
	case b.notify <- struct{}{}:
	default:
	}
}

func (b *mailbox) take() []event {
	b.mu.Lock()
	defer b.mu.Unlock()
	items := b.items
	b.items = nil
	return items
}

// wait blocks until the mailbox may hold something, or the request cannot
// be answered any more.
func (c *Client) wait(ctx context.Context, b *mailbox) error {
	var exited <-chan struct{}
	if c.proc != nil {
		exited = c.proc.exited
	}
	select {
	case <-b.notify:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	case <-c.done:
		return ErrClosed
	case <-exited:
		// A reply sent just before the exit may still be on its way
		// through a reader: give it a moment.
		select {
		case <-b.notify:
			return nil
		case <-time.After(200 * time.Millisecond):
		}
		return fmt.Errorf("%w (%v)", ErrKernelExited, c.proc.exitErr())
	}
}
