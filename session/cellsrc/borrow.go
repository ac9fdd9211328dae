package cellsrc

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"
)

// A cell the interpreter cannot run may use what earlier cells declared: a
// notebook user puts the types and functions in one cell and main's body
// in the next. Its program can take those declarations along when doing so
// repeats what the session holds: types, functions, methods and constants
// are the same whatever ran since, and so is a variable that holds a
// value nothing can change (a basic kind or an error made by errors.New
// or fmt.Errorf, from constants) and that no cell assigns or takes the
// address of. Any other variable of an earlier cell (a counter, a map a
// function fills, anything := made) has a value only the session has: the
// cell is then no program, and says which name it needs.

// Earlier is a cell that ran before, in the order cells ran, as a
// program borrows from it.
type Earlier struct {
	Count int    // its execution count (0: none), which names its lines
	Code  string // the Go it ran, magic lines blanked
	// LeadingOnly: it failed after it began, and the session kept only
	// the declarations above its first statement.
	LeadingOnly bool
	// Opaque: what it declares a program cannot declare again as the
	// session holds it (a compiled cell, one under the lock's magics).
	Opaque bool
}

// declKind is what a borrowed top-level name is.
type declKind int

const (
	kindType declKind = iota
	kindFunc
	kindConst
	kindVar     // a package-level var of a declaration
	kindStmtVar // a name := or var at a cell's top level made
)

// earlierDecl is one top-level declaration of an earlier cell (a
// GenDecl whole, as a const group needs its iota).
type earlierDecl struct {
	kind   declKind
	text   string
	file   string // the //line name of its cell
	line   int
	col    int
	seq    int // order of declaration across the cells
	opaque bool
	cell   int // index in earlier
	node   ast.Node
	scope  *ast.Scope // its part's file scope, which its own cell's names resolve to
	names  []string   // what it declares
}

// earlierIndex is what the earlier cells declared, the latest declaration
// of each name winning, as in the session.
type earlierIndex struct {
	byName  map[string]*earlierDecl
	all     map[string][]*earlierDecl          // every declaration of a name, in order
	methods map[string]map[string]*earlierDecl // receiver type name, method
	imports []map[string]string                // per cell: name to path
	// pkgs are the packages the cells imported, by name: the latest
	// import of each, which later cells use without importing.
	pkgs map[string]string
	// assigned are the names some earlier cell assigns, increments,
	// takes the address of or changes a part of at package level.
	assigned map[string]bool
	// bare are the names some earlier cell uses other than by reading
	// an element (x[k], len(x), range x): handed to a function, copied
	// into another variable, sliced, where what it refers to may
	// change through another name.
	bare map[string]bool
	// inits are the cells' func init, which ran in the session: what
	// they did (gob.Register, a flag defined, a line printed) a program
	// would have to do again, and their output would show twice.
	inits []*earlierDecl
	// changes are the calls and assignments of earlier cells that may
	// change a library's state through a name (log.SetFlags(0),
	// gob.Register(T{}), os.Stdout = f): those whose name is a package
	// (stateChange) make the session's library another than a new
	// program's.
	changes []stateChange
}

// stateChange is a call or assignment through name (root) that changes
// the state of what name is, if it is a package.
type stateChange struct {
	root, what string
}

