package cellsrc

import (
	"encoding/binary"
	"go/ast"
	"go/parser"
	"go/token"
	"hash/fnv"
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// TestScanSkipsOnlyNoOps holds the passes' needs honest: every pass the
// scan skips is run anyway, over the lowering goldens and the go-run
// corpus (each program whole and as a notebook cell), with every lookup
// of Options answered, and must leave the part as it was and refuse
// nothing. A pass that declares needs must name in them everything it
// rewrites.
func TestScanSkipsOnlyNoOps(t *testing.T) {
	cells := map[string]string{}
	lowered, _ := filepath.Glob("testdata/lower/*.cell")
	for _, path := range lowered {
		code, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		cells[filepath.Base(path)] = string(code)
	}
	programs, _ := filepath.Glob("../testdata/gorun/*.go")
	if len(lowered) == 0 || len(programs) == 0 {
		t.Fatalf("no corpus: %d cells, %d programs", len(lowered), len(programs))
	}
	if testing.Short() || raceEnabled {
		programs = programs[:len(programs)/10]
	}
	for _, path := range programs {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		cells[filepath.Base(path)+"/program"] = string(src)
		if cell, ok := notebookForm(src); ok {
			cells[filepath.Base(path)+"/cell"] = cell
		}
	}

	var current string
	skipped, checked := 0, map[string]bool{}
	skippedPass = func(f *File, p *pass, opts Options) {
		skipped++
		before, err := fingerprint(f), f.lowerErr
		f.lowerErr = nil
		p.apply(f, opts)
		if f.lowerErr != nil {
			t.Errorf("%s: the scan skipped %q, which refuses the part: %s", current, p.name, f.lowerErr.Value)
		} else if fingerprint(f) != before {
			t.Errorf("%s: the scan skipped %q, which changes the part", current, p.name)
		}
		f.lowerErr = err
		checked[p.name] = true
	}
	defer func() { skippedPass = nil }()
	for _, name := range slices.Sorted(maps.Keys(cells)) {
		current = name
		lowerAll(cells[name])
	}
	for _, p := range passes {
		if p.needs != 0 && !checked[p.name] {
			t.Errorf("no part of the corpus skipped %q: its needs are not checked", p.name)
		}
	}
	t.Logf("%d cells, %d passes skipped and checked", len(cells), skipped)
}

// TestScanSkipsPassesOfATrivialCell: the cell every benchmark runs holds
// nothing most passes look for.
func TestScanSkipsPassesOfATrivialCell(t *testing.T) {
	skipped := 0
	skippedPass = func(*File, *pass, Options) { skipped++ }
	defer func() { skippedPass = nil }()
	lowerAll("x := 6\nx * 7")
	if skipped == 0 || skipped < len(passes)*3/4 {
		t.Errorf("the scan skipped %d of %d passes for x := 6; x * 7", skipped, len(passes))
	}
}

// lowerAll lowers each part of a cell as the runner does, every lookup
// of Options answered from the earlier parts.
func lowerAll(code string) {
	fset := token.NewFileSet()
	ps := Parser{Fset: fset, Name: "cell", Code: code}
	var earlier []*ast.File
	renamed := map[string]bool{}
	for _, p := range Split(code) {
		f, e := ps.Parse(p)
		if e != nil {
			continue
		}
		declared := earlierNames(earlier)
		opts := Options{
			Spawner:        3,
			Types:          cellTypes(fset, &earlier),
			CellTypes:      len(declared[token.TYPE]) > 0,
			Global:         func(name string) bool { return declared[token.VAR][name] },
			Constant:       func(name string) bool { return declared[token.CONST][name] },
			RuneConstant:   earlierConst(earlier),
			Generic:        earlierGeneric(earlier),
			Variadic:       func(name string) bool { return declared[token.FUNC][name] },
			RenamedMethods: maps.Clone(renamed),
			Describe:       goldenDescriber(),
		}
		f.Lower(opts)
		seen := f.AST
		if names := f.RenamedMethods(); len(names) > 0 {
			for _, k := range names {
				renamed[k] = true
			}
			if orig, e := ps.Parse(p); e == nil {
				seen = orig.AST
			}
		}
		earlier = append(earlier, seen)
	}
}

// earlierNames are the names the earlier parts declare, by kind: their
// variables (:= among the statements too), constants, functions; the
// map at TYPE is not empty if they declare a type.
func earlierNames(earlier []*ast.File) map[token.Token]map[string]bool {
	names := map[token.Token]map[string]bool{token.VAR: {}, token.CONST: {}, token.FUNC: {}, token.TYPE: {}}
	for _, f := range earlier {
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if d.Recv == nil {
					names[token.FUNC][d.Name.Name] = true
				}
				if d.Name.Name == "main" && d.Body != nil {
					for _, st := range d.Body.List {
						if as, ok := st.(*ast.AssignStmt); ok && as.Tok == token.DEFINE {
							for _, x := range as.Lhs {
								if id, ok := x.(*ast.Ident); ok {
									names[token.VAR][id.Name] = true
								}
							}
						}
					}
				}
			case *ast.GenDecl:
				for _, s := range d.Specs {
					switch s := s.(type) {
					case *ast.ValueSpec:
						for _, id := range s.Names {
							names[d.Tok][id.Name] = true
						}
					case *ast.TypeSpec:
						names[token.TYPE][s.Name.Name] = true
					}
				}
			}
		}
	}
	return names
}

