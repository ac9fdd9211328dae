package session

import (
	"context"
	"errors"
	"fmt"
	"go/ast"
	"go/scanner"
	"go/token"
	"go/types"
	"maps"
	"runtime"
	"slices"
	"strings"

	"github.com/traefik/yaegi/interp"

	"github.com/gogil/gogil/cellio"
	"github.com/gogil/gogil/session/cellsrc"
	"github.com/gogil/gogil/session/stdlib"
)

// run evaluates a cell, then its top-level deferred calls. It runs on the
// worker.
//
// Every part is compiled before any runs: a cell that does not compile
// changes nothing in the session (see rollback.go). Then the parts run in
// source order; when one fails at run time (a panic, an interrupt), what
// it and the parts before it did stays, and the parts after it are
// forgotten, as if never compiled.
func (s *Session) run(ctx context.Context, cell Cell, ex *execution) (res Result, e *cellio.Error) {
	if s.after.undoLater != nil {
		// The parts after an interrupted part, forgotten now that the
		// interrupted code no longer runs (waitInterrupted).
		s.after.undoLater()
		s.after.undoLater = nil
	}
	defer func() {
		// After the cell's deferred calls (the defer below runs first).
		if errors.Is(e, cellio.KeyboardInterrupt) {
			s.yaegi.KeepTemporaries()
		} else {
			s.yaegi.ClearTemporaries()
		}
	}()
	parts := cellsrc.Split(cell.Code)
	c := &cellRun{s: s, ctx: ctx, cell: cell, name: interp.DefaultSourceName, ex: ex, undo: undo{y: s.yaegi},
		recovers: strings.Contains(cell.Code, "recover")}
	defer c.dropFiles()
	defer func() {
		// After an interrupt the interrupted code may still be inside a
		// native call: Execute runs the defers once it has returned.
		if errors.Is(e, cellio.KeyboardInterrupt) {
			return
		}
		if e = c.finishDefers(e); e != nil {
			res = Result{}
		}
	}()
	marks := make([]int, len(parts))
	prepared := make([][]step, len(parts))
	for i := 0; i < len(parts); i++ {
		global := c.globalWhenRun(parts[i+1:])
		hoisted := cellsrc.HoistLoopingVars(parts[i], global)
		if hoisted == nil && c.hoistAll == i+1 {
			hoisted = cellsrc.HoistGlobalVars(parts[i], global)
		}
		if hoisted != nil {
			// Known only now: the parts before made the globals it names.
			parts = slices.Concat(parts[:i], hoisted, parts[i+1:])
			marks = slices.Concat(marks[:i], make([]int, len(hoisted)), marks[i+1:])
			prepared = slices.Concat(prepared[:i], make([][]step, len(hoisted)), prepared[i+1:])
		}
		p := parts[i]
		c.part = i
		marks[i] = c.undo.mark()
		var steps []step
		var e *cellio.Error
		if ctx.Err() != nil {
			e = interruptError()
		} else {
			switch p.Kind {
			case cellsrc.Imports:
				steps, e = c.imports(p)
			case cellsrc.Decls:
				steps, e = c.decls(p)
				if e == nil && c.hoistAll == i+1 {
					i-- // the same part again, hoisted
					continue
				}
			case cellsrc.Stmts:
				steps, e = c.statements(p, i == len(parts)-1)
			}
		}
		if e != nil {
			c.forget(marks[0], 0)
			return Result{}, e
		}
		prepared[i] = steps
	}
	returned := false // a return among the statements ended the cell
	began := false    // a step ran: a later failure comes after the cell began
	for i, steps := range prepared {
		if ctx.Err() != nil {
			c.forget(marks[i], i)
			return Result{}, interruptError()
		}
		if returned && parts[i].Kind == cellsrc.Stmts {
			continue // declarations still run: a program has them all
		}
		for _, st := range steps {
			e := c.execute(st.prog)
			if e == errReturned {
				// yaegi keeps the panic on its global frame, where a
				// recover() in a deferred call would find it; in Go a
				// return leaves nothing to recover.
				returned = true
				e = c.evalCall("func() { _ = recover() }()")
			}
			if e == nil {
				began = true
				if st.done != nil {
					st.done()
				}
				if returned {
					break
				}
				continue
			}
			switch {
			case errors.Is(e, cellio.CompileError):
				// Found while generating the part's code: it defined nothing.
				// Go's compiler would have found it before anything ran:
				// a gap, when the cell had begun.
				e.Unsupported = began
				c.forget(marks[i], i)
			case i+1 == len(parts):
			case errors.Is(e, cellio.KeyboardInterrupt):
				// The interrupted code may still run (a native call) and
				// read the symbols: forget later parts when it has returned.
				u, k := &c.undo, marks[i+1]
				s.after.undoLater = func() { u.restore(k) }
			default:
				c.forget(marks[i+1], i+1)
			}
			return Result{}, e
		}
	}
	if c.runMain && !returned {
		if e := c.evalMain(); e != nil {
			return Result{}, e
		}
	}
	return Result{Value: resultOutput(ex)}, nil
}

