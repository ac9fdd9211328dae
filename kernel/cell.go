package kernel

import (
	"context"
	"errors"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/gogil/gogil/cellio"
	"github.com/gogil/gogil/kernel/iopub"
	"github.com/gogil/gogil/kernel/wire"
)

// Stream output is coalesced: text is held for at most streamInterval, or
// until streamChunk bytes are waiting, then sent as one message, so a cell
// printing 100,000 lines sends a few dozen messages. A longer write is sent
// in pieces of streamChunk bytes, however large: a 100 MB print arrives
// whole. Each piece is sent on the writer's goroutine and waits while the
// frontend has a backlog (see package iopub), which slows a flooding cell down to
// the frontend's pace instead of piling its output up in memory.
const (
	streamInterval = 50 * time.Millisecond
	streamChunk    = 64 << 10
)

// ErrStdinNotAllowed is returned by Input when the request did not allow stdin.
var ErrStdinNotAllowed = errors.New("stdin is not available: this frontend does not support input requests (allow_stdin is false)")

// cellOutput is the Cell of one execute_request. It outlives the request:
// a goroutine the cell started may still write to it later, and its output
// is still published with this request as parent.
type cellOutput struct {
	k          *Kernel
	parent     wire.Header
	identities [][]byte
	silent     bool
	allowStdin bool
	ctx        context.Context // cancelled when the cell is interrupted or ends

	mu     sync.Mutex
	stream string // name of the buffered stream
	buf    strings.Builder
	timer  *time.Timer
}

func newCellOutput(ctx context.Context, k *Kernel, req *request, silent, allowStdin bool) *cellOutput {
	return &cellOutput{
		k:          k,
		ctx:        ctx,
		parent:     req.msg.Header,
		identities: req.msg.Identities,
		silent:     silent,
		allowStdin: allowStdin,
	}
}

func (c *cellOutput) Stream(name, text string) {
	if c.silent || text == "" {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.stream != name && c.buf.Len() > 0 {
		c.flushLocked()
	}
	c.stream = name
	for c.buf.Len()+len(text) >= streamChunk {
		n := runeStart(text, streamChunk-c.buf.Len())
		c.buf.WriteString(text[:n])
		text = text[n:]
		c.flushLocked()
	}
	if text == "" {
		return
	}
	c.buf.WriteString(text)
	if c.timer == nil {
		c.timer = time.AfterFunc(streamInterval, c.flush)
	}
}

// flush sends buffered stream text now.
func (c *cellOutput) flush() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.flushLocked()
}

func (c *cellOutput) flushLocked() {
	if c.timer != nil {
		c.timer.Stop()
		c.timer = nil
	}
	if c.buf.Len() == 0 {
		return
	}
	text := c.buf.String()
	c.buf.Reset()
	out := &iopub.CellOutput{Parent: c.parent, Stream: c.stream, Text: len(text)}
	c.k.publishOutput(out, "stream", &c.parent, wire.Stream{Name: c.stream, Text: text})
}

// runeStart is where to cut s at most n bytes in (n > 0) without splitting
// a UTF-8 sequence: a little before n when a rune straddles it, or after
// the first rune when that is longer than n. Invalid bytes are cut anywhere.
func runeStart(s string, n int) int {
	if n >= len(s) {
		return len(s)
	}
	for cut := n; cut > max(n-utf8.UTFMax, 0); cut-- {
		if utf8.RuneStart(s[cut]) {
			return cut
		}
	}
	if n < utf8.UTFMax {
		if _, size := utf8.DecodeRuneInString(s); size > n {
			return size
		}
	}
	return n
}

func (c *cellOutput) Display(d cellio.Output) {
	if c.silent {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.flushLocked()
	msgType := "display_data"
	if d.Update {
		msgType = "update_display_data"
	}
	content := wire.DisplayData{Data: nonNil(d.Data), Metadata: nonNil(d.Metadata)}
	if d.DisplayID != "" || d.Update {
		content.Transient = &wire.Transient{DisplayID: d.DisplayID}
	}
	c.k.publishOutput(&iopub.CellOutput{Parent: c.parent}, msgType, &c.parent, content)
}

func (c *cellOutput) ClearOutput(wait bool) {
	if c.silent {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.flushLocked()
	c.k.publishOutput(&iopub.CellOutput{Parent: c.parent}, "clear_output", &c.parent, wire.ClearOutput{Wait: wait})
}

// Input sends input_request on stdin, to the frontend that sent the
// execute_request, and waits for its input_reply or an interrupt.
func (c *cellOutput) Input(prompt string, password bool) (string, error) {
	if !c.allowStdin {
		return "", ErrStdinNotAllowed
	}
	if c.ctx.Err() != nil {
		// A goroutine of a finished cell: no frontend waits to answer.
		return "", errCellOver
	}
	c.flush() // the prompt's context (earlier output) must be visible first
	k := c.k
	m, err := wire.New("input_request", k.session, "kernel", &c.parent, wire.InputRequest{Prompt: prompt, Password: password})
	if err != nil {
		return "", err
	}
	m.Identities = c.identities
	k.send(wire.Stdin, m)
	for {
		select {
		case reply := <-k.replies:
			if p := reply.Parent(); p.MsgID != "" && p.MsgID != m.Header.MsgID {
				continue // the answer to an earlier, abandoned request
			}
			var content wire.InputReply
			if err := reply.DecodeContent(&content); err != nil {
				return "", err
			}
			return content.Value, nil
		case <-c.ctx.Done():
			return "", errCellOver
		case <-k.ctx.Done():
			return "", errors.New("kernel is shutting down")
		}
	}
}

var errCellOver = errors.New("input cancelled: the cell was interrupted or has finished")
