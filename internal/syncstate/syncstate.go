package syncstate

import (
	"reflect"
	"sync"
	"sync/atomic"
	"unsafe"
)

// MaxReaders is sync's bound on a RWMutex's readers: a writer that holds
// the mutex, or waits for its readers, takes it off the reader count.
const MaxReaders = 1 << 30

// readerCount is where sync.RWMutex keeps its reader count, an
// atomic.Int32; ok is false where a Go release keeps it otherwise, or a
// writer does not take MaxReaders off it.
var readerCount, ok = func() (uintptr, bool) {
	f, found := reflect.TypeFor[sync.RWMutex]().FieldByName("readerCount")
	if !found || f.Type != reflect.TypeFor[atomic.Int32]() {
		return 0, false
	}
	// A writer takes MaxReaders off the count, as this package assumes.
	var rw sync.RWMutex
	rw.Lock()
	defer rw.Unlock()
	count := (*atomic.Int32)(unsafe.Add(unsafe.Pointer(&rw), f.Offset)).Load()
	return f.Offset, count == -MaxReaders
}()

// ReaderCount is rw's reader count: the readers holding it, less
// MaxReaders while a writer holds it or waits to. ok is false where this
// Go release lays sync.RWMutex out otherwise than this package knows.
func ReaderCount(rw *sync.RWMutex) (count int32, known bool) {
	if !ok {
		return 0, false
	}
	return (*atomic.Int32)(unsafe.Add(unsafe.Pointer(rw), readerCount)).Load(), true
}
