package gil

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gogil/gogil/internal/goroutine"
)

// maxDumpFrames keeps a dump readable: CPython's faulthandler also stops
// after a hundred frames, ours are Go frames and far more numerous.
const maxDumpFrames = 12

// dumpThreads renders the live threads like faulthandler does after a fatal
// error: newest first, the calling thread marked "Current thread", each with
// its native Go frames (interpreter and runtime frames left out).
func (l *Lock) dumpThreads(current *Thread) string {
	stacks := goroutineStacks()

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
		if len(frames) > maxDumpFrames {
			frames = frames[:maxDumpFrames]
		}
		if len(frames) == 0 {
			b.WriteString("  <interpreted code only: its call chain is shown with the error>\n")
		}
		for _, f := range frames {
			b.WriteString(f)
			b.WriteByte('\n')
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// goroutineStacks renders the frames of every goroutine by id, keeping
// only frames a reader can place.
func goroutineStacks() map[uint64][]string {
	gs := goroutine.Parse(goroutine.Dump(64<<10, 64<<20))
	stacks := make(map[uint64][]string, len(gs))
	for _, g := range gs {
		var frames []string
		for _, f := range g.Frames {
			if hiddenFrame(f.Function) {
				continue
			}
			frames = append(frames, fmt.Sprintf("  File %q, line %d in %s", f.File, f.Line, f.Function))
		}
		stacks[g.ID] = frames
	}
	return stacks
}

// hiddenFrame says whether a frame is plumbing a reader of the dump does
// not want: the runtime's and the standard library's, and, by their import
// paths, yaegi's and those of the gogil rooms that call into the lock (the
// magics, the session, threading) and the lock's own. This list is the one
// place where gil names yaegi and the kernel's rooms: as strings to filter
// a dump by, not as imports. (It would be cleaner for the layer that
// composes the rooms to hand the lock this list.)
func hiddenFrame(fn string) bool {
	for _, prefix := range []string{
		"runtime.", "reflect.", "sync.", "internal/", "testing.",
		"github.com/traefik/yaegi/",
		// The kernel's own machinery: a reader of the dump wants the code
		// that misused the lock (workloads, cell code), not the plumbing.
		"github.com/gogil/gogil/gil.(*", "github.com/gogil/gogil/gil.goroutineStacks",
		"github.com/gogil/gogil/internal/goroutine.",
		"github.com/gogil/gogil/magics.",
		"github.com/gogil/gogil/session.", "github.com/gogil/gogil/threading.",
	} {
		if strings.HasPrefix(fn, prefix) {
			return true
		}
	}
	return false
}
