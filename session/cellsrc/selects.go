package cellsrc

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"

	"github.com/gogil/gogil/cellio"
)

// Names of the runner's select helpers (session/selects.go).
const (
	SelectHelper     = "Select"
	SelectRecvHelper = "SelectRecv"
	SelectSendHelper = "SelectSend"
)

// yaegi v0.16.1 keeps one array of cases per select statement, which each
// run fills in before it waits: goroutines running the same select at once
// race on it, and one may wait on another's channels (for ever, or for the
// other's value), silently. lowerSelects writes each select with at least
// one communication as a call of the runner's Select over cases of the
// caller's own, then a switch on the case chosen:
//
//	select {                    {
//	case v := <-in:                 __gogil_slNc0 := in
//		use(v)                      var __gogil_slNr0 T
//	case out <- x:                  __gogil_slNc1 := out
//		sent()                      var __gogil_slNs1 U = x
//	default:                        __gogil_slNi, __gogil_slNok := __gogil.Select(true,
//		idle()                          __gogil.SelectRecv(__gogil_slNc0, &__gogil_slNr0),
//	}                                   __gogil.SelectSend(__gogil_slNc1, &__gogil_slNs1))
//	                                _ = __gogil_slNok
//	                                switch __gogil_slNi {
//	                                case 0:
//	                                    v := __gogil_slNr0
//	                                    use(v)
//	                                case 1:
//	                                    sent()
//	                                case -1:
//	                                    idle()
//	                                }
//	                            }
//
// The channels and the values sent are evaluated once, in source order, on
// entering, and a receive's variables are assigned only in its own case,
// as Go does; a break in a case leaves the switch as it left the select,
// and the select's label moves to the switch. Values pass through
// variables of the channel's element type, which go/types names; a select
// whose element types the code cannot name is left to the interpreter.
func lowerSelects(f *File, opts Options) *cellio.Error {
	found := false
	ast.Inspect(f.AST, func(n ast.Node) bool {
		if s, ok := n.(*ast.SelectStmt); ok && len(s.Body.List) > 0 {
			found = true
		}
		return !found
	})
	if !found {
		return nil
	}
	l := f.typedLowering(opts)
	if l == nil {
		return nil
	}
	// A select under a label is rewritten with its label, from the
	// labeled statement.
	labeled := map[*ast.SelectStmt]bool{}
	ast.Inspect(f.AST, func(n ast.Node) bool {
		if ls, ok := n.(*ast.LabeledStmt); ok {
			if s, ok := ls.Stmt.(*ast.SelectStmt); ok {
				labeled[s] = true
			}
		}
		return true
	})
	count := 0
	replaceStmts(f.AST, true, func(st ast.Stmt) ast.Stmt {
		var label *ast.Ident
		sel, ok := st.(*ast.SelectStmt)
		if ls, isLabeled := st.(*ast.LabeledStmt); isLabeled {
			sel, ok = ls.Stmt.(*ast.SelectStmt)
			label = ls.Label
		} else if ok && labeled[sel] {
			return nil
		}
		if !ok || len(sel.Body.List) == 0 {
			return nil
		}
		count++
		out := l.selectCall(sel, label, "__gogil_sl"+strconv.Itoa(f.base)+"_"+strconv.Itoa(count)+"_")
		if out == nil {
			return nil
		}
		return out
	})
	return l.err
}