func indexEarlier(earlier []Earlier) *earlierIndex {
	ix := &earlierIndex{byName: map[string]*earlierDecl{}, all: map[string][]*earlierDecl{}, pkgs: map[string]string{}, bare: map[string]bool{}, methods: map[string]map[string]*earlierDecl{}, assigned: map[string]bool{}}
	seq := 0
	for ci, e := range earlier {
		imports := map[string]string{}
		ix.imports = append(ix.imports, imports)
		file := "cell"
		if e.Count > 0 {
			file = fmt.Sprintf("cell[%d]", e.Count)
		}
		stmtsBegun := false
		for _, p := range Split(e.Code) {
			switch p.Kind {
			case Imports:
				f, err := parser.ParseFile(token.NewFileSet(), "", "package p\n"+p.Text, parser.ImportsOnly)
				if err != nil {
					continue
				}
				for _, im := range f.Imports {
					path, _ := strconv.Unquote(im.Path.Value)
					imports[importName(im)] = path
					ix.pkgs[importName(im)] = path
				}
			case Decls:
				if stmtsBegun && e.LeadingOnly {
					continue
				}
				f, fset := parsePart(p)
				if f == nil {
					continue
				}
				markAssigned(f, ix.assigned)
				markBareUses(f, ix.bare)
				markStateChanges(f, &ix.changes)
				for _, d := range f.Decls {
					seq++
					ed := &earlierDecl{seq: seq, opaque: e.Opaque, cell: ci, node: d, scope: f.Scope, file: file}
					ed.text, ed.line, ed.col = declText(p, fset, d)
					switch d := d.(type) {
					case *ast.FuncDecl:
						if d.Recv != nil {
							recv := receiverName(d)
							if recv == "" {
								continue
							}
							if ix.methods[recv] == nil {
								ix.methods[recv] = map[string]*earlierDecl{}
							}
							ed.kind = kindFunc
							ix.methods[recv][d.Name.Name] = ed
							continue
						}
						if d.Name.Name == "init" {
							ix.inits = append(ix.inits, ed)
							continue
						}
						if d.Name.Name == "main" {
							continue
						}
						ed.kind = kindFunc
						ed.names = []string{d.Name.Name}
					case *ast.GenDecl:
						switch d.Tok {
						case token.TYPE:
							ed.kind = kindType
						case token.CONST:
							ed.kind = kindConst
						case token.VAR:
							ed.kind = kindVar
						default:
							continue
						}
						for _, s := range d.Specs {
							switch s := s.(type) {
							case *ast.TypeSpec:
								ed.names = append(ed.names, s.Name.Name)
							case *ast.ValueSpec:
								for _, id := range s.Names {
									ed.names = append(ed.names, id.Name)
								}
							}
						}
					}
					for _, n := range ed.names {
						if n != "_" {
							ix.byName[n] = ed
							ix.all[n] = append(ix.all[n], ed)
						}
					}
				}
			case Stmts:
				// What ran of a cell that failed may have assigned
				// and defined, as much as a whole one.
				stmtsBegun = true
				for _, n := range ix.addStmts(p.Text) {
					seq++
					ed := &earlierDecl{kind: kindStmtVar, seq: seq, cell: ci, names: []string{n}}
					ix.byName[n] = ed
					ix.all[n] = append(ix.all[n], ed)
				}
			}
		}
	}
	return ix
}

// receiverName is the type name of a method's receiver, its type
// parameters and pointer dropped.
func receiverName(fd *ast.FuncDecl) string {
	if len(fd.Recv.List) != 1 {
		return ""
	}
	t := fd.Recv.List[0].Type
	if name, n := genericReceiver(t); n > 0 {
		return name
	}
	if s, ok := t.(*ast.StarExpr); ok {
		t = s.X
	}
	if id, ok := t.(*ast.Ident); ok {
		return id.Name
	}
	return ""
}

// addStmts notes what a part of statements may change and returns the
// names it defines at the cell's top level.
func (ix *earlierIndex) addStmts(src string) []string {
	f, err := parser.ParseFile(token.NewFileSet(), "", "package p\nfunc main() {\n"+src+"\n}", parser.SkipObjectResolution)
	if err != nil {
		return nil
	}
	markAssigned(f, ix.assigned)
	markBareUses(f, ix.bare)
	markStateChanges(f, &ix.changes)
	return topLevelDefined(f)
}

