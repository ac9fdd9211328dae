package session

import (
	"go/ast"
	"maps"
	"path"
	"reflect"
	"strings"
	"unsafe"

	"github.com/traefik/yaegi/interp"
)

// A cell that does not compile must leave the session as it was, as a
// Python cell with a SyntaxError does. yaegi does not work that way: its
// compiler records every declaration it meets in the package scope as it
// goes, so a cell that fails half way leaves names behind whose code was
// never generated (a func that returns zero values, a var in a fresh zero
// slot that hides the old one, an import that makes the next import of the
// same package a redeclaration).
//
// So every compilation keeps a record of what it changes in yaegi
// v0.16.1's state, and a failed one is undone at once; a cell's records
// also undo the parts compiled after a part that failed at run time. What a
// compilation changes (read from yaegi's gta.go, cfg.go, type.go, src.go
// and program.go):
//
//   - the symbol table of package main: entries are added or replaced, and
//     existing symbols are changed in place (a := in a top-level block
//     reuses a global of that name, an incomplete type is completed);
//   - the frame layout (the types slice main shares with the universe
//     scope): appended, and the slot type of a symbol changed in place;
//   - the child lists of the main and universe scopes (every block pushed);
//   - the method lists of existing types that method declarations extend;
//   - the cache of generic instantiations, and their types' symbols;
//   - for a source package import: the srcPkg, pkgNames, scopes and rdir
//     maps.
//
// Copying the whole symbol table before every compilation would cost time
// in proportion to the names a session has defined (about 0.04 ms per
// thousand names, several times that while the garbage collector runs). Instead, the
// record keeps only the entries a compilation can replace or change: those
// named by an identifier of the code compiled, or by one of its imports.
// Entries yaegi adds under other names (generic instances) are found by
// comparing the table's size with a shadow copy of its keys, which is
// brought up to date from the same names after each compilation (and in
// full when the sizes differ).
//
// The execution frame is only resized by Execute, which a failed
// compilation never reaches; the frame layout is never cut below the
// frame's size.
//
// The fields are unexported, hence reflect and unsafe, as in roots.go. They
// are looked up and checked once per session (newYaegiState); if a later
// yaegi changes them, newYaegiState returns nil, compilations are no longer
// undone, and TestRollbackReachesYaegi fails as a reminder.

// yaegiState gives access to the parts of one interpreter's unexported
// state that a compilation changes.
type yaegiState struct {
	interp   unsafe.Pointer // *Interpreter
	main     unsafe.Pointer // *scope of package main
	universe unsafe.Pointer // *scope

	// Maps of pointers (to symbols, nodes, scopes, tables) are read and
	// written as map[string]unsafe.Pointer: the same layout for the
	// runtime, and native speed where reflect would cost more than the
	// record itself at every compilation.
	syms                    *map[string]unsafe.Pointer // main's symbol table
	generic, srcPkg, scopes *map[string]unsafe.Pointer
	rdir                    *map[string]bool
	pkgNames                *map[string]string
	binPkg                  *interp.Exports

	scopeTypes, scopeChild         uintptr // offsets in the scope struct
	typMethod, typPtr, typInstance uintptr // offsets in the itype struct
	interpFrame, frameData         uintptr // offsets of frame in Interpreter, data in frame

	// Shadow copies of the keys, as of the end of the last compilation.
	known                                             map[string]unsafe.Pointer // main's symbols
	knownGeneric, knownSrcPkg, knownScopes, knownRdir map[string]bool
}

// symbolCopy mirrors yaegi v0.16.1's symbol struct field by field, pointers
// where it has pointers (newYaegiState checks), to copy symbols natively.
type symbolCopy struct {
	kind    uint
	typ     unsafe.Pointer // *itype
	node    unsafe.Pointer // *node
	from    []unsafe.Pointer
	recv    unsafe.Pointer // *receiver
	index   int
	rval    reflect.Value
	builtin unsafe.Pointer // func
	global  bool
}

