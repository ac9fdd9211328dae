package celltypes

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"path"
	"runtime"
	"slices"
	"strconv"
	"strings"

	"github.com/gogil/gogil/session/cellsrc"
)

// World is what the cells declared, as go/types objects. It is not safe
// for concurrent use: the runner calls it from its one worker.
type World struct {
	imp     *importer
	fset    *token.FileSet // positions of the staged parts, re-parsed
	initial map[string]string
	imports map[string]string // local name -> import path, of the checked parts
	objects map[string]types.Object
	staged  []stagedPart
	checked int // staged[:checked] are in objects and imports
	// zeroTests are the checked parts' IsZero methods that are plain zero
	// tests (cellsrc.PlainZeroTest).
	zeroTests map[*types.Func]bool
	// boxedLocals are the checked parts' cellsrc.BoxedLocalTypes.
	boxedLocals []string
}

type stagedPart struct {
	code string
	part cellsrc.Part
}

// New makes the world of a session whose interpreter has the packages of
// symbols (pkgName gives a package's name by path) and whose cells start
// with imports (local name -> path) in scope.
func New(symbols Symbols, pkgName func(string) string, imports map[string]string) *World {
	w := &World{imp: newImporter(symbols, pkgName), fset: token.NewFileSet(), initial: imports}
	w.reset()
	return w
}

func (w *World) reset() {
	w.imports = map[string]string{}
	for k, v := range w.initial {
		w.imports[k] = v
	}
	w.objects = map[string]types.Object{}
	w.zeroTests = map[*types.Func]bool{}
	w.boxedLocals = nil
	w.checked = 0
}

// Stage records a part of a cell (code is the whole cell) that the runner
// compiled: it is type-checked only when a later check needs the world.
func (w *World) Stage(code string, p cellsrc.Part) { w.staged = append(w.staged, stagedPart{code, p}) }

// Len is the number of parts staged, a mark for Truncate.
func (w *World) Len() int { return len(w.staged) }

// Truncate forgets the parts staged from mark n on (a cell that failed to
// compile, or parts that never ran). Parts already checked in are checked
// again from the start at the next check.
func (w *World) Truncate(n int) {
	if n >= len(w.staged) {
		return
	}
	w.staged = w.staged[:n]
	if w.checked > n {
		w.reset()
	}
}

// Check type-checks file, a part as the user wrote it (parsed with fset),
// against the world, after bringing the world up to date with the parts
// staged. It never fails: what cannot be typed is left out of the info.
func (w *World) Check(fset *token.FileSet, file *ast.File) *cellsrc.Types {
	for w.checked < len(w.staged) {
		w.checkIn(w.staged[w.checked])
		w.checked++
	}
	info := &types.Info{
		Types:      map[ast.Expr]types.TypeAndValue{},
		Defs:       map[*ast.Ident]types.Object{},
		Uses:       map[*ast.Ident]types.Object{},
		Instances:  map[*ast.Ident]types.Instance{},
		Selections: map[*ast.SelectorExpr]*types.Selection{},
		// The lowering finds the checked package's scope through these.
		Scopes: map[ast.Node]*types.Scope{},
	}
	var errs []error
	if err := w.check(fset, file, info, &errs); err != nil {
		return nil
	}
	return &cellsrc.Types{Info: info, Qualifier: w.qualifier, Errors: errs, PlainZeroTests: w.zeroTests, BoxedLocalTypes: w.boxedLocals}
}

func (w *World) qualifier(p *types.Package) (string, bool) {
	if p == nil || p.Path() == "main" {
		return "", true
	}
	for local, importPath := range w.imports {
		if importPath == p.Path() {
			return local, true
		}
	}
	return p.Name(), false
}

