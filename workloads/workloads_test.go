package workloads

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/gogil/gogil/gil"
)

func TestKernels(t *testing.T) {
	tests := []struct {
		name string
		k    kernel
		n    uint64
		want uint64
	}{
		{"fibonacci", fibonacci, 0, 0},
		{"fibonacci", fibonacci, 1, 1},
		{"fibonacci", fibonacci, 2, 1},
		{"fibonacci", fibonacci, 10, 55},
		{"fibonacci", fibonacci, 50, 12586269025},
		{"fibonacci", fibonacci, 93, 12200160415121876738},
		{"fibonacci", fibonacci, chunk + 3, fibonacciPlain(chunk + 3)}, // across a chunk boundary
		{"countdown", countdown, 0, 0},
		{"countdown", countdown, 7, 7},
		{"countdown", countdown, 3*chunk + 1, 3*chunk + 1},
		{"countPrimes", countPrimes, 0, 0},
		{"countPrimes", countPrimes, 3, 1},
		{"countPrimes", countPrimes, 10, 4},
		{"countPrimes", countPrimes, 100, 25},
		{"countPrimes", countPrimes, 100_000, 9592},
	}
	intr := gil.New().Interrupter()
	for _, tt := range tests {
		got, ok := tt.k(tt.n, intr)
		if !ok || got != tt.want {
			t.Errorf("%s(%d) = %d, %v; want %d", tt.name, tt.n, got, ok, tt.want)
		}
	}
}

// fibonacciPlain is the loop without interrupt checks, the reference for
// the checked one (and for the C comparison).
func fibonacciPlain(n uint64) uint64 {
	if n <= 1 {
		return n
	}
	var a, b uint64 = 0, 1
	c := a + b
	for i := uint64(2); i < n; i++ {
		a = b
		b = c
		c = a + b
	}
	return c
}

// lockEvents keeps the take and drop events of a trace, as "take MainThread".
func lockEvents(events []gil.Event) []string {
	var out []string
	for _, e := range events {
		if e.Kind == gil.EventTake || e.Kind == gil.EventDrop {
			out = append(out, e.Kind.String()+" "+e.Thread)
		}
	}
	return out
}

func TestFlavoursAndTheLock(t *testing.T) {
	tests := []struct {
		name       string
		call       func(w *Set) uint64
		holding    bool // the caller holds the lock
		wantEvents string
	}{
		{"plain, held", func(w *Set) uint64 { return w.Fibonacci(10) }, true, ""},
		{"plain, free", func(w *Set) uint64 { return w.Fibonacci(10) }, false, ""},
		{"gil, held", func(w *Set) uint64 { return w.FibonacciGIL(10) }, true, ""},
		{"gil, free", func(w *Set) uint64 { return w.FibonacciGIL(10) }, false, "take MainThread,drop MainThread"},
		{"nogil, held", func(w *Set) uint64 { return w.FibonacciNoGIL(10) }, true, "drop MainThread,take MainThread"},
		{"nogil, free", func(w *Set) uint64 { return w.FibonacciNoGIL(10) }, false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := gil.New()
			main := l.MainThread()
			defer l.Bind(main)()
			if tt.holding {
				if err := l.Take(main); err != nil {
					t.Fatal(err)
				}
			}
			l.StartTrace()
			if got := tt.call(New(l)); got != 55 {
				t.Errorf("result %d, want 55", got)
			}
			events := l.StopTrace()
			if got := strings.Join(lockEvents(events), ","); got != tt.wantEvents {
				t.Errorf("lock events %q, want %q", got, tt.wantEvents)
			}
			if l.Held(main) != tt.holding {
				t.Errorf("held afterwards %v, want %v", l.Held(main), tt.holding)
			}
			var marks int
			for _, e := range events {
				if e.Kind == gil.EventWorkBegin || e.Kind == gil.EventWorkEnd {
					marks++
				}
			}
			if marks != 2 {
				t.Errorf("%d work marks in the trace, want 2", marks)
			}
		})
	}
}

func TestInterrupt(t *testing.T) {
	const forever = 1 << 62
	tests := []struct {
		name string
		call func(w *Set) uint64
	}{
		{"Fibonacci", func(w *Set) uint64 { return w.Fibonacci(forever) }},
		{"FibonacciGIL", func(w *Set) uint64 { return w.FibonacciGIL(forever) }},
		{"FibonacciNoGIL", func(w *Set) uint64 { return w.FibonacciNoGIL(forever) }},
		{"CountdownGIL", func(w *Set) uint64 { return w.CountdownGIL(forever) }},
		{"CountPrimesNoGIL", func(w *Set) uint64 { return w.CountPrimesNoGIL(forever) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := gil.New()
			w := New(l)
			done := make(chan uint64)
			go func() {
				th := l.NewThread("worker")
				defer l.Bind(th)()
				_ = l.Take(th)
				v := tt.call(w)
				if l.Held(th) {
					_ = l.Drop(th)
				}
				done <- v
			}()
			time.Sleep(5 * time.Millisecond)
			start := time.Now()
			l.Interrupter().Interrupt()
			select {
			case v := <-done:
				if v != 0 {
					t.Errorf("interrupted result %d, want 0", v)
				}
				t.Logf("returned %v after the interrupt", time.Since(start))
			case <-time.After(20 * time.Second):
				t.Fatal("the workload did not notice the interrupt")
			}
			if h := l.Holder(); h != nil {
				t.Errorf("lock still held by %v", h)
			}
		})
	}
}

func TestRecurse(t *testing.T) {
	l := gil.New()
	w := New(l)
	main := l.MainThread()
	defer l.Bind(main)()
	if err := l.Take(main); err != nil {
		t.Fatal(err)
	}
	if v, err := w.RecurseCython(1); v != 0 || err != nil {
		t.Errorf("RecurseCython(1) = %d, %v", v, err)
	}
	_, err := w.RecurseCython(2)
	var fatal *gil.FatalError
	if !errors.As(err, &fatal) || !strings.Contains(err.Error(), "Fatal Python error: PyEval_SaveThread: NULL tstate") {
		t.Errorf("RecurseCython(2): %v, want the article's fatal error", err)
	}
	if !l.Held(main) {
		t.Error("the first level did not take the lock back")
	}
	if v := w.RecurseNumba(2); v != 0 || !l.Held(main) {
		t.Errorf("RecurseNumba(2) = %d, held %v", v, l.Held(main))
	}
}
