package cellsrc

import (
	"errors"
	"flag"
	"fmt"
	"go/ast"
	"go/importer"
	"go/printer"
	"go/token"
	"go/types"
	"maps"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/gogil/gogil/cellio"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// describe is everything the front end decides about a cell, as text: its
// parts, and for each the imports, the names it defines, main, the
// trailing expression and the code the interpreter gets once lowered.
func describe(t *testing.T, code string) string {
	t.Helper()
	var b strings.Builder
	fset := token.NewFileSet()
	ps := Parser{Fset: fset, Name: "cell", Code: code}
	parts := Split(code)
	var earlier []*ast.File
	renamed := map[string]bool{} // as the runner remembers them
	for i, p := range parts {
		fmt.Fprintf(&b, "== part %d: %s at %d:%d\n", i, p.Kind, p.Line, p.Col)
		f, e := ps.Parse(p)
		if e != nil {
			fmt.Fprintf(&b, "error: %s: %s\n", e.Name(), e.Value)
			for _, line := range e.Traceback {
				fmt.Fprintf(&b, "  | %s\n", line)
			}
			continue
		}
		if f.DeclaresMain {
			b.WriteString("declares main\n")
		}
		if f.LeavesNoCode() {
			b.WriteString("leaves no code\n")
		}
		var stmts []ast.Stmt
		if f.Main != nil {
			stmts = append(stmts, f.Main.Body.List...)
		}
		var trailing *ast.ExprStmt
		if i == len(parts)-1 {
			trailing = f.Trailing()
		}
		if p.Kind == Imports {
			for _, im := range f.FilterImports(func(string) string { return "" }, func(im Import) bool { return im.Path != "dropped" }) {
				fmt.Fprintf(&b, "import %s %q\n", im.Local, im.Path)
			}
		}
		for _, sym := range append(f.Declared(), f.Defined(stmts)...) {
			fmt.Fprintf(&b, "defines %s %s: %s\n", sym.Kind, sym.Name, sym.Decl)
		}
		opts := Options{Spawner: 3, Recovers: strings.Contains(code, "recover"), Types: cellTypes(fset, &earlier), Generic: earlierGeneric(earlier), RuneConstant: earlierConst(earlier), RenamedMethods: maps.Clone(renamed)}
		if strings.HasPrefix(code, "// printing pass\n") {
			// Only cells that ask for it: the pass would rewrite the
			// printing calls of every other golden.
			opts.Describe, opts.CellTypes = goldenDescriber(), true
		}
		if e := f.Lower(opts); e != nil {
			fmt.Fprintf(&b, "lowering refused: %s\n", e.Value)
		}
		seen := f.AST
		if names := f.RenamedMethods(); len(names) > 0 {
			fmt.Fprintf(&b, "renamed %s\n", strings.Join(names, ", "))
			for _, k := range names {
				renamed[k] = true
			}
			// The runner's world holds the code as written, whose
			// methods have their own names.
			if orig, e := ps.Parse(p); e == nil {
				seen = orig.AST
			}
		}
		earlier = append(earlier, seen)
		b.WriteString("-- lowered\n")
		b.WriteString(source(t, fset, f.AST))
		if trailing != nil {
			name, isCall := CallName(trailing.X)
			fmt.Fprintf(&b, "-- trailing %s (call %v, name %q), tried as:\n", source(t, fset, trailing.X), isCall, name)
			for _, form := range TrailingForms(trailing.X) {
				b.WriteString(source(t, fset, form) + "\n")
			}
		}
	}
	return b.String()
}

// earlierGeneric says whether the earlier parts declare name as a generic
// function, as the runner's Options.Generic does.
func earlierGeneric(earlier []*ast.File) func(string) bool {
	return func(name string) bool {
		generic := false
		for _, f := range earlier {
			for _, d := range f.Decls {
				if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil && fd.Name.Name == name {
					generic = fd.Type.TypeParams != nil
				}
			}
		}
		return generic
	}
}

// earlierConst says whether an earlier part declares name as a constant,
// which the session's RuneConstant narrows to those that may be runes.
func earlierConst(earlier []*ast.File) func(string) bool {
	return func(name string) bool {
		for _, f := range earlier {
			for _, d := range f.Decls {
				if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.CONST {
					for _, s := range gd.Specs {
						for _, id := range s.(*ast.ValueSpec).Names {
							if id.Name == name {
								return true
							}
						}
					}
				}
			}
		}
		return false
	}
}

// sourceImporter reads the toolchain's own packages (GOROOT), shared by
// the tests: the runner's world reads the interpreter's instead.
var sourceImporter = sync.OnceValue(func() types.Importer { return importer.ForCompiler(token.NewFileSet(), "source", nil) })

// cellTypes type-checks a part with the imports and declarations of the
// cell's earlier parts (not their statements), for the golden cases: the
// world of a session (package celltypes) is the session tests' business.
func cellTypes(fset *token.FileSet, earlier *[]*ast.File) TypeChecker {
	return func(file *ast.File) *Types {
		var imports []ast.Decl
		files := []*ast.File{}
		for _, f := range *earlier {
			for _, d := range f.Decls {
				if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.IMPORT {
					imports = append(imports, d)
				}
			}
			if MainOf(f) == nil {
				files = append(files, f)
			}
		}
		file = &ast.File{Name: file.Name, Decls: append(imports, file.Decls...)}
		info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}, Defs: map[*ast.Ident]types.Object{},
			Uses: map[*ast.Ident]types.Object{}, Instances: map[*ast.Ident]types.Instance{}, Selections: map[*ast.SelectorExpr]*types.Selection{}}
		conf := types.Config{Importer: sourceImporter(), Error: func(error) {}}
		_, _ = conf.Check("main", fset, append(files, file), info)
		return &Types{Info: info, Qualifier: func(p *types.Package) (string, bool) {
			if p.Path() == "main" {
				return "", true
			}
			return p.Name(), true
		}}
	}
}

