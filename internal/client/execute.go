package client

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/gogil/gogil/kernel/wire"
)

// ExecuteOptions tune one execute_request.
type ExecuteOptions struct {
	Silent          bool
	StoreHistory    *bool // default: !Silent
	UserExpressions map[string]any
	StopOnError     *bool // default: true
	// Input answers the kernel's input_request messages; nil tells the
	// kernel that stdin is not allowed.
	Input func(ctx context.Context, req wire.InputRequest) (string, error)
	// OnOutput sees each output as it arrives (for live display).
	OnOutput func(Output)
}

// Output is one output message of an execution. Exactly one of the typed
// fields is set, according to MsgType.
type Output struct {
	MsgType string        // stream, display_data, update_display_data, execute_result, error, clear_output
	Message *wire.Message // as received
	Stream  *wire.Stream
	Display *wire.DisplayData // display_data and update_display_data
	Result  *wire.ExecuteResult
	Error   *wire.ErrorContent
	Clear   *wire.ClearOutput
}

// outputTypes decode the iopub messages that are outputs of a cell.
var outputTypes = map[string]func(m *wire.Message) (Output, error){
	"stream": func(m *wire.Message) (Output, error) {
		o := Output{Stream: &wire.Stream{}}
		return o, m.DecodeContent(o.Stream)
	},
	"display_data":        decodeDisplay,
	"update_display_data": decodeDisplay,
	"execute_result": func(m *wire.Message) (Output, error) {
		o := Output{Result: &wire.ExecuteResult{}}
		return o, m.DecodeContent(o.Result)
	},
	"error": func(m *wire.Message) (Output, error) {
		o := Output{Error: &wire.ErrorContent{}}
		return o, m.DecodeContent(o.Error)
	},
	"clear_output": func(m *wire.Message) (Output, error) {
		o := Output{Clear: &wire.ClearOutput{}}
		return o, m.DecodeContent(o.Clear)
	},
}

func decodeDisplay(m *wire.Message) (Output, error) {
	o := Output{Display: &wire.DisplayData{}}
	return o, m.DecodeContent(o.Display)
}

// Execution is what an execute_request brought about.
type Execution struct {
	Request        *wire.Message
	Reply          *wire.ExecuteReply // nil until the reply arrived
	ReplyMessage   *wire.Message
	ExecutionCount int             // from execute_input, or the reply
	Outputs        []Output        // in arrival order
	Messages       []*wire.Message // every iopub message with the request as parent
	Begun          bool            // status busy or execute_input arrived
	Idle           bool            // status idle arrived
	Inputs         []wire.InputRequest
	Started        time.Time
	Finished       time.Time // when both reply and idle had arrived
}

// Done reports whether both the reply and status idle arrived.
func (e *Execution) Done() bool { return e.Reply != nil && e.Idle }

// Failed is the error of a cell that raised: from the reply, or from the
// error output if the reply is missing. Nil if the cell ran fine.
func (e *Execution) Failed() *wire.ErrorContent {
	if e.Reply != nil && e.Reply.Status == "error" {
		return &e.Reply.ErrorContent
	}
	for _, o := range e.Outputs {
		if o.Error != nil {
			return o.Error
		}
	}
	return nil
}

// Stdout is all text the cell wrote to stdout.
func (e *Execution) Stdout() string { return e.stream("stdout") }

// Stderr is all text the cell wrote to stderr.
func (e *Execution) Stderr() string { return e.stream("stderr") }

func (e *Execution) stream(name string) string {
	var b strings.Builder
	for _, o := range e.Outputs {
		if o.Stream != nil && o.Stream.Name == name {
			b.WriteString(o.Stream.Text)
		}
	}
	return b.String()
}

// Result is the cell's execute_result, or nil.
func (e *Execution) Result() *wire.ExecuteResult {
	for _, o := range e.Outputs {
		if o.Result != nil {
			return o.Result
		}
	}
	return nil
}

// Handle is an execute_request in flight.
type Handle struct {
	c    *Client
	opts ExecuteOptions
	box  *mailbox

	mu     sync.Mutex // one Wait at a time
	exec   *Execution
	closed bool
}

// StartExecute sends an execute_request and returns at once; Wait gathers
// the outcome. Wait may be called again after it gave up on its context,
// e.g. to collect the error after an interrupt.
func (c *Client) StartExecute(ctx context.Context, code string, opts ExecuteOptions) (*Handle, error) {
	allowStdin := opts.Input != nil
	req := wire.ExecuteRequest{
		Code:            code,
		Silent:          opts.Silent,
		StoreHistory:    opts.StoreHistory,
		UserExpressions: opts.UserExpressions,
		AllowStdin:      &allowStdin,
		StopOnError:     opts.StopOnError,
	}
	if req.StoreHistory == nil {
		store := !opts.Silent
		req.StoreHistory = &store
	}
	if req.StopOnError == nil {
		stop := true
		req.StopOnError = &stop
	}
	if req.UserExpressions == nil {
		req.UserExpressions = map[string]any{}
	}
	m, err := c.NewMessage("execute_request", req)
	if err != nil {
		return nil, err
	}
	box, err := c.register(m.Header.MsgID)
	if err != nil {
		return nil, err
	}
	h := &Handle{c: c, opts: opts, box: box, exec: &Execution{Request: m, Started: time.Now()}}
	if err := c.SendMessage(ctx, wire.Shell, m); err != nil {
		h.Close()
		return nil, fmt.Errorf("execute_request: %w", err)
	}
	return h, nil
}

