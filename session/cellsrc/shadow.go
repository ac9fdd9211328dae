package cellsrc

import (
	"go/ast"
	"go/token"
	"strconv"
)

// yaegi gives every variable declared at the top level of a cell's
// statements one global per name, in nested blocks too: a declaration that
// shadows a variable of an enclosing block (`for i := 0; i < 3; i++ { i :=
// i }`, or `x := 1` then `{ x := 2 }`) is the same variable as the one it
// shadows. The loop then never ends, or the outer variable silently takes
// the inner value. RenameTopLevelShadows gives each such declaration, and
// the names that refer to it, a hidden name of its own, which is what Go's
// scopes make of it. Function literals have scopes of their own in yaegi:
// what they declare keeps its name (but still hides an outer name from the
// literal's body).
//
// Siblings are one variable too: after `for i := 0; i < n; i++ {}` at the
// top level, a later block's `i :=` (the per-iteration copy of a loop
// variable a goroutine captures, say) wrote that global, so every
// goroutine of the loop saw one i. So a nested declaration of a name that
// an earlier nested declaration of the part, or of an earlier part
// (NestedNames), declared is renamed as well.
const shadowPrefix = "__gogil_s"

// RenameTopLevelShadows renames the shadowing declarations in body, the
// statements of a cell. isGlobal, if not nil, says which names earlier
// cells declared (a nested declaration of one shadows it), at the top level
// or in a nested block.
func RenameTopLevelShadows(body *ast.BlockStmt, isGlobal func(string) bool) {
	s := &shadows{isGlobal: isGlobal, nested: map[string]bool{}}
	s.push()
	for _, st := range body.List {
		s.stmt(st)
	}
}

type shadows struct {
	scopes   []map[string]string // name -> the name it is written as
	inFunc   int                 // depth of function literals
	isGlobal func(string) bool
	nested   map[string]bool // names declared in nested blocks so far, as the user wrote them
	count    int
}

func (s *shadows) push() { s.scopes = append(s.scopes, map[string]string{}) }
func (s *shadows) pop()  { s.scopes = s.scopes[:len(s.scopes)-1] }

func (s *shadows) lookup(name string) (string, bool) {
	for i := len(s.scopes) - 1; i >= 0; i-- {
		if to, ok := s.scopes[i][name]; ok {
			return to, true
		}
	}
	return "", false
}

// declare enters id into the innermost scope, renaming it when it shadows
// a name of an enclosing scope at the cell's top level.
func (s *shadows) declare(id *ast.Ident) {
	if id == nil || id.Name == "_" {
		return
	}
	name := id.Name
	top := s.scopes[len(s.scopes)-1]
	if s.inFunc == 0 && len(s.scopes) > 1 {
		if _, ok := s.lookup(name); ok || s.nested[name] || (s.isGlobal != nil && s.isGlobal(name)) {
			// Numbered by position, unique in the session's file set: a
			// number per part made two parts' hidden names one global.
			number := strconv.Itoa(int(id.Pos()))
			if !id.Pos().IsValid() {
				s.count++
				number = "n" + strconv.Itoa(s.count)
			}
			id.Name = shadowPrefix + number + "_" + name
		}
		s.nested[name] = true
	}
	top[name] = id.Name
}

// use renames a reference to a renamed declaration.
func (s *shadows) use(id *ast.Ident) {
	if to, ok := s.lookup(id.Name); ok {
		id.Name = to
	}
}

func (s *shadows) block(b *ast.BlockStmt) {
	if b == nil {
		return
	}
	s.push()
	for _, st := range b.List {
		s.stmt(st)
	}
	s.pop()
}

