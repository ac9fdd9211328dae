package session

import (
	"context"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"maps"
	"path"
	"strings"

	"github.com/traefik/yaegi/interp"

	"github.com/gogil/gogil/cellio"
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
	if s.undoLater != nil {
		// The parts after an interrupted part, forgotten now that the
		// interrupted code no longer runs (waitInterrupted).
		s.undoLater()
		s.undoLater = nil
	}
	parts := splitCell(cell.Code)
	c := &cellRun{s: s, ctx: ctx, cell: cell, name: interp.DefaultSourceName, ex: ex, undo: undo{y: s.yaegi}}
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
	for i, p := range parts {
		c.part = i
		marks[i] = c.undo.mark()
		var steps []step
		var e *cellio.Error
		if ctx.Err() != nil {
			e = interruptError()
		} else {
			switch p.kind {
			case partImport:
				steps, e = c.imports(p)
			case partDecl:
				steps, e = c.decls(p)
			case partStmt:
				steps, e = c.statements(p, i == len(parts)-1)
			}
		}
		if e != nil {
			c.forget(marks[0], 0)
			return Result{}, e
		}
		prepared[i] = steps
	}
	for i, steps := range prepared {
		if ctx.Err() != nil {
			c.forget(marks[i], i)
			return Result{}, interruptError()
		}
		for _, st := range steps {
			e := c.execute(st.prog)
			if e == nil {
				if st.done != nil {
					st.done()
				}
				continue
			}
			switch {
			case errors.Is(e, cellio.CompileError):
				// Found while generating the part's code: it defined nothing.
				c.forget(marks[i], i)
			case i+1 == len(parts):
			case errors.Is(e, cellio.KeyboardInterrupt):
				// The interrupted code may still run (a native call) and
				// read the symbols: forget later parts when it has returned.
				u, k := &c.undo, marks[i+1]
				s.undoLater = func() { u.restore(k) }
			default:
				c.forget(marks[i+1], i+1)
			}
			return Result{}, e
		}
	}
	if c.runMain {
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
func (c *cellRun) evalMain() *cellio.Error { return c.evalCall(userMain + "()") }

// evalCall runs one call statement of our own. The program is parsed
// rather than built so that its nodes carry a position (yaegi scopes
// imports by file name).
func (c *cellRun) evalCall(call string) *cellio.Error {
	src := "package main\nfunc main() {\n" + call + "\n}\n"
	file, err := parser.ParseFile(c.s.interp.FileSet(), c.name, src, 0)
	if err != nil {
		return &cellio.Error{Kind: "InternalError", Value: err.Error()}
	}
	fd, _ := mainBody(file)
	return c.eval(fd.Body)
}

// finishDefers runs the cell's top-level deferred calls, last first, and
// returns the cell's error: failure (the statements' own error) if there was
// one, with the panics of deferred calls added to its traceback; else the
// panic of a deferred call. The calls run through the interpreter, so that
// interpreted closures run after an interrupt too (yaegi stops calling them
// until the next execution) and can themselves be interrupted.
func (c *cellRun) finishDefers(failure *cellio.Error) *cellio.Error {
	ex := c.ex
	if !ex.hasDefers() {
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
	run := c.evalCall(runtimeAlias + ".RunDefers()")
	ex.mu.Lock()
	panics := ex.deferPanics
	ex.deferPanics = nil
	left := len(ex.defers)
	if !errors.Is(run, cellio.KeyboardInterrupt) {
		ex.defers = nil
	}
	ex.mu.Unlock()
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

	undo  undo
	files []partFile // positions parsed for the cell's parts
	part  int        // the part being compiled
	// Imports and types of the cell's parts compiled but not run yet.
	pendingImports map[string]string
	pendingTypes   map[string]string
	pendingMethods map[string]string
}

// partFile is the position table of one part in the interpreter's file
// set.
type partFile struct {
	part   int
	file   *token.File
	noCode bool // a statement part that leaves no code behind (leavesNoCode)
}

// parsed is one part as the parser saw it, with the wrapped source the
// offsets of its nodes refer to.
type parsed struct {
	file *ast.File
	src  string
	base int
}

// parse wraps a part the way yaegi's REPL does (declarations at file level,
// statements in func main) with a //line directive so that every position,
// in errors and in panic traces, is the cell's own line and column. Every
// part uses yaegi's default file name: yaegi scopes imports by file name,
// and trims that name from its messages.
func (c *cellRun) parse(p part) (*parsed, *cellio.Error) {
	directive := fmt.Sprintf("//line %s:%d:%d\n", c.name, p.line, p.col)
	var src string
	if p.kind == partStmt {
		src = "package main\nfunc main() {\n" + directive + p.text + "\n}\n"
	} else {
		src = "package main\n" + directive + p.text + "\n"
	}
	fset := c.s.interp.FileSet()
	file, err := parser.ParseFile(fset, c.name, src, parser.ParseComments|parser.DeclarationErrors)
	if err != nil {
		return nil, c.syntaxError(err)
	}
	var wrapper *ast.FuncDecl
	if p.kind == partStmt {
		wrapper, _ = mainBody(file)
		if ret := returnIn(wrapper); ret != nil {
			pos := fset.Position(ret.Pos())
			msg := fmt.Sprintf("%d:%d: return outside a function: a cell's statements are not a function body", pos.Line, pos.Column)
			return nil, &cellio.Error{Kind: cellio.SyntaxError, Value: msg, Traceback: append([]string{"SyntaxError: " + msg}, c.pointAt(msg)...)}
		}
	}
	if renameMain(file, wrapper) {
		c.runMain = true
	}
	tf := fset.File(file.Pos())
	c.files = append(c.files, partFile{part: c.part, file: tf, noCode: p.kind == partStmt && leavesNoCode(file)})
	return &parsed{file: file, src: src, base: tf.Base()}, nil
}

// returnIn finds a return statement among the statements of the wrapper
// (outside the function literals in them), or nil.
func returnIn(wrapper *ast.FuncDecl) *ast.ReturnStmt {
	if wrapper == nil || wrapper.Body == nil {
		return nil
	}
	var found *ast.ReturnStmt
	ast.Inspect(wrapper.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if found == nil {
				found = n
			}
		}
		return found == nil
	})
	return found
}

// userMain is what a cell's own `main` is called in the interpreter: yaegi
// runs a function named main after every later compilation once one
// exists, so the name must never reach it.
const userMain = "__gogil_main"

// renameMain renames the identifier main in user code (not field
// selectors, not our statement wrapper) and reports whether the file
// declares func main(), which then runs once at the end of the cell, as
// for a program pasted whole.
func renameMain(file *ast.File, wrapper *ast.FuncDecl) bool {
	declares := false
	for _, d := range file.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd != wrapper && fd.Recv == nil && fd.Name.Name == "main" &&
			len(fd.Type.Params.List) == 0 && fd.Type.Results == nil {
			declares = true
		}
	}
	ast.Inspect(file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.File:
			return true
		case *ast.SelectorExpr:
			ast.Inspect(n.X, func(m ast.Node) bool {
				if id, ok := m.(*ast.Ident); ok && id.Name == "main" {
					id.Name = userMain
				}
				return true
			})
			return false
		case *ast.FuncDecl:
			if n != wrapper && n.Name.Name == "main" {
				n.Name.Name = userMain
			}
		case *ast.Ident:
			if n.Name == "main" && n != file.Name && (wrapper == nil || n != wrapper.Name) {
				n.Name = userMain
			}
		}
		return true
	})
	return declares
}

