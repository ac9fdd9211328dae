package session

import (
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/gogil/gogil/session/cellfmt"
	"github.com/gogil/gogil/session/cellsrc"
)

// typedParam is __gogil.TypedParam (cellsrc's paramArg): x is a printed
// value whose static type is a type parameter, or a slice, map, array or
// pointer made of type parameters ([]T, map[K]V). yaegi hands fmt the
// value of an instance by its reflect type and without its box, so the
// missing box, which tells a plain value in an any from a cell value,
// proves nothing here: Show[T any](xs ...T) printed %T of a []point as
// []struct { X int; Y int }, and a []temp with a String method as the
// plain numbers, silently. candidates are TypedIface's (the any's own
// description, then the top-level cell types with fmt methods), then
// "@Owner#i", id -1 and no methods for each type parameter involved.
//
// A box or a library interface's wrapper is TypedIface's to print. A
// value of a non-struct cell type's reflect type, which the type
// parameters may stand for (paramArgRegistry), may be of that type or
// plain: its %T is an error, and so is a verb that would call a method
// of one of them. A value of exactly a candidate's struct type, or of
// no cell type's shape, is TypedIface's. Otherwise the value is described
// by its shape (shapeNode): a struct shape of one cell type is that
// type, with the fmt methods a candidate carries for it (or for a pointer
// to it), and a predeclared type inside that a cell type the parameters
// may stand for shares is one of them, as above.
func typedParam(printed *printedTypes, cells *cellTypeRegistry, params *paramArgRegistry, x any, candidates ...any) any {
	if x == nil {
		return nil
	}
	rt := reflect.TypeOf(x)
	if isBox(rt) || isInterfaceWrapper(rt) {
		return typedIface(printed, cells, x, candidates...)
	}
	entries := map[string]paramEntry{}
	paths := map[string]string{} // where in the static type a type parameter is: its key
	instance := false            // the static type is an instance of a generic cell type, or a pointer to one
	var genericFmt []string      // generic cell types with fmt methods ("*Name": its pointer's alone)
	for i := 0; i+2 < len(candidates); {
		name, ok1 := candidates[i].(string)
		id, ok2 := candidates[i+1].(int)
		n, ok3 := candidates[i+2].(int)
		if !ok1 || !ok2 || !ok3 || n < 0 || i+3+n > len(candidates) {
			return x
		}
		if at, ok := strings.CutPrefix(name, "@"); ok {
			path, key, _ := strings.Cut(at, "=")
			paths[path] = key
		} else if name == "!instance" {
			instance = true
		} else if generic, ok := strings.CutPrefix(name, cellsrc.GenericFmtMark); ok {
			genericFmt = append(genericFmt, generic)
		} else {
			entries[name] = paramEntry{id, candidates[i+3 : i+3+n]}
		}
		i += 3 + n
	}
	// A bare type parameter's value may be of a cell type itself.
	here := argScope{}
	if key, ok := paths[""]; ok {
		here = argScope{true, params.possible([]string{key})}
	}
	structShape := rt.Kind() == reflect.Struct || rt.Kind() == reflect.Pointer && rt.Elem().Kind() == reflect.Struct
	if here.active && (!structShape || rt.Name() != "") {
		// A value of a non-struct cell type's very reflect type may be of
		// it or be plain: the text names both.
		if top := here.keep(cells.names(rt)); len(top) > 0 {
			if len(top) == 1 && isBasic(rt) && !here.plain(rt) {
				// No type argument gave the predeclared type: the value
				// is of the one cell type of its kind they gave.
				if e, ok := entries[top[0]]; ok {
					return printed.typed(cells, x, e.id, e.fns...)
				}
				return cellfmt.NewTyped(x, &cellfmt.Type{Text: cellfmt.MainName(top[0]), Kind: rt.Kind()}, nil)
			}
			shown := rt.String()
			if p, shared := cellfmt.PlainShape(rt); shared {
				shown = p
			}
			return cellfmt.NewTyped(x, &cellfmt.Type{Text: cellfmt.OneOf(append(mainNames(top), shown)), Kind: rt.Kind(), Unsure: withMethods(entries, top)}, nil)
		}
		if isBasic(rt) {
			return x
		}
	}
	for name := range entries {
		if t, ok := cells.typeOf(name); ok && name != "" && t == rt {
			return typedIface(printed, cells, x, candidates...)
		}
	}
	node := cells.shapeNode(rt, map[reflect.Type]*cellfmt.Type{})
	if instance {
		// An instance no code of the cells named, or one of a shape
		// several types have, is no name %T can print.
		named := node
		if named != nil && rt.Kind() == reflect.Pointer {
			named = named.Elem
		}
		if named == nil || !strings.HasPrefix(named.Text, "main.") {
			unsure := &cellfmt.Type{Text: cellfmt.UnsureType("an instance of a generic type printed in generic code, which the interpreter does not name"), Kind: rt.Kind()}
			if node == nil {
				return cellfmt.NewTyped(x, unsure, nil)
			}
			node.Text = unsure.Text
		}
	}
	if node == nil {
		return typedIface(printed, cells, x, candidates...)
	}
	markGenericFmt(node, genericFmt, map[*cellfmt.Type]bool{})
	methods := attachMethods(printed, cells, params, node, rt, entries, here, paths)
	return cellfmt.NewTypedResolved(x, node, methods, cells.resolveDynamic)
}

