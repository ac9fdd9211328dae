package kernel

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/go-zeromq/zmq4"

	"github.com/gogil/gogil/kernel/iopub"
	"github.com/gogil/gogil/kernel/wire"
	"github.com/gogil/gogil/kernel/zmtpconn"
)

// zmqTransport is the Transport of a connection file: ROUTER sockets for
// shell, control and stdin, a REP for the heartbeat, and iopub's own PUB
// socket.
type zmqTransport struct {
	signer *wire.Signer
	log    *slog.Logger
	ctx    context.Context
	cancel context.CancelFunc

	routers map[string]zmq4.Socket
	sendMu  map[string]*sync.Mutex // zmq4 sockets must not be written from two goroutines at once
	hb      zmq4.Socket
	iopub   *iopub.Socket
}

// listenZMQ binds every channel of conn and starts the heartbeat, so that
// a frontend's first connect finds the ports open. notice builds the
// stream text that tells a subscriber which stopped reading what it missed.
func listenZMQ(conn *wire.ConnectionInfo, signer *wire.Signer, notice func(parent *wire.Header, stream string, dropped int) *wire.Message, log *slog.Logger) (*zmqTransport, error) {
	ctx, cancel := context.WithCancel(context.Background())
	t := &zmqTransport{
		signer: signer,
		log:    log,
		ctx:    ctx,
		cancel: cancel,
		routers: map[string]zmq4.Socket{
			wire.Shell:   zmq4.NewRouter(ctx),
			wire.Control: zmq4.NewRouter(ctx),
			wire.Stdin:   zmq4.NewRouter(ctx),
		},
		sendMu: map[string]*sync.Mutex{wire.Shell: {}, wire.Control: {}, wire.Stdin: {}},
		hb:     zmq4.NewRep(ctx),
	}
	encodeNotice := func(parent *wire.Header, stream string, dropped int) ([][]byte, error) {
		m := notice(parent, stream, dropped)
		if m == nil {
			return nil, errors.New("no notice")
		}
		return t.encodeIOPub(m)
	}
	// Shell first: it is what a frontend asks first (kernel_info).
	for _, channel := range []string{wire.Shell, wire.IOPub, wire.Control, wire.Stdin, wire.HB} {
		endpoint := conn.Endpoint(channel)
		// zmq4's sockets listen on an endpoint whose connections send each
		// message in one write (package zmtpconn).
		wrapped, err := zmtpconn.Endpoint(endpoint)
		if err == nil {
			switch channel {
			case wire.IOPub:
				t.iopub, err = iopub.Listen(endpoint, encodeNotice, log)
			case wire.HB:
				err = t.hb.Listen(wrapped)
			default:
				err = t.routers[channel].Listen(wrapped)
			}
		}
		if err != nil {
			t.Close()
			return nil, fmt.Errorf("kernel: cannot bind the %s channel to %s: %w", channel, endpoint, err)
		}
	}
	go t.heartbeat()
	return t, nil
}

// heartbeat echoes every ping on its own goroutine, so a frontend sees the
// kernel alive even while a cell keeps every core busy.
func (t *zmqTransport) heartbeat() {
	for {
		msg, err := t.hb.Recv()
		if err != nil {
			if t.ctx.Err() != nil {
				return
			}
			continue
		}
		if err := t.hb.Send(msg); err != nil && t.ctx.Err() != nil {
			return
		}
	}
}

func (t *zmqTransport) Receive(channel string) (*wire.Message, error) {
	sock := t.routers[channel]
	if sock == nil {
		return nil, fmt.Errorf("kernel: no channel %q to receive on", channel)
	}
	for {
		raw, err := sock.Recv()
		if err != nil {
			if t.ctx.Err() != nil {
				return nil, ErrClosed
			}
			t.log.Warn("receive failed", "channel", channel, "err", err)
			continue
		}
		msg, err := wire.Decode(raw.Frames, t.signer)
		if err != nil {
			t.log.Warn("dropped a message", "channel", channel, "frames", len(raw.Frames), "reason", err)
			continue
		}
		return msg, nil
	}
}

func (t *zmqTransport) Send(channel string, m *wire.Message) error {
	sock, mu := t.routers[channel], t.sendMu[channel]
	if sock == nil {
		return fmt.Errorf("kernel: no channel %q to send on", channel)
	}
	frames, err := wire.Encode(m, t.signer)
	if err != nil {
		return err
	}
	mu.Lock()
	defer mu.Unlock()
	return sock.SendMulti(zmq4.NewMsgFrom(frames...))
}

func (t *zmqTransport) Publish(m *wire.Message, out *iopub.CellOutput) {
	frames, err := t.encodeIOPub(m)
	if err != nil {
		t.log.Error("cannot encode an iopub message", "msg_type", m.Header.MsgType, "err", err)
		return
	}
	t.iopub.Send(iopub.Message{Frames: frames, Parent: m.Parent().MsgID, Output: out})
}

// encodeIOPub signs m behind a topic frame, which lets subscribers filter;
// ipykernel's is kernel.<session>.<msg_type>.
func (t *zmqTransport) encodeIOPub(m *wire.Message) ([][]byte, error) {
	m.Identities = [][]byte{[]byte("kernel." + m.Header.Session + "." + m.Header.MsgType)}
	return wire.Encode(m, t.signer)
}

func (t *zmqTransport) WaitSubscriber(ctx context.Context) bool {
	return t.iopub.WaitSubscriber(ctx)
}

func (t *zmqTransport) WaitNewcomers(ctx context.Context, max time.Duration) {
	t.iopub.WaitNewcomers(ctx, max)
}

func (t *zmqTransport) Close() {
	t.cancel()
	for _, s := range t.routers {
		_ = s.Close()
	}
	_ = t.hb.Close()
	if t.iopub != nil {
		t.iopub.Close()
	}
}
