// Package multiprocessing gives cells Python's multiprocessing.Pool: n
// worker processes, each a gogil interpreter of its own (the binary's
// hidden `gogil worker` command) with its own interpreter lock, so that
// CPU-bound Go code interpreted in a cell runs in parallel the way Python
// code does in a process pool.
//
// # What a worker is given, and when
//
// Python pickles a function as a reference (module and name) and the child
// imports the module. A notebook has no module to import, so at each call
// a worker is sent, before the call, the cells the kernel has run since it
// last heard (all of them the first time, the running cell included), as
// Options.Cells gives them: what of each cell to replay is the kernel's
// decision (package magics: imports and declarations with the magic lines
// that change them, never statements; a %%native cell whole, so that the
// worker finds the kernel's build in the shared cache). A cell that does
// not compile in the worker is remembered, not fatal, and named if the
// function called is then missing. The function itself crosses by name:
// the one a cell declared it under (Options.FuncName), or for a compiled
// one its symbol's name; a redefined function is looked up again. A
// function literal, a method value or a package's function cannot cross,
// as in Python a lambda cannot.
//
// # Values
//
// Arguments and results are copied (encoding/gob, each value for the
// parameter or result type the function declares, cell-declared structs
// included). What cannot be copied is refused before anything is sent,
// naming its type and where it sits (argument 1, field Ch, element 3): a
// channel, a function, an unsafe pointer, an interface (no fixed type to
// rebuild), a pointer cycle. An error result crosses as its message.
//
// # Failures and processes
//
// A panic in a worker is an error (*WorkerPanic) naming the worker, its
// pid and the call (f(arg)); the worker recovers and serves on. A worker
// that dies is started again at the next call. Each worker is the leader
// of its own process group, which Terminate (and Module.Close, at kernel
// shutdown or restart) kills whole; on Linux the kernel's death kills it
// too (Pdeathsig), and a worker whose parent changed exits by itself.
//
// # Timelines
//
// While the kernel's %%timeline records (Module.StartTrace), each request
// asks its worker to record its own lock during the call, and the reply
// brings the events back; otherwise requests ask nothing and replies carry
// nothing (the cost is one atomic load per call). Trace and StopTrace give
// them on the kernel's clock, each worker's events naming it as their lock.
// The clocks are aligned per worker from each call's four timestamps, as
// NTP does (see trace.go). A call that is still running has sent nothing
// yet: a live timeline shows a worker's calls as they end.
//
// A Module is bound to one kernel through Options; Exports hands it to the
// interpreter. The package knows nothing of yaegi, the session, the magics
// or the kernel protocol: the session's function names and the cells run
// come in as functions, and a worker's kernel is handed to Worker as a
// function that runs a cell.
package multiprocessing
