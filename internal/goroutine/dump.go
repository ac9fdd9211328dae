package goroutine

import (
	"bytes"
	"runtime"
	"strconv"
	"strings"
	"time"
)

// Goroutine is one goroutine of a dump.
type Goroutine struct {
	ID uint64
	// State is the runtime's status or wait reason: "running",
	// "runnable", "syscall", "chan receive", "select", "sync.Mutex.Lock",
	// "sleep", ... with any suffix the runtime adds (" (scan)",
	// " (durable)").
	State string
	// Wait is how long the goroutine has been waiting or in a system
	// call, as the runtime prints it: in whole minutes, and only from
	// one minute on (zero below that).
	Wait           time.Duration
	LockedToThread bool
	// Frames are the calls on its stack, innermost first. The runtime
	// prints at most 100 for one goroutine: the 50 innermost and the 50
	// outermost, and Elided says how many it left out between them.
	Frames []Frame
	Elided int
	// CreatedBy is the go statement that started it; its Function is
	// empty for the main goroutine.
	CreatedBy Frame
	// Parent is the id of the goroutine that ran that go statement, or 0
	// when the trace does not say (Go before 1.21, the main goroutine).
	Parent uint64
}

// Frame is one call of a stack trace.
type Frame struct {
	// Function is the qualified name without the argument list:
	// "main.f", "example.com/p.(*T).M", "main.main.func1".
	Function string
	// Args is the argument list as the runtime prints it, without the
	// parentheses: words in hexadecimal, "?" after a value that may be
	// stale, "..." where it stopped.
	Args string
	File string
	Line int // 0 if the trace gives no line
}

// Dump returns the stack traces of all goroutines (runtime.Stack with all
// set), in a buffer that starts at sizeHint bytes and doubles until the
// dump fits. A dump is costly with many goroutines (tens of microseconds
// each): a caller that takes several can pass the size of the last one.
// With limit > 0 the dump is cut at limit bytes; Parse then returns the
// last goroutine it reaches with what of it fits.
func Dump(sizeHint, limit int) []byte {
	size := max(sizeHint, 64<<10)
	if limit > 0 {
		size = min(size, limit)
	}
	buf := make([]byte, size)
	for {
		n := runtime.Stack(buf, true)
		if n < len(buf) || (limit > 0 && len(buf) >= limit) {
			return buf[:n]
		}
		size = 2 * len(buf)
		if limit > 0 {
			size = min(size, limit)
		}
		buf = make([]byte, size)
	}
}

// Parse reads a dump in the format of runtime.Stack into one record per
// goroutine, in the order of the dump. Lines it does not recognise are
// skipped, so a truncated or foreign text gives fewer or emptier records,
// never an error.
func Parse(dump []byte) []Goroutine {
	text := string(dump) // one copy: every name below is a substring of it
	var gs []Goroutine
	var cur *Goroutine
	// fill is the frame the next location line belongs to.
	const (
		none = iota
		lastFrame
		creator
	)
	fill := none
	for len(text) > 0 {
		line, rest, _ := strings.Cut(text, "\n")
		text = rest
		if g, ok := parseHeader(line); ok {
			gs = append(gs, g)
			cur, fill = &gs[len(gs)-1], none
			continue
		}
		if cur == nil {
			continue
		}
		switch {
		case line == "":
			cur, fill = nil, none
		case line[0] == '\t':
			file, n := parseLocation(line[1:])
			switch fill {
			case lastFrame:
				f := &cur.Frames[len(cur.Frames)-1]
				f.File, f.Line = file, n
			case creator:
				cur.CreatedBy.File, cur.CreatedBy.Line = file, n
			}
			fill = none
		case strings.HasPrefix(line, "created by "):
			fn := strings.TrimPrefix(line, "created by ")
			if i := strings.LastIndex(fn, " in goroutine "); i >= 0 {
				if id, err := strconv.ParseUint(fn[i+len(" in goroutine "):], 10, 64); err == nil {
					cur.Parent = id
				}
				fn = fn[:i]
			}
			cur.CreatedBy = Frame{Function: fn}
			fill = creator
		case strings.HasPrefix(line, "..."):
			cur.Elided += elided(line)
			fill = none
		default:
			fn, args := splitArguments(line)
			cur.Frames = append(cur.Frames, Frame{Function: fn, Args: args})
			fill = lastFrame
		}
	}
	return gs
}

