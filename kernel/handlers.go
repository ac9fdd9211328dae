package kernel

import (
	"context"
	"time"
	"unicode/utf8"

	"github.com/google/uuid"

	"github.com/gogil/gogil/kernel/wire"
)

func newSessionID() string { return uuid.NewString() }

// handler serves one request type. Replies go back on the channel the
// request came in on.
type handler func(k *Kernel, req *request)

// shellHandlers are served one at a time, in order, on the shell goroutine.
var shellHandlers = map[string]handler{
	"kernel_info_request": (*Kernel).kernelInfo,
	"execute_request":     (*Kernel).execute,
	"complete_request":    (*Kernel).complete,
	"inspect_request":     (*Kernel).inspect,
	"is_complete_request": (*Kernel).isComplete,
	"history_request":     (*Kernel).historyRequest,
	"comm_info_request":   (*Kernel).commInfo,
	"comm_open":           (*Kernel).commOpen,
	"comm_msg":            (*Kernel).ignore,
	"comm_close":          (*Kernel).ignore,
	"shutdown_request":    (*Kernel).shutdown,
}

// controlHandlers are served at once on the control goroutine, ahead of
// whatever waits in the shell queue.
var controlHandlers = map[string]handler{
	"kernel_info_request": (*Kernel).kernelInfo,
	"interrupt_request":   (*Kernel).interrupt,
	"shutdown_request":    (*Kernel).shutdown,
	"comm_info_request":   (*Kernel).commInfo,
}

// serveShell runs queued shell requests one after another.
func (k *Kernel) serveShell() {
	for {
		select {
		case req := <-k.queue:
			k.dispatch(req, k.shellHandlers)
		case <-k.ctx.Done():
			return
		}
	}
}

func (k *Kernel) serveControl(req *request) { k.dispatch(req, controlHandlers) }

// dispatch brackets a request with busy and idle, as frontends expect of
// every request, known or not.
func (k *Kernel) dispatch(req *request, table map[string]handler) {
	if !k.waitReady() {
		return
	}
	if req.channel == wire.Shell {
		k.awaitNewcomers()
	}
	parent := req.msg.Header
	k.publishStatus("busy", &parent)
	defer k.publishStatus("idle", &parent)
	h, ok := table[parent.MsgType]
	if !ok {
		k.log.Warn("unknown message type", "msg_type", parent.MsgType, "channel", req.channel)
		return
	}
	h(k, req)
}

func (k *Kernel) ignore(*request) {}

func (k *Kernel) kernelInfo(req *request) {
	if req.channel == wire.Shell {
		k.awaitSubscriber()
	}
	info := k.interp.Info()
	links := make([]wire.HelpLink, len(info.HelpLinks))
	for i, l := range info.HelpLinks {
		links[i] = wire.HelpLink(l)
	}
	k.reply(req, "kernel_info_reply", wire.KernelInfoReply{
		Status:                "ok",
		ProtocolVersion:       wire.ProtocolVersion,
		Implementation:        info.Implementation,
		ImplementationVersion: info.ImplementationVersion,
		LanguageInfo: wire.LanguageInfo{
			Name:              info.Name,
			Version:           info.Version,
			MIMEType:          info.MIMEType,
			FileExtension:     info.FileExtension,
			PygmentsLexer:     info.PygmentsLexer,
			CodeMirrorMode:    info.CodeMirrorMode,
			NBConvertExporter: "script",
		},
		Banner:    info.Banner,
		HelpLinks: links,
	})
}

// awaitSubscriber holds a kernel_info reply on shell until some frontend
// has subscribed to iopub, within subscriberWait of the first such reply.
// jupyter_client takes a kernel_info reply with no iopub message after it
// as a sign that its subscription has not reached the kernel yet, and asks
// again 0.2 s later; a launch then takes ten times as long as it needs.
// The idle status that follows the reply is what it then sees.
func (k *Kernel) awaitSubscriber() {
	if k.subscriberWaitOver || k.subscriberWait < 0 {
		return
	}
	if k.subscriberDeadline.IsZero() {
		k.subscriberDeadline = time.Now().Add(k.subscriberWait)
	}
	ctx, cancel := context.WithDeadline(k.ctx, k.subscriberDeadline)
	defer cancel()
	// Once a frontend subscribed, or the wait ran out, later replies go at
	// once: a client that never subscribes waits once, not on every request.
	k.subscriberWaitOver = k.transport.WaitSubscriber(ctx) || ctx.Err() != nil
}