// stateSetters are the functions of the standard library, beyond any
// named Set..., that change what later calls of the package do.
var stateSetters = map[string]bool{
	"gob.Register": true, "gob.RegisterName": true, "os.Chdir": true, "os.Unsetenv": true,
	"os.Clearenv": true, "http.Handle": true, "http.HandleFunc": true, "rand.Seed": true,
	"sql.Register": true, "mime.AddExtensionType": true, "expvar.Publish": true,
	"expvar.NewInt": true, "expvar.NewFloat": true, "expvar.NewMap": true, "expvar.NewString": true,
	"signal.Notify": true, "signal.Ignore": true, "signal.Reset": true, "runtime.GOMAXPROCS": true,
	"runtime.LockOSThread": true, "image.RegisterFormat": true,
}

// markStateChanges notes the calls of f that may change a package's
// state (a Set... function or method reached from a name, a known
// registration, any function of flag but NewFlagSet) and its
// assignments through a selector (os.Stdout = f).
func markStateChanges(f *ast.File, into *[]stateChange) {
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			sel, ok := n.Fun.(*ast.SelectorExpr)
			if !ok {
				return true
			}
			root := rootIdent(sel.X, true)
			if root == nil {
				return true
			}
			direct := ast.Expr(root) == sel.X
			qualified := root.Name + "." + sel.Sel.Name
			setter := strings.HasPrefix(sel.Sel.Name, "Set") && !madeByConstructor(sel.X)
			if setter || direct && (stateSetters[qualified] || root.Name == "flag" && sel.Sel.Name != "NewFlagSet") {
				*into = append(*into, stateChange{root.Name, qualified})
			}
		case *ast.AssignStmt:
			if n.Tok == token.DEFINE {
				return true
			}
			for _, l := range n.Lhs {
				if sel, ok := l.(*ast.SelectorExpr); ok {
					if root := rootIdent(sel.X, true); root != nil {
						*into = append(*into, stateChange{root.Name, "an assignment to " + root.Name + "." + sel.Sel.Name})
					}
				}
			}
		}
		return true
	})
}

// markBareUses notes the names f uses other than by reading an element
// (x[k], len(x), cap(x), range x) or declaring them.
func markBareUses(f *ast.File, into map[string]bool) {
	parents := parentsOf(f)
	ast.Inspect(f, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if parent, ok := parents[id]; ok && !elementRead(id, parent) {
				into[id.Name] = true
			}
		}
		return true
	})
}

// elementRead: id, a child of parent, reads an element of what it names,
// or is no use of a variable at all (a declaration, a field, a label).
func elementRead(id *ast.Ident, parent ast.Node) bool {
	switch p := parent.(type) {
	case *ast.IndexExpr:
		return p.X == ast.Expr(id)
	case *ast.CallExpr:
		fun, ok := p.Fun.(*ast.Ident)
		return ok && (fun.Name == "len" || fun.Name == "cap") && p.Fun != ast.Expr(id)
	case *ast.RangeStmt:
		return p.X == ast.Expr(id)
	case *ast.SelectorExpr:
		return p.Sel == id
	case *ast.KeyValueExpr:
		return p.Key == ast.Expr(id)
	case *ast.AssignStmt:
		return p.Tok == token.DEFINE && slices.Contains(p.Lhs, ast.Expr(id))
	case *ast.ValueSpec, *ast.Field, *ast.FuncDecl, *ast.TypeSpec, *ast.LabeledStmt,
		*ast.BranchStmt, *ast.File, *ast.ImportSpec:
		return true
	}
	return false
}

// madeByConstructor: e is reached through a call of a New... function
// (json.NewEncoder(w).SetIndent), a value of its own that no later call
// of the package sees.
func madeByConstructor(e ast.Expr) bool {
	for {
		switch x := e.(type) {
		case *ast.ParenExpr:
			e = x.X
		case *ast.SelectorExpr:
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.StarExpr:
			e = x.X
		case *ast.CallExpr:
			fun := x.Fun
			if sel, ok := fun.(*ast.SelectorExpr); ok && strings.HasPrefix(sel.Sel.Name, "New") {
				return true
			}
			if id, ok := fun.(*ast.Ident); ok && strings.HasPrefix(id.Name, "New") {
				return true
			}
			e = fun
		default:
			return false
		}
	}
}

