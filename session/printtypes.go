package session

import (
	"fmt"
	"go/types"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/gogil/gogil/session/cellfmt"
	"github.com/gogil/gogil/session/cellsrc"
)

// printedTypes are the static types of values cells print, registered by
// the printing pass of the lowering (cellsrc's printtypes.go) and looked
// up by __gogil.Typed at run time, from any goroutine. The zero value is
// ready.
type printedTypes struct {
	mu      sync.Mutex
	ids     map[types.Type]int
	list    []*cellfmt.Type
	methods [][]cellsrc.Method
}

// describe registers t (once per go/types type, unless it holds an
// interface, whose candidates depend on the call) and returns its id and
// the String and Error methods its Typed call must carry.
func (p *printedTypes) describe(t types.Type, candidates cellsrc.Candidates) (int, []cellsrc.Method) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if id, ok := p.ids[t]; ok {
		return id, p.methods[id]
	}
	if p.ids == nil {
		p.ids = map[types.Type]int{}
	}
	b := describer{nodes: map[types.Type]*cellfmt.Type{}, methodAt: map[methodKey]int{}, candidates: candidates}
	desc := b.build(t)
	if desc == nil {
		// A type holding no cell type, whose reflect type one has
		// (cellsrc's shapeprint.go): printed by fmt, named by its own text.
		desc = &cellfmt.Type{Text: typeText(t)}
	}
	id := len(p.list)
	if !b.dynamic {
		p.ids[t] = id
	}
	p.list = append(p.list, desc)
	p.methods = append(p.methods, b.methods)
	return id, b.methods
}

func (p *printedTypes) lookup(id int) *cellfmt.Type {
	p.mu.Lock()
	defer p.mu.Unlock()
	if id < 0 || id >= len(p.list) {
		return nil
	}
	return p.list[id]
}

// typed is __gogil.Typed.
func (p *printedTypes) typed(cells *cellTypeRegistry, x any, id int, methods ...any) any {
	t := p.lookup(id)
	if t == nil {
		return x
	}
	return cellfmt.NewTypedResolved(x, t, methods, cells.resolveDynamic)
}

// typedSpread is __gogil.TypedSpread: the elements of xs, a slice of
// interfaces spread into a printing call, each as the Typed of its
// dynamic value, out of the interpreter's box, that the slice's
// description (id) picks for it, or the value alone where it picks none.
func (p *printedTypes) typedSpread(cells *cellTypeRegistry, xs any, id int, methods ...any) []any {
	v := reflect.ValueOf(xs)
	if !v.IsValid() || v.Kind() != reflect.Slice {
		return nil
	}
	out := make([]any, v.Len())
	t := p.lookup(id)
	for i := range out {
		e := v.Index(i)
		var et *cellfmt.Type
		if t != nil && t.Elem != nil {
			e, et = cells.resolveDynamic(e, t.Elem)
		} else {
			for e.IsValid() && e.Kind() == reflect.Interface {
				e = e.Elem()
			}
			if e.IsValid() && isBox(e.Type()) {
				e = interpValue(e)
			}
		}
		switch {
		case !e.IsValid() || !e.CanInterface():
			out[i] = nil
		case et == nil:
			out[i] = e.Interface()
		default:
			out[i] = cellfmt.NewTypedResolved(e.Interface(), et, methods, cells.resolveDynamic)
		}
	}
	return out
}