// checkIn checks a staged part and keeps what it declares.
func (w *World) checkIn(sp stagedPart) {
	ps := cellsrc.Parser{Fset: w.fset, Name: "cell", Code: sp.code}
	f, e := ps.Parse(sp.part)
	if e != nil {
		return
	}
	// The file's lines were kept for every part checked in (the session's
	// whole source, again), and nothing reads them once it is checked: the
	// checks after it report errors in their own files.
	defer func() {
		if tf := w.fset.File(f.AST.Pos()); tf != nil {
			w.fset.RemoveFile(tf)
		}
	}()
	if sp.part.Kind == cellsrc.Imports {
		for _, im := range f.FilterImports(w.imp.pkgNameOrBase, func(cellsrc.Import) bool { return true }) {
			if im.Local != "_" && im.Local != "." {
				w.imports[im.Local] = im.Path
			}
		}
		return
	}
	info := &types.Info{Defs: map[*ast.Ident]types.Object{}}
	if definesSeveral(f.Main) {
		// The values a := assigns to an earlier variable (ReusedByDefine).
		info.Types = map[ast.Expr]types.TypeAndValue{}
	}
	locals := cellsrc.DeclaresLocalType(f.AST)
	if locals {
		// What cellsrc.BoxedLocalTypes reads.
		info.Types = map[ast.Expr]types.TypeAndValue{}
		info.Uses = map[*ast.Ident]types.Object{}
		info.Selections = map[*ast.SelectorExpr]*types.Selection{}
		info.Scopes = map[ast.Node]*types.Scope{}
	}
	if w.check(w.fset, f.AST, info, nil) != nil {
		return
	}
	if locals {
		w.boxedLocals = append(w.boxedLocals, cellsrc.BoxedLocalTypes(&cellsrc.Types{Info: info, Qualifier: w.qualifier}, f.AST)...)
	}
	keep := func(id *ast.Ident) {
		if obj := info.Defs[id]; obj != nil && id.Name != "_" {
			w.objects[id.Name] = obj
		}
	}
	keepSpecs := func(gd *ast.GenDecl) {
		for _, spec := range gd.Specs {
			switch sp := spec.(type) {
			case *ast.TypeSpec:
				keep(sp.Name)
			case *ast.ValueSpec:
				for _, n := range sp.Names {
					keep(n)
				}
			}
		}
	}
	for _, d := range f.AST.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			if d == f.Main {
				for _, st := range d.Body.List {
					switch st := st.(type) {
					case *ast.AssignStmt:
						if st.Tok != token.DEFINE {
							break
						}
						// Go's one scope of main's body: a := of new
						// names assigns the earlier variables among them.
						reused, _ := cellsrc.ReusedByDefine(st, func(id *ast.Ident) bool { return info.Defs[id] != nil }, func(id *ast.Ident) bool {
							v, ok := w.objects[id.Name].(*types.Var)
							value := cellsrc.AssignedValue(info, st, slices.Index(st.Lhs, ast.Expr(id)))
							return ok && value != nil && types.AssignableTo(value, v.Type())
						})
						for _, l := range st.Lhs {
							if id, ok := l.(*ast.Ident); ok && !slices.Contains(reused, id) {
								keep(id)
							}
						}
					case *ast.DeclStmt:
						if gd, ok := st.Decl.(*ast.GenDecl); ok {
							keepSpecs(gd)
						}
					}
				}
			} else if d.Recv == nil {
				keep(d.Name)
			} else if fn, ok := info.Defs[d.Name].(*types.Func); ok {
				addMethod(fn)
				if d.Name.Name == "IsZero" && cellsrc.PlainZeroTest(d, fn) {
					w.zeroTests[fn] = true
				}
			}
		case *ast.GenDecl:
			keepSpecs(d)
		}
	}
}

// definesSeveral: main's body has a := of several names at its top level.
func definesSeveral(main *ast.FuncDecl) bool {
	if main == nil || main.Body == nil {
		return false
	}
	for _, st := range main.Body.List {
		if as, ok := st.(*ast.AssignStmt); ok && as.Tok == token.DEFINE && len(as.Lhs) > 1 {
			return true
		}
	}
	return false
}

// addMethod gives an earlier cell's type the method a later cell declares
// (the checker only attaches methods to the types of the files it checks).
func addMethod(fn *types.Func) {
	recv := fn.Type().(*types.Signature).Recv()
	if recv == nil {
		return
	}
	t := recv.Type()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := t.(*types.Named); ok && n.TypeArgs() == nil {
		n.AddMethod(fn)
	}
}

