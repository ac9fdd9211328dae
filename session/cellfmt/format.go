package cellfmt

import (
	"cmp"
	"fmt"
	"reflect"
	"sort"
	"strconv"
	"strings"
)

// Args returns the arguments of a Print-style call with each cell value
// that fmt would print wrongly replaced by one that prints as Go does. It
// returns a itself when no argument needs it, which is the common case and
// costs one cached type lookup per argument.
func Args(a []any) []any {
	var out []any
	for i, x := range a {
		if x == nil || shapeOf(reflect.TypeOf(x)) == native {
			continue
		}
		if out == nil {
			out = append([]any(nil), a...)
		}
		if e, ok := x.(error); ok {
			out[i] = errorValue{value{reflect.ValueOf(x)}, e}
			continue
		}
		out[i] = value{reflect.ValueOf(x)}
	}
	if out == nil {
		return a
	}
	return out
}

// errorValue is a value that was an error: Errorf's %w wants an error, and
// the chain it makes must reach the interpreter's own value, which the
// session's errors.As and errors.Is walk recognise.
type errorValue struct {
	value
	err error
}

func (e errorValue) Error() string { return e.err.Error() }
func (e errorValue) Unwrap() error { return e.err }

// CellError is the error as the interpreter handed it to fmt.
func (e errorValue) CellError() error { return e.err }

// Printf is Args for a Printf-style call: an argument printed only with
// %T becomes its type's name as the cell wrote it.
func Printf(format string, a []any) (string, []any) { return PrintfNamed(format, a, nil, nil) }

// A Namer names the cell types whose values have reflect type t ("T",
// "*T"): several when cell types share a shape, which yaegi gives one
// reflect type; none for a type no cell declared.
type Namer func(t reflect.Type) []string

// A WrapperNamer names, as %T prints it, the type of the cell value that
// w, yaegi's wrapper of it for a library interface (sort.Interface,
// error), holds: a type's name, or a marker (UnsureType) where it can
// tell that it cannot tell. ok is false where it knows nothing more than
// the held value's reflect type does. Reading a wrapper's methods takes
// the interpreter's internals, which this package does not know: the
// session gives it.
type WrapperNamer func(w reflect.Value) (name string, ok bool)

