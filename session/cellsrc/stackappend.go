package cellsrc

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"runtime"
	"slices"
	"strconv"

	"github.com/gogil/gogil/cellio"
)

// Go 1.25's compiler gives a slice variable whose appended backing store
// never leaves its function a 32-byte buffer on the stack: the first
// fixed-count append statement of the variable in the function (in source
// order), when it finds the slice empty and too small, takes that buffer,
// of cap 32/size of the element (4 for int, 32 for byte), once per call of
// the function. The interpreter grows every slice on the heap (cap 1, then
// 2, then 4 for int), so cap(s) printed another number than go run's,
// silently.
//
// Where the compiler's choice is certain, the pass makes it too: the
// variable is main's (main is never inlined, so one flag per run of the
// body is Go's), and every use of it is one escape analysis keeps on the
// stack (len, cap, index, range, s = append(s, ...), s = s[i:j],
// s = nil), none in a function literal. Before the first append statement
// it writes
//
//	if !flag && len(s) == 0 && cap(s) < n { flag = true; s = make([]T, 0, K) }
//
// so that the append finds room, as Go's does in its buffer. In another
// function or a function literal the answer also depends on whether the
// compiler inlines it into a loop of its caller (the flag is then the
// caller's, the buffer taken once for all iterations), which gogil cannot
// know: a cap of such a slice is refused, never a guess. Where a use may
// move the slice elsewhere, the compiler decides by escape analysis of the
// whole program, and the pass leaves the interpreter's answer (the heap's,
// which is Go's for a slice that escapes).

// stackBufferBytes is the compiler's VariableMakeThreshold, the size of
// the buffer.
const stackBufferBytes = 32

// stackAppendPrefix starts the name of the flag of the lowered variable.
const stackAppendPrefix = "__gogil_stk"

var gcSizes = types.SizesFor("gc", runtime.GOARCH)

// stackSlice is a slice variable whose cap the part asks for.
type stackSlice struct {
	obj     *types.Var
	fn      ast.Node // the FuncDecl or FuncLit declaring it
	capCall *ast.CallExpr
	ok      bool              // every use is one that stays on the stack
	first   *ast.AssignStmt   // its first fixed-count s = append(s, ...)
	def     *ast.AssignStmt   // s := append([]T{}, ...), its definition
	defList *[]ast.Stmt       // the list def is a statement of
	block   *[]ast.Stmt       // the list first is a statement of
	outer   map[ast.Node]bool // the function literals it is used in
	// global: a variable an earlier part declared at the cell's top
	// level, which in the program the cell is main's body of may be
	// main's own (var s []int among main's statements) or the
	// package's.
	global bool
	// passedTo are the calls of the program's own functions given the
	// slice, which escape analysis looks into.
	passedTo []passedSlice
	// escapes: a use puts the slice in an interface (fmt.Println(s)),
	// which moves its backing store to the heap for certain.
	escapes bool
	// empty: it is declared empty (var s []T, s := []T{}, make of 0),
	// so that its first append finds it so.
	empty bool
}

// passedSlice is a call of the program's own function that is given the
// slice as its arg-th argument.
type passedSlice struct {
	call *ast.CallExpr
	arg  int
}

