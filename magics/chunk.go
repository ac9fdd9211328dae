package magics

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"github.com/gogil/gogil/session"
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

// chunkRange rewrites a tiny range loop over a slice or an array into
// chunks:
//
//	for i, v := range X { body }        // body reads X[i], v
//
// becomes
//
//	{
//		__gilRangeN := X                  // the range's one evaluation of X
//		for __gilLoN := 0; __gilLoN < len(__gilRangeN); __gilLoN += chunkLen {
//			if *__gil.Pending { __gil.Yield() }
//			__gilHiN := __gilLoN + chunkLen
//			if __gilHiN > len(__gilRangeN) { __gilHiN = len(__gilRangeN) }
//			if __gilHiN > len(X) { the rest, one check an iteration; break }
//			__gilReadN := X[__gilLoN:__gilHiN]
//			__gilChunkN := __gilRangeN[__gilLoN:__gilHiN]
//			for i, v := range __gilChunkN { body } // X[i] read as __gilReadN[i]
//		}
//	}
//
// (__gilReadN and its test only if the body reads X[i], __gilChunkN only
// if it needs v or there is no __gilReadN to range over.)
//
// v comes from the range's own copy, X[i] from X as it is at the chunk's
// start: between check points nothing else runs, so X cannot change within
// a chunk unless the body writes it, which rules the loop out; at a check
// point another thread may have given X another value, whose elements the
// plain loop would read from then on, and so does the chunk, or the loop
// finishes one iteration at a time if X got too short (the plain loop
// panics there, and so does this one).
//
// It applies only where that means the same: X's type is a slice or an
// array (not a string, whose indexes are those of runes, nor a map,
// channel or function), which the cell shows for a name it declares
// (isSlice) or the session's types tell (a name from an earlier cell, a
// field, a call); the body is a few simple statements (tinyLoop's: no
// calls, branches, declarations or address taken) that do not write X;
// and the index, if named, is read only as X[i] where X is a name or a
// field (in the chunk it counts from the chunk's start). It returns nil for
// any other loop, which keeps a check point per iteration.
func (in *instrumenter) chunkRange(rs *ast.RangeStmt) ast.Stmt {
	if in.mode != holding || (rs.Key != nil && rs.Tok != token.DEFINE) {
		return nil
	}
	body := rs.Body.List
	if len(body) == 0 || len(body) > tinyStatements {
		return nil
	}
	for _, st := range body {
		if !simpleStmt(st) {
			return nil
		}
	}
	kind, xType := in.rangeKind(rs.X)
	if kind == notChunked {
		return nil
	}
	// The loop's variables may not shadow a name X is made of.
	inX := map[string]bool{}
	ast.Inspect(rs.X, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			inX[id.Name] = true
		}
		return true
	})
	var key, value string
	for i, v := range []ast.Expr{rs.Key, rs.Value} {
		if v == nil {
			continue
		}
		id, ok := v.(*ast.Ident)
		if !ok || inX[id.Name] {
			return nil
		}
		if id.Name != "_" {
			if i == 0 {
				key = id.Name
			} else {
				value = id.Name
			}
		}
	}
	for _, st := range body {
		for _, target := range written(st) {
			if in.mayWrite(target, rs.X, xType) {
				return nil
			}
		}
	}
	// The index's reads, all of them X[i]; any other use keeps the loop.
	path := ""
	if isPath(rs.X) {
		path = types.ExprString(rs.X)
	}
	var reads []*ast.IndexExpr
	uses := 0
	for _, st := range body {
		ast.Inspect(st, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.IndexExpr:
				if i, ok := n.Index.(*ast.Ident); ok && key != "" && i.Name == key && path != "" && types.ExprString(n.X) == path {
					reads = append(reads, n)
					return false
				}
			case *ast.Ident:
				if key != "" && n.Name == key {
					uses++
				}
			}
			return true
		})
	}
	if uses > 0 {
		return nil
	}
	if kind == arrayRange && value == "" && !isIdent(rs.X) {
		// With no value, the range does not evaluate an array operand
		// (len is constant): p.arr with a nil p does not panic there.
		return nil
	}

	in.literals(rs.X)
	in.seq++
	pos := rs.For
	name := func(what string) string { return fmt.Sprintf("__gil%s%d", what, in.seq) }
	rng, lo, hi, chunk, read := name("Range"), name("Lo"), name("Hi"), name("Chunk"), name("Read")
	var before []ast.Stmt
	// The values come from the range's operand: an array's own copy
	// (evaluated once, as the range does), the slice as it was when the
	// loop started, or the array itself when no value is read.
	var src ast.Expr = ident(pos, rng)
	if kind == arrayRange && value == "" {
		src = cloneExpr(rs.X)
	} else {
		before = append(before, define(pos, rng, rs.X))
	}
	operand := func() ast.Expr { return cloneExpr(src) }
	length := func(x ast.Expr) ast.Expr {
		return &ast.CallExpr{Fun: ident(pos, "len"), Lparen: pos, Args: []ast.Expr{x}, Rparen: pos}
	}
	window := func(x ast.Expr) ast.Expr {
		return &ast.SliceExpr{X: x, Lbrack: pos, Low: ident(pos, lo), High: ident(pos, hi), Rbrack: pos}
	}
	limit := &ast.BasicLit{ValuePos: pos, Kind: token.INT, Value: fmt.Sprint(chunkLen)}
	outer := &ast.BlockStmt{Lbrace: pos, Rbrace: pos, List: []ast.Stmt{
		define(pos, hi, &ast.BinaryExpr{X: ident(pos, lo), OpPos: pos, Op: token.ADD, Y: limit}),
		ifTrue(pos, &ast.BinaryExpr{X: ident(pos, hi), OpPos: pos, Op: token.GTR, Y: length(operand())},
			assign(pos, hi, length(operand()))),
	}}
	over := ""
	if len(reads) > 0 {
		if kind == sliceRange {
			// Taken before the reads are rewritten: the rest of the loop as
			// the user wrote it, should X have become too short.
			outer.List = append(outer.List, ifTrue(pos,
				&ast.BinaryExpr{X: ident(pos, hi), OpPos: pos, Op: token.GTR, Y: length(cloneExpr(rs.X))},
				in.iterations(rs, operand(), key, value, lo),
				&ast.BranchStmt{TokPos: pos, Tok: token.BREAK}))
		}
		outer.List = append(outer.List, define(pos, read, window(cloneExpr(rs.X))))
		for _, r := range reads {
			r.X = ident(r.X.Pos(), read)
		}
		over = read
	}
	if value != "" || over == "" {
		outer.List = append(outer.List, define(pos, chunk, window(operand())))
		over = chunk
	}
	inner := &ast.RangeStmt{For: pos, Key: rs.Key, Value: rs.Value, TokPos: rs.TokPos, Tok: rs.Tok, X: ident(pos, over), Body: rs.Body}
	if rs.Key == nil {
		inner.Tok = token.ILLEGAL
	}
	outer.List = append(outer.List, inner)
	in.loop(outer) // the chunk's one check point, first
	loop := &ast.ForStmt{
		For:  pos,
		Init: define(pos, lo, &ast.BasicLit{ValuePos: pos, Kind: token.INT, Value: "0"}),
		Cond: &ast.BinaryExpr{X: ident(pos, lo), OpPos: pos, Op: token.LSS, Y: length(operand())},
		Post: &ast.AssignStmt{Lhs: []ast.Expr{ident(pos, lo)}, TokPos: pos, Tok: token.ADD_ASSIGN, Rhs: []ast.Expr{limit}},
		Body: outer,
	}
	// A block keeps __gilRangeN out of a cell's globals.
	return &ast.BlockStmt{Lbrace: pos, List: append(before, loop), Rbrace: rs.Body.Rbrace}
}

