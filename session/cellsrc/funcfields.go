package cellsrc

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/gogil/gogil/cellio"
)

// yaegi builds a struct type that names itself with a placeholder type
// (unsafe2.dummy) where the struct is not made yet, and patches the
// struct's fields afterwards; it patches a field that is a function, or
// whose type's text ends in the placeholder (next *Node, kids
// []*Node), but not a function type inside a slice, map, array, channel
// or pointer: the handler tables of state machines, event buses and
// command dispatchers (handlers map[string]func(*Machine, Event) error,
// hooks []func(*App)). Such a field keeps a function type over the
// placeholder, and the first function stored in it or called from it
// fails in the interpreter with a message about reflect and
// unsafe2.dummy ("reflect: Call using *struct {...} as type
// *unsafe2.dummy"), or the cell refuses to compile with one. The same
// holds when the function names another struct that leads back to this
// one (an App whose handlers take a *Context that holds the *App).
//
// The same table in a package-level variable, or values of an interface
// type in place of the functions, run, so the refusal names those; a
// struct between the table and the function does not always (a
// []hook, where hook holds the function, fails the same way). A cell that
// stands alone still runs as a program.

// checkRecursiveFuncFields refuses a struct type with such a field.
func checkRecursiveFuncFields(f *File) *cellio.Error {
	specs := map[string]*ast.TypeSpec{}
	var structs []*ast.TypeSpec
	ast.Inspect(f.AST, func(n ast.Node) bool {
		if ts, ok := n.(*ast.TypeSpec); ok && ts.TypeParams == nil {
			specs[ts.Name.Name] = ts
			if _, ok := ts.Type.(*ast.StructType); ok {
				structs = append(structs, ts)
			}
		}
		return true
	})
	if len(structs) == 0 {
		return nil
	}
	// reaches tells whether the type expression x names the struct
	// target, through any type the part declares.
	var reaches func(x ast.Expr, target string, seen map[string]bool) bool
	reaches = func(x ast.Expr, target string, seen map[string]bool) bool {
		found := false
		ast.Inspect(x, func(n ast.Node) bool {
			id, ok := n.(*ast.Ident)
			if found || !ok {
				return !found
			}
			if id.Name == target {
				found = true
			} else if ts := specs[id.Name]; ts != nil && !seen[id.Name] {
				seen[id.Name] = true
				found = reaches(ts.Type, target, seen)
			}
			return !found
		})
		return found
	}
	for _, ts := range structs {
		for _, field := range ts.Type.(*ast.StructType).Fields.List {
			if isFuncType(field.Type, specs) {
				continue // patched by yaegi
			}
			for _, fn := range heldFuncs(field.Type, specs, map[string]bool{}) {
				if cyc := cycleThrough(fn, ts.Name.Name, specs, reaches); cyc != "" && !patchedBySuffix(field.Type, cyc) {
					name, varName := "an embedded field", "handlers"
					if len(field.Names) > 0 {
						name, varName = "field "+field.Names[0].Name, field.Names[0].Name
					}
					back := ""
					if cyc != ts.Name.Name {
						back = ", and " + cyc + " leads back to " + ts.Name.Name
					}
					return f.compileError(field.Type, "the struct type %s keeps functions that name %s in a slice, map, array, channel or pointer (%s %s)%s, which gogil cannot run: its interpreter builds a struct that names itself with reflect and cannot complete a function type kept that way; keep the functions outside the struct (a package-level variable: var %s %s) or behind an interface type with a method in their place",
						ts.Name.Name, cyc, name, types.ExprString(field.Type), back, varName, types.ExprString(field.Type))
				}
			}
		}
	}
	return nil
}

// isFuncType: x is a function type, or names one the part declares.
func isFuncType(x ast.Expr, specs map[string]*ast.TypeSpec) bool {
	switch x := ast.Unparen(x).(type) {
	case *ast.FuncType:
		return true
	case *ast.Ident:
		if ts := specs[x.Name]; ts != nil {
			_, ok := ts.Type.(*ast.FuncType)
			return ok
		}
	}
	return false
}

// heldFuncs lists the function types that x holds through slices, maps,
// arrays, channels and pointers, and through the names of such types the
// part declares (not through a struct or interface, which yaegi builds
// on their own).
func heldFuncs(x ast.Expr, specs map[string]*ast.TypeSpec, seen map[string]bool) []*ast.FuncType {
	switch x := ast.Unparen(x).(type) {
	case *ast.FuncType:
		return []*ast.FuncType{x}
	case *ast.ArrayType:
		return heldFuncs(x.Elt, specs, seen)
	case *ast.ChanType:
		return heldFuncs(x.Value, specs, seen)
	case *ast.StarExpr:
		return heldFuncs(x.X, specs, seen)
	case *ast.MapType:
		return append(heldFuncs(x.Key, specs, seen), heldFuncs(x.Value, specs, seen)...)
	case *ast.Ident:
		ts := specs[x.Name]
		if ts == nil || seen[x.Name] {
			return nil
		}
		switch ts.Type.(type) {
		case *ast.StructType, *ast.InterfaceType:
			return nil
		}
		seen[x.Name] = true
		return heldFuncs(ts.Type, specs, seen)
	}
	return nil
}

// cycleThrough names a struct that fn's parameters or results name and
// that is owner or leads back to it; "" when there is none.
func cycleThrough(fn *ast.FuncType, owner string, specs map[string]*ast.TypeSpec, reaches func(ast.Expr, string, map[string]bool) bool) string {
	var found string
	ast.Inspect(fn, func(n ast.Node) bool {
		id, ok := n.(*ast.Ident)
		if found != "" || !ok {
			return found == ""
		}
		ts := specs[id.Name]
		if ts == nil {
			return true
		}
		if _, isStruct := ts.Type.(*ast.StructType); !isStruct {
			return true
		}
		if id.Name == owner || reaches(ts.Type, owner, map[string]bool{id.Name: true}) {
			found = id.Name
		}
		return found == ""
	})
	return found
}

// patchedBySuffix: the text of the field's type ends in the struct's
// name (hooks []func() *Node), which yaegi takes for a field to patch,
// and patches right.
func patchedBySuffix(x ast.Expr, name string) bool {
	return strings.HasSuffix(types.ExprString(x), name)
}
