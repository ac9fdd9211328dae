package cellsrc

import (
	"go/ast"
	"go/token"
	"go/types"
	"sort"
	"strconv"
	"strings"

	"github.com/gogil/gogil/cellio"
)

// yaegi v0.16.1 opens a box holding a value of a cell type with methods
// whose underlying type is basic (`type celsius float64` with a String
// method) for an assertion to that basic type: x.(float64) on an any
// holding a celsius gave the value and true, where Go's fails. (Its type
// switches do not: a box goes to the default clause.) And it holds the
// value of an explicit any(c) as a plain float64, which no one can tell
// from a float64. guardLibraryCase hands the operand of an assertion or
// switch whose cases are library types alone, where a cell type with
// methods has one of those as its underlying type, to the runner's
// LibraryCase with those cell types' names (comma-separated) and the
// case types: for an assertion, a box of one of them comes back as a
// value no case matches; a plain value of the shared type ends the cell
// with an error naming the types. Types without methods are the
// stand-ins' (namedbasic.go).

// LibraryCaseHelper is the runner's helper of this file.
const LibraryCaseHelper = "LibraryCase"

// guardLibraryCase wraps ta's operand when a cell type with methods
// shares the reflect type of one of natives, ta's library case types.
func (l *typedLowering) guardLibraryCase(f *File, ta *ast.TypeAssertExpr, natives []ast.Expr, inSwitch bool) {
	pkg := l.cellPkg()
	if pkg == nil || len(natives) == 0 {
		return
	}
	var shadows []string
	for _, c := range natives {
		tv, ok := l.t.Info.Types[c]
		if !ok || tv.Type == nil {
			continue
		}
		ct, star := types.Unalias(tv.Type), ""
		if p, ok := ct.(*types.Pointer); ok {
			ct, star = types.Unalias(p.Elem()), "*"
		}
		b, ok := ct.(*types.Basic)
		if !ok || b.Info()&types.IsUntyped != 0 {
			continue
		}
		for _, name := range pkg.Scope().Names() {
			tn, ok := pkg.Scope().Lookup(name).(*types.TypeName)
			if !ok || tn.IsAlias() {
				continue
			}
			named, ok := tn.Type().(*types.Named)
			if !ok || named.TypeParams().Len() > 0 || !types.Identical(named.Underlying(), b) {
				continue
			}
			if types.NewMethodSet(types.NewPointer(named)).Len() > 0 {
				shadows = append(shadows, star+name)
			}
		}
	}
	if len(shadows) == 0 {
		return
	}
	sort.Strings(shadows)
	pos := ta.X.Pos()
	// 0 for a switch, 1 for a comma-ok assertion, 2 for one that panics
	// when it fails.
	mode := 0
	if !inSwitch {
		mode = 2
		if commaOK(f.AST, ta) {
			mode = 1
		}
	}
	iface := "interface {}"
	if tv, ok := l.t.Info.Types[ta.X]; ok && tv.Type != nil {
		iface = RuntimeTypeString(tv.Type)
	}
	args := []ast.Expr{ta.X, &ast.BasicLit{ValuePos: pos, Kind: token.INT, Value: strconv.Itoa(mode)}, &ast.BasicLit{ValuePos: pos, Kind: token.STRING, Value: strconv.Quote(iface)}, &ast.BasicLit{ValuePos: pos, Kind: token.STRING, Value: strconv.Quote(strings.Join(shadows, ","))}}
	for _, c := range natives {
		args = append(args, &ast.CallExpr{Fun: &ast.ParenExpr{Lparen: pos, X: &ast.StarExpr{Star: pos, X: c}, Rparen: pos}, Lparen: pos, Args: []ast.Expr{&ast.Ident{NamePos: pos, Name: "nil"}}, Rparen: pos})
	}
	call := helperCall(pos, LibraryCaseHelper, args...)
	if tv, typed := l.t.Info.Types[ta.X]; typed {
		l.t.Info.Types[call] = tv
	}
	ta.X = call
}

// cellPkg is the package of the cells' declarations, found through a name
// the part defines or uses; nil if it names none.
func (l *typedLowering) cellPkg() *types.Package {
	for _, m := range []map[*ast.Ident]types.Object{l.t.Info.Defs, l.t.Info.Uses} {
		for _, obj := range m {
			if obj != nil && obj.Pkg() != nil && cellPackage(l.t, obj.Pkg()) {
				return obj.Pkg()
			}
		}
	}
	return nil
}

// boxExplicitConversions writes each explicit conversion any(x) (or
// interface{}(x)) of a value of a top-level cell type with methods whose
// underlying type is basic as []any{x}[0], which the interpreter boxes as
// it boxes an implicit conversion: a plain value of a basic type in an
// any is then the basic type's, and LibraryCase tells the two apart.
func boxExplicitConversions(f *File, opts Options) *cellio.Error {
	if !opts.CellTypes && !declaresType(f.AST) || !convertsToAny(f.AST) {
		return nil
	}
	l := f.typedLowering(opts)
	if l == nil {
		return nil
	}
	info := l.t.Info
	replaceExprs(f.AST, func(x ast.Expr) ast.Expr {
		call, ok := x.(*ast.CallExpr)
		if !ok || len(call.Args) != 1 || call.Ellipsis.IsValid() || !emptyInterfaceExpr(call.Fun) {
			return x
		}
		tv, ok := info.Types[call.Fun]
		if !ok || !tv.IsType() || !types.IsInterface(tv.Type) {
			return x
		}
		at, ok := info.Types[call.Args[0]]
		if !ok || at.Type == nil || at.IsType() {
			return x
		}
		named, ok := types.Unalias(at.Type).(*types.Named)
		if !ok {
			return x
		}
		if _, basic := named.Underlying().(*types.Basic); !basic || types.NewMethodSet(types.NewPointer(named)).Len() == 0 {
			return x
		}
		if _, ok := l.cellTypeName(named); !ok {
			return x
		}
		pos := call.Pos()
		lit := &ast.CompositeLit{Type: &ast.ArrayType{Lbrack: pos, Elt: call.Fun}, Lbrace: pos, Elts: []ast.Expr{call.Args[0]}, Rbrace: pos}
		index := &ast.IndexExpr{X: lit, Lbrack: pos, Index: &ast.BasicLit{ValuePos: pos, Kind: token.INT, Value: "0"}, Rbrack: pos}
		info.Types[lit] = types.TypeAndValue{Type: types.NewSlice(tv.Type)}
		info.Types[index] = info.Types[call]
		return index
	})
	return l.err
}

// convertsToAny is the cheap syntactic test: a call of any or of an
// interface type literal with one argument.
func convertsToAny(file *ast.File) bool {
	found := false
	ast.Inspect(file, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok && len(call.Args) == 1 && emptyInterfaceExpr(call.Fun) {
			found = true
		}
		return !found
	})
	return found
}

func emptyInterfaceExpr(x ast.Expr) bool {
	switch x := ast.Unparen(x).(type) {
	case *ast.Ident:
		return x.Name == "any"
	case *ast.InterfaceType:
		return x.Methods == nil || len(x.Methods.List) == 0
	}
	return false
}

// commaOK: ta is the value of a two-name assignment or declaration.
func commaOK(file *ast.File, ta *ast.TypeAssertExpr) bool {
	found := false
	ast.Inspect(file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			found = found || len(n.Lhs) == 2 && len(n.Rhs) == 1 && ast.Unparen(n.Rhs[0]) == ta
		case *ast.ValueSpec:
			found = found || len(n.Names) == 2 && len(n.Values) == 1 && ast.Unparen(n.Values[0]) == ta
		}
		return !found
	})
	return found
}
