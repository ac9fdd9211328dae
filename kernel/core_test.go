package kernel_test

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/gogil/gogil/kernel"
	"github.com/gogil/gogil/kernel/iopub"
	"github.com/gogil/gogil/kernel/wire"
)

// memTransport is a Transport over channels: the protocol core tested in
// this process, without sockets. Its inbound channels are unbuffered, so a
// send returns only once the kernel's reader has taken the message, and
// has handed the one before it on (queued it, for shell).
type memTransport struct {
	in         map[string]chan *wire.Message
	replies    chan sentMessage
	iopub      chan *wire.Message
	subscribed chan struct{} // closed: a frontend has subscribed to iopub
	closed     chan struct{}
	closeOnce  sync.Once
}

type sentMessage struct {
	channel string
	msg     *wire.Message
}

func newMemTransport() *memTransport {
	return &memTransport{
		in:         map[string]chan *wire.Message{wire.Shell: make(chan *wire.Message), wire.Control: make(chan *wire.Message), wire.Stdin: make(chan *wire.Message)},
		replies:    make(chan sentMessage, 1024),
		iopub:      make(chan *wire.Message, 1<<16),
		subscribed: make(chan struct{}),
		closed:     make(chan struct{}),
	}
}

func (t *memTransport) Receive(channel string) (*wire.Message, error) {
	select {
	case m := <-t.in[channel]:
		return m, nil
	case <-t.closed:
		return nil, kernel.ErrClosed
	}
}

func (t *memTransport) Send(channel string, m *wire.Message) error {
	select {
	case t.replies <- sentMessage{channel, m}:
		return nil
	case <-t.closed:
		return kernel.ErrClosed
	}
}

func (t *memTransport) Publish(m *wire.Message, _ *iopub.CellOutput) {
	select {
	case t.iopub <- m:
	case <-t.closed:
	}
}

func (t *memTransport) WaitNewcomers(context.Context, time.Duration) {}

func (t *memTransport) WaitSubscriber(ctx context.Context) bool {
	select {
	case <-t.subscribed:
		return true
	case <-ctx.Done():
	case <-t.closed:
	}
	return false
}

func (t *memTransport) Close() { t.closeOnce.Do(func() { close(t.closed) }) }

// inProcess is a kernel serving the echo language over a memTransport.
type inProcess struct {
	t      *testing.T
	tr     *memTransport
	lang   *echoLanguage
	iopubs []*wire.Message // published, not yet claimed by collect
}

func startInProcess(t *testing.T, cfg kernel.Config) *inProcess {
	t.Helper()
	p := &inProcess{t: t, tr: newMemTransport(), lang: &echoLanguage{gate: make(chan struct{})}}
	cfg.Transport = p.tr
	if cfg.StartInterpreter == nil {
		cfg.Interpreter = p.lang
	}
	if cfg.SubscriberWait == 0 {
		close(p.tr.subscribed) // most tests are about something else
	}
	runKernel(t, cfg)
	return p
}

// send delivers a request on channel and returns it.
func (p *inProcess) send(channel, msgType string, content any) *wire.Message {
	p.t.Helper()
	m, err := wire.New(msgType, "test-session", "tester", nil, content)
	if err != nil {
		p.t.Fatal(err)
	}
	m.Identities = [][]byte{[]byte("frontend")}
	select {
	case p.tr.in[channel] <- m:
	case <-time.After(20 * time.Second):
		p.t.Fatalf("the kernel took no %s on %s", msgType, channel)
	}
	return m
}

func (p *inProcess) execute(code string, opts wire.ExecuteRequest) *wire.Message {
	opts.Code = code
	return p.send(wire.Shell, "execute_request", opts)
}