// rootIdent is the name e reaches through selectors, indexes, pointers
// and parentheses (x in x.f[i].g), and with throughCalls through the
// functions called (log in log.Default().SetFlags); nil if none.
func rootIdent(e ast.Expr, throughCalls bool) *ast.Ident {
	for {
		switch x := e.(type) {
		case *ast.ParenExpr:
			e = x.X
		case *ast.SelectorExpr:
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.StarExpr:
			e = x.X
		case *ast.CallExpr:
			if !throughCalls {
				return nil
			}
			e = x.Fun
		case *ast.Ident:
			return x
		default:
			return nil
		}
	}
}

// markAssigned notes every name n of f that may change what it holds:
// n = ..., n op= ..., n++, &n, n.f = ..., n[i] = ..., and a method called
// on it (which may take its address). Locals of the same name count too:
// a borrowed var is refused where it might not be, never kept where it
// changed.
func markAssigned(f *ast.File, into map[string]bool) {
	root := func(e ast.Expr) {
		if id := rootIdent(e, false); id != nil {
			into[id.Name] = true
		}
	}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if n.Tok != token.DEFINE {
				for _, l := range n.Lhs {
					root(l)
				}
			}
		case *ast.IncDecStmt:
			root(n.X)
		case *ast.UnaryExpr:
			if n.Op == token.AND {
				root(n.X)
			}
		case *ast.RangeStmt:
			if n.Tok == token.ASSIGN {
				if n.Key != nil {
					root(n.Key)
				}
				if n.Value != nil {
					root(n.Value)
				}
			}
		case *ast.CallExpr:
			// A method may change its receiver; an error's Error does not.
			if sel, ok := n.Fun.(*ast.SelectorExpr); ok && sel.Sel.Name != "Error" {
				root(sel.X)
			}
		}
		return true
	})
}

// borrowing is the search for what a cell's program takes from earlier
// cells.
type borrowing struct {
	ix       *earlierIndex
	cellDecl map[string]bool   // what the cell declares at file level
	auto     map[string]string // packages usable unimported
	autoOK   func(string) bool
	explicit map[string]string // the cell's imports: name to path
	autoNeed map[string]bool   // the paths the cell uses unimported
	taken    map[*earlierDecl]bool
	checking map[*earlierDecl]bool // the vars constantVar is in
	imports  map[string]string     // name to path, added for the borrowed
	why      string
}

// borrow takes the declaration of name, and what it needs; false, with
// b.why, when a program cannot.
func (b *borrowing) borrow(name string) bool {
	if len(b.ix.inits) > 0 {
		b.why = fmt.Sprintf("it uses %s, and an earlier cell declared a func init, which ran in the session: a program would run it again", name)
		return false
	}
	for _, c := range b.ix.changes {
		if b.ix.byName[c.root] == nil && (b.ix.pkgs[c.root] != "" || b.auto[c.root] != "") {
			b.why = fmt.Sprintf("it uses %s, and an earlier cell may have changed a package's state (%s), which a program would not have", name, c.what)
			return false
		}
	}
	d := b.ix.byName[name]
	switch {
	case d != nil:
		return b.take(d, name)
	case b.ix.pkgs[name] != "":
		return b.importPkg(name, b.ix.pkgs[name])
	}
	b.why = fmt.Sprintf("it uses %s, which it does not declare", name)
	return false
}

