package cellsrc

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
)

// Hidden names of the lowered range over an integer, numbered by loop in
// the part: a nested loop must not reuse its outer loop's, for yaegi makes
// the := of a cell's top-level statements globals, blocks or not, so that
// shadowing would share one counter.
const (
	rangeBound   = "__gogil_n"
	rangeCounter = "__gogil_k"
)

// RewriteRangeInt lowers every `for i := range n` (and `for range n`,
// `for i = range n`) in file whose n is certainly an integer into the
// three-clause loop yaegi runs (it fails on the range with "nil type"):
//
//	{
//		__gogil_n := n
//		for __gogil_k := __gogil_n - __gogil_n; __gogil_k < __gogil_n; __gogil_k++ {
//			i := __gogil_k
//			{ body }
//		}
//	}
//
// which keeps Go's rules: n is evaluated once; the counter has n's type (int
// for an untyped constant, the variable's type in the assignment form);
// each iteration has its own i, and the body may change i, or declare
// another, without changing the count; a label stays on the for statement.
//
// Whether n is an integer is a question of types, so the file is
// type-checked alone: a name the cell does not declare (an earlier cell's
// variable, an import) has no type then, and its range is left as it is,
// to fail in the interpreter rather than be lowered wrongly into a loop
// over a slice's or a map's length. Only len, cap and conversions to an
// integer type give an integer whatever their operand.
func RewriteRangeInt(fset *token.FileSet, file *ast.File) {
	if !hasKeyOnlyRange(file) {
		return // the common cell pays no type-check
	}
	info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}, Uses: map[*ast.Ident]types.Object{}}
	if !typeCheck(fset, file, info) {
		return
	}
	lowerRangesInt(file, info)
}

// rewriteRangeInt is the pass: the part's types come from the runner's
// world when it has one (an operand declared by an earlier part or cell is
// typed then), else from the part alone.
func rewriteRangeInt(f *File, opts Options) {
	if !hasKeyOnlyRange(f.AST) {
		return
	}
	// The part alone first: most ranges are over what the part declares.
	info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}, Uses: map[*ast.Ident]types.Object{}}
	if !f.typed && typeCheck(f.fset, f.AST, info) && allRangesTyped(f.AST, info) {
		lowerRangesInt(f.AST, info)
		return
	}
	if t := f.types(opts); t != nil {
		lowerRangesInt(f.AST, t.Info)
		return
	}
	lowerRangesInt(f.AST, info)
}

// allRangesTyped: the type of every key-only range's operand is known.
func allRangesTyped(file *ast.File, info *types.Info) bool {
	typed := true
	ast.Inspect(file, func(n ast.Node) bool {
		if r, ok := n.(*ast.RangeStmt); ok && r.Value == nil {
			tv, found := info.Types[r.X]
			if !found || tv.Type == nil || tv.Type == types.Typ[types.Invalid] {
				typed = false
			}
			if b, basic := tv.Type.(*types.Basic); basic && b.Info()&types.IsUntyped != 0 && r.Tok == token.ASSIGN {
				typed = false // `k = range 5`: the type is k's, maybe another part's
			}
		}
		return typed
	})
	return typed
}

func lowerRangesInt(file *ast.File, info *types.Info) {
	loops := 0
	replaceStmts(file, true, func(st ast.Stmt) ast.Stmt {
		var label *ast.LabeledStmt
		if l, ok := st.(*ast.LabeledStmt); ok {
			label, st = l, l.Stmt
		}
		r, ok := st.(*ast.RangeStmt)
		if !ok || r.Value != nil {
			return nil
		}
		conversion, ok := integerType(info, r.X)
		if !ok {
			return nil
		}
		if conversion != nil && conversion.Info()&types.IsUntyped != 0 {
			// `k = range 5` with k from another part: k's type, which n
			// takes, is unknown here.
			return nil
		}
		loops++
		return lowerRangeInt(r, label, conversion, strconv.Itoa(loops))
	})
}

// typeCheck fills info as far as the file alone allows; errors only leave
// types out. A panic of the checker (on an AST an earlier rewrite built,
// say) lowers nothing rather than take the kernel down.
func typeCheck(fset *token.FileSet, file *ast.File, info *types.Info) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	conf := types.Config{Error: func(error) {}, Importer: noImports{}}
	_, _ = conf.Check("main", fset, []*ast.File{file}, info)
	return true
}

func hasKeyOnlyRange(file *ast.File) bool {
	found := false
	ast.Inspect(file, func(n ast.Node) bool {
		if r, ok := n.(*ast.RangeStmt); ok && r.Value == nil {
			found = true
		}
		return !found
	})
	return found
}

