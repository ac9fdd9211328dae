package gil

import "testing"

func TestPendingFlagFollowsTheDropRequest(t *testing.T) {
	l := New()
	flag := l.PendingFlag()
	if *flag {
		t.Fatal("flag set on a new lock")
	}
	l.dropRequest.Store(true)
	if !*flag {
		t.Error("flag does not show a drop request")
	}
	l.dropRequest.Store(false)
	if *flag {
		t.Error("flag still set after the request was cleared")
	}
}

func TestFastGoroutineIDs(t *testing.T) {
	if !fastIDs {
		// Still correct (the stack-trace path is used), but every cell-facing
		// call pays microseconds: make the regression visible.
		t.Fatal("goid disagrees with the stack trace on this Go version; gil fell back to the slow path")
	}
	for range 3 {
		done := make(chan struct{})
		go func() {
			defer close(done)
			if goroutineID() != slowGoroutineID() {
				t.Error("fast and slow goroutine ids differ")
			}
		}()
		<-done
	}
}