// MsgID is the execute_request's msg_id.
func (h *Handle) MsgID() string { return h.exec.Request.Header.MsgID }

// Wait waits until the kernel has replied and gone idle, calling the
// Input and OnOutput callbacks on the way. On an error it returns the
// execution gathered so far with the error; a cell that raised is not an
// error here (see Execution.Failed).
func (h *Handle) Wait(ctx context.Context) (*Execution, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if err := h.until(ctx, (*Execution).Done); err != nil {
		return h.exec, err
	}
	h.exec.Finished = time.Now()
	h.close()
	return h.exec, nil
}

// Started waits until the kernel has begun the execution: its
// execute_input (or, for a silent request, its status busy) arrived. An
// interrupt sent after Started returns is meant for this cell.
func (h *Handle) Started(ctx context.Context) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.until(ctx, func(x *Execution) bool { return x.Begun || x.Done() })
}

// until handles incoming messages until done(exec) holds.
func (h *Handle) until(ctx context.Context, done func(*Execution) bool) error {
	if h.closed && !h.exec.Done() {
		return errors.New("execute: the handle was closed before the execution finished")
	}
	for !done(h.exec) {
		for _, e := range h.box.take() {
			if err := h.handle(ctx, e); err != nil {
				return err
			}
		}
		if done(h.exec) {
			break
		}
		if err := h.c.wait(ctx, h.box); err != nil {
			return fmt.Errorf("execute: %w", err)
		}
	}
	return nil
}

func (h *Handle) handle(ctx context.Context, e event) error {
	x := h.exec
	m := e.msg
	switch e.channel {
	case wire.IOPub:
		x.Messages = append(x.Messages, m)
		switch m.Header.MsgType {
		case "status":
			var s wire.Status
			if m.DecodeContent(&s) == nil {
				x.Idle = x.Idle || s.ExecutionState == "idle"
				x.Begun = x.Begun || s.ExecutionState == "busy"
			}
		case "execute_input":
			x.Begun = true
			var in wire.ExecuteInput
			if m.DecodeContent(&in) == nil && in.ExecutionCount > 0 {
				x.ExecutionCount = in.ExecutionCount
			}
		default:
			decode, ok := outputTypes[m.Header.MsgType]
			if !ok {
				return nil // comm messages and the like stay in Messages only
			}
			o, err := decode(m)
			if err != nil {
				h.c.logf("iopub: bad %s content: %v", m.Header.MsgType, err)
				return nil
			}
			o.MsgType, o.Message = m.Header.MsgType, m
			x.Outputs = append(x.Outputs, o)
			if h.opts.OnOutput != nil {
				h.opts.OnOutput(o)
			}
		}
	case wire.Stdin:
		if m.Header.MsgType != "input_request" {
			return nil
		}
		var req wire.InputRequest
		if err := m.DecodeContent(&req); err != nil {
			h.c.logf("stdin: bad input_request: %v", err)
		}
		x.Inputs = append(x.Inputs, req)
		value := ""
		if h.opts.Input != nil {
			v, err := h.opts.Input(ctx, req)
			if err != nil {
				h.c.logf("stdin: input handler: %v (answering empty)", err)
			}
			value = v
		}
		parent := m.Header
		if err := h.c.send(ctx, wire.Stdin, "input_reply", &parent, wire.InputReply{Value: value}); err != nil {
			return fmt.Errorf("input_reply: %w", err)
		}
	default: // shell, or a reply that was waiting among the unmatched
		var reply wire.ExecuteReply
		if err := m.DecodeContent(&reply); err != nil {
			return fmt.Errorf("execute_reply: %w", err)
		}
		x.Reply, x.ReplyMessage = &reply, m
		if x.ExecutionCount == 0 {
			x.ExecutionCount = reply.ExecutionCount
		}
	}
	return nil
}

// Close stops routing the execution's messages to the handle; Wait does
// it once the execution is done.
func (h *Handle) Close() {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.close()
}

func (h *Handle) close() {
	if !h.closed {
		h.closed = true
		h.c.unregister(h.MsgID())
	}
}

// Execute runs code and waits for its outcome; see StartExecute and Wait.
func (c *Client) Execute(ctx context.Context, code string, opts ExecuteOptions) (*Execution, error) {
	h, err := c.StartExecute(ctx, code, opts)
	if err != nil {
		return nil, err
	}
	x, err := h.Wait(ctx)
	if err != nil {
		h.Close()
	}
	return x, err
}