func lowerStackAppends(f *File, opts Options) *cellio.Error {
	if !callsCap(f.AST) {
		return nil
	}
	t := f.types(opts)
	if t == nil || t.Info == nil {
		return nil
	}
	info := t.Info
	slicesByObj := map[*types.Var]*stackSlice{}
	var order []*stackSlice
	ast.Inspect(f.AST, func(n ast.Node) bool {
		if n, ok := n.(*ast.CallExpr); ok {
			if len(n.Args) != 1 || !isBuiltin(info, n.Fun, "cap") {
				return true
			}
			id, ok := ast.Unparen(n.Args[0]).(*ast.Ident)
			if !ok {
				return true
			}
			v, ok := info.Uses[id].(*types.Var)
			if !ok || v.IsField() || v.Pkg() == nil {
				return true
			}
			global := v.Parent() == v.Pkg().Scope()
			if global && f.Main == nil {
				return true // a package variable: Go grows it on the heap
			}
			if _, isSlice := v.Type().Underlying().(*types.Slice); !isSlice {
				return true
			}
			if slicesByObj[v] == nil {
				s := &stackSlice{obj: v, capCall: n, ok: true, outer: map[ast.Node]bool{}, global: global}
				if global {
					s.fn = f.Main
				}
				slicesByObj[v] = s
				order = append(order, s)
			}
		}
		return true
	})
	if len(order) == 0 {
		return nil
	}
	classifyStackSlices(f.AST, info, slicesByObj)
	flags := 0
	for _, s := range order {
		if s.fn == nil || (s.first == nil && s.def == nil) {
			continue
		}
		size := gcSizes.Sizeof(s.obj.Type().Underlying().(*types.Slice).Elem())
		if size <= 0 || size > stackBufferBytes {
			continue // Go grows it on the heap, as the interpreter does
		}
		k := stackBufferBytes / size
		if !s.ok || len(s.outer) > 0 {
			if s.escapes || !s.empty && s.def == nil && !s.global {
				continue // on the heap for certain: the interpreter's growth is Go's
			}
			// Handed to a library function (sort.Ints keeps it on the
			// stack, Go's cap 4), copied to another variable, used in a
			// function literal: escape analysis decides.
			return f.compileError(s.capCall, "cap(%s) of a slice appended to from empty and used where Go's compiler decides by escape analysis whether its first append takes a %d-byte stack buffer (cap %d here) or the heap's growth, which gogil cannot tell; print the slice's length instead", s.obj.Name(), stackBufferBytes, k)
		}
		// A site appending more than the buffer holds grows on the heap.
		var n int64
		if s.first != nil {
			if n = int64(len(s.first.Rhs[0].(*ast.CallExpr).Args) - 1); n > k {
				s.first = nil
			}
		}
		var from *ast.Ident // the slice the definition appends to, if a variable
		if s.def != nil {
			a, sole := soleAppendOf(info, s.fn, s.def)
			if a != nil && f.Main != nil {
				if v := info.Uses[a].(*types.Var); v.Parent() == v.Pkg().Scope() {
					return f.compileError(s.capCall, "cap(%s) of a slice appended to %s, declared at the cell's top level: Go's compiler gives the append a %d-byte stack buffer (cap %d here) when %s is main's own and none when it is a package variable, and gogil cannot tell which %s is; declare it with := among the statements (main's own) to get Go's cap", s.obj.Name(), a.Name, stackBufferBytes, k, a.Name, a.Name)
				}
			}
			if !sole || int64(len(s.def.Rhs[0].(*ast.CallExpr).Args)-1) > k {
				s.def = nil
			}
			from = a
		}
		if s.first == nil && s.def == nil {
			continue
		}
		if len(s.passedTo) > 0 {
			kept, unseen := keptOnStackBy(f, s.passedTo)
			if unseen != "" {
				return f.compileError(s.capCall, "cap(%s) of a slice main appends to and gives to %s, a function of an earlier cell: whether Go's compiler keeps the slice's backing store on the stack (growing it by size class, cap 3 for three ints where the heap gives 4) depends on what %s does with it, which this cell cannot see; print the slice's length instead", s.obj.Name(), unseen, unseen)
			}
			if !kept {
				continue // it leaves main: the heap's growth
			}
			return f.compileError(s.passedTo[0].call, "cap(%s) of a slice main appends to and gives to %s, which only reads it: Go's compiler then keeps the slice's backing store on the stack, growing it by size class where the heap doubles it (cap 3 for three ints, not 4), which gogil does not emulate; print the slice's length instead", s.obj.Name(), types.ExprString(s.passedTo[0].call.Fun))
		}
		if s.global {
			return f.compileError(s.capCall, "cap(%s) of a slice declared at the cell's top level that the statements append to: Go's compiler gives main's own slice a %d-byte stack buffer at its first append (cap %d here) and a package variable none, and gogil cannot tell which %s is; declare it with := among the statements (main's own) to get Go's cap", s.obj.Name(), stackBufferBytes, stackBufferBytes/size, s.obj.Name())
		}
		if !isMain(f, s.fn) {
			return f.compileError(s.capCall, "cap(%s) of a slice that only its own function appends to: Go's compiler gives its first append a %d-byte stack buffer (cap %d here), once per call, or once for all the calls when it inlines the function into a loop, which gogil cannot tell; move the appends into main's body or print the slice's length instead", s.obj.Name(), stackBufferBytes, stackBufferBytes/size)
		}
		if s.first != nil && s.block == nil {
			return f.compileError(s.first, "cap(%s) of a slice main appends to in a statement gogil cannot prepare (the first append is not a statement of a block): Go's compiler gives it a %d-byte stack buffer, which gogil emulates only before a statement; write the append as a statement of its own", s.obj.Name(), stackBufferBytes)
		}
		typeOf := func(at ast.Node) (ast.Expr, *cellio.Error) {
			elem, ok := (&typedLowering{f: f, t: t}).nameType(at, s.obj.Type().Underlying().(*types.Slice).Elem())
			if !ok {
				return nil, f.compileError(s.capCall, "cap(%s): Go's compiler gives the slice's first append a %d-byte stack buffer, and gogil cannot name its element type here to make the same", s.obj.Name(), stackBufferBytes)
			}
			return elem, nil
		}
		if s.first != nil {
			elem, e := typeOf(s.first)
			if e != nil {
				return e
			}
			flags++
			insertStackBuffer(s, stackAppendPrefix+strconv.Itoa(flags)+"_"+s.obj.Name(), elem, n, k)
		}
		if s.def != nil {
			elem, e := typeOf(s.def)
			if e != nil {
				return e
			}
			flags++
			insertDefBuffer(s, stackAppendPrefix+strconv.Itoa(flags)+"_"+s.obj.Name(), elem, from, int64(len(s.def.Rhs[0].(*ast.CallExpr).Args)-1), k)
		}
	}
	return nil
}