// iterations is the rest of a chunked loop from index from on, one
// iteration and one check point at a time, with a copy of its body as the
// user wrote it:
//
//	for i := from; i < len(values); i++ { check; v := values[i]; _ = v; body }
func (in *instrumenter) iterations(rs *ast.RangeStmt, values ast.Expr, key, value, from string) ast.Stmt {
	pos := rs.For
	body := &ast.BlockStmt{Lbrace: pos, Rbrace: pos}
	if value != "" {
		body.List = append(body.List,
			define(pos, value, &ast.IndexExpr{X: values, Lbrack: pos, Index: ident(pos, key), Rbrack: pos}),
			&ast.AssignStmt{Lhs: []ast.Expr{ident(pos, "_")}, TokPos: pos, Tok: token.ASSIGN, Rhs: []ast.Expr{ident(pos, value)}})
	}
	for _, st := range rs.Body.List {
		body.List = append(body.List, cloneStmt(st))
	}
	in.loop(body)
	return &ast.ForStmt{
		For:  pos,
		Init: define(pos, key, ident(pos, from)),
		Cond: &ast.BinaryExpr{X: ident(pos, key), OpPos: pos, Op: token.LSS, Y: &ast.CallExpr{Fun: ident(pos, "len"), Lparen: pos, Args: []ast.Expr{cloneExpr(values)}, Rparen: pos}},
		Post: &ast.IncDecStmt{X: ident(pos, key), TokPos: pos, Tok: token.INC},
		Body: body,
	}
}

