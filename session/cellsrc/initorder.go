package cellsrc

import (
	"go/ast"
	"go/token"
	"go/types"
	"sort"
)

// Go initializes a package's variables in dependency order, looking into
// the bodies of the functions an initializer calls, and a variable without
// an initializer is its zero value from the start. yaegi v0.16.1 runs a
// part's initializers in source order, waiting only for names not yet
// declared, and zeroes a variable without an initializer where it is
// declared. Silently:
//
//	var total = compute() // base * 2: Go 20, the interpreter 0
//	var base = 10
//	var order []string    // compute's appends to it were lost
//
// orderPackageVars writes the part's package-level variables as one
// declaration, in the place of its last, in Go's order: those without an
// initializer first, then the initialized ones in go/types' InitOrder.

// orderPackageVars applies this file's lowering to a part of declarations.
func orderPackageVars(f *File, opts Options) {
	var decls []*ast.GenDecl
	var specs []*ast.ValueSpec
	for _, d := range f.AST.Decls {
		if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.VAR {
			decls = append(decls, gd)
			for _, s := range gd.Specs {
				specs = append(specs, s.(*ast.ValueSpec))
			}
		}
	}
	if len(specs) < 2 || !initializerRunsCode(f.AST, specs) {
		return
	}
	t := f.types(opts)
	if t == nil {
		return
	}
	// rank: a spec's place in InitOrder (its first variable's), or -1 for
	// one without initializer.
	initRank := map[*types.Var]int{}
	for i, in := range t.Info.InitOrder {
		for _, v := range in.Lhs {
			initRank[v] = i
		}
	}
	rank := make(map[*ast.ValueSpec]int, len(specs))
	for _, s := range specs {
		if len(s.Values) == 0 {
			rank[s] = -1
			continue
		}
		r := -1
		for _, n := range s.Names {
			v, ok := t.Info.Defs[n].(*types.Var)
			if !ok {
				return // untyped: leave the part as it is
			}
			i, ok := initRank[v]
			if !ok {
				return
			}
			if r < 0 || i < r {
				r = i
			}
		}
		rank[s] = r
	}
	ordered := append([]*ast.ValueSpec(nil), specs...)
	sort.SliceStable(ordered, func(i, j int) bool { return rank[ordered[i]] < rank[ordered[j]] })
	same := true
	for i := range specs {
		same = same && specs[i] == ordered[i]
	}
	if same {
		return
	}
	last := decls[len(decls)-1]
	merged := &ast.GenDecl{TokPos: last.TokPos, Tok: token.VAR, Lparen: last.TokPos, Rparen: last.End()}
	for _, s := range ordered {
		merged.Specs = append(merged.Specs, s)
	}
	drop := map[ast.Decl]bool{}
	for _, d := range decls[:len(decls)-1] {
		drop[d] = true
	}
	out := f.AST.Decls[:0]
	for _, d := range f.AST.Decls {
		switch {
		case drop[d]:
		case d == ast.Decl(last):
			out = append(out, merged)
		default:
			out = append(out, d)
		}
	}
	f.AST.Decls = out
}

// initializerRunsCode is the cheap syntactic test: an initializer calls a
// function the part declares, or a method, where source order and Go's
// order may differ.
func initializerRunsCode(file *ast.File, specs []*ast.ValueSpec) bool {
	funcs := map[string]bool{}
	for _, d := range file.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil {
			funcs[fd.Name.Name] = true
		}
	}
	vars := map[string]bool{}
	for _, s := range specs {
		for _, n := range s.Names {
			vars[n.Name] = true
		}
	}
	found := false
	for _, s := range specs {
		for _, v := range s.Values {
			ast.Inspect(v, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok || found {
					return !found
				}
				switch fun := ast.Unparen(call.Fun).(type) {
				case *ast.Ident:
					found = funcs[fun.Name]
				case *ast.FuncLit:
					found = true
				case *ast.SelectorExpr:
					id, ok := fun.X.(*ast.Ident)
					found = !ok || vars[id.Name]
				}
				return !found
			})
		}
	}
	return found
}