// step is one compiled program of a part, with the bookkeeping to do once
// it ran.
type step struct {
	prog *interp.Program
	done func()
}

// forget puts back the interpreter's state of mark k, taken before part
// first was compiled, and drops the positions of the parts it undoes.
func (c *cellRun) forget(k, first int) {
	c.undo.restore(k)
	c.forgetTypes(first)
	fset := c.s.interp.FileSet()
	kept := c.files[:0]
	for _, f := range c.files {
		if f.part >= first {
			fset.RemoveFile(f.file)
		} else {
			kept = append(kept, f)
		}
	}
	c.files = kept
}

// dropFiles removes the positions of the statement parts that left no code
// behind: they are not needed again, and the interpreter's file set would
// otherwise grow with every cell.
func (c *cellRun) dropFiles() {
	fset := c.s.interp.FileSet()
	for _, f := range c.files {
		if f.noCode {
			fset.RemoveFile(f.file)
		}
	}
}

// evalMain runs the cell's main.
func (c *cellRun) evalMain() *cellio.Error { return c.evalCall(cellsrc.UserMain + "()") }

// evalCall runs one call statement of our own.
func (c *cellRun) evalCall(call string) *cellio.Error {
	body, err := c.parser().ParseCall(call)
	if err != nil {
		return &cellio.Error{Kind: cellio.InternalError, Value: err.Error()}
	}
	return c.eval(body)
}

// finishDefers runs the cell's top-level deferred calls, last first, and
// returns the cell's error: failure (the statements' own error) if there was
// one and no deferred call recovered it, with the panics of deferred calls
// added to its traceback; else the panic of a deferred call. The calls run
// through the interpreter, so that interpreted closures run after an
// interrupt too (yaegi stops calling them until the next execution) and
// can themselves be interrupted.
//
// As in Go, os.Exit runs no deferred call: after an Exit of the statements
// they are dropped, and an Exit in a deferred call ends the cell with it.
// A recover() in a deferred call stops the statements' panic, as in Go:
// yaegi keeps the panic value on its global frame, where recover() in a
// function the cell deferred finds it and clears it, so a recover() of our
// own after the calls tells whether one of them did.
func (c *cellRun) finishDefers(failure *cellio.Error) *cellio.Error {
	ex := c.ex
	if !ex.hasDefers() {
		return failure
	}
	// Nor at a gap: Go's program would go on there, not unwind (and the
	// layer above may run the cell again as a program, whose deferred
	// calls then run once, at their time).
	if errors.Is(failure, cellio.Exit) || failure != nil && failure.Unsupported {
		ex.mu.Lock()
		ex.defers = nil
		ex.mu.Unlock()
		return failure
	}
	if c.ctx.Err() != nil {
		// Execute runs them once the interrupted code has returned.
		if failure == nil {
			failure = interruptError()
		}
		return failure
	}
	s := c.s
	if errors.Is(failure, cellio.Panic) {
		// Keep the statements' frames apart from those of deferred calls.
		s.streams.Stderr.Flush()
		failure.Traceback = append(failure.Traceback, formatTrace(s.takeTrace())...)
	}
	ex.mu.Lock()
	ex.deferCtx = c.ctx
	ex.mu.Unlock()
	ex.mu.Lock()
	ex.stillPanicking = true
	ex.mu.Unlock()
	run := c.evalCall(runtimeAlias + ".RunDefers(func() any { return recover() })")
	ex.mu.Lock()
	panics := ex.deferPanics
	ex.deferPanics = nil
	left := len(ex.defers)
	if !errors.Is(run, cellio.KeyboardInterrupt) {
		ex.defers = nil
	}
	recovered := run == nil && !ex.stillPanicking
	ex.mu.Unlock()
	if recovered && errors.Is(failure, cellio.Panic) {
		failure = nil
	}
	for _, p := range panics {
		if _, ok := p.value.(exitRequest); ok {
			// The process would end here: no panic of the statements
			// reaches the user.
			e := panicError(p.value)
			e.Traceback = []string{e.Name() + " in a deferred call: " + e.Value}
			e.Value += " (in a deferred call)"
			return e
		}
	}
	var lines []string
	for _, p := range panics {
		e := panicError(p.value)
		lines = append(lines, e.Name()+" in a deferred call: "+e.Value)
		lines = append(lines, p.trace...)
	}
	if run != nil {
		lines = append(lines, fmt.Sprintf("deferred calls stopped (%s: %s) with %d left to run", run.Name(), run.Value, left))
	}
	if failure != nil {
		if len(lines) > 0 {
			failure.Traceback = append(failure.Traceback, "while running the cell's deferred calls:")
			failure.Traceback = append(failure.Traceback, lines...)
		}
		return failure
	}
	if len(panics) > 0 {
		// As in Go, the last panic is the one that goes on.
		e := panicError(panics[len(panics)-1].value)
		e.Value += " (in a deferred call)"
		e.Traceback = lines
		return e
	}
	if run != nil {
		run.Traceback = append(run.Traceback, lines...)
	}
	return run
}