// text is the source of a node as the user wrote it.
func (p *parsed) text(from, to token.Pos) string {
	a, b := int(from)-p.base, int(to)-p.base
	if a < 0 || b > len(p.src) || a > b {
		return ""
	}
	return p.src[a:b]
}

func (c *cellRun) hook(file *ast.File) *cellio.Error {
	if c.cell.Rewrite == nil {
		return nil
	}
	if err := c.cell.Rewrite(c.s.interp.FileSet(), file); err != nil {
		return &cellio.Error{Kind: "RewriteError", Value: err.Error()}
	}
	return nil
}

func (c *cellRun) imports(p part) ([]step, *cellio.Error) {
	pp, e := c.parse(p)
	if e != nil {
		return nil, e
	}
	var added [][2]string
	s := c.s
	s.mu.Lock()
	for _, d := range pp.file.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.IMPORT {
			continue
		}
		kept := gd.Specs[:0]
		for _, spec := range gd.Specs {
			is := spec.(*ast.ImportSpec)
			importPath := strings.Trim(is.Path.Value, "`\"")
			local := s.pkgNames[importPath]
			if local == "" {
				local = path.Base(importPath)
			}
			if is.Name != nil {
				local = is.Name.Name
			}
			if s.imported[local] == importPath || c.pendingImports[local] == importPath {
				continue // importing twice is not an error in a notebook
			}
			kept = append(kept, spec)
			added = append(added, [2]string{local, importPath})
		}
		gd.Specs = kept
	}
	s.mu.Unlock()
	pp.file.Decls = dropEmpty(pp.file.Decls)
	if len(pp.file.Decls) == 0 {
		return nil, nil
	}
	if e := c.hook(pp.file); e != nil {
		return nil, e
	}
	prog, e := c.compileOrError(pp.file)
	if e != nil {
		return nil, e
	}
	if c.pendingImports == nil {
		c.pendingImports = map[string]string{}
	}
	for _, a := range added {
		if a[0] != "_" && a[0] != "." {
			c.pendingImports[a[0]] = a[1]
		}
	}
	return []step{{prog: prog, done: func() {
		s.mu.Lock()
		for _, a := range added {
			if a[0] != "_" && a[0] != "." {
				s.imported[a[0]] = a[1]
			}
		}
		s.mu.Unlock()
	}}}, nil
}

