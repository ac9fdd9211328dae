package gil

import (
	"errors"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
)

// waitUntil polls cond; tests use it to reach a state, never to time anything.
func waitUntil(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting until %s", what)
		}
		time.Sleep(100 * time.Microsecond)
	}
}

func isWaiting(l *Lock, th *Thread) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return th.waiting
}

// checkOneHolder replays a trace and fails if two threads ever held the lock.
func checkOneHolder(t *testing.T, events []Event) {
	t.Helper()
	holder := uint64(0)
	for i, e := range events {
		switch e.Kind {
		case EventTake:
			if holder != 0 {
				t.Fatalf("event %d: %s took the lock while thread 0x%x held it", i, e.Thread, holder)
			}
			holder = e.ThreadID
		case EventDrop:
			if holder != e.ThreadID {
				t.Fatalf("event %d: %s dropped a lock held by 0x%x", i, e.Thread, holder)
			}
			holder = 0
		}
	}
}

func TestSwitchInterval(t *testing.T) {
	tests := []struct {
		set     time.Duration
		want    time.Duration
		wantErr bool
	}{
		{set: 5 * time.Millisecond, want: 5 * time.Millisecond},
		{set: 1500 * time.Nanosecond, want: time.Microsecond},
		{set: 500 * time.Nanosecond, want: 0}, // accepted, read back as 0, waits 1 µs
		{set: 0, wantErr: true},
		{set: -time.Millisecond, wantErr: true},
	}
	for _, tt := range tests {
		l := New()
		if got := l.SwitchInterval(); got != DefaultSwitchInterval {
			t.Fatalf("default interval = %v", got)
		}
		err := l.SetSwitchInterval(tt.set)
		if (err != nil) != tt.wantErr {
			t.Errorf("SetSwitchInterval(%v) error = %v", tt.set, err)
			continue
		}
		if !tt.wantErr && l.SwitchInterval() != tt.want {
			t.Errorf("SetSwitchInterval(%v): reads back %v, want %v", tt.set, l.SwitchInterval(), tt.want)
		}
	}
}

func TestTakeDropMisuse(t *testing.T) {
	l := New()
	a, b := l.MainThread(), l.NewThread("B")
	if err := l.Drop(a); !errors.Is(err, ErrNotLocked) {
		t.Errorf("Drop of a free lock: %v, want ErrNotLocked", err)
	}
	if err := l.Take(a); err != nil {
		t.Fatal(err)
	}
	if err := l.Take(a); !errors.Is(err, ErrDeadlock) {
		t.Errorf("Take by the holder: %v, want ErrDeadlock", err)
	}
	if err := l.Drop(b); !errors.Is(err, ErrNotHolder) {
		t.Errorf("Drop by another thread: %v, want ErrNotHolder", err)
	}
	if !l.Held(a) || l.Holder() != a || l.Held(b) {
		t.Errorf("misuse changed the lock: holder %v", l.Holder())
	}
	if err := l.Drop(a); err != nil || l.Holder() != nil {
		t.Errorf("Drop: %v, holder %v", err, l.Holder())
	}
}

