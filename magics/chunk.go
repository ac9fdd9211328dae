package magics

import (
	"fmt"
	"go/ast"
	"go/token"
)

// chunkLen is how many iterations of a tiny range loop run between two
// check points under %%gil. A range loop is one step of yaegi's dispatch
// for the range itself and one for each statement of its body, and a
// check point is a step of its own: on a one-statement body it costs a
// third of the loop (0.63–0.72x). A range loop cannot be unrolled as a for
// loop is (its own step fetches the next index; an index loop in its place
// takes a step more per iteration), so the loop is cut into chunks of
// chunkLen iterations instead, an inner range with no check point inside
// an outer loop that checks once per chunk. The waiter gets the lock at
// most chunkLen iterations of a bounded body later than CPython would
// give it (microseconds; the switch interval is 5 ms).
const chunkLen = 256

// chunkRange rewrites a tiny range loop over a slice into chunks:
//
//	for i, v := range xs { body }        // body reads xs[i], v
//
// becomes
//
//	for __gilLoN := 0; __gilLoN < len(xs); __gilLoN += chunkLen {
//		if *__gil.Pending { __gil.Yield() }
//		__gilHiN := __gilLoN + chunkLen
//		if __gilHiN > len(xs) { __gilHiN = len(xs) }
//		__gilChunkN := xs[__gilLoN:__gilHiN]
//		for i, v := range __gilChunkN { body } // xs[i] read as __gilChunkN[i]
//	}
//
// It applies only where that means the same: xs is a name the cell shows
// to be a slice (not an array, whose range works on a copy, nor a string,
// whose indexes are those of runes), the body is a few simple statements
// (tinyLoop's: no calls, branches, declarations or address taken) that do
// not assign xs, and the index, if named, is read only as xs[i] (in the
// chunk it counts from the chunk's start). As xs is never assigned, its
// length is the one the range would have read once. It returns nil for
// any other loop, which keeps a check point per iteration.
func (in *instrumenter) chunkRange(rs *ast.RangeStmt) ast.Stmt {
	if in.mode != holding || (rs.Key != nil && rs.Tok != token.DEFINE) {
		return nil
	}
	xs, ok := rs.X.(*ast.Ident)
	if !ok || !isSlice(xs) {
		return nil
	}
	body := rs.Body.List
	if len(body) == 0 || len(body) > tinyStatements {
		return nil
	}
	for _, st := range body {
		if !simpleStmt(st) || assigns(st, xs.Name) {
			return nil
		}
	}
	key := ""
	if k, ok := rs.Key.(*ast.Ident); ok && k.Name != "_" {
		key = k.Name
	}
	for _, v := range []ast.Expr{rs.Key, rs.Value} {
		if v != nil {
			if id, ok := v.(*ast.Ident); !ok || id.Name == xs.Name {
				return nil
			}
		}
	}
	// The index's reads, all of them xs[i]; any other use keeps the loop.
	var reads []*ast.IndexExpr
	uses, ok := 0, true
	for _, st := range body {
		ast.Inspect(st, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.IndexExpr:
				if x, ok := n.X.(*ast.Ident); ok && x.Name == xs.Name {
					if i, ok := n.Index.(*ast.Ident); ok && key != "" && i.Name == key {
						reads = append(reads, n)
						return false
					}
				}
			case *ast.Ident:
				if key != "" && n.Name == key {
					uses++
				}
			case *ast.FuncLit:
				ok = false
			}
			return ok
		})
	}
	if !ok || uses > 0 {
		return nil
	}

	in.seq++
	pos := rs.For
	lo := fmt.Sprintf("__gilLo%d", in.seq)
	hi := fmt.Sprintf("__gilHi%d", in.seq)
	chunk := fmt.Sprintf("__gilChunk%d", in.seq)
	for _, r := range reads {
		r.X = ident(r.X.Pos(), chunk)
	}
	length := func() ast.Expr {
		return &ast.CallExpr{Fun: ident(pos, "len"), Lparen: pos, Args: []ast.Expr{ident(pos, xs.Name)}, Rparen: pos}
	}
	limit := &ast.BasicLit{ValuePos: pos, Kind: token.INT, Value: fmt.Sprint(chunkLen)}
	inner := &ast.RangeStmt{For: pos, Key: rs.Key, Value: rs.Value, TokPos: rs.TokPos, Tok: rs.Tok, X: ident(pos, chunk), Body: rs.Body}
	if rs.Key == nil {
		inner.Tok = token.ILLEGAL
	}
	outer := &ast.BlockStmt{Lbrace: pos, Rbrace: pos, List: []ast.Stmt{
		define(pos, hi, &ast.BinaryExpr{X: ident(pos, lo), OpPos: pos, Op: token.ADD, Y: limit}),
		ifTrue(pos, &ast.BinaryExpr{X: ident(pos, hi), OpPos: pos, Op: token.GTR, Y: length()},
			&ast.AssignStmt{Lhs: []ast.Expr{ident(pos, hi)}, TokPos: pos, Tok: token.ASSIGN, Rhs: []ast.Expr{length()}}),
		define(pos, chunk, &ast.SliceExpr{X: ident(pos, xs.Name), Lbrack: pos, Low: ident(pos, lo), High: ident(pos, hi), Rbrack: pos}),
		inner,
	}}
	in.loop(outer) // the chunk's one check point, first
	return &ast.ForStmt{
		For:  pos,
		Init: define(pos, lo, &ast.BasicLit{ValuePos: pos, Kind: token.INT, Value: "0"}),
		Cond: &ast.BinaryExpr{X: ident(pos, lo), OpPos: pos, Op: token.LSS, Y: length()},
		Post: &ast.AssignStmt{Lhs: []ast.Expr{ident(pos, lo)}, TokPos: pos, Tok: token.ADD_ASSIGN, Rhs: []ast.Expr{limit}},
		Body: outer,
	}
}

