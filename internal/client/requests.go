package client

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/gogil/gogil/kernel/wire"
)

// ReplyError is a reply whose status is "error".
type ReplyError struct {
	MsgType string // of the reply
	wire.ErrorContent
}

func (e *ReplyError) Error() string {
	return fmt.Sprintf("%s: %s: %s", e.MsgType, e.EName, e.EValue)
}

// Request sends a msgType message with content on channel (shell or
// control) and returns the kernel's reply. It does not wait for the iopub
// messages the request causes; Execute does.
func (c *Client) Request(ctx context.Context, channel, msgType string, content any) (*wire.Message, error) {
	m, err := c.NewMessage(msgType, content)
	if err != nil {
		return nil, err
	}
	return c.RequestMessage(ctx, channel, m)
}

// RequestMessage sends m on channel and returns the reply to it.
func (c *Client) RequestMessage(ctx context.Context, channel string, m *wire.Message) (*wire.Message, error) {
	box, err := c.register(m.Header.MsgID)
	if err != nil {
		return nil, err
	}
	defer c.unregister(m.Header.MsgID)
	if err := c.SendMessage(ctx, channel, m); err != nil {
		return nil, fmt.Errorf("%s: %w", m.Header.MsgType, err)
	}
	reply, err := c.awaitReply(ctx, box)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", m.Header.MsgType, err)
	}
	return reply, nil
}

// AwaitReply waits for the reply on shell or control whose parent is
// msgID, for messages sent with SendFrames. A reply that arrived before the
// call is found too (the client keeps the last few unclaimed ones).
func (c *Client) AwaitReply(ctx context.Context, msgID string) (*wire.Message, error) {
	box, err := c.register(msgID)
	if err != nil {
		return nil, err
	}
	defer c.unregister(msgID)
	reply, err := c.awaitReply(ctx, box)
	if err != nil {
		return nil, fmt.Errorf("%w to %s: %w", ErrNoReply, msgID, err)
	}
	return reply, nil
}

func (c *Client) awaitReply(ctx context.Context, box *mailbox) (*wire.Message, error) {
	for {
		for _, e := range box.take() {
			if e.channel != wire.IOPub && e.channel != wire.Stdin {
				return e.msg, nil
			}
		}
		if err := c.wait(ctx, box); err != nil {
			return nil, err
		}
	}
}

// call is Request with typed content and reply; a reply with status
// "error" comes back with a *ReplyError.
func call[Reply any](ctx context.Context, c *Client, channel, msgType string, content any) (*Reply, error) {
	m, err := c.Request(ctx, channel, msgType, content)
	if err != nil {
		return nil, err
	}
	var reply Reply
	if err := m.DecodeContent(&reply); err != nil {
		return nil, fmt.Errorf("%s: %w", m.Header.MsgType, err)
	}
	var status wire.ErrorReply
	if err := json.Unmarshal(m.Content, &status); err == nil && status.Status == "error" {
		return &reply, &ReplyError{MsgType: m.Header.MsgType, ErrorContent: status.ErrorContent}
	}
	return &reply, nil
}

// KernelInfo asks for kernel_info_reply.
func (c *Client) KernelInfo(ctx context.Context) (*wire.KernelInfoReply, error) {
	m, err := c.Request(ctx, wire.Shell, "kernel_info_request", struct{}{})
	if err != nil {
		return nil, err
	}
	return decodeKernelInfo(m)
}

// decodeKernelInfo decodes a kernel_info_reply whatever the shape of its
// codemirror_mode: ipykernel sends an object ({"name": "ipython",
// "version": 3}) where wire.LanguageInfo has a string; the object's name
// is kept. The raw reply keeps the object for who needs it.
func decodeKernelInfo(m *wire.Message) (*wire.KernelInfoReply, error) {
	var lenient struct {
		wire.KernelInfoReply
		LanguageInfo struct {
			wire.LanguageInfo
			CodeMirrorMode json.RawMessage `json:"codemirror_mode"`
		} `json:"language_info"`
	}
	if err := m.DecodeContent(&lenient); err != nil {
		return nil, fmt.Errorf("kernel_info_reply: %w", err)
	}
	reply := lenient.KernelInfoReply
	reply.LanguageInfo = lenient.LanguageInfo.LanguageInfo
	reply.LanguageInfo.CodeMirrorMode = codeMirrorModeName(lenient.LanguageInfo.CodeMirrorMode)
	return &reply, nil
}

func codeMirrorModeName(raw json.RawMessage) string {
	var name string
	if json.Unmarshal(raw, &name) == nil {
		return name
	}
	var mode struct {
		Name string `json:"name"`
	}
	if json.Unmarshal(raw, &mode) == nil {
		return mode.Name
	}
	return ""
}

// Complete asks for completions at cursorPos (in unicode code points).
func (c *Client) Complete(ctx context.Context, code string, cursorPos int) (*wire.CompleteReply, error) {
	return call[wire.CompleteReply](ctx, c, wire.Shell, "complete_request", wire.CompleteRequest{Code: code, CursorPos: cursorPos})
}

// Inspect asks for documentation of the name at cursorPos.
func (c *Client) Inspect(ctx context.Context, code string, cursorPos, detailLevel int) (*wire.InspectReply, error) {
	return call[wire.InspectReply](ctx, c, wire.Shell, "inspect_request", wire.InspectRequest{Code: code, CursorPos: cursorPos, DetailLevel: detailLevel})
}

// IsComplete asks whether code is ready to run.
func (c *Client) IsComplete(ctx context.Context, code string) (*wire.IsCompleteReply, error) {
	return call[wire.IsCompleteReply](ctx, c, wire.Shell, "is_complete_request", wire.IsCompleteRequest{Code: code})
}

// History asks for the execution history.
func (c *Client) History(ctx context.Context, req wire.HistoryRequest) (*wire.HistoryReply, error) {
	return call[wire.HistoryReply](ctx, c, wire.Shell, "history_request", req)
}

// CommInfo lists the kernel's open comms, of targetName only if not empty.
func (c *Client) CommInfo(ctx context.Context, targetName string) (*wire.CommInfoReply, error) {
	return call[wire.CommInfoReply](ctx, c, wire.Shell, "comm_info_request", wire.CommInfoRequest{TargetName: targetName})
}

// Interrupt sends interrupt_request on control. For a launched kernel
// whose interrupt_mode is "signal", Signal(os.Interrupt) is the other way.
func (c *Client) Interrupt(ctx context.Context) (*wire.InterruptReply, error) {
	return call[wire.InterruptReply](ctx, c, wire.Control, "interrupt_request", struct{}{})
}

// Shutdown sends shutdown_request on control. The kernel exits after
// replying; Wait sees the exit of a launched kernel. With restart the
// kernel only learns that a restart follows: restarting is the job of
// whoever launched it.
func (c *Client) Shutdown(ctx context.Context, restart bool) (*wire.ShutdownReply, error) {
	return call[wire.ShutdownReply](ctx, c, wire.Control, "shutdown_request", wire.ShutdownRequest{Restart: restart})
}
