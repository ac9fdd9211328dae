package cellsrc

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"github.com/gogil/gogil/cellio"
)

// yaegi v0.16.1 calls a method expression of a cell's type (Vertex.Abs,
// (*Counter).Add) with the wrong arguments ("reflect: Call with too many
// input arguments", or a reflect.Set panic when it is assigned), and
// types one of a library's type (fmt.Stringer.String, time.Duration.Hours)
// without its receiver ("too many arguments in call").
// lowerMethodExprs writes each as the function literal Go defines it to
// be, from its go/types signature:
//
//	(*Counter).Add  becomes  func(__gogil_r *Counter, __gogil_p1 int) { __gogil_r.Add(__gogil_p1) }
//
// Only a part that has a selector on (*T) or on an exported name it does
// not declare itself is type-checked.
func lowerMethodExprs(f *File, opts Options) *cellio.Error {
	if !mayHaveMethodExpr(f.AST, opts.Type) {
		return nil
	}
	l := f.typedLowering(opts)
	if l == nil {
		return nil
	}
	replaceExprs(f.AST, func(x ast.Expr) ast.Expr {
		sel, ok := x.(*ast.SelectorExpr)
		if !ok || l.err != nil {
			return x
		}
		// A method named on a type: the runner's checker fills Types and
		// Uses, not Selections.
		recv, isType := l.t.Info.Types[sel.X]
		method, isFunc := l.t.Info.Uses[sel.Sel].(*types.Func)
		if !isType || !recv.IsType() || !isFunc {
			return x
		}
		if named := namedOf(recv.Type); named == nil || named.Obj().Pkg() == nil {
			return x
		}
		msig, ok := method.Type().(*types.Signature)
		if !ok {
			return x
		}
		var params []*types.Var
		params = append(params, types.NewParam(token.NoPos, nil, "", recv.Type))
		for i := 0; i < msig.Params().Len(); i++ {
			params = append(params, msig.Params().At(i))
		}
		sig := types.NewSignatureType(nil, nil, nil, types.NewTuple(params...), msig.Results(), msig.Variadic())
		lit := l.methodLiteral(sel, sig)
		// The passes after it (printing's %T) see the literal's type.
		l.t.Info.Types[lit] = types.TypeAndValue{Type: sig}
		return lit
	})
	return l.err
}

func namedOf(t types.Type) *types.Named {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, _ := t.(*types.Named)
	return n
}

// inMain: obj is declared by the cells, which go/types checks as package
// main.
func inMain(obj types.Object) bool {
	return obj.Pkg() != nil && obj.Pkg().Path() == "main"
}

// cellPackage says that p is the cells' own package (the qualifier writes
// it as nothing).
func cellPackage(t *Types, p *types.Package) bool {
	name, ok := t.Qualifier(p)
	return ok && name == ""
}

// methodLiteral writes sel, a method expression of signature sig (whose
// first parameter is the receiver), as a function literal calling the
// method.
func (l *typedLowering) methodLiteral(sel *ast.SelectorExpr, sig *types.Signature) ast.Expr {
	return l.forwardingLiteral(sel, sig, "__gogil_r", true, func(call *ast.CallExpr) ast.Expr {
		if sig.Results().Len() == 1 {
			return l.convertFuncResult(call, sig.Results().At(0).Type()) // funcresults.go
		}
		return call
	})
}