// callsCap: the part calls something named cap with one argument (before
// it is type-checked for what that is).
func callsCap(file *ast.File) bool {
	found := false
	ast.Inspect(file, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok && len(call.Args) == 1 {
			if id, ok := call.Fun.(*ast.Ident); ok && id.Name == "cap" {
				found = true
			}
		}
		return !found
	})
	return found
}

// isMain: fn is the body the run starts in, main's (a statement part's
// wrapper, or a program's main renamed).
func isMain(f *File, fn ast.Node) bool {
	fd, ok := fn.(*ast.FuncDecl)
	if !ok || fd.Recv != nil {
		return false
	}
	return fd == f.Main || fd.Name.Name == UserMain
}

// classifyStackSlices finds, for each slice of byObj, the function
// declaring it, its first append statement, and whether every use stays
// on the stack.
func classifyStackSlices(file *ast.File, info *types.Info, byObj map[*types.Var]*stackSlice) {
	var funcs []ast.Node // the enclosing functions, innermost last
	var parents []ast.Node
	var lists []*[]ast.Stmt // the statement lists enclosing, innermost last
	var visit func(n ast.Node) bool
	visit = func(n ast.Node) bool {
		if n == nil {
			top := parents[len(parents)-1]
			parents = parents[:len(parents)-1]
			switch top.(type) {
			case *ast.FuncDecl, *ast.FuncLit:
				funcs = funcs[:len(funcs)-1]
			case *ast.BlockStmt, *ast.CaseClause, *ast.CommClause:
				lists = lists[:len(lists)-1]
			}
			return false
		}
		switch n := n.(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			funcs = append(funcs, n)
		case *ast.BlockStmt:
			lists = append(lists, &n.List)
		case *ast.CaseClause:
			lists = append(lists, &n.Body)
		case *ast.CommClause:
			lists = append(lists, &n.Body)
		case *ast.Ident:
			var s *stackSlice
			if v, ok := info.Defs[n].(*types.Var); ok && byObj[v] != nil {
				s = byObj[v]
				if len(funcs) > 0 {
					s.fn = funcs[len(funcs)-1]
				}
				if _, isParam := parents[len(parents)-1].(*ast.Field); isParam {
					s.ok = false
				}
				s.empty = declaredEmpty(info, n, parents[len(parents)-1])
				if as, ok := parents[len(parents)-1].(*ast.AssignStmt); ok && appendsToEmpty(info, as) && len(lists) > 0 && containsStmt(*lists[len(lists)-1], as) {
					s.def, s.defList = as, lists[len(lists)-1]
				}
			} else if v, ok := info.Uses[n].(*types.Var); ok && byObj[v] != nil {
				s = byObj[v]
				if !stackUse(info, n, parents) {
					if passedToOwnFunc(info, n, parents) {
						call := parents[len(parents)-1].(*ast.CallExpr)
						s.passedTo = append(s.passedTo, passedSlice{call, slices.Index(call.Args, ast.Expr(n))})
					} else {
						s.ok = false
						s.escapes = s.escapes || toInterface(info, n, parents)
					}
				}
				if as := appendToItself(info, n, parents); as != nil && s.first == nil && len(lists) > 0 {
					s.first = as
					s.block = nil
					if list := lists[len(lists)-1]; containsStmt(*list, as) {
						s.block = list
					}
				}
			}
			if s != nil && len(funcs) > 0 && s.fn != nil && funcs[len(funcs)-1] != s.fn {
				s.outer[funcs[len(funcs)-1]] = true
			}
		}
		parents = append(parents, n)
		return true
	}
	ast.Inspect(file, visit)
}

