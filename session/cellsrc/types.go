package cellsrc

import (
	"go/ast"
	"go/types"
)

// Types is what the runner learned of a part's types by type-checking it
// against what earlier cells declared (see package celltypes).
type Types struct {
	Info *types.Info
	// Qualifier writes a package in a type as the cell's code names it
	// (its import name), and the cell's own package as nothing; ok is
	// false for a package the cell has not imported, whose types the
	// rewritten code cannot name.
	Qualifier func(*types.Package) (name string, ok bool)
	// Errors are the checker's, first first, for the message of a call it
	// could not type.
	Errors []error
	// PlainZeroTests are the IsZero methods earlier parts declared whose
	// bodies are their values' plain zero tests (PlainZeroTest): json's
	// omitzero, which cannot call them, comes to the same answer.
	PlainZeroTests map[*types.Func]bool
	// BoxedLocalTypes are the types declared in earlier parts' function
	// bodies whose values those parts put in an interface, by name
	// (BoxedLocalTypes): %T of an any this part prints may be one.
	BoxedLocalTypes []string
}

// TypeChecker type-checks a part's AST, as the user wrote it, against the
// session's earlier cells. It returns nil when it could not check.
type TypeChecker func(*ast.File) *Types