// attachMethods gives the nodes of node, the shape of a value of reflect
// type rt, that name one cell type the fmt methods its candidate entry
// carries (for a struct, or a pointer to one), and marks Unsure a
// predeclared type that cell types keep lets stand for one with methods;
// it returns the functions the nodes' methods index.
func attachMethods(printed *printedTypes, cells *cellTypeRegistry, params *paramArgRegistry, node *cellfmt.Type, rt reflect.Type, entries map[string]paramEntry, root argScope, paths map[string]string) []any {
	var methods []any
	bases := map[string]int{}
	// attach gives node the fmt methods of the candidate name, whose
	// functions join the list the Typed carries.
	attach := func(node *cellfmt.Type, name string) {
		e, ok := entries[name]
		if !ok || len(e.fns) == 0 {
			return
		}
		desc := printed.lookup(e.id)
		if desc == nil {
			return
		}
		base, ok := bases[name]
		if !ok {
			base = len(methods)
			methods = append(methods, e.fns...)
			bases[name] = base
		}
		shift := func(k int) int {
			if k == 0 {
				return 0
			}
			return base + k
		}
		node.Method, node.MethodName = shift(desc.Method), desc.MethodName
		node.Formatter, node.GoStringer = shift(desc.Formatter), shift(desc.GoStringer)
	}
	structName := func(t reflect.Type) (string, []string) {
		var named []string
		for _, n := range cells.names(t) {
			if !strings.HasPrefix(n, "*") {
				named = append(named, n)
			}
		}
		if len(named) == 1 {
			return named[0], named
		}
		return "", named
	}
	seen := map[*cellfmt.Type]bool{}
	// path is where node is in the printed static type ("e" an element,
	// "k" a key, "f1." a field); inStruct says node is inside a struct
	// of a cell type, where a predeclared field type says nothing of
	// what the type arguments gave: plain holds there.
	var walk func(node *cellfmt.Type, t reflect.Type, path string, sc argScope, inStruct bool)
	walk = func(node *cellfmt.Type, t reflect.Type, path string, sc argScope, inStruct bool) {
		if node == nil || seen[node] {
			return
		}
		seen[node] = true
		if key, ok := paths[path]; ok && path != "" {
			sc, inStruct = argScope{true, params.possible([]string{key})}, false
		}
		switch t.Kind() {
		case reflect.Pointer:
			walk(node.Elem, t.Elem(), path+"e", sc, inStruct)
			if t.Elem().Kind() == reflect.Struct && t.Elem().Name() == "" {
				if name, _ := structName(t.Elem()); name != "" {
					attach(node, "*"+name)
				}
			}
		case reflect.Slice, reflect.Array, reflect.Chan:
			walk(node.Elem, t.Elem(), path+"e", sc, inStruct)
		case reflect.Map:
			walk(node.Key, t.Key(), path+"k", sc, inStruct)
			walk(node.Elem, t.Elem(), path+"e", sc, inStruct)
		case reflect.Struct:
			for i, f := range node.Fields {
				if i < t.NumField() {
					walk(f.Type, t.Field(i).Type, path+"f"+strconv.Itoa(i)+".", sc, inStruct || sc.active)
				}
			}
			name, named := structName(t)
			switch {
			case name != "":
				attach(node, name)
			case withMethods(entries, named):
				node.Unsure = true
			}
		default:
			if !isBasic(t) {
				return
			}
			if !sc.active {
				node.Text = t.String() // written in the static type
				return
			}
			if names := sc.keep(cells.names(t)); len(names) == 1 && !inStruct && !sc.plain(t) {
				node.Text = cellfmt.MainName(names[0])
				attach(node, names[0])
			} else if len(names) > 0 {
				node.Text = cellfmt.OneOf(append(mainNames(names), t.String()))
				node.Unsure = withMethods(entries, names)
			} else {
				node.Text = t.String()
			}
		}
	}
	walk(node, rt, "", root, false)
	return methods
}

