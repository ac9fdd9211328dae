package goroutine

import (
	"strings"
	"sync"
	"testing"
)

// Only stacks that reach the depth count, each as many times as the
// goroutines sharing it; the header and location lines are no stacks.
func TestCutStacksCountsGoroutinesOfDeepStacks(t *testing.T) {
	deep := strings.Repeat(" 0x1", 4)
	profile := "goroutine profile: total 100010\n" +
		"100000 @ 0x1 0x2 0x3\n#\t0x1\tmain.f+0x1\t/src/main.go:3\n\n" +
		"7 @" + deep + "\n#\t0x1\tmain.rec+0x1\t/src/main.go:9\n\n" +
		"1 @" + deep + " 0x5\n\n" +
		"x @" + deep + "\n"
	if got := cutStacks([]byte(profile), 4); got != 7+1+1 {
		t.Errorf("cutStacks = %d, want 9", got)
	}
	if got := cutStacks([]byte(profile), 5); got != 1 {
		t.Errorf("cutStacks at depth 5 = %d, want 1", got)
	}
}

// Goroutines blocked deeper than the profile keeps are counted, shallow
// ones are not.
func TestProfileCutStacksFindsDeepGoroutines(t *testing.T) {
	release := make(chan struct{})
	var started, done sync.WaitGroup
	var descend func(n int)
	descend = func(n int) {
		if n > 0 {
			descend(n - 1)
			return
		}
		started.Done()
		<-release
	}
	start := func(goroutines, depth int) {
		for range goroutines {
			started.Add(1)
			done.Add(1)
			go func() { defer done.Done(); descend(depth) }()
		}
	}
	defer func() { close(release); done.Wait() }()
	start(1000, 3)
	started.Wait()
	before := ProfileCutStacks()
	start(5, 2*profileDepth())
	started.Wait()
	if got := ProfileCutStacks() - before; got != 5 {
		t.Errorf("%d more cut stacks with 5 deep goroutines, want 5 (before: %d)", got, before)
	}
}
