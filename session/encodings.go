package session

import (
	"encoding"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"reflect"
	"strings"

	"github.com/traefik/yaegi/interp"
)

// yaegi v0.16.1 marks an embedded field of a cell's struct type as
// embedded (Anonymous) only when it is the struct's one field (golang/go
// #15924), and keeps unexported fields under exported names (x becomes
// Xx). encoding/json and encoding/xml, which read reflect types, then nest
// what Go promotes ({"Person":{...}} for Go's {"Name":...}) and never fill
// a promoted field. The cells' json and xml calls go through the helpers
// here, which hand the library a shadow of the value: the same data in
// reflect.StructOf copies of the cell struct types, with the fields the
// cell embedded marked Anonymous (yaegi's struct types have no methods,
// so #15924 cannot bite) and the unexported fields left out, as Go leaves
// them out; decoding copies the shadow back into the cell's value.
//
// Which fields a cell embedded, and which are unexported, only the source
// says: cellsrc/marshalers.go registers it for every top-level struct type
// a part declares (__gogil.CellFields). A reflect type that cell types of
// different field kinds share is refused, and so is a library type
// embedded with methods the encoder would promote (time.Time's
// MarshalJSON made the whole struct a time in Go).

// cellFields are the indices of a cell struct type's embedded and
// unexported fields.
type cellFields struct {
	t        reflect.Type
	embedded map[int]bool
	hidden   map[int]bool
}

