package iopub

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/go-zeromq/zmq4"
	"github.com/go-zeromq/zmq4/security/null"

	"github.com/gogil/gogil/kernel/wire"
	"github.com/gogil/gogil/kernel/zmtpconn"
)

// The socket is a PUB socket of its own, built on zmq4's ZMTP
// connections. zmq4's PUB socket keeps one unbounded queue and never
// blocks a sender, so a goroutine printing faster than the frontend read
// grew the kernel by gigabytes within seconds, and every later message
// (the next cell's status and output) waited behind that backlog. Here each
// subscriber has a queue and a writer of its own, and a cell's output
// (stream text, displays) is let in only while there is room:
//
//   - An output that already has messages waiting at a subscriber whose
//     queue holds iopubRoom bytes waits until that subscriber takes some. A
//     frontend that reads slowly thus slows the printing goroutine down to
//     its pace, and nothing is lost. An output with nothing waiting goes in
//     at once, so a new cell's few lines never wait behind a flood.
//   - A subscriber with a full queue that has taken nothing for iopubStall
//     has stopped reading. Stream text that would wait for it is dropped
//     instead, and it gets a notice in that stream, where the gap is,
//     saying how many bytes it missed. Other subscribers are not held back
//     by it.
//   - Messages go out in order within one request (one parent header), and
//     status, execute_input, results and errors keep their order among
//     themselves; but a message goes ahead of other requests' output
//     waiting at the end of a queue, so the next cell's status and output
//     do not wait behind what an old cell's goroutine floods.
//   - Nothing but stream text is dropped below iopubLimit bytes waiting for
//     a subscriber. Beyond it (a subscriber that stopped reading long ago),
//     that subscriber loses messages, as at a ZeroMQ high-water mark.
const (
	iopubRoom  = 1 << 20
	iopubStall = 2 * time.Second
	iopubLimit = 64 << 20
	iopubDrain = 500 * time.Millisecond // how long close waits for queues to empty

	// The system would grow a TCP send buffer to megabytes: a second
	// backlog, out of sight of iopubRoom, that every message waits behind.
	iopubSocketBuffer = 256 << 10
)

// Message is one iopub message on its way to subscribers.
type Message struct {
	Frames [][]byte // the first is the topic subscribers filter on
	Parent string   // the parent header's msg_id: one request's messages stay in order
	// Output is nil for messages that never wait (status, results,
	// errors); for a cell's output it says which, so that it may wait
	// for room or be dropped.
	Output *CellOutput
}

// message is a Message in a subscriber's queue.
type message struct {
	Message
	size int
	// gap, when set, makes this a drop notice, built when it is sent so
	// that it counts all the text dropped until then.
	gap *gap
}

// CellOutput says which cell output a message belongs to.
type CellOutput struct {
	Parent wire.Header
	// Stream is "stdout" or "stderr" for stream text, which may be
	// dropped; "" for displays, which are only held back.
	Stream string
	Text   int // bytes of stream text
}

func (o *CellOutput) key() string { return o.Parent.MsgID + "/" + o.Stream }

// gap counts the stream text of one output a subscriber missed.
type gap struct{ bytes int }

// Notice builds the stream message that tells a subscriber how many bytes
// of a stream it missed.
type Notice func(parent *wire.Header, stream string, dropped int) ([][]byte, error)

// Socket is a bound iopub socket.
type Socket struct {
	listener net.Listener
	notice   Notice
	log      *slog.Logger
	done     chan struct{} // closed by close

	mu          sync.Mutex
	subscribers map[*subscriber]struct{}
	closed      bool
	// changed is closed and replaced whenever a waiting sender may go on:
	// a subscriber took a message, left, or the line of waiters moved.
	changed chan struct{}
	// Senders that wait for room go on in the order they came.
	nextTicket, serving uint64
	// newcomers are the connections accepted and not yet subscribed (in
	// their handshake, or waiting for their first subscription), with
	// when each was accepted (see WaitNewcomers).
	newcomers map[net.Conn]time.Time
}

// newcomerWindow is how long a connection that has not subscribed yet
// holds WaitNewcomers: a frontend subscribes within milliseconds of
// connecting, and one that never does should not hold every later wait.
const newcomerWindow = time.Second

type subscriber struct {
	conn *zmq4.Conn
	raw  net.Conn      // its key in Socket.newcomers until it subscribes
	wake chan struct{} // the writer has messages to send, or must stop

	// Guarded by iopubSocket.mu.
	topics       []string // subscribed prefixes
	queue        []message
	queued       int            // bytes in queue, and in the message being written
	waiting      map[string]int // of queued, the bytes of each output (by key)
	lastProgress time.Time      // when a message was last written, or the queue last filled from empty
	overLimit    bool           // dropping at iopubLimit (logged once)
	gone         bool
}

