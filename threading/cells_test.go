package threading

import (
	"context"
	"fmt"
	"io"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/traefik/yaegi/interp"
	"github.com/traefik/yaegi/stdlib"

	"github.com/gogil/gogil/gil"
	"github.com/gogil/gogil/workloads"
)

// session is a minimal stand-in for the kernel's: one interpreter with the
// three packages bound to one lock, cells run by the main thread holding the
// lock, as CPython runs a cell.
type session struct {
	t      *testing.T
	lock   *gil.Lock
	interp *interp.Interpreter

	mu      sync.Mutex
	reports []string
}

func newSession(t *testing.T) *session {
	t.Helper()
	l := gil.New()
	s := &session{t: t, lock: l}
	i := interp.New(interp.Options{Stderr: io.Discard}) // yaegi prints interpreted panics there
	for _, exports := range []interp.Exports{
		stdlib.Symbols, l.Exports(), workloads.New(l).Exports(), New(l, s.report).Exports(),
	} {
		if err := i.Use(exports); err != nil {
			t.Fatal(err)
		}
	}
	s.interp = i
	s.mustRun(`import (
	"github.com/gogil/gogil/gil"
	"github.com/gogil/gogil/threading"
	"github.com/gogil/gogil/workloads"
)`)
	return s
}

func (s *session) report(t *Thread, err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.reports = append(s.reports, err.Error())
}

// run evaluates a cell on a goroutine yaegi starts (EvalWithContext), which
// resolves to the main thread through BindWithChildren.
func (s *session) run(code string) (reflect.Value, error) {
	main := s.lock.MainThread()
	defer s.lock.BindWithChildren(main)()
	if err := s.lock.Take(main); err != nil {
		return reflect.Value{}, err
	}
	defer func() {
		if s.lock.Held(main) {
			_ = s.lock.Drop(main)
		}
	}()
	return s.interp.EvalWithContext(context.Background(), code)
}

func (s *session) mustRun(code string) reflect.Value {
	s.t.Helper()
	v, err := s.run(code)
	if err != nil {
		s.t.Fatalf("cell failed: %v\n%s", err, code)
	}
	return v
}

type span struct{ begin, end int }

// workSpans finds each thread's work in the trace, as event positions.
func workSpans(t *testing.T, events []gil.Event) map[string]span {
	t.Helper()
	spans := map[string]span{}
	for i, e := range events {
		switch e.Kind {
		case gil.EventWorkBegin:
			spans[e.Thread] = span{begin: i, end: -1}
		case gil.EventWorkEnd:
			sp := spans[e.Thread]
			sp.end = i
			spans[e.Thread] = sp
		}
	}
	for name, sp := range spans {
		if sp.end < 0 {
			t.Fatalf("%s's work never ended", name)
		}
	}
	return spans
}

func checkOneHolder(t *testing.T, events []gil.Event) {
	t.Helper()
	holder := ""
	for i, e := range events {
		switch e.Kind {
		case gil.EventTake:
			if holder != "" {
				t.Fatalf("event %d: %s took the lock held by %s", i, e.Thread, holder)
			}
			holder = e.Thread
		case gil.EventDrop:
			holder = ""
		}
	}
}

const articleCell = `
t1 := threading.Thread(workloads.%s, N)
t2 := threading.Thread(workloads.%s, N)
t1.Start()
t2.Start()
t1.Join()
t2.Join()
`

func TestArticleThreadCases(t *testing.T) {
	tests := []struct {
		name        string
		first       string
		second      string
		wantOverlap bool
	}{
		{"gil+gil", "FibonacciGIL", "FibonacciGIL", false},
		{"gil first", "FibonacciGIL", "FibonacciNoGIL", false},
		{"nogil first", "FibonacciNoGIL", "FibonacciGIL", true},
		{"nogil+nogil", "FibonacciNoGIL", "FibonacciNoGIL", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newSession(t)
			s.mustRun(`const N = 50_000_000`)
			s.lock.StartTrace()
			s.mustRun(fmt.Sprintf(articleCell, tt.first, tt.second))
			events := s.lock.StopTrace()
			checkOneHolder(t, events)
			spans := workSpans(t, events)
			one := spans["Thread-1 ("+tt.first+")"]
			two := spans["Thread-2 ("+tt.second+")"]
			if len(spans) != 2 {
				t.Fatalf("work spans %v, want Thread-1 and Thread-2", spans)
			}
			overlap := two.begin < one.end && one.begin < two.end
			if overlap != tt.wantOverlap {
				t.Errorf("overlap %v, want %v (spans %+v, %+v)", overlap, tt.wantOverlap, one, two)
			}
			if !tt.wantOverlap && two.begin < one.end {
				t.Errorf("the second thread began before the first ended")
			}
			if s.lock.Holder() != nil {
				t.Errorf("lock held by %v after the cell", s.lock.Holder())
			}
		})
	}
}

