package cellsrc

import (
	"fmt"
	"go/ast"
	"go/token"
	"reflect"
)

// yaegi compiles a cell's statements as its global scope, and two of its
// paths for a := of several names from one expression (a "define-X") are
// wrong there:
//
//   - at the top level its global type analysis gives the names of a
//     comma-ok form (m[k], <-ch, x.(T)) the type of an expression it has not
//     typed yet, and fails with "nil type";
//   - in a nested block (a loop or if body at the top level) it skips the
//     statement, taking it for a global the analysis already declared, and
//     the names are undefined ("undefined: r").
//
// A := of one name, an assignment of several, and every form inside a
// function body are right. RewriteTopLevelDefines rewrites into those.

// RewriteTopLevelDefines rewrites the define-X statements of body, a
// statement part's wrapper, that yaegi compiles wrongly:
//
//   - a top-level `v, ok := e` of a comma-ok form becomes
//     `ok := false; goto L; v := e; L: v, ok = e`: the := of v, which never
//     runs, gives v the type of e for yaegi's analysis (v is a global that
//     later cells see), and e is evaluated once, by the assignment;
//   - a top-level compound statement (for, if, switch, select, block) with
//     a define-X anywhere inside it, its own init included, or a type
//     switch that binds a variable (switch v := x.(type)), runs in a
//     function literal called at once, `func() { stmt }()`, where yaegi
//     compiles it as a function body. The names it defines are local to
//     it in Go too. A goto that leaves the statement returns a number from
//     the literal, which a switch around the call turns back into the
//     goto; a goto to the statement's own label stays outside, the label
//     staying on the statement inside for its break and continue
//     (inLiteralGotos).
//
// Top-level defer statements must already be rewritten (RewriteDefer): in
// a function literal a defer would run at its end.
func RewriteTopLevelDefines(body *ast.BlockStmt) {
	if body == nil {
		return
	}
	gotos := gotoLabels(body)
	var out []ast.Stmt
	changed := false
	for _, st := range body.List {
		if as, ok := st.(*ast.AssignStmt); ok && commaOk(as) {
			out = append(out, expandCommaOk(as, len(out))...)
			changed = true
			continue
		}
		if nestedDefineX(st) {
			if wrapped, ok := inLiteralGotos(st, gotos); ok {
				out = append(out, wrapped)
				changed = true
				continue
			}
		}
		out = append(out, st)
	}
	if changed {
		body.List = out
	}
}

// commaOk reports a `v, ok := e` whose e is a map index, a receive or a
// type assertion.
func commaOk(as *ast.AssignStmt) bool {
	if as.Tok != token.DEFINE || len(as.Lhs) != 2 || len(as.Rhs) != 1 {
		return false
	}
	for _, l := range as.Lhs {
		if _, ok := l.(*ast.Ident); !ok {
			return false
		}
	}
	switch e := ast.Unparen(as.Rhs[0]).(type) {
	case *ast.IndexExpr:
		return true
	case *ast.UnaryExpr:
		return e.Op == token.ARROW
	case *ast.TypeAssertExpr:
		return e.Type != nil
	}
	return false
}

// expandCommaOk writes the form of a top-level comma-ok := that yaegi
// types right (see RewriteTopLevelDefines); n makes the label unique in
// the part.
func expandCommaOk(as *ast.AssignStmt, n int) []ast.Stmt {
	pos := as.Pos()
	ident := func(name string) *ast.Ident { return &ast.Ident{NamePos: pos, Name: name} }
	value, ok := as.Lhs[0].(*ast.Ident), as.Lhs[1].(*ast.Ident)
	var out []ast.Stmt
	if ok.Name != "_" {
		out = append(out, &ast.AssignStmt{Lhs: []ast.Expr{ok}, TokPos: as.TokPos, Tok: token.DEFINE, Rhs: []ast.Expr{ident("false")}})
	}
	if value.Name == "_" {
		// yaegi's global `_, ok = <-ch` sets the received value into
		// another global ("reflect.Set: value of type int is not
		// assignable to type chan int"): a hidden variable takes it.
		value = ident(fmt.Sprintf("__gogil_blank%d", n))
	}
	assign := &ast.AssignStmt{Lhs: []ast.Expr{ident(value.Name), ident(ok.Name)}, TokPos: as.TokPos, Tok: token.ASSIGN, Rhs: as.Rhs}
	label := ident(fmt.Sprintf("__gogil_typed%d", n))
	return append(out,
		&ast.BranchStmt{TokPos: pos, Tok: token.GOTO, Label: label},
		&ast.AssignStmt{Lhs: []ast.Expr{value}, TokPos: as.TokPos, Tok: token.DEFINE, Rhs: as.Rhs},
		&ast.LabeledStmt{Label: ident(label.Name), Colon: pos, Stmt: assign},
	)
}

