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

	"github.com/gogil/gogil/cellio"
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
// no local alias in a generic function), needs care only when a second
// literal of the same generic type in the part could share its node (one
// alone compiles right): a literal of a struct type is then built by a
// generic function the part declares, which sets the literal's fields on
// a variable of the instance (instanceBuilders; tutorials' generic caches
// write &entry[K, V]{key, value} in each method); one of another type is
// refused.
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
	built := map[*ast.CompositeLit]bool{}
	for _, lit := range lits {
		tv, ok := t.Info.Types[lit.Type]
		if !ok || tv.Type == nil {
			continue
		}
		if mentionsLocalType(tv.Type, map[types.Type]bool{}) {
			generic := types.ExprString(lit.Type.(*ast.IndexListExpr).X)
			if perGeneric[generic] > 1 && canBuild(tv.Type, lit) {
				built[lit] = true
				continue
			}
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
	if len(built) > 0 {
		return instanceBuilders(f, t, built)
	}
	return nil
}

// canBuild tells whether a builder can make the literal lit of the
// instance t: a struct whose fields the literal names or lists.
func canBuild(t types.Type, lit *ast.CompositeLit) bool {
	named, ok := t.(*types.Named)
	if !ok {
		return false
	}
	st, ok := named.Origin().Underlying().(*types.Struct)
	if !ok {
		return false
	}
	for _, el := range lit.Elts {
		kv, ok := el.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		if _, ok := kv.Key.(*ast.Ident); !ok {
			return false
		}
	}
	return len(lit.Elts) == 0 || len(lit.Elts) == st.NumFields() || isKeyed(lit)
}

func isKeyed(lit *ast.CompositeLit) bool {
	_, ok := lit.Elts[0].(*ast.KeyValueExpr)
	return ok
}

// instanceBuilders replaces each literal of built, G[K, V]{k, v} (or
// &G[K, V]{...}), by a call of a builder the part declares,
// __gogil_buildB_N[K, V](k, v): a generic function of G's type
// parameters whose parameters are the fields the literal sets, in its
// order, and whose body declares a G[K, V] and sets them (returning its
// address for &). The type arguments stay the literal's own expressions.
func instanceBuilders(f *File, t *Types, built map[*ast.CompositeLit]bool) *cellio.Error {
	type builder struct {
		lit     *ast.CompositeLit
		call    *ast.CallExpr
		pointer bool
	}
	var builders []*builder
	byCall := map[*ast.CallExpr]*builder{}
	replaceExprs(f.AST, func(x ast.Expr) ast.Expr {
		switch x := x.(type) {
		case *ast.CompositeLit:
			if !built[x] {
				return x
			}
			index := x.Type.(*ast.IndexListExpr)
			name := "__gogil_build" + strconv.Itoa(f.base) + "_" + strconv.Itoa(len(builders))
			call := &ast.CallExpr{
				Fun:    &ast.IndexListExpr{X: &ast.Ident{Name: name, NamePos: x.Pos()}, Lbrack: index.Lbrack, Indices: index.Indices, Rbrack: index.Rbrack},
				Lparen: x.Lbrace, Rparen: x.Rbrace,
			}
			for _, el := range x.Elts {
				if kv, ok := el.(*ast.KeyValueExpr); ok {
					el = kv.Value
				}
				call.Args = append(call.Args, el)
			}
			b := &builder{lit: x, call: call}
			builders = append(builders, b)
			byCall[call] = b
			return call
		case *ast.UnaryExpr:
			if call, ok := x.X.(*ast.CallExpr); ok && x.Op == token.AND && byCall[call] != nil {
				byCall[call].pointer = true
				return call
			}
		}
		return x
	})
	// Before the part's other declarations: a package-level alias of an
	// instance (the registration of cell types, or this pass's own)
	// compiles the instance's methods where it is declared, and a method
	// that calls a function declared below that point loses its body,
	// "undefined selector" where it is called.
	first := 0
	for first < len(f.AST.Decls) {
		if gd, ok := f.AST.Decls[first].(*ast.GenDecl); !ok || gd.Tok != token.IMPORT {
			break
		}
		first++
	}
	var decls []ast.Decl
	for i, b := range builders {
		named := t.Info.Types[b.lit.Type].Type.(*types.Named)
		decl, err := builderDecl(t, named.Origin(), b.lit, "__gogil_build"+strconv.Itoa(f.base)+"_"+strconv.Itoa(i), b.pointer)
		if err != "" {
			return f.compileError(b.lit, "gogil cannot run two composite literals of %s when one names a type parameter or a type declared in a function (its interpreter shares one node among them), and cannot build this one another way: %s", named.Obj().Name(), err)
		}
		placeAt(decl, b.lit.Pos())
		decls = append(decls, decl)
	}
	f.AST.Decls = slices.Insert(f.AST.Decls, first, decls...)
	return nil
}

// builderDecl writes the builder of lit, a literal of an instance of the
// generic struct type generic.
func builderDecl(t *Types, generic *types.Named, lit *ast.CompositeLit, name string, pointer bool) (*ast.FuncDecl, string) {
	unnamed := ""
	typeString := func(typ types.Type) string {
		return types.TypeString(typ, func(p *types.Package) string {
			n, ok := t.Qualifier(p)
			if !ok && unnamed == "" {
				unnamed = p.Path()
			}
			return n
		})
	}
	st := generic.Underlying().(*types.Struct)
	var params, args []string
	for i := range generic.TypeParams().Len() {
		tp := generic.TypeParams().At(i)
		params = append(params, tp.Obj().Name()+" "+typeString(tp.Constraint()))
		args = append(args, tp.Obj().Name())
	}
	instance := generic.Obj().Name() + "[" + strings.Join(args, ", ") + "]"
	var fields, sets []string
	for i, el := range lit.Elts {
		field := st.Field(i)
		if kv, ok := el.(*ast.KeyValueExpr); ok {
			key := kv.Key.(*ast.Ident).Name
			for j := range st.NumFields() {
				if st.Field(j).Name() == key {
					field = st.Field(j)
				}
			}
		}
		p := "__gogil_f" + strconv.Itoa(i)
		fields = append(fields, p+" "+typeString(field.Type()))
		sets = append(sets, "\tx."+field.Name()+" = "+p+"\n")
	}
	result, ret := instance, "x"
	if pointer {
		result, ret = "*"+instance, "&x"
	}
	src := "package p\nfunc " + name + "[" + strings.Join(params, ", ") + "](" + strings.Join(fields, ", ") + ") " + result + " {\n\tvar x " + instance + "\n" + strings.Join(sets, "") + "\treturn " + ret + "\n}\n"
	if unnamed != "" {
		return nil, fmt.Sprintf("import %q in the cell", unnamed)
	}
	file, err := parser.ParseFile(token.NewFileSet(), "", src, 0)
	if err != nil {
		return nil, err.Error()
	}
	return file.Decls[0].(*ast.FuncDecl), ""
}