// resolveDynamic is cellfmt's Resolver: the value held in an interface
// inside a printed value, out of the interpreter's valueInterface, and
// the one candidate cell type whose registered reflect type is its own
// (OneOf where several are, as typedIface). A number or string not in
// such a box is no value of a cell type with methods (the interpreter
// boxes those), and prints by its reflect type, as fmt would print
// either; nor is a value of a type declared in a function body ever boxed,
// so only an unboxed value may be one (Candidate.Local).
func (r *cellTypeRegistry) resolveDynamic(v reflect.Value, at *cellfmt.Type) (reflect.Value, *cellfmt.Type) {
	boxed, boxedAs := false, ""
	for v.IsValid() {
		if v.Kind() == reflect.Interface {
			v = v.Elem()
		} else if isBox(v.Type()) {
			boxedAs = boxedCandidate(v)
			v, boxed = interpValue(v), true
		} else {
			break
		}
	}
	if !v.IsValid() {
		return v, nil
	}
	wrapper, unwrapped := v, "" // the cell type a library interface's wrapper names
	if isInterfaceWrapper(v.Type()) {
		// fmt prints a wrapper (an error in a struct's field) by its
		// methods, which %v and %s call, but %#v and %d print the one
		// field of the value yaegi kept in it (Err:5 for an E2{4, 5}):
		// the value comes out, as typedIface takes it.
		inner, name, err := r.unwrap(v)
		if err != nil || inner == nil {
			return v, nil // cellfmt prints what a wrapper holds by its methods
		}
		v, unwrapped = reflect.ValueOf(inner), name
	}
	if !boxed && unwrapped == "" && isBasic(v.Type()) {
		// Unboxed, as typedIface finds it: a plain value, or a value of a
		// cell type with methods that lost its box; either where such a
		// type has its reflect type.
		var shown []string
		withMethods := false
		for _, c := range at.Candidates {
			if c.Type == nil || c.Type.Method == 0 && c.Type.Formatter == 0 && c.Type.GoStringer == 0 {
				continue
			}
			if t, ok := r.typeOf(c.Name); ok && t == v.Type() {
				shown, withMethods = append(shown, cellfmt.MainName(c.Name)), true
			}
		}
		// Or of one without methods that went in plain (markUnsure).
		for _, n := range r.unsureNames(v.Type()) {
			if !slices.Contains(shown, cellfmt.MainName(n)) {
				shown = append(shown, cellfmt.MainName(n))
			}
		}
		if len(shown) == 0 {
			return v, nil
		}
		return v, &cellfmt.Type{Text: cellfmt.OneOf(append(shown, v.Type().String())), Unsure: withMethods}
	}
	var matches []cellfmt.Candidate
	withMethods, local := false, false
	for _, c := range at.Candidates {
		if c.Type == nil || c.Type.Kind != reflect.Invalid && c.Type.Kind != v.Kind() {
			continue // Kind is set for composites: a cheap test before the registry's lock
		}
		if unwrapped != "" && c.Name != unwrapped {
			continue
		}
		if t, ok := r.typeOf(c.Name); ok && t == v.Type() {
			matches = append(matches, c)
			withMethods = withMethods || c.Type.Method > 0 || c.Type.Formatter > 0 || c.Type.GoStringer > 0
			local = local || c.Local && !boxed
		}
	}
	if unwrapped != "" && (len(matches) != 1 || local) {
		return wrapper, nil // not told apart: the wrapper, by its methods
	}
	if len(matches) > 1 && boxedAs != "" && !local {
		// The box records which of the cell types of one shape the value
		// is.
		for _, m := range matches {
			if m.Name == boxedAs {
				matches, withMethods = []cellfmt.Candidate{m}, m.Type.Method > 0 || m.Type.Formatter > 0 || m.Type.GoStringer > 0
				break
			}
		}
	}
	var shown []string
	plain, shared := cellfmt.PlainShape(v.Type())
	if shared && len(matches) > 0 && !boxed && at.Text == "interface {}" {
		shown = append(shown, plain)
	}
	for _, m := range matches {
		shown = append(shown, cellfmt.MainName(m.Name))
	}
	switch {
	case len(shown) > len(matches):
		return v, &cellfmt.Type{Text: cellfmt.OneOf(shown), Unsure: withMethods}
	case local:
		shown = append(shown, "a type declared in a function body")
		return v, &cellfmt.Type{Text: cellfmt.OneOf(shown), Unsure: withMethods}
	case len(matches) == 1:
		return v, matches[0].Type
	case len(matches) > 1:
		return v, &cellfmt.Type{Text: cellfmt.OneOf(shown), Unsure: withMethods}
	case boxed && at.Unknown:
		return v, &cellfmt.Type{Text: "%!T(gogil: a type the printing call cannot name: generic, or hidden by a local name)", Unsure: true}
	}
	if unwrapped == "" && v.Type().Name() == "" {
		// A []Bitcoin in an []any: as typedIface's, a []int to fmt.
		fmtTypes := map[reflect.Type]string{}
		for _, c := range at.Candidates {
			if c.Type == nil || c.Type.Method == 0 && c.Type.Formatter == 0 && c.Type.GoStringer == 0 {
				continue
			}
			if t, ok := r.typeOf(c.Name); ok {
				fmtTypes[t] = c.Name
			}
		}
		if inner, ok := heldFmtType(v.Type(), fmtTypes, map[reflect.Type]bool{}); ok {
			return v, madeOfFmtType(v.Type(), inner)
		}
	}
	if n := r.boxesInside(v.Type(), at, map[reflect.Type]*cellfmt.Type{}); n != nil || boxed {
		return v, n
	}
	return v, r.shapeNode(v.Type(), map[reflect.Type]*cellfmt.Type{})
}