func containsStmt(list []ast.Stmt, s ast.Stmt) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// appendToItself is the statement id = append(id, x, ...) (a fixed count
// of elements) whose id is the first argument or the target, or nil.
func appendToItself(info *types.Info, id *ast.Ident, parents []ast.Node) *ast.AssignStmt {
	var as *ast.AssignStmt
	switch p := parents[len(parents)-1].(type) {
	case *ast.AssignStmt:
		as = p
	case *ast.CallExpr:
		if len(parents) >= 2 {
			as, _ = parents[len(parents)-2].(*ast.AssignStmt)
		}
	}
	if as == nil || as.Tok != token.ASSIGN || len(as.Lhs) != 1 || len(as.Rhs) != 1 {
		return nil
	}
	lhs, ok := as.Lhs[0].(*ast.Ident)
	if !ok || info.Uses[lhs] != info.Uses[id] {
		return nil
	}
	call, ok := as.Rhs[0].(*ast.CallExpr)
	if !ok || call.Ellipsis.IsValid() || len(call.Args) < 2 || !isBuiltin(info, call.Fun, "append") {
		return nil
	}
	first, ok := call.Args[0].(*ast.Ident)
	if !ok || info.Uses[first] != info.Uses[id] {
		return nil
	}
	return as
}

// stackUse: the use id of a slice variable is one escape analysis keeps
// on the stack (parents are id's enclosing nodes, innermost last).
func stackUse(info *types.Info, id *ast.Ident, parents []ast.Node) bool {
	obj := info.Uses[id]
	self := func(x ast.Expr) bool {
		i, ok := x.(*ast.Ident)
		return ok && info.Uses[i] == obj
	}
	parent := parents[len(parents)-1]
	switch p := parent.(type) {
	case *ast.CallExpr:
		if isBuiltin(info, p.Fun, "len", "cap") {
			return true
		}
		if isBuiltin(info, p.Fun, "append") && len(p.Args) > 0 && p.Args[0] == ast.Expr(id) && len(parents) >= 2 {
			as, ok := parents[len(parents)-2].(*ast.AssignStmt)
			return ok && as.Tok == token.ASSIGN && len(as.Lhs) == 1 && len(as.Rhs) == 1 && as.Rhs[0] == ast.Expr(p) && self(as.Lhs[0])
		}
		return false
	case *ast.IndexExpr:
		if p.X != ast.Expr(id) {
			return true // an index, an int
		}
		if len(parents) >= 2 {
			switch gp := parents[len(parents)-2].(type) {
			case *ast.UnaryExpr:
				return gp.Op != token.AND
			case *ast.SliceExpr:
				return false // may point into the backing store
			case *ast.SelectorExpr:
				sel := info.Selections[gp]
				return sel != nil && sel.Kind() == types.FieldVal && !addressed(parents[:len(parents)-2])
			}
		}
		return true
	case *ast.RangeStmt:
		return p.X == ast.Expr(id)
	case *ast.SliceExpr:
		if p.X != ast.Expr(id) {
			return true
		}
		if len(parents) < 2 {
			return false
		}
		as, ok := parents[len(parents)-2].(*ast.AssignStmt)
		return ok && as.Tok == token.ASSIGN && len(as.Lhs) == 1 && len(as.Rhs) == 1 && as.Rhs[0] == ast.Expr(p) && self(as.Lhs[0])
	case *ast.AssignStmt:
		if p.Tok != token.ASSIGN || len(p.Lhs) != 1 || len(p.Rhs) != 1 || p.Lhs[0] != ast.Expr(id) {
			return false
		}
		switch r := p.Rhs[0].(type) {
		case *ast.Ident:
			return r.Name == "nil" && info.Uses[r] == types.Universe.Lookup("nil")
		case *ast.CallExpr:
			return isBuiltin(info, r.Fun, "append") && len(r.Args) > 0 && self(r.Args[0])
		case *ast.SliceExpr:
			return self(r.X)
		}
		return false
	case *ast.BinaryExpr, *ast.ParenExpr:
		// s == nil: compares, keeps nothing.
		if b, ok := p.(*ast.BinaryExpr); ok {
			return b.Op == token.EQL || b.Op == token.NEQ
		}
		return false
	}
	return false
}

