// Package yaegistate is the one place gogil reaches into the unexported
// state of the yaegi interpreter (github.com/traefik/yaegi), through reflect
// and unsafe. It is written for exactly yaegi v0.16.1 (Version): Check, which
// the session calls before it builds an interpreter, refuses any other
// version, and any layout other than the one described below, with an error
// naming what differs. Nothing else in gogil imports unsafe for yaegi; a
// newer yaegi means reading its source again and changing this package only.
//
// It offers two things yaegi has no public API for:
//
//   - Undoing a compilation (Tracker): a Go cell that does not compile must
//     leave the session as it was, as a Python cell with a SyntaxError does,
//     but yaegi's compiler records every declaration it meets as it goes, so
//     a compilation that fails half way leaves names behind whose code was
//     never generated. A Tracker records, before each compilation, what it
//     may change, and puts it back when the compilation fails (Abort) or when
//     a compiled part must be forgotten later (Revert).
//   - Forgetting compiled ASTs (ForgetRoots): yaegi keeps every compiled
//     root for its debugger, which gogil does not use; kept, they grow by
//     about 2 KB a cell, 20 MB over 10,000 executions.
//   - Reading goroutine dumps (goframes.go): which of a stack's Go
//     functions are yaegi's, its channel operations, its native calls, the
//     wrapper that calls interpreted code from native code.
//   - Naming an interpreted function (FuncName): a func value yaegi hands
//     to native code is a reflect.MakeFunc wrapper, and a sub-interpreter
//     pool must know which top-level function of the cells it is, as
//     Python pickles a function by its qualified name.
//   - Emptying a finished cell's temporaries (Tracker.ClearTemporaries):
//     yaegi runs a cell's statements in its global frame, and every
//     function literal made there keeps a copy of that whole frame; the
//     values left in past cells' temporary slots chained each such closure
//     to all those before it. It relies on the symbol tables of main and
//     of the blocks at its level (scope.level) naming every slot that is a
//     variable, and takes the frame's lock (frame.mutex), under which a
//     closure writes its slot back after each call. It then gives the
//     emptied slots at the end of the frame to the next cell's
//     temporaries (the layout, scope.types, is cut back to them), keeping
//     the variables and the slots of the function literals compiled at
//     the top level (read from the compiled nodes before ForgetRoots
//     drops them: node.kind, node.findex, node.exec, node.scope's level),
//     which their closures write back into whenever they are called.
//     Told which variables of a cell's nested blocks have names no later
//     cell can write (Change.SetNested), it also deletes their entries in
//     main's symbol table (symbol.node holds the cell's compiled tree) and
//     gives their slots away like a temporary's when no function literal
//     names them.
//
// # What it relies on in yaegi v0.16.1
//
// What a compilation changes, read from yaegi's gta.go, cfg.go, type.go,
// src.go and program.go:
//
//   - the symbol table of package main (scope.sym of Interpreter.scopes
//     ["main"]): entries are added or replaced, and existing symbols are
//     changed in place (a := in a top-level block reuses a global of that
//     name; an incomplete type is completed);
//   - the frame layout (scope.types, one slice shared by main and
//     Interpreter.universe): appended to, and the slot type of a symbol
//     changed in place;
//   - the child lists (scope.child) of the main and universe scopes;
//   - the method lists (itype.method) of existing types that method
//     declarations extend, of their pointer types (itype.ptr) and generic
//     instances (itype.instance);
//   - the cache of generic instantiations (Interpreter.generic);
//   - for a source package import: Interpreter.srcPkg, pkgNames, scopes and
//     rdir (pkgNames also holds binary packages, listed in binPkg).
//
// The execution frame (Interpreter.frame, frame.data) is only resized when
// code runs, which a failed compilation never reaches; the layout is never
// cut below the frame's size. Interpreter.roots is the list ForgetRoots
// empties.
//
// The symbol struct is copied whole: symbolMirror repeats it field by
// field. Every other field is reached by name, its type checked and its
// offset taken from reflect. Maps and slices of pointers are read as maps
// and slices of unsafe.Pointer (the same layout for the runtime, and
// native speed where reflect would cost more than the record itself at
// every compilation).
//
//   - Naming interpreted calls on a goroutine's stack (Calls): yaegi keeps
//     no call stack outside its debugger, but every interpreted call runs
//     in a Go frame of runCfg whose first argument, the body's first node,
//     the runtime prints reliably in stack traces; from it the function's
//     declaration (node.anc, node.kind, node.ident, node.pos) and the call
//     the body is making (its call expressions, node.rval, symbol.kind) are
//     read, checking node.interp before trusting an address.
//
// The package knows nothing of cells, Jupyter or the session: it is told
// which names a compilation may touch and when to undo.
package yaegistate
