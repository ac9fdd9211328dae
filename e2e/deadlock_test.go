package e2e

import (
	"strings"
	"testing"
)

// A cell whose goroutines all wait on each other ends, through the kernel,
// as Go's program ends ("all goroutines are asleep - deadlock!"), with what
// it printed before and none of its deferred calls; the kernel stays up.
func TestDeadlockedCellEndsThroughTheKernel(t *testing.T) {
	c := launch(t)
	ex := run(t, c, "defer fmt.Println(\"deferred\")\nvar wg sync.WaitGroup\nwg.Add(2)\ngo func() { defer wg.Done(); fmt.Println(\"one done\") }()\nwg.Wait()")
	f := ex.Failed()
	if f == nil || f.EName != "Deadlock" || !strings.Contains(f.EValue, "all goroutines are asleep - deadlock!") {
		t.Fatalf("deadlocked cell: %+v", f)
	}
	if got := ex.Stdout(); got != "one done\n" {
		t.Errorf("printed %q", got)
	}
	if got := resultText(mustRun(t, c, "1 + 1")); got != "2" {
		t.Errorf("the next cell gave %q", got)
	}
}
