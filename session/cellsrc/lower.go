package cellsrc

import (
	"fmt"
	"go/ast"
	"regexp"
	"slices"

	"github.com/gogil/gogil/cellio"
)

// RuntimeAlias is the name rewritten code calls the runner's helpers
// through (__gogil.Go(...)); the runner imports its helper package under
// this name in every cell.
const RuntimeAlias = "__gogil"

// RuntimeHelpers are the functions of RuntimeAlias that the code this
// package writes calls; the runner must provide each (session tests check
// it).
var RuntimeHelpers = append([]string{"Go", "GoSpread", GoDoneHelper, ReturnHelper, "Defer", "DeferSpread", "DeferArgs", "Args", "Values", "Typed", TypedIfaceHelper, TypedParamHelper, ParamArgsHelper, "TypeCase", CellTypeHelper, LocalTypeHelper, UnboxHelper, NativeMatchHelper, ErrorsAsHelper, ErrorsAsIfaceHelper, ErrorsIsHelper, ErrorsUnwrapHelper, ErrorsEqualHelper, IfaceEqualHelper, TypedErrorHelper, NamedErrorHelper, RecoveredHelper, DecodeRuneHelper, SelectHelper, SelectRecvHelper, SelectSendHelper, CellCaseHelper, LibraryCaseHelper, BoxedCaseHelper, ReflectOperandHelper, ReflectFieldsOperandHelper, XMLNamedHelper, NamedHelper, NamedParamHelper, MissedCaseHelper, ReboxHelper, LaterCaseHelper, ExitingHelper, DeferredPanicHelper, AssertFailedHelper, AssertIfaceFailedHelper, IfaceOperandHelper, TypedNilHelper, ContextKeyHelper, ContextKeyOfHelper, ShiftCountHelper, ConvertIntoHelper, IndexHelper, SliceHelper, PanickingHelper, SlogTextHelper, PanicNilHelper, PrintHelper, UnlockHelper, UnlockFuncHelper, FormatStateType}, typedHelpers()...)

// Options are what the runner decides for the lowering of one cell.
type Options struct {
	// Spawner is the number of the function `go` statements of this cell
	// hand their goroutine to, written into the code so that a function
	// keeps its cell's spawner whichever cell later calls it.
	Spawner int
	// Types, if not nil, type-checks the part against the earlier cells:
	// the typed passes call it at most once, and only for a part that
	// needs it (min, max, clear, new, the generic library, a range whose
	// operand the part alone does not type).
	Types TypeChecker
	// CellTypes says that the cells have declared types, whose values the
	// printing pass (printtypes.go) hands fmt with their static types.
	CellTypes bool
	// Global, if not nil, says whether a name is a variable of an earlier
	// cell, which a declaration in a nested block of the statements
	// shadows (shadow.go).
	Global func(name string) bool
	// Constant, if not nil, says whether a name is a constant an earlier
	// part declared: a part that computes with one is type-checked, for
	// a result that overflows its type (constoverflow.go).
	Constant func(name string) bool
	// RuneConstant, if not nil, says whether a name is a constant an
	// earlier part declared that may be an untyped rune (its declaration
	// has a rune literal, or repeats the value above it): a part that
	// names one is type-checked (runeconstuse.go).
	RuneConstant func(name string) bool
	// Generic, if not nil, says whether a name is a generic function an
	// earlier part declared: a part that calls one is type-checked, for
	// the type arguments the interpreter cannot infer (instantiate.go).
	Generic func(name string) bool
	// Type, if not nil, says whether a name is a type an earlier part
	// declared: a part that selects a method on one (T.M, a method
	// expression) is type-checked (methodexpr.go).
	Type func(name string) bool
	// Variadic, if not nil, says whether a name may be a variadic
	// function (or function variable) an earlier part declared: a part
	// that calls one is type-checked (variadiccalls.go).
	Variadic func(name string) bool
	// RenamedMethods are the methods of generic types ("Queue.Len") that
	// earlier parts gave a hidden name (File.RenamedMethods): their
	// selectors in this part are renamed too (genericmethods.go).
	RenamedMethods map[string]bool
	// LiteralStructs: an earlier part wrote a struct literal type with
	// the fields of a struct type the cells declared
	// (File.WritesSharedLiteralStructs), whose values the part's must not
	// put in interfaces (literalstructs.go).
	LiteralStructs bool
	// AtomicPointers: the cell or an earlier one names a generic type's
	// instance .Pointer[T], which may be an atomic.Pointer: a part that
	// selects a method named like one of its methods, or prints, is
	// type-checked, since the variable it selects it on or prints may be
	// or hold one (atomicpointer.go).
	AtomicPointers bool
	// Recovers: the cell calls recover(), so an index out of range must
	// panic with Go's value (bounds.go).
	Recovers bool
	// Describe registers the static type of a printed value with the
	// runner, for __gogil.Typed; nil leaves printed values as they are.
	Describe Describer
	// Trailing: the part's trailing expression statement, if it ends in
	// one, is the cell's value, which the runner shows as the cells' fmt
	// prints it (trailingvalues.go).
	Trailing bool
}

// A pass rewrites a parsed part in place for the interpreter. Passes run
// in the order of the table, after the cell's own Rewrite hook.
type pass struct {
	name  string
	kinds []Kind // the parts it applies to
	apply func(f *File, opts Options)
	// needs are the things (scan.go) of which a part must hold one for
	// the pass to change it or refuse it: a part that holds none skips the
	// pass without its walk. Zero, the pass runs on every part; a pass
	// that declares needs promises to change nothing without them
	// (TestScanSkipsOnlyNoOps holds it to that over the corpus).
	needs holds
}