// declaredEmpty: the declaration parent of id declares it empty: without
// a value, or of a nil, an empty literal or make of length and cap 0.
func declaredEmpty(info *types.Info, id *ast.Ident, parent ast.Node) bool {
	var value ast.Expr
	switch p := parent.(type) {
	case *ast.ValueSpec:
		if len(p.Values) == 0 {
			return true
		}
		if i := slices.Index(p.Names, id); i >= 0 && len(p.Values) == len(p.Names) {
			value = p.Values[i]
		}
	case *ast.AssignStmt:
		if i := slices.Index(p.Lhs, ast.Expr(id)); i >= 0 && len(p.Lhs) == len(p.Rhs) {
			value = p.Rhs[i]
		}
	}
	switch v := ast.Unparen(value).(type) {
	case *ast.CompositeLit:
		return len(v.Elts) == 0
	case *ast.Ident:
		return v.Name == "nil"
	case *ast.CallExpr:
		if tv, ok := info.Types[v.Fun]; ok && tv.IsType() {
			return len(v.Args) == 1 && declaredEmptyValue(info, v.Args[0])
		}
		if isBuiltin(info, v.Fun, "make") && len(v.Args) >= 2 {
			for _, n := range v.Args[1:] {
				if !declaredEmptyValue(info, n) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// declaredEmptyValue: x is nil or the constant 0.
func declaredEmptyValue(info *types.Info, x ast.Expr) bool {
	tv := info.Types[x]
	return tv.IsNil() || tv.Value != nil && tv.Value.String() == "0"
}

// toInterface: the use id is an argument of an interface parameter (of
// fmt.Println, say), or the value of an interface conversion or
// assignment: the slice is boxed, and escape analysis moves it to the
// heap.
func toInterface(info *types.Info, id *ast.Ident, parents []ast.Node) bool {
	iface := func(t types.Type) bool { return t != nil && types.IsInterface(t) }
	// A slice of it (s[:5]) shares its backing store.
	var use ast.Expr = id
	for len(parents) > 1 {
		if sl, ok := parents[len(parents)-1].(*ast.SliceExpr); ok && sl.X == use {
			use, parents = sl, parents[:len(parents)-1]
			continue
		}
		if pe, ok := parents[len(parents)-1].(*ast.ParenExpr); ok {
			use, parents = pe, parents[:len(parents)-1]
			continue
		}
		break
	}
	switch p := parents[len(parents)-1].(type) {
	case *ast.CallExpr:
		tv, ok := info.Types[p.Fun]
		if !ok || p.Fun == use {
			return false
		}
		if tv.IsType() {
			return iface(tv.Type)
		}
		sig, ok := tv.Type.Underlying().(*types.Signature)
		if !ok {
			return false
		}
		if i := slices.Index(p.Args, use); i >= 0 {
			return iface(paramType(sig, p, i))
		}
	case *ast.AssignStmt:
		for i, r := range p.Rhs {
			if r == use && i < len(p.Lhs) && len(p.Lhs) == len(p.Rhs) {
				return iface(info.TypeOf(p.Lhs[i]))
			}
		}
	case *ast.ValueSpec:
		return p.Type != nil && iface(info.TypeOf(p.Type))
	}
	return false
}

// passedToOwnFunc: id is an argument of a call of a function the program
// declares by name (the library's leak to the heap, or are builtins).
func passedToOwnFunc(info *types.Info, id *ast.Ident, parents []ast.Node) bool {
	call, ok := parents[len(parents)-1].(*ast.CallExpr)
	if !ok || call.Fun == ast.Expr(id) || call.Ellipsis.IsValid() {
		return false
	}
	fun, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return false
	}
	fn, ok := info.Uses[fun].(*types.Func)
	return ok && fn.Pkg() != nil && fn.Pkg().Path() == "main" && fn.Parent() == fn.Pkg().Scope()
}

// keptOnStackBy: every function the slice is given to is declared in the
// cell, and does no more with its parameter than read it (len, cap,
// index, range), so that escape analysis keeps the slice on the stack. A
// function that passes it on, keeps or returns it lets it leave, and its
// growth is the heap's, the interpreter's. unseen names a function the
// cell does not declare (an earlier cell's), of which nothing is known.
func keptOnStackBy(f *File, passed []passedSlice) (kept bool, unseen string) {
	var others []*ast.File
	for _, p := range passed {
		name := p.call.Fun.(*ast.Ident).Name
		fd := funcDeclNamed(f.AST, name)
		if fd == nil {
			if others == nil {
				others = cellDeclParts(f.cellCode)
			}
			for _, o := range others {
				if fd = funcDeclNamed(o, name); fd != nil {
					break
				}
			}
		}
		if fd == nil {
			return false, name
		}
		if !paramOnlyRead(fd, p.arg) {
			return false, ""
		}
	}
	return true, ""
}

// funcDeclNamed is file's function (not method) name, or nil.
func funcDeclNamed(file *ast.File, name string) *ast.FuncDecl {
	for _, d := range file.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil && fd.Name.Name == name && fd.Body != nil {
			return fd
		}
	}
	return nil
}

// cellDeclParts parses the declaration parts of the cell (a statement
// part does not hold the functions the cell declares beside it).
func cellDeclParts(code string) []*ast.File {
	files := []*ast.File{}
	for _, p := range Split(code) {
		if p.Kind != Decls {
			continue
		}
		if file, err := parser.ParseFile(token.NewFileSet(), "", "package main\n"+p.Text, 0); err == nil {
			files = append(files, file)
		}
	}
	return files
}

// paramOnlyRead: the arg-th parameter of fd is only read in its body
// (by name, outside function literals): len, cap, an element, a range.
func paramOnlyRead(fd *ast.FuncDecl, arg int) bool {
	name, i := "", 0
	for _, field := range fd.Type.Params.List {
		if _, variadic := field.Type.(*ast.Ellipsis); variadic {
			return false
		}
		names := field.Names
		if len(names) == 0 {
			if i == arg {
				return true // unnamed: never used
			}
			i++
			continue
		}
		for _, n := range names {
			if i == arg {
				name = n.Name
			}
			i++
		}
	}
	if name == "" {
		return false
	}
	if name == "_" {
		return true
	}
	only := true
	var parents []ast.Node
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		if n == nil {
			parents = parents[:len(parents)-1]
			return false
		}
		if _, lit := n.(*ast.FuncLit); lit {
			parents = append(parents, n)
			ast.Inspect(n, func(m ast.Node) bool {
				if id, ok := m.(*ast.Ident); ok && id.Name == name {
					only = false
				}
				return only
			})
			return false
		}
		if id, ok := n.(*ast.Ident); ok && id.Name == name && len(parents) > 0 && !readOnly(id, parents) {
			only = false
		}
		parents = append(parents, n)
		return only
	})
	return only
}