type cellRun struct {
	s    *Session
	ctx  context.Context
	cell Cell
	name string
	ex   *execution
	// runMain: the cell declared func main(), to be run at its end.
	runMain bool
	// recovers: the cell calls recover(), so its parts check their
	// indexes (cellsrc/bounds.go); looked for once, not for each part.
	recovers bool
	// hoistAll is 1 + the index of the part whose lowering read a global
	// where QualifyGlobals cannot qualify it: the part is cut again with
	// all its vars that read globals hoisted (cellsrc.HoistGlobalVars).
	hoistAll int

	undo  undo
	files []partFile // positions parsed for the cell's parts
	part  int        // the part being compiled
	// Imports and types of the cell's parts compiled but not run yet.
	pendingImports map[string]string
	pendingTypes   map[string]string
	pendingMethods map[string]string
	worldAt        []int             // the type world's length before each part (typeworld.go)
	pendingVars    map[string]string // name -> kind, of the parts compiled
	pendingGeneric map[string]bool   // name -> a generic function, likewise
	pendingDecl    map[string]string // name -> its declaration as written, likewise
	pendingRenamed map[string]bool   // "Type.Method" given a hidden name, likewise
	compiled       map[*interp.Program]ast.Node
}

// partFile is the position table of one part in the interpreter's file
// set.
type partFile struct {
	part   int
	file   *token.File
	noCode bool // a statement part that leaves no code behind (leavesNoCode)
}

// parse parses a part for the interpreter (see cellsrc.Parser.Parse) and
// keeps its positions, to be dropped if the part is forgotten.
func (c *cellRun) parse(p cellsrc.Part) (*cellsrc.File, *cellio.Error) {
	f, e := c.parser().Parse(p)
	if e != nil {
		return nil, e
	}
	if f.DeclaresMain {
		c.runMain = true
	}
	tf := c.s.interp.FileSet().File(f.AST.Pos())
	c.files = append(c.files, partFile{part: c.part, file: tf, noCode: f.LeavesNoCode()})
	return f, nil
}

// parser parses the cell's parts under yaegi's default file name: yaegi
// scopes imports by file name, and trims that name from its messages.
func (c *cellRun) parser() cellsrc.Parser {
	return cellsrc.Parser{Fset: c.s.interp.FileSet(), Name: c.name, Code: c.cell.Code}
}

func (c *cellRun) hook(file *ast.File) *cellio.Error {
	if c.cell.Rewrite == nil {
		return nil
	}
	if err := c.cell.Rewrite(c.s.interp.FileSet(), file, c.typeOf(file)); err != nil {
		return &cellio.Error{Kind: cellio.InternalError, Value: err.Error()}
	}
	return nil
}

// typeOf is the hook's TypeOf for file: checked against the type world
// on its first call, from the worker the hook runs on.
func (c *cellRun) typeOf(file *ast.File) TypeOf {
	var info *types.Info
	checked := false
	return func(x ast.Expr) types.Type {
		if !checked {
			checked = true
			if t := c.s.world.Check(c.s.interp.FileSet(), file); t != nil {
				info = t.Info
			}
		}
		if info == nil || x == nil {
			return nil
		}
		t := info.TypeOf(x)
		if t == nil || t == types.Typ[types.Invalid] {
			return nil
		}
		return t
	}
}

