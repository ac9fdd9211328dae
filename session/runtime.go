package session

import (
	"fmt"
	"go/ast"
	"go/token"
	"io"
	"maps"
	"reflect"
	"regexp"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/traefik/yaegi/interp"

	"github.com/gogil/gogil/cellio"
	"github.com/gogil/gogil/display"
	"github.com/gogil/gogil/internal/goroutine"
	"github.com/gogil/gogil/internal/yaegistate"
	"github.com/gogil/gogil/session/cellfmt"
	"github.com/gogil/gogil/session/cellsrc"
	"github.com/gogil/gogil/session/genericlib"
	runtimeerr "github.com/gogil/gogil/session/runtimeerr"
	"github.com/gogil/gogil/session/stdlib"
)

// exitRequest is what os.Exit and log.Fatal panic with inside cells: the
// kernel process must survive them, the cell must end with a clear error.
type exitRequest struct {
	code   int
	caller string // "os.Exit", "log.Fatal" or "fatal error" (Go's runtime's)
	msg    string // what log.Fatal logged, repeated in the error so it is not lost in stderr
}

func (e exitRequest) String() string {
	switch e.caller {
	case "os.Exit":
		return fmt.Sprintf("os.Exit(%d) called; the kernel keeps running", e.code)
	case "fatal error":
		// Go's runtime stops the program: no deferred call runs, no
		// recover sees it.
		return fmt.Sprintf("fatal error: %s: Go's program stops here, running no deferred call (exit status %d); the kernel keeps running", e.msg, e.code)
	}
	return fmt.Sprintf("%s(%q) called (exit status %d); the kernel keeps running", e.caller, strings.TrimSuffix(e.msg, "\n"), e.code)
}

// exit ends the cell with e, as the program would stop: no deferred call
// runs and no recover sees it (the lowered defers and recover check
// s.exiting).
func (s *Session) exit(e exitRequest) {
	s.exiting.Store(true)
	panic(e)
}

// cellReturn is what a return among a cell's statements panics with: the
// runner ends the cell there, as main ends at a return, and runs its
// deferred calls.
type cellReturn struct{}

// overrides replaces stdlib symbols whose real behaviour would hurt the
// kernel process or bypass the session. The keys avoid "fmt/fmt", whose
// presence makes yaegi redo its stdio fix-up.
func (s *Session) overrides() interp.Exports {
	var stdin io.Reader = s.streams.Stdin
	// Go's log writes to the stderr it started with: the writer does not
	// follow a cell's os.Stderr = f, and puts a goroutine's log lines
	// under the cell that started it.
	s.logs = newCellLogs(routedWriter{s: s, name: "stderr", pipe: s.streams.Stderr})
	fatal := func(caller, msg string) {
		if name, ok := leaked(msg); ok {
			panic(leakGap(caller, name))
		}
		s.logs.noCaller()
		_ = s.logs.std.Output(3, msg)
		s.exit(exitRequest{code: 1, caller: caller, msg: msg})
	}
	// A logger's printing methods make their text as the cells' fmt does.
	printing := printFunctions(io.Discard, s.cellTypes.names, s.cellTypes.wrappedTypeName)
	sprint, _ := printing["Sprint"].(func(...any) string)
	sprintln, _ := printing["Sprintln"].(func(...any) string)
	sprintf, _ := printing["Sprintf"].(func(string, ...any) string)
	newLogger, defaultLogger := stdlib.LoggerConstructors(s.logs.std, func(caller, msg string) {
		s.exit(exitRequest{code: 1, caller: caller, msg: msg})
	}, stdlib.LoggerFormat{
		Sprint:   func(v []any) string { return sprint(v...) },
		Sprintln: func(v []any) string { return sprintln(v...) },
		Sprintf:  func(format string, v []any) string { return sprintf(format, v...) },
		NoCaller: func() { panic(noCallerGap("log")) },
	})
	stdout := routedWriter{s: s, name: "stdout", pipe: s.streams.Stdout, followUserFile: true}
	exports := interp.Exports{
		"os/os": {
			"Stdin": reflect.ValueOf(&stdin).Elem(),
			"Exit": reflect.ValueOf(func(code int) {
				s.exit(exitRequest{code: code, caller: "os.Exit"})
			}),
		},
		"log/log": {
			// Their text is made as the cells' fmt makes it (fmt's own
			// printed a %T of a cell value as cellfmt.Typed).
			"Fatal":   reflect.ValueOf(func(v ...any) { fatal("log.Fatal", sprint(v...)) }),
			"Fatalf":  reflect.ValueOf(func(format string, v ...any) { fatal("log.Fatalf", sprintf(format, v...)) }),
			"Fatalln": reflect.ValueOf(func(v ...any) { fatal("log.Fatalln", sprintln(v...)) }),
			"New":     reflect.ValueOf(newLogger),
			"Default": reflect.ValueOf(defaultLogger),
		},
		"runtime/runtime": {
			// The kernel's own goroutines are no part of the program: Go's
			// count is main's and those the program started.
			"NumGoroutine": reflect.ValueOf(func() int { return 1 + int(s.goroutines.Load()) }),
			// A cell's code runs in the interpreter's Go frames, and every
			// interpreted function has the code pointer of reflect's stub:
			// what these would tell is the interpreter's, never the cell's.
			"Caller": reflect.ValueOf(func(int) (uintptr, string, int, bool) {
				panic(gapf("gogil cannot run runtime.Caller in a cell: the interpreter's code has no Go frames of the cell's own (files and lines)"))
			}),
			"Callers": reflect.ValueOf(func(int, []uintptr) int {
				panic(gapf("gogil cannot run runtime.Callers in a cell: the interpreter's code has no Go frames of the cell's own (files and lines)"))
			}),
			"FuncForPC": reflect.ValueOf(func(pc uintptr) *runtime.Func {
				f := runtime.FuncForPC(pc)
				if pc != 0 && (f == nil || interpreterCode(f.Name())) {
					panic(gapf("gogil cannot run runtime.FuncForPC on a function declared in a cell: the interpreter's functions share one code pointer, which names none of them"))
				}
				return f
			}),
		},
		"go/ast/ast": {
			// Go's writes to the process's os.Stdout itself, which the
			// cell's output never shows: it writes where the cells' fmt.Print
			// does instead.
			"Print": reflect.ValueOf(func(fset *token.FileSet, x any) error {
				return ast.Fprint(stdout, fset, x, ast.NotNilFilter)
			}),
		},
		"os/exec/exec": {
			"Command":        reflect.ValueOf(s.command),
			"CommandContext": reflect.ValueOf(s.commandContext),
		},
		"time/time": {
			// An interrupt wakes every sleeper: a cell stopped in time.Sleep
			// would otherwise hold the next cell back until the sleep ends
			// (yaegi cannot stop a native call).
			"Sleep": reflect.ValueOf(s.sleep),
			// The callback runs on a native goroutine: an interpreted panic
			// there would kill the process.
			"AfterFunc": reflect.ValueOf(func(d time.Duration, f func()) *time.Timer {
				ex := s.owner()
				if ex == nil {
					ex = s.current()
				}
				return time.AfterFunc(d, func() {
					s.goroutines.Add(1)
					defer s.goroutines.Add(-1)
					defer s.own(ex)()
					defer s.recoverGoroutine(ex)
					f()
				})
			}),
		},
	}
	for pkg, symbols := range s.logs.exports() {
		if exports[pkg] == nil {
			exports[pkg] = map[string]reflect.Value{}
		}
		maps.Copy(exports[pkg], symbols)
	}
	return exports
}