// PrintfNamed is Printf that also names, through names, the type of a
// cell value that carries no static type (one held in an interface): its
// own name when exactly one cell type has its reflect type, a marker
// naming the candidates when several do, never one of them picked. A
// value in a wrapper is named by wrapped first: the wrapper holds a
// struct value's last field only, and cell types of one shape share a
// reflect type, but the wrapper's methods name their receiver.
func PrintfNamed(format string, a []any, names Namer, wrapped WrapperNamer) (string, []any) {
	b := Args(a)
	changed := len(a) > 0 && &b[0] != &a[0]
	standins := standinArgs(a, names)
	if !changed && !hasTyped(a) && standins == nil && (names == nil || strings.IndexByte(format, 'T') < 0) {
		return format, a
	}
	uses, takes := verbsAt(format, len(a))
	for i, name := range standins {
		if name == "" || uses[i].width || len(uses[i].offsets) > 0 || b[i] != a[i] {
			continue // a %T of a Typed would print cellfmt.Typed
		}
		// fmt names a value's type in a bad verb's text (%!d(main.Name=x)):
		// Typed names the cell type there, not its stand-in.
		if !changed {
			b, changed = append([]any(nil), a...), true
		}
		b[i] = NewTyped(a[i], &Type{Text: name, Kind: reflect.TypeOf(a[i]).Kind()}, nil)
	}
	bytes := []byte(format)
	var edits []edit
	for i, u := range uses {
		// fmt prints %p (and takes a * width) from the value itself,
		// without its methods: a stand-in there prints as the stand-in.
		if raw, as, ok := rawArg(a[i], b[i], u); ok {
			if !changed {
				b, changed = append([]any(nil), a...), true
			}
			if !u.printed && (!u.pointer || !u.width) {
				b[i] = raw
				for _, t := range takes {
					if u.pointer && t.verb && t.arg == i && format[t.at] == 'p' {
						bytes[t.at] = as[0]
					}
				}
			} else if u.pointer && !u.width {
				b = append(b, raw)
				edits = append(edits, argVerbs(format, takes, 'p', as, i, len(a), len(b))...)
			}
		}
		if len(u.offsets) == 0 || u.width {
			continue
		}
		var name string
		if typed, ok := asTyped(a[i]); ok {
			name = typed.TypeName()
		} else if replaced := isValue(b[i]); replaced || names != nil {
			w := reflect.ValueOf(a[i])
			v := unwrap(w)
			if !v.IsValid() {
				continue
			}
			t := v.Type()
			if n, ok := wrappedName(w, wrapped); ok {
				name = n
			} else if lostStruct(w, v, names) {
				name = LostType
			} else {
				// A named library type no cell type has is fmt's to print; a
				// predeclared one too, whose cell types the interpreter cannot
				// tell apart. The runner's stand-ins for cell types of basic
				// kinds (named, of a package) are named for their cell type.
				if !replaced && (t.Name() != "" && t.PkgPath() == "" || len(names(t)) == 0) {
					continue // fmt prints it right: no cell type has its type
				}
				name = typeString(t)
				if names != nil {
					switch n := names(t); len(n) {
					case 0:
					case 1:
						name = MainName(n[0])
					default:
						shown := make([]string, len(n))
						for k, one := range n {
							shown[k] = MainName(one)
						}
						name = OneOf(shown)
					}
				}
			}
		} else {
			continue
		}
		if !changed {
			b, changed = append([]any(nil), a...), true
		}
		if u.other {
			// Another verb prints the value itself: the name is an argument
			// of its own, after the others, that the %T prints as %s.
			b = append(b, name)
			edits = append(edits, argVerbs(format, takes, 'T', "s", i, len(a), len(b))...)
			continue
		}
		b[i] = name
		for _, at := range u.offsets {
			bytes[at] = 's'
		}
	}
	return applyEdits(bytes, edits), b
}

// An edit replaces format[start:end] with text.
type edit struct {
	start, end int
	text       string
}

// A take is a place in a format that takes an argument: a verb, or a *
// width or precision; index is where an explicit [n] before it starts
// (-1 if none).
type take struct {
	at, index, arg int
	verb           bool
}

// argVerbs turns each verb letter of argument i into a verb as of
// argument k (1-based, appended after the others: the name a %T prints as
// %s, the value a %p prints), and gives the place after it that takes an
// argument without an index the one fmt would have given it (i+1), which
// the index [k] would change. The last of the n arguments needs none: what
// is appended for it is appended last (in argument order), so that after
// [k] fmt runs out of arguments as it did.
func argVerbs(format string, takes []take, letter byte, as string, i, n, k int) []edit {
	var edits []edit
	for j, t := range takes {
		if !t.verb || t.arg != i || format[t.at] != letter {
			continue
		}
		start := t.at
		if t.index >= 0 {
			start = t.index
		}
		edits = append(edits, edit{start, t.at + 1, "[" + strconv.Itoa(k) + "]" + as})
		if j+1 < len(takes) && takes[j+1].index < 0 && i+1 < n {
			next := takes[j+1].at
			edits = append(edits, edit{next, next, "[" + strconv.Itoa(i+2) + "]"})
		}
	}
	return edits
}

// rawArg is the value of a printed argument x (b as Args made it) that a
// %p or a * width must be handed, where fmt would not take b, and the
// verb (as) a %p of it becomes: a pointer (or slice, map, chan, func) for
// %p, printed by %p; an integer for a width. Any other value is a bad
// %p, which fmt writes without calling a Format method: b's own Format
// writes it, under a %v that hands it 'p'.
func rawArg(x, b any, u use) (raw any, as string, ok bool) {
	if !u.pointer && !u.width {
		return nil, "", false
	}
	var v reflect.Value
	if typed, ok := asTyped(x); ok {
		v = typed.v
	} else if b != x {
		v = unwrap(reflect.ValueOf(x))
	} else {
		return nil, "", false
	}
	if !v.IsValid() || !v.CanInterface() {
		return nil, "", false
	}
	switch v.Kind() {
	case reflect.Pointer, reflect.Slice, reflect.Map, reflect.Chan, reflect.Func, reflect.UnsafePointer:
		return v.Interface(), "p", u.pointer
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		if u.width && !u.pointer {
			return v.Interface(), "", true
		}
	}
	if f, ok := b.(fmt.Formatter); ok && u.pointer && !u.width {
		return badPointer{f}, "v", true
	}
	return nil, "", false
}