// passes are the lowerings from the Go a cell is written in to the Go the
// interpreter runs correctly. A new one (a language feature the
// interpreter lacks, say) is an entry here and a case in
// testdata/lower/; one that looks for something most parts lack declares
// it in needs (scan.go), which TestScanSkipsOnlyNoOps checks.
var passes = []pass{
	{
		// Before every pass that types the code, so that the variables
		// it declares are typed, and before the assertion passes, which
		// would move its recover() into a function literal
		// (recoverassert.go).
		name:  "recover() asserted to a type",
		needs: holdsTypeAssert | holdsTypeSwitch,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, _ Options) { hoistRecoverAsserts(f.AST) },
	},
	{
		// Before any pass types the part: the &T it writes is then typed
		// like the user's own (elidedptrs.go).
		name:  "elided &T of pointer elements of composite literals",
		needs: holdsCompositeLit,
		kinds: []Kind{Decls, Stmts},
		apply: writeElidedPointers,
	},
	{
		// First: the passes after it type the code it writes, checked
		// again where the top level's names were typed wrong
		// (reusedefine.go).
		name:  ":= of several names reusing a variable",
		needs: holdsDefineMulti,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, opts Options) { f.fail(lowerReusedDefines(f, opts)) },
	},
	{
		// After the passes that must come before the part is typed, while
		// the names are the user's (funcshadow.go).
		name:  "variables of the statements named like a function or type they use (refused)",
		needs: holdsDefine | holdsVar,
		kinds: []Kind{Stmts},
		apply: func(f *File, opts Options) { f.fail(refuseFuncShadows(f, opts)) },
	},
	{
		// Before the typed pass, which rewrites initializers; it types
		// the part (initorder.go).
		name:  "package-level variables in Go's initialization order",
		needs: holdsCall,
		kinds: []Kind{Decls},
		apply: orderPackageVars,
	},
	{
		// After the initialization order, which it keeps
		// (instancevars.go).
		name:  "package-level variables of generic instances declared above methods",
		needs: holdsVar | holdsAlias,
		kinds: []Kind{Decls},
		apply: moveInstanceVars,
	},
	{
		// First, while the code is the user's: it type-checks the part.
		name:  "builtins min, max, clear, new(value) and the generic library",
		needs: holdsCall | holdsSelector | holdsRange | holdsIndex | holdsIndexList | holdsTypeParams | namesGeneric,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, opts Options) { f.fail(lowerTyped(f, opts)) },
	},
	{
		// After the typed pass, while the slices' identifiers are the
		// user's, which go/types typed (stackappend.go).
		name:  "cap of a slice main appends to, which Go's compiler starts in a stack buffer",
		needs: holdsCapName,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, opts Options) { f.fail(lowerStackAppends(f, opts)) },
	},
	{
		// While the struct types are the user's, which go/types typed
		// (literalstructs.go).
		name:  "struct literal types of a declared struct type's fields (compared: converted; in interfaces: refused)",
		needs: holdsStructType | withLiteralStructs,
		kinds: []Kind{Decls, Stmts},
		apply: refuseLiteralStructs,
	},
	{
		// After the typed pass, which writes the instances' type
		// arguments and the variables' types (genericvars.go).
		name:  "package-level variables initialized by calls of generic functions",
		needs: holdsCall,
		kinds: []Kind{Decls},
		apply: func(f *File, opts Options) { f.fail(lowerGenericVarInits(f, opts)) },
	},
	{
		// After the typed pass, which writes the instances' type
		// arguments; before the shadowing pass, which renames what the
		// nested blocks of the statements declare (genericlocals.go).
		name:  "var declarations in function bodies initialized by calls of generic functions",
		needs: holdsVar,
		kinds: []Kind{Decls, Stmts},
		apply: lowerGenericLocalVars,
	},
	{
		// Before the shadowing pass, which renames what it writes
		// (blockmultivars.go).
		name:  "var declarations of several names from one call in nested blocks of the statements",
		needs: holdsVar,
		kinds: []Kind{Stmts},
		apply: lowerBlockMultiVars,
	},
	{
		// While the code is the user's, which go/types checks.
		name:  "constant expressions that overflow their sized type",
		needs: holdsCall | holdsConst | namesConstant,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, opts Options) { f.fail(checkConstantOverflow(f, opts)) },
	},
	{
		// While the selectors are the user's nodes, which go/types typed
		// (libfloatconst.go).
		name:  "library float constants in constant operations",
		needs: holdsSelector,
		kinds: []Kind{Decls, Stmts},
		apply: lowerLibraryFloatConstants,
	},
	{
		// While the quotients are the user's nodes, which go/types typed
		// (constdiv.go).
		name:  "quotients of untyped integer constants given a float type",
		needs: holdsQuotient,
		kinds: []Kind{Decls, Stmts},
		apply: lowerConstantQuotients,
	},
	{
		// While the conversions are the user's nodes, which go/types
		// typed (typeparamconv.go).
		name:  "conversions to type parameters of pointers assignable to them, and of numbers",
		needs: holdsTypeParams | holdsMethod,
		kinds: []Kind{Decls},
		apply: func(f *File, opts Options) { lowerTypeParamConversions(f, opts) },
	},
	{
		// While the conversions are the user's nodes, which go/types
		// typed (instanceconv.go).
		name:  "conversions to instances of generic types",
		needs: holdsCall,
		kinds: []Kind{Decls, Stmts},
		apply: lowerInstanceConversions,
	},
	{
		// While the literals are the user's nodes, which go/types typed
		// (instancelits.go).
		name:  "composite literals of instances of generic types of several type parameters",
		needs: holdsIndexList,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, opts Options) { f.fail(lowerInstanceLiterals(f, opts)) },
	},
	{
		// While the struct types are the user's nodes, which go/types
		// typed (embediface.go).
		name:  "library interfaces embedded in struct types",
		needs: holdsStructType,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, opts Options) { f.fail(lowerEmbeddedLibraryInterfaces(f, opts)) },
	},
	{
		// While the statements are the user's nodes, which go/types typed
		// (redefine.go).
		name:  "top-level := of a name read above as an earlier cell's variable",
		needs: holdsDefine,
		kinds: []Kind{Stmts},
		apply: func(f *File, opts Options) { f.fail(lowerTopLevelRedefines(f, opts)) },
	},
	{
		// While the types are the user's nodes, which go/types typed
		// (localalias.go).
		name:  "type aliases declared in function bodies",
		needs: holdsAlias,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, opts Options) { f.fail(lowerLocalAliases(f, opts)) },
	},
	{
		// While the conversions are the user's nodes, which go/types
		// typed; after the redefines' pass, which may make a := an
		// assignment (funcconv.go).
		name:  "globals made by a conversion to a function type",
		needs: holdsSelector,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, opts Options) { f.fail(lowerFuncConversions(f, opts)) },
	},
	{
		// Declarations only, before any pass rewrites generic code: the
		// interpreter would instantiate without end (instcycle.go).
		name:  "generic code that instantiates itself without end (refused)",
		needs: holdsTypeParams | holdsMethod,
		kinds: []Kind{Decls},
		apply: func(f *File, opts Options) { f.fail(checkInstantiationCycles(f, opts)) },
	},
	{
		// Declarations only: yaegi's error names neither method
		// (otherinstances.go).
		name:  "methods returning their own instance and another (refused)",
		needs: holdsMethod,
		kinds: []Kind{Decls},
		apply: func(f *File, _ Options) { f.fail(checkOtherInstanceResults(f)) },
	},
	{
		// While the selectors are the user's nodes, which go/types typed;
		// before the passes that copy a selector's name into code they
		// write (method expressions, method values, printed methods).
		name:  "methods of generic types that share a name",
		needs: holdsTypeParams | holdsMethod | withRenamedMethods,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, opts Options) { f.fail(lowerGenericMethodNames(f, opts)) },
	},
	{
		// After the renaming, which keeps a method's name and its
		// selectors alike; while the selectors are the user's nodes,
		// which go/types typed (genericmethodorder.go).
		name:  "methods of generic types that call methods declared below them",
		needs: holdsMethod,
		kinds: []Kind{Decls},
		apply: func(f *File, opts Options) { f.fail(orderGenericMethods(f, opts)) },
	},
	{
		// Before the passes that wrap values handed to interface
		// parameters, while the arguments are the user's (hiddenmethods.go).
		name:  "cell values whose promoted upgrade methods native code would miss (refused)",
		needs: holdsCall,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, opts Options) { f.fail(refuseHiddenPromotedMethods(f, opts)) },
	},
	{
		// While the conversions are the user's nodes, which go/types
		// typed (namedbasic.go).
		name:  "values of cell types of basic kinds put in interfaces",
		needs: holdsTypeDecl | holdsTypeParams | withCellTypes,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, opts Options) { f.fail(lowerNamedBasics(f, opts)) },
	},
	{
		// While the conversions are the user's nodes, which go/types
		// typed (librarycase.go).
		name:  "explicit conversions to any of cell values of basic kinds with methods",
		needs: holdsCall,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, opts Options) { f.fail(boxExplicitConversions(f, opts)) },
	},
	{
		// While the indexes and literals are the user's nodes, which
		// go/types typed (ifacekeys.go).
		name:  "maps keyed by interfaces the cells declare (refused)",
		needs: holdsIndex | holdsCompositeLit | holdsCall,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, opts Options) { f.fail(refuseInterfaceKeys(f, opts)) },
	},
	{
		// While the operands are the user's nodes, which go/types typed
		// (nilifaceany.go).
		name:  "nil cell interfaces made empty interfaces",
		needs: holdsCall | holdsCompositeLit,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, opts Options) { f.fail(lowerNilInterfaceToAny(f, opts)) },
	},
	{
		// While the conversions are the user's nodes, which go/types
		// typed; before the copies, which copy the value it puts in a
		// literal (ifaceconv.go).
		name:  "explicit conversions to interfaces and calls handed to interface parameters",
		needs: holdsCall,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, opts Options) { f.fail(lowerInterfaceConversions(f, opts)) },
	},
	{
		// While the nodes are the user's, which go/types typed; it types
		// the nodes it writes for the passes after it.
		name:  "cell values with methods copied into interfaces",
		needs: holdsTypeDecl | withCellTypes,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, opts Options) { f.fail(lowerInterfaceCopies(f, opts)) },
	},
	{
		// After the passes that wrap values put in interfaces, which
		// type their calls; while the values are nodes go/types typed.
		name:  "parallel assignments of values of empty interface types",
		needs: holdsAssignMulti,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, opts Options) { f.fail(lowerParallelIfaces(f, opts)) },
	},
	{
		// While the channels are the user's nodes, which go/types typed
		// (selects.go); before the passes that look at selects.
		name:  "select statements",
		needs: holdsSelect,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, opts Options) { f.fail(lowerSelects(f, opts)) },
	},
	{
		// After the typed pass, whose range-over-func lowering carries a
		// return out of the loop's body; before the passes that move
		// top-level statements into function literals.
		name:  "returns among the statements",
		needs: holdsReturn,
		kinds: []Kind{Stmts},
		apply: func(f *File, _ Options) {
			if main, _ := MainBody(f.AST); main != nil {
				RewriteTopLevelReturns(main.Body)
			}
		},
	},
	{
		// Before CellCase's guard wraps the operands (instancecases.go).
		name:  "type assertions of instances of generic types to interfaces",
		needs: holdsTypeAssert | holdsTypeSwitch,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, opts Options) { f.fail(guardInstanceCases(f, opts)) },
	},
	{
		// While the assertions are the user's nodes, which go/types
		// typed; before the passes that rewrite type switches, which find
		// the type of the operand it wraps (cellcase.go).
		name:  "assertions and type switches to cell types on values in an any",
		needs: holdsTypeAssert | holdsTypeSwitch,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, opts Options) { f.fail(guardCellCases(f, opts)) },
	},
	{
		// While the assertions are the user's nodes, which go/types
		// typed; before the passes that rewrite type switches.
		name:  "assertions and type switches to the cells' interfaces",
		needs: holdsTypeAssert | holdsTypeSwitch,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, opts Options) { f.fail(lowerInterfaceAsserts(f, opts)) },
	},
	{
		// After the assertions above, which become comma-ok ones, while
		// their types are the user's nodes, which go/types typed
		// (emptystructassert.go).
		name:  "assertions to struct types without fields",
		needs: holdsTypeAssert,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, opts Options) { f.fail(lowerEmptyStructAsserts(f, opts)) },
	},
	{
		// While the ranges are the user's nodes, which go/types typed.
		name:  "ranges with a value over slices of channels",
		needs: holdsRange,
		kinds: []Kind{Decls, Stmts},
		apply: lowerRangeChan,
	},
	{
		// While the ranges are the user's nodes, which go/types typed
		// (rangestring.go).
		name:  "ranges with a key over strings",
		needs: holdsRange,
		kinds: []Kind{Decls, Stmts},
		apply: lowerRangeStrings,
	},
	{
		// While the ranges are the user's nodes, which go/types typed.
		name:  "ranges over pointers to arrays",
		needs: holdsRange,
		kinds: []Kind{Decls, Stmts},
		apply: lowerRangeArrayPointers,
	},
	{
		// While the case types are the user's nodes, which go/types typed;
		// before the printing pass, which looks the bodies' values up.
		name:  "type switch cases of native interfaces",
		needs: holdsTypeSwitch,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, opts Options) { f.fail(lowerNativeCases(f, opts)) },
	},
	{
		// After the native cases' pass, which decides the switches with a
		// case of a native interface (it unboxes their operand itself).
		name:  "type switches on cell values held in native interfaces",
		needs: holdsTypeSwitch,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, opts Options) { f.fail(lowerBoxedCases(f, opts)) },
	},
	{
		// While the calls are the user's nodes, which go/types typed;
		// before the go and defer passes, which hand the closure it
		// makes to the runner (spawnifaces.go).
		name:  "cell interfaces passed to goroutines and top-level defers",
		needs: holdsGo | holdsDefer,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, opts Options) { f.fail(lowerSpawnedInterfaces(f, opts)) },
	},
	{
		// While the arguments are the user's nodes, which go/types typed
		// (variadicifaces.go).
		name:  "cell values passed to a library's variadic interface parameter",
		needs: holdsCall,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, opts Options) { f.fail(lowerVariadicInterfaces(f, opts)) },
	},
	{
		// Declarations only: a cycle of generic types would crash the
		// interpreter (generictypes.go).
		name:  "generic types that name themselves (refused)",
		needs: holdsTypeDecl | holdsMethod,
		kinds: []Kind{Decls},
		apply: func(f *File, opts Options) {
			lowerSelfInstances(f, opts)
			f.fail(checkGenericCycles(f))
			f.fail(checkGenericMethodSelfRefs(f))
		},
	},
	{
		// Wherever a type is declared, a function's body included.
		name:  "function types that name themselves (refused)",
		needs: holdsTypeDecl,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, _ Options) { f.fail(checkRecursiveFuncTypes(f)) },
	},
	{
		// Wherever a type is declared (funcfields.go).
		name:  "struct types holding tables of functions that name them (refused)",
		needs: holdsTypeDecl,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, _ Options) { f.fail(checkRecursiveFuncFields(f)) },
	},
	{
		// Declarations only: the top-level types of a part (boxed.go).
		name:  "cell types registered by their reflect types",
		needs: holdsTypeDecl,
		kinds: []Kind{Decls},
		apply: func(f *File, _ Options) {
			registerCellTypes(f)
			registerCellFields(f)
		},
	},
	{
		// The types declared in function bodies (localtypes.go).
		name:  "local types registered by their reflect types",
		needs: holdsTypeDecl,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, _ Options) { registerLocalTypes(f) },
	},
	{
		// While the code is the user's, which go/types typed
		// (instancetypes.go).
		name:  "instances of generic cell types registered by their reflect types",
		needs: holdsTypeParams | holdsIndex | holdsIndexList | namesGeneric,
		kinds: []Kind{Decls, Stmts},
		apply: registerCellInstances,
	},
	{
		// While the calls are the user's nodes, which go/types typed.
		name:  "encoding methods of cell types (refused)",
		needs: holdsCall,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, opts Options) { f.fail(refuseCellMarshalers(f, opts)) },
	},
	{
		// While the calls are the user's nodes, which go/types typed
		// (nativepointers.go).
		name:  "cell values where a library needs the pointer itself (refused)",
		needs: holdsCall,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, opts Options) { f.fail(refuseCellPointerArgs(f, opts)) },
	},
	{
		// While the calls are the user's nodes, which go/types typed.
		name:  "context keys of cell types",
		needs: holdsCall,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, opts Options) { f.fail(lowerContextKeys(f, opts)) },
	},
	{
		// While the calls are the user's nodes, which go/types typed.
		name:  "reflect types of cell types (refused where wrong)",
		needs: holdsSelector,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, opts Options) { f.fail(refuseCellReflectTypes(f, opts)) },
	},
	{
		// While the calls are the user's nodes, which go/types typed
		// (reflectiface.go): at the call, where reflectdynamic.go's
		// guard is at the use, which a reflect.Value handed on escapes.
		name:  "reflect types of cell values held in interfaces (refused where wrong)",
		needs: holdsSelector,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, opts Options) { f.fail(guardInterfaceReflects(f, opts)) },
	},
	{
		// While the targets are the user's nodes, which go/types typed
		// (parallelnil.go).
		name:  "untyped nil assigned in parallel to fields, elements, in a loop's header",
		needs: holdsAssignMulti,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, opts Options) { f.fail(typeParallelNils(f, opts)) },
	},
	{
		// While the uses are the user's nodes, which go/types typed
		// (runeconstuse.go).
		name:  "uses of untyped rune constants as runes",
		needs: holdsConst | namesRuneConstant,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, opts Options) { f.fail(typeRuneConstantUses(f, opts)) },
	},
	{
		// While the constants are the user's nodes, which go/types typed.
		name:  "constants computed by operations (shifts, iota - 1, sums)",
		needs: holdsConst,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, opts Options) { f.fail(lowerShiftConsts(f, opts)) },
	},
	{
		name:  "constant arguments of complex() that are not literals; real() and imag() of constants",
		needs: holdsCall,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, opts Options) { f.fail(lowerComplexArgs(f, opts)) },
	},
	{
		// While the divisions are the user's nodes, which go/types typed.
		name:  "float divisions by a constant zero",
		needs: holdsDivZero,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, opts Options) { f.fail(lowerFloatDivZero(f, opts)) },
	},
	{
		// While the shifts are the user's nodes, which go/types typed.
		name:  "constant shifts beyond int64, of a type their context gives",
		needs: holdsShift,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, opts Options) { f.fail(lowerWideShifts(f, opts)) },
	},
	{
		// While the shifts are the user's nodes, which go/types typed.
		name:  "untyped constants shifted by a variable count",
		needs: holdsShift,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, opts Options) { f.fail(lowerShiftOperands(f, opts)) },
	},
	{
		// While the counts are the user's nodes, which go/types typed.
		name:  "shifts by a signed count that may be negative",
		needs: holdsShift,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, opts Options) { f.fail(lowerShiftCounts(f, opts)) },
	},
	{
		// While the indexes are the user's nodes, which go/types typed.
		name:  "indexes and slices of a cell that recovers panics",
		needs: holdsIndex | holdsSlice,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, opts Options) { f.fail(lowerBounds(f, opts)) },
	},
	{
		// While the panics' operands are the user's nodes, which go/types
		// typed.
		name:  "panics of cell values with an Error or String method",
		needs: holdsCall,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, opts Options) { f.fail(lowerPanicValues(f, opts)) },
	},
	{
		// Anywhere: it needs no types (panicnil.go).
		name:  "panic(nil)",
		needs: holdsCall,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, _ Options) { LowerPanicNil(f.AST) },
	},
	{
		// While the calls are the user's nodes, which go/types typed
		// (printbuiltins.go).
		name:  "print and println",
		needs: holdsPrintName,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, opts Options) { f.fail(lowerPrintBuiltins(f, opts)) },
	},
	{
		// While the cases are the user's nodes, which go/types typed.
		name:  "constant cases of a switch on an interface",
		needs: holdsSwitch,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, opts Options) { f.fail(lowerInterfaceCases(f, opts)) },
	},
	{
		// While the selectors are the user's nodes, which go/types typed.
		name:  "calls of methods whose result is a named function type",
		needs: holdsCall,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, opts Options) { f.fail(lowerFuncResults(f, opts)) },
	},
	{
		// While the selectors are the user's nodes, which go/types typed.
		name:  "method expressions of cell types",
		needs: holdsSelector,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, opts Options) { f.fail(lowerMethodExprs(f, opts)) },
	},
	{
		// Typed, before the promoted methods are written out (its
		// selections' paths): an unlock of an unlocked mutex killed the
		// kernel (mutexunlock.go).
		name:  "sync.Mutex.Unlock",
		needs: holdsSelector,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, opts Options) { f.fail(lowerMutexUnlock(f, opts)) },
	},
	{
		name:  "struct types whose promoted methods yaegi resolves otherwise than Go (refused)",
		needs: holdsStructType,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, opts Options) { f.fail(checkPromotedMethods(f, opts)) },
	},
	{
		// While the selectors are the user's nodes, which go/types typed.
		name:  "promoted fields written out",
		needs: holdsSelector,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, opts Options) { f.fail(lowerPromotedFields(f, opts)) },
	},
	{
		// While the selectors are the user's nodes, which go/types typed.
		name:  "methods promoted from embedded interfaces; receivers of method values",
		needs: holdsSelector,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, opts Options) { f.fail(lowerPromotedInterfaceMethods(f, opts)) },
	},
	{
		// While the calls are the user's nodes, which go/types typed.
		name:  "calls of the cells' variadic functions",
		needs: holdsCall,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, opts Options) { f.fail(lowerVariadicCalls(f, opts)) },
	},
	{
		// While the arguments are the user's nodes, which go/types typed.
		name:  "values of cell types printed with their static types",
		needs: holdsCall | holdsSwitch | holdsCompare | withTrailingValue,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, opts Options) { f.fail(lowerPrinted(f, opts)) },
	},
	{
		// While the arguments are the user's nodes, which go/types typed.
		name:  "cell values with a LogValue method handed to log/slog",
		needs: holdsSlog | holdsCall,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, opts Options) { f.fail(lowerSlogValues(f, opts)) },
	},
	{
		// After the passes that type the user's code (and may write
		// iter.Seq[V] themselves), which go/types knows from package iter.
		name:  "iter.Seq and iter.Seq2 as the function types they are",
		needs: holdsSelector,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, opts Options) { rewriteIterSeq(f.AST, opts.Global) },
	},
	{
		// After the typed passes, which type the user's constraints as
		// written (unionconstraint.go).
		name:  "unions of constraints in type parameter lists",
		needs: holdsTypeParams,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, _ Options) { wrapUnionConstraints(f.AST) },
	},
	{
		// Before the passes that rename the variables of the loops'
		// headers, whose names it reports (looplits.go).
		name:  "function literals in a loop's condition or post statement (refused)",
		needs: holdsFor,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, _ Options) { f.fail(refuseLoopHeaderLiterals(f)) },
	},
	{
		// After the passes that look names up in go/types' answers (by
		// node, so a renamed node is still found), before those that add
		// declarations of their own to loop bodies.
		name:  "top-level declarations that shadow",
		needs: holdsBlock | holdsIf | holdsFor | holdsRange | holdsSwitch | holdsTypeSwitch | holdsSelect,
		kinds: []Kind{Stmts},
		apply: func(f *File, opts Options) {
			if main, _ := MainBody(f.AST); main != nil {
				RenameTopLevelShadows(main.Body, f.base)
			}
		},
	},
	{
		// Its operand's nodes are the user's still (the pass above
		// replaces calls, not the range statements around them).
		name:  "range over an integer",
		needs: holdsRange,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, opts Options) { rewriteRangeInt(f, opts) },
	},
	{
		// Before the loop-variable pass renames them and the defer pass
		// hides top-level defers in calls (deferloop.go).
		name:  "function literals deferred in loops (refused)",
		needs: holdsDefer,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, opts Options) { f.fail(checkDeferredLiterals(f, opts)) },
	},
	{
		// After the range pass, whose loops already have a fresh variable
		// per iteration; before the go and defer passes, which would hide
		// `go v.M()` (the address of v) inside a call.
		name:  "per-iteration loop variables",
		needs: holdsFor | holdsRange,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, _ Options) { RewriteLoopVars(f.AST) },
	},
	{
		// After the loop-variable pass, whose per-iteration copies the
		// literals capture (looplits.go).
		name:  "function literals made in loops",
		needs: holdsFuncLit,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, _ Options) { keepLoopLiteralFrames(f.AST) },
	},
	{
		// After the loop-variable pass, which would copy variables for
		// the literals it writes (genericassert.go).
		name:  "type assertions to instances of generic types",
		needs: holdsTypeAssert | holdsIndexList,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, _ Options) { rewriteGenericAsserts(f) },
	},
	{
		// In function bodies and literals (deferargs.go); the top level's
		// defers are the defer pass's below.
		name:  "arguments of deferred calls evaluated at the defer",
		needs: holdsDefer,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, _ Options) {
			var main *ast.FuncDecl
			if f.Part.Kind == Stmts {
				main = f.Main
			}
			RewriteDeferArgs(f.AST, main)
		},
	},
	{
		// After the arguments' pass, whose literals moved out of a
		// deferred call it makes through keepFrame too; before the
		// guards', whose literals call the copies it makes
		// (deferframes.go).
		name:  "closures called while their function runs its deferred calls; deferred function values",
		needs: holdsDefer,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, opts Options) {
			var main *ast.FuncDecl
			if f.Part.Kind == Stmts {
				main = f.Main
			}
			f.fail(keepDeferredFrames(f, main, opts))
		},
	},
	{
		// After the arguments' pass, whose variables the literals it
		// writes capture (deferguard.go).
		name:  "deferred calls of functions, under os.Exit and after a panic in one",
		needs: holdsDefer,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, _ Options) {
			var main *ast.FuncDecl
			if f.Part.Kind == Stmts {
				main = f.Main
			}
			guardDeferredCalls(f.AST, main)
		},
	},
	{
		// Typed, before the go statements it writes are handed to the
		// runner (waitgroupgo.go).
		name:  "sync.WaitGroup.Go",
		needs: holdsSelector,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, opts Options) { f.fail(lowerWaitGroupGo(f, opts)) },
	},
	{
		// Everywhere, function bodies and literals included: a panic in an
		// interpreted goroutine would kill the kernel.
		name:  "go statements",
		needs: holdsGo,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, opts Options) { RewriteGo(f.AST, opts.Spawner) },
	},
	{
		// Only at the top level of the statements: elsewhere defer is Go's.
		name:  "top-level defer",
		needs: holdsDefer,
		kinds: []Kind{Stmts},
		apply: func(f *File, _ Options) {
			if main, _ := MainBody(f.AST); main != nil {
				RewriteDefer(main.Body)
			}
		},
	},
	{
		// Every struct type (structtags.go).
		name:  "unexported fields hidden from encoding/json and xml",
		needs: holdsStructType,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, _ Options) { RewriteHiddenFieldTags(f.AST) },
	},
	{
		// Everywhere, on the switches the typed passes wrote too; before
		// the binding pass below, which names the variable of the type
		// switch it leaves (nilcase.go).
		name:  "type switch cases of nil",
		needs: holdsTypeSwitch,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, _ Options) { RewriteNilTypeCases(f.AST) },
	},
	{
		// Everywhere (typeswitch.go).
		name:  "type switches without a variable",
		needs: holdsTypeSwitch,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, _ Options) {
			var main *ast.FuncDecl
			if f.Part.Kind == Stmts {
				main = f.Main
			}
			RewriteTypeSwitchBinding(f.AST, main)
		},
	},
	{
		// Everywhere: yaegi's comma-ok map index is wrong in every body.
		name:  "comma-ok map index",
		needs: holdsIndex,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, _ Options) { RewriteMapCommaOk(f.AST) },
	},
	{
		// Everywhere, like the map index's (assertcommaok.go).
		name:  "comma-ok type assertions that fail",
		needs: holdsTypeAssert,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, _ Options) { RewriteAssertCommaOk(f.AST) },
	},
	{
		// Everywhere (unnamedparams.go).
		name:  "unnamed parameters of functions and function literals",
		needs: holdsUnnamedParam,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, _ Options) { nameUnnamedParams(f.AST) },
	},
	{
		// Declarations only (blankvars.go).
		name:  "blank package-level variables",
		needs: holdsVar,
		kinds: []Kind{Decls},
		apply: func(f *File, opts Options) { renameBlankVars(f, opts.Spawner) },
	},
	{
		// Everywhere (nativevars.go).
		name:  "values assigned to native packages' variables",
		needs: holdsAssign,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, opts Options) { parenthesizeNativeAssignments(f.AST, opts.Global) },
	},
	{
		// After the typed passes, whose lookups of the selectors it
		// writes would miss (nativevarreads.go).
		name:  "values of native packages' variables read when the code runs",
		needs: holdsSelector,
		kinds: []Kind{Decls, Stmts},
		apply: readNativeVariablesAtRunTime,
	},
	{
		// After the typed passes, which would look its nodes up; before
		// the top-level := pass, which declares the variables of the
		// select clauses it writes.
		name:  "received values assigned, declared or returned",
		needs: holdsRecv | holdsSelect,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, _ Options) { ParenthesizeReceives(f.AST) },
	},
	{
		// After the defer pass: a defer moved into a function literal
		// would run at its end.
		name:  "top-level multi-value :=",
		needs: holdsDefineMulti | holdsTypeSwitch,
		kinds: []Kind{Stmts},
		apply: func(f *File, _ Options) {
			if main, _ := MainBody(f.AST); main != nil {
				RewriteTopLevelDefines(main.Body)
			}
		},
	},
	{
		// After the typed passes, which would look its nodes up.
		name:  "values of recover() in Go's words",
		needs: holdsCall,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, _ Options) { WrapRecover(f.AST, f.Main) },
	},
	{
		// After the typed passes, which would look its nodes up.
		name:  "capacity of constant strings converted to []byte and []rune",
		needs: holdsCall,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, _ Options) { CapConstantConversions(f.AST) },
	},
	{
		// After the typed passes, which would look its nodes up.
		name:  "untyped rune constants initializing variables",
		needs: holdsChar,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, _ Options) { TypeRuneConstants(f.AST) },
	},
	{
		// After the typed passes, which would look its nodes up; in every
		// function and literal (namedresults.go).
		name:  "named results zeroed where the body starts",
		needs: holdsNamedResults,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, _ Options) { ZeroNamedResults(f.AST) },
	},
	{
		// After the typed passes, which would look its nodes up, and
		// those that write returns of their own.
		name:  "builtin calls returned after the first result",
		needs: holdsReturn,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, _ Options) { ParenthesizeReturnedBuiltins(f.AST) },
	},
	{
		// After the range lowerings (integers, strings, functions), which
		// assign their targets themselves, and before rangeblank.go
		// (rangeassign.go).
		name:  "ranges assigning to existing variables",
		needs: holdsRange,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, _ Options) { assignRangeTargets(f) },
	},
	{
		// After the range lowerings, whose keys it would otherwise name
		// (rangeblank.go).
		name:  "top-level ranges with a blank key whose body assigns _",
		needs: holdsRange,
		kinds: []Kind{Stmts},
		apply: func(f *File, _ Options) { hideRangeBlanks(f) },
	},
	{
		// Before the parallel values' pass, which parenthesizes what is
		// left of the statements it splits (parallelnil.go).
		name:  "untyped nil assigned in parallel",
		needs: holdsAssignMulti,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, _ Options) { splitNilAssignments(f) },
	},
	{
		// After the passes that write assignments of their own (the
		// top-level := pass among them), so that it sees theirs too.
		name:  "calls and composite literals assigned in parallel",
		needs: holdsMultiLHS | holdsMultiValues,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, _ Options) { ParenthesizeParallelValues(f.AST) },
	},
	{
		// After the passes that write assignments of their own, so that
		// it sees theirs too (fieldarith.go).
		name:  "arithmetic assigned to a field",
		needs: holdsAssign,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, _ Options) { ParenthesizeFieldArithmetic(f.AST) },
	},
	{
		// After the passes that write assignments of their own, so that
		// it sees theirs too (ifacelits.go).
		name:  "composite literals assigned to a variable",
		needs: holdsCompositeLit,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, _ Options) { ParenthesizeAssignedLiterals(f.AST) },
	},
	{
		// After the passes that write assignments of their own, so that
		// it sees theirs too (slotlits.go).
		name:  "struct literals assigned to named results and shared variables",
		needs: holdsCompositeLit,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, _ Options) { ParenthesizeSlotLiterals(f.AST) },
	},
	{
		// Last, so that it sees the selects the passes above write too.
		name:  "branch statements ending a select clause",
		needs: holdsSelect,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, _ Options) { RewriteSelectBranches(f.AST) },
	},
	{
		// After the passes that write tagless switches (errorswitch.go).
		name:  "case lists of several values, one of them computed",
		needs: holdsSwitch,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, opts Options) { f.fail(lowerCaseLists(f, opts)) },
	},
	{
		// Before the twins of witnesscalls.go, whose calls the
		// interpreter infers.
		name:  "parameters of generic functions declared together",
		needs: holdsTypeParams,
		kinds: []Kind{Decls},
		apply: splitGenericParams,
	},
	{
		// After every pass that lowers a function's body, which the twins
		// it writes copy lowered; after the typed pass, which writes the
		// type arguments of variadic callees (witnesscalls.go).
		name:  "explicit instances of generic functions with the type parameters around",
		needs: holdsTypeParams | holdsMethod,
		kinds: []Kind{Decls},
		apply: lowerWitnessCalls,
	},
	{
		// Late, for the returns and assignments the passes above write
		// too (unaryresults.go).
		name:  "negations, complements and nots returned or assigned with =; literals assigned to fields and elements",
		needs: holdsReturn | holdsAssign,
		kinds: []Kind{Decls, Stmts},
		apply: lowerUnaryResults,
	},
	{
		// Anywhere: the conversion it writes is plain Go (makechan.go).
		name:  "make of a send-only or receive-only channel",
		needs: holdsCall,
		kinds: []Kind{Decls, Stmts},
		apply: lowerDirectionalMakes,
	},
	{
		// Late, after the passes that type-check the part, which print
		// struct types with the names the cell wrote (blankfields.go).
		name:  "struct types of several blank fields",
		needs: holdsStructType,
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, _ Options) { RenameBlankFields(f.AST) },
	},
	{
		// Last: the names it writes are the interpreter's concern alone,
		// and no pass after it reads a type parameter by its name
		// (typeparamnames.go).
		name:  "type parameters named like a field of their type",
		needs: holdsTypeParams | holdsMethod,
		kinds: []Kind{Decls},
		apply: renameMemberTypeParams,
	},
}

