package cellsrc

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/gogil/gogil/cellio"
)

// yaegi's reflect type of a type declared in a cell is the type it is made
// of: no name (Name() is "", printing it shows `struct { ... }` where Go
// shows main.Config), no methods, unexported fields renamed X... and
// exported, embedded fields not marked so, a cell interface a struct.
// What is right is the kind of a non-interface type, the number of
// fields, and the exported plain fields of a struct. A reflect.Type of a
// cell type that the code uses for anything else is refused, naming it,
// rather than answered wrongly: reflect.TypeOf(x) and reflect.ValueOf(x)
// .Type() with x of a cell type, used at once or through a := variable
// whose uses go/types lists. A reflect.Type that reaches other code (a
// Value kept in a variable, then .Type()) is not followed.

// allowedTypeMethods are the reflect.Type methods whose answer for a cell
// type is Go's (Field and FieldByName only for a struct of exported plain
// fields: with none embedded, FieldByName finds no promoted field).
var allowedTypeMethods = map[string]bool{"Kind": true, "NumField": true, "Field": true, "FieldByName": true, "Size": true, "Align": true}

// refuseCellReflectTypes ends the lowering at the first reflect.Type of a
// cell type used in a way that would answer wrongly.
func refuseCellReflectTypes(f *File, opts Options) *cellio.Error {
	if !opts.CellTypes && !declaresTypes(f.AST) || !callsReflectTypeOf(f.AST) {
		return nil
	}
	l := f.typedLowering(opts)
	if l == nil {
		return nil
	}
	parents := parentsOf(f.AST)
	checked := map[*ast.CallExpr]string{}
	strings, deepEquals, unlike := map[*ast.CallExpr]bool{}, map[*ast.CallExpr]bool{}, map[*ast.CallExpr]bool{}
	ast.Inspect(f.AST, func(n ast.Node) bool {
		if l.err != nil {
			return false
		}
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		if l.reflectValueString(call) {
			strings[call] = true // reflectdynamic.go
		}
		if l.deepEqualOfIfaces(call) {
			deepEquals[call] = true
		} else if l.deepEqualOfUnlike(call) {
			unlike[call] = true
		}
		if named := l.reflectedCellValue(call); named != nil {
			if why := l.reflectValueUse(call, named, parents, 0); why != "" {
				l.fail(call, "reflect on a value of %s, a type declared in a cell, %s: the interpreter's reflect type of it has no name, no methods, and unexported or embedded fields that look exported and plain, so gogil refuses it rather than print a wrong value; reflect.ValueOf reads and sets its exported fields, and %%T prints its type",
					named.Obj().Name(), why)
				return false
			}
		}
		named := l.reflectedCellType(call, parents)
		if named == nil {
			if l.reflectedIfaceType(call) || l.reflectedMadeOfCellType(call) || l.reflectValueType(call) {
				if why := l.dynamicTypeUse(call, parents); why != "" {
					checked[call] = why // reflectdynamic.go
				}
			}
			return true
		}
		if why := l.reflectTypeUse(call, named, parents); why != "" {
			l.fail(call, "reflect on a value of %s, a type declared in a cell, %s: the interpreter's reflect type of it has no name, no methods, and unexported or embedded fields that look exported and plain, so gogil refuses it rather than print a wrong value; reflect.ValueOf reads and sets its exported fields, and %%T prints its type",
				named.Obj().Name(), why)
		}
		return true
	})
	if l.err == nil && len(checked)+len(strings)+len(deepEquals)+len(unlike) > 0 {
		replaceExprs(f.AST, func(x ast.Expr) ast.Expr {
			call, ok := x.(*ast.CallExpr)
			switch {
			case !ok:
			case checked[call] != "":
				return reflectedTypeCall(call, checked[call])
			case strings[call]:
				return helperCall(call.Pos(), ReflectValueStringHelper, call.Fun.(*ast.SelectorExpr).X)
			case deepEquals[call]:
				return helperCall(call.Pos(), DeepEqualHelper, call.Args...)
			case unlike[call]:
				return helperCall(call.Pos(), DeepUnequalHelper, call.Args...)
			}
			return x
		})
	}
	return l.err
}