// boxesInside describes an unnamed composite type held in an interface
// (an any holding a []Shape), whose static type the printing call did not
// know: each of the interpreter's boxes in it is an interface with at's
// candidates, from which the dynamic type of what it holds is picked as
// for at. %#v, which would name the composite type, prints an error
// instead. nil where t holds no box.
func (r *cellTypeRegistry) boxesInside(t reflect.Type, at *cellfmt.Type, seen map[reflect.Type]*cellfmt.Type) *cellfmt.Type {
	if n, ok := seen[t]; ok {
		return n
	}
	if isBox(t) {
		return &cellfmt.Type{Text: "interface {}", Kind: reflect.Interface, Candidates: at.Candidates, Unknown: at.Unknown}
	}
	if t.Kind() == reflect.Interface {
		// A native interface (a []any's element) holds the interpreter's
		// boxes as well.
		return &cellfmt.Type{Text: t.String(), Kind: reflect.Interface, Candidates: at.Candidates, Unknown: at.Unknown}
	}
	if t.Name() != "" {
		return nil
	}
	if !holdsBox(t, true, map[reflect.Type]bool{}) {
		// A recursive type (type Node struct{ Next *Node }) meets itself
		// in seen below before its node is known to hold anything: a
		// node taken for one that holds a box named the value's type by
		// its reflect type (*struct { Val int; Next *unsafe2.dummy }),
		// not by the cell type's name.
		return nil
	}
	const unnamed = "%!T(gogil: a type the interpreter does not name)"
	node := &cellfmt.Type{Text: t.String(), Kind: t.Kind()}
	if holdsBox(t, false, map[reflect.Type]bool{}) {
		node.Text = unnamed
	}
	if t.Kind() == reflect.Struct {
		// A cell struct type with a field of an interface type (type
		// Tree struct{ Data any }) is an unnamed struct to reflect: %T
		// printed struct { Data interface {} } for a Tree in an any. Its
		// name is set before the fields, which may lead back to it.
		var named []string
		for _, n := range r.names(t) {
			if !strings.HasPrefix(n, "*") {
				named = append(named, n)
			}
		}
		switch len(named) {
		case 0:
		case 1:
			node.Text = cellfmt.MainName(named[0])
		default:
			node.Text = cellfmt.OneOf(mainNames(named))
		}
	}
	seen[t] = node
	// elem is the text of a part of a composite, as shapeNode's.
	elem := func(n *cellfmt.Type, t reflect.Type) string {
		switch {
		case isBox(t):
			return unnamed // an interface a cell declared: not named
		case n != nil:
			return n.Text
		}
		if n := r.shapeNode(t, map[reflect.Type]*cellfmt.Type{}); n != nil {
			return n.Text
		}
		return t.String()
	}
	holds := false
	switch t.Kind() {
	case reflect.Pointer, reflect.Slice, reflect.Array:
		node.Elem = r.boxesInside(t.Elem(), at, seen)
		holds = node.Elem != nil
		switch text := elem(node.Elem, t.Elem()); t.Kind() {
		case reflect.Pointer:
			node.Text = "*" + text
		case reflect.Slice:
			node.Text = "[]" + text
		default:
			node.Text = fmt.Sprintf("[%d]%s", t.Len(), text)
		}
	case reflect.Map:
		node.Key, node.Elem = r.boxesInside(t.Key(), at, seen), r.boxesInside(t.Elem(), at, seen)
		holds = node.Key != nil || node.Elem != nil
		node.Text = "map[" + elem(node.Key, t.Key()) + "]" + elem(node.Elem, t.Elem())
	case reflect.Struct:
		holds = addFields(node, t, func(ft reflect.Type) *cellfmt.Type { return r.boxesInside(ft, at, seen) })
	}
	if !holds {
		delete(seen, t)
		return nil
	}
	return node
}