// badPointer prints as its value under a %p that is not a pointer's:
// fmt's %!p(T=v), which f writes given 'p'.
type badPointer struct{ f fmt.Formatter }

func (p badPointer) Format(st fmt.State, _ rune) {
	if x, ok := asTyped(p.f); ok {
		// fmt writes the whole value so, with no method of it called
		// (where a 't' is written into each field of a struct).
		fmt.Fprintf(st, "%%!p(%s=", x.TypeName())
		x.print(st, 'v', x.v, x.t, 0, false)
		fmt.Fprint(st, ")")
		return
	}
	p.f.Format(st, 'p')
}

// applyEdits makes edits (at distinct places) to format.
func applyEdits(format []byte, edits []edit) string {
	if len(edits) == 0 {
		return string(format)
	}
	sort.SliceStable(edits, func(x, y int) bool { return edits[x].start < edits[y].start })
	var out []byte
	last := 0
	for k, e := range edits {
		if e.start == e.end && k+1 < len(edits) && edits[k+1].start == e.start {
			continue // the verb there is given an index of its own
		}
		out = append(out, format[last:e.start]...)
		out = append(out, e.text...)
		last = e.end
	}
	return string(append(out, format[last:]...))
}

// standinArgs names, by index, the arguments that are values of the
// runner's stand-ins for cell types of basic kinds (a named type of a
// package that names finds exactly one cell type for); nil where none is.
func standinArgs(a []any, names Namer) []string {
	if names == nil {
		return nil
	}
	var out []string
	for i, x := range a {
		t := reflect.TypeOf(x)
		if t == nil || t.PkgPath() == "" || t.Name() == "" || !(t.Kind() <= reflect.Complex128 || t.Kind() == reflect.String) {
			continue
		}
		if n := names(t); len(n) == 1 {
			if out == nil {
				out = make([]string, len(a))
			}
			out[i] = MainName(n[0])
		}
	}
	return out
}

// wrappedName is wrapped's name for the type of what w holds, where w is
// a yaegi wrapper and wrapped can tell.
func wrappedName(w reflect.Value, wrapped WrapperNamer) (string, bool) {
	if wrapped == nil || !isWrapper(w.Type()) {
		return "", false
	}
	return wrapped(w)
}

// LostType is what %T prints for a value of a cell struct type held in a
// native interface (error, fmt.Stringer), whose type the interpreter's
// wrapper does not keep (lostStruct).
const LostType = "%!T(gogil: a value of a cell struct type held in an interface such as error, whose type the interpreter does not keep; print it from a variable of its own type)"

// lostStruct: w is a yaegi wrapper whose value v is not the value it
// wraps. yaegi v0.16.1 fills a wrapper's IValue with getConcreteValue,
// which takes a struct without methods (every cell struct, to reflect)
// for an emulated interface and keeps its last valid field instead: an
// error holding NotFound{Key string} holds a string there. A wrapped
// value no cell type has the type of is such a field (a wrapper is only
// made for a cell type's methods); one a cell type has may be either,
// and names it as before.
func lostStruct(w, v reflect.Value, names Namer) bool {
	if names == nil || !isWrapper(w.Type()) || v.Kind() == reflect.Pointer {
		return false
	}
	return len(names(v.Type())) == 0
}

// OneOf is what %T prints for a value whose type is one of several cell
// types (named as MainName names them) that the interpreter gives one
// reflect type.
func OneOf(names []string) string {
	return "%!T" + unsureMark + "one of " + strings.Join(names, ", ") + ", which the interpreter gives one type)"
}

// UnsureType is what %T prints for a value whose type gogil cannot tell,
// words saying why.
func UnsureType(words string) string { return "%!T" + unsureMark + words + ")" }

