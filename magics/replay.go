package magics

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/gogil/gogil/cellio"
	"github.com/gogil/gogil/kernel"
	"github.com/gogil/gogil/session/cellsrc"
)

// A pool's interpreter (a `gogil worker` process, or a sub-interpreter) is
// given what a Python child gets by importing the module a function came
// from: the imports and declarations of the notebook's cells, replayed in
// order, never their statements, which did their work in the kernel (a
// var's initialiser runs again, as a module's top level does in a child
// started with "spawn"). cellHistory is the kernel's record of them and
// replica the interpreter that replays them; both kinds of pool use these
// two, so that they see the same notebook.

// replayCell is one cell as a pool's interpreter replays it.
type replayCell struct {
	seq   int // order in which cells started; removed cells leave gaps
	count int // its execution count, to name it in messages (0: none)
	// forProcess is what a worker process runs; "" if nothing. The magic
	// lines that change what a cell declares or how its functions run
	// stay (%%gil, %%nogil, %%native, %go get; not %%time or %%timeline).
	// A %%native cell goes whole, with the other magic lines blanked, so
	// that the worker compiles the very source the kernel did and finds
	// its plugin in the shared cache.
	forProcess string
	// forSubInterpreter is what a sub-interpreter runs; "" if nothing. It
	// lives in the kernel's process: compiled functions cross by value,
	// so a %%native cell is not compiled again, and %go get, which pins
	// modules for the kernel's compiler, is left out.
	forSubInterpreter string
	// What a cell that runs as a program may take from it (a program
	// of a later cell, cellsrc.Earlier): the Go it ran, whether only its
	// leading declarations stayed, and whether its declarations are the
	// lock's or the compiler's, which a program cannot repeat.
	code        string
	leadingOnly bool
	opaque      bool
}

// replayOf is what pools replay of a cell whose magics parse gave p: all
// its declarations, or with leadingOnly those before its first statement.
func replayOf(cell string, p parsed, leadingOnly bool) replayCell {
	r := replayCell{code: p.code, leadingOnly: leadingOnly}
	var magics, subMagics []string
	native, pinned := false, false
	lines := strings.SplitAfter(p.code, "\n")
	original := strings.SplitAfter(cell, "\n")
	for _, inv := range p.magics {
		line := strings.TrimSpace(original[inv.line-1])
		switch {
		case inv.cell && (inv.name == "gil" || inv.name == "nogil"):
			subMagics = append(subMagics, line)
		case inv.cell && inv.name == "native":
			native = true
		case !inv.cell && inv.name == "go":
			pinned = true
		default:
			continue // it only watches the cell
		}
		magics = append(magics, line)
		lines[inv.line-1] = original[inv.line-1]
	}
	r.opaque = native || len(subMagics) > 0
	if native {
		if !leadingOnly { // a compiled cell that failed defined nothing
			r.forProcess = strings.Join(lines, "")
		}
		return r
	}
	var decls []string
	for _, part := range cellsrc.Split(p.code) {
		if part.Kind == cellsrc.Stmts && leadingOnly {
			break
		}
		if part.Kind != cellsrc.Stmts {
			decls = append(decls, strings.TrimRight(part.Text, "\n"))
		}
	}
	if len(decls) > 0 {
		r.forProcess = strings.Join(append(magics, decls...), "\n")
		r.forSubInterpreter = strings.Join(append(subMagics, decls...), "\n")
	} else if pinned && !leadingOnly {
		r.forProcess = strings.Join(magics, "\n") // a module pinned for later cells
	}
	return r
}

// ranStatements are the failures that come after the cell's code began to
// run: the session keeps the declarations before the failing statement,
// as Python keeps a def above a raise. Any other failure (it did not
// compile, a magic was misused) left nothing behind.
var ranStatements = []cellio.Kind{cellio.Panic, cellio.KeyboardInterrupt, cellio.Exit,
	cellio.RecursionError, cellio.MemoryError, cellio.Deadlock}

// cellHistory is the kernel's record of what pools replay. The running
// cell is in it, so that a function declared in the cell that calls a
// pool is found; if the cell fails, done takes it back out, or keeps only
// what the session kept of it.
type cellHistory struct {
	mu    sync.Mutex
	seq   int
	cells []replayCell
}

