package goroutine

import (
	"sync"
	"testing"
)

func TestIDMatchesStackTrace(t *testing.T) {
	if !fastIDs() {
		// Still correct (ids then come from the stack trace), but every
		// lookup pays microseconds: make the regression visible.
		t.Error("goid disagrees with the stack trace on this Go version; ID fell back to the slow path")
	}
	var wg sync.WaitGroup
	ids := make([]uint64, 50)
	for i := range ids {
		wg.Go(func() {
			id := ID()
			if slow := stackID(); id != slow {
				t.Errorf("ID() = %d, stack trace says %d", id, slow)
			}
			ids[i] = id
		})
	}
	wg.Wait()
	seen := map[uint64]bool{ID(): true}
	for _, id := range ids {
		if id == 0 || seen[id] {
			t.Errorf("id %d is zero or shared by two live goroutines", id)
		}
		seen[id] = true
	}
}

func TestParentID(t *testing.T) {
	me := ID()
	type answer struct {
		parent, grandparent uint64
		ok, ok2             bool
	}
	got := make(chan answer)
	go func() {
		var a answer
		a.parent, a.ok = ParentID()
		child := ID()
		inner := make(chan struct{})
		go func() {
			defer close(inner)
			a.grandparent, a.ok2 = ParentID()
			if a.grandparent != child {
				a.ok2 = false
			}
		}()
		<-inner
		got <- a
	}()
	a := <-got
	if !a.ok || a.parent != me {
		t.Errorf("ParentID() in a child = %d, %v; want %d, true", a.parent, a.ok, me)
	}
	if !a.ok2 {
		t.Errorf("ParentID() in a grandchild = %d, want its own parent's id", a.grandparent)
	}
}

func BenchmarkID(b *testing.B) {
	for b.Loop() {
		ID()
	}
}

func BenchmarkStackID(b *testing.B) {
	for b.Loop() {
		stackID()
	}
}
