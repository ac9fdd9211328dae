package session

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/gogil/gogil/cellio"
	"github.com/gogil/gogil/internal/gorun"
)

var update = flag.Bool("update", false, "rewrite the goldens of the testdata/gorun programs -run selects by running go run")

// knownGaps are the go-run cases the session cannot run yet, by case
// (file/form) and the feature that stops it. A gap must end in an error,
// having printed only a beginning of what go run prints; a gap that
// starts passing fails the test, so that the table stays true.
var knownGaps = map[string]string{
	// printing.go: heap.Pop's result (an any holding an int) printed by
	// Print in a program that declares an int type with a String method,
	// whose values the interpreter also holds in an any as plain ints.
	"corpus79_heap_pop_print.go/program": "printing an any holding an int beside a cell int type with String (heap.Pop(h) of an IntHeap): refused",
	"corpus79_heap_pop_print.go/cell":    "printing an any holding an int beside a cell int type with String (heap.Pop(h) of an IntHeap): refused",
	// corpus68_*.go: functional style (the kernel runs these as programs).
	"corpus68_state_machine_funcs.go/program":  "a function type that names itself (type stateFn func(*lexer) stateFn)",
	"corpus68_state_machine_funcs.go/cell":     "a function type that names itself (type stateFn func(*lexer) stateFn)",
	"corpus68_func_interface_slice.go/program": "a type switch with a case func(int) int beside type Op func(int) int (refused: the interpreter holds an Op in an any as a plain func(int) int)",
	"corpus68_func_interface_slice.go/cell":    "a type switch with a case func(int) int beside type Op func(int) int (refused: the interpreter holds an Op in an any as a plain func(int) int)",
	"wrong_func_type_case.go/program":          "a type switch with a case func(int) int beside type Op func(int) int (refused: the interpreter holds an Op in an any as a plain func(int) int)",
	"wrong_func_type_case.go/cell":             "a type switch with a case func(int) int beside type Op func(int) int (refused: the interpreter holds an Op in an any as a plain func(int) int)",
	// corpus66_*.go: error handling (the kernel runs these as programs).
	"corpus66_multi_unwrap.go/program": "errors.Unwrap of a %w-wrapped struct value of a cell type: refused",
	"corpus66_multi_unwrap.go/cell":    "errors.Unwrap of a %w-wrapped struct value of a cell type: refused",
	// gaps.go interpWrapper: a map keyed by error with a cell type's
	// error as a key (the kernel runs these as programs).
	"wrong_error_key_cell_type.go/program":           "a map keyed by error holding a cell type's value: the interpreter's wrapper does not hash",
	"wrong_error_key_cell_type.go/cell":              "a map keyed by error holding a cell type's value: the interpreter's wrapper does not hash",
	"wrong_error_key_cell_type_recovered.go/program": "a map keyed by error holding a cell type's value, recovered: the interpreter's wrapper does not hash",
	"wrong_error_key_cell_type_recovered.go/cell":    "a map keyed by error holding a cell type's value, recovered: the interpreter's wrapper does not hash",
	// deferguard.go guardPanic: a deferred call whose callee panics, with
	// other deferred calls of its function to run (the kernel runs these
	// as programs).
	"wrong_deferred_callee_panic.go/program":          "a panic in a deferred call of a function with other deferred calls to run",
	"wrong_deferred_callee_panic.go/cell":             "a panic in a deferred call of a function with other deferred calls to run",
	"wrong_deferred_literal_runtime_panic.go/program": "a panic in a deferred call of a function with other deferred calls to run",
	"wrong_deferred_literal_runtime_panic.go/cell":    "a panic in a deferred call of a function with other deferred calls to run",
	// corpus65_*.go: beginner-course programs (the kernel runs this as a
	// program). printtypes.go: %T of an any holding a map[string]int
	// where a cell declares `type Day int` (a map[string]Day has that
	// reflect type too).
	"corpus65_switch_types.go/program": "%T of a map[string]int beside a cell type of kind int: refused",
	"corpus65_switch_types.go/cell":    "%T of a map[string]int beside a cell type of kind int: refused",
	// corpus64_*.go: data structures (the kernel runs these as programs).
	"corpus64_generic_heap.go/program": "two generic types with methods of one name (Heap[T] and sliceHeap[T]: Len, Push, Pop), one of them used as heap.Interface: refused",
	"corpus64_generic_heap.go/cell":    "two generic types with methods of one name (Heap[T] and sliceHeap[T]: Len, Push, Pop), one of them used as heap.Interface: refused",
	// stackappend.go: where Go's compiler starts an appended slice in a
	// stack buffer by inlining or escape analysis gogil cannot see, the
	// cap is refused (the kernel runs these as programs).
	"wrong_cap_stack_refused.go/program": "cap of a slice a function other than main appends to: refused",
	"wrong_cap_stack_refused.go/cell":    "cap of a slice a function other than main appends to: refused",
	"wrong_cap_stack_passed.go/program":  "cap of a slice main appends to and gives to a function of the program: refused",
	"wrong_cap_stack_passed.go/cell":     "cap of a slice main appends to and gives to a function of the program: refused",
	"wrong_cap_stack_var.go/cell":        "cap of a slice declared by a var at a cell's top level (main's or the package's): refused",
	"wrong_cap_stack_library.go/program": "cap of a slice appended to from empty and handed to a library function, copied or converted, where escape analysis decides: refused",
	"wrong_cap_stack_library.go/cell":    "cap of a slice appended to from empty and handed to a library function, copied or converted, where escape analysis decides: refused",
	// promotedfields.go checkPromotedMethods: yaegi looks promoted methods
	// up depth first (the kernel runs this as a program).
	"wrong_promoted_method_depth.go/program": "a struct type promoting a method from a shallower embedded field than yaegi's depth-first lookup finds: refused",
	"wrong_promoted_method_depth.go/cell":    "a struct type promoting a method from a shallower embedded field than yaegi's depth-first lookup finds: refused",
	// encodings.go: a json refusal ends the cell (the kernel runs this as
	// a program).
	"wrong_json_dropped_refusal.go/program": "json.Marshal of a type referring to itself through a struct with an embedded field: refused",
	"wrong_json_dropped_refusal.go/cell":    "json.Marshal of a type referring to itself through a struct with an embedded field: refused",
	// namedbasic.go: any(v) of a type parameter in a type switch, whose
	// instances include named basic types (the kernel runs it as a
	// program; the interpreter matched a UserID to case int).
	"wrong_generic_switch_named_basic.go/program": "a type switch on any(v) in generic code instantiated with named basic types: refused",
	"wrong_generic_switch_named_basic.go/cell":    "a type switch on any(v) in generic code instantiated with named basic types: refused",
	// instancecases.go: instances of generic types in an any asserted to
	// interfaces (the kernel runs it as a program; the interpreter took
	// the default clause).
	"wrong_generic_instance_iface_case.go/program": "an instance of a generic type held in an any asserted to an interface: refused",
	"wrong_generic_instance_iface_case.go/cell":    "an instance of a generic type held in an any asserted to an interface: refused",
	// corpus67_*.go: generics tutorials (the kernel runs these as
	// programs).
	"corpus67_generic_errors.go/program":      "errors.As into a pointer to a generic cell error type: refused",
	"corpus67_generic_errors.go/cell":         "errors.As into a pointer to a generic cell error type: refused",
	"corpus67_methods_return_inst.go/program": "methods of a generic type returning its own instance and another (Seq[T], Seq[string]): refused",
	"corpus67_methods_return_inst.go/cell":    "methods of a generic type returning its own instance and another (Seq[T], Seq[string]): refused",
	"corpus67_named_basic.go/program":         "a type switch on any(v) over named basic types (Celsius, UserID): refused",
	"corpus67_named_basic.go/cell":            "a type switch on any(v) over named basic types (Celsius, UserID): refused",
	"corpus67_pair.go/program":                "a method of a generic type of two type parameters that names its own type (Pair[string, K]): refused",
	"corpus67_pair.go/cell":                   "a method of a generic type of two type parameters that names its own type (Pair[string, K]): refused",
	// yaegi's CFG (post-order panic): a conversion S(x) from a string in
	// a generic function instantiated with a named string type
	// (S ~string, type Tag string); with string itself it works.
	"corpus81_tilde_string_join.go/program": "a conversion to a type parameter ~string instantiated with a named string type: yaegi's CFG panics",
	"corpus81_tilde_string_join.go/cell":    "a conversion to a type parameter ~string instantiated with a named string type: yaegi's CFG panics",
	// typedparam.go markGenericFmt: an instance of a generic type with a
	// String method printed from generic code (fmt.Sprint(o.v) with T an
	// Optional[float64]) was printed by its fields; it is refused.
	"corpus81_generic_stringer_nested.go/program": "an instance of a generic type with a String method printed from generic code: refused",
	"corpus81_generic_stringer_nested.go/cell":    "an instance of a generic type with a String method printed from generic code: refused",
	"corpus67_stringer_constraint.go/program":     "%T of values of a named int type passed to a generic variadic function: refused",
	"corpus67_stringer_constraint.go/cell":        "%T of values of a named int type passed to a generic variadic function: refused",
	// corpus60_*.go: what Go 1.21-1.25 added (the kernel runs these as
	// programs: magics/program_test.go).
	"corpus60_generic_alias.go/program":   "a generic type alias (Go 1.24): refused",
	"corpus60_generic_alias.go/cell":      "a generic type alias (Go 1.24): refused",
	"corpus60_unique_make.go/program":     "import \"unique\" (generic API only)",
	"corpus60_unique_make.go/cell":        "import \"unique\" (generic API only)",
	"corpus60_reflect_typefor.go/program": "reflect.ValueOf of a cell struct value (and the generic reflect.TypeFor, TypeAssert): refused",
	"corpus60_reflect_typefor.go/cell":    "reflect.ValueOf of a cell struct value (and the generic reflect.TypeFor, TypeAssert): refused",
	// corpus61_*.go: object-oriented Go tutorials (the kernel runs these
	// as programs: magics/program_test.go).
	"corpus61_statefn_lexer.go/program":     "a function type that names itself (type stateFn func(*lexer) stateFn)",
	"corpus61_statefn_lexer.go/cell":        "a function type that names itself (type stateFn func(*lexer) stateFn)",
	"corpus61_json_enum_marshal.go/program": "a MarshalText method of a cell type, which encoding/json cannot call",
	"corpus61_json_enum_marshal.go/cell":    "a MarshalText method of a cell type, which encoding/json cannot call",
	"corpus61_stringer_error.go/program":    "an int in an any field printed where a cell type of kind int has a String method (Color): refused",
	"corpus61_stringer_error.go/cell":       "an int in an any field printed where a cell type of kind int has a String method (Color): refused",
	"corpus61_type_switch.go/program":       "a type switch on an any that may hold cell types of kind float64 (Celsius, Fahrenheit): refused",
	"corpus61_type_switch.go/cell":          "a type switch on an any that may hold cell types of kind float64 (Celsius, Fahrenheit): refused",
	// corpus63_*.go: text and data processing tutorials (the kernel runs
	// these as programs: magics/program_test.go).
	"corpus63_json_custom.go/program":   "MarshalJSON and UnmarshalJSON methods of cell types, which encoding/json cannot call",
	"corpus63_json_custom.go/cell":      "MarshalJSON and UnmarshalJSON methods of cell types, which encoding/json cannot call",
	"corpus63_state_lexer.go/program":   "a function type that names itself (type stateFn func(*lexer) stateFn)",
	"corpus63_state_lexer.go/cell":      "a function type that names itself (type stateFn func(*lexer) stateFn)",
	"corpus63_text_template.go/program": "a template calling a method of a cell type (.Total)",
	"corpus63_text_template.go/cell":    "a template calling a method of a cell type (.Total)",
	// marshalers.go's decodedCellInterface: json decoding into a cell's
	// interface type with methods, which the interpreter's is interface{}.
	"wrong_json_decode_cell_interface.go/program": "json.Unmarshal into a cell interface type with methods: refused",
	"wrong_json_decode_cell_interface.go/cell":    "json.Unmarshal into a cell interface type with methods: refused",
	// gobnames.go: gob Encode of a cell composite type, whose name the
	// interpreter's type lacks and whose unexported fields it exports.
	"wrong_gob_cell_struct.go/program":  "gob Encode of a cell struct type (refused)",
	"wrong_gob_cell_struct.go/cell":     "gob Encode of a cell struct type (refused)",
	"corpus35_gob_roundtrip.go/program": "gob Encode of a cell struct type (refused: gob would send no type name and its unexported fields)",
	"corpus35_gob_roundtrip.go/cell":    "gob Encode of a cell struct type (refused: gob would send no type name and its unexported fields)",
	"corpus50_gob_roundtrip.go/program": "gob Encode of a cell struct type (refused: gob would send no type name)",
	"corpus50_gob_roundtrip.go/cell":    "gob Encode of a cell struct type (refused: gob would send no type name)",
	// binaryblank.go: binary.Read into a cell struct's unexported field,
	// which Go's panics setting.
	"wrong_binary_read_unexported.go/program": "binary.Read into a struct with an unexported field: a gap (Go panics)",
	"wrong_binary_read_unexported.go/cell":    "binary.Read into a struct with an unexported field: a gap (Go panics)",
	// templatefields.go: a template naming a field promoted from an
	// embedded struct the interpreter's type does not mark embedded.
	"wrong_template_promoted_field.go/program": "a template naming promoted fields of a struct with an embedded field beside others: a gap",
	"wrong_template_promoted_field.go/cell":    "a template naming promoted fields of a struct with an embedded field beside others: a gap",
	// decodebox.go: the same reached through an any, at run time.
	"wrong_json_decode_iface_via_any.go/program": "json decoding into a cell interface type through an any: a gap",
	"wrong_json_decode_iface_via_any.go/cell":    "json decoding into a cell interface type through an any: a gap",
	// corpus58_*.go: small games and simulations (the kernel runs these
	// as programs: magics/program_test.go).
	"corpus58_statefn_bitboard.go/program": "a function type that names itself (type stateFn func(*Machine) stateFn)",
	"corpus58_statefn_bitboard.go/cell":    "a function type that names itself (type stateFn func(*Machine) stateFn)",
	"corpus58_shadowed_names.go/cell":      "a variable of main's body named like a function it calls (score := score(hand)): refused by name",
	"corpus58_global_shadow.go/cell":       "a package variable and main's local of the same name (var total int; total := 10): refused by name",
	// corpus51_*.go: Effective Go and the spec's examples (the kernel
	// runs these as programs: magics/program_test.go).
	"corpus51_interface_checks.go/program": "a MarshalJSON method of a cell type, which encoding/json cannot call",
	"corpus51_interface_checks.go/cell":    "a MarshalJSON method of a cell type, which encoding/json cannot call",
	"corpus51_recover_repanic.go/program":  "errors.As with a target of an interface literal (interface{ RuntimeError() })",
	"corpus51_recover_repanic.go/cell":     "errors.As with a target of an interface literal (interface{ RuntimeError() })",
	"corpus51_type_switch.go/program":      "a case of string in a type switch on an any that may hold a cell type of kind string (name): refused",
	"corpus51_type_switch.go/cell":         "a case of string in a type switch on an any that may hold a cell type of kind string (name): refused",
	"corpus51_blank_identifier.go/program": "a type assertion to fmt.Stringer of an any holding a cell type whose underlying type is float64 (Celsius): refused",
	"corpus51_blank_identifier.go/cell":    "a type assertion to fmt.Stringer of an any holding a cell type whose underlying type is float64 (Celsius): refused",
	// bounds.go lateTargets: the interpreter checks an assigned element's
	// index before the right-hand side and the targets to its left.
	"wrong_assign_index_order.go/program": "a recovered index out of range assigned to after a call on the right, or right of another target: refused",
	"wrong_assign_index_order.go/cell":    "a recovered index out of range assigned to after a call on the right, or right of another target: refused",
	// corpus56_*.go: fmt printing of values of declared types (the kernel
	// runs these as programs).
	"corpus56_any_values.go/program":   "a case of int in a type switch on an any that may hold a cell type of kind int (Color): refused",
	"corpus56_any_values.go/cell":      "a case of int in a type switch on an any that may hold a cell type of kind int (Color): refused",
	"corpus56_errors_chain.go/program": "%T of a cell struct value with an interface field held in error, whose type the interpreter does not keep: refused",
	"corpus56_errors_chain.go/cell":    "%T of a cell struct value with an interface field held in error, whose type the interpreter does not keep: refused",
	// gaps.go methodNotFound: yaegi looks a method promoted from an
	// embedded library type up on a struct value's last field.
	"wrong_embedded_native_method_iface.go/program": "a struct value whose String is promoted from an embedded time.Duration, put in fmt.Stringer: refused",
	"wrong_embedded_native_method_iface.go/cell":    "a struct value whose String is promoted from an embedded time.Duration, put in fmt.Stringer: refused",
	// corpus52_*.go: programs following the Go blog (the kernel runs
	// these as programs).
	"corpus52_gob_roundtrip.go/program":  "gob of interface values of registered cell types, which come back as the interpreter's boxes",
	"corpus52_gob_roundtrip.go/cell":     "gob of interface values of registered cell types, which come back as the interpreter's boxes",
	"corpus52_json_custom.go/program":    "MarshalText and MarshalJSON methods of cell types, which encoding/json cannot call",
	"corpus52_json_custom.go/cell":       "MarshalText and MarshalJSON methods of cell types, which encoding/json cannot call",
	"corpus52_reflect_laws.go/program":   "reflect's Name of a cell type",
	"corpus52_reflect_laws.go/cell":      "reflect's Name of a cell type",
	"corpus52_reflect_tags.go/program":   "reflect's Method and fields of a cell type with an unexported field",
	"corpus52_reflect_tags.go/cell":      "reflect's Method and fields of a cell type with an unexported field",
	"corpus52_text_template.go/program":  "a template calling a method of a cell type",
	"corpus52_text_template.go/cell":     "a template calling a method of a cell type",
	"corpus52_unique_handles.go/program": "package unique, all generic",
	"corpus52_unique_handles.go/cell":    "package unique, all generic",
	// corpus50_*.go: errors, files and encoding from blog posts (the
	// kernel runs these as programs: magics/program_test.go).
	"corpus50_marshal_value.go/program":   "a MarshalJSON method of a cell type, which encoding/json cannot call",
	"corpus50_marshal_value.go/cell":      "a MarshalJSON method of a cell type, which encoding/json cannot call",
	"corpus50_marshal_pointer.go/program": "a MarshalJSON method of a cell type, which encoding/json cannot call",
	"corpus50_marshal_pointer.go/cell":    "a MarshalJSON method of a cell type, which encoding/json cannot call",
	// cellsrc/localnames.go: the interpreter names no type declared in a
	// function body.
	"wrong_local_type_names.go/program": "%T and %#v of an interface that may hold a type declared in a function body (refused)",
	"wrong_local_type_names.go/cell":    "%T and %#v of an interface that may hold a type declared in a function body (refused)",
	// printtypes.go typedIface: a plain value and a value of a cell type
	// that lost its box look alike in an empty interface.
	"corpus5_interfaces.go/program":          "a number or string in an any beside a cell type of that kind with a String method: the interpreter hands either over unboxed (refused)",
	"corpus5_interfaces.go/cell":             "a number or string in an any beside a cell type of that kind with a String method: the interpreter hands either over unboxed (refused)",
	"corpus9_expr_eval.go/program":           "a number or string in an any beside a cell type of that kind with a String method: the interpreter hands either over unboxed (refused)",
	"corpus9_expr_eval.go/cell":              "a number or string in an any beside a cell type of that kind with a String method: the interpreter hands either over unboxed (refused)",
	"corpus47_empty_iface_switch.go/program": "a number or string in an any beside a cell type of that kind with a String method: the interpreter hands either over unboxed (refused)",
	"corpus47_empty_iface_switch.go/cell":    "a number or string in an any beside a cell type of that kind with a String method: the interpreter hands either over unboxed (refused)",
	"wrong_print_any_plain_basic.go/program": "a number or string in an any beside a cell type of that kind with a String method: the interpreter hands either over unboxed (refused)",
	"wrong_print_any_plain_basic.go/cell":    "a number or string in an any beside a cell type of that kind with a String method: the interpreter hands either over unboxed (refused)",
	"wrong_print_logger_spread.go/program":   "a number or string in an any beside a cell type of that kind with a String method: the interpreter hands either over unboxed (refused)",
	"wrong_print_logger_spread.go/cell":      "a number or string in an any beside a cell type of that kind with a String method: the interpreter hands either over unboxed (refused)",
	// typedparam.go: a struct of a cell type reaches fmt from generic code
	// by its shape, whose int64 field may be a Money or a plain int64.
	"wrong_print_typeparam_plain.go/program": "a field of a cell type of a basic kind with a String method, in a struct printed from generic code (refused)",
	"wrong_print_typeparam_plain.go/cell":    "a field of a cell type of a basic kind with a String method, in a struct printed from generic code (refused)",
	// printtypes.go typedIface: an instance of a generic type with a
	// String method in an any, whose method the printing call cannot name.
	"wrong_print_any_generic_stringer.go/program": "an instance of a generic type with a String method in an any (refused)",
	"wrong_print_any_generic_stringer.go/cell":    "an instance of a generic type with a String method in an any (refused)",
	// nativecase.go: a case of fmt.Stringer, which a `type Temp float64`
	// implements, on a plain float64: the interpreter's case Temp takes it.
	"wrong_stringer_case_basic.go/program": "a number in an any beside a cell type of that kind with a String method, switched on with a case of fmt.Stringer (refused)",
	"wrong_stringer_case_basic.go/cell":    "a number in an any beside a cell type of that kind with a String method, switched on with a case of fmt.Stringer (refused)",
	// The same refusal where the value is of the cell type but lost its
	// box (an element of an []any literal, a constant): the interpreter
	// hands it over as the plain number it cannot tell from one.
	"wrong_sameshape_error_asserts.go/program": "a value of a cell number type with a String method that lost its box in an []any literal, asserted to fmt.Stringer (refused)",
	"wrong_sameshape_error_asserts.go/cell":    "a value of a cell number type with a String method that lost its box in an []any literal, asserted to fmt.Stringer (refused)",
	"corpus33_enum_bitflags.go/program":        "a constant of a cell number type with a String method in an any, asserted to fmt.Stringer (refused)",
	"corpus33_enum_bitflags.go/cell":           "a constant of a cell number type with a String method in an any, asserted to fmt.Stringer (refused)",
	// corpus39: C, F and K, each a float64 with a String method, in a
	// []Temp of a cell interface: the interpreter hands the printing call
	// a plain float64, which could be any of them (refused).
	"corpus39_celsius_table_loop.go/program": "cell types of one basic kind with String methods, printed from a cell interface (refused)",
	"corpus39_celsius_table_loop.go/cell":    "cell types of one basic kind with String methods, printed from a cell interface (refused)",
	// corpus33: a cell value put in an interface by a composite literal or
	// a var, switched on with a case of fmt.Stringer, lost its type for
	// TypeCase; %T of a map[ID]Miles (cell types of basic kinds) in an any,
	// which the interpreter gives map[string]float64, is refused.
	"corpus33_learnx_types.go/program":    "%T of a map of cell types of basic kinds in an any (refused)",
	"corpus33_learnx_types.go/cell":       "%T of a map of cell types of basic kinds in an any (refused)",
	"corpus33_tour_everything.go/program": "values of a cell type in an []any literal, switched on with a case of fmt.Stringer",
	"corpus33_tour_everything.go/cell":    "values of a cell type in an []any literal, switched on with a case of fmt.Stringer",
	// corpus29: an index out of range recovered is refused for want of
	// Go's message; reflect.TypeOf of a cell struct held in an interface,
	// asked its Name, is refused (reflectcheck.go).
	"corpus29_panics.go/program":             "index out of range recovered: Go's message",
	"corpus29_panics.go/cell":                "index out of range recovered: Go's message",
	"corpus29_struct_tag_reflect.go/program": "reflect.TypeOf of a cell struct in an interface, asked its Name",
	"corpus29_struct_tag_reflect.go/cell":    "reflect.TypeOf of a cell struct in an interface, asked its Name",
	// corpus30: %w on a cell struct value (not a pointer); a
	// recovered index out of range (also in goroutines, which ended the
	// cell with the gap rather than wait for a wg.Done yaegi skipped);
	// reflect's Type of a cell struct (Name, Field, NumMethod).
	"corpus30_custom_errors.go/program":     "fmt.Errorf's %w of a cell struct value (rectError{...}), which errors.Unwrap cannot hold",
	"corpus30_custom_errors.go/cell":        "fmt.Errorf's %w of a cell struct value (rectError{...}), which errors.Unwrap cannot hold",
	"corpus30_recover_goroutine.go/program": "a recovered index out of range in a goroutine, whose Go value the interpreter cannot give",
	"corpus30_recover_goroutine.go/cell":    "a recovered index out of range in a goroutine, whose Go value the interpreter cannot give",
	"corpus30_reflect_query.go/program":     "reflect.TypeOf of a cell struct with unexported fields (Name, Field)",
	"corpus30_reflect_query.go/cell":        "reflect.TypeOf of a cell struct with unexported fields (Name, Field)",
	"corpus30_reflect_tags.go/program":      "reflect.TypeOf of a cell struct (NumMethod, Field of an unexported field)",
	"corpus30_reflect_tags.go/cell":         "reflect.TypeOf of a cell struct (NumMethod, Field of an unexported field)",
	// wrappednames.go: a value whose methods are all promoted, in a
	// library interface, is held as its last field; its %T is refused.
	"wrong_print_promoted_wrapped.go/program": "%T of a value with only promoted methods in a library interface",
	"wrong_print_promoted_wrapped.go/cell":    "%T of a value with only promoted methods in a library interface",
	// runtime.go's overrides: no Go frame or code pointer of a cell's own.
	"wrong_runtime_funcs.go/program": "runtime.FuncForPC of a function declared in a cell",
	"wrong_runtime_funcs.go/cell":    "runtime.FuncForPC of a function declared in a cell",
	// printing.go's refuseHeldWrappers: fmt would print the interpreter's
	// wrapper inside sort.Reverse's result by its function pointers.
	"wrong_print_held_wrapper.go/program": "printing a library value holding a cell value in an interface field (sort.Reverse(n))",
	"wrong_print_held_wrapper.go/cell":    "printing a library value holding a cell value in an interface field (sort.Reverse(n))",
	// corpus27: errors.As to a cell interface a cell error type
	// implements (temporary) is refused; yaegi cannot compile generic
	// functions that call reflect.TypeFor[E] and close over h(e.(E));
	// a state function type naming itself is refused; three empty state
	// structs are one type to the interpreter, so printing them is refused.
	"corpus27_generic_event_bus.go/program": "generic functions Subscribe[E], Publish[E] over reflect.TypeFor[E]: yaegi's CFG panics",
	"corpus27_generic_event_bus.go/cell":    "generic functions Subscribe[E], Publish[E] over reflect.TypeFor[E]: yaegi's CFG panics",
	"corpus27_state_func.go/program":        "a function type that names itself (type stateFn func(*lexer) stateFn): refused",
	"corpus27_state_func.go/cell":           "a function type that names itself (type stateFn func(*lexer) stateFn): refused",
	// corpus24: yaegi calls a struct's own field ambiguous in a method
	// when an embedded type has a field and another a method of that name
	// (Service.Name over Base.Name and Logger.Name()); an index out of
	// range recovered is refused for want of Go's message; a type switch
	// with a native interface case (error, fmt.Stringer) on a value put in
	// an any by a composite literal is refused.
	"corpus24_embedded_shadowing.go/program": "a struct's own field called ambiguous beside an embedded field and an embedded method of its name",
	"corpus24_embedded_shadowing.go/cell":    "a struct's own field called ambiguous beside an embedded field and an embedded method of its name",
	"corpus24_type_assertion.go/program":     "type switch with native interface cases on cell values in a []any literal",
	"corpus24_type_assertion.go/cell":        "type switch with native interface cases on cell values in a []any literal",
	// A recovered slice-bounds panic ends the cell for want of Go's
	// message, which gives the bounds (runtime.go's reflectWordings).
	"wrong_slice_bounds_recovered.go/program": "slice bounds out of range recovered: Go's message",
	"wrong_slice_bounds_recovered.go/cell":    "slice bounds out of range recovered: Go's message",
	"corpus24_full_slice_expr.go/program":     "slice bounds out of range recovered: Go's message",
	"corpus24_full_slice_expr.go/cell":        "slice bounds out of range recovered: Go's message",
	// corpus23: errors the magics answer by running the cell as a
	// program. yaegi refuses an operation on a cell's untyped float
	// constant and a library's; gogil cannot compute it itself, as the
	// symbol tables hold the library's constant rounded (Pi - math.Pi is
	// 0 in Go, -4.8e-63 from them).
	"corpus23_anon_structs_tags.go/program": "reflect on a cell struct type with an unexported field",
	"corpus23_anon_structs_tags.go/cell":    "reflect on a cell struct type with an unexported field",
	"corpus23_interface_checks.go/program":  "json.Marshal of a cell type with a MarshalJSON method",
	"corpus23_interface_checks.go/cell":     "json.Marshal of a cell type with a MarshalJSON method",
	"corpus23_parser_repanic.go/program":    "assertion to a non-struct cell type of a value in an any",
	"corpus23_parser_repanic.go/cell":       "assertion to a non-struct cell type of a value in an any",
	"corpus23_path_error.go/program":        "package syscall, which cells cannot import",
	"corpus23_path_error.go/cell":           "package syscall, which cells cannot import",
	"corpus23_type_switch.go/program":       "a type switch on an any holding a cell type's value and its underlying type's (Named, string)",
	"corpus23_type_switch.go/cell":          "a type switch on an any holding a cell type's value and its underlying type's (Named, string)",
	// corpus21: reflect on a cell type's methods is refused
	// (reflectcell.go); an assertion to a cell type of a value in an any
	// is refused (cellassert.go).
	"corpus21_reflect_tags.go/program": "reflect on the methods of a cell type",
	"corpus21_reflect_tags.go/cell":    "reflect on the methods of a cell type",
	"corpus21_type_assert.go/program":  "assertion to a non-struct cell type of a value in an any",
	"corpus21_type_assert.go/cell":     "assertion to a non-struct cell type of a value in an any",
	// corpus20: a cell's statement shadowing a package-level variable of
	// another type is refused.
	"corpus20_shadowing.go/cell": "a package-level variable shadowed by main's own of another type",
	// corpus18: errors the magics answer by running the cell as a program.
	"corpus18_eval.go/program":        "a type switch on an any holding values of several cell types of one underlying type (Var, lexPanic: string)",
	"corpus18_eval.go/cell":           "a type switch on an any holding values of several cell types of one underlying type (Var, lexPanic: string)",
	"corpus18_json_custom.go/program": "json.Marshal of a cell type with a MarshalJSON method",
	"corpus18_json_custom.go/cell":    "json.Marshal of a cell type with a MarshalJSON method",
	"corpus18_template.go/program":    "text/template calling a method of a cell type",
	"corpus18_template.go/cell":       "text/template calling a method of a cell type",
	// cellcase.go: two cell struct types of one shape (ValS and PtrS) are
	// one type to the interpreter, so an any(v).(fmt.Stringer) on either
	// is refused rather than answered by the other's method set.
	"corpus14_stringer_receivers.go/program": "x.(fmt.Stringer) on an any holding a value of one of two cell struct types of the same shape",
	"corpus14_stringer_receivers.go/cell":    "x.(fmt.Stringer) on an any holding a value of one of two cell struct types of the same shape",
	// cellcase.go: a *Counter (type Counter int) in an any is a plain
	// *int to the interpreter, which a *Counter case would take for one.
	"corpus78_pointer_methods_basic.go/program": "x.(Incrementer) on an any holding a pointer to a cell type of a basic kind",
	"corpus78_pointer_methods_basic.go/cell":    "x.(Incrementer) on an any holding a pointer to a cell type of a basic kind",
	// cellsrc/nativecase.go: the runner cannot see the type of a cell
	// value yaegi converted to an interface in a call or literal.
	"typeswitch_native.go/program": "a cell value converted to an interface in a call, in a type switch with native interface cases",
	"typeswitch_native.go/cell":    "a cell value converted to an interface in a call, in a type switch with native interface cases",
	// errorchain.go: yaegi keeps one field of a struct value it wraps to
	// hold it in an error, so errors.Unwrap cannot give the value back.
	"wrong_errors_struct_value.go/program": "errors.Unwrap of fmt.Errorf's %w of a struct value of a cell error type",
	"wrong_errors_struct_value.go/cell":    "errors.Unwrap of fmt.Errorf's %w of a struct value of a cell error type",
	// nativenames.go: native code sees no methods of the interpreter's
	// values, so a template that calls one, or whose data holds a value
	// with a String or Error method it may print, ends in the runner's
	// error.
	"wrong_template_method.go/program":   "a template calling a method of a cell type",
	"wrong_template_method.go/cell":      "a template calling a method of a cell type",
	"wrong_template_stringer.go/program": "a template on data holding a cell type with a String method",
	"wrong_template_stringer.go/cell":    "a template on data holding a cell type with a String method",
	// The corpus of tutorial-style programs (corpus_*.go): causes not fixed yet.
	// corpus11_*.go: Go by Example's topics, written anew.
	// cellsrc/cellcase.go: the interpreter holds a cell type's value in an
	// any as its underlying type's.
	"corpus11_switch.go/program": "a type switch on an any with a case of a cell type whose underlying type is float64 (case celsius), given a float64",
	"corpus11_switch.go/cell":    "a type switch on an any with a case of a cell type whose underlying type is float64 (case celsius), given a float64",
	// ifaceequal.go: the interpreter holds a Celsius in an empty
	// interface as a float64; == of two such interfaces holding equal
	// values is refused where the code does not say both types.
	"corpus14_comparisons.go/program": "== of two variables of an empty cell interface holding Celsius(20) and float64 20",
	"corpus14_comparisons.go/cell":    "== of two variables of an empty cell interface holding Celsius(20) and float64 20",
	// cellsrc/deferguard.go: the interpreter skips a function's deferred
	// calls after one that panics.
	"corpus11_panic_recover.go/program": "a deferred recover that panics again, with a deferred call before it in its function",
	"corpus11_panic_recover.go/cell":    "a deferred recover that panics again, with a deferred call before it in its function",
	// corpus13_*.go: Go tour chapters in Go 1.22+ idioms, generic
	// containers, error idioms, io wrappers (the kernel runs the refused
	// cells as programs: magics/program_test.go).
	"corpus13_json_tags_marshal.go/program": "a MarshalJSON method of a cell type, which encoding/json cannot call",
	"corpus13_json_tags_marshal.go/cell":    "a MarshalJSON method of a cell type, which encoding/json cannot call",
	// cellsrc/ifaceequal.go: == inside a generic function compares the
	// interpreter's boxes of a cell interface's values.
	"corpus13_shapes_modern.go/program": "slices.Contains on a slice of a cell interface: refused",
	"corpus13_shapes_modern.go/cell":    "slices.Contains on a slice of a cell interface: refused",
	// corpus14_*.go: intermediate tutorials where wrong values hide
	// (copies, method sets, nil interfaces, fmt verbs); the kernel runs
	// the refused cells as programs (magics/program_test.go).
	"corpus14_shadowing_scopes.go/program": "a type declared in a block shadowing a type of the same name in its function (type T string inside a block of main's type T int)",
	"corpus14_shadowing_scopes.go/cell":    "a type declared in a block shadowing a type of the same name in its function (type T string inside a block of main's type T int)",
	// corpus15_*.go: simulations, algorithms, strings, encodings and
	// patterns as tutorials write them (the kernel runs each as a
	// program: magics/program_test.go).
	// ifaceequal.go: empty struct types of the cells share one type in the
	// interpreter.
	"corpus15_vending_machine.go/program": "== of interfaces holding values of empty struct types of the cells (m.state == State(empty{}))",
	"corpus15_vending_machine.go/cell":    "== of interfaces holding values of empty struct types of the cells (m.state == State(empty{}))",
	// corpus34: %T of values of two empty struct types (Look{}, Inv{}),
	// which share the interpreter's one type: refused, naming both.
	// corpus36_*.go: Go gotchas and quizzes (the kernel runs each as a
	// program: magics/program_test.go).
	"corpus36_defined_types.go/program": "a type assertion to float64 of an any holding a cell type whose underlying type is float64 (Celsius): refused",
	"corpus36_defined_types.go/cell":    "a type assertion to float64 of an any holding a cell type whose underlying type is float64 (Celsius): refused",
	"corpus36_recover_rules.go/program": "a panic in a deferred call of a function with other deferred calls to run",
	"corpus36_recover_rules.go/cell":    "a panic in a deferred call of a function with other deferred calls to run",
	// corpus16_*.go: Learn Go with Tests, Exercism, Advent of Code and Go
	// by Example topics (the kernel runs each as a program:
	// magics/program_test.go).
	// corpus19_*.go: Go 1.21-1.26 release notes and blog posts (the kernel
	// runs each as a program: magics/program_test.go).
	"corpus19_generic_alias.go/program": "a generic type alias (Go 1.24): refused",
	"corpus19_generic_alias.go/cell":    "a generic type alias (Go 1.24): refused",
	"corpus19_unique_make.go/program":   "package unique: all generic, not in the interpreter's symbol tables",
	"corpus19_unique_make.go/cell":      "package unique: all generic, not in the interpreter's symbol tables",
	// corpus17_*.go: Go 1.21-1.24 as the Go blog and the Tour write it (the
	// kernel runs each as a program: magics/program_test.go).
	"corpus17_generic_embed.go/program": "a struct literal of an embedded generic type with field names (Pair: Pair[string, int]{...}): yaegi reports an unknown field",
	"corpus17_generic_embed.go/cell":    "a struct literal of an embedded generic type with field names (Pair: Pair[string, int]{...}): yaegi reports an unknown field",
	// cellsrc/deferloop.go: yaegi runs a literal deferred in a loop with
	// the last iteration's variables.
	"corpus17_loopvar_semantics.go/program": "a function literal deferred in a loop whose body changes the loop's variable: refused",
	"corpus17_loopvar_semantics.go/cell":    "a function literal deferred in a loop whose body changes the loop's variable: refused",
	// nativemethods: native code sees no methods of a cell type's value.
	"corpus17_enum_stringer.go/program": "json.Marshal of a cell type with a MarshalText method: refused",
	"corpus17_enum_stringer.go/cell":    "json.Marshal of a cell type with a MarshalText method: refused",
	// corpus3_*.go: Go 1.21-1.26 as blog posts and docs write it.
	"corpus3_embed_generic.go/program":   "a struct literal of an embedded generic type with field names (Entity[int]{ID: 7}): yaegi reports an unknown field",
	"corpus3_embed_generic.go/cell":      "a struct literal of an embedded generic type with field names (Entity[int]{ID: 7}): yaegi reports an unknown field",
	"corpus3_generic_alias.go/program":   "a generic type alias (Go 1.24): refused",
	"corpus3_generic_alias.go/cell":      "a generic type alias (Go 1.24): refused",
	"corpus3_generic_results.go/program": "a method of a two-parameter generic type naming its own type (Swap() Pair[B, A]): refused, yaegi would silently skip its callers",
	"corpus3_generic_results.go/cell":    "a method of a two-parameter generic type naming its own type (Swap() Pair[B, A]): refused, yaegi would silently skip its callers",
	"corpus3_unique_time.go/program":     "package unique: not in the interpreter's symbol tables",
	"corpus3_unique_time.go/cell":        "package unique: not in the interpreter's symbol tables",
	// corpus5_*.go: beginner tutorials (golangbot, DigitalOcean, Programiz...).
	// cellsrc/reflectcell.go: yaegi's reflect type of a cell type has no
	// name or methods, and shows unexported and embedded fields as
	// exported plain ones.
	// corpus22: errors the magics answer by running the cell as a program
	// (gob's log.Fatal names the interpreter's type: a gap too).
	"corpus22_defer_panic_recover.go/program": "a panic in a deferred call of a function with other deferred calls to run",
	"corpus22_defer_panic_recover.go/cell":    "a panic in a deferred call of a function with other deferred calls to run",
	"corpus22_error_types.go/program":         "errors.As to an anonymous interface a cell error type implements",
	"corpus22_error_types.go/cell":            "errors.As to an anonymous interface a cell error type implements",
	"corpus22_gob_roundtrip.go/program":       "gob of a struct holding cell types in an interface field: gob: type interp.valueInterface has no exported fields",
	"corpus22_gob_roundtrip.go/cell":          "gob of a struct holding cell types in an interface field: gob: type interp.valueInterface has no exported fields",
	// cellsrc/slogvalues.go: log/slog would log a cell value by methods
	// and field names native code does not see (refused before it runs).
	"wrong_slog_cell_methods.go/program": "a value of a cell type with a String, Error or MarshalText method, or an unexported field, handed to log/slog as an any (refused)",
	"wrong_slog_cell_methods.go/cell":    "a value of a cell type with a String, Error or MarshalText method, or an unexported field, handed to log/slog as an any (refused)",
	"wrong_gob_cell_methods.go/program":  "gob Encode of a value of a cell type with a MarshalBinary or GobEncode method (refused)",
	"wrong_gob_cell_methods.go/cell":     "gob Encode of a value of a cell type with a MarshalBinary or GobEncode method (refused)",
	"corpus35_gob_interface.go/program":  "gob of a struct holding cell types in a field of a cell interface type ([]Shape): the library is handed interp.valueInterface",
	"corpus35_gob_interface.go/cell":     "gob of a struct holding cell types in a field of a cell interface type ([]Shape): the library is handed interp.valueInterface",
	// A reflect.Value of a cell type kept in a variable, or reached
	// through Elem, is followed to its Type and Field (refused).
	"wrong_reflect_value_kept.go/program":     "reflect.Value of a cell type kept in a variable, then its Type printed",
	"wrong_reflect_value_kept.go/cell":        "reflect.Value of a cell type kept in a variable, then its Type printed",
	"wrong_reflect_value_field.go/program":    "reflect.Value.Field of a cell struct with an unexported field",
	"wrong_reflect_value_field.go/cell":       "reflect.Value.Field of a cell struct with an unexported field",
	"corpus22_reflect_laws.go/program":        "reflect.Value of a cell type kept in a variable, then its Type printed",
	"corpus22_reflect_laws.go/cell":           "reflect.Value of a cell type kept in a variable, then its Type printed",
	"corpus22_reflect_kinds.go/program":       "reflect.Type.Implements of a cell type",
	"corpus22_reflect_kinds.go/cell":          "reflect.Type.Implements of a cell type",
	"corpus22_reflect_struct_tags.go/program": "reflect.Type of a cell struct with an unexported field, its FieldByName",
	"corpus22_reflect_struct_tags.go/cell":    "reflect.Type of a cell struct with an unexported field, its PkgPath",
	"corpus5_reflect.go/program":              "reflect.Type of a cell struct type with an unexported field, and its Name and methods",
	"corpus5_reflect.go/cell":                 "reflect.Type of a cell struct type with an unexported field, and its Name and methods",
	"corpus5_structs.go/program":              "reflect.Type fields of a cell struct type with an embedded and an unexported field",
	"corpus5_structs.go/cell":                 "reflect.Type fields of a cell struct type with an embedded and an unexported field",
	// corpus8_*.go: Go 1.21-1.26 as blog posts and docs write it.
	// corpus9_*.go: textbook chapters and exercise-platform solutions.
	// cellsrc/printtypes.go refuses errors.As to a cell interface: the
	// interpreter hands errors.As a value without the cell's methods.
	// runtime.go's recoveredValue: yaegi's panic for an index out of range
	// is reflect's, without the index and length Go's value prints.
	// corpus7_*.go: intermediate tutorials (concurrency, data structures,
	// patterns). cellsrc/functypes.go: reflect cannot make a recursive
	// function type.
	"corpus7_state_machine.go/program": "a function type that names itself (type stateFn func(r rune) stateFn)",
	"corpus7_state_machine.go/cell":    "a function type that names itself (type stateFn func(r rune) stateFn)",
	// cellsrc/printtypes.go: native errors.As sees cell values without
	// their methods.
	// corpus41: a Go-by-Example-style batch. (atomic.Pointer, once a
	// gap here, is written as an atomic.Value: cellsrc/atomicpointer.go.)
	"corpus41_text_template.go/program": "text/template calling a method of a cell type",
	"corpus41_text_template.go/cell":    "text/template calling a method of a cell type",
	// cellsrc/atomicpointer.go: an atomic.Pointer[T] of a type parameter,
	// whose *T the interpreter cannot assert to in a generic body.
	"wrong_atomic_pointer_generic.go/program": "atomic.Pointer of a type parameter: refused",
	"wrong_atomic_pointer_generic.go/cell":    "atomic.Pointer of a type parameter: refused",
	// cellsrc/marshalers.go: native encoding/json never sees a cell
	// type's methods; the cell is refused before it runs.
	"corpus2_json_marshaler.go/program": "a MarshalJSON method of a cell type, which encoding/json cannot call",
	"corpus2_json_marshaler.go/cell":    "a MarshalJSON method of a cell type, which encoding/json cannot call",
	// corpus32_*.go: generics as modern tutorials teach them (the kernel
	// runs each refused cell as a program: magics/program_test.go).
	"corpus32_generic_alias.go/program":     "a generic type alias (Go 1.24): refused",
	"corpus32_generic_alias.go/cell":        "a generic type alias (Go 1.24): refused",
	"corpus32_generic_interface.go/program": "a method of a generic type with the name of another generic type's method, used through an interface: refused",
	"corpus32_generic_interface.go/cell":    "a method of a generic type with the name of another generic type's method, used through an interface: refused",
	// genericmethodorder.go: methods of a generic type that call each
	// other around a cycle (the kernel runs each as a program).
	"wrong_generic_methods_cycle.go/program": "methods of a generic type that call each other (Add and grow): refused",
	"wrong_generic_methods_cycle.go/cell":    "methods of a generic type that call each other (Add and grow): refused",
	"corpus44_hashmap_chaining.go/program":   "methods of a generic type that call each other (Set and grow): refused",
	"corpus44_hashmap_chaining.go/cell":      "methods of a generic type that call each other (Set and grow): refused",
	"corpus32_pair_optional.go/program":      "a method of a generic type of two type parameters that names its own type (Pair[V, K]): refused",
	"corpus32_pair_optional.go/cell":         "a method of a generic type of two type parameters that names its own type (Pair[V, K]): refused",
	"corpus32_tree_iterator.go/program":      "a method of a generic type of two type parameters that names its own type (bstNode[K, V] in put): refused",
	"corpus32_tree_iterator.go/cell":         "a method of a generic type of two type parameters that names its own type (bstNode[K, V] in put): refused",
	// An IsZero method of a cell type that encoding/json's omitzero would
	// call (marshalers.go): refused.
	"wrong_json_omitzero_iszero.go/program":   "json omitzero on a field of a cell type whose IsZero method is not its plain zero test: refused",
	"wrong_json_omitzero_iszero.go/cell":      "json omitzero on a field of a cell type whose IsZero method is not its plain zero test: refused",
	"corpus37_go124_json_omitzero.go/program": "json omitzero on a field of a cell type whose IsZero method is not its plain zero test: refused",
	"corpus37_go124_json_omitzero.go/cell":    "json omitzero on a field of a cell type whose IsZero method is not its plain zero test: refused",
	// corpus37: what is new in Go 1.21 to 1.26 (the kernel runs each
	// refused cell as a program: magics/program_test.go).
	"corpus37_go123_unique.go/program":    "import \"unique\" (generic API only)",
	"corpus37_go123_unique.go/cell":       "import \"unique\" (generic API only)",
	"corpus37_go124_weak.go/program":      "import \"weak\" (generic API only)",
	"corpus37_go124_weak.go/cell":         "import \"weak\" (generic API only)",
	"corpus37_go124_sha3_hkdf.go/program": "import \"crypto/hkdf\" (generic API only)",
	"corpus37_go124_sha3_hkdf.go/cell":    "import \"crypto/hkdf\" (generic API only)",
	// corpus48: Go 1.22-1.24 release-note programs, refused with errors
	// (the kernel runs each refused cell as a program).
	"corpus48_unique_make.go/program":              "import \"unique\" (generic API only)",
	"corpus48_unique_make.go/cell":                 "import \"unique\" (generic API only)",
	"corpus48_sha3_hkdf.go/program":                "import \"crypto/hkdf\" (generic API only)",
	"corpus48_sha3_hkdf.go/cell":                   "import \"crypto/hkdf\" (generic API only)",
	"corpus48_generic_alias.go/program":            "a generic type alias (Go 1.24): refused",
	"corpus48_generic_alias.go/cell":               "a generic type alias (Go 1.24): refused",
	"corpus48_loopvar_mutation.go/program":         "a closure in a for loop's condition that captures the loop variable: refused",
	"corpus48_loopvar_mutation.go/cell":            "a closure in a for loop's condition that captures the loop variable: refused",
	"corpus37_go124_generic_alias.go/program":      "a generic type alias (Go 1.24): refused",
	"corpus37_go124_generic_alias.go/cell":         "a generic type alias (Go 1.24): refused",
	"corpus37_go125_reflect_typeassert.go/program": "reflect.Value.Field on a cell type with methods (refused); reflect.TypeAssert (generic)",
	"corpus37_go125_reflect_typeassert.go/cell":    "reflect.Value.Field on a cell type with methods (refused); reflect.TypeAssert (generic)",
	// reflectiface.go: a reflect.Value of a cell struct held in an
	// interface, asked its FieldByName or Field, where the struct has an
	// unexported field (the interpreter's is renamed and settable).
	"wrong_reflect_value_fieldbyname_iface.go/program": "reflect.Value.FieldByName of a cell struct with an unexported field, held in an interface",
	"wrong_reflect_value_fieldbyname_iface.go/cell":    "reflect.Value.FieldByName of a cell struct with an unexported field, held in an interface",
	// corpus59: a tour of the standard library; the kernel runs these
	// as programs (magics/program_test.go).
	"corpus59_context_values.go/program": "printing a context whose WithValue key is of a cell type (context names the key's type)",
	"corpus59_context_values.go/cell":    "printing a context whose WithValue key is of a cell type (context names the key's type)",
	"corpus59_json_custom.go/program":    "a MarshalJSON method of a cell type, which encoding/json cannot call",
	"corpus59_json_custom.go/cell":       "a MarshalJSON method of a cell type, which encoding/json cannot call",
	"corpus59_text_template.go/program":  "a template calling a method of a cell type",
	"corpus59_text_template.go/cell":     "a template calling a method of a cell type",
	// hiddenmethods.go: the interpreter hides the pointer methods of a
	// library type embedded by value (bytes.Buffer's WriteString), so
	// io.Copy would call the cell's own Write where Go does not (refused).
	"wrong_embedded_buffer_override.go/program": "a library's upgrade to a method promoted from an embedded bytes.Buffer, beside the cell's own Write",
	"wrong_embedded_buffer_override.go/cell":    "a library's upgrade to a method promoted from an embedded bytes.Buffer, beside the cell's own Write",
	// corpus53: a learn-Go-with-tests course; the kernel runs these as
	// programs (magics/program_test.go).
	"corpus53_reflection_types.go/program": "reflect.Value.FieldByName of a cell struct with methods and an unexported field",
	"corpus53_reflection_types.go/cell":    "reflect.Value.FieldByName of a cell struct with methods and an unexported field",
	"corpus53_reflection_walk.go/program":  "a reflect.Value of a cell struct held in an interface, returned by a function (walk's getValue)",
	"corpus53_reflection_walk.go/cell":     "a reflect.Value of a cell struct held in an interface, returned by a function (walk's getValue)",
	// printtypes.go heldFmtType: a []T, map[K]T or struct with a field of
	// a cell type T with a String method, held in an interface, is to
	// fmt made of T's underlying type, as a plain one is (refused).
	"wrong_print_any_made_of_stringer.go/program":        "a []T of a cell type T with a String method, held in an any, printed (refused)",
	"wrong_print_any_made_of_stringer.go/cell":           "a []T of a cell type T with a String method, held in an any, printed (refused)",
	"wrong_map_iface_keys.go/program":                    "a map keyed by an interface a cell declares (map[Observer]bool): refused",
	"wrong_map_iface_keys.go/cell":                       "a map keyed by an interface a cell declares (map[Observer]bool): refused",
	"wrong_map_any_literal_cell_key.go/program":          "a map[any]V literal with a key of a cell type: refused",
	"wrong_map_any_literal_cell_key.go/cell":             "a map[any]V literal with a key of a cell type: refused",
	"wrong_pointer_conversion_cell_types.go/program":     "a conversion of a pointer between cell types ((*Fahrenheit)(c)): refused",
	"wrong_pointer_conversion_cell_types.go/cell":        "a conversion of a pointer between cell types ((*Fahrenheit)(c)): refused",
	"wrong_print_any_struct_with_iface_field.go/program": "a cell struct with a field of a cell type with a String method and an interface field, held in an any, printed (refused)",
	"wrong_print_any_struct_with_iface_field.go/cell":    "a cell struct with a field of a cell type with a String method and an interface field, held in an any, printed (refused)",
	// reflectdynamic.go: a reflect.Value's String of a kind other than
	// string names its type, which for a cell type the interpreter's has
	// no name for; a reflect.Type of a []T or map[K]T of a cell type T,
	// or of an element's Value, printed or asked its name.
	"wrong_reflect_value_string.go/program":   "reflect.Value.String of a cell struct (it names the type)",
	"wrong_reflect_value_string.go/cell":      "reflect.Value.String of a cell struct (it names the type)",
	"wrong_reflect_composite_type.go/program": "reflect.TypeOf of a []T of a cell type T, printed",
	"wrong_reflect_composite_type.go/cell":    "reflect.TypeOf of a []T of a cell type T, printed",
	// corpus54: a recover and re-panic in a deferred call of a function
	// with other deferred calls to run, which yaegi would skip (the cell
	// ends in a gap; the kernel runs the program); == of two interface
	// values holding equal ints beside a cell type of int (codeErr), which
	// the interpreter holds as an int in any.
	"corpus54_exit_custom_panic.go/program": "a panic in a deferred call of a function with other deferred calls to run",
	"corpus54_interface_compare.go/program": "== of interfaces holding equal ints beside a cell type of int: refused",
	"corpus54_interface_compare.go/cell":    "== of interfaces holding equal ints beside a cell type of int: refused",
	// cellsrc/literalstructs.go: a value of a struct literal type with
	// a cell struct type's fields, put in an interface, where the
	// interpreter's one reflect type for both would make it a Point.
	"wrong_struct_literal_in_interface.go/program": "a value of a struct literal type of a cell struct type's fields in an interface: refused",
	"wrong_struct_literal_in_interface.go/cell":    "a value of a struct literal type of a cell struct type's fields in an interface: refused",
	// jsonnames.go: encoding/json's type error in an instance of a
	// generic cell type made in a generic function (Box[T]), which no
	// registration names.
	"wrong_json_generic_instance.go/program": "the struct a json type error names, an instance made in a generic function",
	"wrong_json_generic_instance.go/cell":    "the struct a json type error names, an instance made in a generic function",
	// printing.go: %#v of a cell struct held in an interface writes the
	// type's name, which the interpreter's type lost.
	// corpus40_*.go: reflection, struct tags, encodings and templates
	// (the kernel runs each refused cell as a program:
	// magics/program_test.go).
	"corpus40_config_defaults.go/program":    "reflect.ValueOf of a pointer to a cell struct held in an interface, its Type's Field and Tag read (a time.Duration field: not plain)",
	"corpus40_config_defaults.go/cell":       "reflect.ValueOf of a pointer to a cell struct held in an interface, its Type's Field and Tag read (a time.Duration field: not plain)",
	"corpus40_csv_writer.go/program":         "reflect.TypeOf of a cell struct handed on to a function (header(reflect.TypeOf(Sale{})))",
	"corpus40_csv_writer.go/cell":            "reflect.TypeOf of a cell struct handed on to a function (header(reflect.TypeOf(Sale{})))",
	"corpus40_flag_textvar.go/program":       "flag.TextVar of a cell type with UnmarshalText (refused: the interpreter hands flag no pointer)",
	"corpus40_flag_textvar.go/cell":          "flag.TextVar of a cell type with UnmarshalText (refused: the interpreter hands flag no pointer)",
	"corpus40_insert_builder.go/program":     "reflect.Indirect(reflect.ValueOf(row)) of a cell struct held in an interface, its Type's Name and Field",
	"corpus40_insert_builder.go/cell":        "reflect.Indirect(reflect.ValueOf(row)) of a cell struct held in an interface, its Type's Name and Field",
	"corpus40_json_custom.go/program":        "a MarshalJSON method of a cell type, which encoding/json cannot call (refused)",
	"corpus40_json_custom.go/cell":           "a MarshalJSON method of a cell type, which encoding/json cannot call (refused)",
	"corpus40_json_polymorphic.go/program":   "a MarshalJSON/UnmarshalJSON method of a cell type, which encoding/json cannot call (refused)",
	"corpus40_json_polymorphic.go/cell":      "a MarshalJSON/UnmarshalJSON method of a cell type, which encoding/json cannot call (refused)",
	"corpus40_reflect_fields.go/program":     "reflect.TypeOf of a cell struct with unexported and cell-typed fields (Field, FieldByName, Name)",
	"corpus40_reflect_fields.go/cell":        "reflect.TypeOf of a cell struct with unexported and cell-typed fields (Field, FieldByName, Name)",
	"corpus40_reflect_kinds.go/program":      "reflect.ValueOf of a cell number type held in an interface, its Type printed",
	"corpus40_reflect_kinds.go/cell":         "reflect.ValueOf of a cell number type held in an interface, its Type printed",
	"corpus40_reflect_make.go/program":       "reflect.TypeOf of a cell struct handed on (reflect.MapOf, reflect.New)",
	"corpus40_reflect_make.go/cell":          "reflect.TypeOf of a cell struct handed on (reflect.MapOf, reflect.New)",
	"corpus40_reflect_methods.go/program":    "reflect.TypeOf of a cell type asked its methods (NumMethod, Method, MethodByName)",
	"corpus40_reflect_methods.go/cell":       "reflect.TypeOf of a cell type asked its methods (NumMethod, Method, MethodByName)",
	"corpus40_reflect_setptr.go/program":     "reflect.Value.FieldByName of a cell struct with an unexported field, held in an interface",
	"corpus40_reflect_setptr.go/cell":        "reflect.Value.FieldByName of a cell struct with an unexported field, held in an interface",
	"corpus40_reflect_walk.go/program":       "a reflect.Value of a cell struct handed on to a recursive dumper (Type().Name, Field, Tag)",
	"corpus40_reflect_walk.go/cell":          "a reflect.Value of a cell struct handed on to a recursive dumper (Type().Name, Field, Tag)",
	"corpus40_struct_to_map.go/program":      "reflect.ValueOf of a cell struct with an embedded field, held in an interface",
	"corpus40_struct_to_map.go/cell":         "reflect.ValueOf of a cell struct with an embedded field, held in an interface",
	"corpus40_template_methods.go/program":   "a template calling methods of a cell type (.FullName, .Average)",
	"corpus40_template_methods.go/cell":      "a template calling methods of a cell type (.FullName, .Average)",
	"corpus40_template_wordcount.go/program": "a template calling a method of a cell type ($.Percent)",
	"corpus40_template_wordcount.go/cell":    "a template calling a method of a cell type ($.Percent)",
	"corpus40_text_marshaler.go/program":     "MarshalText/UnmarshalText of a cell type as json values and map keys (refused)",
	"corpus40_text_marshaler.go/cell":        "MarshalText/UnmarshalText of a cell type as json values and map keys (refused)",
	"corpus40_xml_marshaler.go/program":      "MarshalXMLAttr/MarshalXML of cell types, which encoding/xml cannot call (refused)",
	"corpus40_xml_marshaler.go/cell":         "MarshalXMLAttr/MarshalXML of cell types, which encoding/xml cannot call (refused)",
	// corpus38_*.go: generic containers and algorithms with iterators
	// (the kernel runs each refused cell as a program:
	// magics/program_test.go).
	"corpus38_dijkstra.go/program":     "a generic slice type of two type parameters of another generic instance (pq[N, W] []item[N, W]) handed to container/heap in generic code: yaegi reports nil type",
	"corpus38_dijkstra.go/cell":        "a generic slice type of two type parameters of another generic instance (pq[N, W] []item[N, W]) handed to container/heap in generic code: yaegi reports nil type",
	"corpus38_instantiation.go/cell":   "a top-level var of a function type initialized by an instance of a generic function (var g func(...) []int = Map[int, int]) in a cell with other top-level := of instances: variable definition loop",
	"corpus38_pair.go/program":         "a method of a generic type of two type parameters that names its own type (Pair[V, K]): refused",
	"corpus38_pair.go/cell":            "a method of a generic type of two type parameters that names its own type (Pair[V, K]): refused",
	"corpus38_topo_sort.go/program":    "errors.As with a generic error type of the cell (*CycleError[int]): refused",
	"corpus38_topo_sort.go/cell":       "errors.As with a generic error type of the cell (*CycleError[int]): refused",
	"corpus38_validate_all.go/program": "errors.As with a generic error type of the cell (ValidationError[int]): refused",
	"corpus38_validate_all.go/cell":    "errors.As with a generic error type of the cell (ValidationError[int]): refused",
	// celllogs.go noCaller: a logger asked for its caller's file and line
	// would name the interpreter's frame.
	"corpus13_gbe_logging.go/program": "log.Lshortfile in a cell: the interpreter has no Go frames of the cell's own (a gap)",
	"corpus13_gbe_logging.go/cell":    "log.Lshortfile in a cell: the interpreter has no Go frames of the cell's own (a gap)",
	// corpus45_*.go: small tools and simulations (the kernel runs each as
	// a program: magics/program_test.go).
	"corpus45_ledger_json.go/program":     "MarshalJSON/UnmarshalJSON of a cell type (Cents) inside the encoded struct: refused",
	"corpus45_ledger_json.go/cell":        "MarshalJSON/UnmarshalJSON of a cell type (Cents) inside the encoded struct: refused",
	"corpus45_text_template.go/program":   "a template calling a method of a cell type (.Total)",
	"corpus45_text_template.go/cell":      "a template calling a method of a cell type (.Total)",
	"corpus45_vending_machine.go/program": "a struct keeping functions that take it in a map (handler map[State]func(*Machine, Event) error): refused",
	"corpus45_vending_machine.go/cell":    "a struct keeping functions that take it in a map (handler map[State]func(*Machine, Event) error): refused",
	// corpus46_*.go: design patterns and idioms (the kernel runs each
	// refused cell as a program: magics/program_test.go).
	"corpus46_error_chain.go/program":        "errors.As to an interface a cell type implements (var te TempError): refused",
	"corpus46_error_chain.go/cell":           "errors.As to an interface a cell type implements (var te TempError): refused",
	"corpus46_generic_decorators.go/program": "a generic function given a conversion to an instance of a generic func type (Memoize(Fn[int, int](square))): yaegi's compiler panics",
	"corpus46_generic_decorators.go/cell":    "a generic function given a conversion to an instance of a generic func type (Memoize(Fn[int, int](square))): yaegi's compiler panics",
	// corpus49_*.go: programs-and-exercises sites (the kernel runs the
	// cell again as a program: magics/program_test.go).
	"corpus49_student_report_json.go/program": "a template calling a method of a cell type (.Average)",
	"corpus49_student_report_json.go/cell":    "a template calling a method of a cell type (.Average)",
	// corpus42_*.go: a beginner tutorial series (the kernel runs each
	// refused cell as a program: magics/program_test.go).
	"corpus42_empty_interface.go/program": "a value of a cell number type with a String method in an []any literal, switched on with a case of fmt.Stringer (refused)",
	"corpus42_empty_interface.go/cell":    "a value of a cell number type with a String method in an []any literal, switched on with a case of fmt.Stringer (refused)",
	// session/assertfail.go's assertValueFailed: a plain float64 where a
	// cell type of that shape is declared may be a celsius without its box.
	"wrong_assert_message_shared_shape.go/program": "a failed plain assertion on a plain float64 beside a cell float64 type: which type Go's message names is not known (refused)",
	"wrong_assert_message_shared_shape.go/cell":    "a failed plain assertion on a plain float64 beside a cell float64 type: which type Go's message names is not known (refused)",
	// runtime.go's recoveredValue: a reflect panic that is none of Go's
	// run-time errors may be the interpreter's own failure.
	"wrong_recover_reflect_panic.go/program": "a panic of package reflect recovered (reflect.Value.Elem of an int): refused, as it may be the interpreter's",
	"wrong_recover_reflect_panic.go/cell":    "a panic of package reflect recovered (reflect.Value.Elem of an int): refused, as it may be the interpreter's",
	// corpus57_*.go: exercise-track solutions (the kernel runs these as
	// programs: magics/program_test.go).
	"corpus57_sorting_room.go/program":   "a type switch on an any holding a cell type of int (box) beside a case of int: refused",
	"corpus57_sorting_room.go/cell":      "a type switch on an any holding a cell type of int (box) beside a case of int: refused",
	"corpus57_fmt_cell_types.go/program": "a cell struct of an int field (Pair[int, bool]) printed from an []any beside a cell type of int with a String method (Suit): refused",
	"corpus57_fmt_cell_types.go/cell":    "a cell struct of an int field (Pair[int, bool]) printed from an []any beside a cell type of int with a String method (Suit): refused",
	// corpus80_*.go: object-oriented Go (the kernel runs these as
	// programs). boxed.go unwrap: errors.As to a struct type whose Error
	// is promoted from an embedded cell type.
	"corpus80_errors_as_promoted.go/program": "errors.As to a cell struct type whose Error is promoted from an embedded cell type: refused",
	"corpus80_errors_as_promoted.go/cell":    "errors.As to a cell struct type whose Error is promoted from an embedded cell type: refused",
	// yaegi: a cell struct whose Write is promoted from an embedded
	// strings.Builder cannot be an io.Writer (a compile error).
	"corpus80_embed_builder_writer.go/program": "a cell struct embedding strings.Builder passed as an io.Writer: the interpreter's compile error",
	"corpus80_embed_builder_writer.go/cell":    "a cell struct embedding strings.Builder passed as an io.Writer: the interpreter's compile error",
	// assertfail.go refuseSharedPlain: a failed assertion on a plain int
	// where a cell declares a type of kind int (the message named it).
	"corpus80_assert_shared_plain.go/program": "the message of a failed assertion on a plain int beside a cell type of kind int: refused",
	"corpus80_assert_shared_plain.go/cell":    "the message of a failed assertion on a plain int beside a cell type of kind int: refused",
}

