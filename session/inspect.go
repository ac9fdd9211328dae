package session

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/build"
	"go/doc"
	"go/parser"
	"go/printer"
	"go/token"
	"path/filepath"
	"reflect"
	"strings"
)

// packageDoc is the parsed documentation of one package from the Go
// sources on this machine; nil doc means the sources are not there.
type packageDoc struct {
	fset *token.FileSet
	doc  *doc.Package
}

// Inspect describes the symbol under cursor (a rune offset): a package
// member (its type, and its declaration and doc comment when the Go
// sources are installed), or a name from an earlier cell (its declaration).
// detail is accepted for the protocol; both levels show the same text.
func (s *Session) Inspect(code string, cursor int, detail int) (text string, found bool) {
	qualifier, name := symbolAt(code, cursor)
	if name == "" {
		return "", false
	}
	if qualifier != "" {
		s.mu.Lock()
		importPath, ok := s.declared.imported[qualifier]
		s.mu.Unlock()
		if !ok {
			return "", false
		}
		return s.describeMember(qualifier, importPath, name)
	}
	s.mu.Lock()
	sym, ok := s.declared.user[name]
	importPath, isPkg := s.declared.imported[name]
	s.mu.Unlock()
	switch {
	case ok:
		return sym.decl, true
	case isPkg:
		text := fmt.Sprintf("package %s // import %q", s.pkgNames[importPath], importPath)
		if d := s.packageDoc(importPath); d != nil && d.doc.Doc != "" {
			text += "\n\n" + d.doc.Doc
		}
		return text, true
	}
	if d := s.packageDoc("builtin"); d != nil {
		if decl, comment, ok := d.lookup(name); ok {
			return decl + "\n\n" + comment, true
		}
	}
	return "", false
}

func (s *Session) describeMember(qualifier, importPath, name string) (string, bool) {
	v, known := s.symbols[importPath][name]
	var b strings.Builder
	if d := s.packageDoc(importPath); d != nil {
		if decl, comment, ok := d.lookup(name); ok {
			b.WriteString(decl)
			if comment != "" {
				b.WriteString("\n\n" + comment)
			}
			return b.String(), true
		}
	}
	if !known || !v.IsValid() {
		return "", false
	}
	full := qualifier + "." + name
	switch {
	case v.Kind() == reflect.Func:
		fmt.Fprintf(&b, "func %s: %s", full, v.Type())
	case v.Kind() == reflect.Ptr && v.IsNil():
		fmt.Fprintf(&b, "type %s (%s)", full, v.Type().Elem().Kind())
	default:
		fmt.Fprintf(&b, "%s %s", full, v.Type())
	}
	return b.String(), true
}

// packageDoc parses (once) the sources of a package under GOROOT or GOPATH.
func (s *Session) packageDoc(importPath string) *packageDoc {
	s.mu.Lock()
	d, ok := s.docs[importPath]
	s.mu.Unlock()
	if ok {
		return d
	}
	d = loadDoc(importPath)
	s.mu.Lock()
	s.docs[importPath] = d
	s.mu.Unlock()
	return d
}

func loadDoc(importPath string) *packageDoc {
	bp, err := build.Default.Import(importPath, "", build.FindOnly)
	if err != nil || bp.Dir == "" {
		return nil
	}
	bp, err = build.Default.ImportDir(bp.Dir, 0)
	if err != nil && len(bp.GoFiles) == 0 {
		return nil
	}
	fset := token.NewFileSet()
	var files []*ast.File
	for _, name := range bp.GoFiles {
		f, err := parser.ParseFile(fset, filepath.Join(bp.Dir, name), nil, parser.ParseComments)
		if err != nil {
			continue
		}
		files = append(files, f)
	}
	if len(files) == 0 {
		return nil
	}
	mode := doc.Mode(0)
	if importPath == "builtin" {
		mode = doc.AllDecls
	}
	p, err := doc.NewFromFiles(fset, files, importPath, mode)
	if err != nil {
		return nil
	}
	return &packageDoc{fset: fset, doc: p}
}

// lookup finds a top-level name: its declaration (without body) and doc.
func (d *packageDoc) lookup(name string) (decl, comment string, ok bool) {
	show := func(node any) string {
		var buf bytes.Buffer
		if fd, ok := node.(*ast.FuncDecl); ok {
			copyDecl := *fd
			copyDecl.Body = nil
			copyDecl.Doc = nil
			node = &copyDecl
		}
		_ = printer.Fprint(&buf, d.fset, node)
		return buf.String()
	}
	funcs := d.doc.Funcs
	for _, t := range d.doc.Types {
		if t.Name == name {
			return show(t.Decl), t.Doc, true
		}
		funcs = append(funcs, t.Funcs...)
	}
	for _, f := range funcs {
		if f.Name == name {
			return show(f.Decl), f.Doc, true
		}
	}
	values := append(append([]*doc.Value{}, d.doc.Consts...), d.doc.Vars...)
	for _, t := range d.doc.Types {
		values = append(values, t.Consts...)
		values = append(values, t.Vars...)
	}
	for _, v := range values {
		for _, n := range v.Names {
			if n == name {
				return show(v.Decl), v.Doc, true
			}
		}
	}
	return "", "", false
}

// symbolAt finds the identifier at cursor (or the function whose call's
// opening parenthesis is just before it) and its package qualifier.
func symbolAt(code string, cursor int) (qualifier, name string) {
	runes := []rune(code)
	cursor = max(0, min(cursor, len(runes)))
	if cursor > 0 && runes[cursor-1] == '(' && (cursor == len(runes) || !isIdentRune(runes[cursor])) {
		cursor--
	}
	start, end := cursor, cursor
	for start > 0 && isIdentRune(runes[start-1]) {
		start--
	}
	for end < len(runes) && isIdentRune(runes[end]) {
		end++
	}
	if start == end {
		return "", ""
	}
	name = string(runes[start:end])
	if start > 0 && runes[start-1] == '.' {
		q := start - 1
		for q > 0 && isIdentRune(runes[q-1]) {
			q--
		}
		qualifier = string(runes[q : start-1])
	}
	return qualifier, name
}