// interpreterCode: name is a Go function of the interpreter's machinery,
// which an interpreted function's code pointer leads to.
func interpreterCode(name string) bool {
	return strings.HasPrefix(name, "reflect.") || strings.HasPrefix(name, "github.com/traefik/yaegi/")
}

// runtimeExports are the helpers rewritten cell code calls as __gogil.X.
func (s *Session) runtimeExports() interp.Exports {
	exports := interp.Exports{
		runtimePath + "/rt": {
			"Go":                 reflect.ValueOf(func(via int, fn any, args ...any) { s.spawn(via, fn, args, false, nil) }),
			cellsrc.GoDoneHelper: reflect.ValueOf(func(via int, fn any, done func()) { s.spawn(via, fn, nil, false, done) }),
			"GoSpread":           reflect.ValueOf(func(via int, fn any, args ...any) { s.spawn(via, fn, args, true, nil) }),
			// Top-level defer statements of a cell (see cellsrc.RewriteDefer).
			"Defer":       reflect.ValueOf(func(fn any, args ...any) { s.pushDefer(fn, args, false) }),
			"DeferSpread": reflect.ValueOf(func(fn any, args ...any) { s.pushDefer(fn, args, true) }),
			"DeferArgs":   reflect.ValueOf(func(fn any, args []any) { s.pushDefer(fn, args, false) }),
			"Args":        reflect.ValueOf(func(vs ...any) []any { return vs }),
			// recovered is a function literal of the calling program that
			// calls recover() (see finishDefers).
			// Return is a return among a cell's statements
			// (cellsrc/toplevelreturn.go).
			cellsrc.ReturnHelper: reflect.ValueOf(func() { panic(cellReturn{}) }),
			"RunDefers": reflect.ValueOf(func(recovered func() any) {
				if ex := s.deferring(); ex != nil {
					s.runDefers(ex)
					ex.mu.Lock()
					interrupted := len(ex.defers) > 0
					ex.mu.Unlock()
					if !interrupted {
						p := recovered()
						ex.mu.Lock()
						ex.stillPanicking = p != nil
						ex.mu.Unlock()
					}
				}
			}),
			// Typed is a printed value with its static type (printtypes.go).
			"Typed": reflect.ValueOf(func(x any, id int, methods ...any) any {
				return s.printed.typed(&s.cellTypes, x, id, methods...)
			}),
			// State is fmt.State for the function literals calling a
			// Format method (cellsrc/printtypes.go).
			cellsrc.FormatStateType: reflect.ValueOf((*fmt.State)(nil)),
			cellsrc.TypedErrorHelper: reflect.ValueOf(func(x error, id int, methods ...any) any {
				return s.printed.typed(&s.cellTypes, x, id, methods...)
			}),
			cellsrc.TypedSpreadHelper: reflect.ValueOf(func(xs any, id int, methods ...any) []any {
				return s.printed.typedSpread(&s.cellTypes, xs, id, methods...)
			}),
			cellsrc.TypedIfaceHelper: reflect.ValueOf(func(x any, candidates ...any) any {
				return typedIface(&s.printed, &s.cellTypes, x, candidates...)
			}),
			cellsrc.TypedParamHelper: reflect.ValueOf(func(x any, candidates ...any) any {
				return typedParam(&s.printed, &s.cellTypes, &s.paramArgs, x, candidates...)
			}),
			cellsrc.ParamArgsHelper: reflect.ValueOf(s.paramArgs.add),
			// TypeCase decides a type switch's native cases
			// (cellsrc/nativecase.go).
			"TypeCase": reflect.ValueOf(typeCase),
			// CellCase refuses an assertion to a cell type on a value in
			// an any that the interpreter cannot tell from another type's
			// (cellsrc/cellcase.go, cellcase.go).
			cellsrc.CellCaseHelper: reflect.ValueOf(s.cellTypes.cellCase),
			// LibraryCase: an assertion to a basic type on a value of a
			// cell type with methods (cellsrc/librarycase.go).
			cellsrc.LibraryCaseHelper: reflect.ValueOf(s.cellTypes.libraryCase),
			// AssertFailed is the panic of a failed x.(T) in Go's words
			// (cellsrc/cellassert.go, assertfail.go).
			cellsrc.AssertFailedHelper:      reflect.ValueOf(s.cellTypes.assertFailed),
			cellsrc.AssertIfaceFailedHelper: reflect.ValueOf(s.cellTypes.assertIfaceFailed),
			cellsrc.AssertOperandHelper:     reflect.ValueOf(s.cellTypes.assertOperand),
			cellsrc.IfaceOperandHelper:      reflect.ValueOf(s.cellTypes.ifaceOperand),
			// Exiting and DeferredPanic: deferred calls of functions
			// (cellsrc/deferguard.go).
			cellsrc.ExitingHelper:       reflect.ValueOf(s.exiting.Load),
			cellsrc.DeferredPanicHelper: reflect.ValueOf(deferredPanicking),
			cellsrc.GoPanickingHelper:   reflect.ValueOf(s.goPanicking),
			// NativeMatch ends a type switch's default clause for a
			// library value a cell interface's case missed
			// (cellsrc/ifaceassert.go).
			"NativeMatch": reflect.ValueOf(nativeMatch),
			// CellType and Unbox: cell values in native interfaces
			// (cellsrc/boxed.go, boxed.go).
			"CellType": reflect.ValueOf(s.cellTypes.register),
			"Unbox":    reflect.ValueOf(s.cellTypes.unbox),
			// LocalType: types declared in function bodies
			// (cellsrc/localtypes.go), which json's errors name.
			cellsrc.LocalTypeHelper: reflect.ValueOf(s.cellTypes.registerLocal),
			// Named: values of cell types of basic kinds put in
			// interfaces (cellsrc/namedbasic.go, standin.go).
			cellsrc.NamedHelper: reflect.ValueOf(s.cellTypes.named),
			// InstanceCase: assertions of instances of generic types to
			// interfaces (cellsrc/instancecases.go, instancecase.go).
			cellsrc.InstanceCaseHelper: reflect.ValueOf(s.cellTypes.instanceCase),
			cellsrc.NamedParamHelper: reflect.ValueOf(func(v any, key string, inCase ...bool) any {
				return namedParam(&s.cellTypes, &s.paramArgs, v, key, len(inCase) > 0 && inCase[0])
			}),
			// CellFields and Encoding: json and xml of cell structs with
			// embedded or unexported fields (cellsrc/marshalers.go,
			// encodings.go).
			cellsrc.CellFieldsHelper: reflect.ValueOf(s.cellTypes.registerFields),
			cellsrc.EncodingHelper:   reflect.ValueOf(s.cellTypes.encoding),
			cellsrc.XMLNamedHelper:   reflect.ValueOf(s.cellTypes.xmlNamed),
			// ErrorsAs is errors.As for a target of a cell type
			// (cellsrc/printtypes.go, errorsas.go).
			"ErrorsAs": reflect.ValueOf(s.cellTypes.errorsAs),
			"ErrorsIs": reflect.ValueOf(s.cellTypes.errorsIs),
			// errors.As for a target of an interface written in a cell
			// or implemented by a cell type (cellsrc/errorsasiface.go).
			cellsrc.ErrorsAsIfaceHelper: reflect.ValueOf(s.cellTypes.errorsAsInterface),
			// errors.Unwrap and == of errors (cellsrc/errorchain.go,
			// errorchain.go).
			cellsrc.ErrorsUnwrapHelper: reflect.ValueOf(s.cellTypes.errorsUnwrap),
			cellsrc.ErrorsEqualHelper:  reflect.ValueOf(s.cellTypes.errorsEqual),
			// == of interfaces (cellsrc/ifaceequal.go, ifaceequal.go).
			cellsrc.IfaceEqualHelper: reflect.ValueOf(s.cellTypes.ifaceEqual),
			// A typed nil of a cell type in a library interface
			// (cellsrc/typednil.go, typednil.go).
			cellsrc.TypedNilHelper: reflect.ValueOf(typedNil),
			// The count of a shift that may be negative
			// (cellsrc/shiftcount.go, shiftcount.go).
			cellsrc.ShiftCountHelper: reflect.ValueOf(shiftCount),
			// A cell value with a String or Error method handed to
			// log/slog (cellsrc/slogvalues.go, slogtext.go).
			cellsrc.SlogTextHelper: reflect.ValueOf(slogText),
			// A number converted to a type parameter
			// (cellsrc/typeparamconv.go, convertinto.go).
			cellsrc.ConvertIntoHelper: reflect.ValueOf(convertInto),
			// Indexes and slices of a cell that recovers
			// (cellsrc/bounds.go, bounds.go).
			cellsrc.IndexHelper: reflect.ValueOf(checkedIndex),
			cellsrc.SliceHelper: reflect.ValueOf(checkedSlice),
			// Calls of native packages that name types in their errors
			// (cellsrc/nativeerrors.go, nativenames.go).
			cellsrc.NamedErrorHelper: reflect.ValueOf(s.cellTypes.namedError),
			// A reflect.Type of a value in an interface
			// (cellsrc/reflectdynamic.go, reflectcheck.go).
			cellsrc.ReflectedTypeHelper:      reflect.ValueOf(s.cellTypes.reflectedType),
			cellsrc.ReflectValueStringHelper: reflect.ValueOf(s.cellTypes.reflectValueString),
			// A context key of a cell type (cellsrc/contextkeys.go).
			cellsrc.ContextKeyHelper:   reflect.ValueOf(newContextKey),
			cellsrc.ContextKeyOfHelper: reflect.ValueOf(s.cellTypes.contextKeyOf),
			// Recovered is the value of a recover() (cellsrc/recovered.go).
			// A panic's value with the method Go prints it by
			// (cellsrc/panicvalues.go, panicvalues.go).
			cellsrc.PanickingHelper: reflect.ValueOf(panicking),
			// Go's value of panic(nil) (cellsrc/panicnil.go).
			cellsrc.PanicNilHelper: reflect.ValueOf(func() any { return new(runtime.PanicNilError) }),
			// Go's print and println write to the stderr the program
			// started with, whatever the cell put in os.Stderr.
			cellsrc.PrintHelper: reflect.ValueOf(func(newline bool, kinds string, args ...any) {
				_, _ = io.WriteString(routedWriter{s: s, name: "stderr", pipe: s.streams.Stderr}, printBuiltin(newline, kinds, args))
			}),
			// ReflectOperand: reflect on a cell value held in an
			// interface (cellsrc/reflectiface.go).
			cellsrc.ReflectOperandHelper:       reflect.ValueOf(s.cellTypes.reflectOperand),
			cellsrc.ReflectFieldsOperandHelper: reflect.ValueOf(s.cellTypes.reflectFieldsOperand),
			cellsrc.ReflectKindOperandHelper:   reflect.ValueOf(s.cellTypes.reflectKindOperand),
			cellsrc.DeepEqualHelper:            reflect.ValueOf(s.cellTypes.deepEqual),
			// Operands of different static types: never deeply equal.
			cellsrc.DeepUnequalHelper: reflect.ValueOf(func(a, b any) bool { return false }),
			"Recovered": reflect.ValueOf(func(r any) any {
				r = panickedValue(r)
				if v, ok := s.cellTypes.unhashable(r); ok {
					return v
				}
				return s.recoveredOrStop(r)
			}),
			// DecodeRune steps a range over a string
			// (cellsrc/rangestring.go).
			cellsrc.DecodeRuneHelper: reflect.ValueOf(utf8.DecodeRuneInString),
			// A select statement's communications (cellsrc/selects.go,
			// selects.go).
			cellsrc.MissedCaseHelper: reflect.ValueOf(s.cellTypes.missedCase),
			cellsrc.ReboxHelper:      reflect.ValueOf(s.cellTypes.rebox),
			cellsrc.BoxedCaseHelper:  reflect.ValueOf(s.cellTypes.boxedCase),
			cellsrc.LaterCaseHelper:  reflect.ValueOf(s.cellTypes.laterCase),
			cellsrc.SelectHelper:     reflect.ValueOf(s.choose),
			// Unlock: an unlock of a mutex not locked ends the cell
			// with Go's fatal error, not the kernel (cellsrc/mutexunlock.go).
			cellsrc.UnlockHelper:     reflect.ValueOf(s.unlock),
			cellsrc.UnlockFuncHelper: reflect.ValueOf(s.unlockFunc),
			cellsrc.SelectRecvHelper: reflect.ValueOf(selectRecv),
			cellsrc.SelectSendHelper: reflect.ValueOf(selectSend),
			// Values receives all results of a trailing call.
			"Values": reflect.ValueOf(func(vs ...any) {
				if ex := s.current(); ex != nil {
					ex.values, ex.texts, ex.have = vs, s.shownTexts(vs), true
				}
			}),
		},
	}
	// The stand-ins for min, max, clear and the generic library that the
	// typed lowering calls (cellsrc's typed.go).
	maps.Copy(exports[runtimePath+"/rt"], genericlib.Exports())
	// Library interfaces for assertions of library values to cell
	// interfaces (cellsrc/nativeshapes.go, nativeshapes.go).
	maps.Copy(exports[runtimePath+"/rt"], nativeShapeExports())
	return exports
}