func (s *shadows) stmt(st ast.Stmt) {
	switch st := st.(type) {
	case nil:
	case *ast.BlockStmt:
		s.block(st)
	case *ast.LabeledStmt:
		s.stmt(st.Stmt)
	case *ast.AssignStmt:
		for _, x := range st.Rhs {
			s.expr(x)
		}
		if st.Tok != token.DEFINE {
			for _, x := range st.Lhs {
				s.expr(x)
			}
			return
		}
		top := s.scopes[len(s.scopes)-1]
		for _, x := range st.Lhs {
			id, ok := x.(*ast.Ident)
			if !ok {
				continue
			}
			if _, redeclared := top[id.Name]; redeclared {
				s.use(id) // := assigns the names its scope has already
			} else {
				s.declare(id)
			}
		}
	case *ast.DeclStmt:
		gd, ok := st.Decl.(*ast.GenDecl)
		if !ok {
			return
		}
		for _, spec := range gd.Specs {
			switch sp := spec.(type) {
			case *ast.ValueSpec:
				s.expr(sp.Type)
				for _, v := range sp.Values {
					s.expr(v)
				}
				for _, n := range sp.Names {
					s.declare(n)
				}
			case *ast.TypeSpec:
				// Types keep their names: only variables are globals.
				s.scopes[len(s.scopes)-1][sp.Name.Name] = sp.Name.Name
				s.expr(sp.Type)
			}
		}
	case *ast.IfStmt:
		s.push()
		s.stmt(st.Init)
		s.expr(st.Cond)
		s.block(st.Body)
		s.stmt(st.Else)
		s.pop()
	case *ast.ForStmt:
		s.push()
		s.stmt(st.Init)
		s.expr(st.Cond)
		s.stmt(st.Post)
		s.block(st.Body)
		s.pop()
	case *ast.RangeStmt:
		s.expr(st.X)
		s.push()
		for _, x := range []ast.Expr{st.Key, st.Value} {
			if id, ok := x.(*ast.Ident); ok && st.Tok == token.DEFINE {
				s.declare(id)
			} else {
				s.expr(x)
			}
		}
		s.block(st.Body)
		s.pop()
	case *ast.SwitchStmt:
		s.push()
		s.stmt(st.Init)
		s.expr(st.Tag)
		s.clauses(st.Body, "", nil)
		s.pop()
	case *ast.TypeSwitchStmt:
		s.push()
		s.stmt(st.Init)
		var bound *ast.Ident
		switch a := st.Assign.(type) {
		case *ast.AssignStmt:
			s.expr(a.Rhs[0])
			bound, _ = a.Lhs[0].(*ast.Ident)
		case *ast.ExprStmt:
			s.expr(a.X)
		}
		written := ""
		if bound != nil {
			// One name for the variable of every clause.
			written = bound.Name
			s.push()
			s.declare(bound)
			s.pop()
		}
		s.clauses(st.Body, written, bound)
		s.pop()
	case *ast.SelectStmt:
		s.clauses(st.Body, "", nil)
	case *ast.ExprStmt:
		s.expr(st.X)
	case *ast.SendStmt:
		s.expr(st.Chan)
		s.expr(st.Value)
	case *ast.IncDecStmt:
		s.expr(st.X)
	case *ast.GoStmt:
		s.expr(st.Call)
	case *ast.DeferStmt:
		s.expr(st.Call)
	case *ast.ReturnStmt:
		for _, x := range st.Results {
			s.expr(x)
		}
	}
}

// clauses walks the clauses of a switch or select; bound is the variable
// of a type switch (written as the user wrote it), declared in each clause
// under its new name.
func (s *shadows) clauses(body *ast.BlockStmt, written string, bound *ast.Ident) {
	for _, c := range body.List {
		s.push()
		switch c := c.(type) {
		case *ast.CaseClause:
			for _, x := range c.List {
				s.expr(x)
			}
			if bound != nil {
				s.scopes[len(s.scopes)-1][written] = bound.Name
			}
			for _, st := range c.Body {
				s.stmt(st)
			}
		case *ast.CommClause:
			s.stmt(c.Comm)
			for _, st := range c.Body {
				s.stmt(st)
			}
		}
		s.pop()
	}
}

// expr renames the references in x, entering function literals with a
// scope of their own.
func (s *shadows) expr(x ast.Expr) {
	if x == nil {
		return
	}
	ast.Inspect(x, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Ident:
			s.use(n)
		case *ast.SelectorExpr:
			s.expr(n.X)
			return false
		case *ast.Field:
			s.expr(n.Type) // field and parameter names are not references
			return false
		case *ast.CompositeLit:
			s.expr(n.Type)
			keyed := false
			switch n.Type.(type) {
			case *ast.MapType, *ast.ArrayType:
				keyed = true
			}
			for _, e := range n.Elts {
				if kv, ok := e.(*ast.KeyValueExpr); ok {
					if _, isName := kv.Key.(*ast.Ident); keyed || !isName {
						s.expr(kv.Key) // a struct literal's keys are fields
					}
					s.expr(kv.Value)
					continue
				}
				s.expr(e)
			}
			return false
		case *ast.FuncLit:
			s.funcLit(n)
			return false
		}
		return true
	})
}

func (s *shadows) funcLit(lit *ast.FuncLit) {
	s.inFunc++
	s.push()
	for _, fl := range []*ast.FieldList{lit.Type.Params, lit.Type.Results} {
		if fl == nil {
			continue
		}
		for _, f := range fl.List {
			s.expr(f.Type)
			for _, n := range f.Names {
				s.declare(n)
			}
		}
	}
	s.block(lit.Body)
	s.pop()
	s.inFunc--
}

// NestedNames are the names the statements of body, a cell's statement
// part, declare below its top level outside function literals (a loop's
// variables, a := in an if body): yaegi makes them globals as well, which a
// later part's nested declaration of one of them must not reuse (the
// runner answers for them through Options.Global).
func NestedNames(body *ast.BlockStmt) []string {
	var names []string
	add := func(xs ...ast.Expr) {
		for _, x := range xs {
			if id, ok := x.(*ast.Ident); ok && id.Name != "_" {
				names = append(names, id.Name)
			}
		}
	}
	for _, st := range body.List {
		switch st.(type) {
		case *ast.AssignStmt, *ast.DeclStmt:
			continue // the top level's own (File.Defined)
		}
		ast.Inspect(st, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.AssignStmt:
				if n.Tok == token.DEFINE {
					add(n.Lhs...)
				}
			case *ast.RangeStmt:
				if n.Tok == token.DEFINE {
					add(n.Key, n.Value)
				}
			case *ast.ValueSpec:
				for _, id := range n.Names {
					add(id)
				}
			}
			return true
		})
	}
	return names
}
