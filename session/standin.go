package session

import (
	"reflect"
	"strings"

	"github.com/gogil/gogil/session/cellfmt"
)

// yaegi v0.16.1 gives a cell type whose underlying type is basic
// (`type celsius float64`) that basic type as its reflect type, and holds
// a value of it in an any as a plain float64: a `case float64` or
// x.(float64) matched it, and %T printed float64, silently. The cells'
// conversions of such a value to an interface, which go/types sees,
// become __gogil.Named(x, "celsius") (cellsrc/namedbasic.go), which puts
// in the interface a value of a stand-in: a native named type of the same
// kind, one per cell type, which no library case matches and which fmt,
// json and == treat as Go treats the cell type (they go by kind and by
// type identity). CellCase gives an assertion or switch to the cell type
// the value of yaegi's reflect type back, and the registry names the
// stand-in for %T and for messages.
//
// There are standinSlots stand-ins of each kind: a session that declares
// more types of one kind than that keeps the interpreter's plain value for
// the rest (the old behaviour, which CellCase refuses where it can).
const standinSlots = 4

type (
	standinBool_0       bool
	standinBool_1       bool
	standinBool_2       bool
	standinBool_3       bool
	standinInt_0        int
	standinInt_1        int
	standinInt_2        int
	standinInt_3        int
	standinInt8_0       int8
	standinInt8_1       int8
	standinInt8_2       int8
	standinInt8_3       int8
	standinInt16_0      int16
	standinInt16_1      int16
	standinInt16_2      int16
	standinInt16_3      int16
	standinInt32_0      int32
	standinInt32_1      int32
	standinInt32_2      int32
	standinInt32_3      int32
	standinInt64_0      int64
	standinInt64_1      int64
	standinInt64_2      int64
	standinInt64_3      int64
	standinUint_0       uint
	standinUint_1       uint
	standinUint_2       uint
	standinUint_3       uint
	standinUint8_0      uint8
	standinUint8_1      uint8
	standinUint8_2      uint8
	standinUint8_3      uint8
	standinUint16_0     uint16
	standinUint16_1     uint16
	standinUint16_2     uint16
	standinUint16_3     uint16
	standinUint32_0     uint32
	standinUint32_1     uint32
	standinUint32_2     uint32
	standinUint32_3     uint32
	standinUint64_0     uint64
	standinUint64_1     uint64
	standinUint64_2     uint64
	standinUint64_3     uint64
	standinUintptr_0    uintptr
	standinUintptr_1    uintptr
	standinUintptr_2    uintptr
	standinUintptr_3    uintptr
	standinFloat32_0    float32
	standinFloat32_1    float32
	standinFloat32_2    float32
	standinFloat32_3    float32
	standinFloat64_0    float64
	standinFloat64_1    float64
	standinFloat64_2    float64
	standinFloat64_3    float64
	standinComplex64_0  complex64
	standinComplex64_1  complex64
	standinComplex64_2  complex64
	standinComplex64_3  complex64
	standinComplex128_0 complex128
	standinComplex128_1 complex128
	standinComplex128_2 complex128
	standinComplex128_3 complex128
	standinString_0     string
	standinString_1     string
	standinString_2     string
	standinString_3     string
)

