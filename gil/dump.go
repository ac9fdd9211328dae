package gil

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gogil/gogil/internal/goroutine"
)

// maxDumpFrames keeps a dump readable, as CPython's faulthandler stops
// after a hundred frames; a recursion that misuses the lock repeats one
// frame many times.
const maxDumpFrames = 30

// dumpThreads renders the live threads like faulthandler does after a fatal
// error: newest first, the calling thread marked "Current thread", each with
// frames: the interpreted ones as the FrameReader names them, and the
// native Go frames of packages not hidden.
func (l *Lock) dumpThreads(current *Thread) string {
	stacks := goroutineStacks(l.hidden(), l.frameReader())

	l.mu.Lock()
	type row struct {
		t      *Thread
		status string
	}
	var rows []row
	holderID := holderOf(l.state.Load())
	for _, t := range l.threads {
		if t.retired {
			continue
		}
		status := "running without the lock"
		switch {
		case t.id == holderID:
			status = "holding the lock"
		case t.waiting:
			status = "waiting for the lock"
		}
		rows = append(rows, row{t, status})
	}
	l.mu.Unlock()
	sort.Slice(rows, func(i, j int) bool { return rows[i].t.id > rows[j].t.id })

	var b strings.Builder
	for _, r := range rows {
		prefix := "Thread"
		if r.t == current {
			prefix = "Current thread"
		}
		fmt.Fprintf(&b, "%s 0x%016x [%s], %s (most recent call first):\n", prefix, r.t.id, r.t.name, r.status)
		var frames []string
		for _, g := range l.goroutinesOf(r.t) {
			frames = append(frames, stacks[g]...)
		}
		more := len(frames) > maxDumpFrames
		if more {
			frames = frames[:maxDumpFrames]
		}
		if len(frames) == 0 {
			b.WriteString("  <no frames>\n")
		}
		for _, f := range frames {
			b.WriteString(f)
			b.WriteByte('\n')
		}
		if more {
			b.WriteString("  ...\n")
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// goroutineStacks renders the frames of every goroutine by id, keeping
// only frames a reader can place.
func goroutineStacks(hidden []string, read FrameReader) map[uint64][]string {
	gs := goroutine.Parse(goroutine.Dump(64<<10, 64<<20))
	stacks := make(map[uint64][]string, len(gs))
	for _, g := range gs {
		fs := g.Frames
		if read != nil {
			fs = read(fs)
		}
		var frames []string
		for _, f := range fs {
			if hiddenFrame(f.Function, hidden) {
				continue
			}
			line := "?" // an interpreted frame whose line is not known
			if f.Line > 0 {
				line = fmt.Sprint(f.Line)
			}
			frames = append(frames, fmt.Sprintf("  File %q, line %s in %s", f.File, line, f.Function))
		}
		stacks[g.ID] = frames
	}
	return stacks
}

// FrameReader rewrites a goroutine's Go frames (innermost first) for a
// thread dump: the frames through which an interpreter runs code become
// frames of that code (its function, file and line; Line 0 when unknown),
// other frames are kept as they are or left out.
type FrameReader func([]goroutine.Frame) []goroutine.Frame

// ReadFrames makes the thread dumps of fatal errors show the frames read
// names: the layer that runs interpreted code on the lock knows how its
// interpreter's frames read, the lock does not.
func (l *Lock) ReadFrames(read FrameReader) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.reader = read
}

func (l *Lock) frameReader() FrameReader {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.reader
}

// plumbing are the frames no reader of a dump wants: the runtime's, the
// standard library's and the lock's own. The layer that puts the rooms
// together adds its own (HideFrames), so the lock names no other package.
var plumbing = []string{
	"runtime.", "reflect.", "sync.", "internal/", "testing.",
	"github.com/gogil/gogil/gil.(*", "github.com/gogil/gogil/gil.goroutineStacks",
	"github.com/gogil/gogil/internal/goroutine.",
}

// HideFrames leaves frames of functions with these prefixes (import paths:
// an interpreter's, the code that calls into the lock) out of the thread
// dumps of fatal errors, which should show the code that misused the lock.
func (l *Lock) HideFrames(prefixes ...string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.hide = append(l.hide, prefixes...)
}

func (l *Lock) hidden() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append(append([]string(nil), plumbing...), l.hide...)
}

func hiddenFrame(fn string, hidden []string) bool {
	for _, prefix := range hidden {
		if strings.HasPrefix(fn, prefix) {
			return true
		}
	}
	return false
}