// Listen binds endpoint ("tcp://host:port" or "ipc://path").
func Listen(endpoint string, notice Notice, log *slog.Logger) (*Socket, error) {
	network, address, ok := strings.Cut(endpoint, "://")
	switch {
	case !ok:
		return nil, fmt.Errorf("endpoint %q has no transport", endpoint)
	case network == "tcp":
		if host, port, err := net.SplitHostPort(address); err == nil && host == "*" {
			address = net.JoinHostPort("", port)
		}
	case network == "ipc":
		network = "unix"
	default:
		return nil, fmt.Errorf("unknown transport %q", network)
	}
	l, err := net.Listen(network, address)
	if err != nil {
		return nil, err
	}
	p := &Socket{
		listener:    l,
		notice:      notice,
		log:         log,
		done:        make(chan struct{}),
		subscribers: map[*subscriber]struct{}{},
		newcomers:   map[net.Conn]time.Time{},
		changed:     make(chan struct{}),
	}
	go p.accept()
	return p, nil
}

func (p *Socket) accept() {
	for {
		c, err := p.listener.Accept()
		if err != nil {
			select {
			case <-p.done:
				return
			default:
			}
			var ne net.Error
			if !errors.As(err, &ne) || !ne.Timeout() {
				p.log.Warn("iopub: accept failed", "err", err)
				time.Sleep(50 * time.Millisecond)
			}
			continue
		}
		p.mu.Lock()
		p.newcomers[c] = time.Now()
		p.mu.Unlock()
		go p.open(c)
	}
}

// open performs the ZMTP handshake (bounded, so that a peer that never
// greets holds nothing) and serves the new subscriber.
func (p *Socket) open(c net.Conn) {
	if tcp, ok := c.(*net.TCPConn); ok {
		_ = tcp.SetWriteBuffer(iopubSocketBuffer)
	}
	_ = c.SetDeadline(time.Now().Add(10 * time.Second))
	conn, err := zmq4.Open(zmtpconn.Wrap(c), null.Security(), zmq4.Pub, nil, true, nil)
	if err != nil {
		p.log.Warn("iopub: handshake failed", "err", err)
		c.Close()
		p.mu.Lock()
		p.settleLocked(c)
		p.mu.Unlock()
		return
	}
	_ = c.SetDeadline(time.Time{})
	s := &subscriber{conn: conn, raw: c, wake: make(chan struct{}, 1), waiting: map[string]int{}}
	p.mu.Lock()
	if p.closed {
		p.mu.Unlock()
		conn.Close()
		return
	}
	p.subscribers[s] = struct{}{}
	p.mu.Unlock()
	go p.write(s)
	p.read(s)
}

// read takes subscriptions until the subscriber goes away. (ZMTP 3.0
// subscriptions are messages of one frame: 1 or 0, then the topic.)
// RecvMsg answers a ZMTP PING itself, from this goroutine, so its PONG
// could land between the frames of a message being written; Jupyter
// frontends do not turn ZMTP heartbeats on for iopub.
func (p *Socket) read(s *subscriber) {
	defer p.remove(s)
	for {
		msg, err := s.conn.RecvMsg()
		if err != nil {
			return
		}
		if msg.Type == zmq4.CmdMsg || len(msg.Frames) != 1 || len(msg.Frames[0]) == 0 {
			continue
		}
		frame := msg.Frames[0]
		topic := string(frame[1:])
		p.mu.Lock()
		switch frame[0] {
		case 1:
			s.topics = append(s.topics, topic)
			p.settleLocked(s.raw) // WaitSubscriber and WaitNewcomers may go on
		case 0:
			if i := slices.Index(s.topics, topic); i >= 0 {
				s.topics = slices.Delete(s.topics, i, i+1)
			}
		}
		p.mu.Unlock()
	}
}

// write sends the subscriber's queue, one message at a time.
func (p *Socket) write(s *subscriber) {
	defer p.remove(s)
	for {
		p.mu.Lock()
		for len(s.queue) == 0 && !s.gone {
			p.mu.Unlock()
			<-s.wake
			p.mu.Lock()
		}
		if s.gone {
			p.mu.Unlock()
			return
		}
		m := s.queue[0]
		s.queue[0] = message{}
		s.queue = s.queue[1:]
		dropped := 0
		if m.gap != nil {
			dropped = m.gap.bytes // later drops make a new gap
		}
		p.mu.Unlock()

		var err error
		if m.gap != nil {
			var noticeErr error
			if m.Frames, noticeErr = p.notice(&m.Output.Parent, m.Output.Stream, dropped); noticeErr != nil {
				p.log.Error("iopub: cannot build a drop notice", "err", noticeErr)
			}
		}
		if m.Frames != nil {
			err = s.conn.SendMsg(zmq4.NewMsgFrom(m.Frames...))
		}

		p.mu.Lock()
		if s.gone {
			// remove ran while the message was being written (the peer
			// left, or the socket closed): the queue state is gone too.
			p.mu.Unlock()
			return
		}
		s.queued -= m.size
		if m.Output != nil {
			key := m.Output.key()
			if s.waiting[key] -= m.size; s.waiting[key] <= 0 {
				delete(s.waiting, key)
			}
		}
		s.lastProgress = time.Now()
		if s.queued < iopubRoom {
			s.overLimit = false
		}
		p.signalLocked()
		p.mu.Unlock()
		if err != nil {
			return
		}
	}
}

