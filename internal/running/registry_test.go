package running

import "testing"

type thread string

func (t thread) Name() string { return string(t) }

func TestCellsNestAndFallBackToTheRunningCell(t *testing.T) {
	r := New()
	if got := r.Owner(1); got != nil {
		t.Fatalf("owner before anything ran: %v", got)
	}
	r.SetRunning("cell 1")
	if got := r.Owner(7); got != "cell 1" {
		t.Errorf("an unbound goroutine works for %v, want the running cell", got)
	}
	if got := r.Cell(7); got != nil {
		t.Errorf("an unbound goroutine has cell %v of its own", got)
	}
	outer := r.BindCell(7, "cell 1")
	r.SetRunning("cell 2")
	inner := r.BindCell(7, "cell 1") // a go statement's guard inside a thread's binding
	inner()
	if got := r.Owner(7); got != "cell 1" {
		t.Errorf("after the inner unbind: %v, want the outer binding kept", got)
	}
	outer()
	if got := r.Owner(7); got != "cell 2" {
		t.Errorf("after both unbinds: %v, want the running cell", got)
	}
	if n := len(r.byGoroutine); n != 0 {
		t.Errorf("%d entries left", n)
	}
}

func TestThreadAndCellShareAnEntry(t *testing.T) {
	r := New()
	unbindCell := r.BindCell(3, "cell")
	unbindThread := r.BindThread(3, thread("Thread-1"), false)
	unbindCell()
	if got := r.Thread(3); got != thread("Thread-1") {
		t.Errorf("thread after the cell's unbind: %v", got)
	}
	unbindThread()
	if got := r.Thread(3); got != nil {
		t.Errorf("thread after its unbind: %v", got)
	}
	if n := len(r.byGoroutine); n != 0 {
		t.Errorf("%d entries left", n)
	}
}

func TestInferByParentageOrNew(t *testing.T) {
	r := New()
	main := thread("MainThread")
	r.BindThread(1, main, true)
	r.BindThread(2, thread("Thread-1"), false)
	made := 0
	newDummy := func() Thread { made++; return thread("Dummy") }
	tests := []struct {
		id, parent uint64
		hasParent  bool
		want       Thread
	}{
		{10, 1, true, main},             // a child of a goroutine bound with children
		{11, 2, true, thread("Dummy")},  // its parent does not bind children
		{12, 0, false, thread("Dummy")}, // no parent known
		{10, 99, true, main},            // remembered
		{1, 99, true, main},             // bound: the binding wins
	}
	for _, tt := range tests {
		if got := r.Infer(tt.id, Inference{Parent: tt.parent, HasParent: tt.hasParent, New: newDummy}); got != tt.want {
			t.Errorf("Infer(%d, parent %d): %v, want %v", tt.id, tt.parent, got, tt.want)
		}
	}
	if made != 2 {
		t.Errorf("%d threads made, want 2", made)
	}
}

func TestTrimKeepsWhatMustKeepItsIdentity(t *testing.T) {
	r := New()
	holder := thread("holder")
	n := 0
	how := Inference{
		New: func() Thread {
			n++
			if n == 1 {
				return holder
			}
			return thread("other")
		},
		Limit: 3,
		Keep:  func(t Thread) bool { return t == holder },
	}
	for id := uint64(1); id <= 3; id++ {
		r.Infer(id, how)
	}
	r.Infer(4, how) // over the limit: trims 2 and 3, keeps the holder's
	if got := r.Thread(1); got != holder {
		t.Errorf("the holder's goroutine lost its thread: %v", got)
	}
	for _, id := range []uint64{2, 3} {
		if got := r.Thread(id); got != nil {
			t.Errorf("goroutine %d kept %v", id, got)
		}
	}
	if r.inferred != 2 {
		t.Errorf("inferred count %d, want 2", r.inferred)
	}
}

func TestForgetAThread(t *testing.T) {
	r := New()
	th := thread("Thread-1")
	r.BindThread(5, th, false)
	r.BindCell(5, "cell")
	r.Infer(6, Inference{New: func() Thread { return th }})
	if got := len(r.Goroutines(th)); got != 2 {
		t.Fatalf("%d goroutines run as the thread, want 2", got)
	}
	r.Forget(th)
	if got := r.Goroutines(th); len(got) != 0 {
		t.Errorf("goroutines %v still run as a forgotten thread", got)
	}
	if got := r.Cell(5); got != "cell" {
		t.Errorf("forgetting the thread lost the cell: %v", got)
	}
	if r.inferred != 0 {
		t.Errorf("inferred count %d, want 0", r.inferred)
	}
}

// The index by thread follows every way a goroutine's thread changes: a
// rebinding, an unbinding, a trim, and a thread that ends, among many
// goroutines and threads (a cell may start 100,000 of them).
func TestThreadIndexFollowsEveryChange(t *testing.T) {
	r := New()
	const n = 10_000
	unbind := make([]func(), n)
	for id := uint64(1); id <= n; id++ {
		unbind[id-1] = r.BindThread(id, thread(rune('a'+id%7)), false)
	}
	r.BindThread(3, thread("z"), false) // rebinding moves goroutine 3
	unbind[4]()                         // goroutine 5 runs as nothing
	for id := uint64(n + 1); id <= n+100; id++ {
		r.Infer(id, Inference{New: func() Thread { return thread("dummy") }, Limit: 50})
	}
	total := 0
	for _, th := range []thread{"a", "b", "c", "d", "e", "f", "g", "z", "dummy"} {
		for _, id := range r.Goroutines(th) {
			if got := r.Thread(id); got != th {
				t.Fatalf("goroutine %d listed under %s runs as %v", id, th, got)
			}
			total++
		}
		r.Forget(th)
		if left := r.Goroutines(th); len(left) != 0 {
			t.Fatalf("%s forgotten, still has goroutines %v", th, left)
		}
	}
	if want := n - 1 + 50; total != want {
		t.Errorf("%d goroutines indexed, want %d (the trim keeps 50 of 100 inferred)", total, want)
	}
	if len(r.byGoroutine) != 0 || len(r.byThread) != 0 {
		t.Errorf("after forgetting every thread: %d goroutines, %d threads left", len(r.byGoroutine), len(r.byThread))
	}
}

// TestBoundCountsBindings: two reads of Bound with the same count saw the
// same goroutines bound; a binding or an unbinding between changes it.
func TestBoundCountsBindings(t *testing.T) {
	r := New()
	bound, n := r.Bound()
	if len(bound) != 0 {
		t.Fatalf("bound %v in a new registry", bound)
	}
	unbind := r.BindCell(7, "cell")
	bound, n2 := r.Bound()
	if !bound[7] || n2 == n || r.Bindings() != n2 {
		t.Fatalf("after BindCell: bound %v, count %d then %d", bound, n, n2)
	}
	unbind()
	if bound, n3 := r.Bound(); bound[7] || n3 == n2 {
		t.Fatalf("after unbind: bound %v, count %d then %d", bound, n2, n3)
	}
}
