package session

import (
	"fmt"
	"reflect"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/gogil/gogil/internal/yaegistate"
)

// cellTypeRegistry maps the reflect types yaegi gives the cells' types
// back to their names (cellsrc/boxed.go registers each top-level type a
// part declares). yaegi's reflect type of a named type is its underlying
// type, so two cell types of one shape share it: a lookup answers every
// name, and the caller refuses to pick one. The zero value is ready.
type cellTypeRegistry struct {
	mu     sync.Mutex
	byName map[string]reflect.Type
	byType map[reflect.Type][]string // names of T and *T, sorted
	fields map[string]cellFields     // struct types' embedded and unexported fields (encodings.go)
	// plain names, per struct type, the fields of predeclared types alone
	// (cellsrc's plainFields), which print by their reflect types.
	plain  map[string]map[string]bool
	locals map[reflect.Type][]string // names of types declared in function bodies, sorted (cellsrc/localtypes.go)
	// A cell declared generic code (genericCode).
	unknownLocals bool

	// The stand-ins of cell types of basic kinds (standin.go).
	standins     map[standinKey]reflect.Type
	standinsUsed map[reflect.Kind]int
	standinNames map[reflect.Type]string
	standinBases map[reflect.Type]reflect.Type // the interpreter's type of each
	// unsure are the reflect types of cell types of basic kinds whose
	// values went into an interface without a stand-in (markUnsure): a
	// plain value of one there may be of such a type.
	unsure map[reflect.Type]bool
}

// register is __gogil.CellType: ptr is a nil *T; plain, for a struct
// type, its fields of predeclared types, comma-separated. A later cell
// declaring the name again replaces its type.
func (r *cellTypeRegistry) register(name string, ptr any, plain ...string) {
	pt := reflect.TypeOf(ptr)
	if pt == nil || pt.Kind() != reflect.Pointer {
		return
	}
	t := pt.Elem()
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.byName == nil {
		r.byName, r.byType = map[string]reflect.Type{}, map[reflect.Type][]string{}
	}
	delete(r.plain, name)
	if len(plain) == 1 && plain[0] != "" {
		if r.plain == nil {
			r.plain = map[string]map[string]bool{}
		}
		set := map[string]bool{}
		for _, f := range strings.Split(plain[0], ",") {
			set[f] = true
		}
		r.plain[name] = set
	}
	if old, ok := r.byName[name]; ok {
		r.drop(old, name)
		r.drop(reflect.PointerTo(old), "*"+name)
	}
	r.byName[name] = t
	r.add(t, name)
	r.add(pt, "*"+name)
}

func (r *cellTypeRegistry) add(t reflect.Type, name string) {
	names := append(r.byType[t], name)
	sort.Strings(names)
	r.byType[t] = names
}

func (r *cellTypeRegistry) drop(t reflect.Type, name string) {
	names := r.byType[t]
	for i, n := range names {
		if n == name {
			names = append(names[:i:i], names[i+1:]...)
			break
		}
	}
	if len(names) == 0 {
		delete(r.byType, t)
	} else {
		r.byType[t] = names
	}
}

// registerLocal is __gogil.LocalType: ptr is a nil *T of a type T
// declared in a function body, which runs the declaration.
func (r *cellTypeRegistry) registerLocal(name string, ptr any) {
	pt := reflect.TypeOf(ptr)
	if pt == nil || pt.Kind() != reflect.Pointer {
		return
	}
	t := pt.Elem()
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.locals == nil {
		r.locals = map[reflect.Type][]string{}
	}
	names := r.locals[t]
	i := sort.SearchStrings(names, name)
	if i < len(names) && names[i] == name {
		return
	}
	r.locals[t] = slices.Insert(names, i, name)
}

// genericCode notes that a cell declared a generic function or method,
// whose values may be of types no registration names (a type declared in
// it, an instance Box[T] of a type parameter).
func (r *cellTypeRegistry) genericCode() {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.unknownLocals = true
}

// localNames are the types declared in function bodies whose reflect type
// is t, of the declarations that have run; all is false once a cell
// declared generic code, whose values' types may have no registration.
func (r *cellTypeRegistry) localNames(t reflect.Type) (names []string, all bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.locals[t], !r.unknownLocals
}

// names are the cell types whose reflect type is t.
func (r *cellTypeRegistry) names(t reflect.Type) []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.byType[t]
}

// typeOf is the reflect type of the cell type name ("T" or "*T").
func (r *cellTypeRegistry) typeOf(name string) (reflect.Type, bool) {
	base, star := strings.CutPrefix(name, "*")
	r.mu.Lock()
	t, ok := r.byName[base]
	r.mu.Unlock()
	if ok && star {
		t = reflect.PointerTo(t)
	}
	return t, ok
}

// unbox is __gogil.Unbox: the value a type switch on an operand of a
// native interface type decides on. A cell value yaegi wrapped to put it
// in the interface comes out of its wrapper, so that yaegi's case of the
// cell type matches it; it ends the cell with an error where its reflect
// type is no single registered cell type's, as yaegi would then match the
// wrong case or none. Anything else is returned as it is.
func (r *cellTypeRegistry) unbox(v any) any {
	if v == nil {
		return nil
	}
	rv := reflect.ValueOf(v)
	if !isInterfaceWrapper(rv.Type()) {
		return v
	}
	held, _, err := r.unwrap(rv)
	if err != nil {
		panic(*err)
	}
	if names := r.byType[reflect.TypeOf(held)]; len(names) != 1 {
		panic(unboxError{t: reflect.TypeOf(held), names: names})
	}
	return held
}

