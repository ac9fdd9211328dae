package cellsrc

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strings"
)

// yaegi orders the initializers of a file's vars by the globals they name,
// looking every identifier of an initializer up by name in the global
// scope, function literals and their parameters included, and fails with
// "variable definition loop" when one names a global it did not compile in
// the same file. QualifyGlobals turns a plain read into main.x; what it
// cannot turn (&x, x or a parameter of x's name in a function literal, a
// composite literal's key) is still named. A var declaration after
// statements, as tutorials' main bodies write them (var r io.Reader =
// &buf), reads the variables those statements made when it runs, as a
// statement would: HoistLoopingVars writes such a declaration as the :=
// of the same names, each value returned as the declared type by a function
// literal called at once (assignable, as in a var, not converted), and runs
// it as a statement part, whose := makes the same globals.

// HoistLoopingVars returns p cut into parts where a var declaration of the
// declaration part p names a global (isGlobal) in a way yaegi would order
// after it; nil when p has none. A declaration it cannot write as a :=
// (a spec without values, or several names given one typed call) stays.
func HoistLoopingVars(p Part, isGlobal func(string) bool) []Part {
	return hoistVars(p, isGlobal, namesGlobalLate)
}

// HoistGlobalVars is HoistLoopingVars for every var declaration of p whose
// initializer names a global at all, a plain read too. The runner calls
// it when a lowering pass put such a read where QualifyGlobals leaves it
// (LowersGlobalsLate): the assertion a2.(fmt.Stringer) of var s =
// a2.(fmt.Stringer) becomes a function literal that reads a2.
func HoistGlobalVars(p Part, isGlobal func(string) bool) []Part {
	return hoistVars(p, isGlobal, namesGlobal)
}

// LowersGlobalsLate reports whether a var initializer of the lowered file
// f names a global where QualifyGlobals leaves the name as it is, which
// yaegi would report as a definition loop.
func LowersGlobalsLate(f *ast.File, isGlobal func(string) bool) bool {
	for _, d := range f.Decls {
		if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.VAR && namesGlobalLate(f, gd, isGlobal) {
			return true
		}
	}
	return false
}

func hoistVars(p Part, isGlobal func(string) bool, names func(*ast.File, *ast.GenDecl, func(string) bool) bool) []Part {
	if p.Kind != Decls || !strings.Contains(p.Text, "var") {
		return nil
	}
	const prefix = "package p;"
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "", prefix+p.Text, 0)
	if err != nil {
		return nil
	}
	off := func(pos token.Pos) int { return fset.Position(pos).Offset - len(prefix) }
	var parts []Part
	start := 0
	// at gives a part of kind k with text src starting at offset o of p.Text.
	at := func(k Kind, o int, src string) Part {
		line, col := p.Line, p.Col
		before := p.Text[:o]
		if n := strings.Count(before, "\n"); n > 0 {
			line += n
			col = len(before) - strings.LastIndexByte(before, '\n')
		} else {
			col += len(before)
		}
		return Part{Kind: k, Text: src, Line: line, Col: col}
	}
	flush := func(end int) {
		text := p.Text[start:end]
		trimmed := strings.TrimLeft(text, " \t\r\n;")
		if strings.TrimSpace(trimmed) != "" {
			parts = append(parts, at(Decls, start+len(text)-len(trimmed), trimmed))
		}
	}
	for _, d := range f.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.VAR || !names(f, gd, isGlobal) {
			continue
		}
		stmts, ok := defineText(p.Text, off, gd)
		if !ok {
			continue
		}
		flush(off(gd.Pos()))
		parts = append(parts, at(Stmts, off(gd.Pos()), stmts))
		start = off(gd.End())
	}
	if parts == nil {
		return nil
	}
	flush(len(p.Text))
	return parts
}

// namesGlobalLate reports whether an initializer of gd names a global
// where QualifyGlobals leaves the name as it is.
func namesGlobalLate(f *ast.File, gd *ast.GenDecl, isGlobal func(string) bool) bool {
	found := false
	names := func(n ast.Node) {
		ast.Inspect(n, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.SelectorExpr:
				ast.Inspect(x.X, func(m ast.Node) bool {
					if id, ok := m.(*ast.Ident); ok && global(f, id, isGlobal) {
						found = true
					}
					return !found
				})
				return false
			case *ast.Ident:
				if global(f, x, isGlobal) {
					found = true
				}
			}
			return !found
		})
	}
	for _, spec := range gd.Specs {
		for _, v := range spec.(*ast.ValueSpec).Values {
			ast.Inspect(v, func(n ast.Node) bool {
				switch x := n.(type) {
				case *ast.FuncLit:
					names(x)
					return false
				case *ast.UnaryExpr:
					if _, ok := ast.Unparen(x.X).(*ast.Ident); ok && x.Op == token.AND {
						names(x.X)
						return false
					}
				case *ast.KeyValueExpr:
					if id, ok := x.Key.(*ast.Ident); ok {
						names(id)
					}
				case *ast.StructType:
					// yaegi looks a field's name up as it does a read:
					// var table = []struct{ n int }{...} beside a global n.
					for _, field := range x.Fields.List {
						for _, id := range field.Names {
							names(id)
						}
					}
				}
				return !found
			})
		}
	}
	return found
}

