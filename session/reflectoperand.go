package session

import (
	"reflect"

	"github.com/gogil/gogil/internal/yaegistate"
)

// reflectOperand is __gogil.ReflectOperand (cellsrc/reflectiface.go): v,
// held in an interface, goes to reflect.TypeOf or reflect.ValueOf whose
// reflect.Type is used for more than its Kind. A value of a cell type, or
// of a type made of one, ends the cell: the interpreter's reflect type of
// it has no name (a stand-in's, for a basic kind) and prints as what it
// is made of, where Go's names main.T.
func (r *cellTypeRegistry) reflectOperand(v any) any {
	if v == nil {
		return v
	}
	rv := reflect.ValueOf(v)
	t := rv.Type()
	name := ""
	switch {
	case isBox(t):
		if name = boxedTypeName(rv); name == "" {
			name = r.dynamicName(v)
		}
	case isInterfaceWrapper(t):
		name = r.dynamicName(v)
	default:
		// reflectcheck.go's: the cell type t is or is made of.
		name, _ = r.cellTypeIn(t, map[reflect.Type]bool{})
	}
	if name == "" {
		return v
	}
	panic(gapf("gogil cannot reflect on a value of %s held in an interface: the interpreter's reflect type of it has no name and no methods, and prints as what the type is made of, where Go's names it; its Kind and exported fields are right, and %%T prints its type as Go does", name))
}

// reflectFieldsOperand is __gogil.ReflectFieldsOperand: as reflectOperand,
// for an operand whose reflect.Type or Value is asked, beyond its kind,
// only its Field or FieldByName, which answer as Go's for a plain cell
// struct (reflectcheck.go's plainStruct), so that one, or a pointer to
// one, passes.
func (r *cellTypeRegistry) reflectFieldsOperand(v any) any {
	t := reflect.TypeOf(v)
	if t != nil && t.Kind() == reflect.Pointer && !isBox(t) {
		// A Value's Elem reaches the struct's fields through a pointer
		// (a setter's reflect.ValueOf(&cfg).Elem().Field(i)); the
		// pointer type itself has no fields to answer wrongly.
		t = t.Elem()
	}
	if t != nil && r.plainStruct(t) {
		return v
	}
	return r.reflectOperand(v)
}

// reflectKindOperand is __gogil.ReflectKindOperand: as reflectOperand, for
// an operand whose reflect.Type or Value is asked only what answers as
// Go's for a cell type (its Kind, NumField, Len, Int). A cell value the
// interpreter put in its box or in its wrapper for a library interface (a
// value of a type with methods) comes out of it, as those would answer for
// the struct that holds it: struct and 2 where Go says float64, or 3.
func (r *cellTypeRegistry) reflectKindOperand(v any) any {
	if v == nil {
		return v
	}
	rv := reflect.ValueOf(v)
	for rv.IsValid() && (isBox(rv.Type()) || isInterfaceWrapper(rv.Type())) {
		if isBox(rv.Type()) {
			rv = yaegistate.InterfaceValue(rv)
		} else {
			held, _, err := r.unwrap(rv)
			if err != nil {
				panic(gapf("gogil cannot reflect on this value of a cell type with methods held in an interface: the interpreter's wrapper of it does not say which type it is, or keeps part of it; hold a pointer (&T{...}) in it"))
			}
			rv = reflect.ValueOf(held)
		}
		for rv.IsValid() && rv.Kind() == reflect.Interface {
			rv = rv.Elem()
		}
	}
	if !rv.IsValid() || !rv.CanInterface() {
		panic(gapf("gogil cannot reflect on this value of a cell type held in an interface: the interpreter's box of it hides it"))
	}
	return rv.Interface()
}