// check checks one file as part of a package "main" whose scope holds the
// world's objects, less those the file declares again (a later func or var
// replaces an earlier one, as in the interpreter). A type the world has
// already is not declared again: the session skips a type re-run as it was.
func (w *World) check(fset *token.FileSet, file *ast.File, info *types.Info, errs *[]error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("the type-checker failed: %v", r)
		}
	}()
	own := map[string]bool{}
	decls := []ast.Decl{}
	for _, d := range file.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			if d.Recv == nil {
				own[d.Name.Name] = true
			}
		case *ast.GenDecl:
			if d.Tok == token.TYPE {
				copied := *d
				copied.Specs = nil
				for _, spec := range d.Specs {
					ts := spec.(*ast.TypeSpec)
					if _, old := w.objects[ts.Name.Name].(*types.TypeName); !old {
						copied.Specs = append(copied.Specs, spec)
						own[ts.Name.Name] = true
					}
				}
				d = &copied
			} else {
				for _, spec := range d.Specs {
					if vs, ok := spec.(*ast.ValueSpec); ok {
						for _, n := range vs.Names {
							own[n.Name] = true
						}
					}
				}
			}
			decls = append(decls, d)
			continue
		}
		decls = append(decls, d)
	}
	pkg := types.NewPackage("main", "main")
	for name, obj := range w.objects {
		if !own[name] {
			pkg.Scope().Insert(standIn(pkg, obj))
		}
	}
	checked := &ast.File{Name: file.Name, Decls: append(w.importsFor(file, own), decls...), Package: file.Package}
	// The compiler's sizes for this machine: unsafe.Sizeof and its kin
	// are constants the cells get from here (cellsrc/unsafesizes.go).
	conf := types.Config{Importer: w.imp, Sizes: types.SizesFor("gc", runtime.GOARCH), Error: func(err error) {
		if errs != nil {
			*errs = append(*errs, err)
		}
	}}
	_ = types.NewChecker(&conf, fset, pkg, info).Files([]*ast.File{checked})
	return nil
}

// importsFor declares the imports of the world that file refers to.
func (w *World) importsFor(file *ast.File, own map[string]bool) []ast.Decl {
	used := map[string]bool{}
	ast.Inspect(file, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok {
			if id, ok := sel.X.(*ast.Ident); ok && w.imports[id.Name] != "" && !own[id.Name] {
				used[id.Name] = true
			}
		}
		return true
	})
	for _, d := range file.Decls {
		if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.IMPORT {
			for _, spec := range gd.Specs {
				is := spec.(*ast.ImportSpec)
				local := w.imp.pkgNameOrBase(strings.Trim(is.Path.Value, "`\""))
				if is.Name != nil {
					local = is.Name.Name
				}
				delete(used, local) // the part imports it itself
			}
		}
	}
	if len(used) == 0 {
		return nil
	}
	gd := &ast.GenDecl{Tok: token.IMPORT}
	for local := range used {
		gd.Specs = append(gd.Specs, &ast.ImportSpec{
			Name: ast.NewIdent(local),
			Path: &ast.BasicLit{Kind: token.STRING, Value: strconv.Quote(w.imports[local])},
		})
	}
	return []ast.Decl{gd}
}

func (im *importer) pkgNameOrBase(importPath string) string {
	if im.pkgName != nil {
		if n := im.pkgName(importPath); n != "" {
			return n
		}
	}
	return path.Base(importPath)
}

// standIn is obj, a variable, constant or function of the world, declared
// anew in pkg for one check.
//
// An object keeps the scope it was declared in (its parent, and its
// package's scope), and that scope every object of the world put in it
// for that check. Inserted as they were, the world's objects chained each
// check's scopes to the checks before: a variable a cell redeclares (x :=
// 1 run again) kept, through the scope of its check, the one it replaced,
// and that one its own, every check of the session kept for good (about
// 2 KB a cell, once any cell needs types). A stand-in is reached only from
// this check's scope; what it keeps of the world is its type. A function
// type loses its scope too (its parameters are declared anew), but for a
// generic one, whose type parameters belong to it. Types are not replaced:
// the session declares each type once.
func standIn(pkg *types.Package, obj types.Object) types.Object {
	switch o := obj.(type) {
	case *types.Var:
		return types.NewVar(o.Pos(), pkg, o.Name(), unscoped(pkg, o.Type()))
	case *types.Const:
		return types.NewConst(o.Pos(), pkg, o.Name(), o.Type(), o.Val())
	case *types.Func:
		if sig, ok := unscoped(pkg, o.Type()).(*types.Signature); ok {
			return types.NewFunc(o.Pos(), pkg, o.Name(), sig)
		}
	}
	return obj
}

// unscoped is t, or for a non-generic function type the same signature
// without its scope and with its parameters declared in pkg.
func unscoped(pkg *types.Package, t types.Type) types.Type {
	sig, ok := t.(*types.Signature)
	if !ok || sig.Recv() != nil || sig.TypeParams().Len() > 0 {
		return t
	}
	return types.NewSignatureType(nil, nil, nil, params(pkg, sig.Params()), params(pkg, sig.Results()), sig.Variadic())
}

func params(pkg *types.Package, tuple *types.Tuple) *types.Tuple {
	if tuple.Len() == 0 {
		return nil
	}
	vars := make([]*types.Var, tuple.Len())
	for i := range vars {
		v := tuple.At(i)
		vars[i] = types.NewParam(v.Pos(), pkg, v.Name(), v.Type())
	}
	return types.NewTuple(vars...)
}