// unwrap is the cell value a wrapper holds, and its type's name as its
// methods' receiver says ("T", "*T"), which cell types of one shape share
// the reflect type of; an error where it cannot tell.
func (r *cellTypeRegistry) unwrap(rv reflect.Value) (any, string, *unboxError) {
	// The receiver of a method of the wrapper names the value's type; what
	// the wrapper holds is the value itself only for a pointer or a
	// non-struct type (yaegi keeps one field of a struct: structHeld).
	recv, ok := yaegistate.MethodReceiver(rv.Field(1))
	held := rv.Field(0)
	if held.Kind() == reflect.Interface {
		held = held.Elem()
	}
	if !ok || !held.IsValid() {
		return nil, "", &unboxError{t: rv.Type()}
	}
	name := strings.TrimPrefix(recv, "*")
	r.mu.Lock()
	t, known := r.byName[name]
	embedded := known && r.embeddedLocked(t)
	r.mu.Unlock()
	switch {
	case !known:
		return nil, "", &unboxError{t: held.Type(), names: nil, recv: recv}
	case embedded:
		return nil, "", &unboxError{t: held.Type(), names: []string{name}, embedded: true}
	case held.Type() == reflect.PointerTo(t):
		recv = "*" + name
	case held.Type() == t && (t.Kind() != reflect.Struct || !strings.HasPrefix(recv, "*")):
		recv = name
	default:
		whole, ok := structHeld(rv, t)
		if !ok {
			return nil, "", &unboxError{t: held.Type(), names: []string{name}, truncated: t.Kind() == reflect.Struct}
		}
		held = whole
	}
	return held.Interface(), recv, nil
}

// plainField: the cell struct type name declared field of types made of
// predeclared types alone (cellsrc's plainFields), so that its int is an
// int and no cell type's.
func (r *cellTypeRegistry) plainField(name, field string) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.plain[name][field]
}

// embeddedLocked: a registered struct type embeds t or *t, so that a
// method of t may be a promoted one of a value of that struct.
func (r *cellTypeRegistry) embeddedLocked(t reflect.Type) bool {
	for name, s := range r.byName {
		if s.Kind() != reflect.Struct {
			continue
		}
		// yaegi marks an embedded field Anonymous only when it is the
		// struct's one field; CellFields registers which are.
		known := r.fields[name]
		for i := range s.NumField() {
			f := s.Field(i)
			if (f.Anonymous || known.t == s && known.embedded[i]) && (f.Type == t || f.Type == reflect.PointerTo(t)) {
				return true
			}
		}
	}
	return false
}

// structHeld is the struct value of the cell type t that yaegi's wrapper
// wr holds. yaegi v0.16.1 fills the wrapper's IValue with the struct's
// last field (getConcreteValue), so that x.(T), a type switch or
// errors.As on it found a value of the field's type; the wrapper's methods
// read the whole value, and their receiver is it. ok is false where no
// method gives a value of type t (a promoted method gives the embedded
// value).
func structHeld(wr reflect.Value, t reflect.Type) (reflect.Value, bool) {
	if t.Kind() != reflect.Struct {
		return reflect.Value{}, false
	}
	for i := 1; i < wr.NumField(); i++ {
		if v, ok := yaegistate.MethodReceiverValue(wr.Field(i)); ok && v.Type() == t {
			return v, true
		}
	}
	return reflect.Value{}, false
}

// isInterfaceWrapper tells yaegi's generated interface wrappers (field
// IValue, then one func field W<Method> per method) by their layout.
func isInterfaceWrapper(t reflect.Type) bool {
	if t.Kind() != reflect.Struct || t.NumField() < 2 {
		return false
	}
	if f := t.Field(0); f.Name != "IValue" || f.Type.Kind() != reflect.Interface {
		return false
	}
	for i := 1; i < t.NumField(); i++ {
		if f := t.Field(i); !strings.HasPrefix(f.Name, "W") || f.Type.Kind() != reflect.Func {
			return false
		}
	}
	return true
}

type unboxError struct {
	t         reflect.Type
	names     []string
	recv      string
	embedded  bool // a cell struct type embeds it
	truncated bool // a struct value the interpreter kept one field of
}

func (e unboxError) Error() string {
	const what = "gogil cannot run this type switch on a value of a cell type held in a native interface (error, fmt.Stringer): "
	switch {
	case e.truncated:
		return what + "the interpreter keeps only one field of a struct value of " + e.names[0] + " there; put a pointer (&" + e.names[0] + "{...}) in the interface and switch on case *" + e.names[0]
	case e.embedded:
		return what + "its method may be one " + e.names[0] + " promotes to a struct type embedding it, which the interpreter cannot tell apart"
	case len(e.names) > 1:
		return what + "the cell types " + strings.Join(e.names, ", ") + " have the same underlying type, which the interpreter cannot tell apart"
	case e.recv != "":
		return fmt.Sprintf(what+"its type (the receiver %s) was declared inside a function or is generic; declare it at the top level of a cell", e.recv)
	}
	return fmt.Sprintf(what+"the interpreter's %s does not say which type the value is", e.t)
}
