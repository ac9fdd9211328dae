package cellsrc

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"github.com/gogil/gogil/cellio"
)

// yaegi v0.16.1 indexes and slices through reflect, whose panic for an
// index out of range ("reflect: slice index out of range") says neither
// the index nor the length. Go's runtime error says both, and a program
// that recovers it prints it: "runtime error: index out of range [5] with
// length 3". The runner refuses such a recovered value (a gap), since it
// cannot word it as Go does.
//
// In a cell that recovers (Options.Recovers), and in the String, Error,
// GoString and Format methods of any cell, whose panics fmt recovers and
// prints, lowerBounds writes an index x[i] as x[__gogil.Index(i, len(x))]
// and a slice x[lo:hi] as
// x[lo:__gogil.Slice(lo, hi, cap(x), false)] (len and true for strings and
// arrays, whose words say "length"), so that an index out of range panics
// in the runner with Go's own runtime error. x, and lo where it is
// written again, must be free of calls and receives to be read twice;
// an index or slice whose operands are not stays as it was, and its
// recovered panic is still a gap.
//
// The usual loops pay no call per index: x[i] keeps its form where i is
// the index of a range over x, or counts up from zero while i < len(x)
// (minus constants and terms at least zero), and the loop's body changes
// neither i nor x; so does x[i+1] while i < len(x)-1 (inBoundsIndexes).

// Helpers of this file.
const (
	IndexHelper = "Index"
	SliceHelper = "Slice"
)

func lowerBounds(f *File, opts Options) *cellio.Error {
	within := []ast.Node{f.AST}
	if !opts.Recovers {
		within = fmtMethodBodies(f.AST)
	}
	indexes := false
	for _, n := range within {
		indexes = indexes || someNode(n, func(n ast.Node) bool {
			switch n.(type) {
			case *ast.IndexExpr, *ast.SliceExpr:
				return true
			}
			return false
		})
	}
	if !indexes {
		return nil
	}
	l := f.typedLowering(opts)
	if l == nil {
		return nil
	}
	info := l.t.Info
	safe := inBoundsIndexes(f.AST, info)
	for _, n := range within {
		lowerBoundsIn(n, info, safe)
	}
	return nil
}

// fmtMethodBodies are the bodies of the String, Error, GoString and
// Format methods that part declares: fmt recovers their panics and prints
// the runtime error's words (%!v(PANIC=String method: runtime error: index
// out of range [5] with length 3)), whatever the cell does.
func fmtMethodBodies(file *ast.File) []ast.Node {
	var bodies []ast.Node
	for _, d := range file.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Recv == nil || fd.Body == nil {
			continue
		}
		switch fd.Name.Name {
		case "String", "Error", "GoString", "Format":
			bodies = append(bodies, fd.Body)
		}
	}
	return bodies
}

// lowerBoundsIn writes the indexes and slices under root.
func lowerBoundsIn(root ast.Node, info *types.Info, safe map[*ast.IndexExpr]bool) {
	late := lateTargets(root, info)
	// The nodes are rewritten in place: an index expression stays the node
	// go/types typed for the passes after this one.
	ast.Inspect(root, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.IndexExpr:
			if safe[n] || late[n] || !pureExpr(info, n.X) {
				break
			}
			kind, ok := boundedKind(info, n.X)
			if !ok || !intIndex(info, n.Index) || constantIndexOfArray(info, n, kind) {
				break
			}
			n.Index = helperCall(n.Index.Pos(), IndexHelper, asInt(info, n.Index), builtinCall(n.X, "len"))
		case *ast.SliceExpr:
			if n.Slice3 || !pureExpr(info, n.X) || (n.Low != nil && !pureExpr(info, n.Low)) {
				break
			}
			kind, ok := boundedKind(info, n.X)
			if !ok || (n.High != nil && !intIndex(info, n.High)) || (n.Low != nil && !intIndex(info, n.Low)) {
				break
			}
			high := n.High
			if high == nil {
				if n.Low == nil {
					break // x[:] is always in range
				}
				// x[lo:] is x[lo:len(x)].
				high = builtinCall(n.X, "len")
				info.Types[high] = types.TypeAndValue{Type: types.Typ[types.Int]}
			}
			var low ast.Expr = &ast.BasicLit{ValuePos: high.Pos(), Kind: token.INT, Value: "0"}
			if n.Low != nil {
				low = cloneExpr(n.Low)
				if asInt(info, n.Low) != n.Low {
					low = asInt(info, low)
				}
			}
			size, length := builtinCall(n.X, "cap"), "false"
			if kind != boundedSlice {
				size, length = builtinCall(n.X, "len"), "true"
			}
			n.High = helperCall(high.Pos(), SliceHelper, low, asInt(info, high), size, ast.NewIdent(length))
		}
		return true
	})
}