// sameLayout reports whether yaegi's struct type t has the fields of
// mirror, at the same offsets, with the same sizes and pointers in the same
// places.
func sameLayout(t, mirror reflect.Type) bool {
	if t.Kind() != reflect.Struct || t.NumField() != mirror.NumField() || t.Size() != mirror.Size() {
		return false
	}
	for i := range t.NumField() {
		f, m := t.Field(i), mirror.Field(i)
		if f.Name != m.Name || f.Offset != m.Offset || f.Type.Size() != m.Type.Size() {
			return false
		}
		switch m.Type.Kind() {
		case reflect.UnsafePointer:
			if k := f.Type.Kind(); k != reflect.Pointer && k != reflect.Func {
				return false
			}
		case reflect.Slice:
			if f.Type.Kind() != reflect.Slice || f.Type.Elem().Kind() != reflect.Pointer {
				return false
			}
		case reflect.Uint, reflect.Int, reflect.Bool:
			if f.Type.Kind() != m.Type.Kind() {
				return false
			}
		default:
			if f.Type != m.Type {
				return false
			}
		}
	}
	return true
}

// field returns the offset of field name in struct type t if check accepts
// its type, and clears ok otherwise.
func field(t reflect.Type, name string, ok *bool, check func(reflect.Type) bool) uintptr {
	f, found := t.FieldByName(name)
	if !found || !check(f.Type) {
		*ok = false
		return 0
	}
	return f.Offset
}

func is(want reflect.Type) func(reflect.Type) bool {
	return func(t reflect.Type) bool { return t == want }
}

func kindIs(k reflect.Kind) func(reflect.Type) bool {
	return func(t reflect.Type) bool { return t.Kind() == k }
}

// pointerSlice accepts a slice of pointers, read as []unsafe.Pointer.
func pointerSlice(t reflect.Type) bool {
	return t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.Pointer
}

// pointerMap accepts a map from strings to pointers or maps, read as
// map[string]unsafe.Pointer.
func pointerMap(t reflect.Type) bool {
	return t.Kind() == reflect.Map && t.Key() == reflect.TypeFor[string]() &&
		(t.Elem().Kind() == reflect.Pointer || t.Elem().Kind() == reflect.Map)
}

// newYaegiState finds the fields the rollback needs in i, which must have
// compiled at least once (package main has a scope). It returns nil if
// yaegi's layout is not the one this file was written for.
func newYaegiState(i *interp.Interpreter) *yaegiState {
	it := reflect.TypeFor[interp.Interpreter]()
	base := unsafe.Pointer(i)
	y := &yaegiState{interp: base}
	ok := true
	at := func(off uintptr) unsafe.Pointer { return unsafe.Add(base, off) }
	y.generic = (*map[string]unsafe.Pointer)(at(field(it, "generic", &ok, pointerMap)))
	y.srcPkg = (*map[string]unsafe.Pointer)(at(field(it, "srcPkg", &ok, pointerMap)))
	y.scopes = (*map[string]unsafe.Pointer)(at(field(it, "scopes", &ok, pointerMap)))
	y.rdir = (*map[string]bool)(at(field(it, "rdir", &ok, is(reflect.TypeFor[map[string]bool]()))))
	y.pkgNames = (*map[string]string)(at(field(it, "pkgNames", &ok, is(reflect.TypeFor[map[string]string]()))))
	y.binPkg = (*interp.Exports)(at(field(it, "binPkg", &ok, is(reflect.TypeFor[interp.Exports]()))))
	y.interpFrame = field(it, "frame", &ok, kindIs(reflect.Pointer))
	universe := field(it, "universe", &ok, kindIs(reflect.Pointer))
	scopesField, _ := it.FieldByName("scopes")
	if !ok || scopesField.Type.Elem().Kind() != reflect.Pointer {
		return nil
	}
	y.main = (*y.scopes)["main"]
	y.universe = *(*unsafe.Pointer)(at(universe))
	if y.main == nil || y.universe == nil {
		return nil
	}
	scope := scopesField.Type.Elem().Elem()
	y.scopeTypes = field(scope, "types", &ok, is(reflect.TypeFor[[]reflect.Type]()))
	y.scopeChild = field(scope, "child", &ok, pointerSlice)
	symOff := field(scope, "sym", &ok, pointerMap)
	symField, _ := scope.FieldByName("sym")
	if !ok || symField.Type.Elem().Kind() != reflect.Pointer || !sameLayout(symField.Type.Elem().Elem(), reflect.TypeFor[symbolCopy]()) {
		return nil
	}
	y.syms = (*map[string]unsafe.Pointer)(unsafe.Add(y.main, symOff))
	typField, _ := symField.Type.Elem().Elem().FieldByName("typ")
	itype := typField.Type.Elem()
	y.typMethod = field(itype, "method", &ok, pointerSlice)
	y.typPtr = field(itype, "ptr", &ok, is(typField.Type))
	y.typInstance = field(itype, "instance", &ok, is(reflect.SliceOf(typField.Type)))
	frameField, _ := it.FieldByName("frame")
	y.frameData = field(frameField.Type.Elem(), "data", &ok, is(reflect.TypeFor[[]reflect.Value]()))
	if !ok {
		return nil
	}
	y.known = maps.Clone(*y.syms)
	y.knownGeneric = keySet(*y.generic)
	y.knownSrcPkg = keySet(*y.srcPkg)
	y.knownScopes = keySet(*y.scopes)
	y.knownRdir = keySet(*y.rdir)
	return y
}