func (b *borrowing) take(d *earlierDecl, name string) bool {
	if b.taken[d] {
		return true
	}
	switch {
	case d.opaque:
		b.why = fmt.Sprintf("it uses %s, which a compiled cell or one under %%%%gil or %%%%nogil declared", name)
		return false
	case d.kind == kindStmtVar:
		b.why = fmt.Sprintf("it uses %s, a variable an earlier cell's statements made, whose value only the session has", name)
		return false
	case d.kind == kindVar && !b.constantVar(d):
		b.why = fmt.Sprintf("it uses %s, a variable of an earlier cell, whose value only the session has", name)
		return false
	}
	b.taken[d] = true
	if !b.needs(d) {
		return false
	}
	if d.kind == kindType {
		for _, n := range d.names {
			for m, md := range b.ix.methods[n] {
				if !b.take(md, n+"."+m) {
					return false
				}
			}
		}
	}
	return true
}

// needs borrows what d, a declaration of an earlier cell, uses: the
// other cells' names and the packages its own cell imported.
func (b *borrowing) needs(d *earlierDecl) bool {
	own := map[string]bool{}
	for _, n := range declaredBy(d.node) {
		own[n] = true
	}
	names, maybe := freeNames(d.node, d.scope)
	for _, name := range names {
		ok := true
		switch {
		case own[name]:
		case b.cellDecl[name]:
			// The cell declares it again: the session's d still has
			// the earlier one.
			b.why = fmt.Sprintf("it declares %s again, which an earlier cell's declaration it uses has as first declared", name)
			return false
		case b.ix.byName[name] != nil:
			ok = b.sameBinding(d, name) && b.take(b.ix.byName[name], name)
		case b.ix.imports[d.cell][name] != "":
			ok = b.importPkg(name, b.ix.imports[d.cell][name])
		case b.ix.pkgs[name] != "":
			ok = b.importPkg(name, b.ix.pkgs[name])
		case b.auto[name] != "":
			ok = b.importPkg(name, b.auto[name])
		case types.Universe.Lookup(name) != nil:
		default:
			b.why = fmt.Sprintf("it uses %s, which an earlier cell's declaration names and nothing declares", name)
			ok = false
		}
		if !ok {
			return false
		}
	}
	for _, name := range maybe {
		if !own[name] && !b.cellDecl[name] && b.ix.byName[name] != nil && !(b.sameBinding(d, name) && b.take(b.ix.byName[name], name)) {
			return false
		}
	}
	return true
}

// sameBinding: the declaration of name that d uses in the session is the
// latest one, which the program has. The interpreter binds a name when it
// compiles a declaration: a function an earlier cell declared keeps
// calling the f there was then, even after a later cell declares f again,
// where a program would call the new one.
func (b *borrowing) sameBinding(d *earlierDecl, name string) bool {
	var then *earlierDecl
	for _, e := range b.ix.all[name] {
		if e.seq < d.seq || e.cell == d.cell {
			then = e
		}
	}
	if then == nil || then == b.ix.byName[name] {
		return true
	}
	b.why = fmt.Sprintf("it uses %s, declared again after an earlier cell's declaration that uses it, which still has the first (a program would have the last)", name)
	return false
}

func (b *borrowing) importPkg(name, path string) bool {
	if !b.autoOK(path) {
		b.why = fmt.Sprintf("it uses %s (%q) through an earlier cell", name, path)
		return false
	}
	if p, ok := b.explicit[name]; ok {
		if p != path {
			b.why = fmt.Sprintf("it imports %q as %s, and an earlier cell's declaration it uses has %q by that name", p, name, path)
			return false
		}
		return true
	}
	if p := b.auto[name]; p != "" && b.autoNeed[p] && p != path {
		b.why = fmt.Sprintf("it uses %s as %q, and an earlier cell's declaration it uses has %q by that name", name, p, path)
		return false
	}
	if p, ok := b.imports[name]; ok && p != path {
		b.why = fmt.Sprintf("earlier cells it uses name two packages %s (%q, %q)", name, p, path)
		return false
	}
	b.imports[name] = path
	return true
}

