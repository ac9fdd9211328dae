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
	"time"

	"github.com/gogil/gogil/kernel/iopub"
	"github.com/gogil/gogil/kernel/wire"
)

// Config is what a kernel needs to start.
type Config struct {
	// Connection names the ZeroMQ sockets New binds. Transport, when set,
	// is used instead (tests serve a kernel over channels).
	Connection *wire.ConnectionInfo
	Transport  Transport

	// Interpreter is the language. StartInterpreter, instead, makes it
	// while the kernel already listens: a frontend connects as soon as it
	// has started the process, and a port bound only after the language
	// loaded makes it wait for its next connect attempt (libzmq retries
	// every 100 ms). Requests wait until it returns; an error ends Run.
	Interpreter      Interpreter
	StartInterpreter func() (Interpreter, error)

	// Logger receives protocol problems (bad signatures, unknown message
	// types). Nil means slog.Default().
	Logger *slog.Logger
	// HandleSIGINT makes SIGINT interrupt the running cell, as a frontend
	// with interrupt_mode "signal" expects.
	HandleSIGINT bool
	// HistoryFile, when set, keeps history_request's answers across
	// restarts: earlier sessions are read from it and this one is appended.
	// A file that cannot be used is logged and history stays in memory.
	// History, when set, is used instead.
	HistoryFile string
	History     History
	// SubscriberWait bounds how long the kernel_info replies on shell wait
	// for a first iopub subscriber (see kernelInfo). Zero means
	// DefaultSubscriberWait; negative, no wait.
	SubscriberWait time.Duration
}

// DefaultSubscriberWait is how long a kernel_info reply waits, at most,
// for the first frontend to subscribe to iopub. A frontend that subscribes
// at all does so within milliseconds of connecting.
const DefaultSubscriberWait = time.Second

// Kernel is a running Jupyter kernel: a transport and the goroutines that
// serve it.
type Kernel struct {
	interp         Interpreter // set before ready is closed
	implementation string      // the interpreter's name, for the drop notice
	transport      Transport
	log            *slog.Logger
	session        string // this kernel's session id, used in the headers it writes

	ctx    context.Context
	cancel context.CancelFunc

	// ready is closed once the interpreter and the history are there;
	// requests wait for it. startErr says why they never will be.
	ready    chan struct{}
	startErr error

	queue         chan *request // shell requests, served one at a time in order
	shellHandlers map[string]handler
	replies       chan *wire.Message

	execMu         sync.Mutex
	execCancel     context.CancelFunc // cancels the running cell; nil when idle
	received       uint64             // seq of the last shell request received
	interruptUpTo  uint64             // an interrupt came while requests up to this seq waited
	executionCount int
	history        History

	// The first kernel_info replies on shell wait for an iopub subscriber
	// until subscriberDeadline (set by the first of them); once one was
	// seen, or the deadline passed, no reply waits again.
	subscriberWait     time.Duration
	subscriberDeadline time.Time
	subscriberWaitOver bool

	done     chan struct{} // closed when the kernel has shut down
	shutOnce sync.Once
	restart  bool
}

// request is a received message with the channel it came in on.
type request struct {
	msg     *wire.Message
	channel string
	seq     uint64 // shell requests: the order they were received in, from 1
}

// New binds the kernel's sockets (or takes cfg.Transport) before anything
// else, then loads the history and the interpreter in the background. It
// fails with a clear error when the connection is unusable (for example a
// port already in use).
func New(cfg Config) (*Kernel, error) {
	if cfg.Connection == nil && cfg.Transport == nil {
		return nil, errors.New("kernel: a Connection or a Transport is required")
	}
	if (cfg.Interpreter == nil) == (cfg.StartInterpreter == nil) {
		return nil, errors.New("kernel: one of Interpreter and StartInterpreter is required")
	}
	logger := cfg.Logger
	if logger == nil {
		logger = slog.Default()
	}
	ctx, cancel := context.WithCancel(context.Background())
	k := &Kernel{
		log:            logger,
		session:        newSessionID(),
		ctx:            ctx,
		cancel:         cancel,
		ready:          make(chan struct{}),
		queue:          make(chan *request, 1024),
		shellHandlers:  shellHandlers,
		replies:        make(chan *wire.Message, 16),
		subscriberWait: cfg.SubscriberWait,
		done:           make(chan struct{}),
	}
	if k.subscriberWait == 0 {
		k.subscriberWait = DefaultSubscriberWait
	}
	k.transport = cfg.Transport
	if k.transport == nil {
		signer, err := cfg.Connection.Signer()
		if err != nil {
			cancel()
			return nil, fmt.Errorf("kernel: %w", err)
		}
		t, err := listenZMQ(cfg.Connection, signer, k.dropNotice, logger)
		if err != nil {
			cancel()
			return nil, err
		}
		k.transport = t
	}
	go k.start(cfg)
	if cfg.HandleSIGINT {
		k.watchSIGINT()
	}
	return k, nil
}