// DeepEqualHelper is the runner's reflect.DeepEqual of operands held in
// interfaces, where the interpreter's wrappers of cell values with
// methods hold funcs, which DeepEqual never finds equal.
const DeepEqualHelper = "DeepEqual"

// deepEqualOfIfaces: call is reflect.DeepEqual(a, b) with a or b of an
// interface type (a helper's got, want any), or made of one ([]any).
func (l *typedLowering) deepEqualOfIfaces(call *ast.CallExpr) bool {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok || len(call.Args) != 2 || !l.isReflectFunc(sel, "DeepEqual") {
		return false
	}
	for _, a := range call.Args {
		if tv, ok := l.t.Info.Types[a]; ok && tv.Type != nil && holdsInterface(tv.Type, map[types.Type]bool{}) {
			return true
		}
	}
	return false
}

// DeepUnequalHelper is the runner's reflect.DeepEqual of operands whose
// static types differ, which Go never finds equal, where the interpreter
// gives a Bitcoin and an int, or a cell struct and the struct it is made
// of, one reflect type.
const DeepUnequalHelper = "DeepUnequal"

// deepEqualOfUnlike: call is reflect.DeepEqual(a, b) with a and b of
// different types, neither an interface (an untyped constant has its
// default type, which it has in the interface DeepEqual takes).
func (l *typedLowering) deepEqualOfUnlike(call *ast.CallExpr) bool {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok || len(call.Args) != 2 || !l.isReflectFunc(sel, "DeepEqual") {
		return false
	}
	var ts [2]types.Type
	for i, a := range call.Args {
		tv, ok := l.t.Info.Types[a]
		if !ok || tv.Type == nil || types.IsInterface(tv.Type) {
			return false
		}
		ts[i] = types.Default(tv.Type)
	}
	return !types.Identical(ts[0], ts[1])
}

// holdsInterface: t is, or is made of, an interface type.
func holdsInterface(t types.Type, seen map[types.Type]bool) bool {
	if seen[t] {
		return false
	}
	seen[t] = true
	switch u := t.Underlying().(type) {
	case *types.Interface:
		return true
	case *types.Pointer:
		return holdsInterface(u.Elem(), seen)
	case *types.Slice:
		return holdsInterface(u.Elem(), seen)
	case *types.Array:
		return holdsInterface(u.Elem(), seen)
	case *types.Map:
		return holdsInterface(u.Key(), seen) || holdsInterface(u.Elem(), seen)
	case *types.Chan:
		return holdsInterface(u.Elem(), seen)
	case *types.Struct:
		for i := range u.NumFields() {
			if holdsInterface(u.Field(i).Type(), seen) {
				return true
			}
		}
	}
	return false
}

// callsReflectTypeOf is the cheap syntactic test: reflect.TypeOf,
// reflect.ValueOf or reflect.DeepEqual appears.
func callsReflectTypeOf(file *ast.File) bool {
	found := false
	ast.Inspect(file, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok {
			if id, ok := sel.X.(*ast.Ident); ok && id.Name == "reflect" && (sel.Sel.Name == "TypeOf" || sel.Sel.Name == "ValueOf" || sel.Sel.Name == "DeepEqual") {
				found = true
			}
		}
		return !found
	})
	return found
}

// parentsOf maps each node under root to the node it is a child of.
func parentsOf(root ast.Node) map[ast.Node]ast.Node {
	parents := map[ast.Node]ast.Node{}
	var stack []ast.Node
	ast.Inspect(root, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return false
		}
		if len(stack) > 0 {
			parents[n] = stack[len(stack)-1]
		}
		stack = append(stack, n)
		return true
	})
	return parents
}

