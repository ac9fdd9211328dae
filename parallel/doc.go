// Package parallel gives cells Cython's prange: parallel.Range(start, stop,
// body, options...) runs body(i) for every i in [start, stop) on a team of
// threads that do not hold the interpreter lock, as a prange loop runs in a
// `with nogil:` section.
//
// The rules follow Cython's (and CPython's C API, on which they rest):
//
//   - a caller holding the lock lets it go for the loop and takes it back
//     after (prange(..., nogil=True)); a caller without it changes nothing;
//   - each team thread is a thread of the lock (a lane of the timeline)
//     that starts without the lock, so a body of plain code runs in
//     parallel;
//   - a body that needs the lock — a %%gil function, or gil.Ensure() inside
//     (Cython's `with gil:`) — takes it per call from its team thread, so
//     those calls serialize, and the trace shows every take;
//   - a team thread that ends holding the lock lets it go.
//
// Options are Go option funcs: Threads(n) (default GOMAXPROCS), Static(chunk)
// (chunk 0: one contiguous block per thread, OpenMP's default) and
// Dynamic(chunk) (threads take the next chunk as they finish; chunk 0 means
// 1). A panic in the body stops the team (no new iterations start) and fails
// the cell with an error naming the iteration and the thread; an interrupt
// stops it at the next iteration.
//
// A Module is bound to one session's lock; Exports hands it to the
// interpreter as a plain table. It must not know yaegi, the session, the
// magics or the kernel: only package gil.
package parallel