// knownWrong are the cases that print a wrong value without an error,
// which no case may do: each is a bug to fix, listed so that the rest of
// the corpus guards what works meanwhile. The test fails if one starts to
// run right or to end in an error.
var knownWrong = map[string]string{}

// TestGoRun runs each program of testdata/gorun in a fresh session, in two
// forms: the file pasted whole (its main runs at the end of the cell), and
// as a notebook user writes it (the declarations, then main's body at the
// top level), and compares what it prints with what go run printed
// (NAME.golden; -update reruns go run).
func TestGoRun(t *testing.T) {
	programs, err := gorun.Programs("testdata/gorun")
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range programs {
		// One subtest per program, so that -run picks the programs that
		// -update reruns go run for.
		t.Run(filepath.Base(path), func(t *testing.T) {
			if *update {
				if err := gorun.Update(path); err != nil {
					t.Fatal(err)
				}
			}
			cases, err := gorun.Read(path)
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range cases {
				key := c.Key()
				t.Run(c.Form, func(t *testing.T) {
					if bug, ok := knownWrong[key]; ok {
						checkKnownWrong(t, c.Code, c.Want, bug)
						return
					}
					// A known gap ends the cell before the exit: checked as a gap.
					if c.Exit != 0 && knownGaps[key] == "" {
						checkGoRunExit(t, c, c.Exit)
						return
					}
					checkGoRun(t, c, knownGaps[key])
				})
			}
		})
	}
	for _, table := range []map[string]string{knownGaps, knownWrong} {
		for key := range table {
			if _, err := os.Stat(filepath.Join("testdata/gorun", strings.Split(key, "/")[0])); err != nil {
				t.Errorf("known case %s names no program", key)
			}
		}
	}
}

