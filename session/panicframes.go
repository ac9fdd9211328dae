package session

import (
	"bytes"
	"io"
	"regexp"
	"runtime"
	"strings"

	"github.com/gogil/gogil/internal/goroutine"
	"github.com/gogil/gogil/internal/yaegistate"
	"github.com/gogil/gogil/session/cellsrc"
)

// yaegi prints one line per interpreted frame while a panic unwinds, on the
// interpreter's stderr: "<file>:<line>:<col>: panic: <func>(...)", or
// "-: panic: <func>(...)" for a frame it knows no position of (a cell's
// String method fmt called, whose nil receiver panicked and fmt
// recovered). Those lines belong in the error's traceback, not in the
// cell's stderr.
var panicLine = regexp.MustCompile(`^(?:(?:(.*):)?(\d+):(\d+)|-): panic: ([\w./\-]*)\(\.\.\.\)$`)

// divertPanicLines removes complete panic-frame lines from text and hands
// them to keep. A frame line split between two reads is not recognised and
// stays in the stream; yaegi writes each with one write, so this is rare.
func divertPanicLines(text string, keep func(string)) string {
	if !strings.Contains(text, ": panic: ") {
		return text
	}
	var out strings.Builder
	for len(text) > 0 {
		i := strings.IndexByte(text, '\n')
		if i < 0 {
			out.WriteString(text)
			break
		}
		line := text[:i]
		if panicLine.MatchString(line) {
			keep(line)
		} else {
			out.WriteString(text[:i+1])
		}
		text = text[i+1:]
	}
	return out.String()
}

// InterpretedFrames rewrites a goroutine's Go frames (innermost first) for
// the interpreter lock's thread dumps (gil.Lock.ReadFrames): each of
// yaegi's runCfg frames, one per interpreted call, becomes the cell
// function it runs, in file "<cell>", at the line of the call it is making
// (0 when the body holds several calls it could be); yaegi's other frames
// are dropped. The frames of compiled code are kept.
func (s *Session) InterpretedFrames(frames []goroutine.Frame) []goroutine.Frame {
	stack := make([]yaegistate.GoFrame, len(frames))
	for i, f := range frames {
		stack[i] = yaegistate.GoFrame{Function: f.Function, Args: f.Args}
	}
	calls := yaegistate.Calls(s.interp, stack)
	if calls == nil {
		return frames
	}
	out := make([]goroutine.Frame, 0, len(calls)+4)
	k := 0
	for _, f := range frames {
		if f.Function != yaegiRunCfg {
			if !strings.HasPrefix(f.Function, "github.com/traefik/yaegi/") {
				out = append(out, f)
			}
			continue
		}
		c := calls[k]
		k++
		name := strings.TrimPrefix(c.Func, "main.")
		switch {
		case name == "":
			name = "<cell>"
		case name == cellsrc.UserMain:
			name = "main"
		}
		out = append(out, goroutine.Frame{Function: name, File: "<cell>", Line: c.Pos.Line})
	}
	return out
}

// yaegiRunCfg is the Go function that runs one interpreted call.
const yaegiRunCfg = "github.com/traefik/yaegi/interp.runCfg"

// panicTrace is what the session knows of a panic's interpreted frames:
// the lines yaegi printed while it unwound (innermost first), and the cell
// frames read from the panicking goroutine's stack when it printed the
// first of them. yaegi's lines give each function and the position of the
// first statement of its body, not of the statement that was running, so
// the lines come from frames when there are frames.
type panicTrace struct {
	lines  []string
	frames []goroutine.Frame
	// internal: the panic began in yaegi's own machinery, not in an
	// operation of the cell (interpreterFault).
	internal bool
}

// interpreterFault tells, from the panicking goroutine's frames (innermost
// first, the panic's own frame among them), a panic that began in yaegi's
// call of an interpreted function from native code: genFunctionWrapper
// hands the function its arguments, and an index out of range there is the
// interpreter miscounting them (generic code it compiled wrongly), never
// an operation the cell wrote. Go's program runs on; the cell's error must
// not pass for the program's own panic.
func interpreterFault(frames []goroutine.Frame) bool {
	for i, f := range frames {
		if f.Function == "panic" && i+1 < len(frames) {
			return yaegistate.ArgumentHandOver(frames[i+1].Function)
		}
	}
	return false
}

// panicTap is the interpreter's stderr. yaegi prints a panic's frame lines
// from the panicking goroutine, with the frames still on its stack: the
// first such write reads that stack once, so that the traceback can give
// the line each function was at. Everything goes on to w unchanged.
type panicTap struct {
	s *Session
	w io.Writer
}

func (t panicTap) Write(p []byte) (int, error) {
	if bytes.Contains(p, []byte(": panic: ")) {
		t.s.mu.Lock()
		first := t.s.traceFrames == nil
		t.s.mu.Unlock()
		if first {
			var frames []goroutine.Frame
			internal := false
			if gs := goroutine.Parse(ownStack()); len(gs) > 0 {
				frames = t.s.InterpretedFrames(gs[0].Frames)
				internal = interpreterFault(gs[0].Frames)
			}
			frames = cellFrames(frames)
			t.s.mu.Lock()
			t.s.traceInternal = t.s.traceInternal || internal
			if t.s.traceFrames == nil {
				t.s.traceFrames = frames
			}
			t.s.mu.Unlock()
		}
	}
	return t.w.Write(p)
}

// cellFrames keeps the frames of cell code (never nil, so that a panic
// whose stack shows none still counts as read).
func cellFrames(frames []goroutine.Frame) []goroutine.Frame {
	out := []goroutine.Frame{}
	for _, f := range frames {
		if f.File == "<cell>" {
			out = append(out, f)
		}
	}
	return out
}

// ownStack is the calling goroutine's stack trace, whole.
func ownStack() []byte {
	buf := make([]byte, 64<<10)
	for {
		n := runtime.Stack(buf, false)
		if n < len(buf) {
			return buf[:n]
		}
		buf = make([]byte, 2*len(buf))
	}
}