// reply waits for the kernel's reply to req and decodes it into content.
func (p *inProcess) reply(req *wire.Message, content any) sentMessage {
	p.t.Helper()
	select {
	case r := <-p.tr.replies:
		if got := r.msg.Parent().MsgID; got != req.Header.MsgID {
			p.t.Fatalf("a reply (%s) to %s came before the one to %s", r.msg.Header.MsgType, got, req.Header.MsgType)
		}
		if string(r.msg.Identities[0]) != "frontend" {
			p.t.Errorf("%s addressed to %q", r.msg.Header.MsgType, r.msg.Identities)
		}
		if content != nil {
			if err := r.msg.DecodeContent(content); err != nil {
				p.t.Fatal(err)
			}
		}
		return r
	case <-time.After(20 * time.Second):
		p.t.Fatalf("no reply to %s", req.Header.MsgType)
		return sentMessage{}
	}
}

// repliesInAnyOrder takes the next len(reqs) replies, which must answer
// reqs, in whatever order they come.
func (p *inProcess) repliesInAnyOrder(reqs ...*wire.Message) map[*wire.Message]sentMessage {
	p.t.Helper()
	got := map[*wire.Message]sentMessage{}
	for range reqs {
		select {
		case r := <-p.tr.replies:
			i := slices.IndexFunc(reqs, func(req *wire.Message) bool { return req.Header.MsgID == r.msg.Parent().MsgID })
			if i < 0 {
				p.t.Fatalf("a reply (%s) to %s came before those awaited", r.msg.Header.MsgType, r.msg.Parent().MsgID)
			}
			if _, twice := got[reqs[i]]; twice {
				p.t.Fatalf("%s answered twice", reqs[i].Header.MsgType)
			}
			got[reqs[i]] = r
		case <-time.After(20 * time.Second):
			p.t.Fatalf("%d of %d replies came", len(got), len(reqs))
		}
	}
	return got
}

// collect returns the iopub messages whose parent is req, up to its idle.
func (p *inProcess) collect(req *wire.Message) []*wire.Message {
	p.t.Helper()
	var mine []*wire.Message
	var rest []*wire.Message
	take := func(m *wire.Message) bool {
		if m.Parent().MsgID != req.Header.MsgID {
			rest = append(rest, m)
			return false
		}
		mine = append(mine, m)
		var st wire.Status
		return m.Header.MsgType == "status" && m.DecodeContent(&st) == nil && st.ExecutionState == "idle"
	}
	defer func() { p.iopubs = rest }()
	for _, m := range p.iopubs {
		if take(m) {
			rest = append(rest, p.iopubs[len(mine)+len(rest):]...)
			return mine
		}
	}
	for {
		select {
		case m := <-p.tr.iopub:
			if take(m) {
				return mine
			}
		case <-time.After(20 * time.Second):
			p.t.Fatalf("no idle for %s; got %d messages", req.Header.MsgType, len(mine))
		}
	}
}

func msgTypes(ms []*wire.Message) []string {
	var types []string
	for _, m := range ms {
		types = append(types, m.Header.MsgType)
	}
	return types
}

// checkBracketed fails unless the messages are busy first, idle last, and
// no other status between.
func checkBracketed(t *testing.T, what string, ms []*wire.Message) {
	t.Helper()
	var states []string
	for _, m := range ms {
		if m.Header.MsgType == "status" {
			var st wire.Status
			_ = m.DecodeContent(&st)
			states = append(states, st.ExecutionState)
		}
	}
	if len(states) != 2 || states[0] != "busy" || states[1] != "idle" || ms[0].Header.MsgType != "status" {
		t.Errorf("%s: statuses %v in %v, want busy first and idle last", what, states, msgTypes(ms))
	}
}

