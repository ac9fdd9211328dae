package cellsrc

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
)

// The interpreter cannot range over a function (Go 1.23), but it can call
// one with a function literal. A range over a function, typed by go/types,
// becomes that call:
//
//	L: for k, v := range seq { body }
//	→ {
//		__gogil_rf1_live := true
//		__gogil_rf1_next := 0
//		var __gogil_rf1_r0 T   // one per result of the enclosing function
//		seq(func(k K, v V) bool {
//			if !__gogil_rf1_live { panic(...) }
//			{ body }
//			return true
//		})
//		__gogil_rf1_live = false
//		if __gogil_rf1_next == -1 { return __gogil_rf1_r0 }
//		if __gogil_rf1_next == 1 { break Outer }
//	}
//
// In the body, continue (of this loop) becomes return true and break
// return false; a return, a break or continue of an enclosing loop, or a
// goto to a label outside the body stores what to do in __gogil_rf1_next (and the results) and returns
// false, and the code after the call does it. Each iteration gets its own
// k and v, the literal's parameters, as in Go. The live flag makes a call
// of yield after the loop ended panic, as Go does. Loops nested in the
// body are lowered first, so what they carry out is a branch or a return
// of the body around them, which that loop's lowering carries on.
const rangeFuncPrefix = "__gogil_rf"

// rangeFuncLoop is a range over a function found by the typed pass, with
// the types of its yield's parameters as the cell's code names them.
type rangeFuncLoop struct {
	yield      []ast.Expr
	yieldTypes []types.Type // of yield's parameters, for the targets a range assigns
}

// planRangeFunc records a range over a function for lowerRangeFuncs.
func (l *typedLowering) planRangeFunc(n *ast.RangeStmt, sig *types.Signature) {
	yieldSig, ok := yieldOf(sig)
	if !ok {
		l.fail(n, "range over %s: gogil can only range over a function of the form func(yield func(...) bool)", types.TypeString(sig, nil))
		return
	}
	loop := &rangeFuncLoop{}
	for i := range yieldSig.Params().Len() {
		loop.yield = append(loop.yield, l.typeExpr(n, yieldSig.Params().At(i).Type()))
		loop.yieldTypes = append(loop.yieldTypes, yieldSig.Params().At(i).Type())
	}
	if l.rangeFuncs == nil {
		l.rangeFuncs = map[*ast.RangeStmt]*rangeFuncLoop{}
	}
	l.rangeFuncs[n] = loop
}

func yieldOf(sig *types.Signature) (*types.Signature, bool) {
	if sig.Params().Len() != 1 || sig.Results().Len() != 0 {
		return nil, false
	}
	y, ok := sig.Params().At(0).Type().Underlying().(*types.Signature)
	if !ok || y.Params().Len() > 2 || y.Results().Len() != 1 {
		return nil, false
	}
	if b, ok := y.Results().At(0).Type().Underlying().(*types.Basic); !ok || b.Kind() != types.Bool {
		return nil, false
	}
	return y, true
}

// lowerRangeFuncs rewrites the planned loops, innermost first.
func (l *typedLowering) lowerRangeFuncs() {
	if len(l.rangeFuncs) == 0 {
		return
	}
	l.walkRangeFuncs(l.f.AST, nil)
}

// walkRangeFuncs lowers the planned loops under n, whose enclosing
// function has type fn (nil outside any).
func (l *typedLowering) walkRangeFuncs(n ast.Node, fn *ast.FuncType) {
	ast.Inspect(n, func(x ast.Node) bool {
		switch x := x.(type) {
		case *ast.FuncDecl:
			if x.Body != nil {
				l.walkRangeFuncs(x.Body, x.Type)
			}
			return false
		case *ast.FuncLit:
			l.walkRangeFuncs(x.Body, x.Type)
			return false
		case *ast.BlockStmt:
			x.List = l.rangeFuncList(x.List, fn)
			return false
		case *ast.CaseClause:
			for _, e := range x.List {
				l.walkRangeFuncs(e, fn)
			}
			x.Body = l.rangeFuncList(x.Body, fn)
			return false
		case *ast.CommClause:
			if x.Comm != nil {
				l.walkRangeFuncs(x.Comm, fn)
			}
			x.Body = l.rangeFuncList(x.Body, fn)
			return false
		}
		return true
	})
}