// readOnly: the use id (of a parameter, by name) reads the slice.
func readOnly(id *ast.Ident, parents []ast.Node) bool {
	switch p := parents[len(parents)-1].(type) {
	case *ast.CallExpr:
		fun, ok := p.Fun.(*ast.Ident)
		return ok && (fun.Name == "len" || fun.Name == "cap") && len(p.Args) == 1
	case *ast.IndexExpr:
		if p.X != ast.Expr(id) {
			return true
		}
		if len(parents) >= 2 {
			switch gp := parents[len(parents)-2].(type) {
			case *ast.UnaryExpr:
				return gp.Op != token.AND
			case *ast.SliceExpr, *ast.SelectorExpr:
				return false
			}
		}
		return true
	case *ast.RangeStmt:
		return p.X == ast.Expr(id)
	case *ast.BinaryExpr:
		return p.Op == token.EQL || p.Op == token.NEQ
	}
	return false
}

// addressed: the innermost of parents takes the address of what it holds.
func addressed(parents []ast.Node) bool {
	if len(parents) == 0 {
		return false
	}
	u, ok := parents[len(parents)-1].(*ast.UnaryExpr)
	return ok && u.Op == token.AND
}

// appendsToEmpty: as is s := append(E, x, ...), a fixed count of
// elements appended to an empty slice literal or a nil slice conversion
// ([]T{}, []T(nil)): the append's own buffer, taken once per run of the
// function.
func appendsToEmpty(info *types.Info, as *ast.AssignStmt) bool {
	if as.Tok != token.DEFINE || len(as.Lhs) != 1 || len(as.Rhs) != 1 {
		return false
	}
	call, ok := as.Rhs[0].(*ast.CallExpr)
	if !ok || call.Ellipsis.IsValid() || len(call.Args) < 2 || !isBuiltin(info, call.Fun, "append") {
		return false
	}
	switch x := ast.Unparen(call.Args[0]).(type) {
	case *ast.CompositeLit:
		at, ok := x.Type.(*ast.ArrayType)
		return ok && at.Len == nil && len(x.Elts) == 0
	case *ast.CallExpr:
		at, ok := x.Fun.(*ast.ArrayType)
		if !ok || at.Len != nil || len(x.Args) != 1 {
			return false
		}
		id, ok := x.Args[0].(*ast.Ident)
		return ok && info.Uses[id] == types.Universe.Lookup("nil")
	case *ast.Ident:
		// Another local slice (b := append(a, x)): checked, with the
		// function at hand, by soleAppendOf.
		v, ok := info.Uses[x].(*types.Var)
		return ok && !v.IsField() && v.Pkg() != nil
	}
	return false
}

