package timeline

import (
	"bytes"
	"image/png"
	"strings"
	"testing"
	"time"

	"github.com/gogil/gogil/gil"
)

// A trace that merges two interpreters: the kernel's MainThread waits for
// a pool while worker 1's MainThread (thread id 1 too, of another lock)
// computes, then worker 2's.
func twoLockTrace() []gil.Event {
	ms := time.Millisecond
	w1, w2 := "Pool-1 worker 1 (pid 41)", "Pool-1 worker 2 (pid 42)"
	return []gil.Event{
		{At: 0, Kind: gil.EventTake, ThreadID: 1, Thread: "MainThread"},
		{At: 1 * ms, Kind: gil.EventDrop, ThreadID: 1, Thread: "MainThread"},
		{At: 2 * ms, Kind: gil.EventTake, ThreadID: 1, Thread: w1 + " MainThread", Lock: w1},
		{At: 3 * ms, Kind: gil.EventTake, ThreadID: 1, Thread: w2 + " MainThread", Lock: w2},
		{At: 6 * ms, Kind: gil.EventDrop, ThreadID: 1, Thread: w1 + " MainThread", Lock: w1},
		{At: 7 * ms, Kind: gil.EventDrop, ThreadID: 1, Thread: w2 + " MainThread", Lock: w2},
		{At: 8 * ms, Kind: gil.EventTake, ThreadID: 1, Thread: "MainThread"},
		{At: 9 * ms, Kind: gil.EventDrop, ThreadID: 1, Thread: "MainThread"},
	}
}

// Threads of different locks are different lanes even with one id, each
// lock has its own holder (no switch is counted between them, and the
// worker's holds overlap), and each other lock's lanes sit under a heading
// with its name in every drawing.
func TestEachLockHasItsOwnLanesAndHolder(t *testing.T) {
	tr := replay(twoLockTrace())
	if len(tr.lanes) != 3 || tr.locks != 3 {
		t.Fatalf("%d lanes, %d locks; want 3 and 3", len(tr.lanes), tr.locks)
	}
	if tr.switches != 0 {
		t.Errorf("%d switches: the locks were counted as one", tr.switches)
	}
	wantOrder := []string{"", "Pool-1 worker 1 (pid 41)", "Pool-1 worker 2 (pid 42)"}
	for i, l := range tr.lanes {
		if l.lock != wantOrder[i] || l.shortName() != "MainThread" || len(l.holds) == 0 {
			t.Errorf("lane %d: lock %q, name %q, %d holds", i, l.lock, l.shortName(), len(l.holds))
		}
	}

	svg := SVG(twoLockTrace(), Options{})
	text := Text(twoLockTrace(), TextOptions{})
	for _, name := range wantOrder[1:] {
		heading := name + " · its own lock"
		if !strings.Contains(svg, heading) || !strings.Contains(text, heading) {
			t.Errorf("no heading %q in the SVG or the text:\n%s", heading, text)
		}
	}
	if !strings.Contains(text, "3 locks") {
		t.Errorf("the summary does not count the locks:\n%s", text)
	}
	if _, err := png.Decode(bytes.NewReader(PNG(twoLockTrace(), Options{}))); err != nil {
		t.Fatal(err)
	}
	// The heading adds to the picture's height.
	one := Image(twoLockTrace()[:2], Options{})
	three := Image(twoLockTrace(), Options{})
	if got, min := three.Bounds().Dy()-one.Bounds().Dy(), 2*(laneHeight+headingRow); got < min {
		t.Errorf("two more lanes with headings add %d pixels, want at least %d", got, min)
	}
}

func TestNaturalOrder(t *testing.T) {
	for _, c := range []struct {
		a, b string
		less bool
	}{
		{"worker 2", "worker 10", true},
		{"worker 10", "worker 2", false},
		{"", "a", true},
		{"a1b", "a1c", true},
		{"w02", "w2", false},
	} {
		if got := naturalLess(c.a, c.b); got != c.less {
			t.Errorf("naturalLess(%q, %q) = %v", c.a, c.b, got)
		}
	}
}