func TestJoinReleasesTheLock(t *testing.T) {
	s := newSession(t)
	s.lock.StartTrace()
	// FibonacciNoGIL takes the lock back before it returns: that can only
	// happen because Join waits with the lock released.
	s.mustRun(`
t := threading.Thread(workloads.FibonacciNoGIL, 20_000_000)
t.Start()
t.Join()
`)
	events := s.lock.StopTrace()
	checkOneHolder(t, events)
	// After its work the thread takes the lock back, and the main thread
	// (still in Join) takes it only after that.
	workEnd, threadRetake, mainLastTake := -1, -1, -1
	for i, e := range events {
		switch {
		case e.Kind == gil.EventWorkEnd:
			workEnd = i
		case e.Kind == gil.EventTake && e.Thread == "MainThread":
			mainLastTake = i
		case e.Kind == gil.EventTake && strings.HasPrefix(e.Thread, "Thread-1") && workEnd >= 0 && threadRetake < 0:
			threadRetake = i
		}
	}
	if workEnd < 0 || threadRetake < 0 || mainLastTake < threadRetake {
		t.Errorf("work end %d, thread's retake %d, main's last take %d", workEnd, threadRetake, mainLastTake)
		for _, e := range events {
			t.Log(e)
		}
	}
}

func TestPanicInThread(t *testing.T) {
	tests := []struct {
		name string
		cell string
	}{
		{"interpreted", `
t := threading.Thread(boom, 1)
t.Start()
err := t.Join()
`},
		{"native", `
t := threading.Thread(strings.Repeat, "x", -1)
t.Start()
err := t.Join()
`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newSession(t)
			s.mustRun(`import ("fmt"; "strings")`)
			s.mustRun(`func boom(n int) { panic(fmt.Sprint("boom ", n)) }`)
			s.mustRun(tt.cell)
			v := s.mustRun(`err.Error()`)
			if !strings.Contains(v.String(), "Exception in thread Thread-1") || !strings.Contains(v.String(), "panic") {
				t.Errorf("Join returned %q", v.String())
			}
			if len(s.reports) != 1 {
				t.Errorf("reports %q, want one", s.reports)
			}
			if h := s.lock.Holder(); h != nil {
				t.Errorf("lock held by %v after the panic", h)
			}
			s.mustRun(`workloads.FibonacciGIL(10)`) // the session goes on
		})
	}
}

// A target that calls runtime.Goexit ends its thread without returning:
// the thread still lets the lock go, and Join says what happened.
func TestGoexitInThread(t *testing.T) {
	s := newSession(t)
	s.mustRun(`import "runtime"`)
	s.mustRun(`
t := threading.Thread(func() { runtime.Goexit() })
t.Start()
err := t.Join()
`)
	if v := s.mustRun(`err.Error()`); !strings.Contains(v.String(), "Goexit") {
		t.Errorf("Join returned %q", v.String())
	}
	if h := s.lock.Holder(); h != nil {
		t.Errorf("lock held by %v after the thread's Goexit", h)
	}
	s.mustRun(`workloads.FibonacciGIL(10)`) // takes the lock: the session goes on
}

