package magics

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"

	"github.com/gogil/gogil/cellio"
	"github.com/gogil/gogil/gil"
	"github.com/gogil/gogil/kernel"
)

// The rules of %%gil and %%nogil, checked in process: cells run through the
// Layer as the kernel runs them, their output lands in a recording cell,
// and the lock's own trace says who held it. The same rules are checked
// through the binary in e2e/gil_test.go.

// recording is a cellio.Cell that keeps what a cell printed.
type recording struct {
	mu      sync.Mutex
	streams map[string]*strings.Builder
}

func (r *recording) Stream(name, text string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.streams == nil {
		r.streams = map[string]*strings.Builder{}
	}
	if r.streams[name] == nil {
		r.streams[name] = &strings.Builder{}
	}
	r.streams[name].WriteString(text)
}

func (r *recording) text(name string) string {
	r.mu.Lock()
	defer r.mu.Unlock()
	if b := r.streams[name]; b != nil {
		return b.String()
	}
	return ""
}

func (*recording) Display(cellio.Output) {}

// ClearOutput clears what the cell showed, as a notebook does (at once;
// wait only spares a screen's flicker).
func (r *recording) ClearOutput(bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.streams = nil
}
func (*recording) Input(string, bool) (string, error) { return "", errors.New("no stdin") }

// exec runs a cell that must succeed and returns its stdout and result.
func exec(t *testing.T, l *Layer, code string) (stdout, result string) {
	t.Helper()
	rec := &recording{}
	out := l.Execute(context.Background(), kernel.ExecuteInput{Code: code}, rec)
	if out.Err != nil {
		t.Fatalf("%q failed: %s\n%s", code, out.Err, strings.Join(out.Err.Lines(), "\n"))
	}
	if out.Result != nil {
		result, _ = out.Result.Data["text/plain"].(string)
	}
	return rec.text("stdout"), result
}

// traced runs a cell while the lock records its trace.
func traced(t *testing.T, l *Layer, code string) (stdout string, events []gil.Event) {
	t.Helper()
	l.world.lock.StartTrace()
	stdout, _ = exec(t, l, code)
	return stdout, l.world.lock.StopTrace()
}

func TestWhoHoldsTheLock(t *testing.T) {
	l := newTestLayer(t)
	exec(t, l, "%%gil\nfunc holding() bool { return gil.Held() }")
	exec(t, l, "%%nogil\nfunc releasing() bool { return gil.Held() }")
	exec(t, l, "func plain() bool { return gil.Held() }")
	for _, tt := range []struct {
		name, cell, want string
	}{
		{"a plain cell runs without the lock", "gil.Held()", "false"},
		{"a %%gil cell holds it", "%%gil\ngil.Held()", "true"},
		{"a %%nogil cell does not", "%%nogil\ngil.Held()", "false"},
		{"a %%gil function takes it when a plain cell calls it", "holding()", "true"},
		{"and lets it go on return", "_ = holding()\ngil.Held()", "false"},
		{"a %%nogil function lets it go when %%gil code calls it", "%%gil\nreleasing()", "false"},
		{"and takes it back on return", "%%gil\n_ = releasing()\ngil.Held()", "true"},
		{"a plain function called from %%gil code keeps it", "%%gil\nplain()", "true"},
		{"a %%nogil function entered without it changes nothing", "releasing()", "false"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if _, got := exec(t, l, tt.cell); got != tt.want {
				t.Errorf("%q = %s, want %s", tt.cell, got, tt.want)
			}
			if main := l.world.lock.MainThread(); l.world.lock.Held(main) {
				t.Errorf("the main thread still holds the lock after %q", tt.cell)
			}
		})
	}
}

// A %%nogil function that calls a %%gil one: the inner call takes the lock
// back (Cython's `with gil:` inside `with nogil:`), and each level restores
// what it found.
func TestNestedLockModes(t *testing.T) {
	l := newTestLayer(t)
	exec(t, l, "%%gil\nfunc inner() bool { return gil.Held() }")
	exec(t, l, "%%nogil\nfunc middle() (bool, bool, bool) { before := gil.Held(); in := inner(); return before, in, gil.Held() }")
	if _, got := exec(t, l, "%%gil\nmiddle()"); got != "false, true, false" {
		t.Errorf("%%%%gil → %%%%nogil → %%%%gil: held (before, inside, after) = %s, want false, true, false", got)
	}
}

