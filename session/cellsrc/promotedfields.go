package cellsrc

import (
	"go/ast"
	"go/types"
	"slices"
	"strings"

	"github.com/gogil/gogil/cellio"
)

// yaegi v0.16.1 looks a promoted field up depth first, and through every
// field of struct or pointer type, embedded or not: with
// `type Employee struct{ Boss *Person; Person }`, e.Name read e.Boss.Name,
// silently (and panicked on a nil Boss), and with `struct{ A; B }` where A
// embeds C, a field X of both B and C came from A.C, not from the
// shallower B. Go takes the shallowest embedded field, which go/types
// resolved: lowerPromotedFields writes its embedded fields out (e.Name
// becoming e.Person.Name), each step then a field the struct declares
// itself, which yaegi finds first. The steps stop at a library's type,
// whose fields yaegi finds through reflect, as Go does.
//
// Its lookup of a promoted method follows only embedded fields, but depth
// first too, for calls, method values and the method sets of interface
// conversions alike; a cell type whose promoted methods it would resolve
// otherwise than Go is refused where it is declared.
func lowerPromotedFields(f *File, opts Options) *cellio.Error {
	if !opts.CellTypes && !declaresTypes(f.AST) {
		return nil
	}
	if !hasValueSelector(f.AST, opts.Global) {
		return nil
	}
	t := f.types(opts)
	if t == nil || t.Info == nil || t.Info.Selections == nil {
		return nil
	}
	ast.Inspect(f.AST, func(n ast.Node) bool {
		sel, ok := n.(*ast.SelectorExpr)
		if !ok {
			return true
		}
		s := t.Info.Selections[sel]
		if s == nil || s.Kind() != types.FieldVal || len(s.Index()) < 2 {
			return true
		}
		path := embeddedPath(s.Recv(), s.Index()[:len(s.Index())-1])
		if len(path) == 0 {
			return true
		}
		x := sel.X
		for _, field := range path {
			step := &ast.SelectorExpr{X: x, Sel: &ast.Ident{NamePos: sel.Sel.NamePos, Name: field.Name()}}
			// Typed for the passes after this one (promoted.go's
			// addressable, which binds ws[i].C.Inc to &ws[i].Meta.C).
			t.Info.Types[step] = types.TypeAndValue{Type: field.Type()}
			x = step
			if libraryNamed(t, field.Type()) {
				break
			}
		}
		sel.X = x
		return true
	})
	return nil
}

// checkPromotedMethods refuses a struct type the part declares whose
// method set (of the type or of a pointer to it) has a promoted method
// that yaegi's depth-first lookup finds through other embedded fields than
// Go's shallowest one. Only a part declaring a struct with an embedded
// field is type-checked.
func checkPromotedMethods(f *File, opts Options) *cellio.Error {
	embeds := false
	ast.Inspect(f.AST, func(n ast.Node) bool {
		if st, ok := n.(*ast.StructType); ok && st.Fields != nil {
			for _, field := range st.Fields.List {
				embeds = embeds || len(field.Names) == 0
			}
		}
		return !embeds
	})
	if !embeds {
		return nil
	}
	t := f.types(opts)
	if t == nil || t.Info == nil || t.Info.Defs == nil {
		return nil
	}
	var refusal *cellio.Error
	ast.Inspect(f.AST, func(n ast.Node) bool {
		ts, ok := n.(*ast.TypeSpec)
		if !ok || refusal != nil {
			return refusal == nil
		}
		if _, isStruct := ts.Type.(*ast.StructType); !isStruct {
			return true
		}
		obj, ok := t.Info.Defs[ts.Name].(*types.TypeName)
		if !ok {
			return true
		}
		named, ok := obj.Type().(*types.Named)
		if !ok {
			return true
		}
		for _, typ := range []types.Type{named, types.NewPointer(named)} {
			ms := types.NewMethodSet(typ)
			for i := range ms.Len() {
				s := ms.At(i)
				if len(s.Index()) < 2 {
					continue
				}
				want := s.Index()[:len(s.Index())-1]
				got, found := yaegiMethodPath(t, named, s.Obj().Name(), map[types.Type]bool{})
				if !found && !cellMethod(t, s.Obj()) || found && slices.Equal(got, want) {
					// With no cell method of the name, yaegi asks reflect,
					// which promotes a library's methods as Go does.
					continue
				}
				var goes, wrong []string
				for _, field := range embeddedPath(named, want) {
					goes = append(goes, field.Name())
				}
				for _, field := range embeddedPath(named, got) {
					wrong = append(wrong, field.Name())
				}
				refusal = f.compileError(ts.Name, "the struct type %s promotes its method %s from the embedded %s, which gogil cannot run: its interpreter looks promoted methods up depth first and would call the one of %s instead; call it through the field (x.%s.%s) and do not put a value of %s in an interface that needs %s",
					ts.Name.Name, s.Obj().Name(), strings.Join(goes, "."), orNone(strings.Join(wrong, ".")), strings.Join(goes, "."), s.Obj().Name(), ts.Name.Name, s.Obj().Name())
				return false
			}
		}
		return true
	})
	return refusal
}

func orNone(path string) string {
	if path == "" {
		return "no field"
	}
	return path
}

// yaegiMethodPath is the embedded fields through which yaegi v0.16.1's
// lookupMethod finds the method name of t among the cells' methods: the
// type's own, else those of the embedded fields in order, each searched
// whole before the next, a type searched once. A library's type it does
// not look into (it asks reflect for those methods after).
func yaegiMethodPath(t *Types, typ types.Type, name string, seen map[types.Type]bool) ([]int, bool) {
	if p, ok := typ.(*types.Pointer); ok {
		typ = p.Elem()
	}
	if seen[typ] {
		return nil, false
	}
	seen[typ] = true
	if named, ok := typ.(*types.Named); ok {
		if named.Obj().Pkg() == nil || !cellPackage(t, named.Obj().Pkg()) {
			return nil, false
		}
		for i := range named.NumMethods() {
			if named.Method(i).Name() == name {
				return nil, true
			}
		}
	}
	switch u := typ.Underlying().(type) {
	case *types.Interface:
		for i := range u.NumMethods() {
			if u.Method(i).Name() == name && cellMethod(t, u.Method(i)) {
				return nil, true
			}
		}
	case *types.Struct:
		for i := range u.NumFields() {
			field := u.Field(i)
			if !field.Embedded() {
				continue
			}
			if path, ok := yaegiMethodPath(t, field.Type(), name, seen); ok {
				return append([]int{i}, path...), true
			}
		}
	}
	return nil, false
}

// cellMethod: obj is a method a cell declared (on a type or in an
// interface), not a library's.
func cellMethod(t *Types, obj types.Object) bool {
	return obj.Pkg() != nil && cellPackage(t, obj.Pkg())
}
