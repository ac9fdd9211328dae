package session

import (
	"bytes"
	"context"
	"flag"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/gorun/*.golden by running go run")

// knownGaps are the go-run cases the session cannot run yet, by case
// (file/form) and the feature that stops it. A gap must end in an error,
// having printed only a beginning of what go run prints; a gap that
// starts passing fails the test, so that the table stays true.
var knownGaps = map[string]string{
	// yaegi keeps one field of a struct value of a cell type it puts in an
	// error; errors.Is on one ends in the runner's error (errorsas.go).
	"print_celltypes_names.go/program": "errors.Is with a struct value of a cell error type",
	"print_celltypes_names.go/cell":    "errors.Is with a struct value of a cell error type",
	// cellsrc/nativecase.go: the runner cannot see the type of a cell
	// value yaegi converted to an interface in a call or literal.
	"typeswitch_native.go/program": "a cell value converted to an interface in a call, in a type switch with native interface cases",
	"typeswitch_native.go/cell":    "a cell value converted to an interface in a call, in a type switch with native interface cases",
	// yaegi keeps one field of a struct value it wraps to hold it in an
	// error (cellsrc/boxed.go): a pointer works, a struct value is refused.
	"typeswitch_cell_error.go/program": "a type switch on a struct value of a cell type held in an error",
	"typeswitch_cell_error.go/cell":    "a type switch on a struct value of a cell type held in an error",
	// The corpus of tutorial-style programs (corpus_*.go): causes not fixed yet.
	// corpus3_*.go: Go 1.21-1.26 as blog posts and docs write it.
	"corpus3_constraints_tilde.go/program":  "a generic function whose constraint is a generic interface with a method (P Parser[T]): yaegi panics compiling the call",
	"corpus3_constraints_tilde.go/cell":     "a generic function whose constraint is a generic interface with a method (P Parser[T]): yaegi panics compiling the call",
	"corpus3_embed_generic.go/program":      "a struct literal of an embedded generic type with field names (Entity[int]{ID: 7}): yaegi reports an unknown field",
	"corpus3_embed_generic.go/cell":         "a struct literal of an embedded generic type with field names (Entity[int]{ID: 7}): yaegi reports an unknown field",
	"corpus3_errors_join.go/program":        "a type assertion of errors.Join's value to interface{ Unwrap() []error }: refused, the interpreter sees no methods of library values there",
	"corpus3_errors_join.go/cell":           "a type assertion of errors.Join's value to interface{ Unwrap() []error }: refused, the interpreter sees no methods of library values there",
	"corpus3_generic_alias.go/program":      "a generic type alias (Go 1.24): refused",
	"corpus3_generic_alias.go/cell":         "a generic type alias (Go 1.24): refused",
	"corpus3_generic_containers.go/program": "methods of one name (All, Len) on two generic types: refused, yaegi would run one's body for the other",
	"corpus3_generic_containers.go/cell":    "methods of one name (All, Len) on two generic types: refused, yaegi would run one's body for the other",
	"corpus3_generic_list_tree.go/program":  "a generic type of two type parameters that names itself (treeNode[K, V]): refused, yaegi would overflow its stack",
	"corpus3_generic_list_tree.go/cell":     "a generic type of two type parameters that names itself (treeNode[K, V]): refused, yaegi would overflow its stack",
	"corpus3_generic_results.go/program":    "a method of a two-parameter generic type naming its own type (Swap() Pair[B, A]): refused, yaegi would silently skip its callers",
	"corpus3_generic_results.go/cell":       "a method of a two-parameter generic type naming its own type (Swap() Pair[B, A]): refused, yaegi would silently skip its callers",
	"corpus3_rangefunc_control.go/program":  "defer in the body of a range over a function: refused",
	"corpus3_rangefunc_control.go/cell":     "defer in the body of a range over a function: refused",
	"corpus3_unique_time.go/program":        "package unique: not in the interpreter's symbol tables",
	"corpus3_unique_time.go/cell":           "package unique: not in the interpreter's symbol tables",
	// corpus5_*.go: beginner tutorials (golangbot, DigitalOcean, Programiz...).
	// yaegi keeps only one field of a struct value it puts in an error
	// (its getConcreteValue takes a struct without methods for an
	// interface's emulation): errors.As to it, or through its Unwrap, is
	// refused (errorsas.go).
	"corpus5_errors.go/program":            "errors.As through the Unwrap method of a struct value of a cell error type",
	"corpus5_errors.go/cell":               "errors.As through the Unwrap method of a struct value of a cell error type",
	"corpus5_project_inventory.go/program": "errors.As to a struct value of a cell error type",
	"corpus5_project_inventory.go/cell":    "errors.As to a struct value of a cell error type",
	// cellsrc/reflectcell.go: yaegi's reflect type of a cell type has no
	// name or methods, and shows unexported and embedded fields as
	// exported plain ones.
	"corpus5_reflect.go/program": "reflect.Type of a cell struct type with an unexported field, and its Name and methods",
	"corpus5_reflect.go/cell":    "reflect.Type of a cell struct type with an unexported field, and its Name and methods",
	"corpus5_structs.go/program": "reflect.Type fields of a cell struct type with an embedded and an unexported field",
	"corpus5_structs.go/cell":    "reflect.Type fields of a cell struct type with an embedded and an unexported field",
	// corpus7_*.go: intermediate tutorials (concurrency, data structures,
	// patterns). cellsrc/functypes.go: reflect cannot make a recursive
	// function type.
	"corpus7_state_machine.go/program": "a function type that names itself (type stateFn func(r rune) stateFn)",
	"corpus7_state_machine.go/cell":    "a function type that names itself (type stateFn func(r rune) stateFn)",
	// yaegi panics compiling a top-level := of a cell generic function whose
	// result is a generic struct holding a map of another generic type
	// (inside a function it runs): a clear error, its cause not isolated.
	"corpus7_generic_cache.go/cell": "a top-level := of NewCache[string, int]() (a generic struct with a map of entry[V]): yaegi panics compiling",
	// cellsrc/printtypes.go: native errors.As sees cell values without
	// their methods.
	"corpus7_error_hierarchy.go/program": "errors.As to an anonymous interface a cell error type implements",
	"corpus7_error_hierarchy.go/cell":    "errors.As to an anonymous interface a cell error type implements",
	// The generic types of the standard library are not in the
	// interpreter's tables (stdlibnote.go says why in the error).
	"corpus2_atomic_pointer.go/program": "the generic type sync/atomic.Pointer",
	"corpus2_atomic_pointer.go/cell":    "the generic type sync/atomic.Pointer",
	// cellsrc/marshalers.go: native encoding/json never sees a cell
	// type's methods; the cell is refused before it runs.
	"corpus2_json_marshaler.go/program": "a MarshalJSON method of a cell type, which encoding/json cannot call",
	"corpus2_json_marshaler.go/cell":    "a MarshalJSON method of a cell type, which encoding/json cannot call",
}

// knownWrong are the cases that print a wrong value without an error,
// which no case may do: each is a bug to fix, listed so that the rest of
// the corpus guards what works meanwhile. The test fails if one starts to
// run right or to end in an error.
var knownWrong = map[string]string{
	// corpus4_*.go (Tour and library-example style), not fixed yet.
	// fmt.Errorf's %w of a cell error held in an error variable wraps a
	// printing wrapper (cellfmt): errors.Unwrap gives a value that is not
	// == the variable, nor, two links down, == the sentinel.
	"corpus4_std_regexp_errors.go/program": "errors.Unwrap(fmt.Errorf(\"%w\", cellErr)) == cellErr is false",
	"corpus4_std_regexp_errors.go/cell":    "errors.Unwrap(fmt.Errorf(\"%w\", cellErr)) == cellErr is false",
	// corpus7: a slice or map of a cell interface holding cell values
	// prints yaegi's wrapper (node and reflect.Value fields) for each
	// element; the elements printed one by one are right (cellfmt).
	"corpus7_shapes_print.go/program": "fmt.Println of a []Shape (a cell interface) prints yaegi's valueInterface wrappers",
	"corpus7_shapes_print.go/cell":    "fmt.Println of a []Shape (a cell interface) prints yaegi's valueInterface wrappers",
	// Native code names a cell struct by its reflect type: text/template's
	// error says 'in type struct { Name string; ... }', not main.Recipient.
	"corpus4_std_template_csv.go/program": "text/template's error names a cell type as its unnamed struct",
	"corpus4_std_template_csv.go/cell":    "text/template's error names a cell type as its unnamed struct",
}

// TestGoRun runs each program of testdata/gorun in a fresh session, in two
// forms: the file pasted whole (its main runs at the end of the cell), and
// as a notebook user writes it (the declarations, then main's body at the
// top level), and compares what it prints with what go run printed
// (NAME.golden; -update reruns go run).
func TestGoRun(t *testing.T) {
	programs, err := filepath.Glob("testdata/gorun/*.go")
	if err != nil || len(programs) == 0 {
		t.Fatalf("no programs: %v", err)
	}
	for _, path := range programs {
		name := filepath.Base(path)
		golden := strings.TrimSuffix(path, ".go") + ".golden"
		if *update {
			goRun(t, path, golden)
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (go test -run GoRun -update)", err)
		}
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		forms := map[string]string{"program": string(src), "cell": asCell(t, path, src)}
		for form, code := range forms {
			key := name + "/" + form
			t.Run(key, func(t *testing.T) {
				if bug, ok := knownWrong[key]; ok {
					checkKnownWrong(t, code, string(want), bug)
					return
				}
				checkGoRun(t, code, string(want), knownGaps[key])
			})
		}
	}
	for _, table := range []map[string]string{knownGaps, knownWrong} {
		for key := range table {
			if _, err := os.Stat(filepath.Join("testdata/gorun", strings.Split(key, "/")[0])); err != nil {
				t.Errorf("known case %s names no program", key)
			}
		}
	}
}

func checkGoRun(t *testing.T, code, want, gap string) {
	s := newSession(t)
	rec := &recorder{}
	_, e := s.Execute(context.Background(), Cell{Code: code}, rec)
	got := rec.out()
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

func checkKnownWrong(t *testing.T, code, want, bug string) {
	s := newSession(t)
	rec := &recorder{}
	_, e := s.Execute(context.Background(), Cell{Code: code}, rec)
	if e != nil || rec.out() == want {
		t.Errorf("known wrong value %q changed (error %v, printed %q): update knownWrong or knownGaps", bug, e, rec.out())
	}
}

// asCell writes a program as a notebook cell: its imports and
// declarations, then main's body at the top level.
func asCell(t *testing.T, path string, src []byte) string {
	t.Helper()
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, path, src, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	text := func(from, to token.Pos) string {
		return string(src[fset.Position(from).Offset:fset.Position(to).Offset])
	}
	var cell strings.Builder
	var body string
	for _, d := range file.Decls {
		if fn, ok := d.(*ast.FuncDecl); ok && fn.Recv == nil && fn.Name.Name == "main" {
			body = text(fn.Body.Lbrace+1, fn.Body.Rbrace)
			continue
		}
		cell.WriteString(text(d.Pos(), d.End()) + "\n\n")
	}
	return cell.String() + dedent(body)
}

func dedent(body string) string {
	lines := strings.Split(strings.Trim(body, "\n"), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimPrefix(l, "\t")
	}
	return strings.Join(lines, "\n") + "\n"
}

// goRun writes what `go run path` prints to golden.
func goRun(t *testing.T, path, golden string) {
	t.Helper()
	cmd := exec.Command("go", "run", filepath.Base(path))
	cmd.Dir = filepath.Dir(path)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go run %s: %v\n%s", path, err, stderr.String())
	}
	if err := os.WriteFile(golden, out, 0o644); err != nil {
		t.Fatal(err)
	}
}