func keySet[V any](m map[string]V) map[string]bool {
	set := make(map[string]bool, len(m))
	for k := range m {
		set[k] = true
	}
	return set
}

func (y *yaegiState) types(scope unsafe.Pointer) *[]reflect.Type {
	return (*[]reflect.Type)(unsafe.Add(scope, y.scopeTypes))
}

func (y *yaegiState) children(scope unsafe.Pointer) *[]unsafe.Pointer {
	return (*[]unsafe.Pointer)(unsafe.Add(scope, y.scopeChild))
}

// frameLen is the number of global slots the execution frame has.
func (y *yaegiState) frameLen() int {
	f := *(*unsafe.Pointer)(unsafe.Add(y.interp, y.interpFrame))
	if f == nil {
		return 0
	}
	return len(*(*[]reflect.Value)(unsafe.Add(f, y.frameData)))
}

// change is what one compilation changed, to undo it.
type change struct {
	entries []entry  // the symbol table's entries under the names it could replace or change
	added   []string // keys it added under other names (generic instances)

	types, universeTypes     []reflect.Type
	mainChild, universeChild []unsafe.Pointer
	methods                  []methodList

	generic, srcPkg, scopes, rdir []string // keys it added to these maps
}

// entry is one name of the symbol table before a compilation: its symbol
// (nil if absent) with the symbol's contents and frame slot type.
type entry struct {
	name     string
	sym      unsafe.Pointer
	contents symbolCopy
	slot     reflect.Type // the type of the symbol's frame slot, if it has one
}

// begin records the state a compilation of code naming names (and
// declaring methods on the types recv) may change.
func (y *yaegiState) begin(names, recv []string) *change {
	live := *y.syms
	if len(live) != len(y.known) {
		y.resync(nil) // changed outside a compilation: should not happen
	}
	ch := &change{
		types:         *y.types(y.main),
		universeTypes: *y.types(y.universe),
		mainChild:     *y.children(y.main),
		universeChild: *y.children(y.universe),
		entries:       make([]entry, 0, len(names)),
	}
	for _, name := range names {
		e := entry{name: name, sym: live[name]}
		if e.sym != nil {
			e.contents = *(*symbolCopy)(e.sym)
			if i := e.contents.index; i >= 0 && i < len(ch.types) {
				e.slot = ch.types[i]
			}
		}
		ch.entries = append(ch.entries, e)
	}
	if len(recv) > 0 {
		ch.methods = y.methodLists(recv)
	}
	return ch
}

// commit brings the shadow copies up to date after a compilation that
// succeeded, noting in ch the keys it added that undoing must remove.
func (y *yaegiState) commit(ch *change) {
	live := *y.syms
	for _, e := range ch.entries {
		if p, ok := live[e.name]; ok {
			y.known[e.name] = p
		} else {
			delete(y.known, e.name)
		}
	}
	if len(live) != len(y.known) {
		y.resync(&ch.added)
	}
	ch.generic = syncKeys(*y.generic, y.knownGeneric)
	ch.srcPkg = syncKeys(*y.srcPkg, y.knownSrcPkg)
	ch.scopes = syncKeys(*y.scopes, y.knownScopes)
	ch.rdir = syncKeys(*y.rdir, y.knownRdir)
}