func (c *cellRun) imports(p cellsrc.Part) ([]step, *cellio.Error) {
	pp, e := c.parse(p)
	if e != nil {
		return nil, e
	}
	s := c.s
	s.mu.Lock()
	unsafe := false
	added := pp.FilterImports(func(importPath string) string { return s.pkgNames[importPath] }, func(im cellsrc.Import) bool {
		if im.Path == "unsafe" {
			// Not the interpreter's: the type world takes it, and the
			// lowering turns its Sizeof, Alignof and Offsetof into
			// constants (cellsrc/unsafesizes.go).
			unsafe = true
			return false
		}
		// Importing twice is not an error in a notebook.
		return s.declared.imported[im.Local] != im.Path && c.pendingImports[im.Local] != im.Path
	})
	s.mu.Unlock()
	if len(pp.AST.Decls) == 0 {
		if unsafe {
			c.stage(p)
		}
		return nil, nil
	}
	if e := c.hook(pp.AST); e != nil {
		return nil, e
	}
	prog, e := c.compileOrError(pp.AST)
	if e != nil {
		return nil, e
	}
	c.stage(p)
	if c.pendingImports == nil {
		c.pendingImports = map[string]string{}
	}
	for _, a := range added {
		if a.Local != "_" && a.Local != "." {
			c.pendingImports[a.Local] = a.Path
		}
	}
	return []step{{prog: prog, done: func() {
		s.mu.Lock()
		for _, a := range added {
			if a.Local != "_" && a.Local != "." {
				s.declared.imported[a.Local] = a.Path
			}
		}
		s.mu.Unlock()
	}}}, nil
}

func (c *cellRun) decls(p cellsrc.Part) ([]step, *cellio.Error) {
	pp, e := c.parse(p)
	if e != nil {
		return nil, e
	}
	s := c.s
	// yaegi accepts a second definition of a type but keeps using the first,
	// which silently breaks the cells that follow. Re-running the same
	// definition is fine (it is skipped); a different one is refused.
	newTypes := map[string]string{}
	for _, d := range pp.AST.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.TYPE {
			continue
		}
		kept := gd.Specs[:0]
		for _, spec := range gd.Specs {
			ts := spec.(*ast.TypeSpec)
			text := pp.Text(ts.Pos(), ts.End())
			s.mu.Lock()
			old, seen := s.declared.types[ts.Name.Name]
			s.mu.Unlock()
			if pending, ok := c.pendingTypes[ts.Name.Name]; ok {
				old, seen = pending, true
			}
			if seen && old == text {
				continue
			}
			if seen {
				pos := s.interp.FileSet().Position(ts.Pos())
				return nil, &cellio.Error{
					Kind:  cellio.TypeRedefinition,
					Value: fmt.Sprintf("%d:%d: type %s is already defined differently by an earlier cell", pos.Line, pos.Column, ts.Name.Name),
					Traceback: []string{
						fmt.Sprintf("TypeRedefinition: type %s is already defined differently by an earlier cell.", ts.Name.Name),
						"The interpreter cannot replace a type in place: values, methods and functions would keep the old one.",
						"Give the new type another name (e.g. " + ts.Name.Name + "2), or restart the kernel and run the cells again.",
						"was:  type " + old,
					},
				}
			}
			newTypes[ts.Name.Name] = text
			kept = append(kept, spec)
		}
		gd.Specs = kept
	}
	// Likewise yaegi keeps the first body of a method declared again.
	newMethods := map[string]string{}
	keptDecls := pp.AST.Decls[:0]
	for _, d := range pp.AST.Decls {
		fd, ok := d.(*ast.FuncDecl)
		recv := ""
		if ok {
			recv = receiverType(fd)
		}
		if recv == "" {
			keptDecls = append(keptDecls, d)
			continue
		}
		key := recv + "." + fd.Name.Name
		text := pp.Text(fd.Pos(), fd.End())
		s.mu.Lock()
		old, seen := s.declared.methods[key]
		s.mu.Unlock()
		if pending, ok := c.pendingMethods[key]; ok {
			old, seen = pending, true
		}
		if seen && old == text {
			continue // the same method again: nothing to do
		}
		if seen {
			pos := s.interp.FileSet().Position(fd.Pos())
			return nil, &cellio.Error{
				Kind:  cellio.MethodRedefinition,
				Value: fmt.Sprintf("%d:%d: method %s is already defined differently by an earlier cell", pos.Line, pos.Column, key),
				Traceback: []string{
					fmt.Sprintf("MethodRedefinition: method %s is already defined differently by an earlier cell.", key),
					"The interpreter cannot replace a method: calls would keep running the first body.",
					"Give the method another name, or restart the kernel and run the cells again.",
					"was:  " + old,
				},
			}
		}
		newMethods[key] = text
		keptDecls = append(keptDecls, d)
	}
	pp.AST.Decls = cellsrc.DropEmpty(keptDecls)
	if len(pp.AST.Decls) == 0 {
		return nil, nil
	}
	if e := c.hook(pp.AST); e != nil {
		return nil, e
	}
	if e := pp.Lower(c.lowerOptions()); e != nil {
		return nil, e
	}
	c.noteShapeValues(pp)
	if c.hoistAll != c.part+1 && cellsrc.LowersGlobalsLate(pp.AST, c.isGlobalVar) {
		// Known only once lowered: the part is cut again, its vars that
		// read globals hoisted into statements (nothing compiled yet).
		c.hoistAll = c.part + 1
		return nil, nil
	}
	// The interpreter keeps these as it keeps the user's methods.
	maps.Copy(newMethods, pp.ForwardedMethods())
	cellsrc.QualifyGlobals(pp.AST, c.isGlobalVar)
	prog, e := c.compileOrError(pp.AST)
	if e != nil {
		return nil, e
	}
	c.stage(p)
	c.compiledVars(pp.Declared())
	if c.pendingTypes == nil {
		c.pendingTypes, c.pendingMethods = map[string]string{}, map[string]string{}
	}
	maps.Copy(c.pendingTypes, newTypes)
	maps.Copy(c.pendingMethods, newMethods)
	renamed := pp.RenamedMethods()
	for _, k := range renamed {
		if c.pendingRenamed == nil {
			c.pendingRenamed = map[string]bool{}
		}
		c.pendingRenamed[k] = true
	}
	return []step{{prog: prog, done: func() { c.recordDecls(pp, newTypes, newMethods, renamed) }}}, nil
}

