// Package threading gives cells Python-like threads that obey the session's
// gil.Lock the way CPython's threading.Thread obeys the GIL:
//
//   - a new thread takes the lock before it runs its target;
//   - Start returns only after the new thread has signalled "started" while
//     holding the lock, and then the starting thread needs the lock back —
//     which is why, in the article, t2.Start() cannot run until a
//     lock-holding t1 ends;
//   - Join first looks without releasing; if it must wait, it waits with the
//     lock released and takes it back afterwards;
//   - a thread drops the lock when it ends.
//
// A target is any Go function value (yaegi hands interpreted functions to
// native code as real func values); it is called through reflect, with the
// arguments converted as an assignment of constants would (an int that was
// the untyped constant 1_000_000_000 is accepted for a uint64 parameter; a
// negative number for an unsigned one is an error). Mistakes (not a
// function, wrong arguments) are errors returned by Start and Join, never
// panics. A panic in the target is recovered: it becomes the thread's error
// (a *PanicError) returned by Join and handed to the Module's report
// function, and the lock is released if the thread held it.
//
// A thread's goroutine is started by Lock.Go: it works for the cell whose
// code started it, so what the target prints (fmt.Print, log) and the
// error it ends with land under that cell, as a go statement's goroutine's
// do, even while a later cell runs. Its direct writes to os.Stdout or
// os.Stderr go to the cell running when they are read (see the session's
// owners.go: a pipe cannot tell writers apart).
//
// A Module is bound to one session's lock and interrupt source; Exports
// hands it to yaegi. The package knows nothing of yaegi or the kernel.
package threading
