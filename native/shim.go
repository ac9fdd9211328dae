package native

// shimSource is the gil package every compiled cell gets (its import path
// is the plugin's module + "/gil"). Its functions are variables the kernel
// sets through Bind once the plugin is loaded, so the plugin needs none of
// the kernel's packages. State is opaque to compiled code, as PyThreadState
// is to Cython code.
const shimSource = `// Package gil is the interpreter lock as compiled cells see it; the kernel
// binds it when it loads the cell.
package gil

import (
	"strconv"
	"sync/atomic"
)

// State is what SaveThread and Ensure return, for RestoreThread and Release.
type State struct{ s any }

var (
	saveThread    func() any
	restoreThread func(any)
	ensure        func() any
	release       func(any)
	held          func() bool
	letGo         func() any
	takeBack      func(any)
	spawn         func(fn any, args []any, spread bool)
	interrupted   func()
	annotate      func(any) any
	stop          uint32
)

// Bind is called by the kernel once, after loading; it returns the flag
// the kernel raises to interrupt the cell's loops.
func Bind(save func() any, restore func(any), ens func() any, rel func(any), h func() bool,
	lg func() any, tb func(any), sp func(any, []any, bool), intr func(), ann func(any) any) *uint32 {
	saveThread, restoreThread, ensure, release, held = save, restore, ens, rel, h
	letGo, takeBack, spawn, interrupted, annotate = lg, tb, sp, intr, ann
	return &stop
}

// SaveThread is PyEval_SaveThread (Cython 0.29's with nogil:): fatal for
// the cell if the calling thread does not hold the lock.
func SaveThread() State { return State{saveThread()} }

// RestoreThread is PyEval_RestoreThread.
func RestoreThread(s State) { restoreThread(s.s) }

// Ensure is PyGILState_Ensure (Cython's with gil:).
func Ensure() State { return State{ensure()} }

// Release is PyGILState_Release.
func Release(s State) { release(s.s) }

// Held is PyGILState_Check.
func Held() bool { return held() }

// LetGo and TakeBack are the %%native nogil wrapper's entry and exit.
func LetGo() any     { return letGo() }
func TakeBack(t any) { takeBack(t) }

// Annotate is deferred by what the kernel calls: a panic goes on with the
// cell's line in its message.
func Annotate() {
	if r := recover(); r != nil {
		panic(annotate(r))
	}
}

// Go and GoSpread are what the cell's go statements became.
func Go(fn any, args ...any)       { spawn(fn, args, false) }
func GoSpread(fn any, args ...any) { spawn(fn, args, true) }

// Exit is what os.Exit (and log.Fatal's exit) in a compiled cell became:
// the cell ends with an error, as an interpreted cell's exit does, and the
// kernel's process goes on. Deferred calls run as the panic unwinds, which
// Go's exit would skip.
func Exit(code int) {
	panic("exit status " + strconv.Itoa(code) + " (os.Exit in a %%native cell ends the cell, not the kernel)")
}

// Check is at the top of every loop body: one load and a branch.
func Check() {
	if atomic.LoadUint32(&stop) != 0 {
		interrupted()
	}
}
`