// awaitNewcomers holds a shell request, before its busy status and at
// most subscriberWait, while a frontend that just connected iopub has not
// subscribed yet (see iopub.WaitNewcomers). A frontend opens its sockets
// together and sends its first request at once, often before its
// subscription has reached the kernel; whatever the request publishes
// until then is lost to it, and a frontend that waits for the idle
// ending its request waits forever. jupyter_server relays a browser's
// first request before it has checked the subscription (and skips the
// check when it thinks the kernel busy), so both a kernel_info and an
// execute can come first.
func (k *Kernel) awaitNewcomers() {
	if k.subscriberWait < 0 {
		return
	}
	k.transport.WaitNewcomers(k.ctx, k.subscriberWait)
}

func (k *Kernel) execute(req *request) {
	var content wire.ExecuteRequest
	if err := req.msg.DecodeContent(&content); err != nil {
		k.replyError(req, "execute_reply", "BadRequest", "execute_request content is not valid: "+err.Error())
		return
	}
	storeHistory := !content.Silent
	if content.StoreHistory != nil {
		storeHistory = *content.StoreHistory && !content.Silent
	}
	allowStdin := content.AllowStdin == nil || *content.AllowStdin
	stopOnError := content.StopOnError == nil || *content.StopOnError

	if storeHistory {
		k.executionCount++
	}
	count := k.executionCount
	parent := req.msg.Header
	// The cell is interruptible from here on: an interrupt_request that a
	// frontend sends as soon as it sees execute_input must not be lost.
	ctx, cancel := context.WithCancel(k.ctx)
	defer cancel()
	if k.beginExecution(req, cancel) {
		cancel()
	}
	defer func() {
		k.execMu.Lock()
		k.execCancel = nil
		k.execMu.Unlock()
	}()
	if !content.Silent {
		k.publish("execute_input", &parent, wire.ExecuteInput{Code: content.Code, ExecutionCount: count})
	}
	cell := newCellOutput(ctx, k, req, content.Silent, allowStdin)
	outcome := k.interp.Execute(ctx, ExecuteInput{
		Code:           content.Code,
		Silent:         content.Silent,
		StoreHistory:   storeHistory,
		AllowStdin:     allowStdin,
		ExecutionCount: count,
	}, cell)
	cancel()
	cell.flush()
	k.finishExecute(req, count, content.Silent, storeHistory, content.Code, outcome, stopOnError)
}

// finishExecute publishes the result or error, records history and replies.
func (k *Kernel) finishExecute(req *request, count int, silent, storeHistory bool, code string, outcome Outcome, stopOnError bool) {
	parent := req.msg.Header
	var output string
	if outcome.Result != nil && !silent {
		k.publish("execute_result", &parent, wire.ExecuteResult{
			ExecutionCount: count,
			Data:           outcome.Result.Data,
			Metadata:       nonNil(outcome.Result.Metadata),
		})
		if s, ok := outcome.Result.Data["text/plain"].(string); ok {
			output = s
		}
	}
	if storeHistory {
		k.history.Append(HistoryEntry{Line: count, Input: code, Output: output, HasOutput: outcome.Result != nil})
	}
	reply := wire.ExecuteReply{Status: "ok", ExecutionCount: count, UserExpressions: map[string]any{}, Payload: []any{}}
	for _, p := range outcome.Payload {
		reply.Payload = append(reply.Payload, p)
	}
	if e := outcome.Err; e != nil {
		errContent := wire.ErrorContent{EName: e.Name(), EValue: e.Value, Traceback: e.Lines()}
		if !silent {
			k.publish("error", &parent, errContent)
		}
		reply.Status = "error"
		reply.ErrorContent = errContent
	}
	k.reply(req, "execute_reply", reply)
	if outcome.Err != nil && stopOnError {
		k.abortQueued()
	}
}

// abortQueued answers every execute_request already waiting with status
// "aborted", as ipykernel does after a failing cell with stop_on_error.
func (k *Kernel) abortQueued() {
	for {
		select {
		case req := <-k.queue:
			if req.msg.Header.MsgType != "execute_request" {
				k.dispatch(req, k.shellHandlers)
				continue
			}
			parent := req.msg.Header
			k.publishStatus("busy", &parent)
			k.reply(req, "execute_reply", wire.ExecuteReply{Status: "aborted", ExecutionCount: k.executionCount})
			k.publishStatus("idle", &parent)
		default:
			return
		}
	}
}