// standinTypes are the stand-ins of each kind, in slot order.
var standinTypes = map[reflect.Kind][]reflect.Type{
	reflect.Bool:       {reflect.TypeFor[standinBool_0](), reflect.TypeFor[standinBool_1](), reflect.TypeFor[standinBool_2](), reflect.TypeFor[standinBool_3]()},
	reflect.Int:        {reflect.TypeFor[standinInt_0](), reflect.TypeFor[standinInt_1](), reflect.TypeFor[standinInt_2](), reflect.TypeFor[standinInt_3]()},
	reflect.Int8:       {reflect.TypeFor[standinInt8_0](), reflect.TypeFor[standinInt8_1](), reflect.TypeFor[standinInt8_2](), reflect.TypeFor[standinInt8_3]()},
	reflect.Int16:      {reflect.TypeFor[standinInt16_0](), reflect.TypeFor[standinInt16_1](), reflect.TypeFor[standinInt16_2](), reflect.TypeFor[standinInt16_3]()},
	reflect.Int32:      {reflect.TypeFor[standinInt32_0](), reflect.TypeFor[standinInt32_1](), reflect.TypeFor[standinInt32_2](), reflect.TypeFor[standinInt32_3]()},
	reflect.Int64:      {reflect.TypeFor[standinInt64_0](), reflect.TypeFor[standinInt64_1](), reflect.TypeFor[standinInt64_2](), reflect.TypeFor[standinInt64_3]()},
	reflect.Uint:       {reflect.TypeFor[standinUint_0](), reflect.TypeFor[standinUint_1](), reflect.TypeFor[standinUint_2](), reflect.TypeFor[standinUint_3]()},
	reflect.Uint8:      {reflect.TypeFor[standinUint8_0](), reflect.TypeFor[standinUint8_1](), reflect.TypeFor[standinUint8_2](), reflect.TypeFor[standinUint8_3]()},
	reflect.Uint16:     {reflect.TypeFor[standinUint16_0](), reflect.TypeFor[standinUint16_1](), reflect.TypeFor[standinUint16_2](), reflect.TypeFor[standinUint16_3]()},
	reflect.Uint32:     {reflect.TypeFor[standinUint32_0](), reflect.TypeFor[standinUint32_1](), reflect.TypeFor[standinUint32_2](), reflect.TypeFor[standinUint32_3]()},
	reflect.Uint64:     {reflect.TypeFor[standinUint64_0](), reflect.TypeFor[standinUint64_1](), reflect.TypeFor[standinUint64_2](), reflect.TypeFor[standinUint64_3]()},
	reflect.Uintptr:    {reflect.TypeFor[standinUintptr_0](), reflect.TypeFor[standinUintptr_1](), reflect.TypeFor[standinUintptr_2](), reflect.TypeFor[standinUintptr_3]()},
	reflect.Float32:    {reflect.TypeFor[standinFloat32_0](), reflect.TypeFor[standinFloat32_1](), reflect.TypeFor[standinFloat32_2](), reflect.TypeFor[standinFloat32_3]()},
	reflect.Float64:    {reflect.TypeFor[standinFloat64_0](), reflect.TypeFor[standinFloat64_1](), reflect.TypeFor[standinFloat64_2](), reflect.TypeFor[standinFloat64_3]()},
	reflect.Complex64:  {reflect.TypeFor[standinComplex64_0](), reflect.TypeFor[standinComplex64_1](), reflect.TypeFor[standinComplex64_2](), reflect.TypeFor[standinComplex64_3]()},
	reflect.Complex128: {reflect.TypeFor[standinComplex128_0](), reflect.TypeFor[standinComplex128_1](), reflect.TypeFor[standinComplex128_2](), reflect.TypeFor[standinComplex128_3]()},
	reflect.String:     {reflect.TypeFor[standinString_0](), reflect.TypeFor[standinString_1](), reflect.TypeFor[standinString_2](), reflect.TypeFor[standinString_3]()},
}

// standinKey is a cell type name and the kind of its stand-in.
type standinKey struct {
	name string
	kind reflect.Kind
}