// Lower applies the passes that concern the part's kind. The error is the
// first a pass refused the code with (a feature gogil cannot run, named);
// the passes after it still run, so the AST stays consistent.
//
// One walk of the part (partScan) tells the passes that declared their
// needs whether to run: a trivial cell holds none of what most passes
// rewrite, and each of them walking it to find out was a fifth of its
// round trip. A pass that runs may write anything, so the part is walked
// again before the next pass asks.
func (f *File) Lower(opts Options) *cellio.Error {
	f.lowerErr = nil
	// What passes record beside the AST, as they would reset it were
	// they not skipped (embediface.go, genericmethods.go).
	f.forwarded, f.renamed, f.hidden, f.shapeCases = nil, nil, nil, false
	defer func() { f.lowerErr = nil }()
	var s partScan
	for i := range passes {
		p := &passes[i]
		if !slices.Contains(p.kinds, f.Part.Kind) {
			continue
		}
		if !s.admits(f, opts, p.needs) {
			if skippedPass != nil {
				skippedPass(f, p, opts)
			}
			continue
		}
		p.apply(f, opts)
		s.stale()
	}
	return f.lowerErr
}

// skippedPass, if not nil, is called with each pass the scan skips: the
// tests run it there to see that it would have changed nothing.
var skippedPass func(f *File, p *pass, opts Options)

// compileError is the CompileError a pass refuses the code at with: the
// message at the cell's own line and column, pointed at in the traceback.
func (f *File) compileError(at ast.Node, format string, args ...any) *cellio.Error {
	pos := f.fset.Position(at.Pos())
	msg := fmt.Sprintf("%d:%d: ", pos.Line, pos.Column) + userNames(fmt.Sprintf(format, args...))
	return &cellio.Error{Kind: cellio.CompileError, Value: msg, Traceback: append([]string{"CompileError: " + msg}, PointAt(f.cellCode, msg)...)}
}

// fail keeps the first error of the passes.
func (f *File) fail(e *cellio.Error) {
	if e != nil && f.lowerErr == nil {
		f.lowerErr = e
	}
}

// hiddenPrefix matches the prefixes the passes put before a name the user
// wrote (shadow.go, loopvar.go, typeparamnames.go, witnesscalls.go).
var hiddenPrefix = regexp.MustCompile(`__gogil_(?:s\d+_\d+|loop\d+|tp|wit)_`)

// userNames gives back, in an error's message, the names the user wrote
// for the hidden names of the passes: an error names what the cell says.
func userNames(msg string) string {
	return hiddenPrefix.ReplaceAllString(msg, "")
}
