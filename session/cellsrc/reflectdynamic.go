package cellsrc

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"
)

// reflect.TypeOf(v) with v of an interface type (a describe(v any) that
// prints t.Name()) may be a cell type's reflect type, which has no name
// and renamed fields (reflectcell.go), and the static type cannot say so.
// Where such a Type is used for more than its kind and size, the call
// goes through __gogil.ReflectedType, which gives it back unless it is, or
// is made of, a cell type: then the cell ends in a gap naming the use,
// which the magics answer by running a standalone cell as a program.

// ReflectedTypeHelper is the runner's check of a reflect.Type whose
// dynamic origin the lowering could not see.
const ReflectedTypeHelper = "ReflectedType"

// dynamicTypeMethods are the reflect.Type methods that answer as Go does
// for a cell type.
var dynamicTypeMethods = map[string]bool{"Kind": true, "NumField": true, "Size": true, "Align": true}

// reflectedIfaceType: call makes a reflect.Type of a value held in an
// interface: reflect.TypeOf(x) or reflect.ValueOf(x).Type(), x's static
// type an interface.
func (l *typedLowering) reflectedIfaceType(call *ast.CallExpr) bool {
	x := l.reflectedOperand(call)
	if x == nil {
		return false
	}
	tv, ok := l.t.Info.Types[x]
	return ok && tv.Type != nil && types.IsInterface(tv.Type)
}

// reflectedMadeOfCellType: call makes a reflect.Type of a value whose
// static type is made of a cell type without being one or a pointer to
// one (reflectedCellType's): a []Person, a map[string]Person, whose
// reflect type the interpreter prints []struct { Name string }.
func (l *typedLowering) reflectedMadeOfCellType(call *ast.CallExpr) bool {
	x := l.reflectedOperand(call)
	if x == nil {
		return false
	}
	tv, ok := l.t.Info.Types[x]
	return ok && tv.Type != nil && mentionsCellNamed(l.t, tv.Type, map[types.Type]bool{})
}

// reflectValueType: call is v.Type() of a reflect.Value that is not
// reflect.ValueOf(x)'s own (reflectedOperand's): an element, a field, a
// Value handed in, whose type the lowering cannot see.
func (l *typedLowering) reflectValueType(call *ast.CallExpr) bool {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	return ok && sel.Sel.Name == "Type" && len(call.Args) == 0 && l.reflectedOperand(call) == nil && l.isReflectValue(sel.X)
}

// ReflectValueStringHelper is the runner's v.String() of a reflect.Value:
// of a kind other than string it names the type (<main.Person Value>),
// which for a cell type the interpreter's has no name for.
const ReflectValueStringHelper = "ReflectValueString"

// reflectValueString: call is v.String() of a reflect.Value.
func (l *typedLowering) reflectValueString(call *ast.CallExpr) bool {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	return ok && sel.Sel.Name == "String" && len(call.Args) == 0 && l.isReflectValue(sel.X)
}

// fieldMethods are the reflect.Type methods that answer as Go does for a
// cell struct whose fields are all exported, plain and not of cell types,
// which only the runner can tell (FieldsUse).
var fieldMethods = map[string]bool{"Field": true, "FieldByName": true}

// FieldsUse: why, of a __gogil.ReflectedType call, names only methods of
// fieldMethods, which answer right for a plain cell struct.
func FieldsUse(why string) bool {
	m, ok := strings.CutPrefix(why, "its ")
	m, ok2 := strings.CutSuffix(m, " method")
	return ok && ok2 && fieldMethods[m]
}

// dynamicTypeUse says how x, a reflect.Type, is used beyond what answers
// right for a cell type ("" when it is not): a method other than
// dynamicTypeMethods, directly or through the variable := gives it to. A
// method of fieldMethods is named only when no other method is, so that
// the runner may let a plain struct through (FieldsUse).
func (l *typedLowering) dynamicTypeUse(x ast.Expr, parents map[ast.Node]ast.Node) string {
	fields := ""
	method := func(sel *ast.SelectorExpr) string {
		switch m := sel.Sel.Name; {
		case dynamicTypeMethods[m]:
			return ""
		case fieldMethods[m]:
			if fields == "" || m < fields {
				fields = m
			}
			return ""
		}
		return "its " + sel.Sel.Name + " method"
	}
	fieldsUse := func() string {
		if fields == "" {
			return ""
		}
		return "its " + fields + " method"
	}
	switch p := parents[x].(type) {
	case *ast.SelectorExpr:
		if why := method(p); why != "" {
			return why
		}
		return fieldsUse()
	case *ast.AssignStmt:
		id := definedBy(l.t.Info, p, x)
		if id == nil {
			break
		}
		for _, use := range readsOf(l.t.Info, l.t.Info.Defs[id]) {
			sel, ok := parents[use].(*ast.SelectorExpr)
			if !ok || sel.X != use {
				return "the value of " + id.Name
			}
			if why := method(sel); why != "" {
				return why
			}
		}
		return fieldsUse()
	}
	return "the value"
}

// reflectedTypeCall is __gogil.ReflectedType(call, "why").
func reflectedTypeCall(call *ast.CallExpr, why string) ast.Expr {
	pos := call.Pos()
	return &ast.CallExpr{
		Fun:  &ast.SelectorExpr{X: &ast.Ident{NamePos: pos, Name: RuntimeAlias}, Sel: ast.NewIdent(ReflectedTypeHelper)},
		Args: []ast.Expr{call, &ast.BasicLit{ValuePos: pos, Kind: token.STRING, Value: strconv.Quote(why)}},
	}
}
