package yaegistate

import (
	"errors"
	"maps"
	"reflect"
	"unsafe"

	"github.com/traefik/yaegi/interp"
)

// Tracker records what compilations change in one interpreter's state, so
// that each can be undone. It is not safe for concurrent use; the
// interpreter must not compile while a Tracker method runs.
//
// Copying the whole symbol table before every compilation would cost time
// in proportion to the names a session has defined (about 0.04 ms per
// thousand names, several times that while the garbage collector runs).
// Instead Begin keeps only the entries a compilation can replace or
// change: those under the names it is given. Entries yaegi adds under
// other names (generic instances) are found by comparing the table's size
// with a shadow copy of its keys, brought up to date from the same names
// after each compilation (and in full when the sizes differ).
type Tracker struct {
	interp   unsafe.Pointer // *interp.Interpreter
	main     unsafe.Pointer // *scope of package main
	universe unsafe.Pointer // *scope
	layout   layout

	syms                    *map[string]unsafe.Pointer // main's symbol table
	generic, srcPkg, scopes *map[string]unsafe.Pointer
	rdir                    *map[string]bool
	pkgNames                *map[string]string
	binPkg                  *interp.Exports

	// Shadow copies of the keys, as of the end of the last compilation.
	known                                             map[string]unsafe.Pointer // main's symbols
	knownGeneric, knownSrcPkg, knownScopes, knownRdir map[string]bool

	// held are the frame slots that symbols committed since the last
	// ClearTemporaries were given: variables, not temporaries.
	held map[int]bool
	// cleared is how far ClearTemporaries has looked at the frame.
	cleared int
	// closures are the global slots of the function literals the
	// compilation under way made (ForgetRoots), held once it commits.
	closures []int
	// pinned are the committed ones since the last ClearTemporaries:
	// emptied like temporaries, but never given to another cell.
	pinned []int
	// noReuse is set when yaegi's nodes could not be read: without
	// closures, no slot can be given to another cell.
	noReuse bool
	// dropped are the symbols of nested variables (Change.SetNested)
	// that compilations committed since the last ClearTemporaries added
	// to main's table; ClearTemporaries deletes them from it.
	dropped []droppedSym
}

// droppedSym is a symbol of main's table ClearTemporaries deletes, if the
// name still has it.
type droppedSym struct {
	name string
	sym  unsafe.Pointer
}

// Open returns a Tracker for i, which must have compiled package main
// once. It fails with Check's error if yaegi is not the version this
// package was written for.
func Open(i *interp.Interpreter) (*Tracker, error) {
	if err := Check(); err != nil {
		return nil, err
	}
	l, _ := yaegiLayout()
	base := unsafe.Pointer(i)
	at := func(off uintptr) unsafe.Pointer { return unsafe.Add(base, off) }
	t := &Tracker{
		interp:   base,
		layout:   l,
		generic:  (*map[string]unsafe.Pointer)(at(l.generic)),
		srcPkg:   (*map[string]unsafe.Pointer)(at(l.srcPkg)),
		scopes:   (*map[string]unsafe.Pointer)(at(l.scopes)),
		rdir:     (*map[string]bool)(at(l.rdir)),
		pkgNames: (*map[string]string)(at(l.pkgNames)),
		binPkg:   (*interp.Exports)(at(l.binPkg)),
		universe: *(*unsafe.Pointer)(at(l.universe)),
	}
	t.main = (*t.scopes)["main"]
	if t.main == nil || t.universe == nil {
		return nil, errors.New("yaegistate: the interpreter has not compiled package main yet")
	}
	t.syms = (*map[string]unsafe.Pointer)(unsafe.Add(t.main, l.scopeSym))
	t.known = maps.Clone(*t.syms)
	t.knownGeneric = keySet(*t.generic)
	t.knownSrcPkg = keySet(*t.srcPkg)
	t.knownScopes = keySet(*t.scopes)
	t.knownRdir = keySet(*t.rdir)
	// What ran before the tracker is not its to empty or give away.
	t.cleared = t.frameLen()
	return t, nil
}

func keySet[V any](m map[string]V) map[string]bool {
	set := make(map[string]bool, len(m))
	for k := range m {
		set[k] = true
	}
	return set
}

func (t *Tracker) types(scope unsafe.Pointer) *[]reflect.Type {
	return (*[]reflect.Type)(unsafe.Add(scope, t.layout.scopeTypes))
}

func (t *Tracker) children(scope unsafe.Pointer) *[]unsafe.Pointer {
	return (*[]unsafe.Pointer)(unsafe.Add(scope, t.layout.scopeChild))
}

// FrameSlots is the number of global slots of the frame layout: what a
// compilation appends to, and what a failed one must leave as it was.
func (t *Tracker) FrameSlots() int { return len(*t.types(t.main)) }

