package cellsrc

import (
	"go/ast"

	"github.com/gogil/gogil/cellio"
	"go/token"
	"go/types"
	"strconv"
)

// yaegi v0.16.1 compiles a composite literal whose type is an instance of
// a generic type of several type parameters, Pair[string, int]{"a", 1},
// by sharing one node of the instance's type among all such literals: the
// second one rewires the first, which then builds a zero value and jumps
// over the statements between the two, silently (fmt.Println(Pair[int,
// int]{1, 2}, Pair[int, int]{3, 4}) prints {0 0} {3 4}). A literal of the
// same instance named by an alias compiles right. lowerInstanceLiterals
// names each such instance by a package-level alias the part declares,
// __gogil_litB_N = Pair[string, int]. An instance of a local type or of a
// type parameter, which no package-level alias can name (and yaegi finds
// no local alias in a generic function), is refused when a second literal
// of the same generic type in the part could share its node; one alone
// compiles right.
func lowerInstanceLiterals(f *File, opts Options) *cellio.Error {
	var lits []*ast.CompositeLit
	ast.Inspect(f.AST, func(n ast.Node) bool {
		if lit, ok := n.(*ast.CompositeLit); ok {
			if _, ok := lit.Type.(*ast.IndexListExpr); ok {
				lits = append(lits, lit)
			}
		}
		return true
	})
	if len(lits) == 0 {
		return nil
	}
	t := f.types(opts)
	if t == nil || t.Info == nil {
		return nil
	}
	perGeneric := map[string]int{}
	for _, lit := range lits {
		perGeneric[types.ExprString(lit.Type.(*ast.IndexListExpr).X)]++
	}
	aliases := map[string]string{}
	for _, lit := range lits {
		tv, ok := t.Info.Types[lit.Type]
		if !ok || tv.Type == nil {
			continue
		}
		if mentionsLocalType(tv.Type, map[types.Type]bool{}) {
			generic := types.ExprString(lit.Type.(*ast.IndexListExpr).X)
			if perGeneric[generic] > 1 {
				return f.compileError(lit, "gogil cannot run two composite literals of %s (here %s{...}) when one names a type parameter or a type declared in a function: its interpreter shares one node among them and builds a zero value, so it refuses; declare the instance once with a package-level type (type pairSI = %s[string, int]) or build the second value from the first",
					generic, types.ExprString(lit.Type), generic)
			}
			continue
		}
		key := types.TypeString(tv.Type, nil)
		name, ok := aliases[key]
		if !ok {
			name = "__gogil_lit" + strconv.Itoa(f.base) + "_" + strconv.Itoa(len(aliases))
			aliases[key] = name
			spec := &ast.TypeSpec{Name: ast.NewIdent(name), Assign: lit.Type.Pos(), Type: lit.Type}
			f.AST.Decls = append(f.AST.Decls, &ast.GenDecl{Tok: token.TYPE, Specs: []ast.Spec{spec}})
		}
		lit.Type = &ast.Ident{Name: name, NamePos: lit.Type.Pos()}
	}
	return nil
}