func dropEmpty(decls []ast.Decl) []ast.Decl {
	kept := decls[:0]
	for _, d := range decls {
		if gd, ok := d.(*ast.GenDecl); ok && len(gd.Specs) == 0 {
			continue
		}
		kept = append(kept, d)
	}
	return kept
}

func (c *cellRun) decls(p part) ([]step, *cellio.Error) {
	pp, e := c.parse(p)
	if e != nil {
		return nil, e
	}
	s := c.s
	// yaegi accepts a second definition of a type but keeps using the first,
	// which silently breaks the cells that follow. Re-running the same
	// definition is fine (it is skipped); a different one is refused.
	newTypes := map[string]string{}
	for _, d := range pp.file.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.TYPE {
			continue
		}
		kept := gd.Specs[:0]
		for _, spec := range gd.Specs {
			ts := spec.(*ast.TypeSpec)
			text := pp.text(ts.Pos(), ts.End())
			s.mu.Lock()
			old, seen := s.types[ts.Name.Name]
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
					Kind:  "TypeRedefinition",
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
	keptDecls := pp.file.Decls[:0]
	for _, d := range pp.file.Decls {
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
		text := pp.text(fd.Pos(), fd.End())
		s.mu.Lock()
		old, seen := s.methods[key]
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
				Kind:  "MethodRedefinition",
				Value: fmt.Sprintf("%d:%d: method %s is already defined differently by an earlier cell", pos.Line, pos.Column, key),
				Traceback: []string{
					fmt.Sprintf("MethodRedefinition: method %s is already defined differently by an earlier cell.", key),
					"The interpreter cannot replace a method: calls would keep running the first body.",
					"Give the method another name, or restart the kernel and run the cells again.",
				},
			}
		}
		newMethods[key] = text
		keptDecls = append(keptDecls, d)
	}
	pp.file.Decls = dropEmpty(keptDecls)
	if len(pp.file.Decls) == 0 {
		return nil, nil
	}
	if e := c.hook(pp.file); e != nil {
		return nil, e
	}
	rewriteGo(pp.file, c.ex.spawner)
	prog, e := c.compileOrError(pp.file)
	if e != nil {
		return nil, e
	}
	if c.pendingTypes == nil {
		c.pendingTypes, c.pendingMethods = map[string]string{}, map[string]string{}
	}
	maps.Copy(c.pendingTypes, newTypes)
	maps.Copy(c.pendingMethods, newMethods)
	return []step{{prog: prog, done: func() { c.recordDecls(pp, newTypes, newMethods) }}}, nil
}

// recordDecls remembers the types and names a declaration part defined.
func (c *cellRun) recordDecls(pp *parsed, newTypes, newMethods map[string]string) {
	s := c.s
	s.mu.Lock()
	defer s.mu.Unlock()
	maps.Copy(s.methods, newMethods)
	for n, t := range newTypes {
		s.types[n] = t
	}
	for _, d := range pp.file.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			if d.Recv == nil {
				end := d.End()
				if d.Body != nil {
					end = d.Body.Lbrace
				}
				s.user[d.Name.Name] = userSymbol{kind: "func", decl: strings.TrimSpace(docText(d.Doc) + pp.text(d.Type.Pos(), end))}
			}
		case *ast.GenDecl:
			for _, spec := range d.Specs {
				switch sp := spec.(type) {
				case *ast.TypeSpec:
					s.user[sp.Name.Name] = userSymbol{kind: "type", decl: docText(d.Doc) + "type " + pp.text(sp.Pos(), sp.End())}
				case *ast.ValueSpec:
					kind := d.Tok.String()
					for _, n := range sp.Names {
						s.user[n.Name] = userSymbol{kind: kind, decl: docText(d.Doc) + kind + " " + pp.text(sp.Pos(), sp.End())}
					}
				}
			}
		}
	}
}

