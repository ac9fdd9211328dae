package cellsrc

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"github.com/gogil/gogil/cellio"
)

// yaegi v0.16.1 stores a value of a cell type in a variable of a native
// interface type (error, fmt.Stringer) as one of its generated wrappers, a
// struct whose field IValue holds the value (of yaegi's reflect type: an
// unnamed struct for `type timeout struct{...}`, int for `type code int`)
// beside one func field per method. Its type switch compares the wrapper's
// reflect type with the cases', so `case *timeout:` never matches an error
// holding a *timeout and the switch silently takes its default.
//
// Two lowerings fix it, with two helpers of the runner:
//
//   - every non-interface, non-generic type a part declares at its top level
//     is registered by name with its reflect type,
//     `var _ = __gogil.CellType("timeout", (*timeout)(nil))`, so that the
//     runner can tell which cell type a reflect type stands for, or that more
//     than one does;
//   - a type switch whose operand's static type is a native interface with
//     methods, and one of whose cases is a cell type, switches on
//     __gogil.Unbox(operand), the value the wrapper holds, which yaegi's case
//     matches; the runner ends the cell with an error where the reflect type
//     stands for more than one cell type, rather than let yaegi pick one. The
//     clauses that bind the variable at the operand's type (the default, a
//     clause of several types) bind the operand itself.

// CellTypeHelper and UnboxHelper are the runner's helpers of this file.
const (
	CellTypeHelper = "CellType"
	UnboxHelper    = "Unbox"
)

// registerCellTypes appends the registration of the part's top-level
// types. Types declared in function bodies are not registered: a value of
// one that reaches Unbox from a wrapper ends in the runner's error. Each
// registration is an init function, not a `var _ =`: yaegi keeps one
// global _, and a cell whose parts declare types twice (types, then
// statements, then types) compiles both before it runs the first, whose
// _ then depends on the second's ("variable definition loop").
func registerCellTypes(f *File) {
	var regs []ast.Decl
	for _, ts := range topTypeSpecs(f.AST) {
		if ts.Assign.IsValid() || ts.TypeParams != nil || ts.Name.Name == "_" {
			continue
		}
		if _, iface := ts.Type.(*ast.InterfaceType); iface {
			continue
		}
		var extra []ast.Expr
		if plain := plainFields(ts.Type); len(plain) > 0 {
			extra = append(extra, &ast.BasicLit{ValuePos: ts.Name.Pos(), Kind: token.STRING, Value: strconv.Quote(strings.Join(plain, ","))})
		}
		regs = append(regs, typeRegistration(ts, CellTypeHelper, extra...))
	}
	f.AST.Decls = append(f.AST.Decls, regs...)
}

// plainFields names the fields of a struct type whose types are made of
// predeclared types alone (int, []string, map[string]float64): the runner
// prints them by their reflect types. Without them, it could not tell an
// int field from one of a cell type of kind int, which has that reflect
// type too, and refused to print a Point{X, Y int} held in an any where a
// cell declared a Color int with a String method.
func plainFields(t ast.Expr) []string {
	st, ok := t.(*ast.StructType)
	if !ok || st.Fields == nil {
		return nil
	}
	var names []string
	for _, f := range st.Fields.List {
		if !predeclaredOnly(f.Type) {
			continue
		}
		for _, n := range f.Names {
			if n.Name != "_" {
				names = append(names, n.Name)
			}
		}
	}
	return names
}

// predeclaredOnly: the type expression names predeclared types of basic
// kinds alone, in slices, arrays, maps and pointers.
func predeclaredOnly(t ast.Expr) bool {
	switch t := t.(type) {
	case *ast.Ident:
		switch t.Name {
		case "bool", "string", "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64", "uintptr",
			"float32", "float64", "complex64", "complex128", "byte", "rune":
			return true
		}
	case *ast.ArrayType:
		if t.Len != nil {
			if _, ok := t.Len.(*ast.BasicLit); !ok {
				return false
			}
		}
		return predeclaredOnly(t.Elt)
	case *ast.MapType:
		return predeclaredOnly(t.Key) && predeclaredOnly(t.Value)
	case *ast.StarExpr:
		return predeclaredOnly(t.X)
	case *ast.ParenExpr:
		return predeclaredOnly(t.X)
	}
	return false
}

// typeRegistration is func init() { __gogil.helper("T", (*T)(nil),
// extra...) }, which hands the runner the reflect type of the part's type
// T.
func typeRegistration(ts *ast.TypeSpec, helper string, extra ...ast.Expr) ast.Decl {
	pos := ts.Name.Pos()
	id := func(name string) *ast.Ident { return &ast.Ident{NamePos: pos, Name: name} }
	call := helperCall(pos, helper, append([]ast.Expr{
		&ast.BasicLit{ValuePos: pos, Kind: token.STRING, Value: strconv.Quote(ts.Name.Name)},
		&ast.CallExpr{Fun: &ast.ParenExpr{Lparen: pos, X: &ast.StarExpr{Star: pos, X: id(ts.Name.Name)}, Rparen: pos}, Lparen: pos, Args: []ast.Expr{id("nil")}, Rparen: pos},
	}, extra...)...)
	return &ast.FuncDecl{Name: id("init"), Type: &ast.FuncType{Func: pos, Params: &ast.FieldList{}},
		Body: &ast.BlockStmt{Lbrace: pos, List: []ast.Stmt{&ast.ExprStmt{X: call}}, Rbrace: pos}}
}