// unsureMark begins, after fmt's "%!" and a verb, every text printed in
// place of what gogil cannot tell (OneOf, a type the interpreter does not
// name).
const unsureMark = "(gogil: "

// Unsure finds in text, made by a printing call, the first place where
// what gogil could not tell was printed in place of a value or type (a
// marker, "%!T(gogil: ...)"), and returns the marker's words. The
// printing functions make it an error rather than print a wrong value.
func Unsure(text string) (string, bool) {
	for at := 0; ; {
		i := strings.Index(text[at:], unsureMark)
		if i < 0 {
			return "", false
		}
		i += at
		if i >= 3 && text[i-3] == '%' && text[i-2] == '!' {
			return markerWords(text[i+len(unsureMark):]), true
		}
		at = i + len(unsureMark)
	}
}

// markerWords are the words of a marker up to the parenthesis that closes
// it: a type the words name may hold parentheses (func(int) int).
func markerWords(rest string) string {
	depth := 0
	for i, c := range rest {
		switch c {
		case '(':
			depth++
		case ')':
			if depth == 0 {
				return rest[:i]
			}
			depth--
		}
	}
	return rest
}

// MainName qualifies a cell type's name as %T prints it: T is main.T,
// *T is *main.T.
func MainName(name string) string {
	if rest, ok := strings.CutPrefix(name, "*"); ok {
		return "*main." + rest
	}
	return "main." + name
}

func isValue(x any) bool {
	switch x.(type) {
	case value, errorValue:
		return true
	}
	return false
}

func asTyped(x any) (Typed, bool) {
	switch x := x.(type) {
	case Typed:
		return x, true
	case TypedError:
		return x.Typed, true
	}
	return Typed{}, false
}

func hasTyped(a []any) bool {
	for _, x := range a {
		if _, ok := asTyped(x); ok {
			return true
		}
	}
	return false
}

// use is how a format uses one argument: the offsets of its %T verbs, and
// whether another verb prints it too.
type use struct {
	offsets []int
	other   bool
	pointer bool // a %p prints it
	printed bool // a verb other than %T and %p prints it
	sharp   bool // a %#v prints it, with its type's name
	width   bool // a * takes it as a width or precision
}

// GoSyntaxArgs says which of n arguments format prints with %#v, which
// writes the names of the types in the value.
func GoSyntaxArgs(format string, n int) []bool {
	out := make([]bool, n)
	for i, u := range verbs(format, n) {
		out[i] = u.sharp
	}
	return out
}

// verbs reads a format as fmt does (flags, [n] indexes, * widths and
// precisions) to find which verb prints which argument.
func verbs(format string, n int) []use {
	uses, _ := verbsAt(format, n)
	return uses
}

// verbsAt is verbs that also lists the places that take an argument.
func verbsAt(format string, n int) ([]use, []take) {
	uses := make([]use, n)
	var takes []take
	arg := 0
	indexAt, indexEnd := -1, -1
	// before is where an index just before i starts, -1 if none is.
	before := func(i int) int {
		if indexEnd == i {
			return indexAt
		}
		return -1
	}
	index := func(i int) int {
		if i < len(format) && format[i] == '[' {
			end := strings.IndexByte(format[i:], ']')
			if end < 0 {
				return i
			}
			indexAt, indexEnd = i, i+end+1
			if k, err := strconv.Atoi(format[i+1 : i+end]); err == nil {
				arg = k - 1
			}
			return i + end + 1
		}
		return i
	}
	star := func(i int) int {
		if i < len(format) && format[i] == '*' {
			takes = append(takes, take{at: i, index: before(i), arg: arg})
			if arg >= 0 && arg < n {
				uses[arg].other, uses[arg].width = true, true
			}
			arg++
			return i + 1
		}
		for i < len(format) && format[i] >= '0' && format[i] <= '9' {
			i++
		}
		return i
	}
	for i := 0; i < len(format); {
		if format[i] != '%' {
			i++
			continue
		}
		i++
		sharp := false
		for i < len(format) && strings.IndexByte("+-# 0", format[i]) >= 0 {
			sharp = sharp || format[i] == '#'
			i++
		}
		i = star(index(i))
		if i < len(format) && format[i] == '.' {
			i = star(index(i + 1))
		}
		i = index(i)
		if i >= len(format) {
			break
		}
		if format[i] == '%' {
			i++
			continue
		}
		takes = append(takes, take{at: i, index: before(i), arg: arg, verb: true})
		if arg >= 0 && arg < n {
			if format[i] == 'T' {
				uses[arg].offsets = append(uses[arg].offsets, i)
			} else {
				uses[arg].other = true
				uses[arg].pointer = uses[arg].pointer || format[i] == 'p'
				uses[arg].printed = uses[arg].printed || format[i] != 'p'
				uses[arg].sharp = uses[arg].sharp || sharp && format[i] == 'v'
			}
		}
		arg++
		i++
		for i < len(format) && format[i]&0xC0 == 0x80 { // rest of a multi-byte verb
			i++
		}
	}
	return uses, takes
}

