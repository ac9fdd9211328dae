// Package cellsrc is the front end of a notebook cell: the pure syntax work
// that turns the Go a user typed into the Go the interpreter is given.
//
// It must not know yaegi, the kernel, the interpreter lock or the state of
// a session: it imports only the standard library and cellio (for the
// errors a cell reports). Everything here is testable without an
// interpreter; what the runner (package session) keeps across cells, such
// as the imports and types already defined, it passes in as functions.
//
// # From a cell to parts
//
// A cell may mix imports, declarations and statements in any order, which
// no single Go file or function body accepts. Split cuts it, by tokens so
// that it never needs the cell to parse, into runs of top-level units of
// one Kind, in source order: Imports and Decls go to file level, Stmts into
// the body of a func main (whose := yaegi turns into globals). A package
// clause is dropped. A cell the scanner rejects comes back as one statement
// part, and the parser reports the error at its position. Check refuses a
// cell too large to compile in reasonable time, or not valid UTF-8.
//
// Parser.Parse parses each part behind a //line directive, so syntax
// errors, compile errors and panic frames carry the cell's own line:column
// (SyntaxError, PointAt). A return with values among the statements is
// refused (they are main's body); a bare return ends the cell, as it ends
// main (toplevelreturn.go). A func main() of the cell's own (a program
// pasted whole) is renamed UserMain, because yaegi runs a function named
// main after every later compilation; File.DeclaresMain tells the runner to
// call it once at the end of the cell.
//
// Program writes a whole cell as the Go program it stands for, for a cell
// the interpreter cannot run (program.go): its imports and declarations at
// file level, its statements (and any var after them) as main's body, the
// packages it uses without importing them imported. It says why not when
// the cell uses a name it does not declare (an earlier cell's, or a typo:
// the parser's unresolved names tell), a package a program cannot import,
// or runs nothing. ProgramWith lets the program take along what earlier
// cells declared where that is what the session holds (borrow.go): their
// types, functions, methods and constants, and variables whose value
// nothing can have changed; a variable with a value only the session has
// is named in why.
//
// # What the runner learns about a part
//
// FilterImports names each import as the cell will use it and drops those
// the runner says are there already (importing again is not an error in a
// notebook). Declared and Defined list the names a part defines, with their
// declarations as written, for completion and inspection. Trailing finds
// the expression statement that ends a cell, whose value is the cell's
// result; CallName tells whether it is a call (a call whose single result
// is a nil interface then shows nothing). TrailingForms are the ways to
// evaluate it, tried in order until one compiles: all its values handed to
// the runner's capture function (one value, or every result of a call with
// up to four), then the bare statement (a call with no result). With
// Options.Trailing, the printing pass captures a trailing expression whose
// values hold cell types itself, typed as printed arguments are
// (trailingvalues.go).
// LeavesNoCode says when a statement part's positions can be dropped once
// it ran.
//
// # Lowering
//
// File.Lower applies, in order, the passes of a table (lower.go) to a part,
// after the cell's own Rewrite hook. A pass may declare what a part must
// hold for it to do anything (a range, a defer, a call, a name an earlier
// cell declared generic: pass.needs); one walk of the part (scan.go),
// repeated only after a pass ran, skips the others, so that a trivial cell
// costs a walk or two rather than one per pass. A pass that declares
// nothing runs on every part. Each rewrites Go the interpreter would run
// wrongly into Go it runs right:
//
//   - every `for i := range n`, `for range n` and `for i = range n` whose n
//     is certainly an integer becomes a three-clause loop over a hidden
//     counter of n's type, n evaluated once, a fresh i per iteration, the
//     label kept on the for (yaegi fails on it with "nil type"). Whether n
//     is an integer is decided by type-checking the part alone (only when
//     it has a range with no value variable), then, if a range's operand
//     is not typed so, against the runner's world; with no world, an
//     untyped operand is left to fail in the interpreter rather than be
//     lowered over a slice's length; len, cap and integer conversions
//     count whatever their operand. Counters are numbered per loop: yaegi
//     makes every := of a cell's top level a global, blocks or not;
//   - a constant / or % whose type go/types says is a float
//     becomes a literal of its value (constdiv.go: yaegi divided two
//     untyped integer constants in the type assigned to, so `var f
//     float64 = c / 3` of `const c = 10` gave 3.33, not 3);
//   - with types from Options.Types (the runner's world of earlier cells,
//     asked once per part and only when the part calls min, max, clear or
//     new, or names slices, maps or cmp): min and max become their
//     constant or __gogil.Min(a, b).(T); clear(x) __gogil.Clear(x);
//     new(v) of a value (Go 1.26) &[]T{v}[0]; a call of a supported
//     generic library function (typed.go's table) a call of its native
//     helper, asserting a result whose type is a type parameter. An
//     unsupported one, or a type the cell cannot name, ends the lowering
//     with an error that names it. sync.OnceValue(s), rand.N and
//     reflect.TypeFor get the same treatment, with their type argument
//     passed as (*T)(nil) (stdlibgeneric.go); errors.AsType[E](x) becomes
//     a literal calling errors.As with a *E, which the printing pass
//     lowers as the user's own; the iterators of
//     maps and slices are real funcs of iter.Seq's structure;
//     atomic.Pointer[T] becomes atomic.Value, and its methods' calls
//     assert to and convert from *T (atomicpointer.go); a part selecting
//     a method named like them is typed once a cell names .Pointer[;
//   - in the same pass, at the top level of the statements, a := of a
//     call of a cell generic function, or of a value that calls one in an
//     operand (Some(5).val, Keys(m)[0]; also as an if's or a switch's
//     init, then in a block of its own), becomes var declarations of its
//     new names, typed by go/types, and an assignment (a var of one gets
//     its type written): yaegi's global analysis cannot type such a call
//     (genericdefine.go);
//   - after the typed pass, a slice variable of main (or of a cell's statements) whose
//     cap the part asks for, used only in ways escape analysis keeps on
//     the stack (len, cap, index, range, s = append(s, ...), s = s[i:j]),
//     gets Go 1.25's 32-byte stack buffer before its first fixed-count
//     append statement, once per run of main, as the compiler gives it
//     (cap 4 for int where the heap gives 1), and so does t := append(e,
//     x) of an empty e ([]T{}, []T(nil), a slice of main's appended to
//     nowhere else); the same cap in another
//     function (inlined into a loop, the buffer is taken once for all
//     calls), of a slice given to a function of the cell that only reads
//     it (then grown by size class), or of a var declared at a cell's top
//     level (main's or the package's) is refused (stackappend.go);
//   - generic code that instantiates itself with a type built from its
//     own type parameter (Seq[Pair[T]] in a method of Seq[T], F[[]T] in
//     F), which Go refuses as an instantiation cycle and on which yaegi
//     makes instances until the kernel's memory runs out, ends the cell
//     with go/types' error, or the same rule written out for a method
//     declared in a later cell than its type (instcycle.go);
//   - a generic type whose methods return both its own instance (Seq[T])
//     and another (Seq[string], []Seq[int]), which yaegi fails to compile
//     with an error naming neither, is refused naming both
//     (otherinstances.go);
//   - a generic type of several type parameters that names itself with
//     its own parameters in their order (entry[K, V] in entry) is written
//     entry[K] for the interpreter, its one case of a recursive generic
//     type; any other cycle among a part's generic types, which yaegi
//     would recurse on until the stack overflows, is refused, naming the
//     reference (generictypes.go), and so is a method of a generic type of
//     several type parameters that names its own type, whose callers
//     yaegi silently skips;
//   - package-level variables and aliases of an instance of a generic
//     type declared above its methods move after the part's last function
//     (yaegi compiles the instance's methods where the first names it)
//     (instancevars.go); the methods of each generic type are written
//     callees first (it compiles them in declared order, and a call of
//     one not yet compiled failed), and methods that call each other
//     round are refused, naming them (genericmethodorder.go);
//   - a var declaration in a function body (or a nested block of the
//     statements) whose value calls a generic function becomes a := of
//     its names, or, with a type, the declaration without values and an
//     assignment per name, through hidden copies where the values name
//     one of the names: yaegi left such a variable zero, silently
//     (genericlocals.go);
//   - `var a, b = f()` in a nested block of the statements becomes
//     `a, b := f()`: yaegi left the names undefined there, or crashed
//     (blockmultivars.go);
//   - a negation, complement or not of a non-literal (-x, ^x, !ok)
//     returned or assigned with = gets parentheses: yaegi returned nil
//     for `return -x` into an any and stopped the function silently after
//     `m[k] = -x` into a map of any; so does a composite literal assigned
//     with = to a field, an element or a pointer's target, where yaegi
//     panicked in reflect.Set for a place of an interface type
//     (m.state = busy{}) (unaryresults.go);
//   - not a pass: when yaegi's compiler panics, CrashCause names the
//     constructs known to crash it (a pointer to a several-parameter
//     instance outside what genericassert.go rewrites, a call of a
//     variadic generic function in generic code) for the runner's error
//     (genericcrash.go);
//   - right after the typed pass, a method of a generic type named as a
//     method of another generic type, a generic function or a generic
//     type, with as many type parameters (yaegi keeps one instance per
//     name and type arguments, and ran one's body for the other), gets a
//     hidden name of its type's (Len__Queue) in its declaration and at
//     every selector go/types resolves to it; the first owner of a name
//     keeps it, and the runner remembers the renames for later parts
//     (Options.RenamedMethods, File.RenamedMethods). A use that needs the
//     original name (an interface or constraint that lists it, any
//     interface for a method library code looks up, an assertion to an
//     interface listing a renamed name) is refused, naming the method, and
//     so is a generic function or type named like an earlier cell's
//     method that kept its name (genericmethods.go);
//   - a comma-ok assertion to an interface of the cells or an interface
//     literal (yaegi answers false) becomes a type switch in a function
//     literal, with a case for each cell type that implements it; a type
//     switch with a case of such an interface gets the runner's
//     NativeMatch in its default clause, which ends the cell, naming the
//     type, for a library value Go would have matched (ifaceassert.go);
//   - an assertion to a cell type that is not an interface on a value of a
//     cell interface (yaegi compares reflect types, which cell types of one
//     underlying type share) becomes a type switch in a function literal,
//     which yaegi decides by the type it recorded; a plain assertion, on
//     any interface, and a plain one to a cell interface panic with Go's
//     message from the runner's AssertFailed and AssertIfaceFailed; an
//     assertion on an error of a type with a twin of one shape goes to
//     the runner's Unbox, which refuses what it cannot tell; an assertion
//     to a library's interface (error, fmt.Stringer) becomes a type switch
//     in a function literal, for nativecase.go to decide, its operand on
//     an any guarded by the runner's IfaceOperand (yaegi answered a cell
//     value inside a function with a nil value and true, and crashed on a
//     nil operand); a plain assertion to another type that is not an
//     interface (float64, *strconv.NumError) on an operand yaegi holds as
//     a library value (an error, a fmt.Stringer, ctx.Value(k)), whose
//     failure it words as a missing method, or to a type made of cell
//     types ([]Point, which it names by its reflect type), gets its
//     operand from the runner's AssertOperand, which panics where the
//     assertion would fail: with Go's message or, for a plain value of a
//     type the cells' types share, an error. Other plain assertions keep
//     yaegi's own form, whose words are right and which the call would
//     make some 10 times slower (cellassert.go);
//   - a struct literal type with the fields of a declared struct type is
//     converted to it where x == y compares the two, and a value of it
//     put in an interface (but by fmt's and log's printing) is refused,
//     in this part or a later one: yaegi gives both one reflect type
//     (literalstructs.go);
//   - a type declared in a function body is registered with the runner
//     by name and reflect type when its declaration runs
//     (__gogil.LocalType, localtypes.go), so that encoding/json's errors
//     name it as Go does and name no struct for a struct literal type,
//     which yaegi gives the same reflect type; %T and %#v of an interface
//     that may hold one (a part, this or an earlier one, puts a value of
//     it in an interface) are refused by the printing pass, since yaegi
//     names no such type there (localnames.go);
//   - a variable declared at the top level of a statements part with the
//     name of a function or type of the cells that the part also uses
//     (`score := score(hand)`, main's local in the program) is refused by
//     name (funcshadow.go: yaegi holds one global per name, so the
//     variable replaced the function and its calls failed with "too many
//     arguments"); a later cell that redefines the name without using it
//     is left alone;
//   - a range over a pointer p to an array ranges over (p)[:] when it
//     has a value variable, over [N]struct{}{} when it has not
//     (rangeptr.go: in a function yaegi panics on the second, and the
//     first leaves p's slot holding the array, which a later use panics on);
//   - a constant expression of a sized type that overflows it
//     (int8(-129), uint8(200)+100), which yaegi wrapped, is a compile
//     error as in Go, where the part converts to a sized numeric type or
//     declares a typed constant (constoverflow.go);
//   - an untyped float constant of a library package (math.E, math.Pi)
//     that is an operand of a constant operation, under its sign or not,
//     is written as a literal of its value to 512 bits: yaegi typed it
//     "untyped float64" and refused math.E > 2.7 and math.Pi*1.5 with
//     "mismatched types" (libfloatconst.go);
//   - a conversion to a type parameter of a pointer go/types finds
//     assignable to it, PT(&out[i]) where PT is constrained to *T with
//     methods, becomes that assignment in a function literal: yaegi
//     panicked compiling the conversion; so does one of a number to a type
//     parameter of numbers (T(len(xs))), through reflect's Convert into a
//     variable of it (__gogil.ConvertInto): yaegi panicked compiling it for
//     a type argument of the cells (typeparamconv.go);
//   - generic code that instantiates a generic function of its part with
//     its own type parameters (None[U](), Sum[T](xs...), or a call the
//     typed pass gave its type arguments) calls a twin holding the
//     function's body that takes a witness of each type parameter
//     (*new(T)) and a slice for a variadic parameter, which yaegi infers;
//     the function calls the twin too. Generic functions get a field per
//     parameter: yaegi's inference counted fields. yaegi panicked on the
//     explicit instance once a type argument was a cell type
//     (witnesscalls.go);
//   - a type parameter named like a field of its type (type Pair[A, B
//     any] struct{ A A; B B }) gets a hidden name: yaegi took p.A for the
//     type parameter (typeparamnames.go);
//   - a conversion to an instance of a generic type of one type parameter
//     ((*List[string])(nil), Bag[int](xs)) gets a hidden package-level
//     variable of that type declared in its part, which makes the instance
//     before any function is compiled: yaegi looked the instance up and
//     failed with "type not found" where nothing had made it
//     (instanceconv.go);
//   - a type assertion to an instance of a generic type becomes a
//     function literal's assignment; in a declared function, one to a
//     pointer to an instance of several type arguments (x.(*entry[K, V]),
//     an LRU cache's container/list element) and a var of that type
//     instead call generic functions the part declares, which take the
//     type as a slice's element (__gogil_assert(x, []*entry[K, V](nil))):
//     yaegi compiled the * of such a type as a dereference and panicked
//     (genericassert.go);
//   - composite literals of an instance of a generic type of several
//     type parameters get a package-level alias of it each; where the
//     instance names a type parameter or a local type, a second literal of
//     the generic type is built by a generic function the part declares
//     first, which sets the fields on a variable (yaegi shared one node
//     among the literals and built a zero value) (instancelits.go);
//   - nils assigned in parallel to names and fields of names (e.prev,
//     e.next = nil, nil) are assigned one by one, untyped; other parallel
//     nils get their target's type (parallelnil.go);
//   - a range that assigns to existing variables (`for k, v = range m`)
//     declares hidden ones and assigns the targets from them where each
//     iteration starts (rangeassign.go: yaegi left the targets as they
//     were);
//   - an argument of a log/slog call passed as an any whose static type
//     is a cell type with a LogValue method goes through a function
//     returning it as a slog.LogValuer, whose wrapper carries the method
//     to slog; one of a cell type (or pointer) with a String or Error
//     method goes through the runner's SlogText, a native value with the
//     method for the text handler and the plain value for the JSON one;
//     any other that slog would log by a Format or Marshal method or by
//     an unexported field's name (all of which native code misses) is
//     refused before the part runs
//     (slogvalues.go);
//   - in the same pass, a range over a function (Go 1.23) becomes a call
//     of the function with the body as the yield literal; break and
//     continue become return false and true, a return or a branch out of
//     the loop is carried by hidden variables checked after the call, and
//     a yield after the loop ended panics (rangefunc.go); a defer in the
//     body keeps its call, evaluated there, in a list the loop's block
//     defers the running of (rangefuncdefer.go);
//   - at the top level of the statements, every declaration in a nested
//     block gets a hidden __gogil_sP_N_ name, P unique to the part (yaegi
//     made one global of a name: `i := i` in a loop never ended, and a
//     loop's i reused the global of an earlier loop's, shared by the
//     closures of all its iterations);
//   - a conversion of a string literal to []byte or []rune gets Go's
//     capacity, its length, by a full slice expression (constconv.go:
//     yaegi's run-time conversion rounded it up to a size class);
//   - a variable without a written type initialized by an untyped rune
//     constant of literals ('A', 'a' + 1) gets rune(...) (runeconst.go:
//     yaegi typed such a global int);
//   - x == y of struct or array values holding an interface field or
//     element becomes a function literal comparing them part by part, the
//     interfaces by __gogil.IfaceEqual (ifaceequal.go: yaegi's == compared
//     its boxes of the cell values the interfaces hold);
//   - a recover() asserted to a type (recover().(error)) gets a variable
//     declared above its statement, before any pass moves the assertion
//     into a function literal, where recover returns nil
//     (recoverassert.go);
//   - recover() becomes __gogil.Recovered(recover()), which gives Go's
//     runtime error for the reflect panics yaegi lets through for a nil
//     pointer (recovered.go);
//   - every function with named results sets them to their zero values
//     where its body starts (namedresults.go: yaegi stores them in the
//     caller's := variables, which keep the last iteration's value);
//   - every loop variable declared with := (three clauses or range) that
//     a function literal, go or defer statement, & or slice expression
//     mentions in the body, or that a method is called on, is renamed to a
//     hidden __gogil_loopN_ name, and the body gets a copy under the user's
//     name, so each iteration has its own (Go 1.22; yaegi keeps one). A
//     three-clause loop writes the copy back at the end of the body and at
//     each of its continues (made gotos to that point), so the next
//     iteration starts from it. Other loops are left as they are. Runs
//     after the range pass (whose loops have a fresh variable already) and
//     before the go and defer passes, which would hide `go v.M()`;
//   - a function literal in a three-clause loop's condition or post
//     statement that uses the loop's variable is refused (looplits.go:
//     the copies above are made in the body only);
//   - after it, every function literal its function may evaluate more
//     than once (in a loop, or in a function with a goto) and does not
//     call where it is written is made by an interpreted call of its own,
//     func() T { return lit }() (looplits.go: yaegi writes the literal's
//     frame slot back when a closure of it returns, from whichever
//     goroutine ran it, so a later iteration could hand on an earlier
//     iteration's closure or nil; and it hands a literal written as a
//     native call's argument the live frame, not a copy);
//   - a const declaration with a shift has each constant written with the
//     value and type go/types computed (constfold.go: yaegi fails on
//     `KB ByteSize = 1 << (10 * iota)` of a float type);
//   - a constant shift beyond int64 whose type its context gives
//     (`var m uint64 = 1 << 63`) is converted to that type (wideshift.go:
//     yaegi computes it as an int and fails); a float divided by a literal
//     zero gets a zero that is no constant (floatdivzero.go: yaegi
//     refuses it); unsafe.Sizeof, Alignof and Offsetof become go/types'
//     constants, and any other member of unsafe is refused by name
//     (unsafesizes.go, in the typed pass);
//   - a method expression of a cell's or a library's type (T.M, (*T).M,
//     fmt.Stringer.String) becomes the function literal Go defines it to
//     be, written from its go/types signature (methodexpr.go; yaegi calls
//     it with wrong arguments, or drops the receiver parameter); a part is
//     typed for it when it selects on (*T), an exported name, or a type
//     the part or Options.Type names;
//   - a shift whose signed count may be negative gets its count through
//     __gogil.ShiftCount, which panics as Go does (shiftcount.go: yaegi
//     shifts anyway); loop counters and len keep the shift as written;
//   - in a cell that recovers (Options.Recovers), an index or slice of a
//     slice, array or string gets its bound through __gogil.Index or
//     __gogil.Slice, which panic with Go's runtime error (index and
//     length), where yaegi's reflect panic says neither (bounds.go); loop
//     indexes in range by the loop's own condition stay as written;
//   - panic(x) of a cell value with an Error or String method hands the
//     runner the method, whose text reports a panic nothing recovers as
//     Go's runtime does (panicvalues.go); a recover() among a cell's
//     top-level statements is nil (recovered.go);
//   - a switch on an interface whose cases are constants of basic types
//     becomes a tagless switch of comparisons with the constants in their
//     default types (ifacecases.go: yaegi converts the tag and panics);
//     one whose cases are computed (a variable, a composite literal)
//     compares them by __gogil.IfaceEqual where cell types are in reach
//     (yaegi compared its boxes, silently unequal, or crashed);
//   - an index or delete of a map keyed by an interface the cells
//     declare, and a map[any] literal with a key of a cell type with
//     methods, are refused (ifacekeys.go: yaegi keys them by its boxes of
//     the values); so is a conversion of a pointer between cell types
//     (ifaceconv.go), which __gogil.IfaceEqual's taking two equal
//     pointers for one object relies on;
//   - a function literal deferred inside a loop that uses the loop's
//     variables is refused, naming the workaround of passing them as
//     arguments (deferloop.go: yaegi runs it with the last iteration's);
//   - in function bodies and literals, the arguments of a deferred call
//     that may change (not literals, constants of the part or names of
//     other packages) are evaluated into fresh variables just before the
//     defer (deferargs.go: yaegi evaluates them when the function
//     returns); so is the function value of one made by a call (a
//     method value's literal, below, or `defer trace("f")()`), which
//     yaegi made once for all iterations of a loop, and one given by a
//     name the part reassigns, a type assertion or an index (`defer
//     v.(func())()`, `defer cleanups[k]()`: deferframes.go);
//   - in a file that calls os.Exit or a Fatal, each deferred call of a
//     function returns at once while the cell exits; a call that must
//     move into a literal for that is made by keepFrame into a variable
//     before its defer (deferguard.go: deferred where written, the
//     literal in a loop printed the last iteration's arguments);
//   - an unexported field of a struct type that names no json or xml key
//     gets `json:"-" xml:"-"` (structtags.go: yaegi exports such fields,
//     which encoding/json would then write);
//   - a type switch of a function without a variable gets a hidden one,
//     and a top-level statement holding a type switch runs in a function
//     literal called at once (typeswitch.go: yaegi matches no interface
//     case without a variable, and fails to compile one at its global
//     scope);
//   - after the typed pass, a bare return among the statements becomes
//     __gogil.Return(), which panics with a value the runner takes for the
//     end of the cell: the later statements and statement parts do not
//     run, the declarations and deferred calls do (toplevelreturn.go);
//   - before the go and defer passes, a go statement (anywhere) or
//     top-level defer that passes a value of a cell interface has its
//     arguments evaluated by an interpreted call at the statement, which
//     returns the closure handed over: yaegi gives native code the
//     interface's dynamic value, which the interpreted function refused
//     (spawnifaces.go);
//   - a value of a cell type passed to a library function's variadic
//     parameter of a non-empty interface (io.MultiWriter's io.Writer) goes
//     through an interpreted identity function of that type, which gives
//     it the wrapper yaegi's variadic call left out (variadicifaces.go);
//   - a value of a cell interface converted to a library interface (a
//     library's parameter, an assignment, a return, an element) goes
//     through an interpreted function that converts the cell struct types
//     implementing both from their own type: yaegi passed the value bare to
//     a library's parameter, and elsewhere wrapped a struct's last field
//     that has the method in its place (ifaceadapt.go); a composite literal
//     of a slice, map or array cell type put in a cell interface goes in as
//     a copy of its type (ifacecopy.go: yaegi stored the underlying value);
//   - a call of a cell's variadic function (not a generic one) with no
//     value for its variadic parameter passes []T(nil)..., and one whose
//     lone variadic value is a slice assignable to T passes []T{x}...
//     (variadiccalls.go: yaegi passed an empty slice, and spread x);
//   - every `go f(a, b)` becomes a call of the runner's spawner,
//     __gogil.Go(spawner, f, a, b), which recovers a panic that would
//     otherwise kill the kernel; the function value and arguments are
//     evaluated at the go statement, as in Go (builtins, generic
//     instantiations and a lone call argument stay in a closure); a
//     function literal is handed over as made by an interpreted call,
//     func() T { return lit }(), because yaegi gives a literal written as
//     a native call's argument the live frame, not its iteration's;
//   - every defer at the top level of the statements (in nested blocks and
//     loops too, not in function bodies or literals) becomes
//     __gogil.Defer(f, a, b), pushing onto a stack the runner runs once at
//     the end of the cell: yaegi would register it on its global frame, to
//     run again after every later cell.
//   - every `v, ok = m[k]` and `v, ok := m[k]` in a statement list is
//     followed by `if !ok { v = m[k] }` when evaluating m, k and v again
//     has no effect: yaegi leaves v as it was for a missing key (a :=
//     in a loop keeps the last value found), where Go sets the zero value;
//   - likewise every `v, ok = x.(T)` and `v, ok := x.(T)` by
//     `if !ok { v = *new(T) }`, a blank ok replaced by a hidden one
//     (assertcommaok.go);
//   - every unnamed parameter of a function, method or function literal
//     is named _ (unnamedparams.go): yaegi gives it no frame slot but
//     counts it when placing the body's locals, and a call through a value
//     of the function's type panicked in reflect.Set;
//   - at the top level of the statements, after the defer pass: a comma-ok
//     `v, ok := e` (map index, receive, type assertion) becomes
//     `ok := false; goto L; v := e; L: v, ok = e`, whose never-run := gives
//     the global v its type (yaegi's global analysis types the comma-ok
//     form as "nil type"), and a compound statement with a := of several
//     values inside becomes `func() { stmt }()`, since yaegi skips such a
//     := in a nested block of its global scope ("undefined: r"); a goto
//     out of such a statement returns a number from the literal that a
//     switch around the call turns back into the goto;
//   - a promoted field go/types resolved is written with the embedded
//     fields it goes through (e.Name becoming e.Person.Name, up to a
//     library's type) (promotedfields.go: yaegi looked the name up depth
//     first and through named fields too, so `struct{ Boss *Person;
//     Person }` read e.Boss.Name, silently); a struct type whose promoted
//     method yaegi's depth-first lookup would find through other embedded
//     fields than Go's shallowest is refused where it is declared;
//   - a call of a method a struct promotes from an embedded interface
//     names the field (x.Logger.Log; yaegi panics on x.Log), and a method
//     value of a cell type's method, and the method of a deferred call or
//     of a go statement, binds its receiver when made: a copy of a value,
//     a pointer, the address of a local variable, or the embedded field
//     (or its address) a method is promoted from (promoted.go: yaegi kept
//     the variable, and a loop's `defer f.Close()` closed the last f each
//     time, its `go w.Run()` ran the last w in every goroutine); so does
//     a method value of a library interface (s.String of a fmt.Stringer,
//     err.Error), which yaegi read from the variable when called, and a
//     part with no types of the cells is checked for it when it uses a
//     selector as a value; a method value of a method a cell interface
//     embeds from a library's (rw.Read of an interface embedding
//     io.Reader), which yaegi refuses, becomes a function literal calling
//     the method of the receiver bound when it is made;
//   - a reflect.Type of a cell type (reflect.TypeOf(x), reflect.ValueOf(x)
//     .Type()) used for more than its kind, its number of fields or the
//     exported plain fields of a struct is refused, naming it
//     (reflectcell.go: yaegi's reflect type has lost the name, the
//     methods, and which fields are unexported or embedded); one of a
//     value held in an interface, used for more than its kind, size and
//     number of fields, goes through the runner, which refuses it where
//     the dynamic type is a cell type's, except for Field and FieldByName
//     of a struct whose fields are all exported, plain and not of cell
//     types (reflectdynamic.go, reflectiface.go); so does one of a []T or
//     map[K]T of a cell type T, or of a Value's element or field
//     (v.Index(0).Type()), and a Value's String, which names the type for
//     a kind other than string; a value held in an interface whose
//     reflect.Type or Value is asked only its kind, length or number of
//     fields comes out of the interpreter's box or wrapper first, whose
//     kind is struct; reflect.DeepEqual of operands of interface types
//     goes through the runner, which compares the values wrappers hold,
//     and of operands of different static types is false, which the
//     interpreter's one reflect type of a Bitcoin and an int made true
//     (reflectcell.go's deepEqualOfIfaces, deepEqualOfUnlike);
//   - a call of io.Copy, io.WriteString, bufio's constructors and the
//     like with a cell value that embeds a library type by value (a
//     bytes.Buffer) and declares Write or Read itself is refused
//     (hiddenmethods.go): the interpreter hides the embedded type's
//     pointer methods, so the library would call the cell's Write where
//     Go calls the promoted WriteString or ReadFrom;
//   - a json or xml call on a value holding a cell type with an encoding
//     method (MarshalJSON...) is refused, naming it (marshalers.go: native
//     code never sees the method and would write the plain value), and so
//     is one on a value holding an interface such a cell type implements
//     (the runner writes a boxed cell value by its fields); so is
//     a gob Encode or Decode of one with GobEncode, MarshalBinary,
//     MarshalText or their decoding twins, and a gob Encode of a value
//     holding a cell struct, slice, array or map type (gobnames.go: gob
//     sends its name, which the interpreter's type lacks, and skips the
//     unexported fields the interpreter exports), and json's encoding of a field
//     tagged omitzero of a cell type with an IsZero method, which Go's
//     encoding/json would call, unless the method is the value's plain
//     zero test (PlainZeroTest). So is a json decode into a value holding
//     a cell interface type with methods (decodeiface.go: the
//     interpreter's type of it is interface{}, which json fills with a
//     map where Go's reports an error). A cell
//     struct with no XMLName field has lost the name encoding/xml gives
//     its element: an Encoder's Encode of one becomes EncodeElement with
//     the type's name as the start element's, and xml.Marshal and
//     MarshalIndent the runner's __gogil.XMLNamed, which does the same.
//     yaegi marks an embedded field embedded only when it is the struct's
//     one field, and keeps unexported fields under exported names, so
//     every top-level, non-generic struct type a part declares registers
//     the indices of its embedded and unexported fields with the runner
//     (__gogil.CellFields), which hands json and xml a shadow of the
//     value whose struct types promote and hide fields as Go's do
//     (session/encodings.go); an Encoder's Encode or a Decoder's Decode
//     (and EncodeElement, DecodeElement) becomes __gogil.Encoding(enc.Encode,
//     "json.Encode", v) for that, the package functions the runner swapped.
//     A value whose static type holds a struct with a promoted embedded
//     field the runner has no registration of (a struct literal type, a
//     type declared in a function, a generic type) is refused, naming it;
//   - errors.As with a target of an interface written in a cell, or one a
//     cell type implements, becomes a literal calling
//     __gogil.ErrorsAsIface, which walks the chain and names the cell
//     value whose type go/types says implements it, assigned to the target
//     with its type written out (a struct type without fields as its
//     one value); a library value with the interface's methods goes in
//     through the runner's library interface of them where it declares
//     one (nativeshapes.go: Unwrap, Timeout, Temporary), and otherwise
//     ends the cell, which the interpreter could not put it in
//     (errorsasiface.go: errors.As cannot match a library error with the
//     interpreter's value of that interface, nor see a cell value's
//     methods);
//   - a comma-ok assertion x.(T) to a struct type T without fields
//     (the earlier passes' assertions included) becomes a type switch
//     setting the flag, T{} being its value (emptystructassert.go:
//     yaegi's assertion of an any or error holding such a value
//     panicked, reflect: Field index out of bounds);
//   - a type switch's case of a cell interface whose method set the
//     runner declares a library interface of (Unwrap() []error,
//     Timeout() bool) asks TypeCase about that interface in the case's
//     place, so a library value (errors.Join's) runs the clause Go runs
//     (nativecase.go, nativeshapes.go);
//   - panic(nil) becomes panic(__gogil.PanicNil()), Go's
//     *runtime.PanicNilError (panicnil.go: yaegi panicked with the nil,
//     which recover() returned, so the panic looked like no panic);
//   - print(x, y) and println(x, y) become __gogil.Print(false/true,
//     "vi", x, y), the letters marking interface operands, which write on
//     the cell's stderr as Go's runtime does (printbuiltins.go: yaegi's
//     wrote fmt's text on stdout, with spaces between print's operands);
//     a struct or array operand is Go's compile error;
//   - a received value assigned, declared or returned is put in
//     parentheses, a select clause's receive into variables gets fresh
//     ones, `v, _ = <-ch` becomes `v = (<-ch)` and `_, ok = <-ch` a
//     function literal returning ok (recvvalues.go: yaegi set the
//     received value in a slot that cannot be set, and put the value
//     meant for a blank into the function's first variable, silently);
//   - a select statement with a communication becomes a block: its
//     channels and sent values evaluated into variables of their own, a
//     call of __gogil.Select over cases naming them (received values land
//     in variables of the channel's element type, through pointers), and a
//     switch on the case chosen that keeps the select's label and
//     assigns a receive's variables in its case (selects.go: yaegi shares
//     one array of cases between goroutines running the same select). A
//     select whose element types the code cannot name is left as it is;
//   - a struct whose one field is an embedded library interface
//     (struct{ sort.Interface }, struct{ error }) is refused, naming it
//     (embediface.go: reflect cannot embed the interface's methods, and
//     fmt printed the panic as the value);
//   - in an assignment of several pairs, each call and composite literal
//     on the right is put in parentheses, and so is each composite literal
//     of a definition or var spec of several pairs (multiassign.go: yaegi
//     writes such a value straight into its variable and skips the other
//     pairs, so `a, b = f(b), f(a)` gave both the same value);
//   - a composite literal (not written as an array, slice or map)
//     assigned to a variable not declared as an interface is put in
//     parentheses (slotlits.go: yaegi replaced the variable's slot with a
//     new struct, which the caller, a closure, a pointer to the variable
//     or a method value bound to it never saw: a named result came back
//     zero, `p := &s; s = P{..}` left *p old);
//   - last, a break L, continue or goto that ends a select clause is put
//     in a block (selectbranch.go: yaegi rewires a clause's last statement
//     to the select's end, so the branch only left the select).
//
// QualifyGlobals, which the runner calls on declaration parts, rewrites a
// var initializer's reads of variables of earlier compilations into
// main.x (see its comment).
//
// The code written calls the functions RuntimeHelpers names through
// RuntimeAlias; the runner provides them (a session test checks it). A new
// lowering (a builtin the interpreter lacks, say) is a new entry in the
// table and a new case under testdata/lower/, whose golden
// file shows what the front end decides about a cell (go test -update
// rewrites them).
//
// IsComplete, which tells a console whether code can run as it is, works on
// the same tokens and parts.
package cellsrc
