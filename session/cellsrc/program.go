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
	return ProgramWith(code, nil, auto, autoOK)
}

// ProgramWith is Program for a cell that may use what earlier cells
// declared (earlier, in the order they ran): the program takes along the
// declarations it needs where they are the same as the session's
// (borrow.go), and says no, naming the name, where they may not be.
func ProgramWith(code string, earlier []Earlier, auto map[string]string, autoOK func(path string) bool) (prog ProgramSource, why string) {
	return program(code, earlier, auto, autoOK, false)
}

// WhyRunsNothing is Program's why for a cell that only declares.
const WhyRunsNothing = "it declares things and runs nothing"

// DeclarationsProgram writes a cell that only declares as a program whose
// main does nothing, taking along what it needs of earlier cells as
// ProgramWith does: that it builds tells that the declarations are Go,
// where the interpreter refused them. Of the cell's imports it keeps
// those the declarations use (a notebook imports for later cells too).
func DeclarationsProgram(code string, earlier []Earlier, auto map[string]string, autoOK func(path string) bool) (prog ProgramSource, why string) {
	return program(code, earlier, auto, autoOK, true)
}

func program(code string, earlier []Earlier, auto map[string]string, autoOK func(path string) bool, declarationsOnly bool) (prog ProgramSource, why string) {
	var imports, decls, stmts []Part
	var usedImports []string
	importsChosen := false // usedImports replace the cell's imports
	var borrowedImports, borrowed, borrowedPaths []string
	parts := Split(code)
	mainVars := MainVars(parts)
	if declarationsOnly {
		mainVars = nil // no main: a var is the package's
	}
	for _, p := range parts {
		switch {
		case p.Kind == Imports:
			imports = append(imports, p)
		case p.Kind == Decls && len(stmts) == 0 && len(mainVars) > 0:
			// A var below the cell's last function that no function
			// names is the first statement of main's body (var s
			// []int), whose place decides, among others, whether Go's
			// compiler gives its appends a stack buffer.
			global, local := localVarsOf(p, mainVars)
			decls = append(decls, global...)
			stmts = append(stmts, local...)
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
		for _, line := range borrowedImports {
			b.WriteString(line)
		}
		if importsChosen {
			for _, line := range usedImports {
				b.WriteString(line)
			}
		} else {
			for _, p := range imports {
				fmt.Fprintf(&b, "//line %s:%d:%d\n%s\n", ProgramFile, p.Line, p.Col, p.Text)
			}
		}
		for _, text := range borrowed {
			b.WriteString(text)
		}
		for _, p := range decls {
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
		} else if importsChosen {
			b.WriteString("\nfunc main() {}\n")
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
	case declarationsOnly && hasMain:
		return ProgramSource{}, "it runs something"
	case !hasMain && !declarationsOnly:
		return ProgramSource{}, WhyRunsNothing
	}
	if declarationsOnly {
		used := map[string]bool{}
		for _, id := range file.Unresolved {
			used[id.Name] = true
		}
		for _, im := range file.Imports {
			if name := importName(im); used[name] {
				usedImports = append(usedImports, fmt.Sprintf("import %s %s\n", name, im.Path.Value))
			}
		}
		importsChosen = true
	}

	explicit := map[string]string{} // the cell's imports: name to path
	for _, im := range file.Imports {
		path, _ := strconv.Unquote(im.Path.Value)
		if !autoOK(path) {
			return ProgramSource{}, fmt.Sprintf("it imports %q", path)
		}
		explicit[importName(im)] = path
	}
	need := map[string]bool{}
	var missing []string
	for _, id := range file.Unresolved {
		name := id.Name
		switch {
		case explicit[name] != "", name == "_":
		case auto[name] != "":
			if !autoOK(auto[name]) {
				return ProgramSource{}, fmt.Sprintf("it uses %s", name)
			}
			need[auto[name]] = true
		case types.Universe.Lookup(name) != nil:
		case earlier != nil:
			missing = append(missing, name)
		default:
			return ProgramSource{}, fmt.Sprintf("it uses %s, which it does not declare", name)
		}
	}
	var extra []string
	for path := range need {
		extra = append(extra, path)
	}
	sort.Strings(extra)
	if earlier != nil {
		b := &borrowing{ix: indexEarlier(earlier), cellDecl: map[string]bool{}, auto: auto, autoOK: autoOK,
			explicit: explicit, autoNeed: need, taken: map[*earlierDecl]bool{}, checking: map[*earlierDecl]bool{}, imports: map[string]string{}}
		for _, d := range file.Decls {
			for _, n := range declaredBy(d) {
				b.cellDecl[n] = true
			}
		}
		for _, name := range missing {
			if !b.borrow(name) {
				return ProgramSource{}, b.why
			}
		}
		// A key of a composite literal may be an earlier cell's
		// constant, which the parser leaves unresolved, unlisted.
		_, maybe := freeNames(file, file.Scope)
		for _, name := range maybe {
			if d := b.ix.byName[name]; d != nil && !b.cellDecl[name] && !b.take(d, name) {
				return ProgramSource{}, b.why
			}
		}
		borrowedImports, borrowed, borrowedPaths = b.source(need)
	}
	defined := topLevelDefined(file)
	prog = ProgramSource{Text: write(extra, unread(file, defined)), Imports: slices.Concat(extra, borrowedPaths)}
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
// declaresOnly: every name g declares is one of names.
func declaresOnly(g *ast.GenDecl, names map[string]bool) bool {
	for _, spec := range g.Specs {
		for _, id := range spec.(*ast.ValueSpec).Names {
			if !names[id.Name] {
				return false
			}
		}
	}
	return true
}

// unread are those of main's names (topLevelDefined) that main never
// reads, which the program uses once at its end. A name main reads needs
// no use of its own, and one would change the program: _ = s is a use
// escape analysis counts, and Go's compiler then gives s's appends no
// stack buffer.
func unread(file *ast.File, names []string) []string {
	var main *ast.FuncDecl
	for _, d := range file.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil && fd.Name.Name == "main" {
			main = fd
		}
	}
	if main == nil || main.Body == nil {
		return names
	}
	read := map[string]bool{}
	assigned := map[*ast.Ident]bool{}
	ast.Inspect(main.Body, func(n ast.Node) bool {
		if as, ok := n.(*ast.AssignStmt); ok {
			for _, l := range as.Lhs {
				if id, ok := l.(*ast.Ident); ok {
					assigned[id] = true
				}
			}
		}
		id, ok := n.(*ast.Ident)
		if !ok || id.Obj == nil || assigned[id] || id.Obj.Kind != ast.Var {
			return true
		}
		if decl, ok := id.Obj.Decl.(ast.Node); ok && !definesIdent(decl, id) {
			read[id.Name] = true
		}
		return true
	})
	var out []string
	for _, n := range names {
		if !read[n] {
			out = append(out, n)
		}
	}
	return out
}

// definesIdent: id is one of the names decl (an assignment or a value
// spec) declares.
func definesIdent(decl ast.Node, id *ast.Ident) bool {
	switch d := decl.(type) {
	case *ast.AssignStmt:
		return slices.Contains(d.Lhs, ast.Expr(id))
	case *ast.ValueSpec:
		return slices.Contains(d.Names, id)
	}
	return false
}

// MainVars are the names of the vars of a cell that stand for the first
// statements of main's body: those declared below the last function the
// cell declares, before its first statement (a var after statements is
// main's anyway), that no function of the cell uses (it would be the
// package's).
func MainVars(parts []Part) map[string]bool {
	const head = "package p\n"
	type varDecl struct {
		names   []string
		afterFn bool
	}
	var vars []varDecl
	used := map[string]bool{}
	for _, p := range parts {
		if p.Kind == Stmts {
			break
		}
		if p.Kind != Decls {
			continue
		}
		file, err := parser.ParseFile(token.NewFileSet(), "part.go", head+p.Text, parser.SkipObjectResolution)
		if err != nil {
			return nil
		}
		for _, d := range file.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				for i := range vars {
					vars[i].afterFn = false
				}
			case *ast.GenDecl:
				if d.Tok != token.VAR {
					continue
				}
				v := varDecl{afterFn: true}
				for _, spec := range d.Specs {
					for _, id := range spec.(*ast.ValueSpec).Names {
						v.names = append(v.names, id.Name)
					}
				}
				vars = append(vars, v)
			}
		}
	}
	for _, p := range parts {
		if p.Kind != Decls {
			continue
		}
		file, err := parser.ParseFile(token.NewFileSet(), "part.go", head+p.Text, parser.SkipObjectResolution)
		if err != nil {
			return nil
		}
		for _, d := range file.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok {
				ast.Inspect(fd, func(n ast.Node) bool {
					if id, ok := n.(*ast.Ident); ok {
						used[id.Name] = true
					}
					return true
				})
			}
		}
	}
	mains := map[string]bool{}
	for _, v := range vars {
		if !v.afterFn || slices.ContainsFunc(v.names, func(n string) bool { return used[n] }) {
			continue
		}
		for _, n := range v.names {
			mains[n] = true
		}
	}
	return mains
}