// resync makes the shadow copy of the symbol table's keys whole again,
// appending to added the keys it did not know.
func (y *yaegiState) resync(added *[]string) {
	live := *y.syms
	for k, p := range live {
		if _, ok := y.known[k]; !ok && added != nil {
			*added = append(*added, k)
		}
		y.known[k] = p
	}
	if len(y.known) != len(live) {
		for k := range y.known {
			if _, ok := live[k]; !ok {
				delete(y.known, k)
			}
		}
	}
}

// syncKeys adds to known the keys of m it lacks (maps only grow) and
// returns them.
func syncKeys[V any](m map[string]V, known map[string]bool) []string {
	if len(m) == len(known) {
		return nil
	}
	var added []string
	for k := range m {
		if !known[k] {
			known[k] = true
			added = append(added, k)
		}
	}
	return added
}

// dropUnknown deletes the keys of m that known lacks.
func dropUnknown[V any](m map[string]V, known map[string]bool) {
	if len(m) == len(known) {
		return
	}
	for k := range m {
		if !known[k] {
			delete(m, k)
		}
	}
}

// abort undoes a compilation that failed: the shadow copies still hold
// the state before it.
func (y *yaegiState) abort(ch *change) {
	y.undo(ch)
	live := *y.syms
	if len(live) != len(y.known) {
		for k := range live {
			if _, ok := y.known[k]; !ok {
				delete(live, k)
			}
		}
	}
	dropUnknown(*y.generic, y.knownGeneric)
	dropUnknown(*y.scopes, y.knownScopes)
	dropUnknown(*y.rdir, y.knownRdir)
	if len(*y.srcPkg) != len(y.knownSrcPkg) {
		for k := range *y.srcPkg {
			if !y.knownSrcPkg[k] {
				y.dropSrcPkg(k)
			}
		}
	}
}

// revert undoes a compilation that succeeded (its part did not run, or
// a part before it failed at run time), shadow copies included.
func (y *yaegiState) revert(ch *change) {
	live := *y.syms
	for _, k := range ch.added {
		delete(live, k)
		delete(y.known, k)
	}
	y.undo(ch)
	for _, e := range ch.entries {
		if e.sym != nil {
			y.known[e.name] = e.sym
		} else {
			delete(y.known, e.name)
		}
	}
	for _, k := range ch.generic {
		delete(*y.generic, k)
		delete(y.knownGeneric, k)
	}
	for _, k := range ch.scopes {
		delete(*y.scopes, k)
		delete(y.knownScopes, k)
	}
	for _, k := range ch.rdir {
		delete(*y.rdir, k)
		delete(y.knownRdir, k)
	}
	for _, k := range ch.srcPkg {
		y.dropSrcPkg(k)
		delete(y.knownSrcPkg, k)
	}
}

// dropSrcPkg forgets a source package a compilation imported.
func (y *yaegiState) dropSrcPkg(k string) {
	delete(*y.srcPkg, k)
	if _, bin := (*y.binPkg)[k]; !bin {
		delete(*y.pkgNames, k)
	}
}

// undo puts back the entries, contents, frame layout, child lists and
// method lists recorded in ch.
func (y *yaegiState) undo(ch *change) {
	live := *y.syms // shared with srcPkg["main"]: changed in place
	for _, e := range ch.entries {
		if e.sym == nil {
			delete(live, e.name)
			continue
		}
		live[e.name] = e.sym
		*(*symbolCopy)(e.sym) = e.contents
	}
	types := ch.types
	if n := y.frameLen(); n > len(types) {
		// Slots the frame was resized for since (statements that ran
		// before a later part failed) keep their types: the frame holds
		// values of those types.
		cur := *y.types(y.universe)
		if main := *y.types(y.main); len(main) > len(cur) {
			cur = main
		}
		types = cur[:min(n, len(cur))]
	}
	*y.types(y.main) = types
	*y.types(y.universe) = types
	for _, e := range ch.entries {
		if i := e.contents.index; e.slot != nil && i < len(types) {
			types[i] = e.slot
		}
	}
	*y.children(y.main) = ch.mainChild
	*y.children(y.universe) = ch.universeChild
	for i := len(ch.methods) - 1; i >= 0; i-- {
		*ch.methods[i].field = ch.methods[i].was
	}
}