// holdsBox: t is made of the interpreter's valueInterface, which stands
// for an interface type it does not name ([]Shape is []valueInterface);
// reflect names any other unnamed type as Go does ([]interface {});
// orIface counts a native interface too, which may hold boxes.
func holdsBox(t reflect.Type, orIface bool, seen map[reflect.Type]bool) bool {
	if seen[t] {
		return false
	}
	seen[t] = true
	if isBox(t) || orIface && t.Kind() == reflect.Interface {
		return true
	}
	if t.Name() != "" {
		return false
	}
	switch t.Kind() {
	case reflect.Pointer, reflect.Slice, reflect.Array:
		return holdsBox(t.Elem(), orIface, seen)
	case reflect.Map:
		return holdsBox(t.Key(), orIface, seen) || holdsBox(t.Elem(), orIface, seen)
	case reflect.Struct:
		for i := range t.NumField() {
			if holdsBox(t.Field(i).Type, orIface, seen) {
				return true
			}
		}
	}
	return false
}

// typedIface is __gogil.TypedIface (cellsrc's ifaceArg): x is a value of
// a cell interface with methods, candidates the cell types implementing
// it, each as its name ("F", "*T"), its id, the number n of its methods
// and those n functions. Exactly one candidate whose registered reflect
// type is x's prints x as Typed with that type; several end %T (and a
// verb fmt would call their String or Error method for) in an error
// naming them, not one picked; none leaves x as it is.
func typedIface(printed *printedTypes, cells *cellTypeRegistry, x any, candidates ...any) any {
	// What fmt.Errorf's %w wraps must unwrap to the interpreter's error.
	return cellfmt.WithCellError(typedIfaceValue(printed, cells, x, candidates...), x)
}