// registerFields is __gogil.CellFields: ptr is a nil *T of a top-level
// struct type named name.
func (r *cellTypeRegistry) registerFields(name string, ptr any, embedded, hidden []int) {
	pt := reflect.TypeOf(ptr)
	if pt == nil || pt.Kind() != reflect.Pointer || pt.Elem().Kind() != reflect.Struct {
		return
	}
	f := cellFields{t: pt.Elem(), embedded: map[int]bool{}, hidden: map[int]bool{}}
	for _, i := range embedded {
		f.embedded[i] = true
	}
	for _, i := range hidden {
		f.hidden[i] = true
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.fields == nil {
		r.fields = map[string]cellFields{}
	}
	r.fields[name] = f
}

// fieldsOf are the field kinds of the cell struct types whose reflect
// type is t; ok is false where no cell type registered them.
func (r *cellTypeRegistry) fieldsOf(t reflect.Type) (cellFields, bool, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	var found cellFields
	var from []string
	for _, name := range r.byType[t] {
		f, ok := r.fields[name]
		if !ok || f.t != t || r.byName[name] != t {
			continue
		}
		if len(from) > 0 && !sameFields(found, f) {
			return cellFields{}, false, fmt.Errorf("the cell types %s and %s have the same fields, embedded in one and not in the other, which the interpreter cannot tell apart; give one of them a field of its own", from[0], name)
		}
		found, from = f, append(from, name)
	}
	return found, len(from) > 0, nil
}

func sameFields(a, b cellFields) bool {
	return fmt.Sprint(a.embedded) == fmt.Sprint(b.embedded) && fmt.Sprint(a.hidden) == fmt.Sprint(b.hidden)
}

// EncodingError is a json or xml call gogil cannot make as Go would: a
// gap, which ends the cell. Returned as the call's error it was lost where
// the cell dropped the error (b, _ := json.Marshal(v) printed an empty
// line for a value gogil could not encode, silently).
type EncodingError struct {
	Call string // json.Marshal
	Why  string
}

func (e *EncodingError) Error() string {
	return "gogil cannot run " + e.Call + " here: " + e.Why
}

// shadower builds the shadow of one value for one call.
type shadower struct {
	reg    *cellTypeRegistry
	key    string // json, xml
	call   string
	decode bool

	types  map[reflect.Type]reflect.Type // original to shadow (itself when unchanged)
	fields map[reflect.Type][]int        // a struct's field to its shadow's, -1 when left out
	iface  map[reflect.Type]bool         // holds an interface, whose value may need a shadow
	busy   map[reflect.Type]bool
	cycle  map[reflect.Type]bool
	ptrs   map[ptrKey]reflect.Value // original pointer to its shadow
	back   map[ptrKey]reflect.Value // shadow pointer to the original
	copied map[ptrKey]bool
}

type ptrKey struct {
	p uintptr
	t reflect.Type
}

func newShadower(reg *cellTypeRegistry, call string, decode bool) *shadower {
	key, _, _ := strings.Cut(call, ".")
	return &shadower{reg: reg, key: key, call: call, decode: decode,
		types: map[reflect.Type]reflect.Type{}, fields: map[reflect.Type][]int{}, iface: map[reflect.Type]bool{},
		busy: map[reflect.Type]bool{}, cycle: map[reflect.Type]bool{},
		ptrs: map[ptrKey]reflect.Value{}, back: map[ptrKey]reflect.Value{}, copied: map[ptrKey]bool{}}
}

func (s *shadower) fail(format string, args ...any) {
	panic(&EncodingError{Call: s.call, Why: fmt.Sprintf(format, args...)})
}

// typeName is t as the user wrote it where the registry knows it.
func (s *shadower) typeName(t reflect.Type) string {
	if names := s.reg.names(t); len(names) > 0 {
		return strings.Join(names, " or ")
	}
	return t.String()
}

// shadowType is t's shadow: t itself where the library reads it as Go
// would. Library types keep their own (compiled) fields and methods.
func (s *shadower) shadowType(t reflect.Type) reflect.Type {
	if st, ok := s.types[t]; ok {
		return st
	}
	if s.busy[t] {
		s.cycle[t] = true
		return t
	}
	s.busy[t] = true
	defer delete(s.busy, t)
	st := t
	if isBox(t) && s.decode && s.key == "json" {
		panic(decodeIntoBox(s.call))
	}
	if isBox(t) && !s.decode {
		// The interpreter's box of a cell value held in an interface
		// ([]Shape, a struct field of type any): the library would see
		// the box's unexported fields and write {}; the shadow holds the
		// boxed value in an interface{} instead.
		s.iface[t] = true
		s.types[t] = anyType
		return anyType
	}
	if isInterfaceWrapper(t) && !s.decode {
		// The interpreter's wrapper of a cell value held in a library
		// interface (a field of type error): the library would see the
		// wrapper's func fields; the shadow holds the value.
		s.iface[t] = true
		s.types[t] = anyType
		return anyType
	}
	switch t.Kind() {
	case reflect.Interface:
		s.iface[t] = true
		if !s.decode && t.NumMethod() > 0 {
			// Its value's shadow has no methods: the encoder reads
			// the value an interface holds, whatever its type.
			st = anyType
		}
	case reflect.Pointer:
		if e := s.shadowType(t.Elem()); e != t.Elem() {
			st = reflect.PointerTo(e)
		}
		s.iface[t] = s.iface[t.Elem()]
	case reflect.Slice:
		if e := s.shadowType(t.Elem()); e != t.Elem() {
			st = reflect.SliceOf(e)
		}
		s.iface[t] = s.iface[t.Elem()]
	case reflect.Array:
		if e := s.shadowType(t.Elem()); e != t.Elem() {
			st = reflect.ArrayOf(t.Len(), e)
		}
		s.iface[t] = s.iface[t.Elem()]
	case reflect.Map:
		k, e := s.shadowType(t.Key()), s.shadowType(t.Elem())
		if k != t.Key() || e != t.Elem() {
			st = reflect.MapOf(k, e)
		}
		s.iface[t] = s.iface[t.Key()] || s.iface[t.Elem()]
	case reflect.Struct:
		if t.Name() == "" {
			st = s.shadowStruct(t)
		}
	}
	if st != t && s.cycle[t] {
		s.fail("%s refers to itself through a struct with an embedded field, which gogil cannot copy into a type encoding/%s reads as Go would", s.typeName(t), s.key)
	}
	s.types[t] = st
	return st
}

// shadowStruct is the shadow of a struct type the interpreter made.
func (s *shadower) shadowStruct(t reflect.Type) reflect.Type {
	info, known, err := s.reg.fieldsOf(t)
	if err != nil {
		s.fail("%v", err)
	}
	changed := false
	var out []reflect.StructField
	index := make([]int, t.NumField())
	for i := range t.NumField() {
		f := t.Field(i)
		index[i] = -1
		embedded := f.Anonymous || known && info.embedded[i]
		hidden := known && info.hidden[i]
		tag, _, _ := strings.Cut(f.Tag.Get(s.key), ",")
		switch {
		case hidden && !embedded:
			if tag != "-" {
				changed = true // Go never writes or fills an unexported field
				continue
			}
		case embedded:
			keep := s.embeddedField(t, &f, hidden, tag)
			if !keep {
				changed = true
				continue
			}
		}
		ft := s.shadowType(f.Type)
		if ft != f.Type || f.Anonymous != t.Field(i).Anonymous {
			changed = true
		}
		s.iface[t] = s.iface[t] || s.iface[f.Type]
		f.Type = ft
		f.Index, f.Offset = nil, 0
		index[i] = len(out)
		out = append(out, f)
	}
	s.fields[t] = index
	if !changed {
		return t
	}
	var st reflect.Type
	func() {
		defer func() {
			if p := recover(); p != nil {
				s.fail("the struct type %s cannot be rebuilt with its embedded fields (%v)", s.typeName(t), p)
			}
		}()
		st = reflect.StructOf(out)
	}()
	return st
}

// embeddedField sets f up as the encoder should see an embedded field of
// struct t; false leaves it out.
func (s *shadower) embeddedField(t reflect.Type, f *reflect.StructField, hidden bool, tag string) bool {
	base := f.Type
	if base.Kind() == reflect.Pointer {
		base = base.Elem()
	}
	if tag == "-" {
		return true
	}
	library := base.Name() != "" && base.PkgPath() != ""
	if library {
		if m := s.encodingMethod(base); m != "" {
			s.fail("%s embeds %s, whose %s method Go promotes to the struct, so that encoding/%s would encode it all by that method; the interpreter's struct type has no methods: name the field (%s %s)", s.typeName(t), base, m, s.key, base.Name(), f.Type)
		}
	}
	if base.Kind() != reflect.Struct {
		// Go writes an exported one as a field named after its type, as
		// the interpreter's plain field is, and skips an unexported one.
		if hidden {
			if s.key == "xml" {
				s.fail("%s embeds the unexported non-struct type %s, which encoding/xml writes under its name and cannot read in Go; name the field", s.typeName(t), strings.TrimPrefix(f.Name, "X"))
			}
			return false
		}
		return true
	}
	if library && (base.NumMethod() > 0 || reflect.PointerTo(base).NumMethod() > 0) {
		// reflect.StructOf cannot embed a type with methods among other
		// fields (#15924); one whose fields the encoder cannot see adds
		// nothing to the encoding (sync.Mutex), and is left out.
		for i := range base.NumField() {
			if bf := base.Field(i); bf.IsExported() || bf.Anonymous {
				s.fail("%s embeds %s, a library type with methods, whose fields gogil cannot promote (reflect.StructOf cannot embed it beside other fields): name the field", s.typeName(t), base)
			}
		}
		return false
	}
	if hidden && f.Type.Kind() == reflect.Pointer && s.decode {
		s.fail("%s embeds *%s, a pointer to an unexported struct type, which Go's encoding/%s refuses to allocate when decoding; embed the struct itself or export its type", s.typeName(t), strings.TrimPrefix(f.Name, "X"), s.key)
	}
	f.Anonymous = true
	return true
}

var (
	jsonMarshaler   = reflect.TypeFor[json.Marshaler]()
	jsonUnmarshaler = reflect.TypeFor[json.Unmarshaler]()
	xmlMarshaler    = reflect.TypeFor[xml.Marshaler]()
	xmlUnmarshaler  = reflect.TypeFor[xml.Unmarshaler]()
	textMarshaler   = reflect.TypeFor[encoding.TextMarshaler]()
	textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()
)

// encodingMethod is the method of t (or *t) that the encoder would call.
func (s *shadower) encodingMethod(t reflect.Type) string {
	ifaces := map[string]reflect.Type{"MarshalJSON": jsonMarshaler, "UnmarshalJSON": jsonUnmarshaler, "MarshalText": textMarshaler, "UnmarshalText": textUnmarshaler}
	if s.key == "xml" {
		ifaces = map[string]reflect.Type{"MarshalXML": xmlMarshaler, "UnmarshalXML": xmlUnmarshaler, "MarshalText": textMarshaler, "UnmarshalText": textUnmarshaler}
	}
	for _, m := range []string{"MarshalJSON", "MarshalXML", "MarshalText", "UnmarshalJSON", "UnmarshalXML", "UnmarshalText"} {
		if it, ok := ifaces[m]; ok && (t.Implements(it) || reflect.PointerTo(t).Implements(it)) {
			return m
		}
	}
	return ""
}

var anyType = reflect.TypeFor[any]()

// needs: v's value must be copied into st (its type changes, or it holds
// an interface whose value may).
func (s *shadower) needs(t, st reflect.Type) bool {
	return t != st || s.iface[t]
}

// shadow is v (of type t) as a value of st.
func (s *shadower) shadow(v reflect.Value, st reflect.Type) reflect.Value {
	t := v.Type()
	if !s.needs(t, st) {
		return v
	}
	if s.decode && t == st {
		// The library fills it in place, as Go's would; a pointer it may
		// decode into, held in an interface, must not need a shadow.
		s.checkInPlace(v)
		return v
	}
	if isBox(t) && !s.decode {
		inner := interpValue(v)
		out := reflect.New(st).Elem()
		if inner.IsValid() && s.key == "xml" {
			// encoding/xml names an element by its value's type, which
			// the interpreter's value of a cell type does not carry.
			s.fail("a value of %s held in an interface: encoding/xml would name its element by the type, which the interpreter's value of a cell type does not carry; encode a struct with an XMLName field, or the value itself", s.typeName(inner.Type()))
		}
		if inner.IsValid() {
			out.Set(s.shadow(inner, s.shadowType(inner.Type())))
		}
		return out
	}
	if isInterfaceWrapper(t) && !s.decode {
		held, _, err := s.reg.unwrap(v)
		if err != nil {
			s.fail("a value of a cell type with methods held in an interface, whose wrapper in the interpreter does not say which type it is, or keeps part of it; hold a pointer (&T{...}) in it")
			return reflect.Zero(st)
		}
		hv := reflect.ValueOf(held)
		out := reflect.New(st).Elem()
		out.Set(s.shadow(hv, s.shadowType(hv.Type())))
		return out
	}
	switch t.Kind() {
	case reflect.Interface:
		if v.IsNil() {
			return reflect.Zero(st)
		}
		e := v.Elem()
		es := s.shadowType(e.Type())
		sv := s.shadow(e, es)
		out := reflect.New(st).Elem()
		if !sv.Type().AssignableTo(st) {
			s.fail("a value of %s held in a %s, an interface with methods that its shadow lacks", s.typeName(e.Type()), t)
		}
		out.Set(sv)
		return out
	case reflect.Pointer:
		if v.IsNil() {
			return reflect.Zero(st)
		}
		k := ptrKey{v.Pointer(), t}
		if p, ok := s.ptrs[k]; ok {
			return p
		}
		p := reflect.New(st.Elem())
		s.ptrs[k] = p
		s.back[ptrKey{p.Pointer(), st}] = v
		p.Elem().Set(s.shadow(v.Elem(), st.Elem()))
		return p
	case reflect.Slice:
		if v.IsNil() {
			return reflect.Zero(st)
		}
		n := v.Len()
		if s.decode {
			n = v.Cap() // the library reuses what lies beyond the length
		}
		out := reflect.MakeSlice(st, v.Len(), v.Cap())
		full, all := v.Slice3(0, n, v.Cap()), out.Slice3(0, n, v.Cap())
		for i := range n {
			all.Index(i).Set(s.shadow(full.Index(i), st.Elem()))
		}
		return out
	case reflect.Array:
		out := reflect.New(st).Elem()
		for i := range v.Len() {
			out.Index(i).Set(s.shadow(v.Index(i), st.Elem()))
		}
		return out
	case reflect.Map:
		if v.IsNil() {
			return reflect.Zero(st)
		}
		out := reflect.MakeMapWithSize(st, v.Len())
		it := v.MapRange()
		for it.Next() {
			out.SetMapIndex(s.shadow(it.Key(), st.Key()), s.shadow(it.Value(), st.Elem()))
		}
		return out
	case reflect.Struct:
		out := reflect.New(st).Elem()
		index := s.fields[t]
		for i := range t.NumField() {
			j := i
			if index != nil {
				j = index[i]
			}
			if j < 0 {
				continue
			}
			out.Field(j).Set(s.shadow(v.Field(i), st.Field(j).Type))
		}
		return out
	}
	return v
}

// checkInPlace refuses a pointer held in an interface within v whose
// target would need a shadow: the decoder fills it as it is. A map's
// values it replaces.
func (s *shadower) checkInPlace(v reflect.Value) {
	t := v.Type()
	if !s.iface[t] {
		return
	}
	switch t.Kind() {
	case reflect.Interface:
		if v.IsNil() {
			return
		}
		e := v.Elem()
		if e.Kind() == reflect.Pointer && !e.IsNil() && s.shadowType(e.Type()) != e.Type() {
			s.fail("decoding into a %s held in an interface, whose fields gogil cannot fill as Go does; decode into a variable of its type", s.typeName(e.Type()))
		}
	case reflect.Pointer:
		if !v.IsNil() {
			s.checkInPlace(v.Elem())
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			s.checkInPlace(v.Index(i))
		}
	case reflect.Struct:
		for i := range v.NumField() {
			s.checkInPlace(v.Field(i))
		}
	}
}

// restore copies the shadow sv back into dst, settable, of the original
// type: pointers the shadow took from dst fill the original targets, new
// ones are allocated as the decoder allocated them.
func (s *shadower) restore(dst, sv reflect.Value) {
	t := dst.Type()
	if sv.Type() == t {
		dst.Set(sv)
		return
	}
	switch t.Kind() {
	case reflect.Pointer:
		if sv.IsNil() {
			dst.Set(reflect.Zero(t))
			return
		}
		k := ptrKey{sv.Pointer(), sv.Type()}
		orig, ok := s.back[k]
		if !ok {
			orig = reflect.New(t.Elem())
			s.back[k] = orig
		}
		dst.Set(orig)
		if !s.copied[k] {
			s.copied[k] = true
			s.restore(orig.Elem(), sv.Elem())
		}
	case reflect.Slice:
		if sv.IsNil() {
			dst.Set(reflect.Zero(t))
			return
		}
		n := sv.Len()
		if dst.IsNil() || dst.Cap() != sv.Cap() || dst.Cap() < n {
			dst.Set(reflect.MakeSlice(t, n, sv.Cap()))
		} else {
			dst.Set(dst.Slice(0, n))
		}
		for i := range n {
			s.restore(dst.Index(i), sv.Index(i))
		}
	case reflect.Array:
		for i := range dst.Len() {
			s.restore(dst.Index(i), sv.Index(i))
		}
	case reflect.Map:
		if sv.IsNil() {
			dst.Set(reflect.Zero(t))
			return
		}
		if dst.IsNil() {
			dst.Set(reflect.MakeMapWithSize(t, sv.Len()))
		}
		it := sv.MapRange()
		for it.Next() {
			k := reflect.New(t.Key()).Elem()
			s.restore(k, it.Key())
			e := reflect.New(t.Elem()).Elem()
			s.restore(e, it.Value())
			dst.SetMapIndex(k, e)
		}
	case reflect.Struct:
		index := s.fields[t]
		for i := range t.NumField() {
			if index[i] >= 0 {
				s.restore(dst.Field(i), sv.Field(index[i]))
			}
		}
	default:
		dst.Set(sv)
	}
}

// encodeValue is v's shadow for an encoder, and whether it differs.
func (s *shadower) encodeValue(v any) any {
	if v == nil {
		return nil
	}
	rv := reflect.ValueOf(v)
	st := s.shadowType(rv.Type())
	if !s.needs(rv.Type(), st) {
		return v
	}
	return s.shadow(rv, st).Interface()
}

// decodeTarget is the pointer to decode into for v, and the copy back
// into v after decoding (nil when v is decoded into as it is).
func (s *shadower) decodeTarget(v any) (any, func()) {
	rv := reflect.ValueOf(v)
	if v == nil || rv.Kind() != reflect.Pointer || rv.IsNil() {
		return v, nil // the library's error
	}
	st := s.shadowType(rv.Type())
	if st == rv.Type() {
		s.checkInPlace(rv)
		return v, nil
	}
	sp := s.shadow(rv, st)
	return sp.Interface(), func() { s.restore(rv.Elem(), sp.Elem()) }
}

// nameStruct names the struct of a json field the decoder could not fill
// in the shadow target by the cell type the shadow copies.
func (s *shadower) nameStruct(err error, target any) error {
	orig := map[reflect.Type]reflect.Type{}
	for t, st := range s.types {
		orig[st] = t
	}
	return nameJSONStruct(err, target, func(t reflect.Type) []string {
		if o, ok := orig[t]; ok {
			t = o
		}
		return s.reg.names(t)
	}, func(t reflect.Type) ([]string, bool) {
		if o, ok := orig[t]; ok {
			t = o
		}
		return s.reg.localNames(t)
	}, s.reg.plainField)
}

func (r *cellTypeRegistry) marshal(call string, v any, marshal func(any) ([]byte, error)) (b []byte, err error) {
	sv := newShadower(r, call, false).encodeValue(v)
	b, err = marshal(sv)
	return b, r.renameError(err, v)
}

func (r *cellTypeRegistry) unmarshal(call string, data []byte, v any, unmarshal func([]byte, any) error) (err error) {
	s := newShadower(r, call, true)
	target, restore := s.decodeTarget(v)
	err = unmarshal(data, target)
	if restore != nil {
		restore()
		err = s.nameStruct(err, target)
	}
	return r.renameError(err, v)
}

// encoding is __gogil.Encoding: fn is the method value of call (for
// example json.Encode, xml.DecodeElement) of an Encoder or Decoder, whose
// first argument is the value encoded or decoded into.
func (r *cellTypeRegistry) encoding(fn any, call string, args ...any) (err error) {
	decode := strings.Contains(call, ".Decode")
	in := make([]reflect.Value, len(args))
	f := reflect.ValueOf(fn)
	var restore func()
	var shadowed any
	s := newShadower(r, call, decode)
	for i, a := range args {
		if i == 0 {
			if decode {
				a, restore = s.decodeTarget(a)
				shadowed = a
			} else {
				a = s.encodeValue(a)
			}
		}
		in[i] = reflect.ValueOf(a)
		if !in[i].IsValid() {
			in[i] = reflect.Zero(f.Type().In(i))
		}
	}
	err, _ = f.Call(in)[0].Interface().(error)
	if restore != nil {
		restore()
		err = s.nameStruct(err, shadowed)
	}
	var target any
	if len(args) > 0 {
		target = args[0]
	}
	return r.renameError(err, target)
}

// routeEncodings swaps encoding/json's and encoding/xml's functions in the
// interpreter's tables for ones that go through the shadows.
func routeEncodings(i *interp.Interpreter, r *cellTypeRegistry) {
	if table := i.Symbols("encoding/json")["encoding/json"]; table != nil {
		table["Marshal"] = reflect.ValueOf(func(v any) ([]byte, error) { return r.marshal("json.Marshal", v, json.Marshal) })
		table["MarshalIndent"] = reflect.ValueOf(func(v any, prefix, indent string) ([]byte, error) {
			return r.marshal("json.MarshalIndent", v, func(v any) ([]byte, error) { return json.MarshalIndent(v, prefix, indent) })
		})
		table["Unmarshal"] = reflect.ValueOf(func(data []byte, v any) error {
			return r.unmarshal("json.Unmarshal", data, v, json.Unmarshal)
		})
	}
	if table := i.Symbols("encoding/xml")["encoding/xml"]; table != nil {
		table["Marshal"] = reflect.ValueOf(func(v any) ([]byte, error) { return r.marshal("xml.Marshal", v, xml.Marshal) })
		table["MarshalIndent"] = reflect.ValueOf(func(v any, prefix, indent string) ([]byte, error) {
			return r.marshal("xml.MarshalIndent", v, func(v any) ([]byte, error) { return xml.MarshalIndent(v, prefix, indent) })
		})
		table["Unmarshal"] = reflect.ValueOf(func(data []byte, v any) error {
			return r.unmarshal("xml.Unmarshal", data, v, xml.Unmarshal)
		})
	}
}
