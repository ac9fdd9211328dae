package kernel_test

import (
	"context"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/go-zeromq/zmq4"

	"github.com/gogil/gogil/internal/client"
	"github.com/gogil/gogil/kernel/wire"
)

// stoppedSubscriber is an iopub subscriber that reads until it has seen a
// status message (so the kernel has its subscription), then stops reading
// until resume is called: a frontend that froze.
type stoppedSubscriber struct {
	ready    chan struct{}
	resume   chan struct{}
	messages chan *wire.Message
}

func subscribeAndStop(t *testing.T, c *client.Client) *stoppedSubscriber {
	t.Helper()
	sock := zmq4.NewSub(context.Background())
	t.Cleanup(func() { sock.Close() })
	if err := sock.SetOption(zmq4.OptionSubscribe, ""); err != nil {
		t.Fatal(err)
	}
	if err := sock.Dial(c.Info().Endpoint(wire.IOPub)); err != nil {
		t.Fatal(err)
	}
	s := &stoppedSubscriber{ready: make(chan struct{}), resume: make(chan struct{}), messages: make(chan *wire.Message, 1024)}
	go func() {
		stopped := false
		for {
			raw, err := sock.Recv()
			if err != nil {
				return
			}
			m, err := wire.Decode(raw.Frames, c.Signer())
			if err != nil {
				continue
			}
			if !stopped {
				if m.Header.MsgType == "status" {
					stopped = true
					close(s.ready)
					<-s.resume
				}
				continue
			}
			s.messages <- m
		}
	}()
	// Each kernel_info_request publishes busy and idle; ask until one
	// reaches the new subscriber.
	ctx := timeout(t)
	for {
		if _, err := c.KernelInfo(ctx); err != nil {
			t.Fatal(err)
		}
		select {
		case <-s.ready:
			return s
		case <-time.After(100 * time.Millisecond):
		case <-ctx.Done():
			t.Fatal("the second subscriber never got a status message")
		}
	}
}

var droppedNotice = regexp.MustCompile(`\[echo: output dropped: (\d+) bytes, the front end could not keep up\]`)

// A frontend that stops reading iopub must neither make the kernel keep
// everything for it nor hold back the frontends that still read. The
// client that reads gets all of a cell's output; the frozen one, once it
// reads again, gets the start of it and a notice counting the rest, before
// the cell's idle: every byte is either delivered or counted.
func TestStoppedSubscriberLosesOutputWithANotice(t *testing.T) {
	const pieces = 256 // 16 MB, far more than a queue and socket buffers hold
	c, _ := startKernel(t)
	stopped := subscribeAndStop(t, c)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	ex, err := c.Execute(ctx, "spew "+strconv.Itoa(pieces), client.ExecuteOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(ex.Stdout()), pieces*64<<10; got != want || strings.Contains(ex.Stdout(), "[echo:") {
		t.Fatalf("the reading client got %d bytes of output (notice: %v), want all %d", got, strings.Contains(ex.Stdout(), "[echo:"), want)
	}

	close(stopped.resume)
	delivered, dropped, notices := 0, 0, 0
	for idle := false; !idle; {
		var m *wire.Message
		select {
		case m = <-stopped.messages:
		case <-ctx.Done():
			t.Fatalf("the frozen subscriber, reading again, never got the cell's idle (%d bytes delivered, %d counted dropped)", delivered, dropped)
		}
		if m.Parent().MsgID != ex.Request.Header.MsgID {
			continue
		}
		switch m.Header.MsgType {
		case "stream":
			var st wire.Stream
			if err := m.DecodeContent(&st); err != nil {
				t.Fatal(err)
			}
			if match := droppedNotice.FindStringSubmatch(st.Text); match != nil {
				n, _ := strconv.Atoi(match[1])
				dropped += n
				notices++
				continue
			}
			if notices > 0 {
				t.Errorf("output after the notice of a stretch dropped at the end of the cell")
			}
			delivered += len(st.Text)
		case "status":
			var status wire.Status
			_ = m.DecodeContent(&status)
			idle = status.ExecutionState == "idle"
		}
	}
	if notices != 1 || dropped == 0 || delivered+dropped != pieces*64<<10 {
		t.Errorf("the frozen subscriber got %d bytes and %d notices counting %d dropped bytes; want one notice and %d bytes in all",
			delivered, notices, dropped, pieces*64<<10)
	}
}

// BenchmarkStreamOutput measures how fast a cell's output reaches a client
// that reads as fast as it can: go test -bench StreamOutput ./kernel/
func BenchmarkStreamOutput(b *testing.B) {
	const pieces = 160 // 10 MB a cell
	c, _ := startKernel(b)
	b.SetBytes(pieces * 64 << 10)
	for b.Loop() {
		ex, err := c.Execute(context.Background(), "spew "+strconv.Itoa(pieces), client.ExecuteOptions{})
		if err != nil || len(ex.Stdout()) != pieces*64<<10 {
			b.Fatalf("got %d bytes, %v", len(ex.Stdout()), err)
		}
	}
}

// A frontend sends its first execute_request as soon as its sockets are
// connected, often before its iopub subscription reaches the kernel (a
// browser's, relayed by jupyter_server, does). The kernel holds the
// request until the new connection subscribes, so the frontend sees the
// busy status, the input and the idle that ends it.
func TestRequestWaitsForANewcomersSubscription(t *testing.T) {
	c, _ := startKernel(t)
	ctx := timeout(t)
	sub := zmq4.NewSub(ctx) // its Recv fails when ctx ends
	defer sub.Close()
	if err := sub.Dial(c.Info().Endpoint(wire.IOPub)); err != nil {
		t.Fatal(err)
	}
	h, err := c.StartExecute(ctx, "hello", client.ExecuteOptions{})
	if err != nil {
		t.Fatal(err)
	}
	// The subscription comes late (the kernel has had the request for a
	// while), but well within the kernel's wait.
	time.Sleep(200 * time.Millisecond)
	if err := sub.SetOption(zmq4.OptionSubscribe, ""); err != nil {
		t.Fatal(err)
	}
	var seen []string
	for {
		raw, err := sub.Recv()
		if err != nil {
			t.Fatalf("the late subscriber saw %v, then: %v", seen, err)
		}
		m, err := wire.Decode(raw.Frames, c.Signer())
		if err != nil || m.Parent().MsgType != "execute_request" { // the only one sent
			continue
		}
		kind := m.Header.MsgType
		if kind == "status" {
			var st wire.Status
			_ = m.DecodeContent(&st)
			kind += ":" + st.ExecutionState
		}
		seen = append(seen, kind)
		if kind == "status:idle" {
			break
		}
	}
	if len(seen) < 3 || seen[0] != "status:busy" || seen[1] != "execute_input" {
		t.Errorf("the late subscriber saw %v, want busy, execute_input, ..., idle", seen)
	}
	if _, err := h.Wait(ctx); err != nil {
		t.Fatal(err)
	}
}