// soleAppendOf: the slice variable a that def appends to (b := append(a,
// x)) is fn's own, used in no function literal, and def is the one append
// to it: Go's buffer for appends to a is then def's, taken when a is
// empty.
func soleAppendOf(info *types.Info, fn ast.Node, def *ast.AssignStmt) (*ast.Ident, bool) {
	a, ok := ast.Unparen(def.Rhs[0].(*ast.CallExpr).Args[0]).(*ast.Ident)
	if !ok {
		return nil, true // a literal: the append's own buffer
	}
	obj := info.Uses[a]
	sole := true
	var walk func(n ast.Node, inLit bool)
	walk = func(n ast.Node, inLit bool) {
		ast.Inspect(n, func(m ast.Node) bool {
			switch m := m.(type) {
			case *ast.FuncLit:
				walk(m.Body, true)
				return false
			case *ast.Ident:
				if info.Uses[m] == obj && inLit {
					sole = false
				}
			case *ast.CallExpr:
				if m != def.Rhs[0] && isBuiltin(info, m.Fun, "append") && len(m.Args) > 0 {
					if id, ok := ast.Unparen(m.Args[0]).(*ast.Ident); ok && info.Uses[id] == obj {
						sole = false
					}
				}
			}
			return sole
		})
	}
	var body *ast.BlockStmt
	switch fn := fn.(type) {
	case *ast.FuncDecl:
		body = fn.Body
	case *ast.FuncLit:
		body = fn.Body
	}
	if body == nil {
		return nil, false
	}
	if v, ok := obj.(*types.Var); !ok || !(body.Pos() <= v.Pos() && v.Pos() < body.End()) {
		return a, false // declared elsewhere
	}
	walk(body, false)
	return a, sole
}

// insertDefBuffer follows s := append([]T{}, x, ...) with the move of its
// elements into a buffer of cap k, the first time it runs in main.
func insertDefBuffer(s *stackSlice, flag string, elem ast.Expr, from *ast.Ident, n, k int64) {
	pos := s.def.End()
	ident := func(name string) *ast.Ident { return &ast.Ident{Name: name, NamePos: pos} }
	name := s.obj.Name()
	var cond ast.Expr = &ast.UnaryExpr{Op: token.NOT, X: ident(flag), OpPos: pos}
	if from != nil {
		// The append left from as it was: it was empty and too small.
		call := func(fun string) *ast.CallExpr {
			return &ast.CallExpr{Fun: ident(fun), Lparen: pos, Rparen: pos, Args: []ast.Expr{ident(from.Name)}}
		}
		num := func(v int64) *ast.BasicLit {
			return &ast.BasicLit{Kind: token.INT, Value: strconv.FormatInt(v, 10), ValuePos: pos}
		}
		cond = &ast.BinaryExpr{X: cond, Op: token.LAND, OpPos: pos, Y: &ast.BinaryExpr{
			X:  &ast.BinaryExpr{X: call("len"), Op: token.EQL, OpPos: pos, Y: num(0)},
			Op: token.LAND, OpPos: pos,
			Y: &ast.BinaryExpr{X: call("cap"), Op: token.LSS, OpPos: pos, Y: num(n)},
		}}
	}
	move := &ast.IfStmt{If: pos, Cond: cond, Body: &ast.BlockStmt{Lbrace: pos, Rbrace: pos, List: []ast.Stmt{
		&ast.AssignStmt{Lhs: []ast.Expr{ident(flag)}, Tok: token.ASSIGN, TokPos: pos, Rhs: []ast.Expr{ident("true")}},
		&ast.AssignStmt{Lhs: []ast.Expr{ident(name)}, Tok: token.ASSIGN, TokPos: pos, Rhs: []ast.Expr{
			&ast.CallExpr{Fun: ident("append"), Lparen: pos, Rparen: pos, Ellipsis: pos, Args: []ast.Expr{
				&ast.CallExpr{Fun: ident("make"), Lparen: pos, Rparen: pos, Args: []ast.Expr{
					&ast.ArrayType{Lbrack: pos, Elt: elem},
					&ast.BasicLit{Kind: token.INT, Value: "0", ValuePos: pos},
					&ast.BasicLit{Kind: token.INT, Value: strconv.FormatInt(k, 10), ValuePos: pos},
				}},
				ident(name),
			}},
		}},
	}}}
	list := *s.defList
	for i, st := range list {
		if st == ast.Stmt(s.def) {
			list = append(list[:i+1], append([]ast.Stmt{move}, list[i+1:]...)...)
			break
		}
	}
	*s.defList = list
	declareFlag(s.fn, flag)
}