func (l *typedLowering) rangeFuncList(list []ast.Stmt, fn *ast.FuncType) []ast.Stmt {
	for i, s := range list {
		label := ""
		target := s
		if ls, ok := s.(*ast.LabeledStmt); ok {
			label, target = ls.Label.Name, ls.Stmt
		}
		rs, ok := target.(*ast.RangeStmt)
		loop := l.rangeFuncs[rs]
		if !ok || loop == nil {
			l.walkRangeFuncs(s, fn)
			continue
		}
		l.walkRangeFuncs(rs.Body, fn)
		l.walkRangeFuncs(rs.X, fn)
		list[i] = l.rangeFuncBlock(rs, loop, label, fn)
	}
	return list
}

// rangeFuncLowering is the state of one loop's lowering.
type rangeFuncLowering struct {
	l       *typedLowering
	label   string
	fn      *ast.FuncType
	live    string
	next    string
	results []string       // hidden result variables, when a return needs them
	exits   map[string]int // "break L" / "continue L" of enclosing loops -> code
	order   []string
	bare    bool // a bare return
	valued  bool // a return with values
	// bodyLabels are the labels the body declares, which a goto in it may
	// name.
	bodyLabels map[string]bool
	// defers names the list the body's deferred calls are kept in (see
	// rangefuncdefer.go); empty when the body defers nothing.
	defers string
	temps  int
}

func labelsIn(body *ast.BlockStmt) map[string]bool {
	labels := map[string]bool{}
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.LabeledStmt:
			labels[n.Label.Name] = true
		}
		return true
	})
	return labels
}

func (l *typedLowering) rangeFuncBlock(rs *ast.RangeStmt, loop *rangeFuncLoop, label string, fn *ast.FuncType) ast.Stmt {
	l.rangeFuncCount++
	prefix := rangeFuncPrefix + strconv.Itoa(l.rangeFuncCount) + "_"
	r := &rangeFuncLowering{l: l, label: label, fn: fn, live: prefix + "live", next: prefix + "next", exits: map[string]int{}}
	if fn != nil && fn.Results != nil {
		for i := range fieldCount(fn.Results) {
			r.results = append(r.results, prefix+"r"+strconv.Itoa(i))
		}
	}

	// The literal's parameters: the loop's variables when it declares
	// them, otherwise hidden ones assigned to the loop's expressions.
	vars := []ast.Expr{rs.Key, rs.Value}
	var params []*ast.Field
	var assignL, assignR []ast.Expr
	for i, t := range loop.yield {
		name := "_"
		if i < len(vars) && vars[i] != nil {
			if id, ok := vars[i].(*ast.Ident); ok && rs.Tok == token.DEFINE {
				name = id.Name
			} else if rs.Tok == token.ASSIGN && !isBlank(vars[i]) {
				name = prefix + "p" + strconv.Itoa(i)
				assignL = append(assignL, vars[i])
				// The copies' pass, after this one, cannot type the
				// parameter: an element given to an interface target is
				// converted here (ifacecopy.go).
				assignR = append(assignR, l.rangeConversion(vars[i], &ast.Ident{NamePos: rs.For, Name: name}, loop.yieldTypes[i]))
			}
		}
		params = append(params, &ast.Field{Names: []*ast.Ident{{NamePos: rs.For, Name: name}}, Type: t})
	}

	r.bodyLabels = labelsIn(rs.Body)
	body := r.stmts(rs.Body.List, false, false, map[string]bool{})
	var litBody []ast.Stmt
	litBody = append(litBody, &ast.IfStmt{
		Cond: &ast.UnaryExpr{Op: token.NOT, X: ast.NewIdent(r.live)},
		Body: &ast.BlockStmt{List: []ast.Stmt{&ast.ExprStmt{X: &ast.CallExpr{
			Fun:  ast.NewIdent("panic"),
			Args: []ast.Expr{&ast.BasicLit{Kind: token.STRING, Value: strconv.Quote("runtime error: range function continued iteration after function for loop body returned false")}},
		}}}},
	})
	if len(assignL) > 0 {
		litBody = append(litBody, &ast.AssignStmt{Lhs: assignL, Tok: token.ASSIGN, Rhs: assignR})
	}
	litBody = append(litBody, &ast.BlockStmt{Lbrace: rs.Body.Lbrace, List: body, Rbrace: rs.Body.Rbrace})
	litBody = append(litBody, &ast.ReturnStmt{Results: []ast.Expr{ast.NewIdent("true")}})

	lit := &ast.FuncLit{
		Type: &ast.FuncType{Func: rs.For, Params: &ast.FieldList{List: params}, Results: &ast.FieldList{List: []*ast.Field{{Type: ast.NewIdent("bool")}}}},
		Body: &ast.BlockStmt{Lbrace: rs.Body.Lbrace, List: litBody, Rbrace: rs.Body.Rbrace},
	}
	out := []ast.Stmt{define(r.live, ast.NewIdent("true"))}
	if r.defers != "" {
		out = append(r.deferRunner(), out...)
	}
	if len(r.order) > 0 || r.bare || r.valued {
		out = append(out, define(r.next, &ast.BasicLit{Kind: token.INT, Value: "0"}))
	}
	if r.valued {
		i := 0
		for _, f := range r.fn.Results.List {
			for range max(1, len(f.Names)) {
				out = append(out, &ast.DeclStmt{Decl: &ast.GenDecl{Tok: token.VAR, Specs: []ast.Spec{
					&ast.ValueSpec{Names: []*ast.Ident{ast.NewIdent(r.results[i])}, Type: f.Type},
				}}})
				i++
			}
		}
	}
	out = append(out,
		&ast.ExprStmt{X: &ast.CallExpr{Fun: rs.X, Lparen: rs.For, Args: []ast.Expr{lit}, Rparen: rs.Body.Rbrace}},
		&ast.AssignStmt{Lhs: []ast.Expr{ast.NewIdent(r.live)}, Tok: token.ASSIGN, Rhs: []ast.Expr{ast.NewIdent("false")}},
	)
	if r.valued {
		var res []ast.Expr
		for _, name := range r.results {
			res = append(res, ast.NewIdent(name))
		}
		out = append(out, r.onNext(-1, &ast.ReturnStmt{Results: res}))
	}
	if r.bare {
		out = append(out, r.onNext(-2, &ast.ReturnStmt{}))
	}
	for _, key := range r.order {
		tok, label := token.BREAK, key[len("break "):]
		switch key[0] {
		case 'c':
			tok, label = token.CONTINUE, key[len("continue "):]
		case 'g':
			tok, label = token.GOTO, key[len("goto "):]
		}
		out = append(out, r.onNext(r.exits[key], &ast.BranchStmt{Tok: tok, Label: ast.NewIdent(label)}))
	}
	return &ast.BlockStmt{Lbrace: rs.For, List: out, Rbrace: rs.Body.Rbrace}
}