// lateTargets are the index expressions assigned to whose check the
// helper would make too early. Go checks an assigned element's index when
// it assigns, after it has evaluated the right-hand side and assigned the
// targets to the left: in `a[5] = f()` f runs (and prints) before the
// panic, in `a[0], a[7] = 1, 2` a[0] is 1 after it. The helper, an operand
// of the target, runs first. Such a target is left to the interpreter,
// whose recovered panic the runner refuses (a gap, not a wrong value);
// one whose right-hand side cannot show it was run early (a[5] = 10)
// keeps the helper, and Go's words.
func lateTargets(root ast.Node, info *types.Info) map[*ast.IndexExpr]bool {
	late := map[*ast.IndexExpr]bool{}
	ast.Inspect(root, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || as.Tok == token.DEFINE {
			return true
		}
		quiet := len(as.Lhs) == 1
		for _, r := range as.Rhs {
			quiet = quiet && effectFree(info, r)
		}
		if quiet {
			return true
		}
		for _, l := range as.Lhs {
			if ix, ok := ast.Unparen(l).(*ast.IndexExpr); ok {
				late[ix] = true
			}
		}
		return true
	})
	return late
}

// effectFree: evaluating x calls no function (a conversion, len and cap
// aside) and receives nothing, so that nothing shows when it ran.
func effectFree(info *types.Info, x ast.Expr) bool {
	free := true
	ast.Inspect(x, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false // not called here
		case *ast.CallExpr:
			if tv, ok := info.Types[n.Fun]; ok && tv.IsType() || isBuiltin(info, n.Fun, "len", "cap") {
				break
			}
			free = false
		case *ast.UnaryExpr:
			free = free && n.Op != token.ARROW
		}
		return free
	})
	return free
}

type boundKind int

const (
	boundedSlice boundKind = iota
	boundedArray           // an array or a pointer to one
	boundedString
)

// boundedKind tells what x is indexed as: a slice, an array (or a pointer
// to one) or a string. Maps, generic instantiations and type parameters
// are none of these.
func boundedKind(info *types.Info, x ast.Expr) (boundKind, bool) {
	tv, ok := info.Types[x]
	if !ok || tv.Type == nil || tv.IsType() {
		return 0, false
	}
	t := tv.Type
	if _, param := t.(*types.TypeParam); param {
		return 0, false
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
		if _, array := t.Underlying().(*types.Array); !array {
			return 0, false
		}
	}
	switch u := t.Underlying().(type) {
	case *types.Slice:
		return boundedSlice, true
	case *types.Array:
		return boundedArray, true
	case *types.Basic:
		if u.Info()&types.IsString != 0 {
			return boundedString, true
		}
	}
	return 0, false
}

// constantIndexOfArray: the compiler already checks a constant index of an
// array (and of a constant string).
func constantIndexOfArray(info *types.Info, n *ast.IndexExpr, kind boundKind) bool {
	tv, ok := info.Types[n.Index]
	if !ok || tv.Value == nil {
		return false
	}
	if kind == boundedArray {
		return true
	}
	x, ok := info.Types[n.X]
	return ok && x.Value != nil
}

// intIndex: x is an index the helper's int holds whole (a constant, or a
// variable of a signed type or of an unsigned type of 32 bits or less).
func intIndex(info *types.Info, x ast.Expr) bool {
	tv, ok := info.Types[x]
	if !ok || tv.Type == nil {
		return false
	}
	if tv.Value != nil {
		return tv.Value.Kind() == constant.Int
	}
	b, ok := tv.Type.Underlying().(*types.Basic)
	if !ok {
		return false
	}
	switch b.Kind() {
	case types.Int, types.Int8, types.Int16, types.Int32, types.Int64,
		types.Uint8, types.Uint16, types.Uint32, types.UntypedInt, types.UntypedRune:
		return true
	}
	return false
}

