package multiprocessing

import (
	"sort"
	"sync"
	"time"

	"github.com/gogil/gogil/gil"
)

// While the kernel records its lock (%%timeline), each request asks its
// worker to record the worker's own lock during the call; the events come
// back with the reply. A worker's clock is not the kernel's: each call
// gives one sample of the offset between them, as NTP's four timestamps
// do (the kernel's send and receive, the worker's read and write), good to
// half the round trip's transit time. The sample with the least transit
// is the one kept, and every event is also kept inside the call it belongs
// to: it happened after the request left and before the reply came.

// processTrace is what the workers sent during one recording.
type processTrace struct {
	start time.Time // the kernel trace's zero

	mu      sync.Mutex
	workers map[string]*workerTrace // by the worker's description (its pid)
}

type workerTrace struct {
	offset  time.Duration // worker clock minus kernel clock
	transit time.Duration // of the sample offset came from; -1 before any
	calls   []tracedCall
}

type tracedCall struct {
	sent, received time.Duration // on the kernel's clock
	trace          *callTrace
}

// StartTrace makes the workers record their locks from now on, on the
// clock of a kernel trace that began at start.
func (m *Module) StartTrace(start time.Time) {
	m.trace.Store(&processTrace{start: start, workers: map[string]*workerTrace{}})
}

// StopTrace ends the recording and returns what the workers recorded (see
// Trace).
func (m *Module) StopTrace() []gil.Event {
	return m.trace.Swap(nil).events()
}

// Trace is what the workers recorded so far, on the kernel trace's clock:
// each worker's events name it as their lock (gil.Event.Lock) and before
// each thread's name, "Pool-1 worker 2 (pid 4242) MainThread". A call
// still running has sent nothing yet.
func (m *Module) Trace() []gil.Event {
	return m.trace.Load().events()
}

// add keeps one reply's trace, if the recording it was asked for is still
// the current one.
func (tr *processTrace) add(worker string, sent, received time.Duration, ct *callTrace) {
	// The worker's time for a kernel instant t is t + offset; with the
	// transit equal both ways, the read and the write give
	// offset = ((Received - sent) + (Sent - received)) / 2.
	offset := ((ct.Received - sent) + (ct.Sent - received)) / 2
	transit := (received - sent) - (ct.Sent - ct.Received)
	tr.mu.Lock()
	defer tr.mu.Unlock()
	w := tr.workers[worker]
	if w == nil {
		w = &workerTrace{transit: -1}
		tr.workers[worker] = w
	}
	if w.transit < 0 || transit < w.transit {
		w.offset, w.transit = offset, transit
	}
	w.calls = append(w.calls, tracedCall{sent: sent, received: received, trace: ct})
}

func (tr *processTrace) events() []gil.Event {
	if tr == nil {
		return nil
	}
	tr.mu.Lock()
	defer tr.mu.Unlock()
	var out []gil.Event
	for name, w := range tr.workers {
		for _, c := range w.calls {
			for _, e := range c.trace.Events {
				at := c.trace.Began + e.At - w.offset
				e.At = min(max(at, c.sent), c.received)
				e.Lock = name
				e.Thread = name + " " + e.Thread
				out = append(out, e)
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].At < out[j].At })
	return out
}

// tracing is the recording a request joins, nil when none (one atomic
// load: the cost of a call when no timeline records).
func (m *Module) tracing() *processTrace { return m.trace.Load() }
