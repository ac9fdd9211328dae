package session

import (
	"go/ast"
	"path"
	"strings"

	"github.com/gogil/gogil/internal/yaegistate"
)

// A cell that does not compile must leave the session as it was, as a
// Python cell with a SyntaxError does, and a cell that fails at run time
// must forget the parts after the one that failed. yaegi keeps whatever
// its compiler met before an error, so every compilation is recorded and a
// failed one undone at once by a yaegistate.Tracker, the one package that
// reaches into yaegi's unexported state (see its doc.go for what a
// compilation changes there). The session's part is telling it which names
// a compilation may touch, from the AST, and when to undo.

// receivers returns the names of the receiver types of the method
// declarations in n.
func receivers(n ast.Node) []string {
	file, ok := n.(*ast.File)
	if !ok {
		return nil
	}
	var names []string
	for _, d := range file.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok {
			if name := receiverType(fd); name != "" {
				names = append(names, name)
			}
		}
	}
	return names
}

// receiverType is the name of the type a method is declared on ("T" for
// func (t *T[K]) M()), or "" for a plain function.
func receiverType(fd *ast.FuncDecl) string {
	if fd.Recv == nil || len(fd.Recv.List) == 0 {
		return ""
	}
	t := fd.Recv.List[0].Type
	for {
		switch x := t.(type) {
		case *ast.StarExpr:
			t = x.X
			continue
		case *ast.ParenExpr:
			t = x.X
			continue
		case *ast.IndexExpr:
			t = x.X
			continue
		case *ast.IndexListExpr:
			t = x.X
			continue
		}
		break
	}
	if id, ok := t.(*ast.Ident); ok {
		return id.Name
	}
	return ""
}

// touchedNames returns the keys of the symbol table a compilation of n may
// replace or change: every identifier of n, and for its imports the local
// name and the key yaegi files the import under ("name/_.go"), or every
// exported name of a package imported with a dot.
func (c *cellRun) touchedNames(n ast.Node) []string {
	seen := map[string]bool{}
	var names []string
	add := func(name string) {
		if !seen[name] {
			seen[name] = true
			names = append(names, name)
		}
	}
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Ident:
			add(n.Name)
		case *ast.ImportSpec:
			importPath := strings.Trim(n.Path.Value, "`\"")
			local := c.s.pkgNames[importPath]
			if local == "" {
				local = path.Base(importPath)
			}
			if n.Name != nil {
				local = n.Name.Name
			}
			if local == "." {
				for name := range c.s.symbols[importPath] {
					add(name)
				}
			}
			add(local)
			add(local + "/" + c.name)
		}
		return true
	})
	return names
}

// undo is a cell's record of its compilations, to undo a failed one at
// once, or the ones after a part that failed at run time.
type undo struct {
	y       *yaegistate.Tracker
	changes []*yaegistate.Change
}

// mark returns a mark of the current state, for restore.
func (u *undo) mark() int { return len(u.changes) }

// compile runs compile, a compilation of code naming names and declaring
// methods on the types recv, and undoes it if it fails. nested are the
// hidden variables of the code's nested blocks (cellsrc.NestedVars), whose
// symbols and unshared slots the tracker lets go once the cell has run.
func (u *undo) compile(names, recv []string, nested map[string]bool, compile func() error) error {
	if u.y == nil {
		return compile()
	}
	ch := u.y.Begin(names, recv)
	ch.SetNested(nested)
	if err := compile(); err != nil {
		u.y.Abort(ch)
		return err
	}
	u.y.Commit(ch)
	u.changes = append(u.changes, ch)
	return nil
}

// restore undoes the compilations made since mark k.
func (u *undo) restore(k int) {
	if u.y == nil {
		return
	}
	for len(u.changes) > k {
		n := len(u.changes) - 1
		u.y.Revert(u.changes[n])
		u.changes = u.changes[:n]
	}
}
