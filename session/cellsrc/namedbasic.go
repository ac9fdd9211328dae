package cellsrc

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"

	"github.com/gogil/gogil/cellio"
)

// yaegi v0.16.1 holds a value of a cell type whose underlying type is
// basic (`type celsius float64`) in an interface as a value of that basic
// type, so that a `case float64`, x.(float64) and %T took a celsius for a
// float64, silently. lowerNamedBasics writes each conversion of such a
// value to an interface that go/types sees (an assignment, an argument, a
// result, an element, a send, a comparison, an explicit any(x)) as
// __gogil.Named(x, "celsius"), which puts a value of a native stand-in
// type in the interface (session/standin.go); CellCase gives it back as
// the interpreter's value to an assertion or switch with a case of its
// type. Only top-level types without methods take part: a method set
// needs the interpreter's own dispatch, and a local type has no name the
// runner knows.
//
// In generic code the static type of such a value is a type parameter,
// and what it stands for is known only when the code runs: a T converted
// to an interface (any(v), an any result, an append to an []any) becomes
// __gogil.NamedParam(v, "Owner#i"), which the runner makes Named's value
// where the instances of the type parameter that the cells reported
// (typedparam.go's ParamArgs) leave one such cell type the value can be
// of, and leaves alone where they leave none, or several (a Celsius and a
// plain float64 are one type to the interpreter: that case stays as it
// was). A printing call's own arguments are not written: TypedParam
// describes them. Where such an any(v) is the operand of a type switch or
// assertion, a case of the basic type would take a value of the cell type
// for its own, silently (a UserID for an int); NamedParam is told so, and
// ends the cell with an error naming the types where it cannot tell.

// NamedHelper and NamedParamHelper are the runner's helpers of this file.
const (
	NamedHelper      = "Named"
	NamedParamHelper = "NamedParam"
)

func lowerNamedBasics(f *File, opts Options) *cellio.Error {
	// A generic function may be handed a cell type a later cell
	// declares.
	if !opts.CellTypes && !declaresType(f.AST) && !f.DeclaresGenericCode() {
		return nil
	}
	l := f.typedLowering(opts)
	if l == nil {
		return nil
	}
	info := l.t.Info
	printArgs := false // wrap is handed a printing call's arguments
	// The explicit conversions any(v) that are the operand of a type
	// switch or assertion: there the runner refuses the value it cannot
	// tell (NamedParam's third argument), where elsewhere it leaves it.
	caseOperands := map[ast.Expr]bool{}
	ast.Inspect(f.AST, func(n ast.Node) bool {
		if ta, ok := n.(*ast.TypeAssertExpr); ok {
			caseOperands[ast.Unparen(ta.X)] = true
		}
		return true
	})
	caseOperand := false // wrap is handed such a conversion's argument
	wrap := func(x *ast.Expr, target types.Type) {
		if *x == nil || target == nil || !types.IsInterface(target) {
			return
		}
		if _, param := target.(*types.TypeParam); param {
			return
		}
		helper := NamedHelper
		name, ok := l.namedBasic(*x)
		if !ok {
			tp, param := types.Unalias(typeOf(info, *x)).(*types.TypeParam)
			if !param || printArgs || !admitsNamedBasic(tp) {
				return
			}
			helper, name = NamedParamHelper, l.paramKey(tp)
		}
		pos := (*x).Pos()
		args := []ast.Expr{*x, &ast.BasicLit{ValuePos: pos, Kind: token.STRING, Value: strconv.Quote(name)}}
		if helper == NamedParamHelper && caseOperand {
			args = append(args, &ast.Ident{NamePos: pos, Name: "true"})
		}
		call := helperCall(pos, helper, args...)
		// The passes after this one see a value of the interface.
		if tv := info.Types[*x]; tv.Value == nil {
			tv.Type = target
			info.Types[call] = tv
		}
		*x = call
	}
	var sigs []*types.Signature // the enclosing functions'
	var visit func(n ast.Node) bool
	visit = func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncDecl:
			var sig *types.Signature
			if obj, ok := info.Defs[n.Name].(*types.Func); ok {
				sig, _ = obj.Type().(*types.Signature)
			}
			sigs = append(sigs, sig)
			if n.Body != nil {
				ast.Inspect(n.Body, visit)
			}
			sigs = sigs[:len(sigs)-1]
			return false
		case *ast.FuncLit:
			var sig *types.Signature
			if tv, ok := info.Types[n]; ok {
				sig, _ = tv.Type.(*types.Signature)
			}
			sigs = append(sigs, sig)
			ast.Inspect(n.Body, visit)
			sigs = sigs[:len(sigs)-1]
			return false
		case *ast.ReturnStmt:
			if len(sigs) > 0 && sigs[len(sigs)-1] != nil {
				res := sigs[len(sigs)-1].Results()
				if res.Len() == len(n.Results) {
					for i := range n.Results {
						wrap(&n.Results[i], res.At(i).Type())
					}
				}
			}
		case *ast.AssignStmt:
			if n.Tok == token.ASSIGN && len(n.Lhs) == len(n.Rhs) {
				for i := range n.Rhs {
					wrap(&n.Rhs[i], typeOf(info, n.Lhs[i]))
				}
			}
		case *ast.ValueSpec:
			if n.Type != nil && len(n.Values) == len(n.Names) {
				for i := range n.Values {
					wrap(&n.Values[i], typeOf(info, n.Type))
				}
			}
		case *ast.SendStmt:
			if ch, ok := coreType(typeOf(info, n.Chan)).(*types.Chan); ok {
				wrap(&n.Value, ch.Elem())
			}
		case *ast.BinaryExpr:
			if n.Op == token.EQL || n.Op == token.NEQ {
				wrap(&n.X, typeOf(info, n.Y))
				wrap(&n.Y, typeOf(info, n.X))
			}
		case *ast.IndexExpr:
			if m, ok := coreType(typeOf(info, n.X)).(*types.Map); ok {
				wrap(&n.Index, m.Key())
			}
		case *ast.CompositeLit:
			l.wrapElements(n, wrap)
		case *ast.CallExpr:
			printArgs = isPrintCall(n)
			caseOperand = caseOperands[n] && len(n.Args) == 1 && emptyInterfaceExpr(n.Fun)
			l.wrapArguments(n, wrap)
			printArgs, caseOperand = false, false
		}
		return true
	}
	ast.Inspect(f.AST, visit)
	return l.err
}

