package cellsrc

import (
	"go/types"
)

// The interpreter gives a cell type the reflect type of what it is made
// of: `type Words []string` is []string, `type op func(int, int) int` is
// func(int, int) int. The runner names a printed value's type from its
// reflect type when the printing call did not say it (cellfmt's Namer), so
// %T of a plain []string, or of a function whose signature a cell type
// has, printed main.Words or main.op, silently. A value whose static type
// is such an unnamed type is handed to the runner as Typed, which names
// its type from the static type, as for a cell type's value.

// sharesCellShape: t, a type holding no cell type (which the printing pass
// wraps anyway), is, or points to, the reflect type the interpreter gives
// one of the cells' named types.
func (l *typedLowering) sharesCellShape(t types.Type, shapes *[]types.Type) bool {
	t = types.Unalias(t)
	switch t.(type) {
	case *types.Named, *types.Basic, *types.Interface, *types.TypeParam:
		return false // reflect names it, or a stand-in stands for the cell type
	}
	if *shapes == nil {
		*shapes = l.cellShapes()
	}
	for _, s := range *shapes {
		if types.Identical(t, s) {
			return true
		}
	}
	return false
}

// cellShapes are the reflect types, as go/types types, of the cells'
// top-level named types of a composite kind, and of pointers to them (the
// runner registers both T and *T), and the pointers to the basic types
// of the cells' named types of a basic kind. Never nil, so that it is
// built once.
func (l *typedLowering) cellShapes() []types.Type {
	shapes := []types.Type{}
	scope := l.mainScope()
	if scope == nil {
		return shapes
	}
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		named, ok := tn.Type().(*types.Named)
		if !ok || named.TypeParams().Len() > 0 {
			continue
		}
		switch u := named.Underlying().(type) {
		case *types.Basic:
			// A stand-in names the value, but not a pointer to it: *T is
			// reflect's *int for `type T int`, as a plain *int is.
			shapes = append(shapes, types.NewPointer(u))
			continue
		case *types.Interface:
			continue
		}
		if shape, ok := eraseCellNames(named.Underlying(), map[*types.Named]bool{named: true}); ok {
			shapes = append(shapes, shape, types.NewPointer(shape))
		}
	}
	return shapes
}

// eraseCellNames is t with each cell named type in it replaced by what it
// is made of, as reflect sees it; false for a type that names itself,
// which no unnamed type is.
func eraseCellNames(t types.Type, within map[*types.Named]bool) (types.Type, bool) {
	switch t := types.Unalias(t).(type) {
	case *types.Named:
		if !inMain(t.Obj()) {
			return t, true
		}
		if within[t] || t.TypeArgs().Len() > 0 {
			return nil, false
		}
		if _, ok := t.Underlying().(*types.Interface); ok {
			return t, true // the interpreter's box, no unnamed type's
		}
		within[t] = true
		defer delete(within, t)
		return eraseCellNames(t.Underlying(), within)
	case *types.Pointer:
		e, ok := eraseCellNames(t.Elem(), within)
		return types.NewPointer(e), ok
	case *types.Slice:
		e, ok := eraseCellNames(t.Elem(), within)
		return types.NewSlice(e), ok
	case *types.Array:
		e, ok := eraseCellNames(t.Elem(), within)
		return types.NewArray(e, t.Len()), ok
	case *types.Chan:
		e, ok := eraseCellNames(t.Elem(), within)
		return types.NewChan(t.Dir(), e), ok
	case *types.Map:
		k, ok1 := eraseCellNames(t.Key(), within)
		e, ok2 := eraseCellNames(t.Elem(), within)
		return types.NewMap(k, e), ok1 && ok2
	case *types.Struct:
		fields := make([]*types.Var, t.NumFields())
		tags := make([]string, t.NumFields())
		for i := range t.NumFields() {
			f := t.Field(i)
			ft, ok := eraseCellNames(f.Type(), within)
			if !ok {
				return nil, false
			}
			fields[i] = types.NewField(f.Pos(), f.Pkg(), f.Name(), ft, f.Embedded())
			tags[i] = t.Tag(i)
		}
		return types.NewStruct(fields, tags), true
	case *types.Signature:
		if t.TypeParams().Len() > 0 {
			return nil, false
		}
		params, ok1 := eraseTuple(t.Params(), within)
		results, ok2 := eraseTuple(t.Results(), within)
		return types.NewSignatureType(nil, nil, nil, params, results, t.Variadic()), ok1 && ok2
	}
	return t, true
}

func eraseTuple(tuple *types.Tuple, within map[*types.Named]bool) (*types.Tuple, bool) {
	vars := make([]*types.Var, tuple.Len())
	for i := range tuple.Len() {
		v := tuple.At(i)
		vt, ok := eraseCellNames(v.Type(), within)
		if !ok {
			return nil, false
		}
		vars[i] = types.NewParam(v.Pos(), v.Pkg(), "", vt)
	}
	return types.NewTuple(vars...), true
}
