package cellsrc

import (
	"go/ast"
	"go/types"
	"sort"
	"strings"
)

// A comma-ok assertion of a library value to an interface written in a
// cell (ifaceassert.go) is one the interpreter cannot decide: it sees no
// methods of library values against its own interfaces. The documented
// idioms of package errors assert that way
// (`u, ok := err.(interface{ Unwrap() []error })` for errors.Join's
// value, `interface{ Unwrap() error }`, `interface{ Timeout() bool }`),
// and so do tutorials for fmt.Stringer's and runtime.Error's method sets
// (`v.(interface{ String() string })`, a recovered value asserted to
// `interface{ RuntimeError() }`), so for those method sets the runner declares a library interface of
// the same methods (NativeShapes), which the interpreter matches a
// library value against with reflect; the assertion's switch gets a case
// of it after the cell interface's own. A value it matches goes into
// the cell interface as it is: its dynamic type, methods and printing
// are the library value's. A type switch's case of such a method set
// is the runner's TypeCase's to answer for a library value, in that
// case's place among the clauses (nativecase.go). Any other method set
// still ends on the runner's refusal (NativeMatch).

// NativeShapes names, for each method set the runner declares a library
// interface of, that interface's name in the runner's package. A key is
// the interface's methods, sorted, each as "Name func(params) results".
var NativeShapes = map[string]string{
	"Unwrap func() []error":                    "UnwrapErrors",
	"Unwrap func() error":                      "UnwrapError",
	"Timeout func() bool":                      "Timeouter",
	"Temporary func() bool":                    "Temporaryer",
	"String func() string":                     "Stringer",
	"RuntimeError func()":                      "RuntimeErrorer",
	"Error func() string; RuntimeError func()": "RuntimeError",
}

// nativeShape is the runner's interface of it's method set, if it
// declares one.
func nativeShape(it *types.Interface) (string, bool) {
	var methods []string
	for i := range it.NumMethods() {
		m := it.Method(i)
		methods = append(methods, m.Name()+" "+types.TypeString(m.Type(), func(p *types.Package) string { return p.Path() }))
	}
	sort.Strings(methods)
	name, ok := NativeShapes[strings.Join(methods, "; ")]
	return name, ok
}

// nativeShapeCase is the case clause of the runner's interface for the
// method set of it, with body; nil when the runner declares none.
func nativeShapeCase(it *types.Interface, pos ast.Node, body []ast.Stmt) *ast.CaseClause {
	name, ok := nativeShape(it)
	if !ok {
		return nil
	}
	at := pos.Pos()
	return &ast.CaseClause{Case: at, List: []ast.Expr{&ast.SelectorExpr{X: &ast.Ident{NamePos: at, Name: RuntimeAlias}, Sel: &ast.Ident{NamePos: at, Name: name}}}, Body: body}
}

// shapeCases names the runner's interfaces that sw has cases of.
func shapeCases(sw *ast.TypeSwitchStmt) map[string]bool {
	var names map[string]bool
	for _, c := range sw.Body.List {
		for _, x := range c.(*ast.CaseClause).List {
			if sel, ok := x.(*ast.SelectorExpr); ok && isIdent(sel.X, RuntimeAlias) {
				if names == nil {
					names = map[string]bool{}
				}
				names[sel.Sel.Name] = true
			}
		}
	}
	return names
}

// PutsLibraryValuesInCellInterfaces: the lowering wrote a case of one of
// the runner's interfaces, through which a cell interface may hold a
// library value.
func (f *File) PutsLibraryValuesInCellInterfaces() bool { return f.shapeCases }