// methodLists returns the method lists that declaring methods on receiver
// types named in recv may extend: those of the types, of pointers to them
// and of their generic instances.
func (y *yaegiState) methodLists(recv []string) []methodList {
	var lists []methodList
	add := func(t unsafe.Pointer) {
		if t == nil {
			return
		}
		f := (*[]unsafe.Pointer)(unsafe.Add(t, y.typMethod))
		lists = append(lists, methodList{field: f, was: *f})
	}
	for _, name := range recv {
		p := (*y.syms)[name]
		if p == nil {
			continue
		}
		t := (*symbolCopy)(p).typ
		if t == nil {
			continue
		}
		types := append([]unsafe.Pointer{t}, *(*[]unsafe.Pointer)(unsafe.Add(t, y.typInstance))...)
		for _, t := range types {
			add(t)
			add(*(*unsafe.Pointer)(unsafe.Add(t, y.typPtr)))
		}
	}
	return lists
}

// methodList is the method list of a type as it was before a method
// declaration added to it.
type methodList struct {
	field *[]unsafe.Pointer
	was   []unsafe.Pointer
}

// receivers returns the names of the receiver types of the method
// declarations in n.
func receivers(n ast.Node) []string {
	file, ok := n.(*ast.File)
	if !ok {
		return nil
	}
	var names []string
	for _, d := range file.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok {
			if name := receiverType(fd); name != "" {
				names = append(names, name)
			}
		}
	}
	return names
}

// receiverType is the name of the type a method is declared on ("T" for
// func (t *T[K]) M()), or "" for a plain function.
func receiverType(fd *ast.FuncDecl) string {
	if fd.Recv == nil || len(fd.Recv.List) == 0 {
		return ""
	}
	t := fd.Recv.List[0].Type
	for {
		switch x := t.(type) {
		case *ast.StarExpr:
			t = x.X
			continue
		case *ast.ParenExpr:
			t = x.X
			continue
		case *ast.IndexExpr:
			t = x.X
			continue
		case *ast.IndexListExpr:
			t = x.X
			continue
		}
		break
	}
	if id, ok := t.(*ast.Ident); ok {
		return id.Name
	}
	return ""
}

// touchedNames returns the keys of the symbol table a compilation of n may
// replace or change: every identifier of n, and for its imports the local
// name and the key yaegi files the import under ("name/_.go"), or every
// exported name of a package imported with a dot.
func (c *cellRun) touchedNames(n ast.Node) []string {
	seen := map[string]bool{}
	var names []string
	add := func(name string) {
		if !seen[name] {
			seen[name] = true
			names = append(names, name)
		}
	}
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Ident:
			add(n.Name)
		case *ast.ImportSpec:
			importPath := strings.Trim(n.Path.Value, "`\"")
			local := c.s.pkgNames[importPath]
			if local == "" {
				local = path.Base(importPath)
			}
			if n.Name != nil {
				local = n.Name.Name
			}
			if local == "." {
				for name := range c.s.symbols[importPath] {
					add(name)
				}
			}
			add(local)
			add(local + "/" + c.name)
		}
		return true
	})
	return names
}

// undo is a cell's record of its compilations, to undo a failed one at
// once, or the ones after a part that failed at run time.
type undo struct {
	y       *yaegiState
	changes []*change
}

// mark returns a mark of the current state, for restore.
func (u *undo) mark() int { return len(u.changes) }

// compile runs compile, a compilation of code naming names and declaring
// methods on the types recv, and undoes it if it fails.
func (u *undo) compile(names, recv []string, compile func() error) error {
	if u.y == nil {
		return compile()
	}
	ch := u.y.begin(names, recv)
	if err := compile(); err != nil {
		u.y.abort(ch)
		return err
	}
	u.y.commit(ch)
	u.changes = append(u.changes, ch)
	return nil
}

// restore undoes the compilations made since mark k.
func (u *undo) restore(k int) {
	if u.y == nil {
		return
	}
	for len(u.changes) > k {
		n := len(u.changes) - 1
		u.y.revert(u.changes[n])
		u.changes = u.changes[:n]
	}
}