// start adds a cell as it starts; done tells how it ended. A nil history
// (a Layer without pools) records nothing.
func (h *cellHistory) start(cell string, p parsed, count int) (done func(failure *cellio.Error)) {
	if h == nil {
		return func(*cellio.Error) {}
	}
	r := replayOf(cell, p, false)
	h.mu.Lock()
	defer h.mu.Unlock()
	h.seq++
	r.seq, r.count = h.seq, count
	h.cells = append(h.cells, r)
	return func(failure *cellio.Error) {
		if failure == nil {
			return
		}
		kept := replayCell{}
		if failure == keptForPrograms {
			// For later cells' programs alone.
			kept = replayCell{code: p.code}
		}
		for _, k := range ranStatements {
			if errors.Is(failure, k) {
				kept = replayOf(cell, p, true)
				break
			}
		}
		kept.seq, kept.count = r.seq, r.count
		h.mu.Lock()
		defer h.mu.Unlock()
		for i, c := range h.cells {
			if c.seq == r.seq {
				// A new array: a replica may be reading the old one.
				cells := append(h.cells[:i:i], kept)
				h.cells = append(cells, h.cells[i+1:]...)
				return
			}
		}
	}
}

// since is the cells after seq, in order.
func (h *cellHistory) since(seq int) []replayCell {
	if h == nil {
		return nil
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	i := len(h.cells)
	for i > 0 && h.cells[i-1].seq > seq {
		i--
	}
	return h.cells[i:len(h.cells):len(h.cells)]
}

// replica is a pool's interpreter, on the side that replays: a worker
// process's Layer or a sub-interpreter's.
type replica struct {
	layer *Layer
	what  string // "sub-interpreter", "worker": for messages
	out   cellio.Cell
	// source picks what of a cell this kind of interpreter runs.
	source func(replayCell) string

	replayed int                   // seq of the last cell replayed
	failed   map[int]replayFailure // by seq: cells that did not compile here
}

type replayFailure struct {
	count int
	why   string
}

func newReplica(layer *Layer, what string, out cellio.Cell, source func(replayCell) string) *replica {
	return &replica{layer: layer, what: what, out: out, source: source, failed: map[int]replayFailure{}}
}

// catchUp replays the cells it has not seen, and reports whether any ran
// (a function looked up before may have been redefined). A cell that does
// not compile here (it used a statement's variable, say) is remembered,
// not fatal: the next cells may not need it.
func (r *replica) catchUp(cells []replayCell) (ran bool) {
	for _, c := range cells {
		if c.seq <= r.replayed {
			continue
		}
		r.replayed = c.seq
		code := r.source(c)
		if code == "" {
			continue
		}
		ran = true
		var failure *cellio.Error
		if errors.As(r.run(code), &failure) {
			r.failed[c.seq] = replayFailure{c.count, failure.Value}
		}
	}
	return ran
}

// run runs code in the replica's interpreter; its error is the cell's
// *cellio.Error.
func (r *replica) run(code string) error {
	out := r.layer.Execute(context.Background(), kernel.ExecuteInput{Code: code}, r.out)
	if out.Err != nil {
		return out.Err
	}
	return nil
}

// notFound is the error for a function that the code handing it over
// (run) could not reach: if name is not declared here, which cells could
// not be replayed, as one of them may have declared it.
func (r *replica) notFound(name string, err error) error {
	if !errors.Is(err, cellio.CompileError) {
		return fmt.Errorf("the %s cannot hand over %s: %w", r.what, name, err)
	}
	var why strings.Builder
	fmt.Fprintf(&why, "%s is not declared in the %s (it gets the imports and declarations of the notebook's cells, not their statements: declare the function at the top level of a cell)", name, r.what)
	seqs := make([]int, 0, len(r.failed))
	for seq := range r.failed {
		seqs = append(seqs, seq)
	}
	sort.Ints(seqs)
	for _, seq := range seqs {
		f := r.failed[seq]
		cell := "a cell"
		if f.count > 0 {
			cell = fmt.Sprintf("cell [%d]", f.count)
		}
		fmt.Fprintf(&why, "\n  %s did not compile there: %s", cell, firstLine(f.why))
	}
	return errors.New(why.String())
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}
