package cellsrc

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
)

// yaegi v0.16.1 takes `for k, v := range x` over a slice or array of
// channels for a range over a channel: it asks whether the node after the
// key is of a channel type, and with a value variable that node is the
// value, not x. The slot for x's copy is then never made, the frame's
// indexes shift, and the loop panics ("reflect.Value.Len on int Value").
// A range with the key alone is right, so the value is read by index:
//
//	for k, v := range cs { body }  =>  for __gogil_rciN := range cs { k := __gogil_rciN; v := cs[__gogil_rciN]; body }
//
// where go/types shows x a slice, array or pointer to an array of
// channels, and x a name or a field (read again each iteration, which Go
// reads once) that the body does not assign. Any other operand (m[key],
// a call) is read once into a variable of a three-clause loop, which keeps
// the loop's label and its continue statements:
//
//	for k, v := range m[t] { body }  =>  for __gogil_rciN, __gogil_rcxN := 0, m[t]; __gogil_rciN < len(__gogil_rcxN); __gogil_rciN++ { k := __gogil_rciN; v := __gogil_rcxN[__gogil_rciN]; body }
func lowerRangeChan(f *File, opts Options) {
	var loops []*ast.RangeStmt
	ast.Inspect(f.AST, func(n ast.Node) bool {
		if r, ok := n.(*ast.RangeStmt); ok && r.Tok == token.DEFINE && r.Value != nil && !isBlank(r.Value) {
			loops = append(loops, r)
		}
		return true
	})
	if len(loops) == 0 {
		return
	}
	t := f.types(opts)
	if t == nil || t.Info == nil {
		return
	}
	loops3 := map[*ast.RangeStmt]ast.Stmt{}
	for i, r := range loops {
		tv, ok := t.Info.Types[r.X]
		if !ok || tv.Type == nil || !channelElements(tv.Type) {
			continue
		}
		if !pureOperand(r.X) || assigns(r.Body, r.X) {
			loops3[r] = rangeChanLoop(r, i)
			continue
		}
		index := ast.NewIdent("__gogil_rci" + strconv.Itoa(i))
		var head []ast.Stmt
		if r.Key != nil && !isBlank(r.Key) {
			head = append(head, &ast.AssignStmt{Lhs: []ast.Expr{r.Key}, Tok: token.DEFINE, Rhs: []ast.Expr{ast.NewIdent(index.Name)}})
		}
		head = append(head, &ast.AssignStmt{Lhs: []ast.Expr{r.Value}, Tok: token.DEFINE,
			Rhs: []ast.Expr{&ast.IndexExpr{X: copyOperand(r.X), Index: ast.NewIdent(index.Name)}}})
		r.Key, r.Value = index, nil
		r.Body.List = append(head, &ast.BlockStmt{List: r.Body.List})
	}
	if len(loops3) > 0 {
		replaceStmts(f.AST, true, func(s ast.Stmt) ast.Stmt {
			if r, ok := s.(*ast.RangeStmt); ok && loops3[r] != nil {
				return loops3[r]
			}
			return s
		})
	}
}

// rangeChanLoop is r as a three-clause loop over a variable holding r's
// operand (see lowerRangeChan).
func rangeChanLoop(r *ast.RangeStmt, n int) ast.Stmt {
	pos := r.Pos()
	id := func(name string) *ast.Ident { return &ast.Ident{NamePos: pos, Name: name} }
	index, operand := "__gogil_rci"+strconv.Itoa(n), "__gogil_rcx"+strconv.Itoa(n)
	var head []ast.Stmt
	if r.Key != nil && !isBlank(r.Key) {
		head = append(head, &ast.AssignStmt{Lhs: []ast.Expr{r.Key}, TokPos: pos, Tok: token.DEFINE, Rhs: []ast.Expr{id(index)}})
	}
	head = append(head, &ast.AssignStmt{Lhs: []ast.Expr{r.Value}, TokPos: pos, Tok: token.DEFINE,
		Rhs: []ast.Expr{&ast.IndexExpr{X: id(operand), Lbrack: pos, Index: id(index), Rbrack: pos}}})
	return &ast.ForStmt{
		For:  r.For,
		Init: &ast.AssignStmt{Lhs: []ast.Expr{id(index), id(operand)}, TokPos: pos, Tok: token.DEFINE, Rhs: []ast.Expr{&ast.BasicLit{ValuePos: pos, Kind: token.INT, Value: "0"}, r.X}},
		Cond: &ast.BinaryExpr{X: id(index), OpPos: pos, Op: token.LSS, Y: &ast.CallExpr{Fun: id("len"), Lparen: pos, Args: []ast.Expr{id(operand)}, Rparen: pos}},
		Post: &ast.IncDecStmt{X: id(index), TokPos: pos, Tok: token.INC},
		Body: &ast.BlockStmt{Lbrace: r.Body.Lbrace, List: append(head, &ast.BlockStmt{List: r.Body.List}), Rbrace: r.Body.Rbrace},
	}
}

// channelElements: t is a slice, an array or a pointer to an array whose
// elements are channels.
func channelElements(t types.Type) bool {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	var elem types.Type
	switch u := t.Underlying().(type) {
	case *types.Slice:
		elem = u.Elem()
	case *types.Array:
		elem = u.Elem()
	default:
		return false
	}
	_, isChan := elem.Underlying().(*types.Chan)
	return isChan
}

// pureOperand: x is a name, or fields of a name, which reading again
// gives the same value while nothing assigns it.
func pureOperand(x ast.Expr) bool {
	switch x := x.(type) {
	case *ast.Ident:
		return true
	case *ast.SelectorExpr:
		return pureOperand(x.X)
	case *ast.ParenExpr:
		return pureOperand(x.X)
	}
	return false
}

func copyOperand(x ast.Expr) ast.Expr {
	switch x := x.(type) {
	case *ast.Ident:
		return ast.NewIdent(x.Name)
	case *ast.SelectorExpr:
		return &ast.SelectorExpr{X: copyOperand(x.X), Sel: ast.NewIdent(x.Sel.Name)}
	case *ast.ParenExpr:
		return copyOperand(x.X)
	}
	return x
}

// assigns reports whether body may change what operand x reads: an
// assignment, increment or address taken of its root name.
func assigns(body *ast.BlockStmt, x ast.Expr) bool {
	name := rootName(x)
	hit := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				hit = hit || rootName(l) == name
			}
		case *ast.IncDecStmt:
			hit = hit || rootName(n.X) == name
		case *ast.UnaryExpr:
			hit = hit || n.Op == token.AND && rootName(n.X) == name
		}
		return !hit
	})
	return hit
}

// rootName is the variable an operand or assignment target starts from
// (x of x.f[i].g), or "".
func rootName(e ast.Expr) string {
	for {
		switch r := e.(type) {
		case *ast.SelectorExpr:
			e = r.X
		case *ast.ParenExpr:
			e = r.X
		case *ast.IndexExpr:
			e = r.X
		case *ast.StarExpr:
			e = r.X
		case *ast.Ident:
			return r.Name
		default:
			return ""
		}
	}
}
