package cellsrc

import (
	"go/ast"
	"go/token"
)

// holds is a set of the things a part may contain that some pass rewrites
// or refuses: one bit each, kept by scan. A pass that declares what it
// needs (pass.needs) is skipped for a part that holds none of them, which
// saves its own walk of the part: most cells hold few of them, and most
// passes look for one rare thing.
type holds uint64

const (
	holdsCall          holds = 1 << iota // a call or conversion
	holdsSelector                        // x.y
	holdsIndex                           // x[i], a one-argument instance too
	holdsIndexList                       // an instance of several type arguments
	holdsSlice                           // x[lo:hi]
	holdsCompositeLit                    // T{...}
	holdsFuncLit                         // func(...) {...}
	holdsTypeAssert                      // x.(T), x.(type) too
	holdsRecv                            // <-ch
	holdsShift                           // x << n, x >> n
	holdsCompare                         // x == y, x != y
	holdsQuotient                        // x / y, x % y
	holdsStructType                      // struct{...}
	holdsInterfaceType                   // interface{...}
	holdsDefine                          // :=
	holdsDefineMulti                     // := of several names
	holdsAssign                          // = (not op=)
	holdsAssignMulti                     // = to several targets
	holdsMultiLHS                        // := or = of several names, any token
	holdsMultiValues                     // var a, b = x, y (several names)
	holdsGo                              // go f()
	holdsDefer                           // defer f()
	holdsReturn                          // return
	holdsBlock                           // a block that is not a function's body
	holdsIf                              // if
	holdsFor                             // a three-clause (or condition) loop
	holdsRange                           // for ... range
	holdsSwitch                          // an expression switch
	holdsTypeSwitch                      // switch x.(type)
	holdsSelect                          // select
	holdsConst                           // a const declaration, anywhere
	holdsVar                             // a var declaration, anywhere
	holdsTypeDecl                        // a type declaration, anywhere
	holdsAlias                           // type A = B, anywhere
	holdsTypeParams                      // a generic function or type
	holdsMethod                          // a function declared with a receiver
	holdsNamedResults                    // a function with named results
	holdsUnnamedParam                    // a parameter without a name
	holdsChar                            // a rune literal
	holdsSlog                            // the identifier slog (log/slog)
	holdsPrintName                       // the identifier print or println
	holdsCapName                         // the identifier cap
	holdsDivZero                         // x / 0, a literal zero divisor

	// The names the part uses that the runner's lookups (Options) say
	// are an earlier part's: asked for only when no other need of a pass
	// is met (partScan.names), since each is a call per identifier.
	namesGeneric      // Options.Generic
	namesConstant     // Options.Constant
	namesRuneConstant // Options.RuneConstant

	// What the runner says of the earlier cells, which some passes act
	// on in any part.
	withCellTypes      // Options.CellTypes
	withRenamedMethods // Options.RenamedMethods is not empty
	withLiteralStructs // Options.LiteralStructs
	withTrailingValue  // Options.Trailing, with Options.CellTypes

	namesAny = namesGeneric | namesConstant | namesRuneConstant
)

// partScan is what one walk of a part found, kept across the passes that
// change nothing. A pass that runs may write any node, so the scan is
// walked again before the next pass asks it (stale).
type partScan struct {
	valid bool
	found holds
	asked holds // the names' bits looked up since the last walk
}

// admits reports whether a pass that needs one of needs can change the
// part: needs == 0 is a pass that declared nothing, which always runs.
func (s *partScan) admits(f *File, opts Options, needs holds) bool {
	if needs == 0 {
		return true
	}
	if !s.valid {
		s.found, s.valid, s.asked = scan(f.AST), true, 0
		if opts.CellTypes {
			s.found |= withCellTypes
		}
		if len(opts.RenamedMethods) > 0 {
			s.found |= withRenamedMethods
		}
		if opts.LiteralStructs {
			s.found |= withLiteralStructs
		}
		if opts.Trailing && opts.CellTypes {
			s.found |= withTrailingValue
		}
	}
	if s.found&needs != 0 {
		return true
	}
	if ask := needs & namesAny &^ s.asked; ask != 0 {
		s.found |= scanNames(f.AST, opts, ask)
		s.asked |= ask
	}
	return s.found&needs != 0
}

// stale says that a pass ran, and may have written anything.
func (s *partScan) stale() { s.valid = false }