// TestGoRunSplitInTwoCells runs each program as a notebook user keeps it,
// its declarations in one cell and main's body in the next, in one
// session: each prints what go run printed, or ends in an error having
// printed only a beginning of it (a cell of the form may meet a gap the
// one-cell form avoids, or the other way round; the count is logged).
// Nothing prints a wrong value.
func TestGoRunSplitInTwoCells(t *testing.T) {
	programs, err := gorun.Programs("testdata/gorun")
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	right, failed := 0, 0
	for _, path := range programs {
		cases, err := gorun.Read(path)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cases {
			if c.Cells == nil {
				continue
			}
			t.Run(c.Key(), func(t *testing.T) {
				t.Parallel()
				got, e := runSplit(t, c)
				if c.Timed && got != c.Want && (e == nil || c.Exit != 0) {
					t.Logf("a program waiting on timers printed another order (a busy machine): running it once more")
					got, e = runSplit(t, c)
				}
				mu.Lock()
				if got == c.Want && (e == nil || c.Exit != 0) {
					right++
				} else {
					failed++
				}
				mu.Unlock()
				switch {
				case e == nil && got != c.Want:
					t.Errorf("printed:\n%s\ngo run printed:\n%s", got, c.Want)
				case e != nil && !strings.HasPrefix(c.Want, got):
					t.Errorf("printed what go run does not before its error (%v):\n%s", e, got)
				}
			})
		}
	}
	t.Cleanup(func() { t.Logf("split in two cells: %d print what go run prints, %d end in an error", right, failed) })
}

