package syncstate

import (
	"sync"
	"testing"
)

// The count follows readers and a writer as sync's methods see them.
func TestReaderCount(t *testing.T) {
	var rw sync.RWMutex
	check := func(when string, want int32) {
		t.Helper()
		got, known := ReaderCount(&rw)
		if !known {
			t.Fatal("this Go release lays sync.RWMutex out otherwise: the session's unlock checks are off")
		}
		if got != want {
			t.Errorf("%s: count %d, want %d", when, got, want)
		}
	}
	check("unlocked", 0)
	rw.RLock()
	rw.RLock()
	check("two readers", 2)
	rw.RUnlock()
	rw.RUnlock()
	rw.Lock()
	check("a writer", -MaxReaders)
	rw.Unlock()
	check("unlocked again", 0)
}