// namesGlobal reports whether an initializer of gd names a global
// anywhere.
func namesGlobal(f *ast.File, gd *ast.GenDecl, isGlobal func(string) bool) bool {
	found := false
	for _, spec := range gd.Specs {
		for _, v := range spec.(*ast.ValueSpec).Values {
			ast.Inspect(v, func(n ast.Node) bool {
				if sel, ok := n.(*ast.SelectorExpr); ok {
					ast.Inspect(sel.X, func(m ast.Node) bool {
						if id, ok := m.(*ast.Ident); ok && global(f, id, isGlobal) {
							found = true
						}
						return !found
					})
					return false
				}
				if id, ok := n.(*ast.Ident); ok && global(f, id, isGlobal) {
					found = true
				}
				return !found
			})
		}
	}
	return found
}

// global reports whether id has the name of a global of an earlier
// compilation, other than a var of f itself (yaegi orders those).
func global(f *ast.File, id *ast.Ident, isGlobal func(string) bool) bool {
	if id.Name == "_" || !isGlobal(id.Name) {
		return false
	}
	return id.Obj == nil || f.Scope.Lookup(id.Name) != id.Obj
}

// defineText writes gd as statements, one a line: var x T = v as
// x := (T)(v), a spec without values (var z T, in a group with one
// that has) as the var statement it is, and var a, b T = f() as var a, b
// T then a, b = f().
func defineText(src string, off func(token.Pos) int, gd *ast.GenDecl) (string, bool) {
	text := func(n ast.Node) string { return src[off(n.Pos()):off(n.End())] }
	var b strings.Builder
	for i, spec := range gd.Specs {
		vs := spec.(*ast.ValueSpec)
		if len(vs.Values) == 0 && vs.Type == nil {
			return "", false
		}
		if i > 0 {
			b.WriteString("\n")
		}
		if len(vs.Values) == 0 {
			b.WriteString("var " + text(vs))
			continue
		}
		if len(vs.Values) != len(vs.Names) && vs.Type != nil {
			// Several names given one call's results, assigned as a
			// var assigns them.
			names := ""
			for j, n := range vs.Names {
				if j > 0 {
					names += ", "
				}
				names += n.Name
			}
			b.WriteString("var " + names + " " + text(vs.Type) + "\n" + names + " = " + text(vs.Values[0]))
			continue
		}
		for j, n := range vs.Names {
			if j > 0 {
				b.WriteString(", ")
			}
			b.WriteString(n.Name)
		}
		if blank(vs.Names) {
			b.WriteString(" = ")
		} else {
			b.WriteString(" := ")
		}
		for j, v := range vs.Values {
			if j > 0 {
				b.WriteString(", ")
			}
			if vs.Type != nil {
				// Assigned, not converted: a value Go would not assign
				// to the type stays an error.
				b.WriteString("func() " + text(vs.Type) + " { return " + text(v) + " }()")
			} else {
				b.WriteString(text(v))
			}
		}
	}
	return b.String(), true
}

func blank(names []*ast.Ident) bool {
	for _, n := range names {
		if n.Name != "_" {
			return false
		}
	}
	return true
}

// TopLevelVars are the names the statements part p defines at its top
// level (x := ..., var x), which become globals when it is compiled: a
// var declaration of a part before it, which yaegi initializes only when
// that part runs, after p compiled, finds them among the globals too.
func TopLevelVars(p Part) []string {
	if p.Kind != Stmts || !strings.Contains(p.Text, ":=") && !strings.Contains(p.Text, "var") {
		return nil
	}
	const prefix = "package p; func _() {\n"
	f, err := parser.ParseFile(token.NewFileSet(), "", prefix+p.Text+"\n}", parser.SkipObjectResolution)
	if err != nil || len(f.Decls) != 1 {
		return nil
	}
	fn, ok := f.Decls[0].(*ast.FuncDecl)
	if !ok || fn.Body == nil {
		return nil
	}
	var names []string
	for _, st := range fn.Body.List {
		switch st := st.(type) {
		case *ast.AssignStmt:
			if st.Tok != token.DEFINE {
				continue
			}
			for _, x := range st.Lhs {
				if id, ok := x.(*ast.Ident); ok && id.Name != "_" {
					names = append(names, id.Name)
				}
			}
		case *ast.DeclStmt:
			if gd, ok := st.Decl.(*ast.GenDecl); ok && gd.Tok == token.VAR {
				for _, spec := range gd.Specs {
					for _, id := range spec.(*ast.ValueSpec).Names {
						if id.Name != "_" {
							names = append(names, id.Name)
						}
					}
				}
			}
		}
	}
	return names
}