// argScope is what the type arguments tell at a place in a printed
// value: active, the place is a type parameter's (or inside one), which
// may stand for the cell types possible (nil: any); not active, the
// static type is written there, and a predeclared type is plain.
type argScope struct {
	active   bool
	possible map[string]bool
}

// keep is names without the cell types the place cannot hold.
func (s argScope) keep(names []string) []string {
	if !s.active {
		return nil
	}
	if s.possible == nil {
		return names
	}
	var kept []string
	for _, n := range names {
		if s.possible[strings.TrimPrefix(n, "*")] {
			kept = append(kept, n)
		}
	}
	return kept
}

// plain: a value of the predeclared type t at the place may be just
// that, not a cell type's (a type argument, or an interface in one, gave
// it).
func (s argScope) plain(t reflect.Type) bool {
	return !s.active || s.possible == nil || s.possible["=*"] || s.possible["="+t.String()]
}

// paramEntry is a candidate of TypedParam: its description's id and the
// functions calling its fmt methods.
type paramEntry struct {
	id  int
	fns []any
}

// withMethods: a candidate among names carries fmt methods.
func withMethods(entries map[string]paramEntry, names []string) bool {
	for _, n := range names {
		if e, ok := entries[n]; ok && len(e.fns) > 0 {
			return true
		}
	}
	return false
}

// paramArgRegistry is what __gogil.ParamArgs reported: for each type
// parameter of a generic function or type of the cells ("Pair#1", its
// index after its owner's name), the cell types of basic kinds its
// instances gave it, and ("@Make#0") the type parameters of generic code
// that instantiated it with theirs.
type paramArgRegistry struct {
	mu   sync.Mutex
	args map[string]map[string]bool
}

// add is __gogil.ParamArgs.
func (r *paramArgRegistry) add(key string, args ...string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.args == nil {
		r.args = map[string]map[string]bool{}
	}
	if r.args[key] == nil {
		r.args[key] = map[string]bool{}
	}
	for _, a := range args {
		r.args[key][a] = true
	}
}

// possible is the set of cell type names the type parameters keys may
// stand for, following the type parameters that instantiated them; nil
// (any) where keys is empty or names "?", a type parameter the printing
// call could not place.
func (r *paramArgRegistry) possible(keys []string) map[string]bool {
	if len(keys) == 0 {
		return nil
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	out := map[string]bool{}
	seen := map[string]bool{}
	var visit func(key string) bool
	visit = func(key string) bool {
		if key == "?" {
			return false
		}
		if seen[key] {
			return true
		}
		seen[key] = true
		for a := range r.args[key] {
			if k, ok := strings.CutPrefix(a, "@"); ok {
				if !visit(k) {
					return false
				}
				continue
			}
			out[a] = true
		}
		return true
	}
	for _, k := range keys {
		if !visit(k) {
			return nil
		}
	}
	return out
}

// markGenericFmt marks, in the description of a value printed from
// generic code, each instance of a generic cell type with a String or
// Error method (or a pointer to one whose pointer has it): the printing
// call cannot name its methods, and fmt would call them. A verb that
// would is an error, not the fields silently (Some(Some(2.5)) printed
// Some({2.5 true}) from fmt.Sprint(o.v) in Optional[T]'s String).
func markGenericFmt(node *cellfmt.Type, generics []string, seen map[*cellfmt.Type]bool) {
	if node == nil || len(generics) == 0 || seen[node] {
		return
	}
	seen[node] = true
	of := func(t *cellfmt.Type, star bool) (string, bool) {
		if t == nil {
			return "", false
		}
		base, _, ok := strings.Cut(strings.TrimPrefix(t.Text, "main."), "[")
		if !ok || !strings.HasPrefix(t.Text, "main.") {
			return "", false
		}
		if slices.Contains(generics, base) || star && slices.Contains(generics, "*"+base) {
			return base, true
		}
		return "", false
	}
	mark := func(t *cellfmt.Type, name string) {
		t.Text = cellfmt.UnsureType("an instance of the generic type " + cellfmt.MainName(name) + ", which has a String or Error method, printed from generic code, where gogil cannot call that method")
		t.Unsure = true
	}
	if node.Kind == reflect.Pointer {
		if name, ok := of(node.Elem, true); ok {
			mark(node, name)
			return
		}
	} else if name, ok := of(node, false); ok {
		mark(node, name)
		return
	}
	markGenericFmt(node.Elem, generics, seen)
	markGenericFmt(node.Key, generics, seen)
	for _, f := range node.Fields {
		markGenericFmt(f.Type, generics, seen)
	}
}