// MainOf is the statements' wrapper of a part, if it is one.
func MainOf(f *ast.File) *ast.FuncDecl {
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Name.Name == "main" && fd.Recv == nil {
			return fd
		}
	}
	return nil
}

func source(t *testing.T, fset *token.FileSet, n any) string {
	t.Helper()
	if file, ok := n.(*ast.File); ok {
		// Without our //line directive, which the printer would move about.
		n = &ast.File{Name: file.Name, Decls: file.Decls}
	}
	var b strings.Builder
	if err := (&printer.Config{Mode: printer.UseSpaces, Tabwidth: 4}).Fprint(&b, fset, n); err != nil {
		t.Fatalf("print: %v", err)
	}
	return b.String()
}

// TestLowerGolden runs every testdata/lower/*.go cell through the front end
// and compares the description with the .golden file beside it (go test
// -update rewrites them; review the diff).
func TestLowerGolden(t *testing.T) {
	cells, err := filepath.Glob("testdata/lower/*.cell")
	if err != nil || len(cells) == 0 {
		t.Fatalf("no cells: %v", err)
	}
	for _, path := range cells {
		t.Run(filepath.Base(path), func(t *testing.T) {
			code, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			got := describe(t, string(code))
			golden := strings.TrimSuffix(path, ".cell") + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if got != string(want) {
				t.Errorf("%s differs from %s (go test -update rewrites it):\n%s", path, golden, got)
			}
		})
	}
}

func TestCheck(t *testing.T) {
	tests := []struct {
		name, code string
		kind       cellio.Kind // "" for accepted
		value      string
	}{
		{"small", "x := 1", "", ""},
		{"bytes", strings.Repeat("x", 101), "CodeTooLarge", "the cell has 101 bytes; the limit is 100"},
		{"tokens", strings.Repeat("a ", 11), "CodeTooLarge", "the cell has more than 10 tokens; split it, or load data from a file"},
		{"utf8", "x := 1\ny := \"a\xffb\"", cellio.SyntaxError, "2:8: invalid UTF-8 in the cell's code"},
		{"long literal", `"` + strings.Repeat("x", 90) + `"`, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := Check(tt.code, 100, 10)
			switch {
			case tt.kind == "" && e != nil:
				t.Errorf("refused: %v", e)
			case tt.kind != "" && (e == nil || e.Kind != tt.kind || e.Value != tt.value):
				t.Errorf("got %v, want %s: %s", e, tt.kind, tt.value)
			}
		})
	}
}

