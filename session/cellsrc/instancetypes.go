package cellsrc

import (
	"go/ast"
	"go/token"
	"go/types"
	"sort"
	"strconv"
	"strings"
)

// yaegi's reflect type of an instance of a generic type a cell declared
// (Box[int]) is what the type is made of, and registerCellTypes registers
// no generic type: held in an interface, or as a generic function's T,
// the value printed as `struct { V int }` under %T and %#v where Go
// prints main.Box[int], silently. registerCellInstances registers each
// instance the part's code has a type for, as the top-level types are,
// under the name Go's reflect gives it ("Box[int]", "Pair[string,[]main.
// User]"), so that the runner names it, or ends the cell where two types
// share its reflect type. An instance whose type arguments a
// package-level declaration cannot name (a local type, a type parameter)
// or whose name this file cannot write as reflect does is left out.

// mayNameInstance is the syntactic test that keeps go/types away: the
// part declares a generic function or type, calls one an earlier part
// declared, or writes an instance (Box[int]{}, var b Box[int], *Box[int],
// F[Box[int]]).
func mayNameInstance(file *ast.File, opts Options) bool {
	found := false
	parents := map[ast.Node]ast.Node{}
	var stack []ast.Node
	ast.Inspect(file, func(n ast.Node) bool {
		if found {
			return false
		}
		if n == nil {
			stack = stack[:len(stack)-1]
			return false
		}
		if len(stack) > 0 {
			parents[n] = stack[len(stack)-1]
		}
		stack = append(stack, n)
		switch n := n.(type) {
		case *ast.TypeSpec:
			found = n.TypeParams != nil
		case *ast.FuncType:
			found = n.TypeParams != nil
		case *ast.IndexListExpr:
			found = true
		case *ast.IndexExpr:
			switch p := parents[n].(type) {
			case *ast.CompositeLit:
				found = p.Type == n
			case *ast.ValueSpec, *ast.Field, *ast.ArrayType, *ast.MapType, *ast.StarExpr, *ast.ChanType, *ast.TypeSpec:
				found = true
			case *ast.IndexExpr:
				found = p.Index == n
			}
		case *ast.Ident:
			found = opts.Generic != nil && opts.Generic(n.Name)
		}
		return !found
	})
	return found
}

