package parallel

import (
	"errors"
	"fmt"
	"reflect"
	"runtime"
	"runtime/debug"
	"sync"
	"sync/atomic"

	"github.com/gogil/gogil/gil"
)

// ImportPath is the path cells import this package under.
const ImportPath = "github.com/gogil/gogil/parallel"

// Option configures one Range.
type Option func(*config) error

type config struct {
	threads  int
	dynamic  bool
	chunk    int
	schedule string // for errors: the option that set the schedule
}

// Threads sets the number of team threads (OpenMP's num_threads).
func Threads(n int) Option {
	return func(c *config) error {
		if n < 1 {
			return fmt.Errorf("parallel.Threads(%d): a team needs at least one thread", n)
		}
		c.threads = n
		return nil
	}
}

// Static is schedule="static": iterations are dealt out before the loop
// starts, in chunks of chunk handed round-robin, or with chunk 0 one
// contiguous block per thread.
func Static(chunk int) Option { return schedule("Static", false, chunk) }

// Dynamic is schedule="dynamic": a thread takes the next chunk of chunk
// iterations when it is done with its last (chunk 0 means 1).
func Dynamic(chunk int) Option { return schedule("Dynamic", true, chunk) }

func schedule(name string, dynamic bool, chunk int) Option {
	return func(c *config) error {
		if chunk < 0 {
			return fmt.Errorf("parallel.%s(%d): the chunk size cannot be negative", name, chunk)
		}
		if c.schedule != "" {
			return fmt.Errorf("parallel.%s: the schedule is already set by parallel.%s", name, c.schedule)
		}
		c.dynamic, c.chunk, c.schedule = dynamic, chunk, name
		return nil
	}
}

// PanicError is a panic recovered from the body of a Range.
type PanicError struct {
	Iteration int
	Thread    string
	Value     any
	Stack     []byte
}

func (e *PanicError) Error() string {
	return fmt.Sprintf("parallel.Range: the body panicked at i=%d on %s: %v", e.Iteration, e.Thread, e.Value)
}

// Unwrap exposes a panic value that is an error.
func (e *PanicError) Unwrap() error {
	err, _ := e.Value.(error)
	return err
}

// Module is the parallel package of one session.
type Module struct {
	lock  *gil.Lock
	teams atomic.Uint64
}

// New binds Range to l.
func New(l *gil.Lock) *Module { return &Module{lock: l} }

// Range runs body(i) for i in [start, stop) on a team of threads without
// the lock (see the package comment). It returns the first panic of the
// body as a *PanicError, gil.ErrInterrupted, or an option's error.
func (m *Module) Range(start, stop int, body func(i int), opts ...Option) error {
	if body == nil {
		return errors.New("parallel.Range: the body is nil")
	}
	c := config{threads: runtime.GOMAXPROCS(0)}
	for _, o := range opts {
		if o == nil {
			return errors.New("parallel.Range: an option is nil")
		}
		if err := o(&c); err != nil {
			return err
		}
	}
	if stop <= start {
		return nil
	}
	n := stop - start
	if c.threads > n {
		c.threads = n
	}
	l := m.lock
	intr := l.Interrupter()
	if intr.Pending() {
		return gil.ErrInterrupted
	}
	// prange(nogil=True): the caller lets the lock go for the loop.
	caller := l.Current()
	if l.Held(caller) {
		if err := l.Drop(caller); err != nil {
			return err
		}
		defer func() { _ = l.Take(caller) }()
	}

	team := m.teams.Add(1)
	next := chunker(start, stop, c)
	var (
		wg      sync.WaitGroup
		stopped atomic.Bool
		errMu   sync.Mutex
		first   error
	)
	fail := func(err error) {
		errMu.Lock()
		if first == nil {
			first = err
		}
		errMu.Unlock()
		stopped.Store(true)
	}
	for k := 0; k < c.threads; k++ {
		t := l.NewThread(fmt.Sprintf("prange-%d.%d", team, k))
		wg.Add(1)
		l.Go(t, func() {
			defer wg.Done()
			defer l.RetireThread(t)
			defer func() {
				if l.Held(t) {
					_ = l.Drop(t) // a body that ends holding the lock lets it go
				}
			}()
			for !stopped.Load() {
				lo, hi, ok := next(k)
				if !ok {
					return
				}
				if err := m.chunk(t, lo, hi, body, &stopped); err != nil {
					fail(err)
					return
				}
			}
		})
	}
	wg.Wait()
	if first == nil && intr.Pending() {
		first = gil.ErrInterrupted
	}
	return first
}

// chunk runs body over [lo, hi) on t, marked in the trace as work.
func (m *Module) chunk(t *gil.Thread, lo, hi int, body func(int), stopped *atomic.Bool) (err error) {
	l := m.lock
	tracing := l.Tracing()
	if tracing {
		l.WorkBegin(t, fmt.Sprintf("prange %d..%d", lo, hi-1))
	}
	i := lo
	defer func() {
		if tracing {
			l.WorkEnd(t, "prange")
		}
		if r := recover(); r != nil {
			err = &PanicError{Iteration: i, Thread: t.Name(), Value: r, Stack: debug.Stack()}
		}
	}()
	intr := l.Interrupter()
	for ; i < hi; i++ {
		if intr.Pending() {
			return gil.ErrInterrupted
		}
		if stopped.Load() {
			return nil
		}
		body(i)
	}
	return nil
}

// chunker returns what team thread k runs next: [lo, hi), or false when it
// is done.
func chunker(start, stop int, c config) func(k int) (lo, hi int, ok bool) {
	n := stop - start
	if c.dynamic {
		chunk := c.chunk
		if chunk == 0 {
			chunk = 1
		}
		var nextLo atomic.Int64
		nextLo.Store(int64(start))
		return func(int) (int, int, bool) {
			lo := int(nextLo.Add(int64(chunk))) - chunk
			if lo >= stop {
				return 0, 0, false
			}
			return lo, min(lo+chunk, stop), true
		}
	}
	if c.chunk == 0 {
		// One block each, the first n%threads blocks one longer.
		done := make([]bool, c.threads)
		return func(k int) (int, int, bool) {
			if done[k] {
				return 0, 0, false
			}
			done[k] = true
			size, extra := n/c.threads, n%c.threads
			lo := start + k*size + min(k, extra)
			hi := lo + size
			if k < extra {
				hi++
			}
			return lo, hi, lo < hi
		}
	}
	// Round-robin chunks: thread k runs chunks k, k+threads, ...
	round := make([]int, c.threads)
	return func(k int) (int, int, bool) {
		lo := start + (round[k]*c.threads+k)*c.chunk
		round[k]++
		if lo >= stop || lo < start { // lo < start: overflow
			return 0, 0, false
		}
		return lo, min(lo+c.chunk, stop), true
	}
}

// Exports is the cell-facing package, in the shape of yaegi's
// interp.Exports. Range fails the cell (panics with the error) as the gil
// package's functions do.
func (m *Module) Exports() map[string]map[string]reflect.Value {
	return map[string]map[string]reflect.Value{
		ImportPath + "/parallel": {
			"Range": reflect.ValueOf(func(start, stop int, body func(i int), opts ...Option) {
				if err := m.Range(start, stop, body, opts...); err != nil {
					panic(err)
				}
			}),
			"Threads":    reflect.ValueOf(Threads),
			"Static":     reflect.ValueOf(Static),
			"Dynamic":    reflect.ValueOf(Dynamic),
			"Option":     reflect.ValueOf((*Option)(nil)),
			"PanicError": reflect.ValueOf((*PanicError)(nil)),
		},
	}
}