func localVars(p Part) (global, local []Part) { return localVarsOf(p, nil) }

// localVarsOf is localVars moving only the var declarations all of whose
// names main has (mains; all of them when mains is nil).
func localVarsOf(p Part, mains map[string]bool) (global, local []Part) {
	file, fset := parsePart(p)
	if file == nil {
		return []Part{p}, nil
	}
	for _, d := range file.Decls {
		text, line, col := declText(p, fset, d)
		sub := Part{Kind: Decls, Text: text, Line: line, Col: col}
		if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.VAR && (mains == nil || declaresOnly(g, mains)) {
			sub.Kind = Stmts
			local = append(local, sub)
			continue
		}
		global = append(global, sub)
	}
	return global, local
}

// parsePart parses a part of declarations alone.
func parsePart(p Part) (*ast.File, *token.FileSet) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "part.go", "package p\n"+p.Text, 0)
	if err != nil {
		return nil, nil
	}
	return f, fset
}

// declText is d's text in p, and where it begins in its cell.
func declText(p Part, fset *token.FileSet, d ast.Decl) (text string, line, col int) {
	const head = len("package p\n")
	from := fset.Position(d.Pos()).Offset - head
	to := fset.Position(d.End()).Offset - head
	start := fset.Position(d.Pos())
	line = p.Line + start.Line - 2
	col = start.Column
	if line == p.Line {
		col += p.Col - 1
	}
	return p.Text[from:to], line, col
}