// Every request, known or not, on shell or control, is bracketed by busy
// and idle with the request as parent.
func TestEveryRequestIsBracketedByBusyAndIdle(t *testing.T) {
	p := startInProcess(t, kernel.Config{})
	requests := []struct {
		channel, msgType string
		content          any
	}{
		{wire.Shell, "kernel_info_request", struct{}{}},
		{wire.Control, "kernel_info_request", struct{}{}},
		{wire.Shell, "execute_request", wire.ExecuteRequest{Code: "print hi"}},
		{wire.Shell, "execute_request", wire.ExecuteRequest{Code: "fail no", StopOnError: new(bool)}},
		{wire.Shell, "complete_request", wire.CompleteRequest{Code: "pri", CursorPos: 3}},
		{wire.Shell, "inspect_request", wire.InspectRequest{Code: "print", CursorPos: 2}},
		{wire.Shell, "is_complete_request", wire.IsCompleteRequest{Code: "x"}},
		{wire.Shell, "history_request", wire.HistoryRequest{HistAccessType: "tail", N: 3}},
		{wire.Shell, "history_request", wire.HistoryRequest{HistAccessType: "bogus"}},
		{wire.Shell, "comm_info_request", struct{}{}},
		{wire.Control, "comm_info_request", struct{}{}},
		{wire.Control, "interrupt_request", struct{}{}},
	}
	for _, r := range requests {
		req := p.send(r.channel, r.msgType, r.content)
		reply := p.reply(req, nil)
		if reply.channel != r.channel {
			t.Errorf("%s on %s answered on %s", r.msgType, r.channel, reply.channel)
		}
		checkBracketed(t, r.msgType, p.collect(req))
	}
	// Requests that get no reply are bracketed too.
	for _, msgType := range []string{"no_such_request", "comm_msg", "comm_close"} {
		req := p.send(wire.Shell, msgType, map[string]any{"comm_id": "c"})
		checkBracketed(t, msgType, p.collect(req))
	}
	req := p.send(wire.Shell, "comm_open", wire.CommOpen{CommID: "c-1", TargetName: "none", Data: map[string]any{}})
	ms := p.collect(req)
	checkBracketed(t, "comm_open", ms)
	if got := msgTypes(ms); len(got) != 3 || got[1] != "comm_close" {
		t.Errorf("comm_open published %v, want a comm_close between busy and idle", got)
	}
}

// execute_input, execute_result and the reply carry one count, which
// grows only for cells stored in the history.
func TestExecutionCounts(t *testing.T) {
	p := startInProcess(t, kernel.Config{})
	noStore := false
	steps := []struct {
		code      string
		opts      wire.ExecuteRequest
		wantCount int
	}{
		{"print a", wire.ExecuteRequest{}, 1},
		{"result 2", wire.ExecuteRequest{}, 2},
		{"print quiet", wire.ExecuteRequest{Silent: true}, 2},
		{"print unstored", wire.ExecuteRequest{StoreHistory: &noStore}, 2},
		{"fail x", wire.ExecuteRequest{}, 3},
		{"result 4", wire.ExecuteRequest{}, 4},
	}
	for _, s := range steps {
		req := p.execute(s.code, s.opts)
		var reply wire.ExecuteReply
		p.reply(req, &reply)
		if reply.ExecutionCount != s.wantCount {
			t.Errorf("%q: reply count %d, want %d", s.code, reply.ExecutionCount, s.wantCount)
		}
		for _, m := range p.collect(req) {
			var c struct {
				ExecutionCount *int `json:"execution_count"`
			}
			switch m.Header.MsgType {
			case "execute_input", "execute_result":
				if s.opts.Silent {
					t.Errorf("%q: silent cell published %s", s.code, m.Header.MsgType)
				}
				_ = m.DecodeContent(&c)
				if c.ExecutionCount == nil || *c.ExecutionCount != s.wantCount {
					t.Errorf("%q: %s count %v, want %d", s.code, m.Header.MsgType, c.ExecutionCount, s.wantCount)
				}
			}
		}
	}
}