// runSplit runs a case's cells in one session, as far as they succeed.
func runSplit(t *testing.T, c gorun.Case) (string, *cellio.Error) {
	s := newSession(t)
	var out strings.Builder
	for _, code := range c.Cells {
		rec := &recorder{}
		_, e := s.Execute(context.Background(), Cell{Code: code}, rec)
		out.WriteString(rec.out())
		if e != nil {
			return out.String(), e
		}
	}
	return out.String(), nil
}

func checkGoRun(t *testing.T, c gorun.Case, gap string) {
	rec, e := runGoRunCase(t, c)
	if c.Timed && e == nil && rec.out() != c.Want {
		t.Logf("a program waiting on timers printed another order (a busy machine): running it once more")
		rec, e = runGoRunCase(t, c)
	}
	got, want := rec.out(), c.Want
	if gap == "" {
		checkStderr(t, c, rec)
	}
	switch {
	case gap == "" && e != nil:
		t.Errorf("failed: %v\n%s\nprinted:\n%s", e, strings.Join(e.Traceback, "\n"), got)
	case gap == "" && got != want:
		t.Errorf("printed:\n%s\ngo run printed:\n%s", got, want)
	case gap != "" && e == nil && got == want:
		t.Errorf("known gap %q now runs right: take it out of knownGaps", gap)
	case gap != "" && e == nil:
		t.Errorf("known gap %q printed a wrong value without an error:\n%s\ngo run printed:\n%s", gap, got, want)
	case gap != "" && !strings.HasPrefix(want, got):
		t.Errorf("known gap %q printed what go run does not before its error (%v):\n%s", gap, e, got)
	case gap != "":
		t.Logf("known gap %q: %v", gap, e)
	}
}

