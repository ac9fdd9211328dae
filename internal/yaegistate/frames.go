package yaegistate

import (
	"fmt"
	"go/token"
	"reflect"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"unsafe"

	"github.com/traefik/yaegi/interp"
)

// Call is one interpreted function on a goroutine's stack, as a fatal
// error's thread dump lists Python frames.
type Call struct {
	// Func is the function's name: "f", "T.M", "f.func1" for the first
	// function literal in f, "" for a cell's top-level code.
	Func string
	// Pos is where the function is: the call it is making. Its Line is 0
	// when the call cannot be told apart from other calls of the body.
	Pos token.Position
	// Def is where the function is declared.
	Def token.Position
}

// GoFrame is a frame of a Go stack trace as runtime.Stack prints it: the
// function's qualified name and its argument list without parentheses.
type GoFrame struct{ Function, Args string }

// runCfg is yaegi's loop over one function body: every interpreted call,
// whatever calls it, runs in one such Go frame. Its first argument, the
// body's first node, is the one the Go traceback prints reliably; the
// others (the function's and the call's nodes) are dead after entry and
// print stale, marked "?".
const (
	runCfg   = "github.com/traefik/yaegi/interp.runCfg"
	callBin  = "github.com/traefik/yaegi/interp.callBin."
	yaegiPkg = "github.com/traefik/yaegi/"
)

// Calls reads the interpreted calls of one goroutine of i from its Go
// frames (innermost first), innermost first. It returns nil if Check fails.
//
// yaegi keeps no call stack outside its debugger, so the calls are read
// from the node each runCfg frame was given; the node is checked to belong
// to i before anything else of it is read. The goroutine may have moved on
// since its stack was dumped: a node is kept alive by the compiled code
// that holds it, so only a function redefined by a later cell and
// collected in between could be misread, and the check above catches a
// reused address in all but contrived cases. The line inside a body is
// found by looking for the call to the next inner function among the
// body's calls; when several could be it, Pos.Line is left 0 rather than
// guessed.
func Calls(i *interp.Interpreter, frames []GoFrame) []Call {
	nl, err := nodeLayoutOnce()
	if err != nil || checked() != nil {
		return nil
	}
	r := reader{l: nl, i: unsafe.Pointer(i), fset: i.FileSet()}
	var calls []Call
	var inner unsafe.Pointer // the def of the next inner interpreted call
	innerIndex := -1         // its runCfg frame's index
	for k, f := range frames {
		if f.Function != runCfg {
			continue
		}
		start := firstPointer(f.Args)
		if start == nil || !r.owned(start) {
			calls = append(calls, Call{Func: "?"})
			inner, innerIndex = nil, k
			continue
		}
		def := r.enclosing(start)
		c := Call{Func: r.name(def), Def: r.position(def)}
		var found []unsafe.Pointer
		if innerIndex < 0 && callsPanic(frames[:k]) {
			// The innermost frame, panicking: its call of the builtin.
			found = r.calls(def, func(call unsafe.Pointer) bool {
				callee := r.child(call, 0)
				return callee != nil && r.is(callee, "identExpr") && r.ident(callee) == "panic"
			})
		} else if native := nativeCallee(frames[innerIndex+1 : k]); native != "" {
			found = r.calls(def, func(call unsafe.Pointer) bool { return r.callsNative(call, native) })
		} else if inner != nil {
			found = r.calls(def, func(call unsafe.Pointer) bool { return r.callsInterpreted(call, inner) })
		}
		c.Pos = r.onlyLine(def, found)
		calls = append(calls, c)
		inner, innerIndex = def, k
	}
	return calls
}

// callsPanic reports whether the Go frames above an interpreted call's
// runCfg frame (innermost first) are yaegi running the builtin panic.
func callsPanic(above []GoFrame) bool {
	for _, f := range above {
		if strings.HasPrefix(f.Function, yaegiPkg+"interp._panic") {
			return true
		}
	}
	return false
}

