package cellsrc

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
)

// DecodeRuneHelper is the runner's utf8.DecodeRuneInString, which the
// lowered ranges over strings call.
const DecodeRuneHelper = "DecodeRune"

// yaegi v0.16.1 ranges over a string by converting it to []rune and gives
// the key as the rune's position in that slice: `for i := range "héllo"`
// counted 0 1 2 3 4 where Go says the byte offsets 0 1 3 4 5, and with a
// value it re-encodes each rune to find the offset, so an invalid byte
// (one byte, U+FFFD) moved the offsets by three. lowerRangeStrings writes
// a range over a string whose key is used as the loop Go defines it:
//
//	for i, r := range s { body }
//	→ {
//		__gogil_rs1 := s
//		for __gogil_ri1, __gogil_rw1 := 0, 0; __gogil_ri1 < len(__gogil_rs1); __gogil_ri1 += __gogil_rw1 {
//			var __gogil_rr1 rune
//			__gogil_rr1, __gogil_rw1 = __gogil.DecodeRune(string(__gogil_rs1[__gogil_ri1:]))
//			i := __gogil_ri1
//			r := __gogil_rr1
//			{ body }
//		}
//	}
//
// A range without a key (or with _) is left to yaegi, which counts and
// decodes right.
func lowerRangeStrings(f *File, opts Options) {
	if !hasKeyedRange(f.AST) {
		return
	}
	t := f.types(opts)
	if t == nil || t.Info == nil {
		return
	}
	loops := 0
	replaceStmts(f.AST, true, func(st ast.Stmt) ast.Stmt {
		var label *ast.LabeledStmt
		if l, ok := st.(*ast.LabeledStmt); ok {
			label, st = l, l.Stmt
		}
		r, ok := st.(*ast.RangeStmt)
		if !ok || r.Key == nil || isBlank(r.Key) {
			return nil
		}
		tv, ok := t.Info.Types[r.X]
		if !ok || tv.Type == nil {
			return nil
		}
		if b, ok := tv.Type.Underlying().(*types.Basic); !ok || b.Info()&types.IsString == 0 {
			return nil
		}
		loops++
		return lowerRangeString(r, label, strconv.Itoa(loops))
	})
}

// hasKeyedRange is the cheap syntactic test: a range with a key.
func hasKeyedRange(file *ast.File) bool {
	found := false
	ast.Inspect(file, func(n ast.Node) bool {
		if r, ok := n.(*ast.RangeStmt); ok && r.Key != nil && !isBlank(r.Key) {
			found = true
		}
		return !found
	})
	return found
}

func lowerRangeString(r *ast.RangeStmt, label *ast.LabeledStmt, suffix string) ast.Stmt {
	pos := r.For
	id := func(name string) *ast.Ident { return &ast.Ident{NamePos: pos, Name: name} }
	str, at, width, char := "__gogil_rs"+suffix, "__gogil_ri"+suffix, "__gogil_rw"+suffix, "__gogil_rr"+suffix
	decode := &ast.CallExpr{
		Fun:    &ast.SelectorExpr{X: id(RuntimeAlias), Sel: id(DecodeRuneHelper)},
		Lparen: pos,
		Args:   []ast.Expr{&ast.CallExpr{Fun: id("string"), Lparen: pos, Args: []ast.Expr{&ast.SliceExpr{X: id(str), Lbrack: pos, Low: id(at), Rbrack: pos}}, Rparen: pos}},
		Rparen: pos,
	}
	body := &ast.BlockStmt{Lbrace: r.Body.Lbrace, Rbrace: r.Body.Rbrace}
	withValue := r.Value != nil && !isBlank(r.Value)
	if withValue {
		body.List = append(body.List,
			&ast.DeclStmt{Decl: &ast.GenDecl{TokPos: pos, Tok: token.VAR, Specs: []ast.Spec{&ast.ValueSpec{Names: []*ast.Ident{id(char)}, Type: id("rune")}}}},
			&ast.AssignStmt{Lhs: []ast.Expr{id(char), id(width)}, TokPos: pos, Tok: token.ASSIGN, Rhs: []ast.Expr{decode}})
	} else {
		body.List = append(body.List, &ast.AssignStmt{Lhs: []ast.Expr{id("_"), id(width)}, TokPos: pos, Tok: token.ASSIGN, Rhs: []ast.Expr{decode}})
	}
	bind := func(lhs ast.Expr, from string) {
		if r.Tok == token.DEFINE {
			name := lhs.(*ast.Ident).Name
			body.List = append(body.List,
				&ast.AssignStmt{Lhs: []ast.Expr{id(name)}, TokPos: pos, Tok: token.DEFINE, Rhs: []ast.Expr{id(from)}},
				&ast.AssignStmt{Lhs: []ast.Expr{id("_")}, TokPos: pos, Tok: token.ASSIGN, Rhs: []ast.Expr{id(name)}})
			return
		}
		body.List = append(body.List, &ast.AssignStmt{Lhs: []ast.Expr{lhs}, TokPos: pos, Tok: token.ASSIGN, Rhs: []ast.Expr{id(from)}})
	}
	bind(r.Key, at)
	if withValue {
		bind(r.Value, char)
	}
	body.List = append(body.List, r.Body) // its own block: the body may declare another i
	zero := func() ast.Expr { return &ast.BasicLit{ValuePos: pos, Kind: token.INT, Value: "0"} }
	var loop ast.Stmt = &ast.ForStmt{
		For:  pos,
		Init: &ast.AssignStmt{Lhs: []ast.Expr{id(at), id(width)}, TokPos: pos, Tok: token.DEFINE, Rhs: []ast.Expr{zero(), zero()}},
		Cond: &ast.BinaryExpr{X: id(at), OpPos: pos, Op: token.LSS, Y: &ast.CallExpr{Fun: id("len"), Lparen: pos, Args: []ast.Expr{id(str)}, Rparen: pos}},
		Post: &ast.AssignStmt{Lhs: []ast.Expr{id(at)}, TokPos: pos, Tok: token.ADD_ASSIGN, Rhs: []ast.Expr{id(width)}},
		Body: body,
	}
	if label != nil {
		label.Stmt = loop
		loop = label
	}
	return &ast.BlockStmt{Lbrace: pos, List: []ast.Stmt{
		&ast.AssignStmt{Lhs: []ast.Expr{id(str)}, TokPos: pos, Tok: token.DEFINE, Rhs: []ast.Expr{r.X}},
		loop,
	}, Rbrace: r.Body.Rbrace}
}