// value prints a cell value as Go's fmt would.
type value struct{ v reflect.Value }

func (x value) Format(st fmt.State, verb rune) {
	v := x.v
	if isWrapper(v.Type()) {
		inner := unwrap(v)
		if name, call := method(v); call != nil && methodApplies(st, verb) {
			text, ok := callMethod(name, call, inner, verb)
			if !ok {
				st.Write([]byte(text))
				return
			}
			fmt.Fprintf(st, fmt.FormatString(st, verb), text)
			return
		}
		v = inner
	}
	printValue(st, verb, v, 0, true)
}

// methodApplies is fmt's rule: String and Error shape %v, %s, %q, %x and
// %X, but not %#v.
func methodApplies(st fmt.State, verb rune) bool {
	if verb == 'v' && st.Flag('#') {
		return false
	}
	return strings.ContainsRune("vsqxX", verb)
}

// callMethod calls a cell's String or Error method; a panic in it prints
// as fmt prints one, a nil pointer receiver as <nil>.
func callMethod(name string, call func() string, receiver reflect.Value, verb rune) (text string, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			ok = false
			if receiver.Kind() == reflect.Pointer && receiver.IsNil() {
				text = "<nil>"
				return
			}
			text = fmt.Sprintf("%%!%c(PANIC=%s method: %v)", verb, name, r)
		}
	}()
	return call(), true
}

// printValue is fmt's printValue for a cell value; visible says whether
// fmt could call the methods of v (not those of what an unexported field
// holds, at any depth: a time.Duration there prints as its nanoseconds).
func printValue(st fmt.State, verb rune, v reflect.Value, depth int, visible bool) {
	if !v.IsValid() || !v.CanInterface() || shapeOf(v.Type()) == native {
		var x any
		if v.IsValid() && v.CanInterface() {
			x = v.Interface()
		}
		if _, ok := x.([]byte); ok && depth > 0 {
			// fmt names a []byte argument []byte but one inside a value
			// []uint8, its reflect type; a reflect.Value prints as the latter.
			x = v
		} else if !visible && x != nil {
			x = withoutMethods(x)
		}
		fmt.Fprintf(st, fmt.FormatString(st, verb), x)
		return
	}
	if isWrapper(v.Type()) {
		if !visible {
			printValue(st, verb, unwrap(v), depth, false)
			return
		}
		value{v}.Format(st, verb)
		return
	}
	sharp := verb == 'v' && st.Flag('#')
	names := verb == 'v' && (sharp || st.Flag('+'))
	t := v.Type()
	switch v.Kind() {
	case reflect.Interface:
		printValue(st, verb, v.Elem(), depth, visible)
	case reflect.Pointer:
		switch {
		case sharp && v.IsNil():
			fmt.Fprintf(st, "(%s)(nil)", typeString(t))
		case v.IsNil() || depth > 0 || !composite(v.Elem().Kind()):
			deepPointer(st, verb, v, typeString(t))
		default:
			st.Write([]byte("&"))
			printValue(st, verb, v.Elem(), depth+1, visible)
		}
	case reflect.Struct:
		if sharp {
			st.Write([]byte(typeString(t)))
		}
		st.Write([]byte("{"))
		for i := 0; i < v.NumField(); i++ {
			if i > 0 {
				st.Write([]byte(separator(sharp)))
			}
			if names {
				st.Write([]byte(fieldName(t.Field(i).Name) + ":"))
			}
			printValue(st, verb, v.Field(i), depth+1, visible && !renamed(t.Field(i).Name))
		}
		st.Write([]byte("}"))
	case reflect.Slice, reflect.Array:
		if sharp {
			if v.Kind() == reflect.Slice && v.IsNil() {
				fmt.Fprintf(st, "%s(nil)", typeString(t))
				return
			}
			st.Write([]byte(typeString(t) + "{"))
		} else {
			st.Write([]byte("["))
		}
		for i := 0; i < v.Len(); i++ {
			if i > 0 {
				st.Write([]byte(separator(sharp)))
			}
			printValue(st, verb, v.Index(i), depth+1, visible)
		}
		st.Write([]byte(closer(sharp, "]")))
	case reflect.Map:
		if sharp {
			if v.IsNil() {
				fmt.Fprintf(st, "%s(nil)", typeString(t))
				return
			}
			st.Write([]byte(typeString(t) + "{"))
		} else {
			st.Write([]byte("map["))
		}
		for i, k := range sortedKeys(v) {
			if i > 0 {
				st.Write([]byte(separator(sharp)))
			}
			printValue(st, verb, k, depth+1, visible)
			st.Write([]byte(":"))
			printValue(st, verb, v.MapIndex(k), depth+1, visible)
		}
		st.Write([]byte(closer(sharp, "]")))
	default:
		fmt.Fprintf(st, fmt.FormatString(st, verb), v.Interface())
	}
}

