package cellsrc

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"

	"github.com/gogil/gogil/cellio"
)

// UserMain is what a cell's own `main` is called in the interpreter: yaegi
// runs a function named main after every later compilation once one
// exists, so the name must never reach it.
const UserMain = "__gogil_main"

// Parser parses the parts of one cell.
type Parser struct {
	// Fset receives a file per part; the interpreter compiles from it, so
	// it is the interpreter's own file set.
	Fset *token.FileSet
	// Name is the file name every part is parsed under. yaegi scopes
	// imports by file name and trims its default name from its messages,
	// so the session passes that default.
	Name string
	// Code is the whole cell, to point at the line an error is about.
	Code string
}

// File is one part as the parser saw it: the AST the interpreter compiles,
// the wrapped source its offsets refer to, and what the front end decided
// about it.
type File struct {
	AST  *ast.File
	Part Part
	// Main is the func main a statement part is wrapped in (nil for imports
	// and declarations).
	Main *ast.FuncDecl
	// DeclaresMain: the part declares func main() of its own, renamed to
	// UserMain, which the runner calls once at the end of the cell, as for
	// a program pasted whole.
	DeclaresMain bool

	src      string
	base     int
	fset     *token.FileSet
	cellCode string // the whole cell, for errors that point at a line

	// The part's types, checked once per lowering (see File.types).
	typed    bool
	typeInfo *Types
	lowerErr *cellio.Error
	// The methods of generic types this part renamed (genericmethods.go).
	renamed map[string]bool
	// The methods forwarding to embedded interfaces it wrote
	// (embediface.go).
	forwarded []string
	hidden    func(key string) bool // the methods renamed, this part's and earlier
	// A case of a runner interface it wrote (nativeshapes.go).
	shapeCases bool
	// It writes a struct literal type of a declared struct type's fields
	// (literalstructs.go).
	literalStructs bool
	// It declares a type in a function body (localtypes.go).
	localTypes bool
}

// Parse wraps a part the way yaegi's REPL does (declarations at file level,
// statements in func main) with a //line directive so that every position,
// in errors and in panic traces, is the cell's own line and column. It
// refuses a return with values among the statements (main returns none)
// and renames main (see UserMain).
func (ps Parser) Parse(p Part) (*File, *cellio.Error) {
	directive := fmt.Sprintf("//line %s:%d:%d\n", ps.Name, p.Line, p.Col)
	var src string
	if p.Kind == Stmts {
		src = "package main\nfunc main() {\n" + directive + p.Text + "\n}\n"
	} else {
		src = "package main\n" + directive + p.Text + "\n"
	}
	file, err := parser.ParseFile(ps.Fset, ps.Name, src, parser.ParseComments|parser.DeclarationErrors)
	if err != nil {
		return nil, SyntaxError(ps.Code, err)
	}
	f := &File{AST: file, Part: p, src: src, base: ps.Fset.File(file.Pos()).Base(), fset: ps.Fset, cellCode: ps.Code}
	if p.Kind == Stmts {
		f.Main, _ = MainBody(file)
		if ret := returnIn(f.Main); ret != nil {
			pos := ps.Fset.Position(ret.Pos())
			msg := fmt.Sprintf("%d:%d: return with values outside a function: a cell's statements are main's body, which returns none", pos.Line, pos.Column)
			return nil, &cellio.Error{Kind: cellio.SyntaxError, Value: msg, Traceback: append([]string{"SyntaxError: " + msg}, PointAt(ps.Code, msg)...)}
		}
	}
	f.DeclaresMain = renameMain(file, f.Main)
	return f, nil
}

// ParseCall parses one call statement of the runner's own into a function
// body. It is parsed rather than built so that its nodes carry a position
// (yaegi scopes imports by file name).
func (ps Parser) ParseCall(call string) (*ast.BlockStmt, error) {
	src := "package main\nfunc main() {\n" + call + "\n}\n"
	file, err := parser.ParseFile(ps.Fset, ps.Name, src, 0)
	if err != nil {
		return nil, err
	}
	fd, _ := MainBody(file)
	return fd.Body, nil
}

// Text is the source of a node as the user wrote it.
func (f *File) Text(from, to token.Pos) string {
	a, b := int(from)-f.base, int(to)-f.base
	if a < 0 || b > len(f.src) || a > b {
		return ""
	}
	return f.src[a:b]
}

// MainBody finds the first func main of file (a statement part's wrapper),
// and returns it apart from the other declarations.
func MainBody(file *ast.File) (*ast.FuncDecl, []ast.Decl) {
	var main *ast.FuncDecl
	var others []ast.Decl
	for _, d := range file.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil && fd.Name.Name == "main" && main == nil {
			main = fd
			continue
		}
		others = append(others, d)
	}
	return main, others
}

// returnIn finds a return statement with values among the statements of
// the wrapper (outside the function literals in them), or nil; a bare
// return ends the cell (toplevelreturn.go).
func returnIn(wrapper *ast.FuncDecl) *ast.ReturnStmt {
	if wrapper == nil || wrapper.Body == nil {
		return nil
	}
	var found *ast.ReturnStmt
	ast.Inspect(wrapper.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if found == nil && len(n.Results) > 0 {
				found = n
			}
		}
		return found == nil
	})
	return found
}

// renameMain renames the identifier main in user code (not field
// selectors, not our statement wrapper) and reports whether the file
// declares func main(), which then runs once at the end of the cell, as
// for a program pasted whole.
func renameMain(file *ast.File, wrapper *ast.FuncDecl) bool {
	declares := false
	for _, d := range file.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd != wrapper && fd.Recv == nil && fd.Name.Name == "main" &&
			len(fd.Type.Params.List) == 0 && fd.Type.Results == nil {
			declares = true
		}
	}
	ast.Inspect(file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.File:
			return true
		case *ast.SelectorExpr:
			ast.Inspect(n.X, func(m ast.Node) bool {
				if id, ok := m.(*ast.Ident); ok && id.Name == "main" {
					id.Name = UserMain
				}
				return true
			})
			return false
		case *ast.FuncDecl:
			if n != wrapper && n.Name.Name == "main" {
				n.Name.Name = UserMain
			}
		case *ast.Ident:
			if n.Name == "main" && n != file.Name && (wrapper == nil || n != wrapper.Name) {
				n.Name = UserMain
			}
		}
		return true
	})
	return declares
}

// LeavesNoCode reports whether a statement part defines nothing that can
// run after the part itself: no function literal, no go or defer
// statement, no declaration. Its positions are then not needed once it
// ran.
func (f *File) LeavesNoCode() bool {
	if f.Part.Kind != Stmts {
		return false
	}
	leaves := false
	ast.Inspect(f.AST, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.FuncLit, *ast.GoStmt, *ast.DeferStmt, *ast.GenDecl:
			leaves = true
		}
		return !leaves
	})
	if leaves {
		return false
	}
	_, others := MainBody(f.AST)
	return len(others) == 0
}

// DropEmpty removes the declarations left without a spec (an import list
// whose imports were all dropped).
func DropEmpty(decls []ast.Decl) []ast.Decl {
	kept := decls[:0]
	for _, d := range decls {
		if gd, ok := d.(*ast.GenDecl); ok && len(gd.Specs) == 0 {
			continue
		}
		kept = append(kept, d)
	}
	return kept
}