// constantVar: every var d declares holds what its initialiser made, and
// nothing can have changed it: a basic value or error made from
// constants, or a table (a composite literal of such values) that no
// cell writes to or hands on.
func (b *borrowing) constantVar(d *earlierDecl) bool {
	if b.checking[d] {
		return false // a cycle the session would have refused
	}
	b.checking[d] = true
	defer delete(b.checking, d)
	g := d.node.(*ast.GenDecl)
	for _, s := range g.Specs {
		vs := s.(*ast.ValueSpec)
		if len(vs.Values) != 0 && len(vs.Values) != len(vs.Names) {
			return false // var a, b = f()
		}
		basicType := false
		if id, ok := vs.Type.(*ast.Ident); ok {
			basicType = basicOrError(id.Name)
		}
		for i, id := range vs.Names {
			if b.ix.assigned[id.Name] {
				return false
			}
			switch {
			case len(vs.Values) == 0:
				if !basicType {
					return false
				}
			case isCompositeLit(vs.Values[i]):
				if b.ix.bare[id.Name] || !b.pureTable(vs.Values[i].(*ast.CompositeLit)) {
					return false
				}
			default:
				if vs.Type != nil && !basicType || !b.pureValue(vs.Values[i]) {
					return false
				}
			}
		}
	}
	return true
}

func isCompositeLit(e ast.Expr) bool {
	_, ok := e.(*ast.CompositeLit)
	return ok
}

// pureTable: every key and element of cl is a pureValue (a key may be a
// struct's field name); no element refers to anything another name
// could change.
func (b *borrowing) pureTable(cl *ast.CompositeLit) bool {
	for _, el := range cl.Elts {
		if kv, ok := el.(*ast.KeyValueExpr); ok {
			if id, isName := kv.Key.(*ast.Ident); !(isName && b.ix.byName[id.Name] == nil || b.pureValue(kv.Key)) {
				return false
			}
			el = kv.Value
		}
		if !b.pureValue(el) {
			return false
		}
	}
	return true
}

func basicOrError(name string) bool {
	if name == "error" {
		return true
	}
	o, ok := types.Universe.Lookup(name).(*types.TypeName)
	if !ok {
		return false
	}
	_, basic := o.Type().(*types.Basic)
	return basic
}

// pureValue: e computes an immutable value from constants alone, the
// same each time: literals, constants, operators, conversions to basic
// types, and the error and string makers of errors and fmt.
func (b *borrowing) pureValue(e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.BasicLit:
		return true
	case *ast.ParenExpr:
		return b.pureValue(x.X)
	case *ast.UnaryExpr:
		return x.Op != token.AND && x.Op != token.ARROW && b.pureValue(x.X)
	case *ast.BinaryExpr:
		return b.pureValue(x.X) && b.pureValue(x.Y)
	case *ast.Ident:
		if d := b.ix.byName[x.Name]; d != nil {
			return d.kind == kindConst || d.kind == kindVar && b.constantVar(d)
		}
		switch x.Name {
		case "true", "false", "nil":
			return true
		}
		return false
	case *ast.CallExpr:
		if x.Ellipsis.IsValid() {
			return false
		}
		for _, a := range x.Args {
			if !b.pureValue(a) {
				return false
			}
		}
		switch f := x.Fun.(type) {
		case *ast.Ident:
			return basicOrError(f.Name) && f.Name != "error" && b.ix.byName[f.Name] == nil
		case *ast.SelectorExpr:
			pkg, ok := f.X.(*ast.Ident)
			if !ok || b.ix.byName[pkg.Name] != nil {
				return false
			}
			switch pkg.Name + "." + f.Sel.Name {
			case "errors.New", "fmt.Errorf", "fmt.Sprintf", "fmt.Sprint":
				return true
			}
		}
	}
	return false
}