// forwardingLiteral writes a function literal of signature sig that calls
// the method sel names on recv with its parameters, and returns what that
// gives, through result (nil: as it is). With recvFirst, the literal's
// first parameter is recv itself (a method expression's receiver), not
// passed on.
func (l *typedLowering) forwardingLiteral(sel *ast.SelectorExpr, sig *types.Signature, recv string, recvFirst bool, result func(*ast.CallExpr) ast.Expr) *ast.FuncLit {
	pos := sel.Pos()
	ident := func(name string) *ast.Ident { return &ast.Ident{NamePos: pos, Name: name} }
	params := &ast.FieldList{Opening: pos, Closing: pos}
	var args []ast.Expr
	for i := 0; i < sig.Params().Len(); i++ {
		p := sig.Params().At(i)
		name := fmt.Sprintf("__gogil_p%d", i)
		if recvFirst && i == 0 {
			name = recv
		}
		var typ ast.Expr
		if sig.Variadic() && i == sig.Params().Len()-1 {
			typ = &ast.Ellipsis{Ellipsis: pos, Elt: l.typeExpr(sel, p.Type().(*types.Slice).Elem())}
		} else {
			typ = l.typeExpr(sel, p.Type())
		}
		params.List = append(params.List, &ast.Field{Names: []*ast.Ident{ident(name)}, Type: typ})
		if !recvFirst || i > 0 {
			args = append(args, ident(name))
		}
	}
	var results *ast.FieldList
	if sig.Results().Len() > 0 {
		results = &ast.FieldList{Opening: pos, Closing: pos}
		for i := 0; i < sig.Results().Len(); i++ {
			results.List = append(results.List, &ast.Field{Type: l.typeExpr(sel, sig.Results().At(i).Type())})
		}
	}
	call := &ast.CallExpr{Fun: &ast.SelectorExpr{X: ident(recv), Sel: ident(sel.Sel.Name)}, Lparen: pos, Args: args, Rparen: pos}
	if sig.Variadic() {
		call.Ellipsis = pos
	}
	var body ast.Stmt = &ast.ExprStmt{X: call}
	if results != nil {
		var value ast.Expr = call
		if result != nil {
			value = result(call)
		}
		body = &ast.ReturnStmt{Return: pos, Results: []ast.Expr{value}}
	}
	return &ast.FuncLit{
		Type: &ast.FuncType{Func: pos, Params: params, Results: results},
		Body: &ast.BlockStmt{Lbrace: pos, List: []ast.Stmt{body}, Rbrace: pos},
	}
}

// mayHaveMethodExpr is true when the part has a selector whose operand is
// (*T) or an exported name the part does not declare as a variable,
// parameter or import.
func mayHaveMethodExpr(file *ast.File, isType func(string) bool) bool {
	local := map[string]bool{}
	typeNames := map[string]bool{} // the part's own types
	for _, imp := range file.Imports {
		local[importName(imp)] = true
	}
	ast.Inspect(file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if n.Tok == token.DEFINE {
				for _, e := range n.Lhs {
					if id, ok := e.(*ast.Ident); ok {
						local[id.Name] = true
					}
				}
			}
		case *ast.ValueSpec:
			for _, id := range n.Names {
				local[id.Name] = true
			}
		case *ast.Field:
			for _, id := range n.Names {
				local[id.Name] = true
			}
		case *ast.RangeStmt:
			for _, e := range []ast.Expr{n.Key, n.Value} {
				if id, ok := e.(*ast.Ident); ok {
					local[id.Name] = true
				}
			}
		case *ast.TypeSpec:
			typeNames[n.Name.Name] = true
		}
		return true
	})
	found := false
	ast.Inspect(file, func(n ast.Node) bool {
		sel, ok := n.(*ast.SelectorExpr)
		if !ok || found {
			return !found
		}
		switch x := sel.X.(type) {
		case *ast.ParenExpr:
			if _, star := x.X.(*ast.StarExpr); star {
				found = true
			}
		case *ast.Ident:
			// Exported type names only: a lower-case name is most often a
			// package an earlier cell imported, and a cell that uses one
			// must not pay a type-check; a lower-case type the cells
			// declared (logger.Log) is one the part or isType names.
			if !local[x.Name] && (exported(x.Name) || typeNames[x.Name] || isType != nil && isType(x.Name)) {
				found = true
			}
		case *ast.SelectorExpr:
			// pkg.Type.Method (fmt.Stringer.String); pkg.Var.Method
			// pays the type-check too.
			if pkg, ok := x.X.(*ast.Ident); ok && !local[pkg.Name] && !exported(pkg.Name) && exported(x.Sel.Name) && exported(sel.Sel.Name) {
				found = true
			}
		}
		return !found
	})
	return found
}