// nestedDefineX reports whether st, a top-level statement, holds a
// define-X of several names from one expression below its own level,
// outside function literals. The receive of a select case is compiled
// right and does not count.
func nestedDefineX(st ast.Stmt) bool {
	if l, ok := st.(*ast.LabeledStmt); ok {
		st = l.Stmt
	}
	if _, ok := st.(*ast.AssignStmt); ok {
		return false // the top level itself: yaegi's analysis declares it
	}
	found := false
	ast.Inspect(st, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.AssignStmt:
			if n.Tok == token.DEFINE && len(n.Lhs) > 1 && len(n.Rhs) == 1 {
				found = true
			}
		case *ast.TypeSwitchStmt:
			// A bound `v := x.(type)` is one too: yaegi's global analysis
			// fails on it with an index out of range.
			_, found = n.Assign.(*ast.AssignStmt)
		}
		return !found
	})
	return found
}

// RewriteMapCommaOk completes every `v, ok = m[k]` and `v, ok := m[k]` in
// the statement lists under n (function bodies included) with
// `if !ok { v = m[k] }`: yaegi leaves v as it was when k is missing, where
// Go sets it to the zero value, which a single-value m[k] gives. A
// variable := declares in a loop body keeps its value from the iteration
// before, so without this a missing key would silently show the last
// value found. m, k and v are evaluated again only when k is missing, and
// only when that has no effect (no call, no receive); `v, _ = m[k]` is
// v = m[k]. An if, for or switch init is left as it is.
func RewriteMapCommaOk(n ast.Node) {
	eachList(n, func(list []ast.Stmt) []ast.Stmt {
		var out []ast.Stmt
		for _, st := range list {
			out = append(out, st)
			as := st
			if l, ok := st.(*ast.LabeledStmt); ok {
				as = l.Stmt
			}
			a, ok := as.(*ast.AssignStmt)
			if !ok || len(a.Lhs) != 2 || len(a.Rhs) != 1 || (a.Tok != token.ASSIGN && a.Tok != token.DEFINE) {
				continue
			}
			index, ok := ast.Unparen(a.Rhs[0]).(*ast.IndexExpr)
			if !ok || !pure(index) || !pure(a.Lhs[0]) || isBlank(a.Lhs[0]) {
				continue
			}
			if isBlank(a.Lhs[1]) {
				a.Lhs = a.Lhs[:1]
				continue
			}
			status, ok := a.Lhs[1].(*ast.Ident)
			if !ok {
				continue
			}
			pos := a.Pos()
			out = append(out, &ast.IfStmt{
				If:   pos,
				Cond: &ast.UnaryExpr{OpPos: pos, Op: token.NOT, X: &ast.Ident{NamePos: pos, Name: status.Name}},
				Body: &ast.BlockStmt{Lbrace: pos, Rbrace: pos, List: []ast.Stmt{
					&ast.AssignStmt{Lhs: []ast.Expr{a.Lhs[0]}, TokPos: a.TokPos, Tok: token.ASSIGN, Rhs: []ast.Expr{index}},
				}},
			})
		}
		return out
	})
}

// eachList replaces every statement list under n by what edit returns.
func eachList(n ast.Node, edit func([]ast.Stmt) []ast.Stmt) {
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.BlockStmt:
			n.List = edit(n.List)
		case *ast.CaseClause:
			n.Body = edit(n.Body)
		case *ast.CommClause:
			n.Body = edit(n.Body)
		}
		return true
	})
}