// What a range loop's operand is, for chunking.
type rangeOperand int

const (
	notChunked rangeOperand = iota
	sliceRange
	arrayRange
)

// rangeKind says whether x is a slice or an array, from the session's
// types (xType, then set) or, without them, from the cell's own code.
func (in *instrumenter) rangeKind(x ast.Expr) (kind rangeOperand, xType types.Type) {
	if t := in.typeOfX(x); t != nil {
		switch u := t.Underlying().(type) {
		case *types.Slice:
			if valid(u.Elem()) {
				return sliceRange, t
			}
		case *types.Array:
			if valid(u.Elem()) {
				return arrayRange, t
			}
		}
		return notChunked, nil
	}
	if id, ok := x.(*ast.Ident); ok && isSlice(id) {
		return sliceRange, nil
	}
	return notChunked, nil
}

func valid(t types.Type) bool { return t != nil && t != types.Typ[types.Invalid] }

// mayWrite reports whether assigning target may change x, the range's
// operand. With types: when target has x's type, or is a struct or an
// array that may hold x; what cannot be typed may. Without (x is then a
// name the cell declares as a slice): when target is that name, or is
// written through a pointer (*p = ..., the only way to write a slice
// variable but by its name).
func (in *instrumenter) mayWrite(target, x ast.Expr, xType types.Type) bool {
	target = ast.Unparen(target)
	if id, ok := target.(*ast.Ident); ok && id.Name == "_" {
		return false
	}
	if xType == nil {
		if _, ok := target.(*ast.StarExpr); ok {
			return true
		}
		id, ok := target.(*ast.Ident)
		return ok && id.Name == x.(*ast.Ident).Name
	}
	t := in.typeOfX(target)
	if t == nil || types.Identical(t, xType) {
		return true
	}
	switch t.Underlying().(type) {
	case *types.Struct, *types.Array:
		return true
	}
	return false
}

// written is what a simple statement assigns.
func written(s ast.Stmt) []ast.Expr {
	switch s := s.(type) {
	case *ast.AssignStmt:
		return s.Lhs
	case *ast.IncDecStmt:
		return []ast.Expr{s.X}
	}
	return nil
}

// isPath: a name, or fields of one (s.items, pkg.Var.f).
func isPath(x ast.Expr) bool {
	switch x := x.(type) {
	case *ast.Ident:
		return true
	case *ast.SelectorExpr:
		return isPath(x.X)
	}
	return false
}

func isIdent(x ast.Expr) bool {
	_, ok := x.(*ast.Ident)
	return ok
}

// typesFor is the part's TypeOf if one of its range loops needs it: a loop
// that could be chunked or could range over a channel, over an operand
// the cell's own code does not show to be a slice (or not a channel). It
// asks once here, before anything is rewritten, so that the types are
// those of the part as the user wrote it.
func (in *instrumenter) typesFor(f *ast.File, typeOf session.TypeOf) session.TypeOf {
	if in.mode != holding || typeOf == nil {
		return nil
	}
	var needed ast.Expr
	ast.Inspect(f, func(n ast.Node) bool {
		if needed != nil {
			return false
		}
		rs, ok := n.(*ast.RangeStmt)
		if !ok {
			return true
		}
		if id, ok := rs.X.(*ast.Ident); ok && isSlice(id) {
			return true
		}
		if (rs.Value == nil && !notChannel(rs.X)) || tinyRange(rs) {
			needed = rs.X
		}
		return true
	})
	if needed == nil {
		return nil
	}
	typeOf(needed)
	return typeOf
}

// tinyRange: a body chunkRange could take.
func tinyRange(rs *ast.RangeStmt) bool {
	if (rs.Key != nil && rs.Tok != token.DEFINE) || len(rs.Body.List) == 0 || len(rs.Body.List) > tinyStatements {
		return false
	}
	for _, st := range rs.Body.List {
		if !simpleStmt(st) {
			return false
		}
	}
	return true
}

func (in *instrumenter) typeOfX(x ast.Expr) types.Type {
	if in.typeOf == nil {
		return nil
	}
	return in.typeOf(x)
}

// typedNotChannel reports whether the session's types show that x is not a
// channel (nor a type parameter, which could be one).
func (in *instrumenter) typedNotChannel(x ast.Expr) bool {
	t := in.typeOfX(x)
	if t == nil {
		return false
	}
	switch t.Underlying().(type) {
	case *types.Chan, *types.Interface:
		return false
	}
	return true
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