// named is __gogil.Named: v, a value of the cell type name, as a value of
// that type's stand-in. It may run before the type's registration (a
// package-level variable is initialized before the init functions run):
// v's reflect type is the interpreter's for the type. A value of no
// predeclared type, or of a type past the stand-ins, stays as it is.
func (r *cellTypeRegistry) named(v any, name string) any {
	if v == nil {
		return v
	}
	rv := reflect.ValueOf(v)
	t := rv.Type()
	if t.PkgPath() != "" || t.Name() != t.Kind().String() {
		return v
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.byType == nil {
		r.byName, r.byType = map[string]reflect.Type{}, map[reflect.Type][]string{}
	}
	key := standinKey{name, t.Kind()}
	s, ok := r.standins[key]
	if !ok {
		slots := standinTypes[t.Kind()]
		if r.standinsUsed[t.Kind()] >= len(slots) {
			r.markUnsureLocked(t)
			return v
		}
		if r.standins == nil {
			r.standins, r.standinsUsed = map[standinKey]reflect.Type{}, map[reflect.Kind]int{}
			r.standinNames, r.standinBases = map[reflect.Type]string{}, map[reflect.Type]reflect.Type{}
		}
		s = slots[r.standinsUsed[t.Kind()]]
		r.standinsUsed[t.Kind()]++
		r.standins[key], r.standinNames[s], r.standinBases[s] = s, name, t
		// The printing functions and the messages name a value by its
		// reflect type: the stand-in's is the cell type's alone.
		r.add(s, name)
	}
	return rv.Convert(s).Interface()
}

// namedParam is __gogil.NamedParam (cellsrc/namedbasic.go): v, of the
// type parameter key ("Describe#0"), goes into an interface. Where v's
// reflect type is a cell type's of a basic kind without methods that the
// type parameter's instances gave it, and the instances gave it neither
// the predeclared type itself nor another cell type of that reflect type
// (whose values would look the same), v is of that cell type: it goes in
// as named puts it. Otherwise v is left as the interpreter holds it, but
// for the operand of a type switch or assertion (inCase), whose case of
// the basic type would take a value of a cell type for its own: there the
// cell ends with an error naming the types.
func namedParam(cells *cellTypeRegistry, params *paramArgRegistry, v any, key string, inCase bool) any {
	if v == nil || !isBasic(reflect.TypeOf(v)) {
		return v
	}
	t := reflect.TypeOf(v)
	all := cells.names(t)
	if len(all) == 0 {
		return v // no cell type has t: the instances need not be walked
	}
	here := argScope{true, params.possible([]string{key})}
	names := here.keep(all)
	if len(names) == 0 {
		return v
	}
	if len(names) > 1 || here.plain(t) || !here.possible["+"+names[0]] {
		if inCase {
			var shown []string
			for _, n := range names {
				shown = append(shown, cellfmt.MainName(n))
			}
			if here.plain(t) {
				shown = append(shown, t.String())
			}
			panic(gapf("gogil cannot run this type switch or assertion on any(v) in generic code: the type parameter's instances include %s, which the interpreter holds there as one type, %s, so a case of %s would take one for the other; switch on a value of an interface the cells declare, or give the generic function the case's type as a type argument and compare with it", strings.Join(shown, ", "), t, t))
		}
		cells.markUnsure(t)
		return v
	}
	return cells.named(v, names[0])
}

// markUnsure records that a value of a cell type whose reflect type
// is t went into an interface as a plain value: %T of a plain t there
// is then an error naming the types (unsureNames), not t.
func (r *cellTypeRegistry) markUnsure(t reflect.Type) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.markUnsureLocked(t)
}

// markUnsureLocked is markUnsure with r.mu held.
func (r *cellTypeRegistry) markUnsureLocked(t reflect.Type) {
	if r.unsure == nil {
		r.unsure = map[reflect.Type]bool{}
	}
	r.unsure[t] = true
}

// unsureNames are the cell types a plain value of t held in an interface
// may be of, where one of them went in as a plain value (markUnsure).
func (r *cellTypeRegistry) unsureNames(t reflect.Type) []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	if !r.unsure[t] {
		return nil
	}
	var names []string
	for _, n := range r.byType[t] {
		if !strings.HasPrefix(n, "*") {
			names = append(names, n)
		}
	}
	return names
}

// standinName is the cell type whose stand-in t is.
func (r *cellTypeRegistry) standinName(t reflect.Type) (string, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	name, ok := r.standinNames[t]
	return name, ok
}

// standinCase is cellCase on rv, a value of the stand-in of the cell type
// name; cases are in the order of the switch's clauses. An assertion or
// switch with a case of that type gets the value of the interpreter's
// reflect type, which its case matches, unless a case before it (a
// library type, another cell type) has that reflect type too and would
// match it first; without a case of its type it gets the stand-in, which
// only interface cases match.
func (r *cellTypeRegistry) standinCase(v any, rv reflect.Value, name string, cases []any) any {
	if !slicesContainsString(cases, name) {
		return v
	}
	r.mu.Lock()
	t := r.standinBases[rv.Type()]
	r.mu.Unlock()
	for _, c := range cases {
		other := ""
		switch c := c.(type) {
		case string:
			if c == name {
				return rv.Convert(t).Interface()
			}
			if ct, ok := r.typeOf(c); ok && ct == t {
				other = cellfmt.MainName(c)
			}
		default:
			if ct := reflect.TypeOf(c); ct != nil && ct.Kind() == reflect.Pointer && ct.Elem() == t {
				other = t.String()
			}
		}
		if other != "" {
			panic(gapf("gogil cannot run this type switch with a case of %s before the case of %s on a value of %s: the interpreter gives both types one type, %s, and would take the value for the earlier case's; put the case of %s first",
				other, cellfmt.MainName(name), cellfmt.MainName(name), t, cellfmt.MainName(name)))
		}
	}
	return v
}

func slicesContainsString(cases []any, name string) bool {
	for _, c := range cases {
		if s, ok := c.(string); ok && s == name {
			return true
		}
	}
	return false
}
