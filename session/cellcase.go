package session

import (
	"fmt"
	"reflect"
	"strings"
)

// cellCase is __gogil.CellCase (cellsrc/cellcase.go): v is the operand of
// a type assertion or switch, cases its case types, the cell types' by
// name and the others as nil pointers. It gives v back unless the
// interpreter cannot tell which of them v's type is: its reflect type is
// a case cell type's and another type's too, or a case library type's and
// a cell type's.
func (r *cellTypeRegistry) cellCase(v any, cases ...any) any {
	if v == nil {
		return v
	}
	rv := reflect.ValueOf(v)
	if rv.Type().PkgPath() == interpPath && rv.Type().Name() == "valueInterface" {
		if rv = interpValue(rv); !rv.IsValid() {
			return v
		}
	}
	t := rv.Type()
	r.mu.Lock()
	shared := append([]string(nil), r.byType[t]...)
	r.mu.Unlock()
	if len(shared) == 0 {
		return v
	}
	// The interpreter makes a cell struct's type itself: no library
	// value has it.
	native := !(t.Kind() == reflect.Struct || t.Kind() == reflect.Pointer && t.Elem().Kind() == reflect.Struct)
	hit := ""
	for _, c := range cases {
		switch c := c.(type) {
		case string:
			for _, s := range shared {
				if c == s && (len(shared) > 1 || native) {
					hit = c
				}
			}
		default:
			if ct := reflect.TypeOf(c); ct != nil && ct.Kind() == reflect.Pointer && ct.Elem() == t {
				hit = t.String()
			}
		}
		if hit != "" {
			break
		}
	}
	if hit == "" {
		return v
	}
	others := shared
	if native {
		others = append(others, t.String())
	}
	panic(fmt.Errorf("gogil cannot run this type assertion or type switch to %s on a value held in an interface: the interpreter holds a value of a cell type there as a value of its underlying type, and values of %s are all %s to it; give the types methods that tell them apart and switch on an interface declared in a cell",
		hit, strings.Join(others, ", "), t))
}