// assigns reports whether s assigns the name itself (not an element).
func assigns(s ast.Stmt, name string) bool {
	var targets []ast.Expr
	switch s := s.(type) {
	case *ast.AssignStmt:
		targets = s.Lhs
	case *ast.IncDecStmt:
		targets = []ast.Expr{s.X}
	}
	for _, t := range targets {
		if id, ok := ast.Unparen(t).(*ast.Ident); ok && id.Name == name {
			return true
		}
	}
	return false
}

// isSlice reports whether the cell's own code shows that x names a slice:
// a parameter or variable declared with a slice type, or defined from
// make, a composite literal or a conversion of one.
func isSlice(x *ast.Ident) bool {
	if x.Obj == nil {
		return false
	}
	switch decl := x.Obj.Decl.(type) {
	case *ast.Field:
		return sliceType(decl.Type)
	case *ast.ValueSpec:
		if decl.Type != nil {
			return sliceType(decl.Type)
		}
		for i, name := range decl.Names {
			if name.Name == x.Name && len(decl.Values) == len(decl.Names) {
				return sliceValue(decl.Values[i])
			}
		}
	case *ast.AssignStmt:
		if decl.Tok != token.DEFINE || len(decl.Lhs) != len(decl.Rhs) {
			return false
		}
		for i, lhs := range decl.Lhs {
			if id, ok := lhs.(*ast.Ident); ok && id.Name == x.Name {
				return sliceValue(decl.Rhs[i])
			}
		}
	}
	return false
}

func sliceType(t ast.Expr) bool {
	switch t := ast.Unparen(t).(type) {
	case *ast.ArrayType:
		return t.Len == nil
	case *ast.Ellipsis: // a variadic parameter
		return true
	}
	return false
}

func sliceValue(v ast.Expr) bool {
	switch v := ast.Unparen(v).(type) {
	case *ast.CompositeLit:
		return v.Type != nil && sliceType(v.Type)
	case *ast.CallExpr:
		if fn, ok := ast.Unparen(v.Fun).(*ast.Ident); ok && fn.Name == "make" && len(v.Args) > 0 {
			return sliceType(v.Args[0])
		}
		return len(v.Args) == 1 && sliceType(v.Fun) // a conversion such as []byte(s)
	}
	return false
}
