package yaegistate

import (
	"reflect"
	"sync"
	"unsafe"
)

// ClearTemporaries empties the slots that the execution frame gained since
// the last call (or KeepTemporaries) and that no symbol of package main
// holds.
//
// yaegi runs the statements of a cell in its global frame, so each cell's
// temporaries (and the variables of its nested blocks) get global slots
// that keep their last value for the whole session. That alone is a small
// leak, but every function literal created at a cell's top level copies
// the whole global frame (getFunc clones the frame it is created in) and
// keeps the copy: through the values left in old slots, each closure holds
// every closure made before it, and memory grows with the square of the
// cells run. Once the slots of past cells are empty, a closure's copy holds
// only the variables (shared, not copied) and its own cell's values.
//
// The caller calls it between cells, with no top-level code of an earlier
// cell still running: goroutines are fine (they run in frames of their own
// and read the closure's copy), but a cell left running after an interrupt
// could still read its temporaries. Variables defined by a top-level :=
// are symbols of package main (not marked global in yaegi, but in the
// global frame all the same) and are kept, whatever cell reads them later.
func (t *Tracker) ClearTemporaries() {
	held := t.held
	t.held = nil
	t.dropNested()
	f := *(*unsafe.Pointer)(unsafe.Add(t.interp, t.layout.frame))
	if f == nil {
		return
	}
	// A closure made at the top level writes its slot back after each
	// call, under this lock, from whatever goroutine calls it.
	mu := (*sync.RWMutex)(unsafe.Add(f, t.layout.frameMutex))
	mu.Lock()
	defer mu.Unlock()
	data := (*[]reflect.Value)(unsafe.Add(f, t.layout.frameData))
	top := t.cleared
	for i := t.cleared; i < len(*data); i++ {
		if held[i] {
			top = i + 1
			continue
		}
		(*data)[i] = reflect.Value{}
	}
	for _, i := range t.pinned {
		if i < len(*data) {
			top = max(top, i+1)
		}
	}
	t.pinned = nil
	t.cleared = max(t.cleared, len(*data))
	t.reuse(data, top)
}

// reuse cuts the frame and its layout back to top slots, so the next
// compilation gives its temporaries the slots the last cell's had instead
// of new ones; ClearTemporaries found nothing from top on that must stay.
//
// Without it the global frame grew by every temporary of every cell
// (about 3 slots a cell in the soak) and never shrank, and each function
// literal made at a cell's top level copies the whole frame (getFunc's
// frame.clone): work and garbage that grew with the number of cells run,
// most of the soak's round-trip drift.
//
// What may still touch a cut slot once its cell has ended, and is kept:
// the variables (held: a goroutine or a function value handed to native
// code reads them from the global frame itself), and the slots of
// function values (getFunc writes the closure's slot back after each call
// of it, whenever that comes, so a slot of another type there would be
// overwritten). Compiled code of ended cells addresses the cut slots only
// from their top-level statements, which never run again; a function
// literal reads its cell's temporaries from its own copy of the frame.
// The layout is cut only when it matches the frame: a compiled part that
// has not run yet owns what lies beyond.
func (t *Tracker) reuse(data *[]reflect.Value, top int) {
	mainTypes, uniTypes := t.types(t.main), t.types(t.universe)
	n := len(*data)
	if t.noReuse || top >= n || len(*mainTypes) != n || len(*uniTypes) != n {
		return
	}
	clear((*mainTypes)[top:n])
	*mainTypes = (*mainTypes)[:top]
	*uniTypes = *mainTypes
	*data = (*data)[:top]
	t.cleared = top
}

// KeepTemporaries leaves the slots the frame gained since the last
// ClearTemporaries as they are, for good: the cell that made them may
// still run (interrupted in a native call, or left behind).
func (t *Tracker) KeepTemporaries() {
	t.held, t.pinned, t.dropped = nil, nil, nil
	if f := *(*unsafe.Pointer)(unsafe.Add(t.interp, t.layout.frame)); f != nil {
		t.cleared = max(t.cleared, len(*(*[]reflect.Value)(unsafe.Add(f, t.layout.frameData))))
	}
}