// elided reads "...N frames elided..." (Go 1.21 on); older runtimes'
// "...additional frames elided..." count as nothing.
func elided(line string) int {
	n, err := strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(line, "..."), " frames elided..."))
	if err != nil {
		return 0
	}
	return n
}

// Depth is how many calls were on the goroutine's stack.
func (g Goroutine) Depth() int { return len(g.Frames) + g.Elided }

// Depths reads only how deep each goroutine of a dump is, the deepest one
// and all together: what Parse would give as Depth, without building the
// records (a dump of 100,000 goroutines holds millions of frames).
func Depths(dump []byte) (deepest, total int) {
	frames := 0
	end := func() {
		deepest = max(deepest, frames)
		total += frames
	}
	creator := false // the next location line is the go statement's
	for line := range bytes.Lines(dump) {
		switch {
		case bytes.HasPrefix(line, []byte("goroutine ")):
			end()
			frames = 0
		case bytes.HasPrefix(line, []byte("created by ")):
			creator = true
		case bytes.HasPrefix(line, []byte("\t")):
			if !creator {
				frames++ // each frame is a call line and this location line
			}
			creator = false
		case bytes.HasPrefix(line, []byte("...")):
			frames += elided(strings.TrimSpace(string(line)))
		}
	}
	end()
	return deepest, total
}

// parseHeader reads "goroutine 42 [chan receive, 3 minutes]:". With
// GOTRACEBACK=system the runtime inserts "gp=... m=..." before the
// bracket, and with tracebacklabels the labels after the state.
func parseHeader(line string) (Goroutine, bool) {
	id, rest := headerID(line)
	open := strings.Index(rest, "[")
	if id == 0 || open < 0 || !strings.HasSuffix(rest, "]:") {
		return Goroutine{}, false
	}
	inner := rest[open+1 : len(rest)-len("]:")]
	if i := strings.Index(inner, " labels:{"); i >= 0 {
		inner = inner[:i]
	}
	g := Goroutine{ID: id}
	for i, part := range strings.Split(inner, ", ") {
		if i == 0 {
			g.State = part
			continue
		}
		if minutes, ok := strings.CutSuffix(part, " minutes"); ok {
			if n, err := strconv.Atoi(minutes); err == nil && n >= 0 {
				g.Wait = time.Duration(n) * time.Minute
			}
		} else if part == "locked to thread" {
			g.LockedToThread = true
		}
	}
	return g, true
}

// headerID reads the id of "goroutine 42 [...", returning 0 if line does
// not start that way, and the text after the id.
func headerID(line string) (id uint64, rest string) {
	rest, ok := strings.CutPrefix(line, "goroutine ")
	if !ok {
		return 0, ""
	}
	idText, rest, ok := strings.Cut(rest, " ")
	if !ok {
		return 0, ""
	}
	id, err := strconv.ParseUint(idText, 10, 64)
	if err != nil {
		return 0, ""
	}
	return id, rest
}

// splitArguments turns "main.f(0x1, {0x2})" into "main.f" and "0x1, {0x2}".
func splitArguments(call string) (fn, args string) {
	if i := strings.LastIndexByte(call, '('); i > 0 && strings.HasSuffix(call, ")") {
		return call[:i], call[i+1 : len(call)-1]
	}
	return call, ""
}

// parseLocation reads "/src/main.go:12 +0x1d" (the offset, and with
// GOTRACEBACK=system "fp=... sp=... pc=...", may follow; a file name may
// hold spaces and colons).
func parseLocation(loc string) (file string, line int) {
	if i := strings.Index(loc, " +0x"); i >= 0 {
		loc = loc[:i]
	}
	colon := strings.LastIndexByte(loc, ':')
	if colon < 0 {
		return loc, 0
	}
	n, err := strconv.Atoi(loc[colon+1:])
	if err != nil || n < 0 {
		return loc, 0
	}
	return loc[:colon], n
}

// WaitsOnGoroutine reports whether g is in a wait that only another
// goroutine can end (a channel, a select, a sync primitive), as opposed to
// running, sleeping or a system call, which end by themselves. Both the
// lock's deadlock watchdog and the session's wait for an interrupted cell
// ask this of the runtime's wait reasons.
func (g Goroutine) WaitsOnGoroutine() bool {
	for _, prefix := range []string{"chan ", "select", "sync.", "semacquire"} {
		if strings.HasPrefix(g.State, prefix) {
			return true
		}
	}
	return false
}
