package gil

import (
	"strings"
	"testing"
)

// A thread dump shows the Go frames of the goroutines bound to each
// thread, as faulthandler shows Python frames, and none of the machinery
// that took the dump.
func TestDumpThreadsShowsBoundFrames(t *testing.T) {
	l := New()
	worker := l.NewThread("worker")
	bound := make(chan struct{})
	release := make(chan struct{})
	defer close(release)
	go parkInDumpTest(l, worker, bound, release)
	<-bound

	var dump string
	for range 1000 { // the goroutine may not have parked yet
		dump = l.dumpThreads(worker)
		if strings.Contains(dump, "gil.parkInDumpTest") {
			break
		}
	}
	for _, want := range []string{"Current thread 0x", "[worker]", `dump_test.go", line `, "in github.com/gogil/gogil/gil.parkInDumpTest"} {
		if !strings.Contains(dump, want) {
			t.Errorf("dump lacks %q:\n%s", want, dump)
		}
	}
	for _, hidden := range []string{"internal/goroutine", "runtime.", "gil.(*Lock)"} {
		if strings.Contains(dump, hidden) {
			t.Errorf("dump shows %q:\n%s", hidden, dump)
		}
	}
}

func parkInDumpTest(l *Lock, t *Thread, bound chan<- struct{}, release <-chan struct{}) {
	unbind := l.Bind(t)
	defer unbind()
	close(bound)
	<-release
}