// dropNested deletes from main's table the symbols of the nested
// variables the committed compilations added (Change.SetNested): the code
// that named them has run, and no other names them.
func (t *Tracker) dropNested() {
	live := *t.syms
	for _, d := range t.dropped {
		if live[d.name] == d.sym {
			delete(live, d.name)
			delete(t.known, d.name)
		}
	}
	t.dropped = nil
}

// holdNewSlots records the slots of the variables a compilation added to
// the global frame: those of package main, and those of the blocks of a
// cell's top level (a for body's, say), which goroutines and function
// values the cell made may read from the global frame itself after the
// cell ended. They must survive ClearTemporaries. Not held: the nested
// variables no function literal names (Change.SetNested), and the blank
// identifier's slot in a block (yaegi gives `_ = x` one), which nothing
// reads; the nested variables' entries in main's table are noted for
// dropNested.
func (t *Tracker) holdNewSlots(ch *Change) {
	// hold holds the slot of sym, a symbol named name, if the compilation
	// gave it a new one; inMain says it is an entry of main's table.
	hold := func(name string, sym unsafe.Pointer, inMain bool) {
		if sym == nil {
			return
		}
		i := (*symbolMirror)(sym).index
		if i < len(ch.types) {
			return
		}
		captured, nested := ch.nested[name]
		if nested && inMain {
			t.dropped = append(t.dropped, droppedSym{name, sym})
		}
		if nested && !captured || name == "_" {
			return // read by nothing once the statements have run
		}
		if t.held == nil {
			t.held = map[int]bool{}
		}
		t.held[i] = true
	}
	live := *t.syms
	for _, e := range ch.entries {
		hold(e.name, live[e.name], true)
	}
	for _, name := range ch.added {
		hold(name, live[name], true)
	}
	for _, i := range t.closures {
		if i >= len(ch.types) {
			t.pinned = append(t.pinned, i)
		}
	}
	t.closures = nil
	level := func(scope unsafe.Pointer) int { return *(*int)(unsafe.Add(scope, t.layout.scopeLevel)) }
	mainLevel := t.mainLevel()
	var walk func(scopes []unsafe.Pointer)
	walk = func(scopes []unsafe.Pointer) {
		for _, sc := range scopes {
			if level(sc) != mainLevel {
				continue // a function's scope: its slots are in its own frames
			}
			for name, sym := range *(*map[string]unsafe.Pointer)(unsafe.Add(sc, t.layout.scopeSym)) {
				hold(name, sym, false)
			}
			walk(*t.children(sc))
		}
	}
	if children := *t.children(t.main); len(children) > len(ch.mainChild) {
		walk(children[len(ch.mainChild):])
	}
}

// GrowFrame gives the execution frame the slots compilations added, as
// yaegi's resizeFrame does when a program runs, but into spare capacity
// that doubles. resizeFrame allocates the exact new length and copies the
// whole frame, for every cell that adds a slot (almost every cell: about
// two slots each in the soak), so each cell paid a copy of a frame that
// grows with the session; with the room already there it finds nothing to
// do. Slots in use keep their place in the same array, so a goroutine of
// an earlier cell reading one meanwhile reads the same value. The caller
// calls it just before running a program, not at Commit: a compiled part
// that never runs must leave the layout as it was when reverted.
func (t *Tracker) GrowFrame() {
	f := *(*unsafe.Pointer)(unsafe.Add(t.interp, t.layout.frame))
	if f == nil {
		return
	}
	types := *t.types(t.universe)
	mu := (*sync.RWMutex)(unsafe.Add(f, t.layout.frameMutex))
	mu.Lock()
	defer mu.Unlock()
	data := (*[]reflect.Value)(unsafe.Add(f, t.layout.frameData))
	old := len(*data)
	if len(types) <= old {
		return
	}
	grown := *data
	if cap(grown) < len(types) {
		grown = make([]reflect.Value, old, max(len(types), 2*cap(grown), 64))
		copy(grown, *data)
	}
	grown = grown[:len(types)]
	for i, typ := range types[old:] {
		grown[old+i] = reflect.New(typ).Elem()
	}
	*data = grown
}

func (t *Tracker) mainLevel() int { return *(*int)(unsafe.Add(t.main, t.layout.scopeLevel)) }
