package cellsrc

import (
	"go/ast"
	"go/token"
	"go/types"
)

// The generic functions of packages that are not all generic need more
// than a helper call with an asserted result: a type argument the call
// names but does not pass (errors.AsType[E], reflect.TypeFor[T]), or two
// results of which one has a type parameter's type.
type stdlibGenericCall struct {
	// typeArg: the helper gets the first type argument as a typed nil
	// pointer, (*T)(nil), its last argument.
	typeArg bool
	// commaOk: the helper returns (any, bool); the call becomes a literal
	// of the instantiated signature that gives the zero value when false.
	commaOk bool
	// integer: the helper takes and returns an int64 (the one for unsigned
	// types, named with a Uint suffix, a uint64), converted from and to
	// the type argument: yaegi cannot assert an any to a native named
	// type such as time.Duration.
	integer bool
	// interpreted: the helper's func result is handed out inside an
	// interpreted closure (yaegi's := of the results of a native func
	// value at a cell's top level gives zero values).
	interpreted bool
}

var stdlibGeneric = map[string]*stdlibGenericCall{
	"errors.AsType":   {typeArg: true, commaOk: true},
	"reflect.TypeFor": {typeArg: true},
	"sync.OnceValue":  {interpreted: true},
	"sync.OnceValues": {interpreted: true},
	"math/rand/v2.N":  {integer: true},
}

// stdlibGenericByName are those functions by their package's usual name,
// which tells the cheap syntactic test that a cell may call one.
var stdlibGenericByName = func() map[string]bool {
	m := map[string]bool{}
	for q := range stdlibGeneric {
		m[helperPackageName(q)] = true
	}
	return m
}()

func (l *typedLowering) planStdlibGeneric(call *ast.CallExpr, sel *ast.SelectorExpr, qualified, helper string, sig *types.Signature, special *stdlibGenericCall) {
	var typeArg ast.Expr
	var results []ast.Expr
	if qualified == "errors.AsType" {
		l.planAsType(call, sel, sig)
		return
	}
	if special.typeArg {
		// As the call names it: the type may be an alias of a package the
		// cell did not import (os.PathError is io/fs's).
		ix, ok := ast.Unparen(call.Fun).(*ast.IndexExpr)
		if !ok {
			l.fail(call, "%s: name its type argument, as in %s[T](...)", qualified, helperPackageName(qualified))
			return
		}
		typeArg = ix.Index
		if special.commaOk {
			results = []ast.Expr{typeArg, ast.NewIdent("bool")}
		}
	}
	if results == nil {
		for i := range sig.Results().Len() {
			results = append(results, l.typeExpr(call, sig.Results().At(i).Type()))
		}
	}
	convs := l.constantConversions(call, sig, false)
	if l.err != nil {
		return
	}
	if special.integer {
		b, ok := sig.Results().At(0).Type().Underlying().(*types.Basic)
		if !ok {
			l.fail(call, "%s: gogil could not work out its integer type%s", qualified, l.firstError())
			return
		}
		wide := "int64"
		if b.Info()&types.IsUnsigned != 0 {
			wide, helper = "uint64", helper+"Uint"
		}
		l.plans[call] = func(c *ast.CallExpr) ast.Expr {
			arg := &ast.CallExpr{Fun: ast.NewIdent(wide), Args: []ast.Expr{c.Args[0]}}
			out := &ast.CallExpr{Fun: &ast.SelectorExpr{X: &ast.Ident{NamePos: c.Pos(), Name: RuntimeAlias}, Sel: ast.NewIdent(helper)}, Args: []ast.Expr{arg}}
			return &ast.CallExpr{Fun: results[0], Args: []ast.Expr{out}}
		}
		return
	}
	l.plans[call] = func(c *ast.CallExpr) ast.Expr {
		out := l.helperCall(c, helper, convs, nil).(*ast.CallExpr)
		if typeArg != nil {
			nilPtr := &ast.CallExpr{Fun: &ast.ParenExpr{X: &ast.StarExpr{X: typeArg}}, Args: []ast.Expr{ast.NewIdent("nil")}}
			out.Args = append(out.Args, nilPtr)
		}
		if special.commaOk {
			return commaOkLiteral(out, results[0], results[1])
		}
		if special.interpreted {
			return interpretedClosure(out, results[0], sig.Results().At(0).Type().(*types.Signature).Results().Len())
		}
		if len(results) == 1 {
			// An interface result (reflect.Type) the helper returns as
			// such; any other comes as an any.
			if _, isIface := sig.Results().At(0).Type().Underlying().(*types.Interface); !isIface {
				return &ast.TypeAssertExpr{X: out, Type: results[0]}
			}
		}
		return out
	}
}