// typeCase is the index of the first of cases (each a nil *T) whose T is
// v's dynamic type or an interface it implements, or -1. The lowering
// asks it only about native types, after yaegi tried the cells' types.
// yaegi sometimes hands over a cell value as its own valueInterface: when
// a cell type of the switch might have matched (cellTypes), the answer
// would be a guess, so the cell ends with an error instead.
func typeCase(v any, cellTypes bool, cases ...any) int {
	if v == nil {
		return -1
	}
	rv := reflect.ValueOf(v)
	if isBox(rv.Type()) {
		if rv = interpValue(rv); !rv.IsValid() {
			return -1
		}
		// A named type of a native package is not a cell's.
		named := rv.Type()
		if named.Kind() == reflect.Pointer {
			named = named.Elem()
		}
		if cellTypes && (named.PkgPath() == "" || named.Name() == "") {
			panic(unsupportedTypeCase{})
		}
	}
	dyn := rv.Type()
	for i, c := range cases {
		t := reflect.TypeOf(c)
		if t == nil || t.Kind() != reflect.Pointer {
			continue
		}
		if t = t.Elem(); t.Kind() == reflect.Interface && dyn.Implements(t) || dyn == t {
			return i
		}
	}
	return -1
}

// nativeMatch panics when v, which reached the default clause of a type
// switch, is a value of a library type with the methods of one of the
// cases, each "Iface:M1,M2": Go would have matched it, the interpreter
// cannot. Values of cell types reach native code without their methods
// and never match here; the interpreter matched them already.
func nativeMatch(v any, cases ...string) {
	if v == nil {
		return
	}
	rv := reflect.ValueOf(v)
	if rv.Type().PkgPath() == interpPath {
		return // a cell value, which yaegi tried
	}
	for _, c := range cases {
		iface, methods, _ := strings.Cut(c, ":")
		all := true
		for _, m := range strings.Split(methods, ",") {
			if _, ok := rv.Type().MethodByName(m); !ok {
				all = false
				break
			}
		}
		if all {
			panic(gapf("a value of the library type %s has the methods of %s, an interface declared in a cell, and gogil cannot match it in a type assertion or type switch: its interpreter sees no methods of library values there; assert to a library interface (error, fmt.Stringer) or call the library's own function (errors.Unwrap, errors.Is, errors.As)", rv.Type(), iface))
		}
	}
}