// declaredBy lists the names a top-level declaration declares (a
// method: none at file level).
func declaredBy(node ast.Node) []string {
	var names []string
	switch d := node.(type) {
	case *ast.FuncDecl:
		if d.Recv == nil {
			names = append(names, d.Name.Name)
		}
	case *ast.GenDecl:
		for _, s := range d.Specs {
			switch s := s.(type) {
			case *ast.TypeSpec:
				names = append(names, s.Name.Name)
			case *ast.ValueSpec:
				for _, id := range s.Names {
					names = append(names, id.Name)
				}
			}
		}
	}
	return names
}

// freeNames are the names node uses that nothing within it declares (its
// parameters, locals, type parameters, labels and fields are resolved by
// the parser to objects outside scope, the file's scope), in order, once
// each: names of the file's level, of other cells, packages and the
// language. Selected fields and methods (x.f) are not names. The keys of
// composite literals, which the parser leaves alone as they may be field
// names, come apart, as maybe: a name there may be a constant of a map's.
func freeNames(node ast.Node, scope *ast.Scope) (names, maybe []string) {
	seen := map[string]bool{}
	add := func(id *ast.Ident, into *[]string) {
		if id.Name == "_" || seen[id.Name] {
			return
		}
		if id.Obj != nil && (scope == nil || scope.Lookup(id.Name) != id.Obj) {
			return // local
		}
		seen[id.Name] = true
		*into = append(*into, id.Name)
	}
	var visit func(n ast.Node) bool
	visit = func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.SelectorExpr:
			ast.Inspect(x.X, visit)
			return false
		case *ast.CompositeLit:
			if x.Type != nil {
				ast.Inspect(x.Type, visit)
			}
			for _, el := range x.Elts {
				if kv, ok := el.(*ast.KeyValueExpr); ok {
					if id, ok := kv.Key.(*ast.Ident); ok {
						add(id, &maybe)
					} else {
						ast.Inspect(kv.Key, visit)
					}
					ast.Inspect(kv.Value, visit)
					continue
				}
				ast.Inspect(el, visit)
			}
			return false
		case *ast.FuncDecl:
			// Its name is no use of a name (a method's is not even
			// the file's). A method's receiver declares its type's
			// parameters (func (m *Map[K, V]) ...), which the parser
			// does not resolve.
			if x.Recv != nil {
				for _, p := range receiverTypeParams(x.Recv.List[len(x.Recv.List)-1].Type) {
					seen[p] = true
				}
				ast.Inspect(x.Recv, visit)
			}
			ast.Inspect(x.Type, visit)
			if x.Body != nil {
				ast.Inspect(x.Body, visit)
			}
			return false
		case *ast.Ident:
			add(x, &names)
			return false
		}
		return true
	}
	ast.Inspect(node, visit)
	return names, maybe
}

// source is what the program takes: its import lines (less the packages
// the cell's program imports already, need) and the declarations, in the
// order they were declared, each behind a //line naming its cell.
func (b *borrowing) source(need map[string]bool) (imports, decls, paths []string) {
	names := make([]string, 0, len(b.imports))
	for name := range b.imports {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		path := b.imports[name]
		if !need[path] {
			paths = append(paths, path)
		}
		switch {
		case name == assumedName(path) && need[path]:
		case name == assumedName(path):
			imports = append(imports, fmt.Sprintf("import %s\n", strconv.Quote(path)))
		default:
			imports = append(imports, fmt.Sprintf("import %s %s\n", name, strconv.Quote(path)))
		}
	}
	taken := make([]*earlierDecl, 0, len(b.taken))
	for d := range b.taken {
		taken = append(taken, d)
	}
	slices.SortFunc(taken, func(x, y *earlierDecl) int { return x.seq - y.seq })
	for _, d := range taken {
		decls = append(decls, fmt.Sprintf("//line %s:%d:%d\n%s\n", d.file, d.line, d.col, d.text))
	}
	return imports, decls, paths
}