// admitsNamedBasic: a value of the type parameter tp may be of a cell
// type of a basic kind without methods (Named's): its constraint asks
// for no method, and its type set, where it names one, holds a basic
// type.
func admitsNamedBasic(tp *types.TypeParam) bool {
	iface, ok := tp.Underlying().(*types.Interface)
	if !ok || iface.NumMethods() > 0 {
		return false
	}
	var terms []types.Type
	for i := range iface.NumEmbeddeds() {
		switch e := iface.EmbeddedType(i).(type) {
		case *types.Union:
			for j := range e.Len() {
				terms = append(terms, e.Term(j).Type())
			}
		case *types.Interface:
			// comparable, or a constraint of its own, whose terms are
			// not looked into.
			return true
		default:
			terms = append(terms, e)
		}
	}
	if len(terms) == 0 {
		return true
	}
	for _, t := range terms {
		if _, basic := t.Underlying().(*types.Basic); basic {
			return true
		}
	}
	return false
}

func typeOf(info *types.Info, x ast.Expr) types.Type {
	if tv, ok := info.Types[x]; ok {
		return tv.Type
	}
	if id, ok := x.(*ast.Ident); ok {
		if obj := info.ObjectOf(id); obj != nil {
			return obj.Type()
		}
	}
	return nil
}

// namedBasic: x's type is a top-level cell type without methods whose
// underlying type is basic; name is that type's.
func (l *typedLowering) namedBasic(x ast.Expr) (string, bool) {
	tv, ok := l.t.Info.Types[x]
	if !ok || tv.Type == nil || tv.IsType() {
		return "", false
	}
	named, ok := types.Unalias(tv.Type).(*types.Named)
	if !ok {
		return "", false
	}
	if b, ok := named.Underlying().(*types.Basic); !ok || b.Info()&types.IsUntyped != 0 {
		return "", false
	}
	if types.NewMethodSet(types.NewPointer(named)).Len() > 0 {
		return "", false
	}
	return l.cellTypeName(named)
}

// wrapElements hands wrap each element of lit with the type it fills.
func (l *typedLowering) wrapElements(lit *ast.CompositeLit, wrap func(*ast.Expr, types.Type)) {
	switch t := coreType(typeOf(l.t.Info, lit)).(type) {
	case *types.Slice:
		l.wrapValues(lit, t.Elem(), nil, wrap)
	case *types.Array:
		l.wrapValues(lit, t.Elem(), nil, wrap)
	case *types.Map:
		l.wrapValues(lit, t.Elem(), t.Key(), wrap)
	case *types.Struct:
		for i, e := range lit.Elts {
			if kv, ok := e.(*ast.KeyValueExpr); ok {
				if key, ok := kv.Key.(*ast.Ident); ok {
					for j := 0; j < t.NumFields(); j++ {
						if t.Field(j).Name() == key.Name {
							wrap(&kv.Value, t.Field(j).Type())
						}
					}
				}
			} else if i < t.NumFields() {
				wrap(&lit.Elts[i], t.Field(i).Type())
			}
		}
	}
}

func (l *typedLowering) wrapValues(lit *ast.CompositeLit, elem, key types.Type, wrap func(*ast.Expr, types.Type)) {
	for i, e := range lit.Elts {
		if kv, ok := e.(*ast.KeyValueExpr); ok {
			if key != nil {
				wrap(&kv.Key, key)
			}
			wrap(&kv.Value, elem)
			continue
		}
		wrap(&lit.Elts[i], elem)
	}
}

// wrapArguments hands wrap each argument of call with the parameter's
// type, and the operand of a conversion to an interface.
func (l *typedLowering) wrapArguments(call *ast.CallExpr, wrap func(*ast.Expr, types.Type)) {
	tv, ok := l.t.Info.Types[call.Fun]
	if !ok || tv.Type == nil {
		return
	}
	if tv.IsType() {
		if len(call.Args) == 1 {
			wrap(&call.Args[0], tv.Type)
		}
		return
	}
	if tv.IsBuiltin() {
		// panic and print keep the interpreter's own handling.
		if id, ok := ast.Unparen(call.Fun).(*ast.Ident); !ok || id.Name != "append" && id.Name != "delete" {
			return
		}
	}
	sig, ok := coreType(tv.Type).(*types.Signature)
	if !ok || len(call.Args) == 1 && sig.Params().Len() > 1 {
		return
	}
	for i := range call.Args {
		wrap(&call.Args[i], paramType(sig, call, i))
	}
}

// namedOperand is v of __gogil.Named(v, "T"), which this pass wrote.
func namedOperand(x ast.Expr) (ast.Expr, bool) {
	call, ok := x.(*ast.CallExpr)
	if !ok || len(call.Args) != 2 {
		return nil, false
	}
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != NamedHelper {
		return nil, false
	}
	if id, ok := sel.X.(*ast.Ident); !ok || id.Name != RuntimeAlias {
		return nil, false
	}
	return call.Args[0], true
}
