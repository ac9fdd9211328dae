package iopub

import (
	"context"
	"io"
	"log/slog"
	"net"
	"testing"
	"time"

	"github.com/go-zeromq/zmq4"

	"github.com/gogil/gogil/kernel/wire"
)

func listen(t *testing.T) (*Socket, string) {
	t.Helper()
	notice := func(*wire.Header, string, int) ([][]byte, error) { return nil, nil }
	p, err := Listen("tcp://127.0.0.1:0", notice, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(p.Close)
	return p, p.listener.Addr().String()
}

// TestWaitNewcomers: a connection that has not subscribed holds the wait
// (until ctx ends); once it subscribes, or goes away, the wait returns.
func TestWaitNewcomers(t *testing.T) {
	p, addr := listen(t)

	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	p.WaitNewcomers(ctx, time.Minute)
	if ctx.Err() != nil {
		t.Fatal("with no connection, the wait should return at once")
	}

	// A peer that connects and never greets.
	raw, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	waitNewcomer(t, p)
	short, cancelShort := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancelShort()
	p.WaitNewcomers(short, time.Minute)
	if short.Err() == nil {
		t.Fatal("the wait returned while a connection had not subscribed")
	}
	raw.Close()
	p.WaitNewcomers(ctx, time.Minute)
	if ctx.Err() != nil {
		t.Fatal("a connection that closed still holds the wait")
	}

	// A subscriber: the wait ends with its subscription.
	sub := zmq4.NewSub(context.Background())
	defer sub.Close()
	if err := sub.Dial("tcp://" + addr); err != nil {
		t.Fatal(err)
	}
	if err := sub.SetOption(zmq4.OptionSubscribe, ""); err != nil {
		t.Fatal(err)
	}
	p.WaitNewcomers(ctx, time.Minute)
	if ctx.Err() != nil {
		t.Fatal("a subscribed connection still holds the wait")
	}
	if !p.WaitSubscriber(ctx) {
		t.Fatal("no subscriber seen")
	}
}

// waitNewcomer returns once the socket has accepted a connection that is
// still a newcomer.
func waitNewcomer(t *testing.T, p *Socket) {
	t.Helper()
	for range 1000 {
		p.mu.Lock()
		n := len(p.newcomers)
		p.mu.Unlock()
		if n > 0 {
			return
		}
		time.Sleep(5 * time.Millisecond)
	}
	t.Fatal("the connection was never accepted")
}