// runGoRunCase runs a case in a session of its own.
func runGoRunCase(t *testing.T, c gorun.Case) (*recorder, *cellio.Error) {
	s := newSession(t)
	rec := &recorder{}
	_, e := s.Execute(context.Background(), Cell{Code: c.Code}, rec)
	return rec, e
}

// checkGoRunExit checks a program go run ended with os.Exit(code): the
// cell prints what go run printed and ends in the error naming the same
// call, as the kernel stays up.
func checkGoRunExit(t *testing.T, c gorun.Case, status int) {
	s := newSession(t)
	rec := &recorder{}
	_, e := s.Execute(context.Background(), Cell{Code: c.Code}, rec)
	if got := rec.out(); got != c.Want {
		t.Errorf("printed:\n%s\ngo run printed:\n%s", got, c.Want)
	}
	checkStderr(t, c, rec)
	// go run exits with 2 after a panic nothing recovered, which a cell
	// reports as the panic, and after the fatal error of a deadlock.
	if status == 2 && e != nil && (e.Kind == cellio.Panic || e.Kind == cellio.Deadlock) {
		return
	}
	// log.Fatal's error names it and the status it exits with.
	call, status2 := fmt.Sprintf("os.Exit(%d)", status), fmt.Sprintf("(exit status %d)", status)
	if e == nil || e.Kind != cellio.Exit || !strings.Contains(e.Value, call) && !strings.Contains(e.Value, status2) {
		t.Errorf("error %v, want an Exit naming %s or %s", e, call, status2)
	}
}

// checkStderr compares the cell's stderr with go run's, for a program
// that has a stderr golden.
func checkStderr(t *testing.T, c gorun.Case, rec *recorder) {
	t.Helper()
	if got := rec.err(); c.HasStderr && got != c.Stderr {
		t.Errorf("wrote on stderr:\n%s\ngo run wrote:\n%s", got, c.Stderr)
	}
}

func checkKnownWrong(t *testing.T, code, want, bug string) {
	s := newSession(t)
	rec := &recorder{}
	_, e := s.Execute(context.Background(), Cell{Code: code}, rec)
	if e != nil || rec.out() == want {
		t.Errorf("known wrong value %q changed (error %v, printed %q): update knownWrong or knownGaps", bug, e, rec.out())
	}
}