func TestParseErrorsAtCellPositions(t *testing.T) {
	tests := []struct {
		name, code string
		part       int
		value      string
		caret      string // the pointer line, "" if none
	}{
		{"stmt", "x := 1\ny := )", 0, "2:6: expected operand, found ')'", "         ^"},
		{"second part", "import \"fmt\"\nfunc f() {\n\treturn 1 +\n}", 1, "4:1: expected operand, found '}'", "    ^"},
		{"return with values", "x := 1\nif x > 0 {\n\treturn x\n}", 0, "3:2: return with values outside a function: a cell's statements are main's body, which returns none", "    \t^"},
		{"bare return ends the cell", "x := 1\nif x > 0 {\n\treturn\n}", 0, "", ""},
		{"return in a literal is fine", "f := func() int { return 1 }", 0, "", ""},
		{"duplicate declaration", "var a int\nvar a string", 0, "2:5: a redeclared in this block\n\tprevious declaration at cell:1:5", "        ^"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps := Parser{Fset: token.NewFileSet(), Name: "cell", Code: tt.code}
			_, e := ps.Parse(Split(tt.code)[tt.part])
			if tt.value == "" {
				if e != nil {
					t.Fatalf("refused: %v", e)
				}
				return
			}
			if !errors.Is(e, cellio.SyntaxError) || e.Value != tt.value {
				t.Fatalf("got %v, want SyntaxError %s", e, tt.value)
			}
			if last := e.Traceback[len(e.Traceback)-1]; last != tt.caret {
				t.Errorf("pointer %q, want %q (traceback %q)", last, tt.caret, e.Traceback)
			}
		})
	}
}

func TestCallName(t *testing.T) {
	tests := []struct {
		expr   string
		name   string
		isCall bool
	}{
		{"x", "", false},
		{"f()", "f", true},
		{"(fmt.Println)(1)", "Println", true},
		{"fs[0]()", "", true},
		{"(g(1))", "g", true},
		{"T{}", "", false},
	}
	for _, tt := range tests {
		ps := Parser{Fset: token.NewFileSet(), Name: "cell", Code: tt.expr}
		f, e := ps.Parse(Part{Kind: Stmts, Text: tt.expr, Line: 1, Col: 1})
		if e != nil {
			t.Fatalf("%s: %v", tt.expr, e)
		}
		name, isCall := CallName(f.Trailing().X)
		if name != tt.name || isCall != tt.isCall {
			t.Errorf("%s: got %q %v, want %q %v", tt.expr, name, isCall, tt.name, tt.isCall)
		}
	}
}

func TestFilterImportsNamesAndDrops(t *testing.T) {
	code := "import (\n\t\"fmt\"\n\tm \"math\"\n\t\"math/rand/v2\"\n\t_ \"embed\"\n)"
	ps := Parser{Fset: token.NewFileSet(), Name: "cell", Code: code}
	f, e := ps.Parse(Split(code)[0])
	if e != nil {
		t.Fatal(e)
	}
	names := map[string]string{"math/rand/v2": "rand"}
	kept := f.FilterImports(func(p string) string { return names[p] }, func(im Import) bool { return im.Path != "fmt" })
	want := []Import{{"m", "math"}, {"rand", "math/rand/v2"}, {"_", "embed"}}
	if fmt.Sprint(kept) != fmt.Sprint(want) {
		t.Errorf("kept %v, want %v", kept, want)
	}
	f.FilterImports(func(string) string { return "" }, func(Import) bool { return false })
	if len(f.AST.Decls) != 0 {
		t.Errorf("an import list with nothing left stays: %d decls", len(f.AST.Decls))
	}
}

// goldenDescriber numbers the printed types in the order the pass asks,
// with the String method of each that has one.
func goldenDescriber() Describer {
	ids := map[string]int{}
	return func(t types.Type, _ Candidates) (int, []Method) {
		key := t.String()
		if _, ok := ids[key]; !ok {
			ids[key] = len(ids)
		}
		var methods []Method
		if types.NewMethodSet(t).Lookup(nil, "String") != nil {
			methods = append(methods, Method{Recv: t, Name: "String"})
		}
		return ids[key], methods
	}
}