func typedIfaceValue(printed *printedTypes, cells *cellTypeRegistry, x any, candidates ...any) any {
	if x == nil {
		return nil
	}
	rt := reflect.TypeOf(x)
	unwrapped := "" // the cell type a library interface's wrapper names
	boxed := isBox(rt)
	boxedName := ""
	if boxed {
		boxedName = boxedTypeName(reflect.ValueOf(x))
	}
	if boxed {
		// The interpreter's own box, which fmt would print as a struct of
		// pointers: the value it holds is the cell value.
		inner := interpValue(reflect.ValueOf(x))
		if !inner.IsValid() || !inner.CanInterface() {
			return x
		}
		x, rt = inner.Interface(), inner.Type()
		boxed = true
	}
	if isInterfaceWrapper(rt) {
		// A library interface's wrapper (an io.Writer, a sort.Interface)
		// has that interface's methods alone: fmt missed the String of
		// the cell value in it. The value comes out, as for a type switch.
		inner, name, err := cells.unwrap(reflect.ValueOf(x))
		if err != nil {
			return x // cellfmt names what a wrapper holds by its methods' receiver
		}
		x, rt, unwrapped = inner, reflect.TypeOf(inner), name
	}
	var matches []string
	fmtTypes := map[reflect.Type]string{} // the candidates with methods
	entries := map[string]paramEntry{}    // the candidates, for composite's shapes
	var genericFmt []string               // generic types whose fmt methods no candidate carries
	id, methods, withMethods := -1, []any(nil), false
	anyID, anyMethods := -1, []any(nil)
	switched, switchedID, switchedMethods := "", -1, []any(nil)
	for i := 0; i+2 < len(candidates); {
		name, ok1 := candidates[i].(string)
		cid, ok2 := candidates[i+1].(int)
		n, ok3 := candidates[i+2].(int)
		if !ok1 || !ok2 || !ok3 || n < 0 || i+3+n > len(candidates) {
			return x
		}
		fns := candidates[i+3 : i+3+n]
		i += 3 + n
		if name == "" {
			anyID, anyMethods = cid, fns
			continue
		}
		if generic, ok := strings.CutPrefix(name, cellsrc.GenericFmtMark); ok {
			genericFmt = append(genericFmt, generic)
			continue
		}
		entries[name] = paramEntry{cid, fns}
		if rest, ok := strings.CutPrefix(name, "="); ok {
			// The interpreter's type switch named the dynamic type
			// (cellsrc/ifaceshape.go), where candidates share a shape.
			switched = rest
			continue
		}
		t, ok := cells.typeOf(name)
		if ok && n > 0 {
			fmtTypes[t] = name
		}
		if !ok || t != rt || unwrapped != "" && name != unwrapped {
			continue
		}
		matches = append(matches, name)
		id, methods = cid, fns
		withMethods = withMethods || n > 0
		if name == switched {
			switchedID, switchedMethods = cid, fns
		}
	}
	if instanceOf(boxedName, cells.names(rt), genericFmt) {
		return cellfmt.NewTyped(x, &cellfmt.Type{Text: cellfmt.UnsureType("an instance of a generic type with a String or Error method, held in an interface, whose method gogil cannot call there"), Kind: rt.Kind(), Unsure: true}, nil)
	}
	if switchedID >= 0 && len(matches) > 1 {
		matches, id, methods, withMethods = []string{switched}, switchedID, switchedMethods, len(switchedMethods) > 0
	}
	if len(matches) > 0 && !boxed {
		// An instance of a generic type of the candidate's very reflect
		// type, which no candidate lists (cellsrc's ifaceArg), may be the
		// value's too.
		for _, n := range cells.names(rt) {
			if strings.Contains(n, "[") && !slices.Contains(matches, n) {
				matches = append(matches, n)
			}
		}
	}
	if len(matches) > 0 && !boxed && anyID >= 0 && isBasic(rt) {
		// A number, string or bool in an empty interface that the
		// interpreter handed over without its box: a value of a cell type
		// of that kind loses its box on some paths (an any returned, a
		// recovered value, a field), and a plain 2 never had one, so the
		// value is either. Printing it by the cell type's String method
		// printed "Tue" for describe(2), and by its reflect type "3" for
		// a Weekday returned as an any.
		shown := make([]string, len(matches), len(matches)+1)
		for k, m := range matches {
			shown[k] = cellfmt.MainName(m)
		}
		return cellfmt.NewTyped(x, &cellfmt.Type{Text: cellfmt.OneOf(append(shown, rt.String())), Unsure: withMethods}, nil)
	}
	// Only an empty interface (whose description anyID is) may hold a
	// plain value of the shape: it has no methods. Any cell type of that
	// reflect type may be the value's, not only the candidates, which
	// have a String or Error method.
	if plain, shared := cellfmt.PlainShape(rt); shared && anyID >= 0 {
		if names := cells.names(rt); len(names) > 0 {
			shown := []string{plain}
			for _, n := range names {
				shown = append(shown, cellfmt.MainName(n))
			}
			return cellfmt.NewTyped(x, &cellfmt.Type{Text: cellfmt.OneOf(shown), Unsure: withMethods}, nil)
		}
	}
	if len(matches) == 0 && !boxed && anyID >= 0 && isBasic(rt) {
		// A value of a cell type of this kind went into an interface as
		// a plain value (generic code given it and its basic type).
		if names := cells.unsureNames(rt); len(names) > 0 {
			return cellfmt.NewTyped(x, &cellfmt.Type{Text: cellfmt.OneOf(append(mainNames(names), rt.String()))}, nil)
		}
	}
	switch {
	case len(matches) == 1:
		return printed.typed(cells, x, id, methods...)
	case len(matches) > 1:
		shown := make([]string, len(matches))
		for k, m := range matches {
			shown[k] = cellfmt.MainName(m)
		}
		return cellfmt.NewTyped(x, &cellfmt.Type{Text: cellfmt.OneOf(shown), Unsure: withMethods}, nil)
	}
	out, boxesOnly := composite(printed, cells, x, anyID, anyMethods, entries)
	if _, typed := out.(cellfmt.Typed); (!typed || boxesOnly) && anyID >= 0 && !boxed && unwrapped == "" && rt.Name() == "" {
		// A []Bitcoin, a map[string]Point, a Wallet whose field is a
		// Bitcoin: in an empty interface, the interpreter's value of it
		// is a []int, a map of the struct Point is made of, a struct of
		// an int, with no String method for fmt to find, and a []int is
		// the same. fmt printed [1 2] where Go prints [1 BTC 2 BTC]. A
		// description of the interfaces inside alone (a Job{Lvl Level;
		// Extra any}) says nothing of the other parts either: it printed
		// {1 <nil>} where Go prints {high <nil>}.
		if inner, ok := heldFmtType(rt, fmtTypes, map[reflect.Type]bool{}); ok {
			return cellfmt.NewTyped(x, madeOfFmtType(rt, inner), nil)
		}
	}
	return out
}

