package parallel

import (
	"sync/atomic"
	"testing"

	"github.com/gogil/gogil/gil"
)

// Every schedule runs every index exactly once, whatever the sizes.
func TestEveryIndexOnce(t *testing.T) {
	m := New(gil.New())
	for _, n := range []int{1, 2, 7, 100} {
		for _, opts := range [][]Option{nil, {Threads(1)}, {Threads(3)}, {Threads(3), Static(2)}, {Threads(4), Dynamic(0)}, {Dynamic(5)}, {Threads(200)}} {
			seen := make([]atomic.Int32, n)
			if err := m.Range(10, 10+n, func(i int) { seen[i-10].Add(1) }, opts...); err != nil {
				t.Fatal(err)
			}
			for i := range seen {
				if seen[i].Load() != 1 {
					t.Fatalf("n=%d opts=%d: index %d ran %d times", n, len(opts), i, seen[i].Load())
				}
			}
		}
	}
}

// The caller's lock goes for the loop and comes back after.
func TestCallerLetsTheLockGo(t *testing.T) {
	l := gil.New()
	main := l.MainThread()
	defer l.Bind(main)()
	if err := l.Take(main); err != nil {
		t.Fatal(err)
	}
	var heldInside atomic.Bool
	if err := New(l).Range(0, 4, func(int) {
		if l.Holder() != nil {
			heldInside.Store(true)
		}
	}, Threads(2)); err != nil {
		t.Fatal(err)
	}
	if heldInside.Load() || !l.Held(main) {
		t.Fatalf("held inside: %v, held after: %v", heldInside.Load(), l.Held(main))
	}
}
