package zmtpconn

import (
	"bytes"
	"context"
	"encoding/binary"
	"math/rand/v2"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/go-zeromq/zmq4"
	"github.com/go-zeromq/zmq4/security/null"
)

// recorder is a net.Conn that keeps every write it is given.
type recorder struct {
	net.Conn
	mu     sync.Mutex
	writes [][]byte
}

func (r *recorder) Write(p []byte) (int, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.writes = append(r.writes, bytes.Clone(p))
	return len(p), nil
}

func (r *recorder) count() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.writes)
}

// frame encodes one ZMTP frame.
func frame(flags byte, body []byte) []byte {
	if len(body) > 255 {
		head := make([]byte, 9)
		head[0] = flags | flagLong
		binary.BigEndian.PutUint64(head[1:], uint64(len(body)))
		return append(head, body...)
	}
	return append([]byte{flags, byte(len(body))}, body...)
}

// TestWritesEndAtMessages feeds a stream of a greeting, commands and
// messages to Write cut at random places, and checks that what reaches
// the connection is the same stream, cut only where a message ends.
func TestWritesEndAtMessages(t *testing.T) {
	var stream []byte
	var ends []int // offsets where a message (or the greeting) ends
	add := func(b []byte, end bool) {
		stream = append(stream, b...)
		if end {
			ends = append(ends, len(stream))
		}
	}
	add(bytes.Repeat([]byte{0xff}, greetingSize), true)
	add(frame(flagCommand, []byte("\x05READY\x0bSocket-Type\x00\x00\x00\x06ROUTER")), true)
	for i := range 50 {
		frames := 1 + i%8
		for f := range frames {
			size := []int{0, 1, 200, 255, 256, 3000}[(i+f)%6]
			flags := byte(0)
			if f < frames-1 {
				flags = flagMore
			}
			add(frame(flags, bytes.Repeat([]byte{byte(i)}, size)), f == frames-1)
		}
	}
	isEnd := map[int]bool{}
	for _, e := range ends {
		isEnd[e] = true
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for round := range 20 {
		rec := &recorder{}
		c := Wrap(rec)
		for rest := stream; len(rest) > 0; {
			n := min(len(rest), 1+rng.IntN(300))
			if round == 0 {
				n = min(len(rest), 1) // a byte at a time
			}
			if _, err := c.Write(rest[:n]); err != nil {
				t.Fatal(err)
			}
			rest = rest[n:]
		}
		var got []byte
		for _, w := range rec.writes {
			got = append(got, w...)
			if !isEnd[len(got)] {
				t.Fatalf("round %d: a write ends at offset %d, inside a message", round, len(got))
			}
		}
		if !bytes.Equal(got, stream) {
			t.Fatalf("round %d: the connection got %d bytes, want the %d written", round, len(got), len(stream))
		}
		if len(rec.writes) > len(ends) {
			t.Fatalf("round %d: %d writes for %d messages", round, len(rec.writes), len(ends))
		}
	}
}

// TestLargeMessageIsNotHeld: a message larger than holdLimit goes out in
// pieces as it is written, not copied whole first.
func TestLargeMessageIsNotHeld(t *testing.T) {
	rec := &recorder{}
	c := Wrap(rec)
	c.Write(make([]byte, greetingSize))
	body := make([]byte, 2*holdLimit)
	c.Write(frame(flagMore, []byte("topic"))[:2])
	c.Write([]byte("topic"))
	c.Write(frame(0, body)[:9])
	if n := rec.count(); n != 1 {
		t.Fatalf("%d writes before the large body, want 1 (the greeting)", n)
	}
	c.Write(body)
	sent := 0
	for _, w := range rec.writes {
		sent += len(w)
	}
	if want := greetingSize + 7 + 9 + len(body); sent != want {
		t.Fatalf("%d bytes reached the connection after the large body, want all %d", sent, want)
	}
}

// pair opens a ZMTP connection over loopback TCP: server wrapped (with a
// recorder counting the writes that reach the socket), client plain.
func pair(t *testing.T, typ zmq4.SocketType) (server, client *zmq4.Conn, writes func() int) {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	accepted := make(chan net.Conn, 1)
	go func() {
		c, _ := l.Accept()
		accepted <- c
	}()
	raw, err := net.Dial("tcp", l.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	counted := &countingConn{Conn: <-accepted}
	clientDone := make(chan error, 1)
	go func() {
		var err error
		client, err = zmq4.Open(raw, null.Security(), typ, nil, false, nil)
		clientDone <- err
	}()
	server, err = zmq4.Open(Wrap(counted), null.Security(), typ, nil, true, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := <-clientDone; err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { server.Close(); client.Close() })
	return server, client, counted.count
}

type countingConn struct {
	net.Conn
	mu sync.Mutex
	n  int
}

func (c *countingConn) Write(p []byte) (int, error) {
	c.mu.Lock()
	c.n++
	c.mu.Unlock()
	return c.Conn.Write(p)
}

func (c *countingConn) count() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n
}

// TestOneWritePerMessage: a seven-frame message, as a Jupyter message is,
// leaves zmq4 in one write and arrives whole.
func TestOneWritePerMessage(t *testing.T) {
	server, client, writes := pair(t, zmq4.Pair)
	frames := [][]byte{[]byte("id"), []byte("<IDS|MSG>"), []byte("sig"), []byte("{}"), []byte("{}"), []byte("{}"), []byte(strings.Repeat("x", 1000))}
	for range 3 {
		before := writes()
		if err := server.SendMsg(zmq4.NewMsgFrom(frames...)); err != nil {
			t.Fatal(err)
		}
		if n := writes() - before; n != 1 {
			t.Errorf("a message of %d frames took %d writes, want 1", len(frames), n)
		}
		got, err := client.RecvMsg()
		if err != nil {
			t.Fatal(err)
		}
		if len(got.Frames) != len(frames) {
			t.Fatalf("received %d frames, want %d", len(got.Frames), len(frames))
		}
		for i := range frames {
			if !bytes.Equal(got.Frames[i], frames[i]) {
				t.Fatalf("frame %d: got %q, want %q", i, got.Frames[i], frames[i])
			}
		}
	}
	// Reads go through the buffer: a message the client sends arrives.
	if err := client.SendMsg(zmq4.NewMsgFrom([]byte("a"), []byte("b"))); err != nil {
		t.Fatal(err)
	}
	got, err := server.RecvMsg()
	if err != nil || len(got.Frames) != 2 || string(got.Frames[1]) != "b" {
		t.Fatalf("server received %q, %v", got.Frames, err)
	}
}

// TestRouterThroughEndpoint: a zmq4 ROUTER bound to a rewritten endpoint
// talks to a plain DEALER as before.
func TestRouterThroughEndpoint(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	endpoint, err := Endpoint("tcp://127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(endpoint, "zmtpconn+tcp://") {
		t.Fatalf("Endpoint gave %q", endpoint)
	}
	router := zmq4.NewRouter(ctx)
	defer router.Close()
	if err := router.Listen(endpoint); err != nil {
		t.Fatal(err)
	}
	dealer := zmq4.NewDealer(ctx, zmq4.WithID(zmq4.SocketIdentity("peer")))
	defer dealer.Close()
	if err := dealer.Dial("tcp://" + router.Addr().String()); err != nil {
		t.Fatal(err)
	}
	if err := dealer.SendMulti(zmq4.NewMsgFrom([]byte("hello"), []byte(strings.Repeat("y", 600)))); err != nil {
		t.Fatal(err)
	}
	in, err := router.Recv()
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Frames) != 3 || string(in.Frames[0]) != "peer" || string(in.Frames[1]) != "hello" {
		t.Fatalf("router received %q", in.Frames)
	}
	if err := router.SendMulti(zmq4.NewMsgFrom([]byte("peer"), []byte("world"))); err != nil {
		t.Fatal(err)
	}
	out, err := dealer.Recv()
	if err != nil || len(out.Frames) != 1 || string(out.Frames[0]) != "world" {
		t.Fatalf("dealer received %q, %v", out.Frames, err)
	}
	if other, _ := Endpoint("inproc://x"); other != "inproc://x" {
		t.Errorf("Endpoint rewrote %q", other)
	}
}