// selectCall is sel as a call of the runner's Select and a switch (see
// lowerSelects); nil when an element type cannot be written.
func (l *typedLowering) selectCall(sel *ast.SelectStmt, label *ast.Ident, prefix string) ast.Stmt {
	pos := sel.Pos()
	id := func(name string) *ast.Ident { return &ast.Ident{NamePos: pos, Name: name} }
	define := func(name string, x ast.Expr) ast.Stmt {
		return &ast.AssignStmt{Lhs: []ast.Expr{id(name)}, TokPos: pos, Tok: token.DEFINE, Rhs: []ast.Expr{x}}
	}
	declare := func(name string, t ast.Expr, value ast.Expr) ast.Stmt {
		spec := &ast.ValueSpec{Names: []*ast.Ident{id(name)}, Type: t}
		if value != nil {
			spec.Values = []ast.Expr{value}
		}
		return &ast.DeclStmt{Decl: &ast.GenDecl{TokPos: pos, Tok: token.VAR, Specs: []ast.Spec{spec}}}
	}
	// elem writes the element type of the channel ch.
	elem := func(ch ast.Expr) ast.Expr {
		tv, ok := l.t.Info.Types[ch]
		if !ok || tv.Type == nil {
			return nil
		}
		c, ok := tv.Type.Underlying().(*types.Chan)
		if !ok || mentionsLocalType(c.Elem(), map[types.Type]bool{}) {
			return nil
		}
		x, ok := l.nameType(ch, c.Elem())
		if !ok {
			return nil
		}
		return x
	}
	index, recvOK := prefix+"i", prefix+"ok"
	var before []ast.Stmt
	args := []ast.Expr{id("false")}
	var clauses []ast.Stmt
	for i, c := range sel.Body.List {
		cc := c.(*ast.CommClause)
		n := strconv.Itoa(i)
		body := cc.Body
		caseValue := ast.Expr(&ast.BasicLit{ValuePos: cc.Case, Kind: token.INT, Value: n})
		switch comm := cc.Comm.(type) {
		case nil:
			args[0] = id("true")
			caseValue = &ast.UnaryExpr{OpPos: cc.Case, Op: token.SUB, X: &ast.BasicLit{ValuePos: cc.Case, Kind: token.INT, Value: "1"}}
		case *ast.SendStmt:
			t := elem(comm.Chan)
			if t == nil {
				return nil
			}
			before = append(before, define(prefix+"c"+n, comm.Chan), declare(prefix+"s"+n, t, comm.Value))
			args = append(args, helperCall(pos, SelectSendHelper, id(prefix+"c"+n), &ast.UnaryExpr{OpPos: pos, Op: token.AND, X: id(prefix + "s" + n)}))
		case *ast.ExprStmt:
			recv, ok := ast.Unparen(comm.X).(*ast.UnaryExpr)
			if !ok || recv.Op != token.ARROW {
				return nil
			}
			before = append(before, define(prefix+"c"+n, recv.X))
			args = append(args, helperCall(pos, SelectRecvHelper, id(prefix+"c"+n), id("nil")))
		case *ast.AssignStmt:
			if len(comm.Rhs) != 1 || len(comm.Lhs) == 0 || len(comm.Lhs) > 2 {
				return nil
			}
			recv, ok := ast.Unparen(comm.Rhs[0]).(*ast.UnaryExpr)
			if !ok || recv.Op != token.ARROW {
				return nil
			}
			t := elem(recv.X)
			if t == nil {
				return nil
			}
			before = append(before, define(prefix+"c"+n, recv.X), declare(prefix+"r"+n, t, nil))
			args = append(args, helperCall(pos, SelectRecvHelper, id(prefix+"c"+n), &ast.UnaryExpr{OpPos: pos, Op: token.AND, X: id(prefix + "r" + n)}))
			rhs := []ast.Expr{id(prefix + "r" + n)}
			if len(comm.Lhs) == 2 {
				rhs = append(rhs, id(recvOK))
			}
			assign := &ast.AssignStmt{Lhs: comm.Lhs, TokPos: comm.TokPos, Tok: comm.Tok, Rhs: rhs}
			body = append([]ast.Stmt{assign}, body...)
		default:
			return nil
		}
		clauses = append(clauses, &ast.CaseClause{Case: cc.Case, List: []ast.Expr{caseValue}, Colon: cc.Colon, Body: body})
	}
	call := &ast.AssignStmt{Lhs: []ast.Expr{id(index), id(recvOK)}, TokPos: pos, Tok: token.DEFINE, Rhs: []ast.Expr{helperCall(pos, SelectHelper, args...)}}
	used := &ast.AssignStmt{Lhs: []ast.Expr{id("_")}, TokPos: pos, Tok: token.ASSIGN, Rhs: []ast.Expr{id(recvOK)}}
	var sw ast.Stmt = &ast.SwitchStmt{Switch: pos, Tag: id(index), Body: &ast.BlockStmt{Lbrace: sel.Body.Lbrace, List: clauses, Rbrace: sel.Body.Rbrace}}
	if label != nil {
		sw = &ast.LabeledStmt{Label: label, Colon: pos, Stmt: sw}
	}
	list := append(before, call, used, sw)
	return &ast.BlockStmt{Lbrace: pos, List: list, Rbrace: sel.End()}
}
