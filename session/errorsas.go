package session

import (
	"reflect"
	"strings"

	"github.com/gogil/gogil/internal/yaegistate"
)

// errorsAs is __gogil.ErrorsAs: errors.As(err, target) for a target
// pointing at a variable whose type is the top-level cell type name (T or
// *T, as the cell layer's typed pass found it). Native errors.As compares
// reflect types, and a cell value in the chain reaches it inside yaegi's
// wrapper of the error interface (which has no Unwrap method), so it never
// matches and never unwraps a cell's error; the chain is walked here in
// errors.As's order, each link that wraps a cell value named by the
// receiver of its methods and unwrapped by the cell's own function for
// that name. methods alternate a name and a func(any) any calling its
// Unwrap method; a name alone (nil func) has an As method. A link that may
// be the type but cannot be told (a struct value the interpreter kept one
// field of, a promoted method), or whose As method gogil would have to
// call, ends the cell with an error rather than answer.
func (r *cellTypeRegistry) errorsAs(err error, target any, name string, methods ...any) bool {
	tv := reflect.ValueOf(target)
	if target == nil || tv.Kind() != reflect.Pointer || tv.IsNil() {
		panic("errors: target must be a non-nil pointer")
	}
	w := asWalk{r: r, dst: tv.Elem(), name: name}
	w.methods(methods)
	return w.as(err)
}

type asWalk struct {
	r      *cellTypeRegistry
	dst    reflect.Value
	name   string
	unwrap map[string]func(any) any
	hasAs  map[string]bool
	isFn   map[string]func(any, error) bool // a cell type's Is method, for errors.Is
	isOn   map[string]func(any) bool        // the same, called with the interpreter's own target
	isCall bool                             // errors.Is's walk: hasAs marks Is methods
	op     string                           // what errorchain.go's helpers run (errors.Unwrap, ==), for their errors
	known  map[string]bool
	hidden map[string]bool // a local name hides the type at the call
}

// methods reads the trailing arguments of ErrorsAs and ErrorsIs: pairs of
// a type's name and its Unwrap function, nil for an As (Is) method,
// false for neither, or true for an Unwrap the call could not name; for
// errors.Is a pair with the function calling the type's Is method may
// come first.
func (w *asWalk) methods(args []any) {
	w.unwrap, w.hasAs, w.known, w.hidden = map[string]func(any) any{}, map[string]bool{}, map[string]bool{}, map[string]bool{}
	w.isFn, w.isOn = map[string]func(any, error) bool{}, map[string]func(any) bool{}
	for i := 0; i+1 < len(args); i += 2 {
		n, _ := args[i].(string)
		w.known[n] = true
		switch f := args[i+1].(type) {
		case func(any) any:
			w.unwrap[n] = f
		case func(any, error) bool:
			w.isFn[n] = f
		case func(any) bool:
			w.isOn[n] = f
		case nil:
			w.hasAs[n] = true
		case bool:
			w.hidden[n] = f
		}
	}
}

// next is the cell's Unwrap of the link name; it ends the cell where the
// link's type was declared after the call was lowered, whose methods the
// call does not carry.
func (w *asWalk) next(name string) func(any) any {
	call := w.op
	if call == "" {
		call = "errors." + map[bool]string{true: "Is", false: "As"}[w.isCall]
	}
	if !w.known[name] {
		w.fail("the error " + name + " in the chain was declared after the cell that calls " + call + "; run that cell again")
	}
	if w.hidden[name] {
		w.fail("a local name hides the type " + strings.TrimPrefix(name, "*") + " where " + call + " is called, so gogil cannot call its Unwrap method; rename the local")
	}
	return w.unwrap[name]
}

// fail ends the cell with why gogil cannot answer.
func (w *asWalk) fail(why string) {
	if w.op != "" {
		panic(errorChainError{op: w.op, why: why})
	}
	if w.isCall {
		panic(errorsIsError{why: why})
	}
	panic(errorsAsError{name: w.name, why: why})
}