// instanceOf: the box's type name, or a name of the value's reflect type,
// is an instance (Stack[main.Card], *Stack[int]) of one of generics.
func instanceOf(boxed string, names []string, generics []string) bool {
	if len(generics) == 0 {
		return false
	}
	for _, n := range append(names, strings.TrimPrefix(strings.TrimPrefix(boxed, "*"), "main.")) {
		base, _, ok := strings.Cut(strings.TrimPrefix(n, "*"), "[")
		if ok && slices.Contains(generics, base) {
			return true
		}
	}
	return false
}

// madeOfFmtType is the description of t, made of the cell type inner,
// which has a String or Error method that fmt cannot find there: a verb
// that would call it prints an error.
func madeOfFmtType(t reflect.Type, inner string) *cellfmt.Type {
	return &cellfmt.Type{Kind: t.Kind(), Unsure: true, Text: cellfmt.UnsureType(
		"made of " + cellfmt.MainName(inner) + ", a cell type with a String or Error method, held in an interface, where the interpreter gives it the type of what it is made of")}
}

// heldFmtType names a type of fmtTypes (reflect types of cell types with
// String or Error methods) that t, an unnamed type, is made of: its
// elements, keys, fields, what it points to.
func heldFmtType(t reflect.Type, fmtTypes map[reflect.Type]string, seen map[reflect.Type]bool) (string, bool) {
	if seen[t] || isBox(t) {
		return "", false
	}
	seen[t] = true
	var parts []reflect.Type
	switch t.Kind() {
	case reflect.Pointer, reflect.Slice, reflect.Array, reflect.Chan:
		parts = append(parts, t.Elem())
	case reflect.Map:
		parts = append(parts, t.Key(), t.Elem())
	case reflect.Struct:
		for i := range t.NumField() {
			parts = append(parts, t.Field(i).Type)
		}
	}
	for _, p := range parts {
		if name, ok := fmtTypes[p]; ok {
			return name, true
		}
		if p.Name() == "" {
			if name, ok := heldFmtType(p, fmtTypes, seen); ok {
				return name, true
			}
		}
	}
	return "", false
}

// boxedCandidate is the cell type the interpreter's box records for its
// value, as candidates name it ("T", "*T"), or "".
func boxedCandidate(box reflect.Value) string {
	name := boxedTypeName(box)
	base, star := strings.CutPrefix(name, "*")
	base, ok := strings.CutPrefix(base, "main.")
	if !ok || base == "" {
		return ""
	}
	if star {
		return "*" + base
	}
	return base
}

// isBasic: t is a predeclared number, string or bool type.
func isBasic(t reflect.Type) bool {
	return t.PkgPath() == "" && t.Name() != "" && (t.Kind() <= reflect.Complex128 || t.Kind() == reflect.String)
}

// composite prints x, the dynamic value of an any, as Go does where it is
// an unnamed composite holding the interpreter's boxes (an any holding a
// []Shape): what each box holds is resolved against the candidates of the
// any's description anyID, as in a value of a static type that holds
// interfaces. The composite's own type the interpreter does not name: %T
// and %#v print an error. x as it is otherwise.
//
// boxesOnly says that the description is of the interfaces inside x
// alone: its other parts print by their reflect types.
func composite(printed *printedTypes, cells *cellTypeRegistry, x any, anyID int, methods []any, entries map[string]paramEntry) (out any, boxesOnly bool) {
	rt := reflect.TypeOf(x)
	if anyID < 0 || rt.Name() != "" {
		return x, false
	}
	at := printed.lookup(anyID)
	if at == nil || at.Kind != reflect.Interface {
		return x, false
	}
	t := cells.boxesInside(rt, at, map[reflect.Type]*cellfmt.Type{})
	boxesOnly = t != nil
	if t == nil {
		if t = cells.shapeNode(rt, map[reflect.Type]*cellfmt.Type{}); t == nil {
			return x, false
		}
		// A cell type of one struct shape inside (the Card field of a
		// Pair[int, Card]) prints by the fmt methods a candidate carries.
		methods = attachMethods(printed, cells, nil, t, rt, entries, argScope{active: true}, nil)
	}
	return cellfmt.NewTypedResolved(x, t, methods, cells.resolveDynamic), boxesOnly
}