// reflectedOperand is x of a call that makes a reflect.Type of it:
// reflect.TypeOf(x), or reflect.ValueOf(x).Type(); nil for any other call.
func (l *typedLowering) reflectedOperand(call *ast.CallExpr) ast.Expr {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	if inner, ok := sel.X.(*ast.CallExpr); ok && sel.Sel.Name == "Type" && len(call.Args) == 0 {
		isel, ok := inner.Fun.(*ast.SelectorExpr)
		if !ok || !l.isReflectFunc(isel, "ValueOf") {
			return nil
		}
		call = inner
	} else if !l.isReflectFunc(sel, "TypeOf") {
		return nil
	}
	if len(call.Args) != 1 {
		return nil
	}
	return call.Args[0]
}

// reflectedCellType is the cell type (or the one a pointer points to)
// whose reflect.Type call makes: reflect.TypeOf(x), or the receiver of
// .Type() being reflect.ValueOf(x); nil for anything else.
func (l *typedLowering) reflectedCellType(call *ast.CallExpr, parents map[ast.Node]ast.Node) *types.Named {
	x := l.reflectedOperand(call)
	if x == nil {
		return nil
	}
	return l.cellNamedOf(x)
}

func (l *typedLowering) isReflectFunc(sel *ast.SelectorExpr, name string) bool {
	obj := l.t.Info.Uses[sel.Sel]
	return obj != nil && obj.Pkg() != nil && obj.Pkg().Path() == "reflect" && obj.Name() == name
}

// reflectTypeUse says why the use of x, a reflect.Type of named, would
// answer wrongly ("" when it would not).
func (l *typedLowering) reflectTypeUse(x ast.Expr, named *types.Named, parents map[ast.Node]ast.Node) string {
	switch p := parents[x].(type) {
	case *ast.SelectorExpr:
		return l.typeMethodUse(p, named)
	case *ast.AssignStmt:
		id := definedBy(l.t.Info, p, x)
		if id == nil {
			break
		}
		for _, use := range readsOf(l.t.Info, l.t.Info.Defs[id]) {
			sel, ok := parents[use].(*ast.SelectorExpr)
			if !ok || sel.X != use {
				return "used as a value (" + id.Name + ")"
			}
			if why := l.typeMethodUse(sel, named); why != "" {
				return why
			}
		}
		return ""
	}
	return "used as a value"
}

// definedBy is the name a := defines with x as its value, nil where
// assign is no such := (or defines no new variable there).
func definedBy(info *types.Info, assign *ast.AssignStmt, x ast.Expr) *ast.Ident {
	if assign.Tok != token.DEFINE || len(assign.Lhs) != len(assign.Rhs) {
		return nil
	}
	for i, r := range assign.Rhs {
		if r != x {
			continue
		}
		id, ok := assign.Lhs[i].(*ast.Ident)
		if !ok || info.Defs[id] == nil {
			return nil
		}
		return id
	}
	return nil
}

// readsOf are the identifiers that use obj.
func readsOf(info *types.Info, obj types.Object) []*ast.Ident {
	var reads []*ast.Ident
	for use, o := range info.Uses {
		if o == obj {
			reads = append(reads, use)
		}
	}
	return reads
}

// typeMethodUse checks sel, a method of a cell type's reflect.Type.
func (l *typedLowering) typeMethodUse(sel *ast.SelectorExpr, named *types.Named) string {
	m := sel.Sel.Name
	if !allowedTypeMethods[m] {
		return "with its " + m + " method"
	}
	switch u := named.Underlying().(type) {
	case *types.Interface:
		return "an interface (its kind would be struct)"
	case *types.Struct:
		if m != "Field" && m != "FieldByName" {
			return ""
		}
		for i := range u.NumFields() {
			fd := u.Field(i)
			if !fd.Exported() || fd.Embedded() || mentionsCellNamed(l.t, fd.Type(), map[types.Type]bool{}) {
				return "with its " + m + " method (field " + fd.Name() + " is unexported, embedded or of a cell type)"
			}
		}
	}
	return ""
}

