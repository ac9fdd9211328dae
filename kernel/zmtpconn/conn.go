package zmtpconn

import (
	"bufio"
	"context"
	"encoding/binary"
	"fmt"
	"net"
	"strings"
	"sync"

	"github.com/go-zeromq/zmq4"
	"github.com/go-zeromq/zmq4/transport"
)

const (
	// greetingSize is ZMTP 3's greeting, which each side sends whole
	// before any frame.
	greetingSize = 64
	// readBuffer holds what one read system call may bring in: several
	// small messages, or the start of a large one.
	readBuffer = 32 << 10
	// holdLimit bounds what a message being written may hold back: a
	// larger message goes out in several writes rather than being copied.
	holdLimit = 256 << 10
)

// ZMTP frame flags.
const (
	flagMore    = 1
	flagLong    = 2
	flagCommand = 4
)

// Wrap returns c with its writes held back until they complete a ZMTP
// message (a frame without MORE, or a command), then sent in one write,
// and its reads served from a buffer. The peer sees the same bytes.
//
// It relies on the writer sending the greeting and then whole frames in
// order, as zmq4's Conn does; Write is safe for concurrent use, but two
// goroutines writing frames of different messages at once would garble
// the stream with or without it. Read must have one reader at a time.
func Wrap(c net.Conn) net.Conn {
	return &conn{Conn: c, in: bufio.NewReaderSize(c, readBuffer), greetingLeft: greetingSize}
}

type conn struct {
	net.Conn
	in *bufio.Reader

	mu  sync.Mutex
	out []byte // what was written since the last message boundary
	// The writer's place in the outgoing stream.
	greetingLeft int
	header       [9]byte // the header of the frame being written: flags, then a 1 or 8 byte size
	headerLen    int
	bodyLeft     uint64
	inFrame      bool // past a frame's flags byte, not yet past its body
}

func (c *conn) Read(p []byte) (int, error) { return c.in.Read(p) }

func (c *conn) Write(p []byte) (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	boundary := c.follow(p)
	small := len(c.out)+len(p) <= holdLimit
	if !boundary && small {
		c.out = append(c.out, p...)
		return len(p), nil
	}
	// At a message boundary, or holding too much: send what is held and p.
	var err error
	switch {
	case len(c.out) == 0:
		_, err = c.Conn.Write(p)
	case small:
		c.out = append(c.out, p...)
		_, err = c.Conn.Write(c.out)
	default: // a large body: not worth a copy
		buffers := net.Buffers{c.out, p}
		_, err = buffers.WriteTo(c.Conn)
	}
	c.out = c.out[:0]
	if cap(c.out) > holdLimit {
		c.out = nil // one large message should not pin its buffer
	}
	if err != nil {
		return 0, err
	}
	return len(p), nil
}

// follow advances the writer's place past p and reports whether p ends a
// message: the greeting, a command, or a frame without MORE.
func (c *conn) follow(p []byte) (boundary bool) {
	for len(p) > 0 {
		boundary = false
		switch {
		case c.greetingLeft > 0:
			n := min(len(p), c.greetingLeft)
			c.greetingLeft -= n
			p = p[n:]
			boundary = c.greetingLeft == 0
		case !c.inFrame:
			c.header[0], c.headerLen, c.inFrame = p[0], 1, true
			p = p[1:]
		case c.headerLen < c.headerSize():
			n := copy(c.header[c.headerLen:c.headerSize()], p)
			c.headerLen += n
			p = p[n:]
			if c.headerLen == c.headerSize() {
				c.bodyLeft = c.size()
				boundary = c.bodyLeft == 0 && c.endFrame()
			}
		default:
			n := min(uint64(len(p)), c.bodyLeft)
			c.bodyLeft -= n
			p = p[n:]
			boundary = c.bodyLeft == 0 && c.endFrame()
		}
	}
	return boundary
}

func (c *conn) headerSize() int {
	if c.header[0]&flagLong != 0 {
		return 9
	}
	return 2
}

func (c *conn) size() uint64 {
	if c.header[0]&flagLong != 0 {
		return binary.BigEndian.Uint64(c.header[1:9])
	}
	return uint64(c.header[1])
}

// endFrame closes the current frame and reports whether it ends a message.
func (c *conn) endFrame() bool {
	c.inFrame = false
	return c.header[0]&flagMore == 0 || c.header[0]&flagCommand != 0
}

// listener wraps every connection it accepts.
type listener struct{ net.Listener }

func (l listener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err != nil {
		return nil, err
	}
	return Wrap(c), nil
}

// zmq4 finds a socket's transport by the scheme of the endpoint it is
// given; these wrap zmq4's own tcp and ipc transports.
var schemes = map[string]string{"tcp": "zmtpconn+tcp", "ipc": "zmtpconn+ipc"}

var register = sync.OnceValue(func() error {
	for network, scheme := range schemes {
		if network == "ipc" {
			network = "unix"
		}
		if err := zmq4.RegisterTransport(scheme, wrapped{transport.New(network)}); err != nil {
			return err
		}
	}
	return nil
})

type wrapped struct{ transport.Transport }

func (w wrapped) Listen(ctx context.Context, addr string) (net.Listener, error) {
	l, err := w.Transport.Listen(ctx, addr)
	if err != nil {
		return nil, err
	}
	return listener{l}, nil
}

func (w wrapped) Dial(ctx context.Context, dialer transport.Dialer, addr string) (net.Conn, error) {
	c, err := w.Transport.Dial(ctx, dialer, addr)
	if err != nil {
		return nil, err
	}
	return Wrap(c), nil
}

// Endpoint rewrites a "tcp://" or "ipc://" endpoint so that a zmq4 socket
// listening on (or dialling) it wraps its connections. Other endpoints are
// returned as they are.
func Endpoint(endpoint string) (string, error) {
	scheme, rest, ok := strings.Cut(endpoint, "://")
	ours, known := schemes[scheme]
	if !ok || !known {
		return endpoint, nil
	}
	if err := register(); err != nil {
		return "", fmt.Errorf("zmtpconn: %w", err)
	}
	return ours + "://" + rest, nil
}