// asInt converts x to int unless it is an int, or an untyped constant.
func asInt(info *types.Info, x ast.Expr) ast.Expr {
	if tv, ok := info.Types[x]; ok && tv.Type != nil {
		if b, ok := tv.Type.(*types.Basic); ok && (b.Kind() == types.Int || b.Info()&types.IsUntyped != 0) {
			return x
		}
	}
	return &ast.CallExpr{Fun: &ast.Ident{NamePos: x.Pos(), Name: "int"}, Lparen: x.Pos(), Args: []ast.Expr{x}, Rparen: x.End()}
}

func builtinCall(x ast.Expr, name string) ast.Expr {
	return &ast.CallExpr{Fun: &ast.Ident{NamePos: x.Pos(), Name: name}, Lparen: x.Pos(), Args: []ast.Expr{cloneExpr(x)}, Rparen: x.End()}
}

// pureExpr: reading x twice is reading it once, twice: x is names,
// literals, fields, elements, dereferences and operators, and len or cap
// of those; it calls nothing else and receives nothing. cloneExpr copies
// such an expression.
func pureExpr(info *types.Info, x ast.Expr) bool {
	switch x := x.(type) {
	case *ast.Ident, *ast.BasicLit:
		return true
	case *ast.SelectorExpr:
		return pureExpr(info, x.X)
	case *ast.ParenExpr:
		return pureExpr(info, x.X)
	case *ast.StarExpr:
		return pureExpr(info, x.X)
	case *ast.IndexExpr:
		return pureExpr(info, x.X) && pureExpr(info, x.Index)
	case *ast.BinaryExpr:
		return pureExpr(info, x.X) && pureExpr(info, x.Y)
	case *ast.UnaryExpr:
		return x.Op != token.ARROW && pureExpr(info, x.X)
	case *ast.CallExpr:
		return len(x.Args) == 1 && !x.Ellipsis.IsValid() && isBuiltin(info, x.Fun, "len", "cap") && pureExpr(info, x.Args[0])
	}
	return false
}

func cloneExpr(x ast.Expr) ast.Expr {
	switch x := x.(type) {
	case *ast.Ident:
		return &ast.Ident{NamePos: x.NamePos, Name: x.Name}
	case *ast.BasicLit:
		c := *x
		return &c
	case *ast.SelectorExpr:
		return &ast.SelectorExpr{X: cloneExpr(x.X), Sel: &ast.Ident{NamePos: x.Sel.NamePos, Name: x.Sel.Name}}
	case *ast.ParenExpr:
		return &ast.ParenExpr{Lparen: x.Lparen, X: cloneExpr(x.X), Rparen: x.Rparen}
	case *ast.StarExpr:
		return &ast.StarExpr{Star: x.Star, X: cloneExpr(x.X)}
	case *ast.IndexExpr:
		return &ast.IndexExpr{X: cloneExpr(x.X), Lbrack: x.Lbrack, Index: cloneExpr(x.Index), Rbrack: x.Rbrack}
	case *ast.BinaryExpr:
		return &ast.BinaryExpr{X: cloneExpr(x.X), OpPos: x.OpPos, Op: x.Op, Y: cloneExpr(x.Y)}
	case *ast.UnaryExpr:
		return &ast.UnaryExpr{OpPos: x.OpPos, Op: x.Op, X: cloneExpr(x.X)}
	case *ast.CallExpr:
		return &ast.CallExpr{Fun: cloneExpr(x.Fun), Lparen: x.Lparen, Args: []ast.Expr{cloneExpr(x.Args[0])}, Rparen: x.Rparen}
	}
	panic("cellsrc: cloneExpr of an expression pureExpr refuses")
}