func registerCellInstances(f *File, opts Options) {
	if !mayNameInstance(f.AST, opts) {
		return
	}
	l := f.typedLowering(opts)
	if l == nil {
		return
	}
	found := map[string]*types.Named{}
	seen := map[types.Type]bool{}
	var walk func(t types.Type)
	walk = func(t types.Type) {
		if t == nil || seen[t] {
			return
		}
		seen[t] = true
		switch u := types.Unalias(t).(type) {
		case *types.Named:
			args := u.TypeArgs()
			for i := range args.Len() {
				walk(args.At(i))
			}
			obj := u.Obj()
			if args.Len() == 0 || obj.Pkg() == nil || !cellPackage(l.t, obj.Pkg()) || obj.Parent() != obj.Pkg().Scope() {
				return
			}
			if _, iface := u.Underlying().(*types.Interface); iface || mentionsLocalType(u, map[types.Type]bool{}) {
				return
			}
			if name, ok := l.reflectInstanceName(u); ok {
				found[name] = u
			}
		case *types.Pointer:
			walk(u.Elem())
		case *types.Slice:
			walk(u.Elem())
		case *types.Array:
			walk(u.Elem())
		case *types.Map:
			walk(u.Key())
			walk(u.Elem())
		case *types.Chan:
			walk(u.Elem())
		}
	}
	for _, tv := range l.t.Info.Types {
		walk(tv.Type)
	}
	registerParamArgs(f, l)
	if len(found) == 0 {
		return
	}
	names := make([]string, 0, len(found))
	for name := range found {
		names = append(names, name)
	}
	sort.Strings(names)
	// A statements part registers them as its first statements: the
	// file of main's body runs no init of its own.
	pos := f.AST.Package
	var stmts []ast.Stmt
	if f.Part.Kind == Stmts && f.Main != nil && f.Main.Body != nil {
		pos = f.Main.Body.Lbrace
	}
	for i, name := range names {
		x, ok := l.nameType(f.AST, found[name])
		if !ok {
			continue
		}
		// Its type arguments that are instances too, aliased.
		// (The typed pass's aliases of the part are __gogil_inst.)
		l.aliasPrefix = "__gogil_reginst"
		l.aliasInstanceArgs(x)
		// Named by an alias, as instanceAliases names a type argument:
		// yaegi crashes on new(Pair[string, int]) before a generic call
		// with that type argument, and not on the alias.
		alias := "__gogil_reg" + strconv.Itoa(f.base) + "_" + strconv.Itoa(i)
		f.AST.Decls = append(f.AST.Decls, &ast.GenDecl{Tok: token.TYPE, TokPos: pos, Specs: []ast.Spec{&ast.TypeSpec{Name: &ast.Ident{NamePos: pos, Name: alias}, Assign: pos, Type: x}}})
		x = &ast.Ident{NamePos: pos, Name: alias}
		ptr := &ast.CallExpr{Fun: &ast.Ident{NamePos: pos, Name: "new"}, Lparen: pos, Args: []ast.Expr{x}, Rparen: pos}
		call := helperCall(pos, CellTypeHelper, &ast.BasicLit{ValuePos: pos, Kind: token.STRING, Value: strconv.Quote(name)}, ptr)
		if f.Part.Kind == Stmts && f.Main != nil && f.Main.Body != nil {
			stmts = append(stmts, &ast.ExprStmt{X: call})
			continue
		}
		f.AST.Decls = append(f.AST.Decls, &ast.FuncDecl{Name: &ast.Ident{NamePos: pos, Name: "init"}, Type: &ast.FuncType{Func: pos, Params: &ast.FieldList{}},
			Body: &ast.BlockStmt{Lbrace: pos, List: []ast.Stmt{&ast.ExprStmt{X: call}}, Rbrace: pos}})
	}
	if len(stmts) > 0 {
		f.Main.Body.List = append(stmts, f.Main.Body.List...)
	}
}

// reflectInstanceName is the name Go's reflect gives the instance n,
// without the "main." of its own package: Box[int], Pair[string,[]main.
// User], Box[encoding/json.Number]; false for a type argument it does
// not write as reflect does (a struct, a func, an interface with
// methods).
func (l *typedLowering) reflectInstanceName(n *types.Named) (string, bool) {
	var b strings.Builder
	var write func(t types.Type) bool
	write = func(t types.Type) bool {
		switch u := types.Unalias(t).(type) {
		case *types.Basic:
			switch u.Kind() {
			case types.Byte:
				b.WriteString("uint8")
			case types.Rune:
				b.WriteString("int32")
			default:
				if u.Info()&types.IsUntyped != 0 {
					return false
				}
				b.WriteString(u.Name())
			}
		case *types.Named:
			obj := u.Obj()
			switch {
			case obj.Pkg() == nil:
				b.WriteString(obj.Name()) // error
			case cellPackage(l.t, obj.Pkg()):
				b.WriteString("main." + obj.Name())
			default:
				b.WriteString(obj.Pkg().Path() + "." + obj.Name())
			}
			if args := u.TypeArgs(); args.Len() > 0 {
				b.WriteString("[")
				for i := range args.Len() {
					if i > 0 {
						b.WriteString(",")
					}
					if !write(args.At(i)) {
						return false
					}
				}
				b.WriteString("]")
			}
		case *types.Pointer:
			b.WriteString("*")
			return write(u.Elem())
		case *types.Slice:
			b.WriteString("[]")
			return write(u.Elem())
		case *types.Array:
			b.WriteString("[" + strconv.FormatInt(u.Len(), 10) + "]")
			return write(u.Elem())
		case *types.Map:
			b.WriteString("map[")
			if !write(u.Key()) {
				return false
			}
			b.WriteString("]")
			return write(u.Elem())
		case *types.Interface:
			if !u.Empty() {
				return false
			}
			b.WriteString("interface {}")
		default:
			return false
		}
		return true
	}
	if !write(n) {
		return "", false
	}
	return strings.TrimPrefix(b.String(), "main."), true
}
