package cellsrc

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strconv"

	"github.com/gogil/gogil/cellio"
)

// yaegi v0.16.1 fails on a constant shift whose type is not an integer
// (`KB ByteSize = 1 << (10 * iota)` with a float64 ByteSize, Effective
// Go's example) with "constant definition loop", and it keeps the value of
// a typed constant computed by an operation (`Warn Level = iota - 1`,
// `Both S = "a" + "b"`) in a form that map indexes refuse (m[Warn] panicked
// with "constant.Value is not assignable to type int") and that compares
// wrongly (Both == "ab" was false, silently). lowerShiftConsts writes every
// constant of such a declaration with the value and type go/types computed
// for it (KB ByteSize = 1024, Warn Level = 1), so that the interpreter has
// no operation left to evaluate. A declaration with a value it cannot write
// exactly is left alone. yaegi fails the same way on a spec of several
// names that repeats the one above it (`a, b = iota, iota * 10` then
// `c, d`), which the same writing cures.
func lowerShiftConsts(f *File, opts Options) *cellio.Error {
	var decls []*ast.GenDecl
	ast.Inspect(f.AST, func(n ast.Node) bool {
		if gd, ok := n.(*ast.GenDecl); ok && gd.Tok == token.CONST && (computesConstants(gd) || repeatsSeveralNames(gd)) {
			decls = append(decls, gd)
		}
		return true
	})
	if len(decls) == 0 {
		return nil
	}
	l := f.typedLowering(opts)
	if l == nil {
		return nil
	}
	for _, gd := range decls {
		type written struct {
			spec   *ast.ValueSpec
			typ    ast.Expr
			values []ast.Expr
		}
		// A run is a spec with values and the specs after it that repeat
		// them; one whose values cannot all be written is left alone
		// whole, since a spec that repeats takes its expressions, and the
		// other runs are written still: a complex constant beside
		// `Debug = 2 > 1` kept the comparison from being written, which
		// yaegi gets wrong (false), silently.
		var plan, run []written
		runOK := true
		flush := func() {
			if runOK {
				plan = append(plan, run...)
			}
			run, runOK = nil, true
		}
		for _, s := range gd.Specs {
			spec := s.(*ast.ValueSpec)
			if len(spec.Values) > 0 {
				flush()
			}
			w := written{spec: spec}
			for _, id := range spec.Names {
				c, isConst := l.t.Info.Defs[id].(*types.Const)
				if !isConst {
					runOK = false
					break
				}
				lit := constLiteral(c.Val(), id.Pos())
				if b, basic := c.Type().Underlying().(*types.Basic); basic && b.Info()&types.IsFloat != 0 {
					lit = floatLiteral(lit)
				}
				if lit == nil {
					runOK = false
					break
				}
				if b, basic := c.Type().(*types.Basic); !basic || b.Info()&types.IsUntyped == 0 {
					if w.typ == nil {
						w.typ = l.typeExpr(id, c.Type())
					}
				}
				w.values = append(w.values, lit)
			}
			run = append(run, w)
		}
		flush()
		if l.err != nil {
			continue
		}
		for _, w := range plan {
			w.spec.Type = w.typ
			w.spec.Values = w.values
		}
	}
	return nil
}

// repeatsSeveralNames: a spec of gd has several names and no values.
func repeatsSeveralNames(gd *ast.GenDecl) bool {
	for _, s := range gd.Specs {
		if spec := s.(*ast.ValueSpec); len(spec.Names) > 1 && len(spec.Values) == 0 {
			return true
		}
	}
	return false
}

// computesConstants: a value of the declaration is an operation (a shift, a
// sum, iota - 1) other than the sign of a literal.
func computesConstants(gd *ast.GenDecl) bool {
	found := false
	for _, s := range gd.Specs {
		for _, v := range s.(*ast.ValueSpec).Values {
			ast.Inspect(v, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.BinaryExpr:
					found = true
				case *ast.UnaryExpr:
					_, lit := n.X.(*ast.BasicLit)
					found = !lit
				}
				return !found
			})
		}
	}
	return found
}

// floatLiteral writes an integer literal lit (perhaps negated) as a
// floating-point one of the same value: constLiteral writes a whole
// float as an integer, which an untyped constant of float type must not
// become (`const d = 3e20 / n` printed as 600000000000, not 6e+11).
func floatLiteral(lit ast.Expr) ast.Expr {
	switch x := lit.(type) {
	case *ast.BasicLit:
		if x.Kind == token.INT {
			return &ast.BasicLit{ValuePos: x.ValuePos, Kind: token.FLOAT, Value: x.Value + ".0"}
		}
	case *ast.UnaryExpr:
		return &ast.UnaryExpr{OpPos: x.OpPos, Op: x.Op, X: floatLiteral(x.X)}
	}
	return lit
}

// constLiteral writes v as a literal of the same exact value, or nil.
func constLiteral(v constant.Value, pos token.Pos) ast.Expr {
	if (v.Kind() == constant.Int || v.Kind() == constant.Float) && constant.Sign(v) < 0 {
		abs := constLiteral(constant.UnaryOp(token.SUB, v, 0), pos)
		if abs == nil {
			return nil
		}
		return &ast.UnaryExpr{OpPos: pos, Op: token.SUB, X: abs}
	}
	switch v.Kind() {
	case constant.Int:
		return &ast.BasicLit{ValuePos: pos, Kind: token.INT, Value: v.ExactString()}
	case constant.Float:
		if i := constant.ToInt(v); i.Kind() == constant.Int {
			return &ast.BasicLit{ValuePos: pos, Kind: token.INT, Value: i.ExactString()}
		}
		f, exact := constant.Float64Val(v)
		if !exact {
			return nil
		}
		return &ast.BasicLit{ValuePos: pos, Kind: token.FLOAT, Value: strconv.FormatFloat(f, 'g', -1, 64)}
	case constant.String:
		return &ast.BasicLit{ValuePos: pos, Kind: token.STRING, Value: v.ExactString()}
	case constant.Bool:
		return &ast.Ident{NamePos: pos, Name: v.ExactString()}
	case constant.Complex:
		// (re + im i), each part as exact as a float: a run that holds a
		// complex constant is written too (`const a, b = 1i, 2 > 1`).
		re := constLiteral(constant.Real(v), pos)
		im := constant.Imag(v)
		op := token.ADD
		if constant.Sign(im) < 0 {
			op, im = token.SUB, constant.UnaryOp(token.SUB, im, 0)
		}
		imLit, ok := constLiteral(im, pos).(*ast.BasicLit)
		if re == nil || !ok {
			return nil
		}
		imag := &ast.BasicLit{ValuePos: pos, Kind: token.IMAG, Value: imLit.Value + "i"}
		return &ast.ParenExpr{Lparen: pos, X: &ast.BinaryExpr{X: floatLiteral(re), OpPos: pos, Op: op, Y: imag}, Rparen: pos}
	}
	return nil
}