// recordDecls remembers the types and names a declaration part defined.
func (c *cellRun) recordDecls(pp *cellsrc.File, newTypes, newMethods map[string]string, renamed []string) {
	s := c.s
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, k := range renamed {
		if s.declared.renamed == nil {
			s.declared.renamed = map[string]bool{}
		}
		s.declared.renamed[k] = true
	}
	maps.Copy(s.declared.methods, newMethods)
	maps.Copy(s.declared.types, newTypes)
	for _, sym := range pp.Declared() {
		s.declared.user[sym.Name] = userSymbol{kind: sym.Kind, decl: sym.Decl, generic: sym.Generic}
	}
	if pp.DeclaresGenericCode() {
		s.cellTypes.genericCode()
	}
}

func (c *cellRun) statements(p cellsrc.Part, last bool) ([]step, *cellio.Error) {
	pp, e := c.parse(p)
	if e != nil {
		return nil, e
	}
	stmts := append([]ast.Stmt{}, pp.Main.Body.List...)
	var trailing *ast.ExprStmt
	if last {
		trailing = pp.Trailing()
	}
	if e := c.hook(pp.AST); e != nil {
		return nil, e
	}
	if trailing != nil {
		c.ex.callName, c.ex.call = cellsrc.CallName(trailing.X)
	}
	opts := c.lowerOptions()
	opts.Trailing = trailing != nil
	if e := pp.Lower(opts); e != nil {
		return nil, e
	}
	c.noteShapeValues(pp)
	c.stage(p)
	main, others := cellsrc.MainBody(pp.AST)
	var steps []step
	if len(others) > 0 {
		prog, e := c.compileOrError(&ast.File{Name: pp.AST.Name, Decls: others})
		if e != nil {
			return nil, e
		}
		steps = append(steps, step{prog: prog})
	}
	if main == nil {
		return steps, nil
	}
	c.compiledVars(pp.Defined(stmts))
	done := func() { c.recordDefines(pp, stmts) }
	body := main.Body
	n := len(body.List)
	if trailing == nil || n == 0 || body.List[n-1] != ast.Stmt(trailing) {
		// No trailing expression, or the hook or the printing pass
		// replaced it (cellsrc/trailingvalues.go): run as is.
		prog, e := c.compileOrError(body)
		if e != nil {
			return nil, e
		}
		return append(steps, step{prog: prog, done: done}), nil
	}
	// The trailing expression is evaluated in the same program as the
	// statements before it: every extra Execute resizes yaegi's global
	// frame, which races with goroutines the cell started.
	var compileErr error
	for _, form := range cellsrc.TrailingForms(trailing.X) {
		list := append(append([]ast.Stmt{}, body.List[:n-1]...), form)
		prog, err := c.compile(&ast.BlockStmt{Lbrace: body.Lbrace, List: list, Rbrace: body.Rbrace})
		if err != nil {
			compileErr = err
			continue
		}
		return append(steps, step{prog: prog, done: done}), nil
	}
	return nil, c.compileError(compileErr, body)
}