// withoutMethods is x as fmt sees a value in an unexported field: a
// reflect.Value that cannot give its interface, which fmt prints by its
// kind alone, never calling String, Error or Format.
func withoutMethods(x any) reflect.Value {
	return reflect.ValueOf(hidden{x}).Field(0)
}

type hidden struct{ x any }

func separator(sharp bool) string {
	if sharp {
		return ", "
	}
	return " "
}

func closer(sharp bool, plain string) string {
	if sharp {
		return "}"
	}
	return plain
}

// sortedKeys orders map keys as fmt does (its internal/fmtsort): struct
// and array keys field by field, element by element, pointers and channels
// by address, interfaces by their dynamic type and then value.
func sortedKeys(m reflect.Value) []reflect.Value {
	keys := m.MapKeys()
	sort.SliceStable(keys, func(i, j int) bool { return compareKeys(keys[i], keys[j]) < 0 })
	return keys
}

// compareKeys is -1, 0 or 1 as a sorts before, with or after b, which are
// of one type.
func compareKeys(a, b reflect.Value) int {
	switch a.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return cmp.Compare(a.Int(), b.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return cmp.Compare(a.Uint(), b.Uint())
	case reflect.Float32, reflect.Float64:
		return cmp.Compare(a.Float(), b.Float())
	case reflect.Complex64, reflect.Complex128:
		if c := cmp.Compare(real(a.Complex()), real(b.Complex())); c != 0 {
			return c
		}
		return cmp.Compare(imag(a.Complex()), imag(b.Complex()))
	case reflect.String:
		return cmp.Compare(a.String(), b.String())
	case reflect.Bool:
		switch {
		case a.Bool() == b.Bool():
			return 0
		case a.Bool():
			return 1
		}
		return -1
	case reflect.Pointer, reflect.UnsafePointer, reflect.Chan:
		return cmp.Compare(a.Pointer(), b.Pointer())
	case reflect.Struct:
		for i := 0; i < a.NumField(); i++ {
			if c := compareKeys(a.Field(i), b.Field(i)); c != 0 {
				return c
			}
		}
		return 0
	case reflect.Array:
		for i := 0; i < a.Len(); i++ {
			if c := compareKeys(a.Index(i), b.Index(i)); c != 0 {
				return c
			}
		}
		return 0
	case reflect.Interface:
		if a.IsNil() || b.IsNil() {
			switch {
			case a.IsNil() && b.IsNil():
				return 0
			case a.IsNil():
				return -1
			}
			return 1
		}
		ta, tb := reflect.ValueOf(a.Elem().Type()), reflect.ValueOf(b.Elem().Type())
		if c := compareKeys(ta, tb); c != 0 {
			return c
		}
		return compareKeys(a.Elem(), b.Elem())
	}
	return 0
}