// frameLen is the number of global slots the execution frame has.
func (t *Tracker) frameLen() int {
	f := *(*unsafe.Pointer)(unsafe.Add(t.interp, t.layout.frame))
	if f == nil {
		return 0
	}
	return len(*(*[]reflect.Value)(unsafe.Add(f, t.layout.frameData)))
}

// Change is what one compilation changed, to undo it.
type Change struct {
	entries []entry  // the symbol table's entries under the names it could replace or change
	added   []string // keys it added under other names (generic instances)

	types, universeTypes     []reflect.Type
	mainChild, universeChild []unsafe.Pointer
	methods                  []methodList

	generic, srcPkg, scopes, rdir []string // keys it added to these maps

	// nested are the variables of the compiled statements' nested blocks
	// that no later compilation names, each with whether a function
	// literal of the code names it (SetNested).
	nested map[string]bool
}

// SetNested tells Commit which names of the compilation under way are
// variables of the nested blocks of a cell's statements that no later
// compilation will name (hidden names unique to the code), each mapped to
// whether a function literal of the code names it.
//
// yaegi gives such a variable a global slot, and (for the variables of
// for, if and switch clauses) an entry in main's symbol table that holds
// the compiled tree of the whole code, both kept for good. Once the code
// has run (ClearTemporaries), the entry is deleted: compiled code reaches
// the slot by its index, never the name. The slot of a variable no
// function literal names is emptied and given to the next cell, as a
// temporary's: only the code's top-level statements, which have ended,
// read it. A function literal's closure or goroutine may still read its
// variables from the global frame itself after the cell ended, so their
// slots are kept. A pointer taken to such a variable points at the value
// the slot held, which reusing the slot does not touch (GrowFrame gives a
// reused slot a new value).
func (ch *Change) SetNested(vars map[string]bool) { ch.nested = vars }

// entry is one name of the symbol table before a compilation: its symbol
// (nil if absent) with the symbol's contents and frame slot type.
type entry struct {
	name     string
	sym      unsafe.Pointer
	contents symbolMirror
	slot     reflect.Type // the type of the symbol's frame slot, if it has one
}

// methodList is the method list of a type as it was before a method
// declaration added to it.
type methodList struct {
	field *[]unsafe.Pointer
	was   []unsafe.Pointer
}

// Begin records the state a compilation may change, before it starts.
// names must hold every name of main's symbol table the compilation may
// replace or change: every identifier of the code, and for each import
// its local name and the key yaegi files it under ("name/_.go"), or every
// exported name of a package imported with a dot. receivers names the
// types the code declares methods on. The compilation must then be ended
// with Commit or Abort, before the next Begin.
func (t *Tracker) Begin(names, receivers []string) *Change {
	t.closures = nil
	live := *t.syms
	if len(live) != len(t.known) {
		t.resync(nil) // changed outside a compilation: should not happen
	}
	ch := &Change{
		types:         *t.types(t.main),
		universeTypes: *t.types(t.universe),
		mainChild:     *t.children(t.main),
		universeChild: *t.children(t.universe),
		entries:       make([]entry, 0, len(names)),
	}
	for _, name := range names {
		e := entry{name: name, sym: live[name]}
		if e.sym != nil {
			e.contents = *(*symbolMirror)(e.sym)
			if i := e.contents.index; i >= 0 && i < len(ch.types) {
				e.slot = ch.types[i]
			}
		}
		ch.entries = append(ch.entries, e)
	}
	if len(receivers) > 0 {
		ch.methods = t.methodLists(receivers)
	}
	return ch
}

// Commit ends a compilation that succeeded: ch can later be undone with
// Revert.
func (t *Tracker) Commit(ch *Change) {
	live := *t.syms
	for _, e := range ch.entries {
		if p, ok := live[e.name]; ok {
			t.known[e.name] = p
		} else {
			delete(t.known, e.name)
		}
	}
	if len(live) != len(t.known) {
		t.resync(&ch.added)
	}
	t.holdNewSlots(ch)
	t.forgetScopes()
	ch.generic = syncKeys(*t.generic, t.knownGeneric)
	ch.srcPkg = syncKeys(*t.srcPkg, t.knownSrcPkg)
	ch.scopes = syncKeys(*t.scopes, t.knownScopes)
	ch.rdir = syncKeys(*t.rdir, t.knownRdir)
}

// forgetScopes empties the lists of nested scopes that main's and the
// universe's scopes keep (scope.child), once holdNewSlots has walked them.
// yaegi appends every block and function scope it opens there and reads
// them only in its debugger, which gogil does not use; kept, they hold,
// through each scope's definition and loop nodes, the whole compiled
// tree of every cell that had a block or a function literal (about 9 KB a
// cell in the soak). A scope still in use is reached from its own nodes.
func (t *Tracker) forgetScopes() {
	*t.children(t.main) = nil
	*t.children(t.universe) = nil
}