// insertStackBuffer declares the flag at the top of the function's body
// and puts the buffer in place before the first append statement.
func insertStackBuffer(s *stackSlice, flag string, elem ast.Expr, n, k int64) {
	pos := s.first.Pos()
	ident := func(name string) *ast.Ident { return &ast.Ident{Name: name, NamePos: pos} }
	num := func(v int64) *ast.BasicLit {
		return &ast.BasicLit{Kind: token.INT, Value: strconv.FormatInt(v, 10), ValuePos: pos}
	}
	call := func(fun string, args ...ast.Expr) *ast.CallExpr {
		return &ast.CallExpr{Fun: ident(fun), Lparen: pos, Args: args, Rparen: pos}
	}
	name := s.obj.Name()
	cond := &ast.BinaryExpr{
		X: &ast.BinaryExpr{
			X:  &ast.UnaryExpr{Op: token.NOT, X: ident(flag), OpPos: pos},
			Op: token.LAND, OpPos: pos,
			Y: &ast.BinaryExpr{X: call("len", ident(name)), Op: token.EQL, OpPos: pos, Y: num(0)},
		},
		Op: token.LAND, OpPos: pos,
		Y: &ast.BinaryExpr{X: call("cap", ident(name)), Op: token.LSS, OpPos: pos, Y: num(n)},
	}
	buffer := &ast.IfStmt{If: pos, Cond: cond, Body: &ast.BlockStmt{Lbrace: pos, Rbrace: pos, List: []ast.Stmt{
		&ast.AssignStmt{Lhs: []ast.Expr{ident(flag)}, Tok: token.ASSIGN, TokPos: pos, Rhs: []ast.Expr{ident("true")}},
		&ast.AssignStmt{Lhs: []ast.Expr{ident(name)}, Tok: token.ASSIGN, TokPos: pos, Rhs: []ast.Expr{
			call("make", &ast.ArrayType{Lbrack: pos, Elt: elem}, num(0), num(k)),
		}},
	}}}
	list := *s.block
	at := 0
	for i, st := range list {
		if st == ast.Stmt(s.first) {
			at = i
		}
	}
	list = append(list[:at], append([]ast.Stmt{buffer}, list[at:]...)...)
	*s.block = list

	declareFlag(s.fn, flag)
}

// declareFlag declares the bool flag at the top of fn's body: one per run
// of the function, as Go's.
func declareFlag(fn ast.Node, flag string) {
	var body *ast.BlockStmt
	switch fn := fn.(type) {
	case *ast.FuncDecl:
		body = fn.Body
	case *ast.FuncLit:
		body = fn.Body
	}
	decl := &ast.DeclStmt{Decl: &ast.GenDecl{Tok: token.VAR, TokPos: body.Lbrace, Specs: []ast.Spec{
		&ast.ValueSpec{Names: []*ast.Ident{{Name: flag, NamePos: body.Lbrace}}, Type: &ast.Ident{Name: "bool", NamePos: body.Lbrace}},
	}}}
	body.List = append([]ast.Stmt{decl}, body.List...)
}