func (k *Kernel) replyError(req *request, msgType, name, value string) {
	k.reply(req, msgType, wire.ErrorReply{Status: "error", ErrorContent: wire.ErrorContent{
		EName: name, EValue: value, Traceback: []string{name + ": " + value},
	}})
}

func (k *Kernel) complete(req *request) {
	var content wire.CompleteRequest
	if err := req.msg.DecodeContent(&content); err != nil {
		k.replyError(req, "complete_reply", "BadRequest", err.Error())
		return
	}
	c := k.interp.Complete(content.Code, clampCursor(content.Code, content.CursorPos))
	matches := c.Matches
	if matches == nil {
		matches = []string{}
	}
	k.reply(req, "complete_reply", wire.CompleteReply{
		Status: "ok", Matches: matches, CursorStart: c.CursorStart, CursorEnd: c.CursorEnd, Metadata: nonNil(c.Metadata),
	})
}

func (k *Kernel) inspect(req *request) {
	var content wire.InspectRequest
	if err := req.msg.DecodeContent(&content); err != nil {
		k.replyError(req, "inspect_reply", "BadRequest", err.Error())
		return
	}
	in := k.interp.Inspect(content.Code, clampCursor(content.Code, content.CursorPos), content.DetailLevel)
	k.reply(req, "inspect_reply", wire.InspectReply{
		Status: "ok", Found: in.Found, Data: nonNil(in.Data), Metadata: map[string]any{},
	})
}

func (k *Kernel) isComplete(req *request) {
	var content wire.IsCompleteRequest
	if err := req.msg.DecodeContent(&content); err != nil {
		k.replyError(req, "is_complete_reply", "BadRequest", err.Error())
		return
	}
	c := k.interp.IsComplete(content.Code)
	reply := wire.IsCompleteReply{Status: c.Status}
	if c.Status == "incomplete" {
		reply.Indent = c.Indent
	}
	k.reply(req, "is_complete_reply", reply)
}

func (k *Kernel) historyRequest(req *request) {
	var content wire.HistoryRequest
	if err := req.msg.DecodeContent(&content); err != nil {
		k.replyError(req, "history_reply", "BadRequest", err.Error())
		return
	}
	entries, err := queryHistory(k.history, content)
	if err != nil {
		k.replyError(req, "history_reply", "BadRequest", err.Error())
		return
	}
	k.reply(req, "history_reply", wire.HistoryReply{Status: "ok", History: entries})
}

func (k *Kernel) commInfo(req *request) {
	k.reply(req, "comm_info_reply", wire.CommInfoReply{Status: "ok", Comms: map[string]map[string]any{}})
}

// commOpen closes every comm a frontend opens: gogil registers no comm
// targets, and a comm_close tells the frontend so instead of leaving it
// waiting.
func (k *Kernel) commOpen(req *request) {
	var content wire.CommOpen
	if err := req.msg.DecodeContent(&content); err != nil || content.CommID == "" {
		k.log.Warn("comm_open without a comm_id")
		return
	}
	k.log.Info("no comm target", "target_name", content.TargetName)
	parent := req.msg.Header
	k.publish("comm_close", &parent, wire.CommClose{CommID: content.CommID, Data: map[string]any{}})
}

func (k *Kernel) interrupt(req *request) {
	k.interruptExecution()
	k.reply(req, "interrupt_reply", wire.InterruptReply{Status: "ok"})
}

func (k *Kernel) shutdown(req *request) {
	var content wire.ShutdownRequest
	_ = req.msg.DecodeContent(&content) // a malformed request still shuts down, without restart
	// The history is in the file before the reply: a frontend may start
	// the next kernel as soon as it has it.
	k.history.Close()
	reply := wire.ShutdownReply{Status: "ok", Restart: content.Restart}
	k.reply(req, "shutdown_reply", reply)
	parent := req.msg.Header
	k.publish("shutdown_reply", &parent, reply)
	// Stop after dispatch has published idle; closing iopub then gives
	// subscribers a moment to take what is queued.
	go func() {
		time.Sleep(100 * time.Millisecond)
		k.stop(content.Restart)
	}()
}

// clampCursor keeps a frontend's cursor inside the code, counted in runes.
func clampCursor(code string, cursor int) int {
	n := utf8.RuneCountInString(code)
	if cursor < 0 || cursor > n {
		return n
	}
	return cursor
}

func nonNil(m map[string]any) map[string]any {
	if m == nil {
		return map[string]any{}
	}
	return m
}