// TestCheckpointThreadsAlternate runs two CPU-bound threads that only yield
// at check points, and checks CPython's rules from the trace.
func TestCheckpointThreadsAlternate(t *testing.T) {
	if testing.Short() {
		t.Skip("runs for a fraction of a second")
	}
	const interval = 2 * time.Millisecond
	l := New()
	if err := l.SetSwitchInterval(interval); err != nil {
		t.Fatal(err)
	}
	l.StartTrace()
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for _, name := range []string{"A", "B"} {
		th := l.NewThread(name)
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := l.Take(th); err != nil {
				t.Error(err)
				return
			}
			defer l.Drop(th)
			sink := uint64(1)
			for {
				select {
				case <-stop:
					_ = sink
					return
				default:
				}
				for i := 0; i < 20000; i++ { // a few microseconds of "bytecode"
					sink = sink*6364136223846793005 + 1442695040888963407
				}
				if err := l.Checkpoint(th); err != nil {
					t.Error(err)
					return
				}
			}
		}()
	}
	time.Sleep(300 * time.Millisecond)
	close(stop)
	wg.Wait()
	events := l.StopTrace()
	checkOneHolder(t, events)

	var (
		lastSwitch          time.Duration
		prevHolder          uint64
		waitStart           = map[uint64]time.Duration{}
		takenAt             = map[uint64]time.Duration{}
		slices              []time.Duration
		forcedBy            uint64
		requests, forced    int
		sawTakeAfterRequest bool
	)
	for i, e := range events {
		switch e.Kind {
		case EventWaitStart:
			waitStart[e.ThreadID] = e.At
		case EventDropRequest:
			requests++
			// Rule 2: only after a whole interval with no switch.
			if e.At-waitStart[e.ThreadID] < interval || e.At-lastSwitch < interval {
				t.Errorf("event %d: request %v after wait start and %v after the last switch, interval %v",
					i, e.At-waitStart[e.ThreadID], e.At-lastSwitch, interval)
			}
		case EventTake:
			if forcedBy != 0 {
				// Rule 4: after a forced drop another thread takes it first.
				if e.ThreadID == forcedBy {
					t.Errorf("event %d: %s took the lock back after its own forced drop", i, e.Thread)
				}
				forcedBy = 0
				sawTakeAfterRequest = true
			}
			if e.ThreadID != prevHolder {
				lastSwitch = e.At
				prevHolder = e.ThreadID
			}
			takenAt[e.ThreadID] = e.At
		case EventDrop:
			slices = append(slices, e.At-takenAt[e.ThreadID])
			if e.Forced {
				forced++
				forcedBy = e.ThreadID
			}
		}
	}
	if requests < 5 || forced < 5 || !sawTakeAfterRequest {
		t.Fatalf("too little switching: %d requests, %d forced drops in %d events", requests, forced, len(events))
	}
	// Slices of about one interval: loose bounds, the machine is noisy.
	inner := slices[1 : len(slices)-1]
	sort.Slice(inner, func(i, j int) bool { return inner[i] < inner[j] })
	median := inner[len(inner)/2]
	if median < interval/2 || median > 25*interval {
		t.Errorf("median slice %v, want about %v", median, interval)
	}
	st := l.Stats()
	if st.ForcedDrops != uint64(forced) || st.DropRequests != uint64(requests) {
		t.Errorf("stats %+v disagree with the trace (%d forced, %d requests)", st, forced, requests)
	}
	t.Logf("%d slices, median %v, %d requests, %d forced drops", len(slices), median, requests, forced)
}

func TestForcedSwitching(t *testing.T) {
	l := New()
	if err := l.SetSwitchInterval(time.Millisecond); err != nil {
		t.Fatal(err)
	}
	l.StartTrace()
	a, b := l.MainThread(), l.NewThread("B")
	if err := l.Take(a); err != nil {
		t.Fatal(err)
	}
	bDone := make(chan error, 1)
	go func() {
		err := l.Take(b)
		if err == nil {
			err = l.Drop(b)
		}
		bDone <- err
	}()
	waitUntil(t, "B asks for the lock", func() bool { return l.dropRequest.Load() })
	if err := l.Checkpoint(a); err != nil { // yields: drop (forced) then take
		t.Fatal(err)
	}
	// A could only come back once B had taken and dropped it.
	if err := <-bDone; err != nil {
		t.Fatal(err)
	}
	if !l.Held(a) {
		t.Fatal("A does not hold the lock after its check point")
	}
	events := l.StopTrace()
	checkOneHolder(t, events)
	var kinds []string
	for _, e := range events {
		if e.Kind == EventTake || e.Kind == EventDrop {
			kinds = append(kinds, e.Kind.String()+" "+e.Thread)
		}
	}
	want := "take MainThread,drop MainThread,take B,drop B,take MainThread"
	if got := strings.Join(kinds, ","); got != want {
		t.Errorf("sequence %s, want %s", got, want)
	}
	if st := l.Stats(); st.ForcedDrops != 1 || st.DropRequests != 1 {
		t.Errorf("stats: %d forced drops, %d requests, want 1 and 1", st.ForcedDrops, st.DropRequests)
	}
}

// stuckWaiter is a waiter that never wakes up, so a drop that waits for the
// switch would wait forever.
func stuckWaiter(l *Lock) *Thread {
	w := l.NewThread("stuck")
	l.mu.Lock()
	l.waiters = append(l.waiters, w)
	w.waiting = true
	l.updateSlowLocked()
	l.mu.Unlock()
	return w
}

func dropWithin(t *testing.T, l *Lock, th *Thread, d time.Duration) bool {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- l.Drop(th) }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
		return true
	case <-time.After(d):
		return false
	}
}

