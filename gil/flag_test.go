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