// scan walks a part once and says what it holds.
func scan(file *ast.File) holds {
	var h holds
	var body *ast.BlockStmt // the body of the function last met
	ast.Inspect(file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			h |= holdsCall
		case *ast.SelectorExpr:
			h |= holdsSelector
		case *ast.IndexExpr:
			h |= holdsIndex
		case *ast.IndexListExpr:
			h |= holdsIndexList
		case *ast.SliceExpr:
			h |= holdsSlice
		case *ast.CompositeLit:
			h |= holdsCompositeLit
		case *ast.FuncLit:
			h |= holdsFuncLit
			body = n.Body
		case *ast.TypeAssertExpr:
			h |= holdsTypeAssert
		case *ast.UnaryExpr:
			if n.Op == token.ARROW {
				h |= holdsRecv
			}
		case *ast.BinaryExpr:
			switch n.Op {
			case token.SHL, token.SHR:
				h |= holdsShift
			case token.EQL, token.NEQ:
				h |= holdsCompare
			case token.QUO, token.REM:
				h |= holdsQuotient
				if n.Op == token.QUO && literalZero(n.Y) {
					h |= holdsDivZero
				}
			}
		case *ast.Ident:
			switch n.Name {
			case "slog":
				h |= holdsSlog
			case "print", "println":
				h |= holdsPrintName
			case "cap":
				h |= holdsCapName
			}
		case *ast.BasicLit:
			if n.Kind == token.CHAR {
				h |= holdsChar
			}
		case *ast.StructType:
			h |= holdsStructType
		case *ast.InterfaceType:
			h |= holdsInterfaceType
		case *ast.FuncType:
			h |= funcTypeHolds(n)
		case *ast.AssignStmt:
			switch n.Tok {
			case token.DEFINE:
				h |= holdsDefine
				if len(n.Lhs) > 1 {
					h |= holdsDefineMulti
				}
			case token.ASSIGN:
				h |= holdsAssign
				if len(n.Lhs) > 1 {
					h |= holdsAssignMulti
				}
			}
			if len(n.Lhs) > 1 {
				h |= holdsMultiLHS
			}
		case *ast.GoStmt:
			h |= holdsGo
		case *ast.DeferStmt:
			h |= holdsDefer
		case *ast.ReturnStmt:
			h |= holdsReturn
		case *ast.BlockStmt:
			if n != body {
				h |= holdsBlock
			}
		case *ast.IfStmt:
			h |= holdsIf
		case *ast.ForStmt:
			h |= holdsFor
		case *ast.RangeStmt:
			h |= holdsRange
		case *ast.SwitchStmt:
			h |= holdsSwitch
		case *ast.TypeSwitchStmt:
			h |= holdsTypeSwitch
		case *ast.SelectStmt:
			h |= holdsSelect
		case *ast.GenDecl:
			switch n.Tok {
			case token.CONST:
				h |= holdsConst
			case token.VAR:
				h |= holdsVar
			case token.TYPE:
				h |= holdsTypeDecl
			}
		case *ast.ValueSpec:
			if len(n.Names) > 1 {
				h |= holdsMultiValues
			}
		case *ast.TypeSpec:
			h |= holdsTypeDecl
			if n.Assign.IsValid() {
				h |= holdsAlias
			}
			if n.TypeParams != nil {
				h |= holdsTypeParams
			}
		case *ast.FuncDecl:
			body = n.Body
			if n.Recv != nil {
				h |= holdsMethod
			}
		}
		return true
	})
	return h
}

// funcTypeHolds is what a function's signature holds of the scan's set.
func funcTypeHolds(ft *ast.FuncType) holds {
	var h holds
	if ft.TypeParams != nil {
		h |= holdsTypeParams
	}
	if ft.Params != nil {
		for _, p := range ft.Params.List {
			if len(p.Names) == 0 {
				h |= holdsUnnamedParam
			}
		}
	}
	if ft.Results != nil {
		for _, r := range ft.Results.List {
			if len(r.Names) > 0 {
				h |= holdsNamedResults
			}
		}
	}
	return h
}

// scanNames asks the runner's lookups of ask about each identifier of
// the part, until each said yes once.
func scanNames(file *ast.File, opts Options, ask holds) holds {
	var h, want holds
	if opts.Generic != nil {
		want |= namesGeneric
	}
	if opts.Constant != nil {
		want |= namesConstant
	}
	if opts.RuneConstant != nil {
		want |= namesRuneConstant
	}
	want &= ask
	if want == 0 {
		return 0
	}
	ast.Inspect(file, func(n ast.Node) bool {
		id, ok := n.(*ast.Ident)
		if !ok {
			return h != want
		}
		if want&^h&namesGeneric != 0 && opts.Generic(id.Name) {
			h |= namesGeneric
		}
		if want&^h&namesConstant != 0 && opts.Constant(id.Name) {
			h |= namesConstant
		}
		if want&^h&namesRuneConstant != 0 && opts.RuneConstant(id.Name) {
			h |= namesRuneConstant
		}
		return h != want
	})
	return h
}
