package cellsrc

import (
	"go/ast"
	"go/types"

	"github.com/gogil/gogil/cellio"
)

// refuseCellReflectTypes (reflectcell.go) sees a reflect.Type of a cell
// type where the reflected value's static type is the cell type. Held in
// an interface (`var v any = point{}`, a parameter `v any`), the value
// reaches reflect.TypeOf and reflect.ValueOf as the interpreter's form of
// it, whose Name() is "" (or a stand-in's), and whose String() shows
// `struct { X int }` where Go shows main.point, silently.
// guardInterfaceReflects hands such an operand, where the call's
// reflect.Type is used for more than its Kind (or the Value is handed on,
// or asked its fields, which the interpreter renames when unexported),
// to the runner's ReflectOperand, which ends the cell with an error naming
// the type when the value is of a cell type, and gives it back otherwise.

// ReflectOperandHelper is the runner's helper of this file;
// ReflectFieldsOperandHelper is the one for an operand whose reflect.Type
// is asked, beyond its kind, only fieldMethods (reflectdynamic.go): it
// lets through a cell struct whose fields answer as Go's.
const (
	ReflectOperandHelper       = "ReflectOperand"
	ReflectFieldsOperandHelper = "ReflectFieldsOperand"
	ReflectKindOperandHelper   = "ReflectKindOperand"
)

func guardInterfaceReflects(f *File, opts Options) *cellio.Error {
	if !opts.CellTypes && !declaresTypes(f.AST) || !callsReflectTypeOf(f.AST) {
		return nil
	}
	l := f.typedLowering(opts)
	if l == nil {
		return nil
	}
	parents := parentsOf(f.AST)
	var guard, guardFields, kinds []*ast.CallExpr
	ast.Inspect(f.AST, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) != 1 {
			return true
		}
		sel, ok := call.Fun.(*ast.SelectorExpr)
		if !ok {
			return true
		}
		typeOf := l.isReflectFunc(sel, "TypeOf")
		if !typeOf && !l.isReflectFunc(sel, "ValueOf") {
			return true
		}
		tv, ok := l.t.Info.Types[call.Args[0]]
		if !ok || tv.Type == nil || !types.IsInterface(tv.Type) {
			return true
		}
		use := valueTypeUse
		if typeOf {
			use = typeUse
		}
		if !use(l, call, parents, 0) {
			// Its Kind, NumField, Len answer as Go's for the value a
			// cell type's, but not for the interpreter's box or wrapper
			// of a value with methods (a struct of its own).
			kinds = append(kinds, call)
			return true
		}
		l.reflectFields = true
		fieldsOnly := !use(l, call, parents, 0)
		l.reflectFields = false
		if fieldsOnly {
			guardFields = append(guardFields, call)
		} else {
			guard = append(guard, call)
		}
		return true
	})
	for _, call := range guard {
		call.Args[0] = helperCall(call.Args[0].Pos(), ReflectOperandHelper, call.Args[0])
	}
	for _, call := range guardFields {
		call.Args[0] = helperCall(call.Args[0].Pos(), ReflectFieldsOperandHelper, call.Args[0])
	}
	for _, call := range kinds {
		call.Args[0] = helperCall(call.Args[0].Pos(), ReflectKindOperandHelper, call.Args[0])
	}
	return nil
}

// kindOnly: x, a reflect.Type, is asked only what the interpreter's type
// of a cell type answers as Go's does (dynamicTypeMethods: its Kind, its
// number of fields, its size), or also fieldMethods while l.reflectFields.
func kindOnly(l *typedLowering, x ast.Expr, parents map[ast.Node]ast.Node) bool {
	sel, ok := parents[x].(*ast.SelectorExpr)
	if !ok || sel.X != x || !dynamicTypeMethods[sel.Sel.Name] && !(l.reflectFields && fieldMethods[sel.Sel.Name]) {
		return false
	}
	_, called := parents[sel].(*ast.CallExpr)
	return called
}

// typeUse: t, a reflect.Type, is asked more than kindOnly allows, or is
// handed on, kept where this pass does not follow it.
func typeUse(l *typedLowering, t ast.Expr, parents map[ast.Node]ast.Node, depth int) bool {
	if depth > 8 {
		return true
	}
	switch p := parents[t].(type) {
	case *ast.ParenExpr:
		return typeUse(l, p, parents, depth+1)
	case *ast.SelectorExpr:
		return !kindOnly(l, t, parents)
	case *ast.CallExpr:
		// reflectdynamic.go's check of the same Type gives it back.
		if sel, ok := p.Fun.(*ast.SelectorExpr); ok && len(p.Args) == 2 && p.Args[0] == t && sel.Sel.Name == ReflectedTypeHelper {
			if id, ok := sel.X.(*ast.Ident); ok && id.Name == RuntimeAlias {
				return typeUse(l, p, parents, depth+1)
			}
		}
	case *ast.AssignStmt:
		return assignedUse(l, t, p, parents, depth, typeUse)
	case *ast.ExprStmt:
		return false
	}
	return true
}

