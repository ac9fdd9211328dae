package kernel

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"sync"
	"syscall"

	"github.com/go-zeromq/zmq4"

	"github.com/gogil/gogil/kernel/wire"
)

// Config is what a kernel needs to start.
type Config struct {
	Connection  *wire.ConnectionInfo
	Interpreter Interpreter
	// Logger receives protocol problems (bad signatures, unknown message
	// types). Nil means slog.Default().
	Logger *slog.Logger
	// HandleSIGINT makes SIGINT interrupt the running cell, as a frontend
	// with interrupt_mode "signal" expects.
	HandleSIGINT bool
	// HistoryFile, when set, keeps history_request's answers across
	// restarts: earlier sessions are read from it and this one is appended.
	// A file that cannot be used is logged and history stays in memory.
	HistoryFile string
}

// Kernel is a running Jupyter kernel: five sockets and the goroutines
// that serve them.
type Kernel struct {
	interp  Interpreter
	signer  *wire.Signer
	log     *slog.Logger
	session string // this kernel's session id, used in the headers it writes

	ctx    context.Context
	cancel context.CancelFunc

	shell, control, stdin, hb   zmq4.Socket
	shellMu, controlMu, stdinMu sync.Mutex
	iopub                       *iopubSocket

	queue         chan *request // shell requests, served one at a time in order
	shellHandlers map[string]handler
	replies       chan *wire.Message

	execMu         sync.Mutex
	execCancel     context.CancelFunc // cancels the running cell; nil when idle
	received       uint64             // seq of the last shell request received
	interruptUpTo  uint64             // an interrupt came while requests up to this seq waited
	executionCount int
	history        *history

	done     chan struct{} // closed when the kernel has shut down
	shutOnce sync.Once
	restart  bool
}

// request is a received message with the socket it came in on.
type request struct {
	msg     *wire.Message
	channel string
	seq     uint64 // shell requests: the order they were received in, from 1
}

// New binds the kernel's sockets. It fails with a clear error when the
// connection is unusable (for example a port already in use).
func New(cfg Config) (*Kernel, error) {
	if cfg.Connection == nil || cfg.Interpreter == nil {
		return nil, errors.New("kernel: Connection and Interpreter are required")
	}
	signer, err := cfg.Connection.Signer()
	if err != nil {
		return nil, fmt.Errorf("kernel: %w", err)
	}
	logger := cfg.Logger
	if logger == nil {
		logger = slog.Default()
	}
	ctx, cancel := context.WithCancel(context.Background())
	k := &Kernel{
		interp:        cfg.Interpreter,
		signer:        signer,
		log:           logger,
		session:       newSessionID(),
		ctx:           ctx,
		cancel:        cancel,
		queue:         make(chan *request, 1024),
		shellHandlers: shellHandlers,
		replies:       make(chan *wire.Message, 16),
		history:       newHistory(),
		done:          make(chan struct{}),
	}
	if cfg.HistoryFile != "" {
		if h, err := openHistory(cfg.HistoryFile, logger); err != nil {
			logger.Warn("history is kept in memory only", "err", err)
		} else {
			k.history = h
		}
	}
	k.shell = zmq4.NewRouter(ctx)
	k.control = zmq4.NewRouter(ctx)
	k.stdin = zmq4.NewRouter(ctx)
	k.hb = zmq4.NewRep(ctx)
	sockets := []struct {
		channel string
		sock    zmq4.Socket
	}{{wire.Shell, k.shell}, {wire.Control, k.control}, {wire.Stdin, k.stdin}, {wire.IOPub, nil}, {wire.HB, k.hb}}
	for _, s := range sockets {
		endpoint := cfg.Connection.Endpoint(s.channel)
		if s.sock == nil {
			k.iopub, err = listenIOPub(endpoint, k.dropNotice, logger)
		} else {
			err = s.sock.Listen(endpoint)
		}
		if err != nil {
			k.closeSockets()
			cancel()
			return nil, fmt.Errorf("kernel: cannot bind the %s channel to %s: %w", s.channel, endpoint, err)
		}
	}
	if cfg.HandleSIGINT {
		k.watchSIGINT()
	}
	return k, nil
}