func isBlank(e ast.Expr) bool {
	id, ok := e.(*ast.Ident)
	return ok && id.Name == "_"
}

// pure reports whether evaluating e twice has no effect: it has no call
// (a conversion cannot be told from one here), no receive, no function
// literal.
func pure(e ast.Expr) bool {
	ok := true
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr, *ast.FuncLit:
			ok = false
		case *ast.UnaryExpr:
			if n.Op == token.ARROW {
				ok = false
			}
		}
		return ok
	})
	return ok
}

// inLiteral wraps st in a function literal called at once.
func inLiteral(st ast.Stmt) ast.Stmt {
	pos, end := st.Pos(), st.End()
	return &ast.ExprStmt{X: &ast.CallExpr{
		Fun: &ast.FuncLit{
			Type: &ast.FuncType{Func: pos, Params: &ast.FieldList{Opening: pos, Closing: pos}},
			Body: &ast.BlockStmt{Lbrace: pos, List: []ast.Stmt{st}, Rbrace: end},
		},
		Lparen: end, Rparen: end,
	}}
}

// inLiteralGotos wraps st, a top-level statement, in a function literal
// called at once (inLiteral), keeping the gotos that cross the literal's
// edge: each goto out of st becomes `return n` and the call the tag of
// `switch func() int { st; return 0 }() { case n: goto L }`; a goto from
// outside to st's own label jumps to a copy of the label put on the
// switch. gotos are the top level's (gotoLabels). It refuses (false) a
// goto into a block of st, which Go refuses too.
func inLiteralGotos(st ast.Stmt, gotos map[*ast.BranchStmt]string) (ast.Stmt, bool) {
	if !crossedByGoto(st, gotos) {
		return inLiteral(st), true
	}
	labels, inside := branchScope(st)
	own, _ := st.(*ast.LabeledStmt)
	entered := false
	for g, label := range gotos {
		if inside[g] || !labels[label] {
			continue
		}
		if own == nil || own.Label.Name != label {
			return st, false
		}
		entered = true
	}
	pos := st.Pos()
	codes := map[string]int{}
	var order []string
	replaceStmts(st, false, func(s ast.Stmt) ast.Stmt {
		g, ok := s.(*ast.BranchStmt)
		if !ok || !inside[g] || g.Tok != token.GOTO || labels[g.Label.Name] {
			return nil
		}
		code, seen := codes[g.Label.Name]
		if !seen {
			order = append(order, g.Label.Name)
			code = len(order)
			codes[g.Label.Name] = code
		}
		return &ast.ReturnStmt{Return: g.Pos(), Results: []ast.Expr{&ast.BasicLit{ValuePos: g.Pos(), Kind: token.INT, Value: fmt.Sprint(code)}}}
	})
	call := inLiteral(st).(*ast.ExprStmt).X.(*ast.CallExpr)
	lit := call.Fun.(*ast.FuncLit)
	lit.Type.Results = &ast.FieldList{List: []*ast.Field{{Type: &ast.Ident{NamePos: pos, Name: "int"}}}}
	lit.Body.List = append(lit.Body.List, &ast.ReturnStmt{Return: pos, Results: []ast.Expr{&ast.BasicLit{ValuePos: pos, Kind: token.INT, Value: "0"}}})
	sw := &ast.SwitchStmt{Switch: pos, Tag: call, Body: &ast.BlockStmt{Lbrace: pos, Rbrace: pos}}
	for i, label := range order {
		sw.Body.List = append(sw.Body.List, &ast.CaseClause{
			Case:  pos,
			List:  []ast.Expr{&ast.BasicLit{ValuePos: pos, Kind: token.INT, Value: fmt.Sprint(i + 1)}},
			Colon: pos,
			Body:  []ast.Stmt{&ast.BranchStmt{TokPos: pos, Tok: token.GOTO, Label: &ast.Ident{NamePos: pos, Name: label}}},
		})
	}
	if entered {
		return &ast.LabeledStmt{Label: &ast.Ident{NamePos: own.Label.NamePos, Name: own.Label.Name}, Colon: own.Colon, Stmt: sw}, true
	}
	return sw, true
}

