package session

import (
	"regexp"
	"strings"

	"github.com/gogil/gogil/internal/goroutine"
	"github.com/gogil/gogil/internal/yaegistate"
	"github.com/gogil/gogil/session/cellsrc"
)

// yaegi prints one line per interpreted frame while a panic unwinds, on the
// interpreter's stderr: "<file>:<line>:<col>: panic: <func>(...)". Those
// lines belong in the error's traceback, not in the cell's stderr.
var panicLine = regexp.MustCompile(`^(?:(.*):)?(\d+):(\d+): panic: ([\w./\-]*)\(\.\.\.\)$`)

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