// isGlobalVar tells whether name is a variable of an earlier cell or of a
// part of this cell compiled before (see cellsrc.QualifyGlobals).
func (c *cellRun) isGlobalVar(name string) bool {
	if kind, ok := c.pendingVars[name]; ok {
		return kind == "var"
	}
	s := c.s
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.declared.user[name].kind == "var"
}

// globalWhenRun tells whether name is a variable when a part before
// later runs: one of an earlier cell or part (isGlobalVar), or one that a
// statements part of later makes at its top level, as it is compiled
// before the parts before it run.
func (c *cellRun) globalWhenRun(later []cellsrc.Part) func(string) bool {
	var made map[string]bool
	return func(name string) bool {
		if c.isGlobalVar(name) {
			return true
		}
		if made == nil {
			made = map[string]bool{}
			for _, p := range later {
				for _, n := range cellsrc.TopLevelVars(p) {
					made[n] = true
				}
			}
		}
		return made[name]
	}
}

// isGlobalConst says whether name is a constant of an earlier part, this
// cell's compiled parts first.
func (c *cellRun) isGlobalConst(name string) bool {
	if kind, ok := c.pendingVars[name]; ok {
		return kind == "const"
	}
	s := c.s
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.declared.user[name].kind == "const"
}

// mayBeRuneConst says whether name is a constant of an earlier part that
// may be an untyped rune: its declaration has a rune literal, repeats
// the value of the spec above it (`const ( A = 'a' + iota; B )`), or
// names another such constant (`const b = a + 1` after `const a = 'x'`:
// missed, %T of b printed int).
func (c *cellRun) mayBeRuneConst(name string) bool {
	return c.runeConstVia(name, map[string]bool{})
}

func (c *cellRun) runeConstVia(name string, seen map[string]bool) bool {
	if seen[name] || !c.isGlobalConst(name) {
		return false
	}
	seen[name] = true
	decl, ok := c.pendingDecl[name]
	if !ok {
		c.s.mu.Lock()
		decl = c.s.declared.user[name].decl
		c.s.mu.Unlock()
	}
	eq := strings.Index(decl, "=")
	if strings.Contains(decl, "'") || eq < 0 {
		return true
	}
	var sc scanner.Scanner
	fset := token.NewFileSet()
	value := decl[eq+1:]
	sc.Init(fset.AddFile("", -1, len(value)), []byte(value), nil, 0)
	for first := true; ; first = false {
		_, tok, lit := sc.Scan()
		if tok == token.EOF || tok == token.SEMICOLON && lit == "\n" {
			// A value the lowering wrote as its result (constfold.go)
			// leaves the text of the declaration cut short: it may
			// have named one.
			return first
		}
		if tok == token.IDENT && c.runeConstVia(lit, seen) {
			return true
		}
	}
}

// isGenericFunc says whether name is a generic function of an earlier
// part, this cell's compiled parts first.
func (c *cellRun) isGenericFunc(name string) bool {
	if generic, ok := c.pendingGeneric[name]; ok {
		return generic
	}
	s := c.s
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.declared.user[name].generic
}

// isCellType says whether name is a type of an earlier cell or part, on
// which a method expression (T.M) is lowered (cellsrc's methodexpr.go).
func (c *cellRun) isCellType(name string) bool {
	if kind, ok := c.pendingVars[name]; ok {
		return kind == "type"
	}
	s := c.s
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.declared.user[name].kind == "type"
}