func define(name string, value ast.Expr) ast.Stmt {
	return &ast.AssignStmt{Lhs: []ast.Expr{ast.NewIdent(name)}, Tok: token.DEFINE, Rhs: []ast.Expr{value}}
}

func fieldCount(fl *ast.FieldList) int {
	n := 0
	for _, f := range fl.List {
		n += max(1, len(f.Names))
	}
	return n
}

func intLit(n int) ast.Expr {
	if n < 0 {
		return &ast.UnaryExpr{Op: token.SUB, X: &ast.BasicLit{Kind: token.INT, Value: strconv.Itoa(-n)}}
	}
	return &ast.BasicLit{Kind: token.INT, Value: strconv.Itoa(n)}
}

func (r *rangeFuncLowering) onNext(code int, then ast.Stmt) ast.Stmt {
	return &ast.IfStmt{
		Cond: &ast.BinaryExpr{X: ast.NewIdent(r.next), Op: token.EQL, Y: intLit(code)},
		Body: &ast.BlockStmt{List: []ast.Stmt{then}},
	}
}

// stop ends the body's call for good: the loop is over.
func (r *rangeFuncLowering) stop(before ...ast.Stmt) ast.Stmt {
	list := append(before,
		&ast.AssignStmt{Lhs: []ast.Expr{ast.NewIdent(r.live)}, Tok: token.ASSIGN, Rhs: []ast.Expr{ast.NewIdent("false")}},
		&ast.ReturnStmt{Results: []ast.Expr{ast.NewIdent("false")}},
	)
	return &ast.BlockStmt{List: list}
}

func (r *rangeFuncLowering) setNext(code int) ast.Stmt {
	return &ast.AssignStmt{Lhs: []ast.Expr{ast.NewIdent(r.next)}, Tok: token.ASSIGN, Rhs: []ast.Expr{intLit(code)}}
}

