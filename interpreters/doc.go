// Package interpreters gives cells interpreters.Pool(n): n sub-interpreters
// inside the kernel process, each with a lock of its own, as Python 3.14's
// InterpreterPoolExecutor (PEP 684, PEP 734). There is no process to
// start and nothing is shared: a task's arguments are copied into the
// sub-interpreter and its results copied back, so the tasks of different
// sub-interpreters run in parallel while each holds its own lock.
//
// A Pool has the methods of multiprocessing.Pool: Map(f, args),
// StarMap(f, argLists), Apply(f, args...), Close, Join, Terminate. f is a
// function declared at the top level of a cell, the running one included
// (plain, %%gil or %%nogil): it is sent by name, as Python pickles a
// function by its qualified name, and the sub-interpreter, which was given
// the declarations of the cells run so far, looks it up; a compiled function
// (%%native, or any native func) is called as it is, by value. A function
// literal or a method value cannot be sent, and saying so is an error.
//
// What crosses is copied (copy.go): numbers, strings, slices, arrays,
// maps, structs and pointers, deeply. A channel, a func or an unsafe
// pointer, or a value holding one, is an error naming its type and where it
// was. A panic in a task is an error naming the sub-interpreter and the
// argument; the pool stays usable.
//
// Each sub-interpreter's main thread runs the tasks holding that
// sub-interpreter's lock; a caller holding the kernel's lock lets it go
// while it waits. An interrupt while a caller waits terminates the pool:
// the tasks already running run to their end unwaited (a goroutine
// cannot be killed), and no new task starts.
//
// The package knows the lock (gil) and nothing else of gogil: the
// sub-interpreters are made by the Host the kernel hands to New (the
// magics layer builds each one as a session of its own), so this package
// must not know yaegi, the session, the magics or the kernel.
package interpreters