// maybeVariadic says whether name may be a variadic function or function
// variable of an earlier part (its declaration has a "..."), whose calls
// the lowering then types (cellsrc's variadiccalls.go).
func (c *cellRun) maybeVariadic(name string) bool {
	if decl, ok := c.pendingDecl[name]; ok {
		return strings.Contains(decl, "...")
	}
	s := c.s
	s.mu.Lock()
	defer s.mu.Unlock()
	u := s.declared.user[name]
	return (u.kind == "func" || u.kind == "var") && strings.Contains(u.decl, "...")
}

// compiledVars notes the kinds of the names a part compiled defines.
func (c *cellRun) compiledVars(syms []cellsrc.Symbol) {
	if c.pendingVars == nil {
		c.pendingVars, c.pendingGeneric, c.pendingDecl = map[string]string{}, map[string]bool{}, map[string]string{}
	}
	for _, sym := range syms {
		c.pendingVars[sym.Name] = sym.Kind
		c.pendingGeneric[sym.Name] = sym.Generic
		c.pendingDecl[sym.Name] = sym.Decl
	}
}

// recordDefines remembers names made by top-level := (globals in yaegi).
func (c *cellRun) recordDefines(pp *cellsrc.File, stmts []ast.Stmt) {
	s := c.s
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, sym := range pp.Defined(stmts) {
		s.declared.user[sym.Name] = userSymbol{kind: sym.Kind, decl: sym.Decl, generic: sym.Generic}
	}
}

func (c *cellRun) eval(n ast.Node) *cellio.Error {
	prog, e := c.compileOrError(n)
	if e != nil {
		return e
	}
	return c.execute(prog)
}

func (c *cellRun) compileOrError(n ast.Node) (*interp.Program, *cellio.Error) {
	prog, err := c.compile(n)
	if err != nil {
		return nil, c.compileError(err, n)
	}
	return prog, nil
}

// compile compiles n; if that fails, the interpreter's state is put back as
// it was (see rollback.go).
func (c *cellRun) compile(n ast.Node) (*interp.Program, error) {
	if c.undo.y == nil {
		c.undo.y = c.s.yaegi
	}
	var prog *interp.Program
	var names []string
	var nested map[string]bool
	if c.undo.y != nil {
		names = c.touchedNames(n)
		if body, ok := n.(*ast.BlockStmt); ok {
			nested = cellsrc.NestedVars(body)
		}
	}
	err := c.undo.compile(names, receivers(n), nested, func() (err error) {
		prog, err = c.compileAST(n)
		return err
	})
	if prog != nil {
		if c.compiled == nil {
			c.compiled = map[*interp.Program]ast.Node{}
		}
		c.compiled[prog] = n
	}
	return prog, err
}

// compileAST guards against the interpreter's compile-time panics (e.g.
// range over an int), which CompileAST does not recover.
func (c *cellRun) compileAST(n ast.Node) (prog *interp.Program, err error) {
	defer func() {
		if r := recover(); r != nil {
			// The front end lowers what it knows yaegi gets wrong; what
			// is left is a construct nobody has met yet.
			err = fmt.Errorf("the interpreter (yaegi v0.16.1) failed on this code (%v): a construct it does not handle; rewriting the statement differently usually works (please report the cell)", r)
			if cause := cellsrc.CrashCause(c.crashSuspects(n)...); cause != "" {
				err = fmt.Errorf("%s (yaegi v0.16.1: %v)", cause, r)
			} else if names := cellsrc.GenericCalls(n, c.isGenericFunc); len(names) > 0 {
				err = fmt.Errorf("the interpreter (yaegi v0.16.1) failed compiling this code's call of the generic function %s (%v): "+
					"it cannot instantiate some generic functions, above all one that calls another generic function with a type declared in a cell as type argument; "+
					"a non-generic version of the function, or a type argument of the language (int, float64, string), usually works",
					strings.Join(names, ", "), r)
			}
		}
	}()
	defer c.s.yaegi.ForgetRoots()
	return c.s.interp.CompileAST(n)
}

// crashSuspects are the code whose generic bodies may have crashed the
// compiler on n: n, and the parts of the cell compiled before it, whose
// generic bodies yaegi compiles only when n instantiates them (a call, a
// method of an instance).
func (c *cellRun) crashSuspects(n ast.Node) []ast.Node {
	nodes := []ast.Node{n}
	for _, earlier := range c.compiled {
		nodes = append(nodes, earlier)
	}
	return nodes
}