// assignedUse: v, the value assign gives a variable, is used as use says
// wherever the variable is read.
func assignedUse(l *typedLowering, v ast.Expr, assign *ast.AssignStmt, parents map[ast.Node]ast.Node, depth int, use func(*typedLowering, ast.Expr, map[ast.Node]ast.Node, int) bool) bool {
	for _, lhs := range assign.Lhs {
		if lhs == v {
			// Assigned to (v = v.Elem()): every read of the variable
			// is followed, whatever it was given.
			return false
		}
	}
	for i, r := range assign.Rhs {
		if r != v || len(assign.Lhs) != len(assign.Rhs) {
			continue
		}
		id, ok := assign.Lhs[i].(*ast.Ident)
		if !ok {
			return true
		}
		obj := l.t.Info.Defs[id]
		if obj == nil {
			obj = l.t.Info.Uses[id]
		}
		if obj == nil {
			return false // _ = is no use
		}
		for _, read := range readsOf(l.t.Info, obj) {
			// A read on the way here (v = v.Elem() reads v, whose
			// uses are those being followed) says nothing new.
			if read == id || l.reflectReads[read] {
				continue
			}
			if l.reflectReads == nil {
				l.reflectReads = map[*ast.Ident]bool{}
			}
			l.reflectReads[read] = true
			used := use(l, read, parents, depth+1)
			delete(l.reflectReads, read)
			if used {
				return true
			}
		}
		return false
	}
	return true
}

// valueTypeUse: v, a reflect.Value, reaches its Type (other than for its
// Kind), or is handed on, kept where this pass does not follow it.
func valueTypeUse(l *typedLowering, v ast.Expr, parents map[ast.Node]ast.Node, depth int) bool {
	if depth > 8 {
		return true
	}
	switch p := parents[v].(type) {
	case *ast.ParenExpr:
		return valueTypeUse(l, p, parents, depth+1)
	case *ast.SelectorExpr:
		call, _ := parents[p].(*ast.CallExpr)
		switch p.Sel.Name {
		case "Type":
			// Followed as typeUse follows a reflect.Type (rt := rv.Type()).
			return call == nil || typeUse(l, call, parents, depth+1)
		case "Field", "FieldByName", "FieldByIndex":
			// The interpreter's struct has its unexported fields renamed
			// and exported (FieldByName("secret") finds none, CanSet is
			// true) and its embedded ones plain (no promoted field): as
			// the Type's Field, right only for a plain struct.
			if !l.reflectFields {
				return true
			}
			return call == nil || valueTypeUse(l, call, parents, depth+1)
		case "FieldByNameFunc", "NumMethod", "Method", "MethodByName":
			// Its fields' names renamed, and no methods at all.
			return true
		case "Elem", "Index", "MapIndex", "Interface":
			// A part of the value: its Type is the interpreter's too.
			return call == nil || valueTypeUse(l, call, parents, depth+1)
		}
		return false
	case *ast.AssignStmt:
		return assignedUse(l, v, p, parents, depth, valueTypeUse)
	case *ast.CallExpr:
		// reflect.Indirect(v) and reflect.Append(v, ...) give a Value
		// of v's type, or of what it points to.
		if sel, ok := p.Fun.(*ast.SelectorExpr); ok && len(p.Args) > 0 && p.Args[0] == v &&
			(l.isReflectFunc(sel, "Indirect") || l.isReflectFunc(sel, "Append") || l.isReflectFunc(sel, "AppendSlice")) {
			return valueTypeUse(l, p, parents, depth+1)
		}
		// reflectdynamic.go's v.String(), checked where it runs.
		if sel, ok := p.Fun.(*ast.SelectorExpr); ok && len(p.Args) == 1 && p.Args[0] == v && sel.Sel.Name == ReflectValueStringHelper {
			if id, ok := sel.X.(*ast.Ident); ok && id.Name == RuntimeAlias {
				return false
			}
		}
		// Stored by a Value's Set (f.Set(reflect.Append(f, x))): reflect
		// compares the two types, which are alike whichever names them.
		if sel, ok := p.Fun.(*ast.SelectorExpr); ok && valueStores[sel.Sel.Name] && l.isReflectValue(sel.X) {
			return false
		}
	case *ast.ExprStmt:
		return false
	}
	return true
}

// valueStores are the reflect.Value methods that store their argument
// Values in the receiver.
var valueStores = map[string]bool{"Set": true, "SetMapIndex": true, "Send": true, "TrySend": true}

// isReflectValue: x is of type reflect.Value.
func (l *typedLowering) isReflectValue(x ast.Expr) bool {
	tv, ok := l.t.Info.Types[x]
	if !ok || tv.Type == nil {
		return false
	}
	named, ok := types.Unalias(tv.Type).(*types.Named)
	return ok && named.Obj().Pkg() != nil && named.Obj().Pkg().Path() == "reflect" && named.Obj().Name() == "Value"
}