// remove forgets a subscriber whose connection failed or closed.
func (p *Socket) remove(s *subscriber) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if s.gone {
		return
	}
	s.gone = true
	s.queue, s.queued, s.waiting = nil, 0, nil
	delete(p.subscribers, s)
	delete(p.newcomers, s.raw)
	s.conn.Close()
	select {
	case s.wake <- struct{}{}:
	default:
	}
	p.signalLocked()
}

// settleLocked takes c off the newcomers: it subscribed, or failed.
func (p *Socket) settleLocked(c net.Conn) {
	delete(p.newcomers, c)
	p.signalLocked()
}

// signalLocked wakes every sender waiting for room.
func (p *Socket) signalLocked() {
	close(p.changed)
	p.changed = make(chan struct{})
}

// Send queues m for every subscriber of its topic (the first frame). A
// cell's output may wait for room first, or be dropped for a subscriber
// that stopped reading (see the top of this file).
func (p *Socket) Send(msg Message) {
	m := message{Message: msg}
	for _, f := range m.Frames {
		m.size += len(f)
	}
	topic := ""
	if len(m.Frames) > 0 {
		topic = string(m.Frames[0])
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if m.Output != nil && !p.waitForRoomLocked(m.Output) {
		return
	}
	now := time.Now()
	for s := range p.subscribers {
		if !s.subscribed(topic) {
			continue
		}
		if o := m.Output; o != nil && o.Stream != "" && s.mustWait(o) && s.stalled(now) {
			p.countDropLocked(s, o)
			continue
		}
		p.queueLocked(s, m)
	}
}

// waitForRoomLocked returns once no subscriber that still reads holds o
// back, in the order senders came; false if the socket closed meanwhile.
func (p *Socket) waitForRoomLocked(o *CellOutput) bool {
	if wait, _ := p.mustWaitLocked(o); !wait {
		return !p.closed
	}
	ticket := p.nextTicket
	p.nextTicket++
	defer func() {
		p.serving++
		p.signalLocked()
	}()
	for {
		if p.closed {
			return false
		}
		var stallIn time.Duration
		if ticket == p.serving {
			var wait bool
			if wait, stallIn = p.mustWaitLocked(o); !wait {
				return true
			}
		}
		changed := p.changed
		p.mu.Unlock()
		var timer *time.Timer
		var stalled <-chan time.Time
		if stallIn > 0 {
			timer = time.NewTimer(stallIn)
			stalled = timer.C
		}
		select {
		case <-changed:
		case <-stalled:
		case <-p.done:
		}
		if timer != nil {
			timer.Stop()
		}
		p.mu.Lock()
	}
}

// mustWaitLocked reports whether a subscriber that still reads holds o
// back, and how long until the last of them would count as stalled.
func (p *Socket) mustWaitLocked(o *CellOutput) (wait bool, stallIn time.Duration) {
	now := time.Now()
	for s := range p.subscribers {
		if s.mustWait(o) && !s.stalled(now) {
			wait = true
			stallIn = max(stallIn, s.lastProgress.Add(iopubStall).Sub(now))
		}
	}
	return wait, stallIn
}

// mustWait reports whether o must wait for room at s: s's queue is full
// and some of o is already in it.
func (s *subscriber) mustWait(o *CellOutput) bool {
	return s.queued >= iopubRoom && s.waiting[o.key()] > 0
}

// stalled reports whether s has a full queue and has taken nothing from it
// for iopubStall: it has stopped reading.
func (s *subscriber) stalled(now time.Time) bool {
	return s.queued >= iopubRoom && now.Sub(s.lastProgress) >= iopubStall
}

// queueLocked adds m to s's queue. Messages of one request stay in order,
// and so do those that are not cell output; but m goes ahead of the cell
// output of other requests waiting at the end of the queue.
func (p *Socket) queueLocked(s *subscriber, m message) {
	if s.queued >= iopubLimit && m.gap == nil {
		if !s.overLimit {
			s.overLimit = true
			p.log.Warn("iopub: a subscriber has stopped reading; dropping messages for it", "queued_bytes", s.queued)
		}
		return
	}
	if len(s.queue) == 0 {
		s.lastProgress = time.Now()
	}
	at := len(s.queue)
	for at > 0 && s.queue[at-1].Output != nil && s.queue[at-1].Parent != m.Parent {
		at--
	}
	s.queue = slices.Insert(s.queue, at, m)
	s.queued += m.size
	if m.Output != nil {
		s.waiting[m.Output.key()] += m.size
	}
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

// countDropLocked counts o's text as dropped for s, in the notice at the
// end of o's queued messages, or in a new one placed there.
func (p *Socket) countDropLocked(s *subscriber, o *CellOutput) {
	for i := len(s.queue) - 1; i >= 0; i-- {
		if m := s.queue[i]; m.Output != nil && m.Output.key() == o.key() {
			if m.gap != nil {
				m.gap.bytes += o.Text
				return
			}
			break
		}
	}
	notice := message{Message: Message{Parent: o.Parent.MsgID, Output: o}, gap: &gap{bytes: o.Text}}
	p.queueLocked(s, notice)
}

func (s *subscriber) subscribed(topic string) bool {
	for _, t := range s.topics {
		if strings.HasPrefix(topic, t) {
			return true
		}
	}
	return false
}

// WaitSubscriber returns true once some subscriber has subscribed to a
// topic, false if ctx ends first or the socket closes. A frontend connects
// to iopub and subscribes in the same breath as it asks for kernel_info; a
// reply that overtakes the subscription makes jupyter_client see no iopub
// message, wait 0.2 s and ask again.
func (p *Socket) WaitSubscriber(ctx context.Context) bool {
	for {
		p.mu.Lock()
		subscribed := false
		for s := range p.subscribers {
			subscribed = subscribed || len(s.topics) > 0
		}
		closed, changed := p.closed, p.changed
		p.mu.Unlock()
		switch {
		case subscribed:
			return true
		case closed:
			return false
		}
		select {
		case <-changed:
		case <-ctx.Done():
			return false
		case <-p.done:
			return false
		}
	}
}

// WaitNewcomers returns once every connection accepted within the last
// newcomerWindow has subscribed or gone, after at most max, or when ctx
// ends. A frontend
// connects iopub before the shell socket that carries its first request,
// but its subscription can reach the kernel after that request: a status
// published in between is lost to it (PUB drops what no subscription
// matches), and a client waiting for the idle that ends its kernel_info
// then waits forever (JupyterLab's services do). Waiting here closes that
// window; with no newcomer it costs one lock (it runs before every shell
// request), and the bound max is armed only when there is one.
func (p *Socket) WaitNewcomers(ctx context.Context, max time.Duration) {
	var deadline time.Time
	for {
		p.mu.Lock()
		now := time.Now()
		var youngest time.Time
		for _, accepted := range p.newcomers {
			if now.Sub(accepted) < newcomerWindow && accepted.After(youngest) {
				youngest = accepted
			}
		}
		closed, changed := p.closed, p.changed
		p.mu.Unlock()
		if youngest.IsZero() || closed {
			return
		}
		if deadline.IsZero() {
			deadline = now.Add(max)
		}
		until := youngest.Add(newcomerWindow)
		if deadline.Before(until) {
			until = deadline
		}
		if !until.After(now) {
			return
		}
		timer := time.NewTimer(until.Sub(now))
		select {
		case <-changed:
		case <-timer.C:
		case <-ctx.Done():
		case <-p.done:
		}
		timer.Stop()
		if ctx.Err() != nil {
			return
		}
	}
}

// drain waits until every queue is empty, or timeout.
func (p *Socket) drain(timeout time.Duration) {
	deadline := time.NewTimer(timeout)
	defer deadline.Stop()
	for {
		p.mu.Lock()
		empty := true
		for s := range p.subscribers {
			empty = empty && s.queued == 0
		}
		changed := p.changed
		p.mu.Unlock()
		if empty {
			return
		}
		select {
		case <-changed:
		case <-deadline.C:
			return
		}
	}
}

// Close gives subscribers up to iopubDrain to take what is queued (the
// last status, a shutdown_reply), then stops accepting, disconnects them
// and releases waiting senders.
func (p *Socket) Close() {
	p.drain(iopubDrain)
	p.mu.Lock()
	if p.closed {
		p.mu.Unlock()
		return
	}
	p.closed = true
	close(p.done)
	subscribers := make([]*subscriber, 0, len(p.subscribers))
	for s := range p.subscribers {
		subscribers = append(subscribers, s)
	}
	p.mu.Unlock()
	p.listener.Close()
	for _, s := range subscribers {
		p.remove(s)
	}
}