// mentionsCellNamed: t is or is made of a named type declared in a cell.
func mentionsCellNamed(t *Types, typ types.Type, seen map[types.Type]bool) bool {
	if seen[typ] {
		return false
	}
	seen[typ] = true
	switch u := types.Unalias(typ).(type) {
	case *types.Named:
		return u.Obj().Pkg() != nil && cellPackage(t, u.Obj().Pkg())
	case *types.Pointer:
		return mentionsCellNamed(t, u.Elem(), seen)
	case *types.Slice:
		return mentionsCellNamed(t, u.Elem(), seen)
	case *types.Array:
		return mentionsCellNamed(t, u.Elem(), seen)
	case *types.Map:
		return mentionsCellNamed(t, u.Key(), seen) || mentionsCellNamed(t, u.Elem(), seen)
	case *types.Chan:
		return mentionsCellNamed(t, u.Elem(), seen)
	}
	return false
}

// reflectedCellValue is the cell type (or the one a pointer points to)
// of x in a call reflect.ValueOf(x); nil for any other call.
func (l *typedLowering) reflectedCellValue(call *ast.CallExpr) *types.Named {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok || !l.isReflectFunc(sel, "ValueOf") || len(call.Args) != 1 {
		return nil
	}
	return l.cellNamedOf(call.Args[0])
}

func (l *typedLowering) cellNamedOf(x ast.Expr) *types.Named {
	tv, ok := l.t.Info.Types[x]
	if !ok || tv.Type == nil {
		return nil
	}
	t := tv.Type
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	if !ok || named.Obj().Pkg() == nil || !cellPackage(l.t, named.Obj().Pkg()) {
		return nil
	}
	return named
}

// reflectValueUse says why the use of v, a reflect.Value of named (or of
// a pointer to it), would answer wrongly: its Type (checked as
// reflectTypeUse checks a reflect.Type), a field or method of a struct
// whose unexported or embedded fields the interpreter shows as exported
// and plain, or the Value handed on to code this pass does not follow.
// Elem and := variables are followed.
func (l *typedLowering) reflectValueUse(v ast.Expr, named *types.Named, parents map[ast.Node]ast.Node, depth int) string {
	if depth > 8 {
		return "through too many steps to follow"
	}
	switch p := parents[v].(type) {
	case *ast.ParenExpr:
		return l.reflectValueUse(p, named, parents, depth+1)
	case *ast.SelectorExpr:
		call, _ := parents[p].(*ast.CallExpr)
		switch m := p.Sel.Name; m {
		case "Type":
			if call == nil {
				return "with its Type method as a value"
			}
			return l.reflectTypeUse(call, named, parents)
		case "Elem":
			if call == nil {
				return "with its Elem method as a value"
			}
			return l.reflectValueUse(call, named, parents, depth+1)
		case "Field", "FieldByName", "FieldByIndex", "FieldByNameFunc", "NumMethod", "Method", "MethodByName":
			if why := plainStruct(l.t, named); why != "" {
				return "with its " + m + " method (" + why + ")"
			}
		}
		return ""
	case *ast.AssignStmt:
		if p.Tok != token.DEFINE || len(p.Lhs) != len(p.Rhs) {
			return "kept in a variable"
		}
		for i, r := range p.Rhs {
			if r != v {
				continue
			}
			id, ok := p.Lhs[i].(*ast.Ident)
			if !ok {
				return "kept in a variable"
			}
			obj := l.t.Info.Defs[id]
			if obj == nil {
				return "" // _ := is no use
			}
			for use, o := range l.t.Info.Uses {
				if o != obj {
					continue
				}
				if why := l.reflectValueUse(use, named, parents, depth+1); why != "" {
					return why
				}
			}
			return ""
		}
	case *ast.ExprStmt:
		return ""
	}
	return "handed on as a value"
}

// plainStruct says why named's reflect type would show its fields or
// methods other than Go does ("" when it would not).
func plainStruct(t *Types, named *types.Named) string {
	if named.NumMethods() > 0 {
		return "it has methods"
	}
	u, ok := named.Underlying().(*types.Struct)
	if !ok {
		return ""
	}
	for i := range u.NumFields() {
		fd := u.Field(i)
		if !fd.Exported() || fd.Embedded() || mentionsCellNamed(t, fd.Type(), map[types.Type]bool{}) {
			return "field " + fd.Name() + " is unexported, embedded or of a cell type"
		}
	}
	return ""
}
