package goroutine

import (
	"runtime"
	"sync"

	"github.com/petermattis/goid"
)

// ID returns the calling goroutine's id.
func ID() uint64 {
	if fastIDs() {
		return uint64(goid.Get())
	}
	return stackID()
}

// fastIDs says whether goid.Get, which reads the id from the runtime's
// goroutine structure, agrees with the stack trace on this Go version. It
// is checked on two goroutines because one agreement could be luck (an
// offset that happens to hold the same small number); at the first call,
// not in the package's init, where the second goroutine's start cost
// every process milliseconds of its start-up.
var fastIDs = sync.OnceValue(func() bool {
	agree := func() bool { return uint64(goid.Get()) == stackID() }
	if !agree() {
		return false
	}
	other := make(chan bool)
	go func() { other <- agree() }()
	return <-other
})

// stackID reads the id from the start of the calling goroutine's stack
// trace, "goroutine 42 [running]:", the only public source of it. (The rest
// of the header may not fit the buffer: with GOTRACEBACK=system and
// labels it grows long.)
func stackID() uint64 {
	var buf [64]byte
	n := runtime.Stack(buf[:], false)
	id, _ := headerID(string(buf[:n]))
	return id
}

// ParentID returns the id of the goroutine whose go statement started the
// calling one, as the runtime prints it since Go 1.21 ("created by f in
// goroutine 7"). It is false for the main goroutine and for goroutines
// whose creator the trace does not name. It costs a stack trace of the
// calling goroutine (microseconds).
func ParentID() (uint64, bool) {
	// The runtime prints at most 100 frames of one goroutine, then the
	// creator: 8 KiB is usually enough, long names may need more.
	buf := make([]byte, 8<<10)
	for {
		n := runtime.Stack(buf, false)
		if n < len(buf) || len(buf) >= 8<<20 {
			buf = buf[:n]
			break
		}
		buf = make([]byte, 2*len(buf))
	}
	gs := Parse(buf)
	if len(gs) == 0 || gs[0].Parent == 0 {
		return 0, false
	}
	return gs[0].Parent, true
}
