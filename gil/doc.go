// Package gil models CPython's Global Interpreter Lock for one interpreter
// session: the "new GIL" of CPython 3.2+ (take_gil/drop_gil, a drop request
// set by a waiter after a whole switch interval without a switch, forced
// switching), the C API a cell calls (SaveThread/RestoreThread,
// Ensure/Release), check points, an interrupt source, counters and an event
// trace.
//
// It is its own package because three others depend on it and must agree on
// one lock: the magics (%%gil, %%nogil), the native workloads and the
// Python-like threads. Keeping it apart also keeps it honest: it knows
// nothing of yaegi, Jupyter, ZeroMQ or the kernel, so it can be tested and
// benchmarked as a plain Go lock. Its cell-facing symbols are handed out as a
// plain map (Lock.Exports) that the session gives to yaegi.
//
// # Threads
//
// Go has no thread identity, so CPython's thread states are explicit: a
// *Thread per Python-like thread, created by Lock.NewThread. The core
// operations (Take, Drop, Checkpoint, Held, TakeState/EnsureThread) take the
// *Thread as an argument and never ask who is calling; that keeps the hot
// paths to a mutex or a single atomic load.
//
// Cell-facing functions (SaveThread, Ensure, ...) cannot be given a *Thread,
// so the lock looks the calling goroutine up in a registry of goroutines
// (package internal/running), the one the session also uses to know which
// cell a goroutine works for (NewWithRegistry shares it). Goroutines are
// bound explicitly (Lock.Bind; Lock.Go starts a thread's goroutine bound to
// its thread and to the cell of the goroutine that started it, which is how
// a threading.Thread's output lands under its cell) or by parentage
// (Lock.BindWithChildren: the session binds its evaluation goroutine to the
// main thread, so the goroutine yaegi starts for each cell resolves to the
// main thread too). Any other goroutine — a raw `go` statement in a cell —
// gets a "Dummy-N" thread, as CPython gives a foreign OS thread a dummy
// thread state. Goroutine ids and parents come from internal/goroutine,
// gogil's one reader of them: an id costs nanoseconds, a parent a stack
// trace (microseconds, once per goroutine, cached), and only the
// cell-facing slow paths, thread dumps and the deadlock watchdog pay for
// them.
//
// # Interrupts
//
// Each Lock owns an Interrupter (Lock.Interrupter). The kernel's interrupt
// calls Interrupt; every blocking wait of this package (waiting for the lock,
// a forced dropper waiting for the switch) and of the workloads and
// threading packages ends with ErrInterrupted while it is pending, and check
// points report it. It stays pending until Reset, which the session calls
// before the next cell. An interrupted wait leaves the lock consistent: the
// waiter is simply not the holder.
package gil