var interpPath = reflect.TypeFor[interp.Exports]().PkgPath()

// interpValue is the value a yaegi valueInterface holds.
func interpValue(vi reflect.Value) reflect.Value { return yaegistate.InterfaceValue(vi) }

// isBox: t is yaegi's valueInterface, the box it puts a cell value in at
// some conversions to an interface (interpValue opens it).
func isBox(t reflect.Type) bool { return t.PkgPath() == interpPath && t.Name() == "valueInterface" }

type unsupportedTypeCase struct{}

func (unsupportedTypeCase) Error() string {
	return "gogil cannot tell which case of this type switch (one with a native interface such as error or fmt.Stringer) the value matches: " +
		"the interpreter lost the type of a cell value converted to an interface (in a call or a composite literal); " +
		"assign it to a variable of the interface type first"
}

// spawn is what `go f(x)` in a cell becomes: f(x) runs on a new goroutine
// (or through the cell's spawner) and a panic in it is reported on the
// cell's stderr instead of killing the kernel. fn and args were evaluated
// at the go statement; spread says the last argument is a variadic slice.
func (s *Session) spawn(via int, fn any, args []any, spread bool, then func()) {
	ex := s.owner() // a goroutine's goroutines belong to its cell
	if ex == nil {
		ex = s.current()
	}
	guarded := func() {
		defer s.own(ex)()
		// wg.Go's Done (then, cellsrc/waitgroupgo.go) runs once the
		// goroutine is uncounted, as Go's runs as the goroutine ends:
		// run by the function's own defer, it woke wg.Wait while the
		// goroutine still counted, and NumGoroutine after Wait counted it
		// under load.
		if then != nil {
			defer func() {
				// Done panics on a negative counter (a cell that also
				// called wg.Done): reported, as in the function.
				defer s.recoverGoroutine(ex)
				then()
			}()
		}
		// Uncounted as soon as the function is done (and recovered), so
		// that runtime.NumGoroutine after a wg.Wait sees what Go's does.
		defer s.goroutines.Add(-1)
		defer s.recoverGoroutine(ex)
		callValue("go", fn, args, spread)
	}
	// Counted from the go statement, as Go counts a goroutine from its
	// creation, not from when it first runs.
	s.goroutines.Add(1)
	s.mu.Lock()
	var spawner func(func())
	if via > 0 && via < len(s.spawners) {
		spawner = s.spawners[via]
	}
	s.mu.Unlock()
	if spawner != nil {
		spawner(guarded)
		return
	}
	go guarded()
}

