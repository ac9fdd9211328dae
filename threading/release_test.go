package threading

import (
	"testing"

	"github.com/gogil/gogil/gil"
)

// TestFinishedThreadDropsItsTarget: as CPython's Thread.run, a thread lets
// go of its target and arguments once it ran them, so a finished thread
// that a variable still names keeps no closure (and no cell's code) alive;
// its result stays.
func TestFinishedThreadDropsItsTarget(t *testing.T) {
	l := gil.New()
	m := New(l, nil)
	th := m.Thread(func(n int) int { return 2 * n }, 21)
	if err := th.Start(); err != nil {
		t.Fatal(err)
	}
	if err := th.Join(); err != nil {
		t.Fatal(err)
	}
	if th.fn.IsValid() || th.args != nil {
		t.Errorf("a finished thread keeps its target (%v) or arguments (%v)", th.fn, th.args)
	}
	if r := th.Result(); len(r) != 1 || r[0] != 42 {
		t.Errorf("result %v, want [42]", r)
	}
}