// A failing cell with stop_on_error aborts every execute_request already
// queued (each still bracketed and answered), serves the other requests
// queued among them, and leaves later cells alone.
func TestStopOnErrorAbortsQueuedExecutes(t *testing.T) {
	p := startInProcess(t, kernel.Config{})
	failing := p.execute("failgate bad", wire.ExecuteRequest{})
	queued := []*wire.Message{
		p.execute("print a", wire.ExecuteRequest{}),
		p.send(wire.Shell, "kernel_info_request", struct{}{}),
		p.execute("print b", wire.ExecuteRequest{}),
	}
	last := p.send(wire.Shell, "comm_info_request", struct{}{}) // its send proves the others queued
	close(p.lang.gate)

	var reply wire.ExecuteReply
	p.reply(failing, &reply)
	if reply.Status != "error" || reply.EName != "Boom" {
		t.Errorf("failing cell replied %+v", reply)
	}
	checkBracketed(t, "failing cell", p.collect(failing))
	for _, req := range queued {
		r := p.reply(req, nil)
		var status struct{ Status string }
		_ = r.msg.DecodeContent(&status)
		want := "aborted"
		if req.Header.MsgType == "kernel_info_request" {
			want = "ok"
		}
		if status.Status != want {
			t.Errorf("queued %s: status %q, want %q", req.Header.MsgType, status.Status, want)
		}
		ms := p.collect(req)
		checkBracketed(t, "queued "+req.Header.MsgType, ms)
		for _, m := range ms {
			if m.Header.MsgType == "execute_input" || m.Header.MsgType == "stream" {
				t.Errorf("an aborted cell ran: it published %s", m.Header.MsgType)
			}
		}
	}
	p.reply(last, nil)
	p.collect(last)

	after := p.execute("print after", wire.ExecuteRequest{})
	p.reply(after, &reply)
	if reply.Status != "ok" {
		t.Errorf("a cell sent after the abort replied %+v", reply)
	}
	p.collect(after)

	// With stop_on_error false, a failure aborts nothing.
	p.lang.gate = make(chan struct{})
	stop := false
	failing = p.execute("failgate again", wire.ExecuteRequest{StopOnError: &stop})
	next := p.execute("print next", wire.ExecuteRequest{})
	p.send(wire.Shell, "comm_info_request", struct{}{})
	close(p.lang.gate)
	p.reply(failing, &reply)
	p.reply(next, &reply)
	if reply.Status != "ok" {
		t.Errorf("with stop_on_error false, the next cell replied %+v", reply)
	}
}

// An interrupt that arrives while a cell waits in the queue stops that
// cell before it starts, and only that one.
func TestInterruptBeforeTheCellStarts(t *testing.T) {
	// The first kernel_info on shell waits for an iopub subscriber: a shell
	// busy with something other than a cell, while requests queue.
	p := startInProcess(t, kernel.Config{SubscriberWait: time.Hour})
	info := p.send(wire.Shell, "kernel_info_request", struct{}{})
	// stop_on_error false: the next cell must run, not be aborted by this one's error.
	blocked := p.execute("block", wire.ExecuteRequest{StopOnError: new(bool)})
	second := p.execute("print second", wire.ExecuteRequest{})
	sync := p.send(wire.Shell, "comm_info_request", struct{}{})
	interrupt := p.send(wire.Control, "interrupt_request", struct{}{})
	var ir wire.InterruptReply
	p.reply(interrupt, &ir)
	if ir.Status != "ok" {
		t.Errorf("interrupt_reply %+v", ir)
	}
	close(p.tr.subscribed)
	p.reply(info, nil)

	var reply wire.ExecuteReply
	p.reply(blocked, &reply)
	if reply.Status != "error" || reply.EName != "KeyboardInterrupt" {
		t.Errorf("the cell queued when the interrupt came replied %+v", reply)
	}
	// "block" returns only once interrupted: that it replied at all shows
	// the interrupt reached it. The next one runs as usual.
	p.reply(second, &reply)
	if reply.Status != "ok" {
		t.Errorf("the cell after it replied %+v (one interrupt stopped two cells)", reply)
	}
	p.reply(sync, nil)
}

// An interrupt while the kernel is idle is forgotten: it stops no later cell.
func TestInterruptWhileIdleStopsNothing(t *testing.T) {
	p := startInProcess(t, kernel.Config{})
	p.reply(p.send(wire.Control, "interrupt_request", struct{}{}), nil)
	req := p.execute("gate", wire.ExecuteRequest{})
	close(p.lang.gate)
	var reply wire.ExecuteReply
	p.reply(req, &reply)
	if reply.Status != "ok" {
		t.Errorf("a cell after an idle interrupt replied %+v", reply)
	}
}