func docText(g *ast.CommentGroup) string {
	if g == nil {
		return ""
	}
	var b strings.Builder
	for _, c := range g.List {
		if strings.HasPrefix(c.Text, "//line ") {
			continue // our own position directive
		}
		b.WriteString(c.Text + "\n")
	}
	return b.String()
}

func mainBody(file *ast.File) (*ast.FuncDecl, []ast.Decl) {
	var main *ast.FuncDecl
	var others []ast.Decl
	for _, d := range file.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil && fd.Name.Name == "main" && main == nil {
			main = fd
			continue
		}
		others = append(others, d)
	}
	return main, others
}

func (c *cellRun) statements(p part, last bool) ([]step, *cellio.Error) {
	pp, e := c.parse(p)
	if e != nil {
		return nil, e
	}
	main, _ := mainBody(pp.file)
	stmts := append([]ast.Stmt{}, main.Body.List...)
	var trailing *ast.ExprStmt
	if last && len(stmts) > 0 {
		trailing, _ = stmts[len(stmts)-1].(*ast.ExprStmt)
	}
	if e := c.hook(pp.file); e != nil {
		return nil, e
	}
	rewriteGo(pp.file, c.ex.spawner)
	main, others := mainBody(pp.file)
	if main != nil {
		rewriteDefer(main.Body)
	}
	var steps []step
	if len(others) > 0 {
		prog, e := c.compileOrError(&ast.File{Name: pp.file.Name, Decls: others})
		if e != nil {
			return nil, e
		}
		steps = append(steps, step{prog: prog})
	}
	if main == nil {
		return steps, nil
	}
	done := func() { c.recordDefines(pp, stmts) }
	body := main.Body
	n := len(body.List)
	if trailing == nil || n == 0 || body.List[n-1] != ast.Stmt(trailing) {
		// No trailing expression, or the hook replaced it: run as is.
		prog, e := c.compileOrError(body)
		if e != nil {
			return nil, e
		}
		return append(steps, step{prog: prog, done: done}), nil
	}
	// The trailing expression is evaluated in the same program as the
	// statements before it: every extra Execute resizes yaegi's global
	// frame, which races with goroutines the cell started.
	if call, ok := ast.Unparen(trailing.X).(*ast.CallExpr); ok {
		c.ex.call = true
		switch fn := ast.Unparen(call.Fun).(type) {
		case *ast.Ident:
			c.ex.callName = fn.Name
		case *ast.SelectorExpr:
			c.ex.callName = fn.Sel.Name
		}
	}
	var compileErr error
	for _, form := range trailingForms(trailing.X) {
		list := append(append([]ast.Stmt{}, body.List[:n-1]...), form)
		prog, err := c.compile(&ast.BlockStmt{Lbrace: body.Lbrace, List: list, Rbrace: body.Rbrace})
		if err != nil {
			compileErr = err
			continue
		}
		return append(steps, step{prog: prog, done: done}), nil
	}
	return nil, c.compileError(compileErr)
}

// recordDefines remembers names made by top-level := (globals in yaegi).
func (c *cellRun) recordDefines(pp *parsed, stmts []ast.Stmt) {
	s := c.s
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, st := range stmts {
		as, ok := st.(*ast.AssignStmt)
		if !ok || as.Tok != token.DEFINE {
			continue
		}
		for _, l := range as.Lhs {
			if id, ok := l.(*ast.Ident); ok && id.Name != "_" {
				s.user[id.Name] = userSymbol{kind: "var", decl: pp.text(as.Pos(), as.End())}
			}
		}
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
		return nil, c.compileError(err)
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
	if c.undo.y != nil {
		names = c.touchedNames(n)
	}
	err := c.undo.compile(names, receivers(n), func() (err error) {
		prog, err = c.compileAST(n)
		return err
	})
	return prog, err
}

// compileAST guards against the interpreter's compile-time panics (e.g.
// range over an int), which CompileAST does not recover.
func (c *cellRun) compileAST(n ast.Node) (prog *interp.Program, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("the interpreter failed on this code (%v); it may use a Go feature yaegi v0.16.1 does not support, such as range over an int or a function", r)
		}
	}()
	defer forgetRoots(c.s.interp)
	return c.s.interp.CompileAST(n)
}