func (c *cellRun) execute(prog *interp.Program) *cellio.Error {
	if c.ctx.Err() != nil {
		return interruptError()
	}
	c.s.yaegi.GrowFrame() // see there: spares yaegi's copy of the frame
	_, err := c.s.interp.ExecuteWithContext(c.ctx, prog)
	if err == nil {
		if c.ctx.Err() != nil {
			// The interrupt woke a sleep, which returned, and the code
			// after it ended before yaegi looked at its context again.
			return interruptError()
		}
		return nil
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return interruptError()
	}
	var p interp.Panic
	if errors.As(err, &p) {
		return c.panicked(p.Value)
	}
	var pp *interp.Panic
	if errors.As(err, &pp) {
		return c.panicked(pp.Value)
	}
	return c.compileError(err, c.compiled[prog])
}

// errReturned is what execute returns for a return among the statements
// (cellReturn): the cell ends there without an error.
var errReturned = &cellio.Error{Kind: cellio.InternalError, Value: "the cell's statements returned"}

func (c *cellRun) panicked(v any) *cellio.Error {
	if _, ok := v.(cellReturn); ok {
		return errReturned
	}
	if _, ok := v.(selectInterrupted); ok {
		return interruptError()
	}
	return panicError(v)
}

func interruptError() *cellio.Error {
	return &cellio.Error{Kind: cellio.KeyboardInterrupt, Value: "execution interrupted", Traceback: []string{"KeyboardInterrupt: execution interrupted"}}
}

func panicError(v any) *cellio.Error {
	if exit, ok := v.(exitRequest); ok {
		return &cellio.Error{Kind: cellio.Exit, Value: exit.String(), Traceback: []string{"Exit: " + exit.String()}}
	}
	text := panicText(v)
	if words, ok := methodNotFound(text); ok {
		return &cellio.Error{Kind: cellio.Panic, Value: words, Traceback: []string{"panic: " + words}, Unsupported: true}
	}
	if words, ok := wrapperPanic(text); ok && !isGap(v) {
		return &cellio.Error{Kind: cellio.Panic, Value: words, Traceback: []string{"panic: " + words}, Unsupported: true}
	}
	return &cellio.Error{Kind: cellio.Panic, Value: text, Traceback: []string{"panic: " + text}, Unsupported: unsupported(v)}
}

// compileError reports an interpreter error about the code of n at the
// cell's own position, in words that name what the user wrote (explain).
func (c *cellRun) compileError(err error, n ast.Node) *cellio.Error {
	msg := strings.TrimPrefix(err.Error(), c.name+":")
	if better, ok := c.explain(msg, n); ok {
		msg = better
	}
	if _, rest, ok := strings.Cut(msg, "unable to find source related to: "); ok {
		// yaegi's words for a package it has no symbols for.
		pkg, _, _ := strings.Cut(rest, ". Either")
		at, _, _ := strings.Cut(msg, " import ")
		msg = fmt.Sprintf("%s package %s is not available to interpreted cells: they import the standard library of %s "+
			"(less syscall, unsafe, plugin and embed), modules (%%go get), and display, gil, threading and workloads; "+
			"a %%%%native cell, compiled by the Go toolchain, can import it", at, pkg, runtime.Version())
		if api := stdlib.GenericAPI(strings.Trim(pkg, `"`)); len(api) > 0 {
			// A standard package left out of the tables for having only a
			// generic API: saying "the standard library" alone would
			// leave the user wondering why this one is missing.
			msg = fmt.Sprintf("%s package %s is not available to interpreted cells: all its API is generic (%s), and the "+
				"interpreter (yaegi) calls the standard library through reflect, which cannot instantiate generic code; "+
				"a %%%%native cell, compiled by the Go toolchain, can import it", at, pkg, strings.Join(api, ", "))
		}
	}
	e := &cellio.Error{Kind: cellio.CompileError, Value: firstLine(msg)}
	e.Traceback = append([]string{"CompileError: " + msg}, cellsrc.PointAt(c.cell.Code, msg)...)
	for _, b := range []string{"min", "max", "clear"} {
		if strings.HasSuffix(msg, "undefined: "+b) {
			e.Traceback = append(e.Traceback, "note: the interpreter (yaegi v0.16.1) lacks the Go 1.21 builtins min, max and clear")
		}
	}
	return e
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}
