package session

import (
	"reflect"
	"strings"

	"github.com/gogil/gogil/session/cellfmt"
)

// instanceCase is __gogil.InstanceCase (cellsrc/instancecases.go): v is
// the operand of a type assertion or switch on an empty interface with a
// case of an interface with methods. A value (plain, or in the
// interpreter's box) of a reflect type the cells registered for an
// instance of a generic type, or a pointer to one, has lost the
// instance's methods: no interface case would match it, where Go's may.
// The cell ends with an error naming the instance rather than answer.
func (r *cellTypeRegistry) instanceCase(v any) any {
	if v == nil {
		return v
	}
	t := reflect.TypeOf(v)
	if isInterfaceWrapper(t) {
		return v
	}
	if isBox(t) {
		// A box of an instance (a *Box[int] with methods) fails the
		// interface cases too.
		inner := interpValue(reflect.ValueOf(v))
		if !inner.IsValid() {
			return v
		}
		t = inner.Type()
	}
	var instances []string
	star := ""
	names := r.names(t)
	if t.Kind() == reflect.Pointer {
		// The registry knows the instance by its struct type.
		star, names = "*", append(names, r.names(t.Elem())...)
	}
	for _, n := range names {
		if strings.Contains(n, "[") && !strings.HasPrefix(n, "*") {
			instances = append(instances, star+cellfmt.MainName(n))
		}
	}
	if len(instances) == 0 {
		return v
	}
	panic(gapf("gogil cannot run this type assertion or type switch to an interface on a value of %s held in an empty interface: the interpreter holds an instance of a generic type there without its methods, so no interface case would match it where Go's may; hold the value in a variable of the interface type (var s fmt.Stringer = v) and assert or switch on that",
		strings.Join(instances, " or ")))
}