// typeString is a type as the cell wrote it, as far as reflect tells:
// yaegi's renamed fields get their names back, wrappers are their value.
func typeString(t reflect.Type) string {
	if t.Name() != "" {
		return t.String()
	}
	switch t.Kind() {
	case reflect.Pointer:
		return "*" + typeString(t.Elem())
	case reflect.Slice:
		return "[]" + typeString(t.Elem())
	case reflect.Array:
		return "[" + strconv.Itoa(t.Len()) + "]" + typeString(t.Elem())
	case reflect.Map:
		return "map[" + typeString(t.Key()) + "]" + typeString(t.Elem())
	case reflect.Struct:
		if t.NumField() == 0 {
			return "struct {}"
		}
		fields := make([]string, t.NumField())
		for i := range fields {
			f := t.Field(i)
			fields[i] = fieldName(f.Name) + " " + typeString(f.Type)
			if f.Anonymous {
				fields[i] = typeString(f.Type)
			}
			if tag := UserTag(string(f.Tag)); tag != "" {
				fields[i] += " " + strconv.Quote(tag)
			}
		}
		return "struct { " + strings.Join(fields, "; ") + " }"
	}
	return t.String()
}

// deepPointer prints a non-nil pointer below the top level of a value as
// fmt does, by its address: handed to fmt alone it would be at the top
// level, where fmt prints &{...} for a pointer to a struct.
func deepPointer(st fmt.State, verb rune, v reflect.Value, typeText string) {
	if verb == 'v' && st.Flag('#') {
		fmt.Fprintf(st, "(%s)(%#x)", typeText, v.Pointer())
		return
	}
	fmt.Fprintf(st, fmt.FormatString(st, verb), v.UnsafePointer())
}

// composite: fmt prints a pointer to a value of kind k at the top level as
// & and the value; any other by its address.
func composite(k reflect.Kind) bool {
	return k == reflect.Struct || k == reflect.Slice || k == reflect.Array || k == reflect.Map
}

// UserTag is a struct field's tag as the cell wrote it: the cell layer
// adds keys to the tags of unexported fields behind the mark hiddenTagMark
// (cellsrc.HiddenTagMark), which %T and %#v must not show.
func UserTag(tag string) string {
	i := strings.Index(tag, hiddenTagMark)
	if i < 0 || i > 0 && tag[i-1] != ' ' {
		return tag
	}
	return strings.TrimRight(tag[:i], " ")
}

const hiddenTagMark = `gogil:"-"`

// PlainShape: a value of t, an unboxed dynamic type, may be of a cell type
// made of t (type Words []string is []string to reflect) as well as of t
// itself, unnamed and of a kind plain values often have (a slice, map,
// function, channel or array, or a pointer to one); a struct type of a
// cell type's very fields is rare, and taken for it. A pointer to a
// predeclared number, string or bool is shared too: `type Weekday int` is
// int to reflect, and *Weekday *int, and no stand-in stands for a pointer.
// It gives t as %T prints it.
func PlainShape(t reflect.Type) (string, bool) {
	if t.Name() != "" {
		return "", false
	}
	if t.Kind() == reflect.Pointer && predeclared(t.Elem()) {
		return t.String(), true
	}
	u := t
	if u.Kind() == reflect.Pointer && u.Elem().Name() == "" {
		u = u.Elem()
	}
	switch u.Kind() {
	case reflect.Slice, reflect.Map, reflect.Func, reflect.Chan, reflect.Array:
		return t.String(), true
	}
	return "", false
}

// predeclared: t is a predeclared number, string or bool type.
func predeclared(t reflect.Type) bool {
	return t.PkgPath() == "" && t.Name() != "" && (t.Kind() <= reflect.Complex128 || t.Kind() == reflect.String)
}