// gotoLabels lists the labels the gotos of body jump to, outside function
// literals, by the statement that holds the goto.
func gotoLabels(body *ast.BlockStmt) map[*ast.BranchStmt]string {
	gotos := map[*ast.BranchStmt]string{}
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.BranchStmt:
			if n.Tok == token.GOTO && n.Label != nil {
				gotos[n] = n.Label.Name
			}
		}
		return true
	})
	return gotos
}

// branchScope finds the labels declared in st and the branch statements
// in it, function literals left out (a branch cannot leave one).
func branchScope(st ast.Stmt) (labels map[string]bool, inside map[*ast.BranchStmt]bool) {
	labels, inside = map[string]bool{}, map[*ast.BranchStmt]bool{}
	ast.Inspect(st, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.LabeledStmt:
			labels[n.Label.Name] = true
		case *ast.BranchStmt:
			inside[n] = true
		}
		return true
	})
	return labels, inside
}

// crossedByGoto reports whether a goto jumps into st from outside or out
// of it: a function literal around st would cut that jump.
func crossedByGoto(st ast.Stmt, gotos map[*ast.BranchStmt]string) bool {
	if len(gotos) == 0 {
		return false
	}
	labels, inside := branchScope(st)
	for g, label := range gotos {
		if inside[g] != labels[label] {
			return true
		}
	}
	return false
}

// QualifyGlobals rewrites, in the initializers of the file-level vars of
// file, each read of a variable made by an earlier compilation (isGlobal
// says which names are) into main.name. yaegi orders the initializers of
// a file's vars by the vars they read, and fails with "variable
// definition loop" when one reads a global it did not compile in the same
// file (x := 5 in a cell, then var y = x). The qualified name reads the
// same global without that dependency; the earlier compilation has run
// before this one, so the value is there. Only plain reads are rewritten:
// main.x cannot be assigned or have its address taken, so a name under &
// or inside a function literal is left (yaegi then reports the loop).
// Names the file declares itself resolve in the file (their Obj is set)
// and keep Go's order of initialization.
func QualifyGlobals(file *ast.File, isGlobal func(name string) bool) {
	for _, d := range file.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.VAR {
			continue
		}
		for _, spec := range gd.Specs {
			vs := spec.(*ast.ValueSpec)
			for i := range vs.Values {
				vs.Values[i] = qualify(vs.Values[i], isGlobal)
			}
		}
	}
}

// qualify returns e with its free reads of globals qualified; it walks
// every field of interface type ast.Expr (a selector's Sel is an
// *ast.Ident field and stays).
func qualify(e ast.Expr, isGlobal func(string) bool) ast.Expr {
	switch x := e.(type) {
	case nil:
		return nil
	case *ast.Ident:
		if x.Obj == nil && x.Name != "_" && isGlobal(x.Name) {
			return &ast.SelectorExpr{X: &ast.Ident{NamePos: x.NamePos, Name: "main"}, Sel: x}
		}
		return x
	case *ast.FuncLit:
		return x
	case *ast.UnaryExpr:
		if _, ok := ast.Unparen(x.X).(*ast.Ident); ok && x.Op == token.AND {
			return x
		}
	case *ast.KeyValueExpr:
		// A struct literal's field name is an unresolved identifier too.
		if _, ok := x.Key.(*ast.Ident); !ok {
			x.Key = qualify(x.Key, isGlobal)
		}
		x.Value = qualify(x.Value, isGlobal)
		return x
	}
	v := reflect.ValueOf(e).Elem()
	for i := 0; i < v.NumField(); i++ {
		f := v.Field(i)
		switch {
		case f.Type() == exprType && !f.IsNil():
			f.Set(reflect.ValueOf(qualify(f.Interface().(ast.Expr), isGlobal)))
		case f.Kind() == reflect.Slice && f.Type().Elem() == exprType:
			for j := 0; j < f.Len(); j++ {
				if el := f.Index(j); !el.IsNil() {
					el.Set(reflect.ValueOf(qualify(el.Interface().(ast.Expr), isGlobal)))
				}
			}
		}
	}
	return e
}