// describer builds the cellfmt.Type of one static type.
type describer struct {
	nodes    map[types.Type]*cellfmt.Type // recursive types end here
	methods  []cellsrc.Method
	methodAt map[methodKey]int // receiver and name -> 1 + index in methods
	// candidates lists the cell types an interface inside the printed
	// type may hold (nil: it prints by its reflect type); dynamic says
	// the description has such an interface.
	candidates cellsrc.Candidates
	dynamic    bool
}

// typeText writes t as reflect names it, which is what %T prints: a
// package by its name, except in the type arguments of an instantiation,
// which name it by its path and are separated by a comma alone
// (main.Box[encoding/json.Number], main.P[string,int]).
func typeText(t types.Type) string {
	var b strings.Builder
	writeTypeText(&b, t, false)
	return b.String()
}

func writeTypeText(b *strings.Builder, t types.Type, inArgs bool) {
	qualify := func(p *types.Package) string {
		if inArgs {
			return p.Path()
		}
		return p.Name()
	}
	switch t := t.(type) {
	case *types.Alias:
		writeTypeText(b, types.Unalias(t), inArgs)
	case *types.Named:
		args := t.TypeArgs()
		if args.Len() == 0 {
			b.WriteString(types.TypeString(t, qualify))
			return
		}
		if p := t.Obj().Pkg(); p != nil {
			b.WriteString(qualify(p) + ".")
		}
		b.WriteString(t.Obj().Name() + "[")
		for i := range args.Len() {
			if i > 0 {
				b.WriteByte(',')
			}
			writeTypeText(b, args.At(i), true)
		}
		b.WriteByte(']')
	case *types.Pointer:
		b.WriteByte('*')
		writeTypeText(b, t.Elem(), inArgs)
	case *types.Slice:
		b.WriteString("[]")
		writeTypeText(b, t.Elem(), inArgs)
	case *types.Array:
		fmt.Fprintf(b, "[%d]", t.Len())
		writeTypeText(b, t.Elem(), inArgs)
	case *types.Map:
		b.WriteString("map[")
		writeTypeText(b, t.Key(), inArgs)
		b.WriteByte(']')
		writeTypeText(b, t.Elem(), inArgs)
	case *types.Struct:
		// As reflect writes it, with the tags the cell wrote, not the
		// keys the cell layer adds to unexported fields' (cellfmt.UserTag).
		if t.NumFields() == 0 {
			b.WriteString("struct {}")
			return
		}
		b.WriteString("struct { ")
		for i := range t.NumFields() {
			if i > 0 {
				b.WriteString("; ")
			}
			f := t.Field(i)
			if !f.Embedded() {
				b.WriteString(f.Name() + " ")
			}
			writeTypeText(b, f.Type(), inArgs)
			if tag := cellfmt.UserTag(t.Tag(i)); tag != "" {
				b.WriteString(" " + strconv.Quote(tag))
			}
		}
		b.WriteString(" }")
	case *types.Interface:
		if t.Empty() {
			b.WriteString("interface {}") // as reflect writes it
			return
		}
		b.WriteString(types.TypeString(t, qualify))
	case *types.Signature:
		// reflect names no parameters.
		b.WriteString("func(")
		for i := range t.Params().Len() {
			if i > 0 {
				b.WriteString(", ")
			}
			p := t.Params().At(i).Type()
			if t.Variadic() && i == t.Params().Len()-1 {
				b.WriteString("...")
				p = p.(*types.Slice).Elem()
			}
			writeTypeText(b, p, inArgs)
		}
		b.WriteByte(')')
		switch res := t.Results(); res.Len() {
		case 0:
		case 1:
			b.WriteByte(' ')
			writeTypeText(b, res.At(0).Type(), inArgs)
		default:
			b.WriteString(" (")
			for i := range res.Len() {
				if i > 0 {
					b.WriteString(", ")
				}
				writeTypeText(b, res.At(i).Type(), inArgs)
			}
			b.WriteByte(')')
		}
	case *types.Chan:
		switch t.Dir() {
		case types.SendRecv:
			b.WriteString("chan ")
		case types.SendOnly:
			b.WriteString("chan<- ")
		case types.RecvOnly:
			b.WriteString("<-chan ")
		}
		if c, ok := t.Elem().(*types.Chan); ok && t.Dir() == types.SendRecv && c.Dir() == types.RecvOnly {
			b.WriteString("(")
			writeTypeText(b, c, inArgs)
			b.WriteString(")")
			return
		}
		writeTypeText(b, t.Elem(), inArgs)
	case *types.Basic:
		// byte and rune are go/types' names of uint8 and int32; reflect
		// knows only the latter ([]rune prints []int32).
		if t.Kind() == types.Uint8 || t.Kind() == types.Int32 {
			t = types.Typ[t.Kind()]
		}
		b.WriteString(t.Name())
	default:
		b.WriteString(types.TypeString(t, qualify))
	}
}

