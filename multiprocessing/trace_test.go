package multiprocessing

import (
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/gogil/gogil/gil"
)

// TestMain lets the test binary serve as a worker without an interpreter:
// its one function, double, is registered beforehand and holds the
// worker's lock while it runs, as a %%gil function does.
func TestMain(m *testing.M) {
	if os.Getenv(WorkerEnv) != "1" {
		os.Exit(m.Run())
	}
	lock := gil.New()
	w := New(Options{Worker: true, Lock: lock})
	w.register("double", func(x int) int {
		t := lock.Current()
		if err := lock.Take(t); err != nil {
			panic(err)
		}
		defer lock.Drop(t)
		return 2 * x
	})
	replies := os.NewFile(3, "replies")
	if err := w.Worker(os.Stdin, replies, noCells{}); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	os.Exit(0)
}

// noCells is the replica of a worker whose functions are registered
// beforehand.
type noCells struct{}

func (noCells) CatchUp([]Cell) bool                 { return false }
func (noCells) Run(string) error                    { return nil }
func (noCells) NotFound(name string, _ error) error { return fmt.Errorf("no function %s", name) }

func double(x int) int { return 2 * x }

func testModule() *Module {
	return New(Options{FuncName: func(any) (string, bool) { return "double", true }})
}

// A worker's clock is put on the kernel's by the sample with the least
// transit, and its events stay inside the call they came with.
func TestWorkerClockIsAligned(t *testing.T) {
	hour := time.Hour // the worker's clock runs an hour ahead
	tr := &processTrace{workers: map[string]*workerTrace{}}
	ms := time.Millisecond
	take := gil.Event{Kind: gil.EventTake, ThreadID: 1, Thread: "MainThread"}
	drop := gil.Event{Kind: gil.EventDrop, ThreadID: 1, Thread: "MainThread"}
	at := func(e gil.Event, d time.Duration) gil.Event { e.At = d; return e }
	// Sent at 10 ms, read by the worker at 11 ms, answered at 19 ms, back
	// at 20 ms: 1 ms each way. The trace began at 11 ms, the lock was
	// held from 12 to 18 ms.
	tr.add("w", 10*ms, 20*ms, &callTrace{Received: hour + 11*ms, Began: hour + 11*ms, Sent: hour + 19*ms,
		Events: []gil.Event{at(take, 1*ms), at(drop, 7*ms)}})
	// A slow call (5 ms out, 1 ms back) gives a worse sample, which is not
	// kept; its events, shifted by the good one, are clamped to the call.
	tr.add("w", 30*ms, 40*ms, &callTrace{Received: hour + 35*ms, Began: hour + 35*ms, Sent: hour + 39*ms,
		Events: []gil.Event{at(take, 0), at(drop, 6*ms)}})
	got := tr.events()
	want := []time.Duration{12 * ms, 18 * ms, 35 * ms, 40 * ms}
	if len(got) != len(want) {
		t.Fatalf("%d events: %v", len(got), got)
	}
	for i, e := range got {
		if e.At != want[i] || e.Lock != "w" || e.Thread != "w MainThread" {
			t.Errorf("event %d: %v at %v, lock %q; want at %v on lock w", i, e, e.At, e.Lock, want[i])
		}
	}
}

// Requests carry a trace request only while the kernel records, and the
// worker's lock comes back with each reply; then nothing again.
func TestWorkersTraceOnlyWhileRecording(t *testing.T) {
	m := testModule()
	defer m.Close()
	p, err := m.NewPool(1)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.Apply(double, 1); err != nil {
		t.Fatal(err)
	}
	if m.Trace() != nil {
		t.Fatal("events with no recording")
	}
	m.StartTrace(time.Now())
	if _, err := p.Map(double, []int{1, 2, 3}); err != nil {
		t.Fatal(err)
	}
	events := m.StopTrace()
	takes := 0
	for _, e := range events {
		if e.Kind == gil.EventTake {
			takes++
		}
	}
	if takes != 3 {
		t.Errorf("%d takes for 3 calls: %v", takes, events)
	}
	if _, err := p.Apply(double, 1); err != nil || m.Trace() != nil {
		t.Errorf("after the recording: %v, %v", err, m.Trace())
	}
}

// BenchmarkRoundTrip is one task's round trip to a worker, with no
// timeline recording and with one: compare the two with
//
//	go test -run '^$' -bench RoundTrip -count 10 ./multiprocessing/ | benchstat -col /trace -
//
// On our shared two cores (20,000 calls, six interleaved runs, medians):
// 31 µs untraced, as before traces existed (33 µs, same method), and
// 41 µs traced (the worker starts and stops its trace and sends events).
func BenchmarkRoundTrip(b *testing.B) {
	m := testModule()
	defer m.Close()
	p, err := m.NewPool(1)
	if err != nil {
		b.Fatal(err)
	}
	for _, traced := range []bool{false, true} {
		b.Run(fmt.Sprintf("trace=%v", traced), func(b *testing.B) {
			if traced {
				m.StartTrace(time.Now())
				defer m.StopTrace()
			}
			for b.Loop() {
				if _, err := p.Apply(double, 1); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
