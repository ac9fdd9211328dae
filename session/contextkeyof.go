package session

import (
	"reflect"
	"strings"
)

// contextKeyOf is __gogil.ContextKeyOf (cellsrc/contextkeys.go): k, a
// context key whose static type is an interface. A value of a top-level
// cell type becomes the key ContextKey makes for a key of that static
// type; any other value stays as it is (a stand-in among them, which is
// such a key on every path already). A plain value of a basic type is
// the library type's (a cell type's is a stand-in or a box); a struct
// value whose reflect type several cell types share cannot be told apart.
func (r *cellTypeRegistry) contextKeyOf(k any) any {
	if k == nil {
		return k
	}
	rv := reflect.ValueOf(k)
	t := rv.Type()
	switch {
	case isBox(t):
		name := strings.TrimPrefix(boxedTypeName(rv), "main.")
		if name == "" {
			if names := r.names(interpValueType(rv)); len(names) == 1 {
				name = names[0]
			}
		}
		if name == "" || strings.HasPrefix(name, "*") {
			return k
		}
		return newContextKey(name, k)
	case isInterfaceWrapper(t):
		name := strings.TrimPrefix(r.dynamicName(k), "main.")
		if held := rv.Field(0); held.Kind() == reflect.Interface && !held.IsNil() && name != "" && !strings.ContainsAny(name, "*.[ ") {
			return newContextKey(name, held.Interface())
		}
		return k
	}
	if _, ok := r.standinName(t); ok {
		// A key of a type without methods of a basic kind is its
		// stand-in on every path (namedbasic.go): no other type's.
		return k
	}
	if t.Kind() != reflect.Struct || t.Name() != "" {
		return k
	}
	switch names := r.names(t); len(names) {
	case 0:
		return k
	case 1:
		return newContextKey(names[0], k)
	default:
		panic(gapf("gogil cannot use this context key: the interpreter gives the cell types %s one type, and a key held in an interface may be of either; give the key a variable or parameter of its own type", strings.Join(names, ", ")))
	}
}

func interpValueType(box reflect.Value) reflect.Type {
	if v := interpValue(box); v.IsValid() {
		return v.Type()
	}
	return nil
}