// build is nil for what prints right by its reflect type alone: a type of
// neither a cell nor made of one.
func (b *describer) build(t types.Type) *cellfmt.Type {
	if n, ok := b.nodes[t]; ok {
		return n
	}
	if !cellsrc.PrintsByStaticType(t) && (b.candidates == nil || !cellsrc.HoldsInterface(t, map[types.Type]bool{})) {
		return nil
	}
	node := &cellfmt.Type{Text: typeText(t)}
	b.nodes[t] = node
	if iface, ok := t.Underlying().(*types.Interface); ok {
		if b.candidates == nil {
			return nil
		}
		b.dynamic = true
		node.Kind = reflect.Interface
		list, unknown := b.candidates(iface)
		node.Unknown = unknown
		for _, c := range list {
			node.Candidates = append(node.Candidates, cellfmt.Candidate{Name: c.Name, Type: b.build(c.Type), Local: c.Local})
		}
		return node
	}
	if _, isPtr := t.(*types.Pointer); isPtr || isNamed(t) {
		node.Method, node.MethodName = b.method(t)
		node.Formatter = b.fmtMethod(t, "Format")
		node.GoStringer = b.fmtMethod(t, "GoString")
	}
	switch u := t.Underlying().(type) {
	case *types.Pointer:
		node.Kind, node.Elem = reflect.Pointer, b.build(u.Elem())
	case *types.Slice:
		node.Kind, node.Elem = reflect.Slice, b.build(u.Elem())
	case *types.Array:
		node.Kind, node.Elem = reflect.Array, b.build(u.Elem())
	case *types.Map:
		node.Kind, node.Key, node.Elem = reflect.Map, b.build(u.Key()), b.build(u.Elem())
	case *types.Signature:
		node.Kind = reflect.Func
	case *types.Chan:
		node.Kind = reflect.Chan
	case *types.Struct:
		node.Kind = reflect.Struct
		for i := range u.NumFields() {
			f := u.Field(i)
			node.Fields = append(node.Fields, cellfmt.Field{Name: f.Name(), Exported: f.Exported(), Type: b.build(f.Type())})
		}
	}
	return node
}

// method is the method fmt applies to a value of t, Error before String,
// from t's method set (so a pointer receiver's only through a pointer).
func (b *describer) method(t types.Type) (int, string) {
	set := types.NewMethodSet(t)
	for _, name := range []string{"Error", "String"} {
		sel := set.Lookup(nil, name)
		if sel == nil {
			continue
		}
		sig, ok := sel.Type().(*types.Signature)
		if !ok || sig.Params().Len() != 0 || sig.Results().Len() != 1 || !types.Identical(sig.Results().At(0).Type(), types.Typ[types.String]) {
			continue
		}
		return b.add(t, name), name
	}
	return 0, ""
}

// fmtMethod is 1 + the index of the function calling t's Format or
// GoString method (name), which fmt applies before String and Error; 0
// if t's method set has none of fmt's signature.
func (b *describer) fmtMethod(t types.Type, name string) int {
	if !cellsrc.HasFmtMethod(t, name) {
		return 0
	}
	return b.add(t, name)
}

// add registers the method name of receiver t once per description.
func (b *describer) add(t types.Type, name string) int {
	key := methodKey{t, name}
	if at, ok := b.methodAt[key]; ok {
		return at
	}
	b.methods = append(b.methods, cellsrc.Method{Recv: t, Name: name})
	b.methodAt[key] = len(b.methods)
	return len(b.methods)
}

type methodKey struct {
	recv types.Type
	name string
}

func isNamed(t types.Type) bool { _, ok := t.(*types.Named); return ok }
