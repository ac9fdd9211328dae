package magics

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/gogil/gogil/cellio"
	"github.com/gogil/gogil/gil"
	"github.com/gogil/gogil/internal/yaegistate"
	"github.com/gogil/gogil/interpreters"
	"github.com/gogil/gogil/kernel"
	"github.com/gogil/gogil/session/cellsrc"
)

// Sub-interpreters (package interpreters) are Layers of their own: a
// session and a lock world each, no kernel, no native compiler. They are
// given what a child interpreter imports from a module: the imports and
// declarations of the cells that ran, never their statements, which would
// run a second time. %%gil and %%nogil cells keep their magic, so their
// functions obey the sub-interpreter's own lock; %%native cells are not
// replayed: compiled functions cross by value.

// hookPath is the package through which a sub-interpreter hands a function
// value back to the host; cells never import it.
const hookPath = "github.com/gogil/gogil/magics/subhook"

// subHost keeps the transcript of the kernel's cells and the live
// sub-interpreters.
type subHost struct {
	mu    sync.Mutex
	cells []replayCell
	live  map[*subInterp]bool
	// While %%timeline records, sub-interpreters trace too; traceStart is
	// when the kernel's lock began, to put their events on its clock.
	traceStart time.Time
	// forward writes what a sub-interpreter prints under the kernel's cell
	// (set once the kernel's session exists).
	forward func(name, text string)
}

type replayCell struct {
	number int // 1-based, among the cells that succeeded
	code   string
}

func newSubHost() *subHost { return &subHost{live: map[*subInterp]bool{}} }

// record keeps what of a successful cell a sub-interpreter needs.
func (h *subHost) record(p parsed) {
	var kept []string
	for _, inv := range p.magics {
		switch {
		case inv.cell && (inv.name == "gil" || inv.name == "nogil"):
			kept = append(kept, "%%"+inv.name)
		case inv.name == "native" || inv.name == "go":
			return
		}
	}
	var decls []string
	for _, part := range cellsrc.Split(p.code) {
		if part.Kind != cellsrc.Stmts {
			decls = append(decls, part.Text)
		}
	}
	if len(decls) == 0 {
		return
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	h.cells = append(h.cells, replayCell{number: len(h.cells) + 1, code: strings.Join(append(kept, decls...), "\n")})
}

func (h *subHost) transcript(from int) []replayCell {
	h.mu.Lock()
	defer h.mu.Unlock()
	return append([]replayCell(nil), h.cells[from:]...)
}

// subInterp is one sub-interpreter.
type subInterp struct {
	host  *subHost
	name  string
	layer *Layer

	mu       sync.Mutex // one lookup at a time
	replayed int
	failed   map[int]string // cell number → why it did not replay
	funcs    map[string]reflect.Value
	kept     reflect.Value

	traceBegan time.Time // under host.mu
}

func (h *subHost) newInterp(name string) (interpreters.Interpreter, error) {
	s := &subInterp{host: h, name: name, failed: map[int]string{}, funcs: map[string]reflect.Value{}}
	layer, err := newLayer(Options{}, false, s.hook())
	if err != nil {
		return nil, err
	}
	s.layer = layer
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

// catchUp replays the cells run since the last time. A cell that does not
// compile there (it used a statement's variable, say) is remembered: a
// function it declared is then missing, and the error says why.
func (s *subInterp) catchUp() {
	cells := s.host.transcript(s.replayed)
	for _, c := range cells {
		out := s.layer.Execute(context.Background(), kernel.ExecuteInput{Code: c.code}, forwarding{s.host})
		if out.Err != nil {
			s.failed[c.number] = out.Err.Value
		}
		s.replayed = c.number
	}
	if len(cells) > 0 {
		s.funcs = map[string]reflect.Value{} // a later cell may redefine one
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
	out := s.layer.Execute(context.Background(), kernel.ExecuteInput{Code: "subhook.Keep(" + name + ")"}, forwarding{s.host})
	if out.Err != nil || !s.kept.IsValid() {
		why := ""
		for n, msg := range s.failed {
			why += fmt.Sprintf("\n  cell %d of those that ran did not compile there: %s", n, firstLine(msg))
		}
		return reflect.Value{}, fmt.Errorf("%s is not declared in the sub-interpreter (it gets the imports and declarations of the cells that have finished, not their statements: declare the function in an earlier cell)%s", name, why)
	}
	s.funcs[name] = s.kept
	return s.kept, nil
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
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