func TestVoluntaryReleaseReturnsAtOnce(t *testing.T) {
	l := New()
	a := l.MainThread()
	if err := l.Take(a); err != nil {
		t.Fatal(err)
	}
	stuckWaiter(l)
	l.StartTrace()
	// No request pending: the drop must not wait for the stuck waiter.
	if !dropWithin(t, l, a, 10*time.Second) {
		t.Fatal("a voluntary drop waited for a switch")
	}
	for _, e := range l.StopTrace() {
		if e.Kind == EventDrop && e.Forced {
			t.Error("voluntary drop recorded as forced")
		}
	}
}

func TestInterruptForcedDropper(t *testing.T) {
	l := New()
	a := l.MainThread()
	if err := l.Take(a); err != nil {
		t.Fatal(err)
	}
	stuckWaiter(l)
	l.dropRequest.Store(true)
	done := make(chan error, 1)
	go func() { done <- l.Drop(a) }()
	select {
	case <-done:
		t.Fatal("a forced drop returned before any switch")
	case <-time.After(20 * time.Millisecond):
	}
	l.Interrupter().Interrupt()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if l.Holder() != nil {
		t.Errorf("holder %v after an interrupted forced drop", l.Holder())
	}
}

func TestInterruptWaiter(t *testing.T) {
	l := New()
	if err := l.SetSwitchInterval(time.Millisecond); err != nil {
		t.Fatal(err)
	}
	l.StartTrace()
	a, b := l.MainThread(), l.NewThread("B")
	if err := l.Take(a); err != nil {
		t.Fatal(err)
	}
	errs := make(chan error, 1)
	go func() { errs <- l.Take(b) }()
	waitUntil(t, "B waits", func() bool { return isWaiting(l, b) })
	l.Interrupter().Interrupt()
	if err := <-errs; !errors.Is(err, ErrInterrupted) {
		t.Fatalf("interrupted Take: %v", err)
	}
	if !l.Held(a) || l.Held(b) || isWaiting(l, b) {
		t.Fatalf("lock inconsistent after the interrupt: holder %v", l.Holder())
	}
	if err := l.Checkpoint(a); !errors.Is(err, ErrInterrupted) {
		t.Errorf("Checkpoint while interrupted: %v", err)
	}
	if l.dropRequest.Load() {
		t.Error("drop request left behind by a waiter that gave up")
	}
	if err := l.Drop(a); err != nil {
		t.Fatal(err)
	}
	l.Interrupter().Reset()
	if err := l.Take(b); err != nil {
		t.Fatalf("Take after Reset: %v", err)
	}
	events := l.StopTrace()
	checkOneHolder(t, events)
	found := false
	for _, e := range events {
		found = found || (e.Kind == EventWaitEnd && e.Interrupted && e.Thread == "B")
	}
	if !found {
		t.Error("no interrupted wait-end in the trace")
	}
}

func TestSaveThreadWithoutTheLockIsFatal(t *testing.T) {
	l := New()
	main := l.MainThread()
	defer l.Bind(main)()
	if err := l.Take(main); err != nil {
		t.Fatal(err)
	}
	saved, err := l.SaveThread()
	if err != nil {
		t.Fatal(err)
	}
	// The article's cell 8: a nested `with nogil:`.
	_, err = l.SaveThread()
	var fatal *FatalError
	if !errors.As(err, &fatal) {
		t.Fatalf("nested SaveThread: %v, want a FatalError", err)
	}
	for _, want := range []string{
		"Fatal Python error: PyEval_SaveThread: NULL tstate",
		"Current thread 0x0000000000000001 [MainThread]",
		"(most recent call first):",
		"TestSaveThreadWithoutTheLockIsFatal",
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("fatal error lacks %q:\n%s", want, err)
		}
	}
	if l.Holder() != nil {
		t.Fatalf("the fatal error changed the lock: holder %v", l.Holder())
	}
	if err := l.RestoreThread(saved); err != nil {
		t.Fatal(err)
	}
	if !l.Held(main) || !l.HeldByCaller() {
		t.Fatal("RestoreThread did not give the lock back")
	}
}