// notebookForm writes a program as a notebook user does: the imports and
// declarations, then main's body at the top level.
func notebookForm(src []byte) (string, bool) {
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		return "", false
	}
	text := func(from, to token.Pos) string {
		return string(src[fset.Position(from).Offset:fset.Position(to).Offset])
	}
	var b strings.Builder
	body := ""
	for _, d := range file.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil && fd.Name.Name == "main" && fd.Body != nil {
			body = text(fd.Body.Lbrace+1, fd.Body.Rbrace)
			continue
		}
		b.WriteString(text(d.Pos(), d.End()) + "\n\n")
	}
	return b.String() + body, true
}

// fingerprint hashes what a pass may change of a part: its nodes (by
// identity, in order), the names, literals and tokens in them, and what
// the passes record beside the AST, the type check among it.
func fingerprint(f *File) uint64 {
	h := fnv.New64a()
	word := func(v uint64) {
		var b [8]byte
		binary.LittleEndian.PutUint64(b[:], v)
		h.Write(b[:])
	}
	text := func(s string) {
		word(uint64(len(s)))
		h.Write([]byte(s))
	}
	ast.Inspect(f.AST, func(n ast.Node) bool {
		if n == nil {
			word(0)
			return true
		}
		v := reflect.ValueOf(n)
		text(v.Type().String())
		word(uint64(v.Pointer()))
		switch n := n.(type) {
		case *ast.Ident:
			text(n.Name)
		case *ast.BasicLit:
			text(n.Value)
		case *ast.AssignStmt:
			word(uint64(n.Tok))
		case *ast.RangeStmt:
			word(uint64(n.Tok))
		case *ast.BinaryExpr:
			word(uint64(n.Op))
		case *ast.UnaryExpr:
			word(uint64(n.Op))
		case *ast.GenDecl:
			word(uint64(n.Tok))
		case *ast.BranchStmt:
			word(uint64(n.Tok))
		case *ast.IncDecStmt:
			word(uint64(n.Tok))
		case *ast.CallExpr:
			word(uint64(n.Ellipsis))
		case *ast.TypeSpec:
			word(uint64(n.Assign))
		}
		return true
	})
	word(uint64(len(f.renamed)))
	word(uint64(len(f.forwarded)))
	if f.hidden != nil {
		word(1)
	}
	// A pass that type-checks the part fixes the types the passes after it
	// read (File.types): skipping it must not move that check later.
	if f.typed {
		word(2)
	}
	return h.Sum64()
}

// BenchmarkLowerSmallCell lowers the statements of a trivial cell with
// every lookup of Options given, as the runner does.
func BenchmarkLowerSmallCell(b *testing.B) {
	code := "x := 6\nx * 7"
	no := func(string) bool { return false }
	opts := Options{Spawner: 1, Global: no, Constant: no, RuneConstant: no, Generic: no, Variadic: no,
		Types: func(*ast.File) *Types { return nil }, Describe: goldenDescriber()}
	parts := Split(code)
	for b.Loop() {
		ps := Parser{Fset: token.NewFileSet(), Name: "cell", Code: code}
		for _, p := range parts {
			f, e := ps.Parse(p)
			if e != nil {
				b.Fatal(e)
			}
			if e := f.Lower(opts); e != nil {
				b.Fatal(e)
			}
		}
	}
}