// Run serves requests until a shutdown_request arrives or ctx is
// cancelled. It reports whether the frontend asked for a restart.
func (k *Kernel) Run(ctx context.Context) (restart bool, err error) {
	go k.heartbeat()
	go k.readLoop(k.shell, wire.Shell, k.enqueue)
	go k.readLoop(k.control, wire.Control, k.serveControl)
	go k.readLoop(k.stdin, wire.Stdin, k.deliverReply)
	go k.serveShell()
	k.publishStatus("starting", nil)
	select {
	case <-ctx.Done():
		k.stop(false)
		<-k.done
		return false, ctx.Err()
	case <-k.done:
		return k.restart, nil
	}
}

// stop ends the kernel once: the interpreter first, then the sockets.
func (k *Kernel) stop(restart bool) {
	k.shutOnce.Do(func() {
		k.restart = restart
		k.interruptExecution()
		k.interp.Shutdown(restart)
		k.cancel()
		k.closeSockets()
		close(k.done)
	})
}

func (k *Kernel) closeSockets() {
	for _, s := range []zmq4.Socket{k.shell, k.control, k.stdin, k.hb} {
		if s != nil {
			_ = s.Close()
		}
	}
	if k.iopub != nil {
		k.iopub.close()
	}
}

// heartbeat echoes every ping on its own goroutine, so a frontend sees the
// kernel alive even while a cell keeps every core busy.
func (k *Kernel) heartbeat() {
	for {
		msg, err := k.hb.Recv()
		if err != nil {
			if k.ctx.Err() != nil {
				return
			}
			continue
		}
		if err := k.hb.Send(msg); err != nil && k.ctx.Err() != nil {
			return
		}
	}
}

// readLoop is the one reader of a socket: it decodes and verifies each
// message and hands it on. A message that fails is logged and dropped.
func (k *Kernel) readLoop(sock zmq4.Socket, channel string, handle func(*request)) {
	for {
		raw, err := sock.Recv()
		if err != nil {
			if k.ctx.Err() != nil {
				return
			}
			k.log.Warn("receive failed", "channel", channel, "err", err)
			continue
		}
		msg, err := wire.Decode(raw.Frames, k.signer)
		if err != nil {
			k.log.Warn("dropped a message", "channel", channel, "frames", len(raw.Frames), "reason", err)
			continue
		}
		handle(&request{msg: msg, channel: channel})
	}
}

func (k *Kernel) enqueue(r *request) {
	k.execMu.Lock()
	k.received++
	r.seq = k.received
	k.execMu.Unlock()
	select {
	case k.queue <- r:
	case <-k.ctx.Done():
	}
}

// deliverReply passes an input_reply to the cell waiting for it.
func (k *Kernel) deliverReply(r *request) {
	if r.msg.Header.MsgType != "input_reply" {
		k.log.Warn("unexpected message on stdin", "msg_type", r.msg.Header.MsgType)
		return
	}
	select {
	case k.replies <- r.msg:
	default:
		k.log.Warn("input_reply with no input_request waiting")
	}
}

// send signs and writes m on shell, control or stdin, serialized per
// socket. Messages on iopub go through publish.
func (k *Kernel) send(channel string, m *wire.Message) {
	frames, err := wire.Encode(m, k.signer)
	if err != nil {
		k.log.Error("cannot encode a message", "msg_type", m.Header.MsgType, "err", err)
		return
	}
	var sock zmq4.Socket
	var mu *sync.Mutex
	switch channel {
	case wire.Shell:
		sock, mu = k.shell, &k.shellMu
	case wire.Control:
		sock, mu = k.control, &k.controlMu
	case wire.Stdin:
		sock, mu = k.stdin, &k.stdinMu
	default:
		panic("kernel: send on unknown channel " + channel)
	}
	mu.Lock()
	err = sock.SendMulti(zmq4.NewMsgFrom(frames...))
	mu.Unlock()
	if err != nil && k.ctx.Err() == nil {
		k.log.Warn("send failed", "channel", channel, "msg_type", m.Header.MsgType, "err", err)
	}
}