// nativeCallee is the compiled function an interpreted body called, from
// the Go frames between its runCfg frame and the next inner one (innermost
// first): the frame reflect called for yaegi's callBin, or "" when the body
// called interpreted code.
func nativeCallee(between []GoFrame) string {
	for j := len(between) - 1; j >= 0; j-- {
		if !strings.HasPrefix(between[j].Function, callBin) {
			continue
		}
		for j--; j >= 0; j-- {
			fn := between[j].Function
			if !strings.HasPrefix(fn, "reflect.") && !strings.HasPrefix(fn, yaegiPkg) {
				return fn
			}
		}
		return ""
	}
	return ""
}

// firstPointer reads the first argument of a traceback's argument list,
// "0xc000123400, 0x..., 0x...?", refusing a value the runtime marks as
// possibly stale.
func firstPointer(args string) unsafe.Pointer {
	first, _, _ := strings.Cut(args, ",")
	first = strings.TrimSpace(first)
	if strings.HasSuffix(first, "?") {
		return nil
	}
	v, err := strconv.ParseUint(strings.TrimPrefix(first, "0x"), 16, 64)
	if err != nil || v == 0 {
		return nil
	}
	// A conversion through memory, not unsafe.Pointer(uintptr): the
	// address comes from text, which checkptr would rightly refuse.
	u := uintptr(v)
	return *(*unsafe.Pointer)(unsafe.Pointer(&u))
}

// nodeLayout holds the offsets of yaegi's node fields read here, and the
// kinds of node by name.
type nodeLayout struct {
	child, anc, interp, kind, pos, sym, ident, rval, scope uintptr
	findex, exec                                           uintptr
	scopeDef, symKind                                      uintptr
	kinds                                                  map[string]uint
	funcSym, varSym                                        uint
}

var nodeLayoutOnce = sync.OnceValues(func() (nodeLayout, error) {
	var f finder
	var l nodeLayout
	it := reflect.TypeFor[interp.Interpreter]()
	node := f.pointee(it, "roots", pointerSlice)
	nodePtr := reflect.PointerTo(node)
	if node == nil {
		return l, fmt.Errorf("yaegistate: no node type: %v", f.errs)
	}
	l.child = f.offset(node, "child", exactly(reflect.SliceOf(nodePtr)))
	l.anc = f.offset(node, "anc", exactly(nodePtr))
	l.interp = f.offset(node, "interp", exactly(reflect.TypeFor[*interp.Interpreter]()))
	l.pos = f.offset(node, "pos", exactly(reflect.TypeFor[token.Pos]()))
	l.ident = f.offset(node, "ident", exactly(reflect.TypeFor[string]()))
	l.rval = f.offset(node, "rval", exactly(reflect.TypeFor[reflect.Value]()))
	l.scope = f.offset(node, "scope", pointer)
	l.sym = f.offset(node, "sym", pointer)
	l.findex = f.offset(node, "findex", exactly(reflect.TypeFor[int]()))
	l.exec = f.offset(node, "exec", function)
	kind, ok := f.field(node, "kind", enumeration)
	if ok {
		l.kind = kind.Offset
		l.kinds = names(kind.Type, "callExpr", "funcDecl", "funcLit", "identExpr", "selectorExpr", "starExpr")
		for _, want := range []string{"callExpr", "funcDecl", "funcLit", "identExpr", "selectorExpr", "starExpr"} {
			if _, ok := l.kinds[want]; !ok {
				f.errs = append(f.errs, fmt.Errorf("node kind %s not found", want))
			}
		}
	}
	scope := f.pointee(node, "scope", pointer)
	l.scopeDef = f.offset(scope, "def", exactly(nodePtr))
	symbol := f.pointee(node, "sym", pointer)
	if sk, ok := f.field(symbol, "kind", enumeration); ok {
		l.symKind = sk.Offset
		k := names(sk.Type, "funcSym", "varSym")
		var okF, okV bool
		l.funcSym, okF = k["funcSym"]
		l.varSym, okV = k["varSym"]
		if !okF || !okV {
			f.errs = append(f.errs, fmt.Errorf("symbol kinds funcSym, varSym not found"))
		}
	}
	if len(f.errs) > 0 {
		return nodeLayout{}, fmt.Errorf("yaegistate: yaegi's nodes are not those of %s %s: %v", modulePath, Version, f.errs)
	}
	return l, nil
})