// commaOkLiteral is func() (T, bool) { v, ok := call; if !ok { var zero
// T; return zero, false }; return v.(T), true }(): a nil interface
// asserted to T would panic.
func commaOkLiteral(call ast.Expr, valueType, okType ast.Expr) ast.Expr {
	v, ok, zero := ast.NewIdent("__gogil_v"), ast.NewIdent("__gogil_ok"), ast.NewIdent("__gogil_zero")
	body := []ast.Stmt{
		&ast.AssignStmt{Lhs: []ast.Expr{v, ok}, Tok: token.DEFINE, Rhs: []ast.Expr{call}},
		&ast.IfStmt{Cond: &ast.UnaryExpr{Op: token.NOT, X: ok}, Body: &ast.BlockStmt{List: []ast.Stmt{
			&ast.DeclStmt{Decl: &ast.GenDecl{Tok: token.VAR, Specs: []ast.Spec{&ast.ValueSpec{Names: []*ast.Ident{zero}, Type: valueType}}}},
			&ast.ReturnStmt{Results: []ast.Expr{zero, ast.NewIdent("false")}},
		}}},
		&ast.ReturnStmt{Results: []ast.Expr{&ast.TypeAssertExpr{X: v, Type: valueType}, ast.NewIdent("true")}},
	}
	lit := &ast.FuncLit{
		Type: &ast.FuncType{Params: &ast.FieldList{}, Results: &ast.FieldList{List: []*ast.Field{{Type: valueType}, {Type: okType}}}},
		Body: &ast.BlockStmt{List: body},
	}
	return &ast.CallExpr{Fun: lit}
}

// interpretedClosure is func() F { h := call.(F); return func() (...) {
// return h() } }(), F a func of no parameters and results results.
func interpretedClosure(call ast.Expr, funcType ast.Expr, results int) ast.Expr {
	h := ast.NewIdent("__gogil_native")
	ft, _ := funcType.(*ast.FuncType)
	if ft == nil {
		return &ast.TypeAssertExpr{X: call, Type: funcType}
	}
	var body ast.Stmt = &ast.ExprStmt{X: &ast.CallExpr{Fun: h}}
	if results > 0 {
		body = &ast.ReturnStmt{Results: []ast.Expr{&ast.CallExpr{Fun: h}}}
	}
	inner := &ast.FuncLit{Type: ft, Body: &ast.BlockStmt{List: []ast.Stmt{body}}}
	outer := &ast.FuncLit{
		Type: &ast.FuncType{Params: &ast.FieldList{}, Results: &ast.FieldList{List: []*ast.Field{{Type: funcType}}}},
		Body: &ast.BlockStmt{List: []ast.Stmt{
			&ast.AssignStmt{Lhs: []ast.Expr{h}, Tok: token.DEFINE, Rhs: []ast.Expr{&ast.TypeAssertExpr{X: call, Type: funcType}}},
			&ast.ReturnStmt{Results: []ast.Expr{inner}},
		}},
	}
	return &ast.CallExpr{Fun: outer}
}

// planAsType lowers errors.AsType[E](x) to func(err error) (E, bool) {
// var target E; found := errors.As(err, &target); return target, found
// }(x), typed for the printing pass, whose errors.As lowering
// (refuseErrorCall) names the links of the chain that are cell values by
// their methods' receivers and follows their Unwrap methods. A walk by
// reflect types alone cannot: two cell types of one shape have one reflect
// type, and a cell value's Unwrap is out of native code's reach.
func (l *typedLowering) planAsType(call *ast.CallExpr, sel *ast.SelectorExpr, sig *types.Signature) {
	ix, ok := ast.Unparen(call.Fun).(*ast.IndexExpr)
	pkgID, isID := sel.X.(*ast.Ident)
	if !ok || !isID || sig.Results().Len() != 2 {
		l.fail(call, "errors.AsType: name its type argument, as in errors.AsType[T](err)")
		return
	}
	pkg := l.t.Info.Uses[pkgID]
	target := sig.Results().At(0).Type()
	l.plans[call] = func(c *ast.CallExpr) ast.Expr {
		errID, targetID, foundID := ast.NewIdent("__gogil_err"), ast.NewIdent("__gogil_target"), ast.NewIdent("__gogil_found")
		errorsID := &ast.Ident{NamePos: pkgID.Pos(), Name: pkgID.Name}
		addr := &ast.UnaryExpr{OpPos: c.Rparen, Op: token.AND, X: targetID}
		as := &ast.CallExpr{
			Fun:    &ast.SelectorExpr{X: errorsID, Sel: &ast.Ident{NamePos: sel.Sel.Pos(), Name: "As"}},
			Lparen: c.Lparen, Args: []ast.Expr{errID, addr}, Rparen: c.Rparen,
		}
		l.t.Info.Uses[errorsID] = pkg
		l.t.Info.Types[addr] = types.TypeAndValue{Type: types.NewPointer(target)}
		body := []ast.Stmt{
			&ast.DeclStmt{Decl: &ast.GenDecl{Tok: token.VAR, Specs: []ast.Spec{&ast.ValueSpec{Names: []*ast.Ident{targetID}, Type: ix.Index}}}},
			&ast.AssignStmt{Lhs: []ast.Expr{foundID}, Tok: token.DEFINE, Rhs: []ast.Expr{as}},
			&ast.ReturnStmt{Results: []ast.Expr{targetID, foundID}},
		}
		lit := &ast.FuncLit{
			Type: &ast.FuncType{Func: c.Pos(),
				Params:  &ast.FieldList{List: []*ast.Field{{Names: []*ast.Ident{errID}, Type: ast.NewIdent("error")}}},
				Results: &ast.FieldList{List: []*ast.Field{{Type: ix.Index}, {Type: ast.NewIdent("bool")}}}},
			Body: &ast.BlockStmt{List: body},
		}
		return &ast.CallExpr{Fun: lit, Lparen: c.Lparen, Args: c.Args, Rparen: c.Rparen}
	}
}