// inBoundsIndexes are the index expressions x[i] and x[i+k] of loops
// whose index is in x's range by the loop's own condition: `for i :=
// range x` (k = 0), and `for i := 0; i < len(x) - c; i++` where c is a sum
// of a constant at least k and of terms at least zero (`j < len(a)-1-i`
// of a bubble sort); `i <= len(x) - c` is `i < len(x) - (c - 1)`. x is a
// variable that the loop's body does not assign, i the loop's own
// counting variable (countingLoopVars).
func inBoundsIndexes(file *ast.File, info *types.Info) map[*ast.IndexExpr]bool {
	type guard struct {
		x     types.Object
		body  *ast.BlockStmt
		slack int64 // the largest k of x[i+k]
	}
	var counting map[*types.Var]bool
	guards := map[*types.Var]guard{}
	ast.Inspect(file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.RangeStmt:
			if n.Tok != token.DEFINE || n.Key == nil {
				break
			}
			key, _ := info.Defs[identOf(n.Key)].(*types.Var)
			x := info.Uses[identOf(n.X)]
			if key != nil && x != nil {
				if _, ok := boundedKind(info, n.X); ok {
					guards[key] = guard{x, n.Body, 0}
				}
			}
		case *ast.ForStmt:
			init, ok := n.Init.(*ast.AssignStmt)
			cond, isBinary := n.Cond.(*ast.BinaryExpr)
			if !ok || !isBinary || (cond.Op != token.LSS && cond.Op != token.LEQ) || len(init.Lhs) != 1 {
				break
			}
			i, _ := info.Defs[identOf(init.Lhs[0])].(*types.Var)
			if i == nil || info.Uses[identOf(cond.X)] != i {
				break
			}
			if counting == nil {
				counting = countingLoopVars(file, info)
			}
			x, slack, ok := lenMinus(info, cond.Y, counting)
			if cond.Op == token.LEQ {
				slack--
			}
			if ok && slack >= 0 {
				guards[i] = guard{x, n.Body, slack}
			}
		}
		return true
	})
	if len(guards) == 0 {
		return nil
	}
	if counting == nil {
		counting = countingLoopVars(file, info)
	}
	safe := map[*ast.IndexExpr]bool{}
	for i, g := range guards {
		if !counting[i] || reassigns(info, g.body, g.x) {
			continue
		}
		ast.Inspect(g.body, func(n ast.Node) bool {
			ix, ok := n.(*ast.IndexExpr)
			if !ok || info.Uses[identOf(ix.X)] != g.x {
				return true
			}
			if k, ok := offsetOf(info, ix.Index, i); ok && k <= g.slack {
				safe[ix] = true
			}
			return true
		})
	}
	return safe
}

// lenMinus reads bound as len(x) - c1 - c2 ..., each c a constant at least
// zero or a term that is (nonNegative): x, and the sum of the constants.
func lenMinus(info *types.Info, bound ast.Expr, loopVars map[*types.Var]bool) (types.Object, int64, bool) {
	switch b := ast.Unparen(bound).(type) {
	case *ast.CallExpr:
		if len(b.Args) != 1 || !isBuiltin(info, b.Fun, "len") {
			return nil, 0, false
		}
		x := info.Uses[identOf(b.Args[0])]
		return x, 0, x != nil
	case *ast.BinaryExpr:
		if b.Op != token.SUB {
			return nil, 0, false
		}
		x, c, ok := lenMinus(info, b.X, loopVars)
		if !ok {
			return nil, 0, false
		}
		if tv, isConst := info.Types[b.Y]; isConst && tv.Value != nil {
			v, exact := constant.Int64Val(constant.ToInt(tv.Value))
			if !exact || v < 0 || v > 1<<20 {
				return nil, 0, false
			}
			return x, c + v, true
		}
		return x, c, nonNegative(info, b.Y, loopVars)
	}
	return nil, 0, false
}

// offsetOf reads index as i or i + k (k + i), k a constant at least zero.
func offsetOf(info *types.Info, index ast.Expr, i *types.Var) (int64, bool) {
	switch x := ast.Unparen(index).(type) {
	case *ast.Ident:
		return 0, info.Uses[x] == i
	case *ast.BinaryExpr:
		if x.Op != token.ADD {
			return 0, false
		}
		for _, pair := range [][2]ast.Expr{{x.X, x.Y}, {x.Y, x.X}} {
			if info.Uses[identOf(pair[0])] != i {
				continue
			}
			if tv, ok := info.Types[pair[1]]; ok && tv.Value != nil {
				if k, exact := constant.Int64Val(constant.ToInt(tv.Value)); exact && k >= 0 {
					return k, true
				}
			}
		}
	}
	return 0, false
}

// reassigns: something under n assigns the variable x itself (not an
// element: that keeps its length) or takes its address.
func reassigns(info *types.Info, n ast.Node, x types.Object) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, lhs := range n.Lhs {
				if info.Uses[identOf(lhs)] == x {
					found = true
				}
			}
		case *ast.RangeStmt:
			if n.Tok == token.ASSIGN && (info.Uses[identOf(n.Key)] == x || info.Uses[identOf(n.Value)] == x) {
				found = true
			}
		case *ast.UnaryExpr:
			if n.Op == token.AND && info.Uses[identOf(n.X)] == x {
				found = true
			}
		}
		return !found
	})
	return found
}
