package gil

import (
	"fmt"
	"sync"
	"time"
)

// EventKind names what happened in a trace event.
type EventKind uint8

const (
	EventTake        EventKind = iota + 1 // a thread took the lock
	EventDrop                             // the holder dropped it (Forced: with a drop request pending)
	EventDropRequest                      // a waiter asked the holder to drop after a whole interval without a switch
	EventWaitStart                        // a thread started waiting for the lock
	EventWaitEnd                          // it stopped waiting (Interrupted: without the lock)
	EventWorkBegin                        // a workload began (Note names it)
	EventWorkEnd                          // a workload ended
)

var eventNames = map[EventKind]string{
	EventTake:        "take",
	EventDrop:        "drop",
	EventDropRequest: "request",
	EventWaitStart:   "wait-start",
	EventWaitEnd:     "wait-end",
	EventWorkBegin:   "work-begin",
	EventWorkEnd:     "work-end",
}

func (k EventKind) String() string {
	if name, ok := eventNames[k]; ok {
		return name
	}
	return fmt.Sprintf("EventKind(%d)", uint8(k))
}

// Event is one entry of the trace. Events are appended in the order they
// happened under the lock's mutex, so their order (not only their
// timestamps) is meaningful.
type Event struct {
	At          time.Duration // since the trace started
	Kind        EventKind
	ThreadID    uint64
	Thread      string
	Forced      bool // EventDrop: a drop request was pending (FORCE_SWITCHING)
	Interrupted bool // EventWaitEnd: the wait was aborted by an interrupt
	Note        string
	// Lock names the interpreter whose lock the event is of when a trace
	// merges several (a sub-interpreter, a pool's worker process); empty
	// for the lock that recorded it. Thread ids are only unique per lock.
	Lock string
}

func (e Event) String() string {
	s := fmt.Sprintf("%10.3fms %-10s %s", float64(e.At)/float64(time.Millisecond), e.Kind, e.Thread)
	if e.Forced {
		s += " forced"
	}
	if e.Interrupted {
		s += " interrupted"
	}
	if e.Note != "" {
		s += " " + e.Note
	}
	return s
}

// traceLimit bounds a forgotten trace: a long CPU-bound run switches every
// 5 ms, so a million events is hours of switching.
const traceLimit = 1 << 20

type tracer struct {
	mu      sync.Mutex
	start   time.Time
	events  []Event
	dropped int
}

func (tr *tracer) add(e Event) {
	tr.mu.Lock()
	defer tr.mu.Unlock()
	if len(tr.events) >= traceLimit {
		tr.dropped++
		return
	}
	e.At = time.Since(tr.start)
	tr.events = append(tr.events, e)
}

func (tr *tracer) snapshot() []Event {
	tr.mu.Lock()
	defer tr.mu.Unlock()
	return append([]Event(nil), tr.events...)
}

// StartTrace starts recording events, discarding any earlier trace. Tracing
// costs a mutex and a clock read per event; without it the lock pays one
// atomic load per operation.
func (l *Lock) StartTrace() {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.trace.Store(&tracer{start: time.Now()})
	l.updateSlowLocked()
}

// StopTrace stops recording and returns what was recorded.
func (l *Lock) StopTrace() []Event {
	l.mu.Lock()
	tr := l.trace.Swap(nil)
	l.updateSlowLocked()
	l.mu.Unlock()
	if tr == nil {
		return nil
	}
	return tr.snapshot()
}

// Trace returns a copy of the events recorded so far, tracing continues.
func (l *Lock) Trace() []Event {
	tr := l.trace.Load()
	if tr == nil {
		return nil
	}
	return tr.snapshot()
}

func (l *Lock) record(kind EventKind, t *Thread, forced, interrupted bool, note string) {
	tr := l.trace.Load()
	if tr == nil {
		return
	}
	e := Event{Kind: kind, Forced: forced, Interrupted: interrupted, Note: note}
	if t != nil {
		e.ThreadID, e.Thread = t.id, t.name
	}
	tr.add(e)
}

// WorkBegin and WorkEnd mark a stretch of work in the trace (the workloads
// use them), so tests and timelines can see what ran while who held the lock.
func (l *Lock) WorkBegin(t *Thread, what string) { l.record(EventWorkBegin, t, false, false, what) }

// WorkEnd: see WorkBegin.
func (l *Lock) WorkEnd(t *Thread, what string) { l.record(EventWorkEnd, t, false, false, what) }

// Tracing tells whether a trace is being recorded, so callers can skip
// building notes.
func (l *Lock) Tracing() bool { return l.trace.Load() != nil }