// mayUnbox is the syntactic test that keeps go/types away: a type switch
// exists and a cell declared a type.
func mayUnbox(file *ast.File, opts Options) bool {
	found := false
	ast.Inspect(file, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.TypeSwitchStmt:
			found = true
		case *ast.GenDecl:
			opts.CellTypes = opts.CellTypes || n.(*ast.GenDecl).Tok == token.TYPE
		}
		return true
	})
	return found && opts.CellTypes
}

// lowerBoxedCases rewrites the type switches described above.
func lowerBoxedCases(f *File, opts Options) *cellio.Error {
	if !mayUnbox(f.AST, opts) {
		return nil
	}
	l := f.typedLowering(opts)
	if l == nil {
		return nil
	}
	l.eachTypeSwitch(f.AST, func(ts *ast.TypeSwitchStmt, label *ast.LabeledStmt, n int) ast.Stmt {
		lowered := l.boxedCases(ts, n)
		if lowered == nil {
			return nil
		}
		if label != nil {
			// The label moves to the switch inside the block, where break
			// and continue find it.
			label.Stmt = lowered.List[len(lowered.List)-1]
			lowered.List[len(lowered.List)-1] = label
		}
		return lowered
	})
	return l.err
}

// boxedOperand: the operand's static type is a native interface with
// methods (a wrapper holds cell values in it) and a case is a cell type.
func (l *typedLowering) boxedOperand(ts *ast.TypeSwitchStmt, operand ast.Expr) bool {
	info := l.t.Info
	tv, ok := info.Types[operand]
	if !ok || tv.Type == nil {
		return false
	}
	it, ok := tv.Type.Underlying().(*types.Interface)
	var pkg *types.Package
	if !ok || it.Empty() || l.mentionsCellType(tv.Type, &pkg) {
		return false
	}
	cell := false
	for _, c := range ts.Body.List {
		for _, x := range c.(*ast.CaseClause).List {
			ct, ok := info.Types[x]
			switch {
			case !ok:
				return false
			case ct.IsNil():
			case types.IsInterface(ct.Type):
				// yaegi matches an interface case against the wrapper, not
				// against what it holds; nativecase.go decides native ones.
				return false
			case l.mentionsCellType(ct.Type, &pkg):
				cell = true
			}
		}
	}
	return cell
}

func (l *typedLowering) boxedCases(ts *ast.TypeSwitchStmt, n int) *ast.BlockStmt {
	var operand ast.Expr
	var bound *ast.Ident
	switch a := ts.Assign.(type) {
	case *ast.ExprStmt:
		operand = a.X.(*ast.TypeAssertExpr).X
	case *ast.AssignStmt:
		bound = a.Lhs[0].(*ast.Ident)
		operand = a.Rhs[0].(*ast.TypeAssertExpr).X
	default:
		return nil
	}
	if !l.boxedOperand(ts, operand) {
		return nil
	}
	pos := ts.Pos()
	id := func(name string) *ast.Ident { return &ast.Ident{NamePos: pos, Name: name} }
	vName := fmt.Sprintf("__gogil_ubv%d", n)
	tName := fmt.Sprintf("__gogil_ubt%d", n)
	var block []ast.Stmt
	if ts.Init != nil {
		block = append(block, ts.Init)
	}
	block = append(block, &ast.AssignStmt{Lhs: []ast.Expr{id(vName)}, TokPos: pos, Tok: token.DEFINE, Rhs: []ast.Expr{operand}})
	unbox := &ast.CallExpr{Fun: &ast.SelectorExpr{X: id(RuntimeAlias), Sel: id(UnboxHelper)}, Lparen: pos, Args: []ast.Expr{id(vName)}, Rparen: pos}
	ts.Init = nil
	ts.Assign = &ast.AssignStmt{Lhs: []ast.Expr{id(tName)}, TokPos: pos, Tok: token.DEFINE, Rhs: []ast.Expr{&ast.TypeAssertExpr{X: unbox, Lparen: pos, Rparen: pos}}}
	for _, c := range ts.Body.List {
		cc := c.(*ast.CaseClause)
		use := &ast.AssignStmt{Lhs: []ast.Expr{id("_")}, TokPos: pos, Tok: token.ASSIGN, Rhs: []ast.Expr{id(tName)}}
		pre := []ast.Stmt{use}
		if bound != nil {
			from := id(vName)
			if len(cc.List) == 1 {
				if tv, ok := l.t.Info.Types[cc.List[0]]; ok && !tv.IsNil() {
					from = id(tName)
				}
			}
			x := &ast.Ident{NamePos: bound.NamePos, Name: bound.Name}
			pre = append(pre,
				&ast.AssignStmt{Lhs: []ast.Expr{x}, TokPos: pos, Tok: token.DEFINE, Rhs: []ast.Expr{from}},
				&ast.AssignStmt{Lhs: []ast.Expr{id("_")}, TokPos: pos, Tok: token.ASSIGN, Rhs: []ast.Expr{id(bound.Name)}})
		}
		cc.Body = append(pre, cc.Body...)
	}
	block = append(block, ts)
	return &ast.BlockStmt{Lbrace: pos, List: block, Rbrace: ts.End()}
}