// stmts rewrites the branches and returns of a statement list of the
// body: inLoop and inBreakable say whether an unlabelled continue or break
// there belongs to a statement of the body; labels are those the body
// declares around it.
func (r *rangeFuncLowering) stmts(list []ast.Stmt, inLoop, inBreakable bool, labels map[string]bool) []ast.Stmt {
	for i, s := range list {
		list[i] = r.stmt(s, inLoop, inBreakable, labels)
	}
	return list
}

func (r *rangeFuncLowering) block(b *ast.BlockStmt, inLoop, inBreakable bool, labels map[string]bool) {
	if b != nil {
		b.List = r.stmts(b.List, inLoop, inBreakable, labels)
	}
}

func (r *rangeFuncLowering) stmt(s ast.Stmt, inLoop, inBreakable bool, labels map[string]bool) ast.Stmt {
	switch s := s.(type) {
	case *ast.BlockStmt:
		r.block(s, inLoop, inBreakable, labels)
	case *ast.LabeledStmt:
		inner := copyLabels(labels)
		inner[s.Label.Name] = true
		s.Stmt = r.stmt(s.Stmt, inLoop, inBreakable, inner)
	case *ast.IfStmt:
		r.block(s.Body, inLoop, inBreakable, labels)
		if s.Else != nil {
			s.Else = r.stmt(s.Else, inLoop, inBreakable, labels)
		}
	case *ast.ForStmt:
		r.block(s.Body, true, true, labels)
	case *ast.RangeStmt:
		r.block(s.Body, true, true, labels)
	case *ast.SwitchStmt:
		r.clauses(s.Body, inLoop, labels)
	case *ast.TypeSwitchStmt:
		r.clauses(s.Body, inLoop, labels)
	case *ast.SelectStmt:
		r.clauses(s.Body, inLoop, labels)
	case *ast.DeferStmt:
		return r.deferCall(s)
	case *ast.ReturnStmt:
		return r.ret(s)
	case *ast.BranchStmt:
		return r.branch(s, inLoop, inBreakable, labels)
	}
	return s
}

func (r *rangeFuncLowering) clauses(body *ast.BlockStmt, inLoop bool, labels map[string]bool) {
	for _, c := range body.List {
		switch c := c.(type) {
		case *ast.CaseClause:
			c.Body = r.stmts(c.Body, inLoop, true, labels)
		case *ast.CommClause:
			c.Body = r.stmts(c.Body, inLoop, true, labels)
		}
	}
}

func copyLabels(m map[string]bool) map[string]bool {
	out := make(map[string]bool, len(m)+1)
	for k, v := range m {
		out[k] = v
	}
	return out
}

func (r *rangeFuncLowering) ret(s *ast.ReturnStmt) ast.Stmt {
	if r.fn == nil {
		return s // the statements of a cell refuse a return elsewhere
	}
	if len(s.Results) == 0 {
		r.bare = true
		return r.stop(r.setNext(-2))
	}
	r.valued = true
	lhs := make([]ast.Expr, len(r.results))
	for i, name := range r.results {
		lhs[i] = ast.NewIdent(name)
	}
	return r.stop(&ast.AssignStmt{Lhs: lhs, TokPos: s.Return, Tok: token.ASSIGN, Rhs: s.Results}, r.setNext(-1))
}

func (r *rangeFuncLowering) branch(s *ast.BranchStmt, inLoop, inBreakable bool, labels map[string]bool) ast.Stmt {
	label := ""
	if s.Label != nil {
		label = s.Label.Name
		if labels[label] {
			return s
		}
	}
	own := label == "" || label == r.label
	switch s.Tok {
	case token.BREAK:
		if label == "" && inBreakable {
			return s
		}
		if own {
			return r.stop()
		}
	case token.CONTINUE:
		if label == "" && inLoop {
			return s
		}
		if own {
			return &ast.ReturnStmt{Return: s.TokPos, Results: []ast.Expr{ast.NewIdent("true")}}
		}
	case token.GOTO:
		if r.bodyLabels[label] {
			return s
		}
		// Out of the body: carried out after the call like a break of an
		// enclosing loop. The goto after the call leaves the same blocks
		// the one in the body did (the loop's block is the call's), so Go's
		// rules for it hold there when they held here.
	default:
		return s
	}
	key := fmt.Sprintf("%s %s", s.Tok, label)
	code, ok := r.exits[key]
	if !ok {
		code = len(r.exits) + 1
		r.exits[key] = code
		r.order = append(r.order, key)
	}
	return r.stop(r.setNext(code))
}