func TestFatalDumpShowsOtherThreads(t *testing.T) {
	l := New()
	other := l.NewThread("Thread-1 (worker)")
	holding := make(chan struct{})
	finish := make(chan struct{})
	go func() {
		defer l.Bind(other)()
		_ = l.Take(other)
		close(holding)
		<-finish
		_ = l.Drop(other)
	}()
	<-holding
	defer close(finish)
	defer l.Bind(l.MainThread())()
	_, err := l.SaveThread()
	if err == nil {
		t.Fatal("SaveThread without the lock succeeded")
	}
	if !strings.Contains(err.Error(), "Thread 0x0000000000000002 [Thread-1 (worker)], holding the lock") {
		t.Errorf("dump lacks the holding thread:\n%s", err)
	}
	if l.Holder() != other {
		t.Errorf("holder %v, want %v", l.Holder(), other)
	}
}

func TestRestoreThread(t *testing.T) {
	l := New()
	main := l.MainThread()
	defer l.Bind(main)()
	if err := l.Take(main); err != nil {
		t.Fatal(err)
	}
	ensured := l.Ensure()
	if err := l.Release(ensured); err != nil {
		t.Fatal(err)
	}
	saved, err := l.SaveThread()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		state   State
		wantErr error
	}{
		{"restore", saved, nil},
		{"restore while holding", saved, ErrDeadlock},
		{"zero state", State{}, ErrNotSaved},
		{"ensure state", ensured, ErrNotSaved},
	}
	for _, tt := range tests {
		err := l.RestoreThread(tt.state)
		if !errors.Is(err, tt.wantErr) {
			t.Errorf("%s: %v, want %v", tt.name, err, tt.wantErr)
		}
		if !l.Held(main) {
			t.Fatalf("%s: main thread lost the lock", tt.name)
		}
	}
	if err := l.RestoreThread(saved); err == nil || !strings.Contains(err.Error(), "hang") {
		t.Errorf("restore while holding should say CPython hangs: %v", err)
	}
}

func TestEnsureNests(t *testing.T) {
	l := New()
	main := l.MainThread()
	defer l.Bind(main)()
	outer := l.Ensure()
	if outer.Err() != nil || outer.Locked() || !l.HeldByCaller() {
		t.Fatalf("outer Ensure: %+v, held %v", outer, l.HeldByCaller())
	}
	inner := l.Ensure()
	if !inner.Locked() {
		t.Fatal("inner Ensure should find the lock held (PyGILState_LOCKED)")
	}
	steps := []struct {
		name     string
		state    State
		wantErr  error
		wantHeld bool
	}{
		{"release inner", inner, nil, true},
		{"release outer", outer, nil, false},
		{"release outer twice", outer, ErrNoEnsure, false},
		{"release without ensure", State{}, ErrNoEnsure, false},
	}
	for _, s := range steps {
		err := l.Release(s.state)
		if !errors.Is(err, s.wantErr) {
			t.Errorf("%s: %v, want %v", s.name, err, s.wantErr)
		}
		if l.Held(main) != s.wantHeld {
			t.Errorf("%s: held %v, want %v", s.name, l.Held(main), s.wantHeld)
		}
	}
}

func TestEnsureInterrupted(t *testing.T) {
	l := New()
	other := l.NewThread("other")
	if err := l.Take(other); err != nil {
		t.Fatal(err)
	}
	l.Interrupter().Interrupt()
	defer l.Bind(l.MainThread())()
	s := l.Ensure()
	if !errors.Is(s.Err(), ErrInterrupted) {
		t.Fatalf("Ensure while interrupted: %v", s.Err())
	}
	if err := l.Release(s); !errors.Is(err, ErrInterrupted) {
		t.Errorf("Release of a failed Ensure: %v", err)
	}
	if l.Holder() != other {
		t.Errorf("holder %v, want other", l.Holder())
	}
}

func TestCurrentThreadResolution(t *testing.T) {
	l := New()
	main := l.MainThread()
	defer l.BindWithChildren(main)()
	if got := l.Current(); got != main {
		t.Fatalf("bound goroutine resolves to %v", got)
	}
	type result struct{ child, grandchild, again *Thread }
	results := make(chan result)
	go func() { // a cell goroutine started by the evaluation goroutine
		var r result
		r.child = l.Current()
		r.again = l.Current()
		done := make(chan struct{})
		go func() { // a raw `go` statement in a cell
			r.grandchild = l.Current()
			close(done)
		}()
		<-done
		results <- r
	}()
	r := <-results
	if r.child != main || r.again != main {
		t.Errorf("child resolves to %v, %v; want MainThread", r.child, r.again)
	}
	if r.grandchild == main || !strings.HasPrefix(r.grandchild.Name(), "Dummy-") {
		t.Errorf("grandchild resolves to %v; want a dummy thread", r.grandchild)
	}
}