func TestBadTargets(t *testing.T) {
	tests := []struct {
		call    string
		wantErr string
	}{
		{`threading.Thread(5)`, "is not a function"},
		{`threading.Thread(workloads.FibonacciGIL)`, "takes 1 arguments, got 0"},
		{`threading.Thread(workloads.FibonacciGIL, -1)`, "negative"},
		{`threading.Thread(workloads.FibonacciGIL, "ten")`, "cannot be used as uint64"},
		{`threading.Thread(workloads.FibonacciGIL, 10, 20)`, "takes 1 arguments, got 2"},
	}
	s := newSession(t)
	for _, tt := range tests {
		v := s.mustRun(`th := ` + tt.call + "\nerr := th.Start()\nerr.Error()")
		if !strings.Contains(v.String(), tt.wantErr) {
			t.Errorf("%s: Start error %q, want %q", tt.call, v.String(), tt.wantErr)
		}
		if v := s.mustRun(`th.Join().Error()`); !strings.Contains(v.String(), tt.wantErr) {
			t.Errorf("%s: Join error %q", tt.call, v.String())
		}
	}
	if v := s.mustRun(`th.Start().Error()`); v.String() != ErrStartedTwice.Error() {
		t.Errorf("second Start: %q", v.String())
	}
	if v := s.mustRun(`threading.Thread(workloads.Fibonacci, 3).Join().Error()`); v.String() != ErrNotStarted.Error() {
		t.Errorf("Join before Start: %q", v.String())
	}
}

func TestThreadSeesItsOwnIdentity(t *testing.T) {
	s := newSession(t)
	s.mustRun(`var names []string`)
	s.mustRun(`func who() { names = append(names, threading.CurrentThread()); _ = gil.Held() }`)
	s.mustRun(`
t := threading.Thread(who)
t.Start()
t.Join()
names = append(names, threading.CurrentThread())
`)
	v := s.mustRun(`names`)
	got := fmt.Sprint(v.Interface())
	if got != "[Thread-1 MainThread]" {
		t.Errorf("names %s", got)
	}
}

func TestInterruptJoin(t *testing.T) {
	s := newSession(t)
	done := make(chan error, 1)
	go func() {
		_, err := s.run(`
t := threading.Thread(workloads.FibonacciGIL, uint64(1) << 62)
t.Start()
err := t.Join()
`)
		done <- err
	}()
	time.Sleep(20 * time.Millisecond)
	s.lock.Interrupter().Interrupt()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("the cell did not end after the interrupt")
	}
	s.lock.Interrupter().Reset()
	if v := s.mustRun(`err.Error()`); !strings.Contains(v.String(), "KeyboardInterrupt") {
		t.Errorf("Join after an interrupt: %q", v.String())
	}
	if h := s.lock.Holder(); h != nil {
		t.Errorf("lock held by %v", h)
	}
}

// TestArticleTimings prints the wall-clock ratios of the article's cells
// 5-7 (not asserted: the machine is shared and noisy).
func TestArticleTimings(t *testing.T) {
	if testing.Short() {
		t.Skip("takes about two seconds")
	}
	s := newSession(t)
	s.mustRun(`const N = 300_000_000`)
	timeCell := func(code string) time.Duration {
		start := time.Now()
		s.mustRun(code)
		return time.Since(start)
	}
	timeCell(`workloads.FibonacciGIL(N)`) // warm up
	single := timeCell(`workloads.FibonacciGIL(N)`)
	t.Logf("single FibonacciGIL(3e8): %v", single)
	for _, c := range []struct{ name, first, second, article string }{
		{"gil + gil", "FibonacciGIL", "FibonacciGIL", "≈2x"},
		{"nogil first + gil", "FibonacciNoGIL", "FibonacciGIL", "≈1x"},
		{"gil first + nogil", "FibonacciGIL", "FibonacciNoGIL", "≈2x"},
	} {
		d := timeCell(fmt.Sprintf(articleCell, c.first, c.second))
		t.Logf("%-18s %v  %.2fx single (article %s)", c.name, d, float64(d)/float64(single), c.article)
	}
}

// A struct the target panics with comes back in PanicError.Value as the
// program's value, which the program can assert, not as the
// reflect.Value the interpreter hands the panic over in.
func TestPanicValueOfAStruct(t *testing.T) {
	s := newSession(t)
	s.mustRun(`import ("errors"; "fmt")`)
	s.mustRun(`type P struct{ F string }`)
	s.mustRun(`
func value() string {
	t := threading.Thread(func() { panic(P{"t"}) })
	t.Start()
	err := t.Join()
	var pe *threading.PanicError
	_ = errors.As(err, &pe)
	v, ok := pe.Value.(P)
	return v.F + fmt.Sprint(ok)
}`)
	if got := s.mustRun(`value()`).String(); got != "ttrue" {
		t.Errorf("pe.Value.(P) gave %q, want ttrue", got)
	}
}