// reply answers req on the channel it came in on, addressed to its sender.
func (k *Kernel) reply(req *request, msgType string, content any) {
	m, err := wire.New(msgType, k.session, "kernel", &req.msg.Header, content)
	if err != nil {
		k.log.Error("cannot build a reply", "msg_type", msgType, "err", err)
		return
	}
	m.Identities = req.msg.Identities
	k.send(req.channel, m)
}

// publish sends content on iopub with parent as its parent header, at
// once: status, execute_input, results and errors never wait behind a
// cell's output.
func (k *Kernel) publish(msgType string, parent *wire.Header, content any) {
	k.publishOutput(nil, msgType, parent, content)
}

// publishOutput publishes content; out, when not nil, says which cell
// output it is, which may then wait for room or be dropped (iopub.go).
func (k *Kernel) publishOutput(out *output, msgType string, parent *wire.Header, content any) {
	frames, err := k.encodeIOPub(msgType, parent, content)
	if err != nil {
		k.log.Error("cannot build an iopub message", "msg_type", msgType, "err", err)
		return
	}
	m := message{frames: frames, output: out}
	if parent != nil {
		m.parent = parent.MsgID
	}
	k.iopub.send(m)
}

func (k *Kernel) encodeIOPub(msgType string, parent *wire.Header, content any) ([][]byte, error) {
	// Like ipykernel, the kernel writes its own session id in the headers
	// it creates; the parent header says which request a message answers.
	m, err := wire.New(msgType, k.session, "kernel", parent, content)
	if err != nil {
		return nil, err
	}
	// The topic frame lets subscribers filter; ipykernel uses kernel.<id>.<type>.
	m.Identities = [][]byte{[]byte("kernel." + k.session + "." + msgType)}
	return wire.Encode(m, k.signer)
}

// dropNotice is the stream message that tells a frontend which stopped
// reading how much of a stream it missed.
func (k *Kernel) dropNotice(parent *wire.Header, stream string, dropped int) ([][]byte, error) {
	text := fmt.Sprintf("\n[gogil: output dropped: %d bytes, the front end could not keep up]\n", dropped)
	return k.encodeIOPub("stream", parent, wire.Stream{Name: stream, Text: text})
}

func (k *Kernel) publishStatus(state string, parent *wire.Header) {
	k.publish("status", parent, wire.Status{ExecutionState: state})
}

// interruptExecution cancels the running cell. When no cell runs, the
// interrupt is kept for the first execute_request already received: a
// frontend that interrupts right after sending a cell means that cell,
// even if the shell has not begun it yet.
func (k *Kernel) interruptExecution() bool {
	k.execMu.Lock()
	defer k.execMu.Unlock()
	if k.execCancel == nil {
		k.interruptUpTo = k.received
		return false
	}
	k.execCancel()
	return true
}

// beginExecution makes cancel the running cell's interrupt and reports
// whether an interrupt arrived while req waited its turn.
func (k *Kernel) beginExecution(req *request, cancel context.CancelFunc) (interrupted bool) {
	k.execMu.Lock()
	defer k.execMu.Unlock()
	k.execCancel = cancel
	interrupted = req.seq != 0 && req.seq <= k.interruptUpTo
	k.interruptUpTo = 0
	return interrupted
}

func (k *Kernel) watchSIGINT() {
	ch := make(chan os.Signal, 4)
	signal.Notify(ch, syscall.SIGINT)
	go func() {
		defer signal.Stop(ch)
		for {
			select {
			case <-ch:
				k.interruptExecution()
			case <-k.ctx.Done():
				return
			}
		}
	}()
}
