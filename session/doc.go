// Package session runs Go notebook cells on the yaegi interpreter
// (github.com/traefik/yaegi v0.16.1), keeping state from cell to cell.
//
// It knows nothing of ZeroMQ, the Jupyter wire format or package kernel:
// everything a cell produces goes through the cellio.Cell it was given,
// and the magics layer adapts a Session to kernel.Interpreter.
//
// It uses only yaegi's public API. What yaegi offers no API for (undoing a
// compilation, dropping the ASTs yaegi keeps for its debugger) is done by
// internal/yaegistate, the one package that touches yaegi's unexported
// state; New fails with its error, naming what differs, when the linked
// yaegi is not the version that package was written for. Goroutine ids and
// dumps come from internal/goroutine. Whether an Unlock or RUnlock of a
// sync.RWMutex would be Go's fatal error comes from internal/syncstate,
// which reads sync's unexported reader count and says when a Go release
// lays it out otherwise.
//
// # Cells
//
// The syntax side of a cell is package cellsrc: it cuts a cell into parts
// (imports, declarations, statements, in source order), parses each behind
// a //line directive so that every position is the cell's own, renames a
// func main, finds the trailing expression and lowers what yaegi would run
// wrongly (go and top-level defer statements). This package compiles and
// runs the parts with yaegi: imports and declarations at file level,
// statements inside a function body, in source order. Statement-level
// `x := 1` becomes a global that later cells see (yaegi's REPL rule).
//
// Importing a package again is not an error (the import is dropped).
// DefaultAutoImports() (fmt, os, time, strings, strconv, math, sort, sync,
// errors, display) and Options.AutoImport are usable without an import.
// Redefining a func, var or const works (the later wins). Redefining a type
// differently is refused with a TypeRedefinition error: yaegi would accept
// it but keep using the old type, silently breaking the cells that follow;
// re-running an identical definition is fine. A method declared again with
// another body is refused the same way (MethodRedefinition): yaegi would
// keep running the first body. The way out is a new name or a kernel
// restart.
//
// Every part of a cell is compiled before any part runs, and a cell that
// fails to compile (a syntax error, a type error, a refused type
// redefinition, in any part) changes nothing, as a Python cell with a
// SyntaxError changes nothing: none of it runs, no name it declares or
// redefines changes, imports stay as they were. yaegi alone would keep
// whatever it had met before the error: funcs with no code behind them,
// vars moved to a fresh zero slot, an import that makes the next import
// of the same package a redeclaration. The session undoes each failed
// compilation in yaegi's state (rollback.go, through yaegistate.Tracker),
// at a cost that depends on the size of the code compiled, not on the
// number of names the session has. A cell that compiles and then fails at
// run time (a panic, an interrupt, os.Exit) keeps what it did up to the
// failure; the parts after the one that failed are forgotten, as if never
// compiled.
//
// A cell that ends on a gap, something Go runs that gogil's runner or
// interpreter cannot run as Go does (gaps.go: errors.As on a struct value
// of a cell error type, a template calling a cell type's method, a panic
// of package reflect that is none of Go's run-time errors), ends with its
// error's Unsupported set, so that the magics may run it another way; no
// recover() in the cell sees such a panic, and none of the cell's deferred
// calls runs. A gap in a goroutine the cell started ends the cell too
// (Execute cancels it as an interrupt would), rather than leave it waiting
// on a goroutine whose later deferred calls yaegi skipped; a recover()
// that meets a gap stops its goroutine for good instead of unwinding
// through frames whose deferred calls Go's program would not run there.
//
// A cell that declares func main() (a program pasted whole, package
// clause included) runs it once at the end of the cell (cellsrc renames it:
// yaegi would otherwise run a function called main after every later
// compilation).
//
// If the cell ends with an expression statement, its value is the result:
// text/plain is %v, except strings and []string, which are quoted (%q) so
// that "", " " and "42" are told apart from other values; a call with
// several results shows them all, comma separated, except (int, nil error),
// the shape of fmt.Println and Write, which shows nothing. A call whose
// single result is a nil interface shows nothing either: a nil error
// (os.Setenv, t.Join()), as Python shows nothing for None, and also a nil
// any (the captured value no longer carries its static type). A non-nil
// error shows its text. An expression that is not a call, such as a nil
// err variable, still shows <nil>: the user asked for that value. Native values
// get rich forms too (image.Image as PNG, display.Output, and HTML,
// Markdown, SVG or MIME methods). The decision is made from our own AST
// (cellsrc.TrailingForms): the expression is handed to a native capture
// function, and if that does not compile (a call with no result) the
// statement runs bare. Where the cells declared types, the printing pass
// hands the trailing expression to the capture itself, its values typed as
// a printed argument's are (cellsrc/trailingvalues.go), and the text is
// what the cells' fmt makes of them: a []Shape, a Shape holding a Circle
// with a String method or a []celsius shows as Go prints it, not as the
// interpreter's boxes.
//
// # Goroutines and stdio
//
// One worker goroutine makes every yaegi compile and execute call: yaegi
// must not be entered concurrently. yaegi's Stdout and Stderr are os.Pipe
// writers (package stdio; an *os.File, or os.Stdout in cells would escape
// to the process); one reader goroutine per pipe forwards chunks of at most
// 32 KiB to the sink of the current cell, or of the last cell once it
// ended. fmt.Print,
// Printf and Println are routed by goroutine (owners.go): a goroutine a cell
// started prints under that cell even while a later cell runs; only its
// direct writes to os.Stdout go to the running cell. A library function
// that writes to os.Stdout itself (go/ast's Print) is replaced by one that
// writes where fmt.Print does. Before
// Execute returns, a marker is written through each pipe and awaited: all
// the cell wrote has then reached the cell's Stream. Text is valid UTF-8 and no
// rune is split across Stream calls. yaegi's per-frame panic lines on
// stderr are diverted into the error's traceback. Cells see duplicates of
// the pipes' write ends as os.Stdout and os.Stderr, renewed before a cell
// if an earlier one closed them, so closing them silences no later cell.
//
// os.Stdin, fmt.Scan and friends read from a reader that asks the cell's Input
// for each line; if the frontend does not allow stdin, the read fails with
// an error and a message goes to stderr. Stdin never reaches end of file,
// so io.ReadAll(os.Stdin) asks for lines until interrupted. Lines left
// unread at the end of a cell are dropped. In cells, os.Stdin is an
// io.Reader, not an *os.File.
//
// Every `go` statement in a cell is rewritten (by cellsrc) into a call of
// a native spawner (Cell.Spawn, or the session's own), which runs the
// function on a new goroutine and recovers a panic, reporting it on the
// stderr stream of the cell that started it: yaegi would otherwise let that
// panic kill the kernel. The function value and its arguments are
// evaluated at the go statement. Where a goroutine literal's only defer,
// first in its body, is X.Done() (a WaitGroup's), a panic nothing recovers
// ends the cell before Done runs, as Go's program ends before main gets
// past wg.Wait() (cellsrc/deferguard.go). os.Exit and log.Fatal end the cell with an "Exit" error
// and, as Go's os.Exit, run none of the cell's top-level deferred calls
// (one in a deferred call stops the others); the kernel keeps running. The
// deferred calls of interpreted functions the exit unwinds through still
// run (yaegi unwinds by a panic). The callback of time.AfterFunc is
// guarded like a goroutine.
//
// # Defer at the top level of a cell
//
// yaegi would register a `defer` in a cell's statements on its global
// frame, to run again at the end of every later cell. So every defer
// statement of a cell's top level (in nested blocks and loops too, not in
// function bodies or literals) is rewritten by cellsrc, like `go`, into a
// native call that pushes the function and its arguments, evaluated at the
// defer statement, on a stack of the execution. The stack runs once, last first,
// at the end of the whole cell: after all its statement parts (a cell that
// interleaves declarations has several) and after a func main it declared,
// whether the cell ended normally, with a panic or with an error. A panic
// of a deferred call does not stop the others; the cell's error stays the
// statements' own, with the deferred panics added to its traceback, or, if
// the statements succeeded, is the last deferred panic (the trailing value
// is then dropped). The calls run on the interpreter's goroutines, as the
// cell's main thread for the interpreter lock, so `defer gil.Release(s)`
// works. After an interrupt they run once the code yaegi left running has
// returned (a deferred unlock must not run under a native call it guards),
// their output and errors going to the interrupted cell; the next cell
// waits for them, and interrupting that wait stops them.
//
// recover() in a function the cell deferred at its top level (a closure,
// or a func of any cell) stops the statements' panic as in Go: the
// statements after the panic do not run, the remaining deferred calls do,
// and the cell ends without error (the parts after the one that panicked
// are forgotten, as after any run-time failure). yaegi keeps the panic
// value on its global frame, where such a recover() finds and clears it;
// after the deferred calls the session calls recover() the same way to
// learn whether one did. Limits: a panic of a deferred call does not
// replace the statements' panic for the recover() of a later deferred call
// (the cell then fails with the deferred call's panic). A deferred builtin or generic function
// (`defer close(ch)`) evaluates its arguments when it runs, not at the defer
// statement. An interrupt while deferred calls run cuts short the one
// running; the rest run as after an interrupt of the statements.
//
// # Interrupts
//
// Cancelling Execute's context stops interpreted code within a fraction of
// a second (yaegi's EvalWithContext machinery) and the cell ends with
// KeyboardInterrupt; the session keeps its state. A native call (a sleep, a
// workload, a blocking read) cannot be stopped: Execute still returns at
// once, and the next Execute waits until that call has returned, telling
// the user on stderr; interrupting that wait ends it with a "Busy" error.
// A native call that waits on another goroutine (a Mutex never unlocked, a
// WaitGroup never done) may never return: after half a second in such a
// wait it is left behind and the next cell runs. A cell left behind is
// never waited for again; if it returns later, its deferred calls run
// then, with their output under it.
// yaegi offers no handle on the goroutine it left running, so the session
// finds it in a goroutine dump taken at the interrupt (the goroutines that
// yaegi's ExecuteWithContext started from the worker, less those left
// behind before) and follows it by its id.
//
// # Deadlocks
//
// A cell whose interpreted goroutines all wait on each other ends as Go's
// program does at "all goroutines are asleep": a Deadlock error, and no
// deferred call (deadlock.go). The kernel's own goroutines keep the
// process alive, so the runtime never says so; the session looks in
// goroutine dumps from 300 ms into a cell, and holds back wherever a dump
// cannot show a waker: a timer, compiled code, a library's goroutine.
//
// # Language level and known gaps of the interpreter
//
// LanguageVersion reports "1.23", the highest Go release whose language
// additions (and those of every earlier release) cells can use: yaegi
// v0.16.1 lacks min, max and clear, cannot call generic library code, runs
// loops without per-iteration variables and has no range over functions;
// the front end lowers all of these (below). Go 1.24's generic type
// aliases are not lowered. TestLanguageVersion runs a probe cell
// for each release's additions and fails when LanguageVersion says more,
// or less, than they show.
//
// The standard library is the one gogil is built with (Go 1.26's tables,
// package stdlib), less its generic functions and types (errors.AsType,
// maps.Keys, sync.OnceValue, reflect.TypeFor, ...), which yaegi cannot
// call natively. A library function returning an iterator (strings.Lines,
// strings.SplitSeq, reflect.Value.Seq) is there, and ranging over what it
// returns is lowered like any range over a function.
//
// The front end lowers what yaegi lacks (see cellsrc): range over an
// integer and over a function, the builtins min, max and clear,
// new(value) (Go 1.26) and the supported generic functions of the library
// (slices, maps, cmp, iter.Pull and a few more), whose calls become calls
// of native helpers (package genericlib, provided under __gogil by
// runtime.go). Their types come from the session's world (package
// celltypes, typeworld.go): the runner stages every part it compiles
// (forget takes the parts of a failed cell out again) and the world checks
// staged parts only when a cell needs types. A generic function gogil does
// not run ends in a CompileError that names it.
// testdata/gorun compares cells with what go run prints; its tables list
// the gaps that remain.
//
// Cells are a program of their own within the kernel's process: os.Args
// is the program's name alone and package flag parses a command line of
// the session's (cellflags.go), a bad flag ending the cell rather than the
// process; a command started with os/exec is killed at the cell's
// interrupt (exec.go).
//
// # Statements at the top level
//
// yaegi compiles a cell's statements as its global scope, where some of
// its paths are wrong; cellsrc lowers them (see its doc). A comma-ok :=
// (v, ok := m[k], <-ch, x.(T)) at the top level makes globals of the right
// types; a loop, if or switch at the top level with a := of several values
// inside runs in a function literal; a comma-ok map index sets the zero
// value for a missing key everywhere (yaegi kept the old value). A var
// declaration initialized from a variable of an earlier cell or part (x :=
// 5, then var y = x) reads it as main.x: yaegi orders a file's var
// initializers by the globals they read and fails with "variable
// definition loop" on one it did not compile in the same file. A var
// declaration whose initializer names such a global where main.x cannot
// stand (var p = &x, var r io.Reader = &buf, a function literal naming x
// or with a parameter of its name) runs as the := of its names, each value
// converted to the declared type (cellsrc.HoistLoopingVars); a group with
// a var without a value still fails so. Where it is the lowering that puts
// a read of the global in a function literal (var s = v.(fmt.Stringer),
// an assertion lowered into one), the part is cut again once lowered, each
// of its vars that reads a global hoisted so (cellsrc.HoistGlobalVars).
//
// Compile errors name what the user wrote. Where yaegi's words name a
// consequence ("constant definition loop" for q := Foo{} with Foo never
// defined, "nil type"), the session looks for a name that neither the code
// nor an earlier cell defines and reports it, as go build would, saying
// whether it is a package never imported (undefined: json (not imported:
// add import "encoding/json")). A call with the wrong number of arguments
// names the function, a missing symbol of a package its name. Unused
// variables and imports, which go build refuses, are allowed: a notebook
// defines names for later cells.
//
// Other gaps, all from yaegi (generic ones the front end refuses by name:
// generic type aliases, cycles among generic types, an interface use of a
// method of a generic type renamed because another has its name, a method
// of a generic type of several type
// parameters that names its own type; see cellsrc); a function that returns
// a channel receive directly (return <-c) panics with "reflect.Value.Set
// using unaddressable value" (receive into a variable, then return it);
// generic type inference is weak (write the type arguments); error(x)
// conversions are unreliable; errors.Is and errors.As walk a chain that
// may hold values of cell types in the runner (errorsas.go), and end the
// cell where yaegi lost what they compare (a struct value in an error, a
// type declared in a function, an As or Is method of a cell type); methods
// of types declared in cells are invisible to native code, so a cell
// type's String, HTML or Markdown method does not shape its displayed
// value (call display.HTML(v.HTML()) instead), and encoding/json and
// encoding/xml would skip a cell type's MarshalJSON, MarshalText or
// MarshalXML, so a call on a value holding one is refused before the cell
// runs (cellsrc/marshalers.go). yaegi's reflect type of a cell struct
// marks an embedded field as embedded only when it is the one field and
// keeps unexported fields under exported names: json and xml calls get a
// shadow of the value, with struct types that promote and hide the fields
// as Go's do (encodings.go), from the field kinds cellsrc registers for
// each top-level struct type. The same registered kinds let the runner
// keep encoding/binary's Read out of blank fields and end the cell on an
// unexported one Go's would panic setting (binaryblank.go), put Go's
// words in a template's error about an unexported field, and end a
// template that names a promoted field as a gap (templatefields.go); a
// json decode that reaches the interpreter's box of a cell interface
// type is a gap too (decodebox.go). The generic types of the library
// are undefined, with a note saying why, but atomic.Pointer[T], which the
// cell layer keeps in an atomic.Value (cellsrc/atomicpointer.go);
// goroutines that outlive their cell race with the compilation of the next
// cell inside yaegi (its global frame is resized), so hand results over
// through channels or sync before the cell ends (a *log.Logger's Fatal, of
// log.New or log.Default, ends the cell as os.Exit does; one a native
// package made still panics); native
// goroutines started by native code (other than time.AfterFunc) that call
// back into a panicking interpreted function still crash it. Panic frames
// are positions in the cell that declared the function, and the top frame
// of a cell has no useful position. Code over MaxCodeBytes is refused; code
// that is not valid UTF-8 is a SyntaxError.
package session