// function is the shape of a node's generated code (node.exec), read only
// as nil or not: a func value is one pointer.
var function = shape{"a func", func(t reflect.Type) bool { return t.Kind() == reflect.Func }}

// enumeration is the shape of yaegi's kinds of nodes and symbols.
var enumeration = shape{"a uint with a String method", func(t reflect.Type) bool {
	return t.Kind() == reflect.Uint && t.Implements(reflect.TypeFor[fmt.Stringer]())
}}

// names finds the values of an enumeration by their String, as yaegi
// numbers its kinds with iota and names them in a table.
func names(t reflect.Type, want ...string) map[string]uint {
	found := map[string]uint{}
	for v := range uint(256) {
		x := reflect.New(t).Elem()
		x.SetUint(uint64(v))
		s := x.Interface().(fmt.Stringer).String()
		for _, w := range want {
			if s == w {
				found[w] = v
			}
		}
	}
	return found
}

// reader reads the nodes of one interpreter.
type reader struct {
	l    nodeLayout
	i    unsafe.Pointer
	fset *token.FileSet
}

func (r reader) ptr(n unsafe.Pointer, off uintptr) unsafe.Pointer {
	if n == nil {
		return nil
	}
	return *(*unsafe.Pointer)(unsafe.Add(n, off))
}

// owned reports whether n is a node of this interpreter.
func (r reader) owned(n unsafe.Pointer) bool { return r.ptr(n, r.l.interp) == r.i }

func (r reader) kind(n unsafe.Pointer) uint { return *(*uint)(unsafe.Add(n, r.l.kind)) }

func (r reader) is(n unsafe.Pointer, kind string) bool {
	return n != nil && r.kind(n) == r.l.kinds[kind]
}

func (r reader) children(n unsafe.Pointer) []unsafe.Pointer {
	return *(*[]unsafe.Pointer)(unsafe.Add(n, r.l.child))
}

func (r reader) child(n unsafe.Pointer, i int) unsafe.Pointer {
	if c := r.children(n); i < len(c) {
		return c[i]
	}
	return nil
}

func (r reader) ident(n unsafe.Pointer) string {
	if n == nil {
		return ""
	}
	return *(*string)(unsafe.Add(n, r.l.ident))
}

func (r reader) position(n unsafe.Pointer) token.Position {
	if n == nil {
		return token.Position{}
	}
	return r.fset.Position(*(*token.Pos)(unsafe.Add(n, r.l.pos)))
}

// enclosing is the function declaration or literal whose body holds n, or
// the root of the cell's top-level code. A closure runs a copy of its
// literal's node, but the copy's body is the literal's, whose ancestors
// lead to the original.
func (r reader) enclosing(n unsafe.Pointer) unsafe.Pointer {
	for a := r.ptr(n, r.l.anc); a != nil; n, a = a, r.ptr(a, r.l.anc) {
		if r.is(a, "funcDecl") || r.is(a, "funcLit") {
			return a
		}
	}
	return n
}

// name names a function the way Go's tracebacks do, without the package.
func (r reader) name(def unsafe.Pointer) string {
	switch {
	case r.is(def, "funcDecl"):
		name := r.ident(r.child(def, 1))
		if recv := r.receiver(def); recv != "" {
			return recv + "." + name
		}
		return name
	case r.is(def, "funcLit"):
		outer := r.enclosing(def)
		n := 0
		r.walk(outer, func(m unsafe.Pointer) bool {
			if r.is(m, "funcLit") {
				n++
				return m != def
			}
			return true
		}, func(m unsafe.Pointer) bool { return m == def })
		prefix := r.name(outer)
		if prefix == "" {
			prefix = "<cell>"
		}
		return fmt.Sprintf("%s.func%d", prefix, n)
	}
	return ""
}