// deferred is one call of a cell's top-level defer statement, its function
// and arguments evaluated at the statement.
type deferred struct {
	fn     any
	args   []any
	spread bool
}

// deferPanic is a panic of a deferred call, with its interpreted frames.
type deferPanic struct {
	value any
	trace []string
}

func (s *Session) pushDefer(fn any, args []any, spread bool) {
	ex := s.current()
	if ex == nil {
		return
	}
	ex.mu.Lock()
	ex.defers = append(ex.defers, deferred{fn: fn, args: args, spread: spread})
	ex.mu.Unlock()
}

func (ex *execution) hasDefers() bool {
	ex.mu.Lock()
	defer ex.mu.Unlock()
	return len(ex.defers) > 0
}

// runDefers calls the execution's deferred calls, last first. A panic in one
// does not stop the others (as in Go); each is kept for the cell's error.
// os.Exit (or log.Fatal) in one stops them: the rest are dropped, as Go's
// os.Exit runs no deferred call.
func (s *Session) runDefers(ex *execution) {
	for {
		ex.mu.Lock()
		n := len(ex.defers)
		if n == 0 {
			ex.mu.Unlock()
			return
		}
		if ex.deferCtx != nil && ex.deferCtx.Err() != nil {
			// Interrupted: yaegi no longer runs interpreted closures; the
			// rest waits for the interrupted code to return (deferLater).
			ex.mu.Unlock()
			return
		}
		d := ex.defers[n-1]
		ex.defers = ex.defers[:n-1]
		ex.mu.Unlock()
		func() {
			defer func() {
				if r := recover(); r != nil {
					s.streams.Stderr.Flush() // the interpreted frames, if any, reach the trace first
					p := deferPanic{value: r, trace: formatTrace(s.takeTrace())}
					ex.mu.Lock()
					ex.deferPanics = append(ex.deferPanics, p)
					if _, exit := r.(exitRequest); exit {
						ex.defers = nil
					}
					ex.mu.Unlock()
				}
			}()
			callValue("defer", d.fn, d.args, d.spread)
		}()
	}
}

// callValue calls fn with args, converting untyped constants that became
// int or float64 on the way (go f(1) with f(float64)) and nil to the
// parameter types. stmt ("go" or "defer") names the statement in errors.
func callValue(stmt string, fn any, args []any, spread bool) {
	fv := reflect.ValueOf(fn)
	if fv.Kind() != reflect.Func {
		panic(fmt.Sprintf("%s statement: %T is not a function", stmt, fn))
	}
	t := fv.Type()
	in := make([]reflect.Value, len(args))
	for k, a := range args {
		var pt reflect.Type
		switch {
		case t.IsVariadic() && k >= t.NumIn()-1 && !spread:
			pt = t.In(t.NumIn() - 1).Elem()
		case k < t.NumIn():
			pt = t.In(k)
		default:
			panic(fmt.Sprintf("%s statement: too many arguments for %s", stmt, t))
		}
		v := reflect.ValueOf(a)
		switch {
		case !v.IsValid():
			v = reflect.Zero(pt)
		case !v.Type().AssignableTo(pt) && v.Type().ConvertibleTo(pt):
			v = v.Convert(pt)
		}
		in[k] = v
	}
	if spread {
		fv.CallSlice(in)
		return
	}
	fv.Call(in)
}

func (s *Session) recoverGoroutine(ex *execution) {
	r := recover()
	if r == nil {
		return
	}
	if _, ok := r.(selectInterrupted); ok {
		return // ended by the user's interrupt, as yaegi's select ended it
	}
	if isGap(r) && ex != nil && ex.endOnGap(r, true) {
		return // the cell ends with it (see Execute)
	}
	if !isGap(r) && ex != nil && ex.endOnPanic(r) {
		return // the cell ends with it, as Go's program does (see Execute)
	}
	stack := debug.Stack()
	s.streams.Stderr.Flush() // let the interpreted frames reach the trace first
	frames := s.takeTrace()
	var b strings.Builder
	b.WriteString("\n*** gogil: panic in a goroutine (recovered; the kernel keeps running) ***\n")
	if exit, ok := r.(exitRequest); ok {
		fmt.Fprintf(&b, "%s (in a goroutine)\n", exit)
	} else {
		fmt.Fprintf(&b, "panic: %s\n", panicText(r))
	}
	for _, l := range formatTrace(frames) {
		b.WriteString(l + "\n")
	}
	if native := nativeFrames(stack); native != "" {
		b.WriteString("native stack:\n" + native)
	}
	if ex != nil && ex.sink != nil {
		ex.sink.Stream("stderr", b.String())
		return
	}
	s.stream("stderr", b.String())
}

// endOnGap ends the running cell with the gap v, which one of its
// goroutines hit (inGoroutine: one the cell started), and tells whether
// the cell was still running to end so.
func (ex *execution) endOnGap(v any, inGoroutine bool) bool {
	ex.mu.Lock()
	defer ex.mu.Unlock()
	if ex.ended || ex.endForGap == nil {
		return false
	}
	if ex.gap == nil {
		ex.gap = &cellGap{value: v, inGoroutine: inGoroutine}
	}
	ex.endForGap()
	return true
}

