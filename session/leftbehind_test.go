package session

import (
	"context"
	"errors"
	"reflect"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/traefik/yaegi/interp"

	"github.com/gogil/gogil/cellio"
)

// holder is a native package for these tests: Running tells the test that
// a cell reached its blocking call, Hold is a native call that no
// interrupt stops (it sleeps, so it does not wait on a goroutine and is
// never left behind) until the test releases it.
type holder struct {
	running  chan struct{}
	release  chan struct{}
	released sync.Once
	returned atomic.Bool
}

func holdSession(t *testing.T) (*Session, *holder) {
	t.Helper()
	p := &holder{running: make(chan struct{}, 16), release: make(chan struct{})}
	s, err := New(Options{
		Packages: interp.Exports{"example.com/probe/probe": {
			"Running": reflect.ValueOf(func() { p.running <- struct{}{} }),
			"Hold": reflect.ValueOf(func() {
				for {
					select {
					case <-p.release:
						p.returned.Store(true)
						return
					default:
						time.Sleep(5 * time.Millisecond)
					}
				}
			}),
			"Returned": reflect.ValueOf(func() bool { return p.returned.Load() }),
		}},
		AutoImport: map[string]string{"probe": "example.com/probe"},
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Close)
	t.Cleanup(p.free) // a failed test must not leave Hold running
	return s, p
}

func (p *holder) free() { p.released.Do(func() { close(p.release) }) }

// interruptAtProbe runs code, which must call probe.Running before it
// blocks, and interrupts it once it has.
func interruptAtProbe(t *testing.T, s *Session, p *holder, code string) *recorder {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() {
		select {
		case <-p.running:
			cancel()
		case <-ctx.Done():
		}
	}()
	rec := &recorder{}
	_, e := s.Execute(ctx, Cell{Code: code}, rec)
	if !errors.Is(e, cellio.KeyboardInterrupt) {
		t.Fatalf("%q: want KeyboardInterrupt, got %v (stderr %q)", code, e, rec.err())
	}
	return rec
}

// freeOnWait is a sink that releases the probe's Hold once the session
// says it waits for the interrupted cell: had the session not waited, the
// cell would find Hold still running.
type freeOnWait struct {
	recorder
	p *holder
}

func (f *freeOnWait) Stream(name, text string) {
	f.recorder.Stream(name, text)
	if strings.Contains(text, "waiting for it to return") {
		f.p.free()
	}
}

// leaveBehind interrupts a cell blocked for good in code and checks that
// the next cell leaves it behind, naming its wait. It returns the sink of
// the cell left behind.
func leaveBehind(t *testing.T, s *Session, p *holder, code, wait string) *recorder {
	t.Helper()
	interrupted := interruptAtProbe(t, s, p, code)
	rec, res := run(t, s, "1")
	if plain(res) != "1" || !strings.Contains(rec.err(), "left behind") || !strings.Contains(rec.err(), wait) {
		t.Fatalf("after interrupting %q: result %s, stderr %q (want it left behind in %s)", code, plain(res), rec.err(), wait)
	}
	return interrupted
}

// nextWaitsForHold interrupts a cell in probe.Hold, whose deferred call
// sets held, and checks that the next cell starts only once Hold has
// returned and the deferred call has run.
func nextWaitsForHold(t *testing.T, s *Session, p *holder) {
	t.Helper()
	run(t, s, "held := false")
	interruptAtProbe(t, s, p, "defer func() { held = true }()\nprobe.Running()\nprobe.Hold()")
	sink := &freeOnWait{p: p}
	res, e := s.Execute(context.Background(), Cell{Code: "held && probe.Returned()"}, sink)
	if e != nil {
		t.Fatalf("next cell: %v (stderr %q)", e, sink.err())
	}
	if plain(res) != "true" || strings.Contains(sink.err(), "left behind") {
		t.Errorf("the cell after the interrupted native call: held && returned = %s, stderr %q; want true, after waiting", plain(res), sink.err())
	}
}

func skipRace(t *testing.T) {
	if raceEnabled {
		t.Skip("yaegi's ExecuteWithContext races with itself on cancel")
	}
}

// The reviewer's case: after a cell left behind, an interrupted cell is
// waited for as if none had been, and a later cell is not told about the
// old one again.
func TestLeftBehindThenInterruptedNativeCall(t *testing.T) {
	skipRace(t)
	s, p := holdSession(t)
	run(t, s, "var m sync.Mutex\nm.Lock()")
	leaveBehind(t, s, p, "probe.Running()\nm.Lock()", "sync.Mutex.Lock")

	// An interrupted sleep (which an interrupt wakes) and an endless loop
	// end at once: the cell left behind must not be reported again.
	for _, code := range []string{"probe.Running()\ntime.Sleep(3 * time.Second)", "probe.Running()\nfor {}"} {
		interruptAtProbe(t, s, p, code)
		rec, res := run(t, s, "6 + 6")
		if plain(res) != "12" || strings.Contains(rec.err(), "left behind") {
			t.Errorf("after interrupting %q: result %s, stderr %q", code, plain(res), rec.err())
		}
	}
	nextWaitsForHold(t, s, p)
}

// Two cells left behind in a row, each named by its own wait, and then a
// native call that is waited for.
func TestTwoLeftBehindThenInterruptedNativeCall(t *testing.T) {
	skipRace(t)
	s, p := holdSession(t)
	run(t, s, "var m sync.Mutex\nm.Lock()\nvar wg sync.WaitGroup\nwg.Add(1)")
	leaveBehind(t, s, p, "probe.Running()\nm.Lock()", "sync.Mutex.Lock")
	leaveBehind(t, s, p, "probe.Running()\nwg.Wait()", "sync.WaitGroup.Wait")
	if n := len(s.after.leftBehind); n != 2 {
		t.Errorf("%d goroutines known as left behind, want 2", n)
	}
	nextWaitsForHold(t, s, p)
}

// Interrupts in quick succession: the wait for an interrupted native call
// is itself interrupted (Busy); the cell after still waits for that call,
// not for the cell left behind before it.
func TestBusyAfterLeftBehindKeepsWaiting(t *testing.T) {
	skipRace(t)
	s, p := holdSession(t)
	run(t, s, "var m sync.Mutex\nm.Lock()")
	leaveBehind(t, s, p, "probe.Running()\nm.Lock()", "sync.Mutex.Lock")
	interruptAtProbe(t, s, p, "probe.Running()\nprobe.Hold()")
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	rec := &recorder{}
	if _, e := s.Execute(ctx, Cell{Code: "1"}, rec); !errors.Is(e, cellio.Busy) {
		t.Fatalf("interrupted wait: want Busy, got %v (stderr %q)", e, rec.err())
	}
	sink := &freeOnWait{p: p}
	res, e := s.Execute(context.Background(), Cell{Code: "probe.Returned()"}, sink)
	if e != nil || plain(res) != "true" {
		t.Errorf("after Busy: %v, returned = %s, stderr %q; want true", e, plain(res), sink.err())
	}
}

// A cell left behind that a goroutine later releases returns, runs its
// deferred calls then (not before), and is forgotten; interrupts after it
// work as usual.
func TestLeftBehindReleasedLater(t *testing.T) {
	skipRace(t)
	s, p := holdSession(t)
	run(t, s, "var m sync.Mutex\nm.Lock()\nfreed := false")
	behind := leaveBehind(t, s, p, "defer func() { freed = true; fmt.Println(\"freed\") }()\nprobe.Running()\nm.Lock()", "sync.Mutex.Lock")
	if _, res := run(t, s, "freed"); plain(res) != "false" {
		t.Fatalf("the deferred call of a cell still blocked ran: freed = %s", plain(res))
	}
	release, _ := run(t, s, "go func() { m.Unlock() }()")
	var last *recorder
	waitFor(t, func() bool {
		var res Result
		last, res = run(t, s, "freed")
		return plain(res) == "true"
	})
	// Its output belongs to the cell left behind, not to the current one.
	if behind.out() != "freed\n" || release.out()+last.out() != "" {
		t.Errorf("deferred output: %q under the cell left behind, %q under later cells; want it all under the former", behind.out(), release.out()+last.out())
	}
	nextWaitsForHold(t, s, p)
	if n := len(s.after.leftBehind); n != 0 {
		t.Errorf("%d goroutines still known as left behind after the only one returned", n)
	}
}
