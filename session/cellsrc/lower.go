package cellsrc

// RuntimeAlias is the name rewritten code calls the runner's helpers
// through (__gogil.Go(...)); the runner imports its helper package under
// this name in every cell.
const RuntimeAlias = "__gogil"

// RuntimeHelpers are the functions of RuntimeAlias that the code this
// package writes calls; the runner must provide each (session tests check
// it).
var RuntimeHelpers = []string{"Go", "GoSpread", "Defer", "DeferSpread", "DeferArgs", "Args", "Values"}

// Options are what the runner decides for the lowering of one cell.
type Options struct {
	// Spawner is the number of the function `go` statements of this cell
	// hand their goroutine to, written into the code so that a function
	// keeps its cell's spawner whichever cell later calls it.
	Spawner int
}

// A pass rewrites a parsed part in place for the interpreter. Passes run
// in the order of the table, after the cell's own Rewrite hook.
type pass struct {
	name  string
	kinds []Kind // the parts it applies to
	apply func(f *File, opts Options)
}

// passes are the lowerings from the Go a cell is written in to the Go the
// interpreter runs correctly. A new one (a language feature the
// interpreter lacks, say) is an entry here and a case in
// testdata/lower/.
var passes = []pass{
	{
		// First, while the code is the user's: it type-checks the part.
		name:  "range over an integer",
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, _ Options) { RewriteRangeInt(f.fset, f.AST) },
	},
	{
		// After the range pass, whose loops already have a fresh variable
		// per iteration; before the go and defer passes, which would hide
		// `go v.M()` (the address of v) inside a call.
		name:  "per-iteration loop variables",
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, _ Options) { RewriteLoopVars(f.AST) },
	},
	{
		// Everywhere, function bodies and literals included: a panic in an
		// interpreted goroutine would kill the kernel.
		name:  "go statements",
		kinds: []Kind{Decls, Stmts},
		apply: func(f *File, opts Options) { RewriteGo(f.AST, opts.Spawner) },
	},
	{
		// Only at the top level of the statements: elsewhere defer is Go's.
		name:  "top-level defer",
		kinds: []Kind{Stmts},
		apply: func(f *File, _ Options) {
			if main, _ := MainBody(f.AST); main != nil {
				RewriteDefer(main.Body)
			}
		},
	},
}

// Lower applies the passes that concern the part's kind.
func (f *File) Lower(opts Options) {
	for _, p := range passes {
		for _, k := range p.kinds {
			if k == f.Part.Kind {
				p.apply(f, opts)
				break
			}
		}
	}
}