// endOnPanic ends the running cell with the panic v of a goroutine it
// started, which nothing recovered (Go's program ends there), and tells
// whether the cell was still running to end so. A goroutine that outlived
// its cell only reports its panic.
func (ex *execution) endOnPanic(v any) bool {
	ex.mu.Lock()
	defer ex.mu.Unlock()
	if ex.ended || ex.endForGap == nil {
		return false
	}
	if ex.gap == nil {
		ex.gap = &cellGap{value: v, inGoroutine: true, fatal: true}
	}
	ex.endForGap()
	return true
}

// endedByPanic: a goroutine the cell started ended it with its panic.
func (ex *execution) endedByPanic() bool {
	ex.mu.Lock()
	defer ex.mu.Unlock()
	return ex.gap != nil && ex.gap.fatal
}

// end marks the cell ended and gives the gap that ended it, if one did.
func (ex *execution) end() *cellGap {
	ex.mu.Lock()
	defer ex.mu.Unlock()
	ex.ended = true
	return ex.gap
}

// goPanicking ends the cell that started the calling goroutine with its
// panic r, which nothing recovered, and stops the goroutine before done,
// its deferred wg.Done(), can let the cell's code go on: Go's program
// ends there (cellsrc/deferguard.go guardGoroutineDone). If the cell has
// ended already, it calls done and returns, and the goroutine panics on.
func (s *Session) goPanicking(r any, done func()) {
	ex := s.owner()
	if ex == nil || isGap(r) || !ex.endOnPanic(r) {
		done()
		return
	}
	ex.mu.Lock()
	ex.stopped = append(ex.stopped, goroutine.ID())
	ex.mu.Unlock()
	// Once the cell has ended (the interpreter stopped its code), done
	// lets the code waiting on it return at once, where it would
	// otherwise block for good and hold up the next cell.
	for ended := false; !ended; {
		select {
		case <-s.quit:
			runtime.Goexit()
		case <-time.After(time.Millisecond):
		}
		ex.mu.Lock()
		ended = ex.ended
		ex.mu.Unlock()
	}
	done()
	<-s.quit
	runtime.Goexit()
}

// recoveredOrStop is recover()'s value (recoveredValue), but where that
// is a gap the calling goroutine stops for good instead of panicking with
// it: a panic would unwind through the frames above, whose deferred calls
// print what Go's program, which goes on, would not print there (and the
// interpreter skips the rest of a goroutine's deferred calls after one
// that panics). The cell ends with the gap (Execute), as if interrupted.
func (s *Session) recoveredOrStop(r any) any {
	var g any
	v := func() any {
		defer func() {
			if p := recover(); p != nil {
				if !isGap(p) {
					panic(p)
				}
				g = p
			}
		}()
		return recoveredValue(r)
	}()
	if g == nil {
		return v
	}
	ex := s.owner()
	inGoroutine := ex != nil
	if ex == nil {
		ex = s.current()
	}
	if ex == nil || !ex.endOnGap(g, inGoroutine) {
		panic(g)
	}
	ex.mu.Lock()
	ex.stopped = append(ex.stopped, goroutine.ID())
	ex.mu.Unlock()
	<-s.quit
	runtime.Goexit()
	return nil
}

// cellGap is the gap that ended a cell from within its code, or the
// panic that ended it from a goroutine it started.
type cellGap struct {
	value       any
	inGoroutine bool
	// fatal: no gap, but a panic (or an os.Exit) in a goroutine the
	// cell started that nothing recovered, which ends Go's program.
	fatal bool
}

func (g *cellGap) error() *cellio.Error {
	e := panicError(g.value)
	if g.fatal {
		e.Value += " (in a goroutine the cell started)"
		e.Traceback[0] += " (in a goroutine the cell started)"
		e.Traceback = append(e.Traceback, "note: Go's program ends when a goroutine panics and nothing recovers it, so the cell ends here; the kernel keeps running")
		return e
	}
	if g.inGoroutine {
		e.Value += " (in a goroutine the cell started)"
		e.Traceback[0] += " (in a goroutine the cell started)"
		e.Traceback = append(e.Traceback, "note: the cell ends here rather than wait: the interpreter may have skipped the goroutine's remaining deferred calls (a wg.Done, a channel send) that the cell waits for")
	}
	e.Unsupported = true
	return e
}

// recoveredValue is what recover() gives in Go for a value yaegi
// recovered: reflect's panic for a nil pointer becomes the runtime.Error
// Go's own nil dereference makes; anything else is left as it is.
func recoveredValue(r any) any {
	if r == nil {
		return nil
	}
	switch r.(type) {
	case selectInterrupted:
		panic(r) // the user's interrupt, not the program's panic
	case exitRequest:
		panic(r) // the cell ends: Go's program would not be recovering this
	}
	if isGap(r) {
		panic(r) // nor this: gogil ends the cell where Go would go on
	}
	// yaegi panics with the reflect.Value of a cell type's value (a
	// pointer to a cell struct, say), which no type assertion in the cell
	// matches: p.(*ParseError) answered false, silently. The value itself
	// is what Go's recover gives.
	if v, ok := r.(reflect.Value); ok && v.IsValid() && v.CanInterface() {
		r = v.Interface()
	}
	text := rawPanicText(r)
	if words, ok := wrapperPanic(text); ok {
		panic(gapf("gogil cannot recover this panic, which Go's program would not make: %s", words))
	}
	if msg, ok := interpConversionError(r); ok {
		return typeAssertionError(msg)
	}
	// reflect's words for a slice converted to a shorter array carry
	// both lengths, all Go's words need.
	if m := sliceToArray.FindStringSubmatch(text); m != nil {
		return runtimeerr.NewBoundsError("runtime error: cannot convert slice with length " + m[1] + " to array or pointer to array with length " + m[2])
	}
	if e, ok := exactReflectWordings[text]; ok {
		return e()
	}
	goText, ok := goWording(text)
	switch {
	case !ok && strings.HasPrefix(text, "reflect"):
		// A panic of package reflect that is none of Go's run-time
		// errors in its words: the interpreter failed on code Go runs
		// (unsupported), and Go's recover would give another value.
		panic(gapf("gogil cannot recover this panic: package reflect raised it inside the interpreter (%q), and it is none of Go's run-time errors, so Go's program would recover another value or none", text))
	case !ok:
		return r
	case goText == nilDereference:
		return nilDereferenceError()
	}
	// Go's value says more than the interpreter knows (the index and the
	// length): the cell ends with an error rather than hand the program a
	// value Go would not.
	panic(unrecoverable{goText: goText, said: text})
}