// A `go` statement in a %%gil cell starts a thread as Thread.start() does:
// the new thread takes the lock before its first statement, and the two
// threads switch at check points, the waiter asking the holder to drop.
func TestGoStatementIsAThreadThatSwitches(t *testing.T) {
	l := newTestLayer(t)
	stdout, events := traced(t, l, `%%gil
done := make(chan int)
spin := func(n int) int { s := 0; for i := 0; i < n; i++ { s += i % 7 }; return s }
go func() { done <- spin(2_000_000) }()
x := spin(2_000_000)
y := <-done
fmt.Println(x == y)`)
	if strings.TrimSpace(stdout) != "true" {
		t.Fatalf("stdout %q", stdout)
	}
	takes := map[string]int{}
	var requests, forced int
	for _, e := range events {
		switch {
		case e.Kind == gil.EventTake:
			takes[e.Thread]++
		case e.Kind == gil.EventDropRequest:
			requests++
		case e.Kind == gil.EventDrop && e.Forced:
			forced++
		}
	}
	if len(takes) < 2 {
		t.Fatalf("only %v took the lock: the go statement did not start a thread that takes it\n%v", takes, events)
	}
	if requests == 0 || forced == 0 {
		t.Errorf("%d drop requests and %d forced drops: the spinning threads never switched at check points\n%v", requests, forced, events)
	}
}

// A receive in %%gil code lets the lock go while it waits: the thread that
// sends can only run if it does.
func TestReceiveLetsTheLockGo(t *testing.T) {
	l := newTestLayer(t)
	_, events := traced(t, l, `%%gil
ch := make(chan int)
go func() { ch <- 42 }()
v := <-ch
fmt.Println(v)`)
	main := l.world.lock.MainThread().Name()
	var mainDropped bool
	for _, e := range events {
		if e.Kind == gil.EventDrop && e.Thread == main && !e.Forced {
			mainDropped = true
		}
		if e.Kind == gil.EventTake && e.Thread != main && !mainDropped {
			t.Fatalf("%s took the lock before the main thread let it go\n%v", e.Thread, events)
		}
	}
	if !mainDropped {
		t.Errorf("the main thread never let the lock go while receiving\n%v", events)
	}
}

// Misuse of the C API fails the cell, as CPython's fatal error would end
// the process; the next cell runs and the lock is free.
func TestSaveThreadWithoutTheLockFailsOnlyTheCell(t *testing.T) {
	l := newTestLayer(t)
	out := l.Execute(context.Background(), kernel.ExecuteInput{Code: "s := gil.SaveThread()\n_ = s"}, &recording{})
	if out.Err == nil || !strings.Contains(strings.Join(out.Err.Lines(), "\n"), "SaveThread") {
		t.Fatalf("SaveThread without the lock: %+v", out.Err)
	}
	if _, got := exec(t, l, "%%gil\ngil.Held()"); got != "true" {
		t.Errorf("the next %%%%gil cell: held = %s", got)
	}
}

// A holder blocked for good while another thread waits is a deadlock: the
// cell ends with that Kind of error and the lock is usable again.
func TestDeadlockIsAKindOfError(t *testing.T) {
	l := newTestLayer(t)
	// The thread's receive sits in an if header, where gogil cannot let the
	// lock go around it, so it waits holding the lock the sender needs.
	out := l.Execute(context.Background(), kernel.ExecuteInput{Code: `%%gil
ch := make(chan int)
go func() {
	if v, ok := <-ch; ok {
		fmt.Println(v)
	}
}()
ch <- 1`}, &recording{})
	if !errors.Is(out.Err, cellio.Deadlock) {
		t.Fatalf("a blocked holder with a waiting thread ended with %v, want a Deadlock", out.Err)
	}
	if _, got := exec(t, l, "%%gil\ngil.Held()"); got != "true" {
		t.Errorf("the next %%%%gil cell: held = %s", got)
	}
}