// Control is served at once while a cell keeps the shell busy.
func TestControlServedWhileShellBusy(t *testing.T) {
	p := startInProcess(t, kernel.Config{})
	blocked := p.execute("block", wire.ExecuteRequest{})
	queued := p.send(wire.Shell, "kernel_info_request", struct{}{})
	for _, msgType := range []string{"kernel_info_request", "comm_info_request"} {
		req := p.send(wire.Control, msgType, struct{}{})
		if r := p.reply(req, nil); r.channel != wire.Control {
			t.Errorf("%s answered on %s", msgType, r.channel)
		}
	}
	// The cell may end, and reply, before the interrupt_reply is sent.
	interrupt := p.send(wire.Control, "interrupt_request", struct{}{})
	got := p.repliesInAnyOrder(interrupt, blocked)
	var reply wire.ExecuteReply
	if err := got[blocked].msg.DecodeContent(&reply); err != nil {
		t.Fatal(err)
	}
	if reply.EName != "KeyboardInterrupt" {
		t.Errorf("interrupted cell replied %+v", reply)
	}
	p.reply(queued, nil) // an interrupted cell aborts only execute requests
}

// The first kernel_info reply on shell waits for an iopub subscriber, so
// that the idle after it reaches the frontend (jupyter_client asks again,
// 0.2 s later, when it sees none).
func TestKernelInfoWaitsForASubscriber(t *testing.T) {
	p := startInProcess(t, kernel.Config{SubscriberWait: time.Hour})
	req := p.send(wire.Shell, "kernel_info_request", struct{}{})
	// Control does not wait.
	p.reply(p.send(wire.Control, "kernel_info_request", struct{}{}), nil)
	select {
	case r := <-p.tr.replies:
		t.Fatalf("%s sent before any subscriber", r.msg.Header.MsgType)
	case <-time.After(50 * time.Millisecond):
	}
	close(p.tr.subscribed)
	p.reply(req, nil)
	checkBracketed(t, "kernel_info", p.collect(req))
}

// Without a subscriber the reply comes anyway once the bound has passed,
// and later replies do not wait again.
func TestKernelInfoWaitIsBounded(t *testing.T) {
	p := startInProcess(t, kernel.Config{SubscriberWait: 20 * time.Millisecond})
	for range 3 {
		var info wire.KernelInfoReply
		p.reply(p.send(wire.Shell, "kernel_info_request", struct{}{}), &info)
		if info.Status != "ok" || info.Implementation != "echo" {
			t.Errorf("kernel_info_reply %+v", info)
		}
	}
}

// Requests that arrive while the interpreter starts wait for it; one that
// fails to start ends Run with its error.
func TestStartInterpreter(t *testing.T) {
	release := make(chan struct{})
	lang := &echoLanguage{}
	p := startInProcess(t, kernel.Config{StartInterpreter: func() (kernel.Interpreter, error) {
		<-release
		return lang, nil
	}})
	req := p.execute("print early", wire.ExecuteRequest{})
	close(release)
	var reply wire.ExecuteReply
	p.reply(req, &reply)
	if reply.Status != "ok" || reply.ExecutionCount != 1 {
		t.Errorf("a cell sent while the interpreter started replied %+v", reply)
	}
	var starting bool
	for _, m := range p.iopubs {
		var st wire.Status
		starting = starting || (m.Header.MsgType == "status" && m.DecodeContent(&st) == nil && st.ExecutionState == "starting")
	}
	for !starting && len(p.tr.iopub) > 0 {
		m := <-p.tr.iopub
		var st wire.Status
		starting = m.Header.MsgType == "status" && m.DecodeContent(&st) == nil && st.ExecutionState == "starting"
	}
	if !starting {
		t.Error("no starting status was published")
	}

	boom := errors.New("no language here")
	k, err := kernel.New(kernel.Config{
		Transport:        newMemTransport(),
		StartInterpreter: func() (kernel.Interpreter, error) { return nil, boom },
		Logger:           slog.New(slog.NewTextHandler(io.Discard, nil)),
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := k.Run(context.Background()); !errors.Is(err, boom) {
		t.Errorf("Run with an interpreter that failed to start: %v", err)
	}
}