// interpConversionError tells whether r is the interpreter's own error for
// a failed type assertion, "L:C: interface conversion: ...", and gives
// Go's words for it, without the position (Go's runtime error has none).
func interpConversionError(r any) (string, bool) {
	err, ok := r.(error)
	if !ok || reflect.TypeOf(err).String() != "*interp.cfgError" {
		return "", false
	}
	m := positionedConversion.FindStringSubmatch(err.Error())
	if m == nil {
		return "", false
	}
	return m[1], true
}

var positionedConversion = regexp.MustCompile(`^\d+:\d+: (interface conversion: .*)$`)

var sliceToArray = regexp.MustCompile(`^reflect: cannot convert slice with length (\d+) to (?:pointer to )?array with length (\d+)$`)

// deferredPanicking panics with v as a deferred call's panic, unless v
// already ends the cell on its own terms (an exit, an interrupt, a gap),
// as a guarded callee's os.Exit does (cellsrc/deferguard.go).
func deferredPanicking(v any) {
	if rv, ok := v.(reflect.Value); ok && rv.IsValid() && rv.CanInterface() {
		v = rv.Interface()
	}
	switch v.(type) {
	case exitRequest, selectInterrupted, deferredPanic:
		panic(v)
	}
	if isGap(v) {
		panic(v)
	}
	panic(deferredPanic{v})
}

// deferredPanic is the panic of a deferred call of a function whose
// earlier deferred calls the interpreter would skip.
type deferredPanic struct{ value any }

func (d deferredPanic) Error() string {
	return fmt.Sprintf("panic(%v) in a deferred call of a function with other deferred calls to run: the interpreter would skip those, which Go runs before the panic goes on, so gogil ends the cell here; recover in the function's first defer instead", d.value)
}

// unrecoverable is the panic of a recover() whose value gogil cannot give
// as Go would.
type unrecoverable struct{ goText, said string }

func (u unrecoverable) Error() string {
	return fmt.Sprintf("gogil cannot recover this run-time error with Go's value (%s ...): the interpreter's panic (%q) does not say what Go's does, such as the index and the length", u.goText, u.said)
}

const nilDereference = "runtime error: invalid memory address or nil pointer dereference"

// nilDereferenceError is the value a nil pointer dereference panics with.
func nilDereferenceError() (err any) {
	defer func() { err = recover() }()
	var p *struct{ x int }
	_ = p.x
	return nil
}

func panicText(r any) string {
	text := rawPanicText(r)
	if goText, ok := goWording(text); ok {
		return goText + " (as the interpreter says: " + text + ")"
	}
	return text
}

// goWording is Go's run-time error for a panic of package reflect that
// reflectWordings knows.
func goWording(text string) (string, bool) {
	for _, w := range reflectWordings {
		if strings.HasPrefix(text, w.prefix) && strings.HasSuffix(text, w.suffix) {
			return w.goText, true
		}
	}
	return "", false
}

// reflectWordings translate the reflect package's panics, which yaegi lets
// through for Go's own run-time errors, into the words Go uses.
var reflectWordings = []struct{ prefix, suffix, goText string }{
	{"reflect: call of reflect.Value.", " on zero Value", nilDereference},
	{"reflect: Call using zero Value argument", "", nilDereference},
	{"reflect.Value.Call: call of nil function", "", nilDereference},
	{"reflect: Method on nil interface value", "", nilDereference},
	{"reflect: slice index out of range", "", "runtime error: index out of range"},
	{"reflect: array index out of range", "", "runtime error: index out of range"},
	{"reflect: string index out of range", "", "runtime error: index out of range"},
	// Slice and Slice3, of slices, arrays and strings ("string slice index
	// out of bounds"): Go's words give the bounds and the length or the
	// capacity as well.
	{"reflect.Value.Slice", "slice index out of bounds", "runtime error: slice bounds out of range"},
	{"reflect.MakeSlice: negative len", "", "runtime error: makeslice: len out of range"},
	{"reflect.MakeSlice: negative cap", "", "runtime error: makeslice: cap out of range"},
	{"reflect.MakeSlice: len > cap", "", "runtime error: makeslice: cap out of range"},
	{"reflect.MakeChan: negative buffer size", "", "makechan: size out of range"},
}

// exactReflectWordings are the reflect panics whose Go counterparts say
// no more than they do (no index, no length): recover gives Go's value.
var exactReflectWordings = map[string]func() error{
	"reflect.MakeSlice: negative len": func() error { return runtimeerr.NewErrorString("makeslice: len out of range") },
	"reflect.MakeSlice: negative cap": func() error { return runtimeerr.NewErrorString("makeslice: cap out of range") },
	"reflect.MakeSlice: len > cap":    func() error { return runtimeerr.NewErrorString("makeslice: cap out of range") },
	"reflect.MakeChan: negative buffer size": func() error {
		return runtimeerr.NewPlainError("makechan: size out of range")
	},
}

func rawPanicText(r any) string {
	switch v := r.(type) {
	case reflect.Value:
		// yaegi hands over some panic values wrapped; reflect.Value's own
		// String would say "<int Value>".
		if !v.IsValid() {
			return rawPanicText(nil)
		}
		if v.CanInterface() {
			return rawPanicText(v.Interface())
		}
		return v.String()
	case nil:
		return "panic called with nil argument"
	case describedPanic:
		return v.describe()
	case error:
		return v.Error()
	case fmt.Stringer:
		return v.String()
	}
	return fmt.Sprint(r)
}

