package cellsrc

import (
	"go/ast"
	"go/token"
	"slices"
	"strconv"
)

// yaegi v0.16.1 gives a struct type declared in a function body the same
// unnamed reflect type as a struct literal type of its shape, so the
// runner cannot say which one a value is of: encoding/json's error names
// `type config struct{...}` declared in main as "config" and
// `var cfg struct{...}` as "", and both reach the runner as one reflect
// type. Each declaration of a type in a function body is therefore
// followed by __gogil.LocalType("T", (*T)(nil)), which hands the runner
// its name and reflect type when the declaration runs, before any value of
// it exists. A reflect type no cell type, top-level or local, was
// registered with is then a struct literal type's, while no cell declared
// generic code.

// LocalTypeHelper is the runner's helper of this file.
const LocalTypeHelper = "LocalType"

// registerLocalTypes writes the registrations after every declaration of
// types in a statement list (a function body, or a block in one) outside
// generic code, whose types may use the type parameters; the runner
// knows that it cannot name them all once a part declares generic code
// (DeclaresGenericCode).
func registerLocalTypes(f *File) {
	f.localTypes = DeclaresLocalType(f.AST)
	for _, d := range f.AST.Decls {
		if genericFunc(d) {
			continue
		}
		ast.Inspect(d, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.BlockStmt:
				n.List = withLocalTypes(n.List)
			case *ast.CaseClause:
				n.Body = withLocalTypes(n.Body)
			case *ast.CommClause:
				n.Body = withLocalTypes(n.Body)
			}
			return true
		})
	}
}

// DeclaresLocalTypes: the part declares a type in a function body, generic
// or not (the session's printing of interfaces then types later parts,
// localnames.go). Known from the pass, which runs only on a part that
// declares a type.
func (f *File) DeclaresLocalTypes() bool { return f.localTypes }

// DeclaresGenericCode: the part declares a generic function or a method
// of a generic type, which may declare types of its type parameters, or
// name instances of generic cell types with them (Box[T]): the reflect
// types of values it makes may be of types no registration names.
func (f *File) DeclaresGenericCode() bool {
	return slices.ContainsFunc(f.AST.Decls, genericFunc)
}

// genericFunc: d is a generic function or a method of a generic type.
func genericFunc(d ast.Decl) bool {
	fd, ok := d.(*ast.FuncDecl)
	if !ok {
		return false
	}
	if fd.Recv != nil && len(fd.Recv.List) == 1 {
		if _, params := genericReceiver(ast.Unparen(fd.Recv.List[0].Type)); params > 0 {
			return true
		}
	}
	return fd.Type.TypeParams != nil
}

// withLocalTypes is list with the registrations of the types a statement
// of it declares after that statement.
func withLocalTypes(list []ast.Stmt) []ast.Stmt {
	var out []ast.Stmt
	for i, s := range list {
		regs := localTypeRegistrations(s)
		switch {
		case len(regs) > 0 && out == nil:
			out = append(append(make([]ast.Stmt, 0, len(list)+len(regs)), list[:i+1]...), regs...)
		case len(regs) > 0:
			out = append(append(out, s), regs...)
		case out != nil:
			out = append(out, s)
		}
	}
	if out == nil {
		return list
	}
	return out
}

// localTypeRegistrations are the registrations of the types s declares,
// if it is a declaration of types: not of aliases or interfaces, whose
// values are of other types.
func localTypeRegistrations(s ast.Stmt) []ast.Stmt {
	ds, ok := s.(*ast.DeclStmt)
	if !ok {
		return nil
	}
	gd, ok := ds.Decl.(*ast.GenDecl)
	if !ok || gd.Tok != token.TYPE {
		return nil
	}
	var regs []ast.Stmt
	for _, spec := range gd.Specs {
		ts, ok := spec.(*ast.TypeSpec)
		if !ok || ts.Assign.IsValid() || ts.TypeParams != nil || ts.Name.Name == "_" {
			continue
		}
		if _, iface := ts.Type.(*ast.InterfaceType); iface {
			continue
		}
		pos := ts.Name.Pos()
		id := func(name string) *ast.Ident { return &ast.Ident{NamePos: pos, Name: name} }
		ptr := &ast.CallExpr{Fun: &ast.ParenExpr{Lparen: pos, X: &ast.StarExpr{Star: pos, X: id(ts.Name.Name)}, Rparen: pos}, Lparen: pos, Args: []ast.Expr{id("nil")}, Rparen: pos}
		regs = append(regs, &ast.ExprStmt{X: helperCall(pos, LocalTypeHelper,
			&ast.BasicLit{ValuePos: pos, Kind: token.STRING, Value: strconv.Quote(ts.Name.Name)}, ptr)})
	}
	return regs
}