func (c *cellRun) execute(prog *interp.Program) *cellio.Error {
	if c.ctx.Err() != nil {
		return interruptError()
	}
	_, err := c.s.interp.ExecuteWithContext(c.ctx, prog)
	if err == nil {
		return nil
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return interruptError()
	}
	var p interp.Panic
	if errors.As(err, &p) {
		return panicError(p.Value)
	}
	var pp *interp.Panic
	if errors.As(err, &pp) {
		return panicError(pp.Value)
	}
	return c.compileError(err)
}

func interruptError() *cellio.Error {
	return &cellio.Error{Kind: cellio.KeyboardInterrupt, Value: "execution interrupted", Traceback: []string{"KeyboardInterrupt: execution interrupted"}}
}

func panicError(v any) *cellio.Error {
	if exit, ok := v.(exitRequest); ok {
		return &cellio.Error{Kind: cellio.Exit, Value: exit.String(), Traceback: []string{"Exit: " + exit.String()}}
	}
	text := panicText(v)
	return &cellio.Error{Kind: cellio.Panic, Value: text, Traceback: []string{"panic: " + text}}
}

// compileError reports an interpreter error at the cell's own position.
func (c *cellRun) compileError(err error) *cellio.Error {
	msg := strings.TrimPrefix(err.Error(), c.name+":")
	if _, rest, ok := strings.Cut(msg, "unable to find source related to: "); ok {
		// yaegi's words for a package it has no symbols for.
		pkg, _, _ := strings.Cut(rest, ". Either")
		at, _, _ := strings.Cut(msg, " import ")
		msg = fmt.Sprintf("%s package %s is not available in gogil: cells can import the standard library "+
			"packages yaegi v0.16.1 ships compiled (not syscall, os/exec, unsafe, plugin, ...), and display, gil, "+
			"threading and workloads", at, pkg)
	}
	e := &cellio.Error{Kind: cellio.CompileError, Value: firstLine(msg)}
	e.Traceback = append([]string{"CompileError: " + msg}, c.pointAt(msg)...)
	for _, b := range []string{"min", "max", "clear"} {
		if strings.HasSuffix(msg, "undefined: "+b) {
			e.Traceback = append(e.Traceback, "note: the interpreter (yaegi v0.16.1) lacks the Go 1.21 builtins min, max and clear")
		}
	}
	return e
}

func (c *cellRun) syntaxError(err error) *cellio.Error {
	var list scanner.ErrorList
	if !errors.As(err, &list) || len(list) == 0 {
		return &cellio.Error{Kind: cellio.SyntaxError, Value: err.Error()}
	}
	strip := func(e *scanner.Error) string {
		return fmt.Sprintf("%d:%d: %s", e.Pos.Line, e.Pos.Column, e.Msg)
	}
	// Errors past the cell's last line are about the wrapper the session
	// puts around statements ("expected '}'"), a consequence of the first.
	last := strings.Count(c.cell.Code, "\n") + 1
	kept := list[:1]
	for _, item := range list[1:] {
		if item.Pos.Line <= last {
			kept = append(kept, item)
		}
	}
	list = kept
	e := &cellio.Error{Kind: cellio.SyntaxError, Value: strip(list[0])}
	for i, item := range list {
		if i == 10 {
			e.Traceback = append(e.Traceback, fmt.Sprintf("(%d more errors)", len(list)-10))
			break
		}
		e.Traceback = append(e.Traceback, "SyntaxError: "+strip(item))
	}
	e.Traceback = append(e.Traceback, c.pointAt(e.Value)...)
	return e
}

// pointAt shows the cell line a "line:col: message" refers to, with a caret.
func (c *cellRun) pointAt(msg string) []string {
	var line, col int
	if _, err := fmt.Sscanf(msg, "%d:%d:", &line, &col); err != nil || line < 1 {
		return nil
	}
	lines := strings.Split(c.cell.Code, "\n")
	if line > len(lines) {
		return nil
	}
	text := lines[line-1]
	if len(text) > 200 {
		return nil
	}
	pad := make([]rune, 0, col)
	for i, r := range text {
		if i >= col-1 {
			break
		}
		if r == '\t' {
			pad = append(pad, '\t')
		} else {
			pad = append(pad, ' ')
		}
	}
	return []string{"    " + text, "    " + string(pad) + "^"}
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// leavesNoCode reports whether a statement part defines nothing that can
// run after the part itself: no function literal, no go or defer
// statement, no declaration.
func leavesNoCode(file *ast.File) bool {
	leaves := false
	ast.Inspect(file, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.FuncLit, *ast.GoStmt, *ast.DeferStmt, *ast.GenDecl:
			leaves = true
		}
		return !leaves
	})
	if leaves {
		return false
	}
	_, others := mainBody(file)
	return len(others) == 0
}
