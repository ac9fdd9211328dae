package session

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"reflect"
	"slices"
	"strings"

	"github.com/gogil/gogil/session/cellsrc"
)

// yaegi's words for some common mistakes name a consequence, not the
// cause: a := from a name nobody defined ("pool :=
// multiprocessing.Pool(2)", "q := Foo{}") fails its global analysis with
// "constant definition loop", and a type it never found can end in "nil
// type". misleading lists those messages; for them the session looks for
// the cause in the code itself, a name that neither the code nor an earlier
// cell defines, and reports that name, as go build would.
//
// Unused variables and imports, which go build refuses, are allowed: a
// notebook defines names for later cells, and re-running an import is
// not an error either.
//
// A panic of the interpreter while compiling (run.go's "failed on this
// code") is misleading too: `var pe *fs.PathError` with io/fs not imported
// ended in a nil pointer dereference of the interpreter.
var misleading = []string{"constant definition loop", "variable definition loop", "nil type", "failed on this code"}

// explain rewrites msg, an interpreter error about the compilation of n,
// into one that names what the user wrote: an undefined name (and whether it
// looks like a package never imported), the function of a call with the
// wrong number of arguments, the missing symbol of a package. ok is false
// when it has nothing better to say.
func (c *cellRun) explain(msg string, n ast.Node) (better string, ok bool) {
	at, text := splitPosition(msg)
	switch {
	case slices.ContainsFunc(misleading, func(m string) bool { return strings.Contains(text, m) }):
		if id, pkg := c.undefinedName(n); id != nil {
			pos := c.s.interp.FileSet().Position(id.Pos())
			return fmt.Sprintf("%d:%d: undefined: %s (%s) [the interpreter said: %s]", pos.Line, pos.Column, id.Name, c.why(id.Name, pkg), text), true
		}
		if name := declaredTwice(c.cell.Code); name != "" {
			return fmt.Sprintf("%s: %s is declared by this cell's declarations and again by its statements (%s := ..., a local variable of main in a program): gogil runs a cell's statements at its top level, where one name is one global; give the statements' variable another name [the interpreter said: %s]", at, name, name, text), true
		}
	case text == "too many arguments" || text == "not enough arguments":
		if call := c.callAt(n, at); call != nil {
			return fmt.Sprintf("%s: %s in call to %s (%d given)", at, text, exprText(call.Fun), len(call.Args)), true
		}
	case strings.HasPrefix(text, "package ") && strings.Contains(text, " has no symbol "):
		// `package fmt "fmt" has no symbol Printn`
		var name, path, sym string
		if _, err := fmt.Sscanf(text, "package %s %q has no symbol %s", &name, &path, &sym); err == nil {
			return fmt.Sprintf("%s: undefined: %s.%s (package %q has no exported %s)", at, name, sym, path, sym), true
		}
	case strings.HasPrefix(text, "undefined: ") && !strings.ContainsAny(strings.TrimPrefix(text, "undefined: "), ". "):
		if id, pkg := c.undefinedName(n); id != nil && "undefined: "+id.Name == text {
			return fmt.Sprintf("%s: %s (%s)", at, text, c.why(id.Name, pkg)), true
		}
	case strings.HasPrefix(text, "undefined selector"):
		// slices.Sort where no import made slices a package of the cell
		// (the interpreter knows the name from its own tables).
		if id, pkg := c.undefinedName(n); id != nil && pkg {
			pos := c.s.interp.FileSet().Position(id.Pos())
			return fmt.Sprintf("%d:%d: undefined: %s (%s)", pos.Line, pos.Column, id.Name, c.why(id.Name, pkg)), true
		}
		return at + ": undefined: " + strings.TrimLeft(strings.TrimPrefix(text, "undefined selector"), ": "), true
	}
	return "", false
}