// receiver is the type name of a method declaration's receiver, "" for a
// function: funcDecl's first child is the receiver's field list.
func (r reader) receiver(def unsafe.Pointer) string {
	fields := r.children(r.child(def, 0))
	if len(fields) == 0 {
		return ""
	}
	field := r.children(fields[0])
	if len(field) == 0 {
		return ""
	}
	t := field[len(field)-1]
	if r.is(t, "starExpr") {
		return "(*" + r.ident(r.child(t, 0)) + ")"
	}
	return r.ident(t)
}

// walk visits the nodes below n in source order, not entering function
// literals (their bodies run in frames of their own) unless enter says so,
// until visit returns false; stop ends it early.
func (r reader) walk(n unsafe.Pointer, visit, stop func(unsafe.Pointer) bool) bool {
	for _, c := range r.children(n) {
		if c == nil {
			continue
		}
		if !visit(c) || (stop != nil && stop(c)) {
			return false
		}
		if r.is(c, "funcLit") || r.is(c, "funcDecl") {
			continue
		}
		if !r.walk(c, visit, stop) {
			return false
		}
	}
	return true
}

// calls lists the call expressions of def's own body that match.
func (r reader) calls(def unsafe.Pointer, match func(unsafe.Pointer) bool) []unsafe.Pointer {
	var out []unsafe.Pointer
	r.walk(def, func(n unsafe.Pointer) bool {
		if r.is(n, "callExpr") && match(n) {
			out = append(out, n)
		}
		return true
	}, nil)
	return out
}

// callsNative reports whether call calls the compiled function named fn
// (as runtime.FuncForPC names it), or a method of that name.
func (r reader) callsNative(call unsafe.Pointer, fn string) bool {
	callee := r.child(call, 0)
	if callee == nil {
		return false
	}
	if v := *(*reflect.Value)(unsafe.Add(callee, r.l.rval)); v.IsValid() && v.Kind() == reflect.Func && !v.IsNil() {
		if f := runtime.FuncForPC(v.Pointer()); f != nil {
			// A method value (the session's own time.Sleep) is named
			// with a "-fm" suffix its frames do not have.
			return strings.TrimSuffix(f.Name(), "-fm") == fn
		}
	}
	if r.is(callee, "selectorExpr") {
		method := fn[strings.LastIndexByte(fn, '.')+1:]
		return strings.Contains(fn, ").") && r.ident(r.child(callee, 1)) == method
	}
	return false
}

// callsInterpreted reports whether call may call the interpreted function
// def: by its name, or through a variable holding a function value.
func (r reader) callsInterpreted(call, def unsafe.Pointer) bool {
	callee := r.child(call, 0)
	switch {
	case callee == nil:
		return false
	case r.is(callee, "funcLit"):
		return callee == def
	case r.is(callee, "selectorExpr"):
		return r.is(def, "funcDecl") && r.ident(r.child(callee, 1)) == r.ident(r.child(def, 1))
	case !r.is(callee, "identExpr"):
		return false
	}
	if sym := r.ptr(callee, r.l.sym); sym != nil {
		switch *(*uint)(unsafe.Add(sym, r.l.symKind)) {
		case r.l.funcSym:
			return r.is(def, "funcDecl") && r.ident(callee) == r.ident(r.child(def, 1))
		case r.l.varSym:
			return true
		}
		return false
	}
	// A local variable or parameter: yaegi leaves sym unset.
	v := *(*reflect.Value)(unsafe.Add(callee, r.l.rval))
	return !v.IsValid()
}

// onlyLine is the position of the calls found if they are all on one line,
// else def's file with line 0.
func (r reader) onlyLine(def unsafe.Pointer, found []unsafe.Pointer) token.Position {
	unknown := r.position(def)
	unknown.Line, unknown.Column = 0, 0
	if len(found) == 0 {
		return unknown
	}
	p := r.position(found[0])
	for _, c := range found[1:] {
		if r.position(c).Line != p.Line {
			return unknown
		}
	}
	return p
}