// start opens the history and makes the interpreter, side by side, then
// lets requests in.
func (k *Kernel) start(cfg Config) {
	historyDone := make(chan History, 1)
	go func() {
		switch {
		case cfg.History != nil:
			historyDone <- cfg.History
		case cfg.HistoryFile != "":
			h, err := OpenHistoryFile(cfg.HistoryFile, k.log)
			if err != nil {
				k.log.Warn("history is kept in memory only", "err", err)
				historyDone <- NewMemoryHistory()
				return
			}
			historyDone <- h
		default:
			historyDone <- NewMemoryHistory()
		}
	}()
	interp, err := cfg.Interpreter, error(nil)
	if interp == nil {
		interp, err = cfg.StartInterpreter()
		if err == nil && interp == nil {
			err = errors.New("StartInterpreter returned no interpreter")
		}
	}
	k.history = <-historyDone
	if err != nil {
		k.startErr = fmt.Errorf("starting the interpreter: %w", err)
		k.stop(false)
		return
	}
	k.interp = interp
	if k.implementation = interp.Info().Implementation; k.implementation == "" {
		k.implementation = "kernel"
	}
	close(k.ready)
}

// Run serves requests until a shutdown_request arrives or ctx is
// cancelled. It reports whether the frontend asked for a restart.
func (k *Kernel) Run(ctx context.Context) (restart bool, err error) {
	k.publishStatus("starting", nil)
	go k.readLoop(wire.Shell, k.enqueue)
	go k.readLoop(wire.Control, k.serveControl)
	go k.readLoop(wire.Stdin, k.deliverReply)
	go k.serveShell()
	select {
	case <-ctx.Done():
		k.stop(false)
		<-k.done
		return false, ctx.Err()
	case <-k.done:
		return k.restart, k.startErr
	}
}

// stop ends the kernel once: the interpreter first, then the transport.
func (k *Kernel) stop(restart bool) {
	k.shutOnce.Do(func() {
		k.restart = restart
		k.interruptExecution()
		select {
		case <-k.ready:
			k.interp.Shutdown(restart)
			k.history.Close()
		default: // the interpreter never started
		}
		k.cancel()
		k.transport.Close()
		close(k.done)
	})
}

// waitReady returns once requests may be served; false if the kernel
// stopped first.
func (k *Kernel) waitReady() bool {
	select {
	case <-k.ready:
		return true
	case <-k.ctx.Done():
		return false
	}
}

// readLoop is the one reader of a channel and hands each message on.
func (k *Kernel) readLoop(channel string, handle func(*request)) {
	for {
		msg, err := k.transport.Receive(channel)
		if err != nil {
			if k.ctx.Err() == nil && !errors.Is(err, ErrClosed) {
				k.log.Error("cannot receive", "channel", channel, "err", err)
			}
			return
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

// send writes m on shell, control or stdin. Messages on iopub go through
// publish.
func (k *Kernel) send(channel string, m *wire.Message) {
	if err := k.transport.Send(channel, m); err != nil && k.ctx.Err() == nil {
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
// output it is, which may then wait for room or be dropped (package iopub).
func (k *Kernel) publishOutput(out *iopub.CellOutput, msgType string, parent *wire.Header, content any) {
	// Like ipykernel, the kernel writes its own session id in the headers
	// it creates; the parent header says which request a message answers.
	m, err := wire.New(msgType, k.session, "kernel", parent, content)
	if err != nil {
		k.log.Error("cannot build an iopub message", "msg_type", msgType, "err", err)
		return
	}
	k.transport.Publish(m, out)
}

// dropNotice is the stream message that tells a frontend which stopped
// reading how much of a stream it missed. It names the kernel as
// kernel_info does (the interpreter's implementation name): a user reading
// the notice in a notebook should know which program dropped the text.
func (k *Kernel) dropNotice(parent *wire.Header, stream string, dropped int) *wire.Message {
	name := "kernel"
	select {
	case <-k.ready:
		name = k.implementation
	default:
	}
	text := fmt.Sprintf("\n[%s: output dropped: %d bytes, the front end could not keep up]\n", name, dropped)
	m, err := wire.New("stream", k.session, "kernel", parent, wire.Stream{Name: stream, Text: text})
	if err != nil {
		k.log.Error("cannot build a drop notice", "err", err)
	}
	return m
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