// why says why name is undefined: pkg tells it is used as a package
// (name.X).
func (c *cellRun) why(name string, pkg bool) string {
	if lacking[name] {
		return "the interpreter (yaegi v0.16.1) lacks the Go 1.21 builtins min, max and clear"
	}
	if !pkg {
		return "no cell defined it"
	}
	var paths []string
	for path, local := range c.s.pkgNames {
		if local == name {
			paths = append(paths, path)
		}
	}
	if len(paths) == 0 {
		return "not a package gogil knows, and no cell defined it"
	}
	slices.SortFunc(paths, func(a, b string) int { return len(a) - len(b) })
	return fmt.Sprintf("not imported: add import %q", paths[0])
}

// undefinedName finds, in n, the first name used that neither n, nor an
// earlier part of the cell, nor an earlier cell, nor the language defines;
// pkg says whether it is used as name.X.
func (c *cellRun) undefinedName(n ast.Node) (*ast.Ident, bool) {
	if n == nil {
		return nil, false
	}
	var found *ast.Ident
	var asPackage bool
	var visit func(ast.Node) bool
	declared := declaredNames(n)
	check := func(id *ast.Ident, pkg bool) {
		if found == nil && id.Obj == nil && !declared[id.Name] && !c.known(id.Name) {
			found, asPackage = id, pkg
		}
	}
	visit = func(n ast.Node) bool {
		if found != nil {
			return false
		}
		switch n := n.(type) {
		case *ast.SelectorExpr:
			if id, ok := n.X.(*ast.Ident); ok {
				check(id, true)
				return false
			}
			ast.Inspect(n.X, visit)
			return false
		case *ast.KeyValueExpr:
			if _, ok := n.Key.(*ast.Ident); !ok { // else perhaps a field name
				ast.Inspect(n.Key, visit)
			}
			ast.Inspect(n.Value, visit)
			return false
		case *ast.Field:
			ast.Inspect(n.Type, visit)
			return false
		case *ast.FuncDecl:
			// A method's name is in no scope the parser resolves: not a use.
			if n.Recv != nil {
				for _, part := range []ast.Node{n.Recv, n.Type, n.Body} {
					if part != nil && !reflect.ValueOf(part).IsNil() {
						ast.Inspect(part, visit)
					}
				}
				return false
			}
		case *ast.BranchStmt, *ast.ImportSpec:
			return false
		case *ast.LabeledStmt:
			ast.Inspect(n.Stmt, visit)
			return false
		case *ast.Ident:
			check(n, false)
		}
		return true
	}
	ast.Inspect(n, visit)
	return found, asPackage
}

// declaredNames are the names n declares anywhere in it. The lowering's
// new identifiers (a generic call given its type arguments, a loop
// variable's per-iteration copy) are not resolved by the parser: a use
// of one of these names is not evidence that nothing defined it.
func declaredNames(n ast.Node) map[string]bool {
	names := map[string]bool{}
	add := func(ids ...*ast.Ident) {
		for _, id := range ids {
			if id != nil {
				names[id.Name] = true
			}
		}
	}
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncDecl:
			if n.Recv == nil {
				add(n.Name)
			}
		case *ast.TypeSpec:
			add(n.Name)
		case *ast.ValueSpec:
			add(n.Names...)
		case *ast.Field:
			add(n.Names...)
		case *ast.AssignStmt:
			if n.Tok == token.DEFINE {
				for _, x := range n.Lhs {
					if id, ok := x.(*ast.Ident); ok {
						add(id)
					}
				}
			}
		case *ast.RangeStmt:
			if n.Tok == token.DEFINE {
				for _, x := range []ast.Expr{n.Key, n.Value} {
					if id, ok := x.(*ast.Ident); ok {
						add(id)
					}
				}
			}
		}
		return true
	})
	return names
}

// lacking are the builtins of Go that the interpreter lacks.
var lacking = map[string]bool{"min": true, "max": true, "clear": true}

// known tells whether a name is defined outside the code being compiled.
func (c *cellRun) known(name string) bool {
	if lacking[name] {
		return false
	}
	if name == "_" || name == "main" || strings.HasPrefix(name, "__gogil") || types.Universe.Lookup(name) != nil {
		return true
	}
	if _, ok := c.pendingVars[name]; ok {
		return true
	}
	if _, ok := c.pendingImports[name]; ok {
		return true
	}
	if _, ok := c.pendingTypes[name]; ok {
		return true
	}
	s := c.s
	s.mu.Lock()
	defer s.mu.Unlock()
	_, user := s.declared.user[name]
	_, imported := s.declared.imported[name]
	return user || imported
}