// Abort ends a compilation that failed, putting back the state Begin
// recorded.
func (t *Tracker) Abort(ch *Change) {
	t.closures = nil
	t.undo(ch)
	live := *t.syms
	if len(live) != len(t.known) {
		for k := range live {
			if _, ok := t.known[k]; !ok {
				delete(live, k)
			}
		}
	}
	dropUnknown(*t.generic, t.knownGeneric)
	dropUnknown(*t.scopes, t.knownScopes)
	dropUnknown(*t.rdir, t.knownRdir)
	if len(*t.srcPkg) != len(t.knownSrcPkg) {
		for k := range *t.srcPkg {
			if !t.knownSrcPkg[k] {
				t.dropSrcPkg(k)
			}
		}
	}
}

// Revert undoes a committed compilation (its code did not run, or code
// compiled before it failed at run time). Committed changes must be
// reverted newest first.
func (t *Tracker) Revert(ch *Change) {
	live := *t.syms
	for _, k := range ch.added {
		delete(live, k)
		delete(t.known, k)
	}
	t.undo(ch)
	for _, e := range ch.entries {
		if e.sym != nil {
			t.known[e.name] = e.sym
		} else {
			delete(t.known, e.name)
		}
	}
	for _, k := range ch.generic {
		delete(*t.generic, k)
		delete(t.knownGeneric, k)
	}
	for _, k := range ch.scopes {
		delete(*t.scopes, k)
		delete(t.knownScopes, k)
	}
	for _, k := range ch.rdir {
		delete(*t.rdir, k)
		delete(t.knownRdir, k)
	}
	for _, k := range ch.srcPkg {
		t.dropSrcPkg(k)
		delete(t.knownSrcPkg, k)
	}
}

// resync makes the shadow copy of the symbol table's keys whole again,
// appending to added the keys it did not know.
func (t *Tracker) resync(added *[]string) {
	live := *t.syms
	for k, p := range live {
		if _, ok := t.known[k]; !ok && added != nil {
			*added = append(*added, k)
		}
		t.known[k] = p
	}
	if len(t.known) != len(live) {
		for k := range t.known {
			if _, ok := live[k]; !ok {
				delete(t.known, k)
			}
		}
	}
}

// syncKeys adds to known the keys of m it lacks (these maps only grow
// during a compilation) and returns them.
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

// dropSrcPkg forgets a source package a compilation imported; its name
// stays if a binary package of that path has it.
func (t *Tracker) dropSrcPkg(k string) {
	delete(*t.srcPkg, k)
	if _, bin := (*t.binPkg)[k]; !bin {
		delete(*t.pkgNames, k)
	}
}

// undo puts back the entries, contents, frame layout, child lists and
// method lists recorded in ch.
func (t *Tracker) undo(ch *Change) {
	live := *t.syms // shared with srcPkg["main"]: changed in place
	for _, e := range ch.entries {
		if e.sym == nil {
			delete(live, e.name)
			continue
		}
		live[e.name] = e.sym
		*(*symbolMirror)(e.sym) = e.contents
	}
	types := ch.types
	if n := t.frameLen(); n > len(types) {
		// Slots the frame was resized for since (code that ran before a
		// later part failed) keep their types: the frame holds values of
		// those types.
		cur := *t.types(t.universe)
		if main := *t.types(t.main); len(main) > len(cur) {
			cur = main
		}
		types = cur[:min(n, len(cur))]
	}
	*t.types(t.main) = types
	*t.types(t.universe) = types
	for _, e := range ch.entries {
		if i := e.contents.index; e.slot != nil && i < len(types) {
			types[i] = e.slot
		}
	}
	*t.children(t.main) = ch.mainChild
	*t.children(t.universe) = ch.universeChild
	for i := len(ch.methods) - 1; i >= 0; i-- {
		*ch.methods[i].field = ch.methods[i].was
	}
}

// methodLists returns the method lists that declaring methods on the
// types named in receivers may extend: those of the types, of pointers to
// them and of their generic instances.
func (t *Tracker) methodLists(receivers []string) []methodList {
	var lists []methodList
	add := func(typ unsafe.Pointer) {
		if typ == nil {
			return
		}
		f := (*[]unsafe.Pointer)(unsafe.Add(typ, t.layout.typeMethod))
		lists = append(lists, methodList{field: f, was: *f})
	}
	for _, name := range receivers {
		p := (*t.syms)[name]
		if p == nil {
			continue
		}
		typ := (*symbolMirror)(p).typ
		if typ == nil {
			continue
		}
		types := append([]unsafe.Pointer{typ}, *(*[]unsafe.Pointer)(unsafe.Add(typ, t.layout.typeInstance))...)
		for _, typ := range types {
			add(typ)
			add(*(*unsafe.Pointer)(unsafe.Add(typ, t.layout.typePtr)))
		}
	}
	return lists
}
