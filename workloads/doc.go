// Package workloads holds the native compiled functions of the article and
// of the other seed documents — the Go counterparts of Cython and Numba
// functions: Fibonacci (the article's loop), Countdown (Beazley's
// `while n > 0: n -= 1`) and CountPrimes (trial division), each in three
// flavours:
//
//   - X: plain native code; it never touches the lock.
//   - XGIL: like cython_gil / numba_gil, it holds the lock throughout and
//     never reaches a check point, so no other thread can take the lock
//     while it runs. It expects to be called by a thread holding the lock;
//     called without it (from a %%nogil cell, say) it takes it for its
//     duration, as PyGILState_Ensure would, so that "GIL work" always runs
//     under the lock.
//   - XNoGIL: like numba_nogil / Cython 3's conditional `with nogil:`, it
//     releases the lock for its duration if the calling thread holds it and
//     takes it back before returning; without the lock it just runs, so
//     nesting is safe.
//
// RecurseCython and RecurseNumba replay the article's cells 8 and 14.
//
// Interrupts: every loop reads the session's gil.Interrupter (one atomic
// load every few million iterations, about every millisecond of work) and
// returns early with a zero result once an interrupt has been raised since
// it started (or if one is pending when it starts); comparing interrupt
// counts rather than reading the pending flag means a Reset by the session
// cannot hide an interrupt from work that has not looked yet. It does not panic: a
// panic inside a goroutine a cell started with `go` would kill the kernel.
// The session reports the interrupt (it cancels the cell at the same time).
//
// The functions are methods of a Set bound to one session's Lock; Exports
// hands them to yaegi. The package knows nothing of yaegi or the kernel.
package workloads