// callAt finds the call of n whose arguments an error at "line:col" is
// about: the innermost call whose span holds that position.
func (c *cellRun) callAt(n ast.Node, at string) *ast.CallExpr {
	var line, col int
	if n == nil {
		return nil
	}
	if _, err := fmt.Sscanf(at, "%d:%d", &line, &col); err != nil {
		return nil
	}
	fset := c.s.interp.FileSet()
	within := func(p, from, to token.Position) bool {
		after := p.Line > from.Line || p.Line == from.Line && p.Column >= from.Column
		before := p.Line < to.Line || p.Line == to.Line && p.Column <= to.Column
		return after && before
	}
	want := token.Position{Line: line, Column: col}
	var found *ast.CallExpr
	ast.Inspect(n, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok && within(want, fset.Position(call.Pos()), fset.Position(call.End())) {
			found = call
		}
		return true
	})
	return found
}

// splitPosition cuts "line:col: text" into its parts; at is empty when msg
// has no position.
func splitPosition(msg string) (at, text string) {
	var line, col int
	if _, err := fmt.Sscanf(msg, "%d:%d:", &line, &col); err != nil {
		return "", msg
	}
	prefix := fmt.Sprintf("%d:%d:", line, col)
	return prefix[:len(prefix)-1], strings.TrimSpace(strings.TrimPrefix(msg, prefix))
}

// exprText is the source form of a called function's expression.
func exprText(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Ident:
		return e.Name
	case *ast.SelectorExpr:
		return exprText(e.X) + "." + e.Sel.Name
	case *ast.ParenExpr:
		return "(" + exprText(e.X) + ")"
	case *ast.IndexExpr:
		return exprText(e.X) + "[...]"
	}
	return "the function"
}

// declaredTwice is a name that code, a cell, declares at file level (a
// var, const, type or function) and again at the top level of its
// statements: a program's package-level variable and main's local of the
// same name, which yaegi's one global per name turns into "variable
// definition loop". Asked only once the interpreter failed.
func declaredTwice(code string) string {
	decls := map[string]bool{}
	var stmts []*ast.Ident
	for _, p := range cellsrc.Split(code) {
		switch p.Kind {
		case cellsrc.Decls:
			f, err := parser.ParseFile(token.NewFileSet(), "", "package p\n"+p.Text, 0)
			if err != nil {
				continue
			}
			for _, d := range f.Decls {
				switch d := d.(type) {
				case *ast.FuncDecl:
					if d.Recv == nil {
						decls[d.Name.Name] = true
					}
				case *ast.GenDecl:
					for _, spec := range d.Specs {
						switch spec := spec.(type) {
						case *ast.ValueSpec:
							for _, id := range spec.Names {
								decls[id.Name] = true
							}
						case *ast.TypeSpec:
							decls[spec.Name.Name] = true
						}
					}
				}
			}
		case cellsrc.Stmts:
			f, err := parser.ParseFile(token.NewFileSet(), "", "package p\nfunc _() {\n"+p.Text+"\n}", 0)
			if err != nil || len(f.Decls) == 0 {
				continue
			}
			for _, st := range f.Decls[0].(*ast.FuncDecl).Body.List {
				switch st := st.(type) {
				case *ast.AssignStmt:
					if st.Tok == token.DEFINE {
						for _, x := range st.Lhs {
							if id, ok := x.(*ast.Ident); ok {
								stmts = append(stmts, id)
							}
						}
					}
				case *ast.DeclStmt:
					if gd, ok := st.Decl.(*ast.GenDecl); ok && gd.Tok == token.VAR {
						for _, spec := range gd.Specs {
							stmts = append(stmts, spec.(*ast.ValueSpec).Names...)
						}
					}
				}
			}
		}
	}
	for _, id := range stmts {
		if id.Name != "_" && decls[id.Name] {
			return id.Name
		}
	}
	return ""
}