// noImports leaves every import of the checked file unresolved: the
// interpreter's packages are not the toolchain's, and nothing lowered
// depends on them.
type noImports struct{}

func (noImports) Import(path string) (*types.Package, error) {
	return nil, errNoImports
}

var errNoImports = &types.Error{Msg: "imports are not resolved here"}

// integerType reports whether x is certainly an integer and, for a
// constant, the basic type it must be converted to: the type-checker gives
// an untyped constant the type of its iteration values (int, or the
// variable's in the assignment form), which `__gogil_n := 10` would not.
func integerType(info *types.Info, x ast.Expr) (conversion *types.Basic, ok bool) {
	if tv, found := info.Types[x]; found && tv.Type != nil {
		b, isBasic := tv.Type.Underlying().(*types.Basic)
		if !isBasic || b.Info()&types.IsInteger == 0 {
			return nil, false
		}
		if basic, named := tv.Type.(*types.Basic); tv.Value != nil && named {
			return basic, true
		}
		return nil, true
	}
	// The operand may be unknown (an earlier cell's); these results are not.
	call, isCall := ast.Unparen(x).(*ast.CallExpr)
	if !isCall {
		return nil, false
	}
	if isBuiltin(info, call.Fun, "len", "cap") {
		return nil, true
	}
	if tv, found := info.Types[call.Fun]; found && tv.IsType() {
		if b, isBasic := tv.Type.Underlying().(*types.Basic); isBasic && b.Info()&types.IsInteger != 0 {
			return nil, true
		}
	}
	return nil, false
}

// lowerRangeInt writes the loop; label, if any, labelled the range;
// conversion, if any, gives a constant n its type.
func lowerRangeInt(r *ast.RangeStmt, label *ast.LabeledStmt, conversion *types.Basic, suffix string) ast.Stmt {
	rangeBound, rangeCounter := rangeBound+suffix, rangeCounter+suffix
	pos := r.For
	id := func(name string) *ast.Ident { return &ast.Ident{NamePos: pos, Name: name} }
	key, isIdent := r.Key.(*ast.Ident)
	if isIdent && key.Name == "_" {
		key = nil
	}
	n := r.X
	if conversion != nil {
		n = &ast.CallExpr{Fun: id(conversion.Name()), Lparen: pos, Args: []ast.Expr{r.X}, Rparen: pos}
	}
	body := &ast.BlockStmt{Lbrace: r.Body.Lbrace, Rbrace: r.Body.Rbrace}
	switch {
	case r.Key == nil || isIdent && key == nil:
	case r.Tok == token.DEFINE:
		body.List = append(body.List,
			&ast.AssignStmt{Lhs: []ast.Expr{id(key.Name)}, TokPos: pos, Tok: token.DEFINE, Rhs: []ast.Expr{id(rangeCounter)}},
			&ast.AssignStmt{Lhs: []ast.Expr{id("_")}, TokPos: pos, Tok: token.ASSIGN, Rhs: []ast.Expr{id(key.Name)}})
	default: // assignment to any addressable expression, once per iteration
		body.List = append(body.List, &ast.AssignStmt{Lhs: []ast.Expr{r.Key}, TokPos: pos, Tok: token.ASSIGN, Rhs: []ast.Expr{id(rangeCounter)}})
	}
	body.List = append(body.List, r.Body) // its own block: the body may declare another i
	var loop ast.Stmt = &ast.ForStmt{
		For:  pos,
		Init: &ast.AssignStmt{Lhs: []ast.Expr{id(rangeCounter)}, TokPos: pos, Tok: token.DEFINE, Rhs: []ast.Expr{&ast.BinaryExpr{X: id(rangeBound), OpPos: pos, Op: token.SUB, Y: id(rangeBound)}}},
		Cond: &ast.BinaryExpr{X: id(rangeCounter), OpPos: pos, Op: token.LSS, Y: id(rangeBound)},
		Post: &ast.IncDecStmt{X: id(rangeCounter), TokPos: pos, Tok: token.INC},
		Body: body,
	}
	if label != nil {
		label.Stmt = loop
		loop = label
	}
	return &ast.BlockStmt{Lbrace: pos, List: []ast.Stmt{
		&ast.AssignStmt{Lhs: []ast.Expr{id(rangeBound)}, TokPos: pos, Tok: token.DEFINE, Rhs: []ast.Expr{n}},
		loop,
	}, Rbrace: r.Body.Rbrace}
}
