package magics

import (
	"errors"
	"fmt"
	"reflect"
	"sort"
	"sync"
	"time"

	"github.com/gogil/gogil/cellio"
	"github.com/gogil/gogil/gil"
	"github.com/gogil/gogil/internal/yaegistate"
	"github.com/gogil/gogil/interpreters"
)

// Sub-interpreters (package interpreters) are Layers of their own: a
// session and a lock world each, no kernel. They replay the kernel's cell
// history (replay.go) as a worker process does, but as they share the
// kernel's process, compiled functions cross by value and %%native cells
// are not replayed.

// hookPath is the package through which a sub-interpreter hands a function
// value back to the host; cells never import it.
const hookPath = "github.com/gogil/gogil/magics/subhook"

// subHost makes the sub-interpreters, from the kernel's cell history, and
// keeps the live ones.
type subHost struct {
	history *cellHistory
	mu      sync.Mutex
	live    map[*subInterp]bool
	// While %%timeline records, sub-interpreters trace too; traceStart is
	// when the kernel's lock began, to put their events on its clock.
	traceStart time.Time
	// forward writes what a sub-interpreter prints under the kernel's cell
	// (set once the kernel's session exists).
	forward func(name, text string)
}

func newSubHost(history *cellHistory) *subHost {
	return &subHost{history: history, live: map[*subInterp]bool{}}
}

// subInterp is one sub-interpreter.
type subInterp struct {
	host  *subHost
	name  string
	layer *Layer

	mu      sync.Mutex // one lookup at a time
	replica *replica
	funcs   map[string]reflect.Value
	kept    reflect.Value

	traceBegan time.Time // under host.mu
}

func (h *subHost) newInterp(name string) (interpreters.Interpreter, error) {
	s := &subInterp{host: h, name: name, funcs: map[string]reflect.Value{}}
	layer, err := newLayer(Options{}, false, s.hook())
	if err != nil {
		return nil, err
	}
	s.layer = layer
	s.replica = newReplica(layer, "sub-interpreter", forwarding{h}, func(c replayCell) string { return c.forSubInterpreter })
	s.catchUp()
	h.mu.Lock()
	h.live[s] = true
	if !h.traceStart.IsZero() {
		s.startTrace()
	}
	h.mu.Unlock()
	return s, nil
}

// hook is the package through which the sub-interpreter's cells hand over
// a function value.
func (s *subInterp) hook() map[string]map[string]reflect.Value {
	return map[string]map[string]reflect.Value{
		hookPath + "/subhook": {"Keep": reflect.ValueOf(func(f any) { s.kept = reflect.ValueOf(f) })},
	}
}

func (s *subInterp) Lock() *gil.Lock { return s.layer.world.lock }

func (s *subInterp) catchUp() {
	if s.replica.catchUp(s.host.history.since(s.replica.replayed)) {
		clear(s.funcs) // a cell may have redefined one
	}
}

func (s *subInterp) Func(name string) (reflect.Value, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.catchUp()
	if f, ok := s.funcs[name]; ok {
		return f, nil
	}
	s.kept = reflect.Value{}
	if err := s.replica.run("subhook.Keep(" + name + ")"); err != nil {
		return reflect.Value{}, s.replica.notFound(name, err)
	}
	if !s.kept.IsValid() {
		return reflect.Value{}, fmt.Errorf("the sub-interpreter did not hand over %s", name)
	}
	s.funcs[name] = s.kept
	return s.kept, nil
}

func (s *subInterp) Close() {
	s.host.mu.Lock()
	delete(s.host.live, s)
	s.host.mu.Unlock()
	s.layer.Shutdown(false)
}

// startTrace and stopTrace are %%timeline's: sub-interpreters record while
// the kernel's lock does, and their events come back on its clock, each
// thread named after its sub-interpreter, with ids of their own.
func (h *subHost) startTrace(start time.Time) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.traceStart = start
	for s := range h.live {
		s.startTrace()
	}
}

func (s *subInterp) startTrace() {
	s.layer.world.lock.StartTrace()
	s.traceBegan = time.Now()
}

func (h *subHost) stopTrace(events []gil.Event) []gil.Event {
	h.mu.Lock()
	start := h.traceStart
	h.traceStart = time.Time{}
	subs := make([]*subInterp, 0, len(h.live))
	for s := range h.live {
		subs = append(subs, s)
	}
	h.mu.Unlock()
	return h.merge(start, events, subs, true)
}

// snapshot is the merged trace so far, for a running cell's timeline.
func (h *subHost) snapshot(events []gil.Event) []gil.Event {
	h.mu.Lock()
	start := h.traceStart
	subs := make([]*subInterp, 0, len(h.live))
	for s := range h.live {
		subs = append(subs, s)
	}
	h.mu.Unlock()
	return h.merge(start, events, subs, false)
}

func (h *subHost) merge(start time.Time, events []gil.Event, subs []*subInterp, stop bool) []gil.Event {
	if len(subs) == 0 || start.IsZero() {
		return events
	}
	out := append([]gil.Event(nil), events...)
	for k, s := range subs {
		l := s.layer.world.lock
		h.mu.Lock()
		began := s.traceBegan
		h.mu.Unlock()
		var evs []gil.Event
		if stop {
			evs = l.StopTrace()
		} else {
			evs = l.Trace()
		}
		shift := began.Sub(start)
		for _, e := range evs {
			e.At += shift
			e.ThreadID += uint64(k+1) << 32
			e.Thread = s.name + " " + e.Thread
			e.Lock = s.name
			out = append(out, e)
		}
	}
	// The timeline replays events in order: one clock for all.
	sort.SliceStable(out, func(i, j int) bool { return out[i].At < out[j].At })
	return out
}

// name is fn's name, if it is a function declared at the top level of a
// cell of the kernel.
func funcName(fn reflect.Value) (string, bool) { return yaegistate.FuncName(fn) }

// forwarding is the output of a sub-interpreter's cells. A sub-interpreter
// shares the process's standard streams, as in CPython: what a task prints
// lands under the kernel's cell that the printing is read in (the one
// calling the pool, unless it has ended).
type forwarding struct{ h *subHost }

func (f forwarding) Stream(name, text string) {
	if f.h.forward != nil {
		f.h.forward(name, text)
	}
}
func (forwarding) Display(cellio.Output) {}
func (forwarding) ClearOutput(bool)      {}
func (forwarding) Input(string, bool) (string, error) {
	return "", errors.New("no input in a sub-interpreter")
}

// closeAll frees the sub-interpreters still alive when the kernel stops.
func (h *subHost) closeAll() {
	h.mu.Lock()
	subs := make([]*subInterp, 0, len(h.live))
	for s := range h.live {
		subs = append(subs, s)
	}
	h.mu.Unlock()
	for _, s := range subs {
		s.Close()
	}
}
