package cellsrc

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// ProgramSource is a cell written as a program of its own.
type ProgramSource struct {
	Text    string   // package main, whole
	Imports []string // the import paths it uses, its own and the added ones
	// Names are what the cell declares at its top level (types, funcs,
	// vars, consts, and := of its statements), which a notebook would
	// keep for later cells and a program does not.
	Names []string
}

// ProgramFile is the name a cell's program gives its lines (//line
// directives), so that the toolchain's messages and a panic's frames name
// the cell's own line.
const ProgramFile = "cell"

// Program writes a cell as the Go program it stands for: its imports and
// declarations at file level, its statements as the body of main (or the
// cell's own func main, for a program pasted whole), and an import for
// each package it uses without importing (auto, name to path).
//
// It says no (ok false, with why) when the cell is not a program of its
// own: when a name it uses is declared neither in it, nor in the
// language, nor in a package it may import (a name of an earlier cell, or
// a typo); when it uses a package the program cannot import (autoOK says
// which paths it can); when it does nothing (declarations only: running
// it would show nothing and keep nothing); or when it does not parse.
// Names that a cell defines at its top level with := and never reads are
// used once at main's end, as a notebook's names are kept for later cells
// and Go would refuse them unused.
func Program(code string, auto map[string]string, autoOK func(path string) bool) (prog ProgramSource, why string) {
	var imports, decls, stmts []Part
	for _, p := range Split(code) {
		switch {
		case p.Kind == Imports:
			imports = append(imports, p)
		case p.Kind == Decls && len(stmts) > 0:
			// A var after statements reads what they did (x := 5, then
			// var y = x): it is main's, in its place.
			global, local := localVars(p)
			decls = append(decls, global...)
			stmts = append(stmts, local...)
		case p.Kind == Decls:
			decls = append(decls, p)
		case p.Kind == Stmts:
			stmts = append(stmts, p)
		}
	}
	write := func(extra []string, uses []string) string {
		var b strings.Builder
		b.WriteString("package main\n\n")
		for _, path := range extra {
			fmt.Fprintf(&b, "import %s\n", strconv.Quote(path))
		}
		for _, p := range slices.Concat(imports, decls) {
			fmt.Fprintf(&b, "//line %s:%d:%d\n%s\n", ProgramFile, p.Line, p.Col, p.Text)
		}
		if len(stmts) > 0 {
			b.WriteString("\nfunc main() {\n")
			for _, p := range stmts {
				fmt.Fprintf(&b, "//line %s:%d:%d\n%s\n", ProgramFile, p.Line, p.Col, p.Text)
			}
			for _, name := range uses {
				fmt.Fprintf(&b, "_ = %s\n", name)
			}
			b.WriteString("}\n")
		}
		return b.String()
	}
	first := write(nil, nil)
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, "program.go", first, 0)
	if err != nil {
		return ProgramSource{}, "it does not parse"
	}
	hasMain := false
	var mains int
	for _, d := range file.Decls {
		if fd, isFunc := d.(*ast.FuncDecl); isFunc && fd.Recv == nil && fd.Name.Name == "main" {
			mains++
		}
	}
	hasMain = mains > 0
	switch {
	case mains > 1:
		return ProgramSource{}, "it declares func main and has statements at its top level"
	case !hasMain:
		return ProgramSource{}, "it declares things and runs nothing"
	}

	explicit := map[string]bool{}
	for _, im := range file.Imports {
		path, _ := strconv.Unquote(im.Path.Value)
		if !autoOK(path) {
			return ProgramSource{}, fmt.Sprintf("it imports %q", path)
		}
		explicit[importName(im)] = true
	}
	need := map[string]bool{}
	for _, id := range file.Unresolved {
		name := id.Name
		switch {
		case explicit[name], name == "_":
		case auto[name] != "":
			if !autoOK(auto[name]) {
				return ProgramSource{}, fmt.Sprintf("it uses %s", name)
			}
			need[auto[name]] = true
		case types.Universe.Lookup(name) != nil:
		default:
			return ProgramSource{}, fmt.Sprintf("it uses %s, which it does not declare", name)
		}
	}
	var extra []string
	for path := range need {
		extra = append(extra, path)
	}
	sort.Strings(extra)
	defined := topLevelDefined(file)
	prog = ProgramSource{Text: write(extra, defined), Imports: extra}
	for _, im := range file.Imports {
		path, _ := strconv.Unquote(im.Path.Value)
		prog.Imports = append(prog.Imports, path)
	}
	for _, d := range file.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			if d.Recv == nil && !(d.Name.Name == "main" && len(stmts) > 0) {
				prog.Names = append(prog.Names, d.Name.Name)
			}
		case *ast.GenDecl:
			for _, s := range d.Specs {
				switch s := s.(type) {
				case *ast.TypeSpec:
					prog.Names = append(prog.Names, s.Name.Name)
				case *ast.ValueSpec:
					for _, id := range s.Names {
						if id.Name != "_" {
							prog.Names = append(prog.Names, id.Name)
						}
					}
				}
			}
		}
	}
	if len(stmts) > 0 {
		prog.Names = append(prog.Names, defined...)
	}
	return prog, ""
}

// topLevelDefined lists the names main's own block declares (a cell's
// top-level := and var), in order, once each.
func topLevelDefined(file *ast.File) []string {
	var main *ast.FuncDecl
	for _, d := range file.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil && fd.Name.Name == "main" {
			main = fd
		}
	}
	if main == nil || main.Body == nil {
		return nil
	}
	seen := map[string]bool{}
	var names []string
	add := func(id *ast.Ident) {
		if id.Name != "_" && !seen[id.Name] {
			seen[id.Name] = true
			names = append(names, id.Name)
		}
	}
	for _, st := range main.Body.List {
		switch st := st.(type) {
		case *ast.AssignStmt:
			if st.Tok == token.DEFINE {
				for _, l := range st.Lhs {
					if id, ok := l.(*ast.Ident); ok {
						add(id)
					}
				}
			}
		case *ast.DeclStmt:
			if g, ok := st.Decl.(*ast.GenDecl); ok && g.Tok == token.VAR {
				for _, s := range g.Specs {
					for _, id := range s.(*ast.ValueSpec).Names {
						add(id)
					}
				}
			}
		}
	}
	return names
}

// localVars cuts a part of declarations into those that stay at file
// level and its var declarations, which go into main's body, each with
// its own place in the cell.
func localVars(p Part) (global, local []Part) {
	const head = "package p\n"
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, "part.go", head+p.Text, 0)
	if err != nil {
		return []Part{p}, nil
	}
	for _, d := range file.Decls {
		from := fset.Position(d.Pos()).Offset - len(head)
		to := fset.Position(d.End()).Offset - len(head)
		line := p.Line + fset.Position(d.Pos()).Line - 2
		col := fset.Position(d.Pos()).Column
		if line == p.Line {
			col += p.Col - 1
		}
		sub := Part{Kind: Decls, Text: p.Text[from:to], Line: line, Col: col}
		if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.VAR {
			sub.Kind = Stmts
			local = append(local, sub)
			continue
		}
		global = append(global, sub)
	}
	return global, local
}