func (w *asWalk) as(err error) bool {
	for err != nil {
		link, held, cell := w.link(err)
		if w.name == "" && (!cell || w.dst.Kind() == reflect.Interface) {
			// A native target, as errors.As matches it; a cell value
			// satisfies an interface of Error alone as its wrapper does.
			if cell && !onlyError(w.dst.Type()) {
				w.fail("an error in the chain of a cell type " + link + " may implement the target's interface " + w.dst.Type().String() + ", which gogil cannot check")
			}
			if reflect.TypeOf(err).AssignableTo(w.dst.Type()) {
				w.dst.Set(reflect.ValueOf(err))
				return true
			}
		}
		if cell {
			if link == w.name {
				w.needValue(link, held)
				if held.Type() != w.dst.Type() {
					w.fail("the interpreter's value of the error does not have the variable's type")
				}
				w.dst.Set(held)
				return true
			}
			one, several := w.unwrapCell(link, held)
			if one != nil {
				err = one
				continue
			}
			for _, e := range several {
				if w.as(e) {
					return true
				}
			}
			return false
		}
		if x, ok := err.(interface{ As(any) bool }); ok && x.As(w.dst.Addr().Interface()) {
			return true
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
		case interface{ Unwrap() []error }:
			for _, e := range x.Unwrap() {
				if w.as(e) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
	return false
}

// link names the cell value err holds (T or *T) and returns it; cell is
// false for a native error.
func (w *asWalk) link(err error) (name string, held reflect.Value, cell bool) {
	// The printing layer's wrapper (a cell value printed with %w) names
	// the static type.
	if c, ok := err.(interface {
		CellValue() any
		TypeName() string
	}); ok {
		v := reflect.ValueOf(c.CellValue())
		text := c.TypeName()
		base := strings.TrimPrefix(strings.TrimPrefix(text, "*"), "main.")
		if !v.IsValid() || strings.Contains(base, ".") || !strings.HasPrefix(strings.TrimPrefix(text, "*"), "main.") {
			w.fail("an error in the chain is a printed value of type " + text + ", which gogil cannot look into")
		}
		if strings.HasPrefix(text, "*") {
			base = "*" + base
		}
		return base, v, true
	}
	wr := wrapperOf(err)
	if !wr.IsValid() {
		if w.name != "" && w.dst.IsValid() && reflect.TypeOf(err) == w.dst.Type() {
			w.fail("an error in the chain is a value of the variable's shape that no wrapper names")
		}
		return "", reflect.Value{}, false
	}
	held = wr.Field(0)
	if held.Kind() == reflect.Interface {
		held = held.Elem()
	}
	recv, ok := yaegistate.MethodReceiver(wr.Field(1))
	if !held.IsValid() || !ok {
		w.fail("the interpreter does not say which type an error in the chain is")
	}
	base := strings.TrimPrefix(recv, "*")
	r := w.r
	r.mu.Lock()
	t, known := r.byName[base]
	embedded := known && r.embeddedLocked(t)
	r.mu.Unlock()
	switch {
	case !known:
		w.fail("an error in the chain has a type (the receiver " + recv + ") declared inside a function or generic; declare it at the top level of a cell")
	case embedded:
		w.fail("a method of " + base + " in the chain may be one it promotes to a struct type embedding it, which the interpreter cannot tell apart")
	case held.Type() == reflect.PointerTo(t):
		return "*" + base, held, true
	case held.Type() == t && (t.Kind() != reflect.Struct || !strings.HasPrefix(recv, "*")):
		return base, held, true
	}
	if whole, ok := structHeld(wr, t); ok {
		return base, whole, true
	}
	// The link is known by name, but not its value: an invalid held,
	// which the walks accept only where the value is not needed.
	return base, reflect.Value{}, true
}

// needValue ends the cell where a walk needs the value of a link whose
// value the interpreter did not keep whole.
func (w *asWalk) needValue(name string, held reflect.Value) {
	if !held.IsValid() {
		w.fail("the interpreter keeps only one field of a struct value of " + name + " held in an error; put a pointer (&" + name + "{...}) in the error")
	}
}

// onlyError: t is an interface whose methods, if any, are Error alone.
func onlyError(t reflect.Type) bool {
	return t.NumMethod() == 0 || t.NumMethod() == 1 && t.Method(0).Name == "Error"
}

// wrapperOf is the struct of yaegi's wrapper of an interface that err is
// (or points to), or the zero Value.
func wrapperOf(err error) reflect.Value {
	v := reflect.ValueOf(err)
	if v.Kind() == reflect.Pointer && !v.IsNil() {
		v = v.Elem()
	}
	if !isInterfaceWrapper(v.Type()) {
		return reflect.Value{}
	}
	return v
}

// qualified is name as %T prints it.
func qualified(name string) string {
	if base, ok := strings.CutPrefix(name, "*"); ok {
		return "*main." + base
	}
	return "main." + name
}

type errorsAsError struct{ name, why string }

func (e errorsAsError) Error() string {
	if e.name == "" {
		return "gogil cannot run errors.As on an error chain holding values of types declared in cells: " + e.why
	}
	return "gogil cannot run errors.As with a target of type *" + e.name + " (a type declared in a cell): " + e.why
}

// errorsIs is __gogil.ErrorsIs: errors.Is(err, target) where the chain may
// pass through values of cell types, whose Unwrap methods yaegi's wrapper
// of the error interface does not carry, or target is one. Links are
// named as errorsAs names them; two cell values are equal when their
// names are and their values compare equal, as Go's == on the interfaces.
// methods are as errorsAs's, plus a func(any, error) bool calling a cell
// type's Is(error) bool, which the walk calls for a native target; a name
// alone marks an Is method gogil cannot call (another signature, a type
// the call cannot name), and a cell target ends the cell at any Is method.
func (r *cellTypeRegistry) errorsIs(err, target error, methods ...any) bool {
	if err == nil || target == nil {
		return err == target
	}
	w := asWalk{r: r}
	w.methods(methods)
	w.isCall = true
	tname, theld, tcell := w.link(target)
	return w.is(err, target, tname, theld, tcell)
}

func (w *asWalk) is(err, target error, tname string, theld reflect.Value, tcell bool) bool {
	for err != nil {
		name, held, cell := w.link(err)
		switch {
		case cell && tcell:
			if name == tname {
				w.needValue(name, held)
				w.needValue(tname, theld)
			}
			if name == tname && held.Type() == theld.Type() {
				if !held.Comparable() {
					w.fail("the value of " + name + " in the chain is not comparable")
				}
				if held.Equal(theld) {
					return true
				}
			}
		case !cell && !tcell:
			if reflect.TypeOf(target).Comparable() && err == target {
				return true
			}
		}
		if !cell {
			if x, ok := err.(interface{ Is(error) bool }); ok && x.Is(target) {
				return true
			}
			switch x := err.(type) {
			case interface{ Unwrap() error }:
				err = x.Unwrap()
				continue
			case interface{ Unwrap() []error }:
				for _, e := range x.Unwrap() {
					if w.is(e, target, tname, theld, tcell) {
						return true
					}
				}
			}
			return false
		}
		if w.hasAs[name] {
			w.fail("the error " + name + " in the chain has an Is method, which gogil cannot call")
		}
		if isOn := w.isOn[name]; isOn != nil {
			// The interpreted code hands the method its own value of the
			// target, whose type a cell target keeps.
			w.needValue(name, held)
			if isOn(held.Interface()) {
				return true
			}
		}
		if isFn := w.isFn[name]; isFn != nil {
			// A cell target reaches the interpreted method without its
			// identity, so its answer could be silently false.
			if tcell {
				w.fail("the error " + name + " in the chain has an Is method, which gogil cannot call with a target of a type declared in a cell")
			}
			w.needValue(name, held)
			if isFn(held.Interface(), target) {
				return true
			}
		}
		f := w.next(name)
		if f == nil {
			return false
		}
		w.needValue(name, held)
		switch next := f(held.Interface()).(type) {
		case error:
			err = next
			continue
		case []error:
			for _, e := range next {
				if w.is(e, target, tname, theld, tcell) {
					return true
				}
			}
		}
		return false
	}
	return false
}

type errorsIsError struct{ why string }

func (e errorsIsError) Error() string {
	return "gogil cannot run errors.Is on an error chain holding values of types declared in cells: " + e.why
}

// errorsAsInterface is __gogil.ErrorsAsIface: errors.As(err, target) for
// a target of an interface type I that native errors.As cannot match
// (cellsrc/errorsasiface.go). It walks the chain in errors.As's order and
// answers which link matched (target, I as the cell writes it, names I in
// its errors): 0 none; i a cell value of the type
// implementers[i-1] names, which go/types says implements I. The caller
// assigns the value it returns to the target. A library value having
// each of I's method names (methods) ends the cell: the interpreter
// could not put it in the target.
func (r *cellTypeRegistry) errorsAsInterface(err error, target string, methods, implementers []string, chain ...any) (int, any) {
	w := asWalk{r: r, name: target}
	w.methods(chain)
	return w.asInterface(err, methods, implementers)
}

func (w *asWalk) asInterface(err error, methods, implementers []string) (int, any) {
	for err != nil {
		link, held, cell := w.link(err)
		if !cell {
			if hasMethods(reflect.TypeOf(err), methods) {
				// The runner's library interface of the target's
				// methods (cellsrc/nativeshapes.go), which the call's
				// case asserts the value to, takes it as it is.
				for i, name := range implementers {
					if strings.HasPrefix(name, "=") {
						return i + 1, err
					}
				}
				w.fail("the library error " + reflect.TypeOf(err).String() + " in the chain has the target's methods, and the interpreter cannot put a library value in an interface written in a cell; use a target of a library interface (net.Error) or of the concrete type")
			}
			if _, ok := err.(interface{ As(any) bool }); ok {
				w.fail("the library error " + reflect.TypeOf(err).String() + " in the chain has an As method, which gogil cannot call with a target of an interface written in a cell")
			}
			switch x := err.(type) {
			case interface{ Unwrap() error }:
				err = x.Unwrap()
				continue
			case interface{ Unwrap() []error }:
				for _, e := range x.Unwrap() {
					if i, v := w.asInterface(e, methods, implementers); i != 0 {
						return i, v
					}
				}
			}
			return 0, nil
		}
		for i, name := range implementers {
			if name == link {
				w.needValue(link, held)
				return i + 1, held.Interface()
			}
		}
		one, several := w.unwrapCell(link, held)
		if one != nil {
			err = one
			continue
		}
		for _, e := range several {
			if i, v := w.asInterface(e, methods, implementers); i != 0 {
				return i, v
			}
		}
		return 0, nil
	}
	return 0, nil
}

// unwrapCell is what the Unwrap method of link, a cell error type whose
// value the interpreter holds as held, gives: one error or several, none
// where it has no Unwrap method. An As method ends the call: gogil
// cannot call it with the cell's target.
func (w *asWalk) unwrapCell(link string, held reflect.Value) (one error, several []error) {
	if w.hasAs[link] {
		w.fail("the error " + link + " in the chain has an As method, which gogil cannot call with the cell's target")
	}
	f := w.next(link)
	if f == nil {
		return nil, nil
	}
	w.needValue(link, held)
	switch next := f(held.Interface()).(type) {
	case error:
		return next, nil
	case []error:
		return nil, next
	}
	return nil, nil
}

// hasMethods: t's method set has each of the names.
func hasMethods(t reflect.Type, names []string) bool {
	for _, n := range names {
		if _, ok := t.MethodByName(n); !ok {
			return false
		}
	}
	return true
}