// nativeFrames keeps the frames of a Go stack dump that are neither the
// interpreter's machinery nor the session's, so a panic in a native package
// a cell called is still located.
func nativeFrames(stack []byte) string {
	var out strings.Builder
	write := func(format string, f goroutine.Frame) {
		fn := f.Function
		switch {
		case strings.HasPrefix(fn, "github.com/traefik/yaegi/"),
			strings.HasPrefix(fn, "reflect."),
			strings.HasPrefix(fn, "runtime."), strings.HasPrefix(fn, "runtime/debug."),
			strings.HasPrefix(fn, "github.com/gogil/gogil/session."),
			fn == "panic", fn == "":
			return
		}
		fmt.Fprintf(&out, format, fn, f.File, f.Line)
	}
	for _, g := range goroutine.Parse(stack) {
		for _, f := range g.Frames {
			write("%s(...)\n\t%s:%d\n", f)
		}
		write("created by %s\n\t%s:%d\n", g.CreatedBy)
	}
	return out.String()
}

// formatTrace turns what the session knows of a panic's interpreted
// frames into traceback lines, innermost first. The cell frames read from
// the stack give each function and the line it was at ("?" where the
// stack could not tell, as when several calls in the body could be the
// one it was making); without them, yaegi's frame lines give the functions
// only, since their positions are those of each body's first statement.
func formatTrace(t panicTrace) []string {
	if len(t.frames) > 0 {
		out := []string{"interpreted call chain (innermost first):"}
		for _, f := range t.frames {
			name := f.Function
			if name == "<cell>" {
				out = append(out, "    (cell)")
				continue
			}
			line := "?"
			if f.Line > 0 {
				line = strconv.Itoa(f.Line)
			}
			out = append(out, fmt.Sprintf("    %s, cell line %s", name, line))
		}
		return out
	}
	if len(t.lines) == 0 {
		return nil
	}
	out := []string{"interpreted call chain (innermost first):"}
	for _, f := range t.lines {
		m := panicLine.FindStringSubmatch(f)
		if m == nil {
			continue
		}
		fn := m[4]
		if fn == "main" {
			out = append(out, "    (cell)")
			continue
		}
		fn = strings.TrimPrefix(fn, "main.")
		if fn == cellsrc.UserMain {
			fn = "main"
		}
		if fn == "" {
			fn = "func literal"
		}
		out = append(out, "    "+fn)
	}
	return out
}

// resultOutput builds the execute_result of a captured trailing value.
func resultOutput(ex *execution) *cellio.Output {
	if ex == nil || !ex.have {
		return nil
	}
	vs := ex.values
	switch len(vs) {
	case 0:
		return nil
	case 1:
		if vs[0] == nil && ex.call {
			// A call returning a nil error (t.Join(), os.Setenv) or a nil
			// interface: nothing to show, as Python shows nothing for None.
			return nil
		}
		if ex.texts != nil && ex.texts[0] != "" {
			return &cellio.Output{Data: map[string]any{"text/plain": ex.texts[0]}}
		}
		out := display.Represent(vs[0])
		return &out
	}
	// A call like fmt.Println or w.Write returns (int, error): showing
	// "6, <nil>" after every print would be noise. (strconv.Atoi's
	// (int, error) is worth showing.)
	if len(vs) == 2 && vs[1] == nil && writes(ex.callName) {
		if _, ok := vs[0].(int); ok {
			return nil
		}
	}
	if ex.texts == nil {
		return &cellio.Output{Data: map[string]any{"text/plain": display.PlainTexts(vs)}}
	}
	texts := make([]string, len(vs))
	for i, v := range vs {
		texts[i] = ex.texts[i]
		if texts[i] == "" {
			texts[i] = display.PlainText(v)
		}
	}
	return &cellio.Output{Data: map[string]any{"text/plain": strings.Join(texts, ", ")}}
}

// shownTexts makes the text/plain of each of a cell's values that the
// printing pass typed (cellsrc/trailingvalues.go) as the cells' fmt
// prints it: nil if it typed none. A value it cannot print as Go does
// ends the cell on the same gap a print of it would.
func (s *Session) shownTexts(vs []any) []string {
	var texts []string
	for i, v := range vs {
		verb, ok := cellfmt.ShownVerb(v)
		if !ok {
			continue
		}
		if texts == nil {
			texts = make([]string, len(vs))
		}
		texts[i] = s.sprintf(verb, v)
	}
	return texts
}

// writes reports whether a function of that name is a print or a write,
// whose (count, nil error) results are not worth showing.
func writes(name string) bool {
	for _, prefix := range []string{"Print", "Fprint", "Write"} {
		if strings.HasPrefix(name, prefix) {
			return true
		}
	}
	return false
}

// sleep is time.Sleep for cells: it returns early when the user interrupts.
func (s *Session) sleep(d time.Duration) {
	if d <= 0 {
		return
	}
	wake := s.wakeChannel()
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
	case <-wake:
		// A goroutine of the cell panicked, and Go's program ended
		// there: the cell's code goes no further than the sleep,
		// which an interrupt's wake leaves to yaegi's own stop.
		ex := s.owner()
		if ex == nil {
			ex = s.current()
		}
		if ex != nil && ex.endedByPanic() {
			panic(selectInterrupted{})
		}
	}
}

// wakeChannel is closed at the next interrupt: what a sleep or a select
// of a cell waits on beside its own channels.
func (s *Session) wakeChannel() chan struct{} {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.wake
}

// wakeSleepers ends every sleep in progress; called on an interrupt.
func (s *Session) wakeSleepers() {
	s.mu.Lock()
	close(s.wake)
	s.wake = make(chan struct{})
	s.mu.Unlock()
}

// contextKey is a context key of a cell type: the type's name keeps it
// from matching a key of another type the interpreter made of the same
// reflect type.
type contextKey struct {
	typ string
	key any
}

// newContextKey opens the box yaegi may hand a cell value in, whose
// identity would differ between two calls with the same key.
func newContextKey(name string, k any) any {
	if rv := reflect.ValueOf(k); rv.IsValid() && isBox(rv.Type()) {
		if rv = interpValue(rv); rv.IsValid() && rv.CanInterface() {
			k = rv.Interface()
		}
	}
	return contextKey{name, k}
}
