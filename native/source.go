package native

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/parser"
	"go/printer"
	"go/scanner"
	"go/token"
	"sort"
	"strconv"
	"strings"
)

// The file names compiled code's positions carry: the cell's own lines
// (through a //line directive, so that compile errors and panics name the
// cell's line) and what this package adds after them.
const (
	cellFile      = "cell"
	generatedFile = "gogil-generated"
)

// The names the generated code uses for its own imports: they cannot clash
// with a cell's names, which may not start with two underscores and
// "gogil" at once in practice.
const (
	rtAlias = "__gogil"
	gilPath = "github.com/gogil/gogil/gil" // what a cell may import by hand
)

// signature is a compiled function's type as source, for later cells that
// call it: they declare a variable of that type, set when they load.
type signature struct {
	fn      *ast.FuncType
	text    string            // "func(n uint64) uint64"
	imports map[string]string // package names the text uses -> import path
	local   []string          // types of its own cell the text names
}

// source is a cell turned into the plugin's main package.
type source struct {
	text   string               // cell.go
	funcs  map[string]signature // functions the cell declares
	types  []string
	consts []string
	links  []string // functions of earlier cells it calls
	// imports are the cell's import paths, gil's excepted.
	imports []string
}

// sourceError is a cell that cannot become a package: its lines name the
// cell's own line and column.
type sourceError struct{ lines []string }

func (e *sourceError) Error() string { return strings.Join(e.lines, "\n") }

// generate turns a cell's code into the plugin's main package. modPath is
// the plugin's module; earlier holds the functions of earlier compiled cells
// this one may call.
func generate(code string, nogil bool, modPath string, earlier map[string]signature) (*source, error) {
	const head = "package main\n"
	prefix := head + "//line " + cellFile + ":1:1\n"
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, cellFile+".go", prefix+code, parser.AllErrors)
	if err != nil {
		return nil, syntaxError(err)
	}
	offset := func(p token.Pos) int { return fset.Position(p).Offset - len(prefix) }
	position := func(p token.Pos) string {
		pos := fset.Position(p)
		return fmt.Sprintf("line %d, column %d", pos.Line, pos.Column)
	}
	src := &source{funcs: map[string]signature{}}
	imports := map[string]string{} // local name -> path
	declared := map[string]bool{}
	var edits []edit
	var problems []string
	for _, im := range file.Imports {
		path, _ := strconv.Unquote(im.Path.Value)
		if path == gilPath {
			edits = append(edits, edit{offset(im.Path.Pos()), offset(im.Path.End()), strconv.Quote(modPath + "/gil")})
		} else {
			src.imports = append(src.imports, path)
		}
		name := path[strings.LastIndex(path, "/")+1:]
		if im.Name != nil {
			name = im.Name.Name
		}
		imports[name] = path
	}
	typeNames := map[string]bool{}
	for _, d := range file.Decls {
		if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.TYPE {
			for _, s := range g.Specs {
				typeNames[s.(*ast.TypeSpec).Name.Name] = true
			}
		}
	}
	for _, d := range file.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			name := d.Name.Name
			if d.Recv != nil || name == "init" || name == "_" {
				continue
			}
			if name == "main" {
				problems = append(problems, position(d.Pos())+": a %%native cell cannot declare func main (a plugin has none); give it another name")
				continue
			}
			if d.Type.TypeParams != nil {
				problems = append(problems, position(d.Pos())+": generic function "+name+": the interpreter cannot call a generic compiled function; instantiate it in a plain function")
				continue
			}
			if strings.HasPrefix(name, "Gogil_") {
				problems = append(problems, position(d.Pos())+": names starting with Gogil_ are gogil's own")
				continue
			}
			src.funcs[name] = signatureOf(d.Type, imports, typeNames)
			declared[name] = true
		case *ast.GenDecl:
			for _, s := range d.Specs {
				switch s := s.(type) {
				case *ast.TypeSpec:
					if s.TypeParams != nil {
						problems = append(problems, position(s.Pos())+": generic type "+s.Name.Name+": the interpreter cannot use a generic compiled type")
						continue
					}
					declared[s.Name.Name] = true
					if s.Name.Name != "_" {
						src.types = append(src.types, s.Name.Name)
					}
				case *ast.ValueSpec:
					for _, n := range s.Names {
						declared[n.Name] = true
						if d.Tok == token.CONST && n.Name != "_" {
							src.consts = append(src.consts, n.Name)
						}
					}
				}
			}
		}
	}
	if len(problems) > 0 {
		return nil, &sourceError{lines: problems}
	}
	keepOS := "" // the name of package os, when its Exit was rewritten away
	ast.Inspect(file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.ForStmt:
			// Interrupts: one load and a predicted branch an iteration.
			edits = append(edits, edit{offset(n.Body.Lbrace) + 1, offset(n.Body.Lbrace) + 1, rtAlias + ".Check();"})
		case *ast.RangeStmt:
			edits = append(edits, edit{offset(n.Body.Lbrace) + 1, offset(n.Body.Lbrace) + 1, rtAlias + ".Check();"})
		case *ast.GoStmt:
			edits = append(edits, goEdits(n, offset)...)
		case *ast.SelectorExpr:
			// os.Exit would end the kernel's process: the cell ends instead.
			if x, ok := n.X.(*ast.Ident); ok && imports[x.Name] == "os" && n.Sel.Name == "Exit" {
				edits = append(edits, edit{offset(n.Pos()), offset(n.End()), rtAlias + ".Exit"})
				keepOS = x.Name
			}
		case *ast.ExprStmt:
			// log.Fatal* prints, then calls os.Exit: print, then end the cell.
			if call, ok := n.X.(*ast.CallExpr); ok {
				if sel, ok := call.Fun.(*ast.SelectorExpr); ok {
					if x, ok := sel.X.(*ast.Ident); ok && imports[x.Name] == "log" && strings.HasPrefix(sel.Sel.Name, "Fatal") {
						edits = append(edits,
							edit{offset(sel.Sel.Pos()), offset(sel.Sel.End()), "Print" + strings.TrimPrefix(sel.Sel.Name, "Fatal")},
							edit{offset(call.End()), offset(call.End()), ";" + rtAlias + ".Exit(1)"})
					}
				}
			}
		}
		return true
	})
	// Names the cell uses but does not declare: the gil package without an
	// import, and functions of earlier compiled cells.
	addGil := false
	linked := map[string]bool{}
	for _, id := range file.Unresolved {
		switch {
		case id.Name == "gil" && imports["gil"] == "":
			addGil = true
		case !declared[id.Name] && earlier[id.Name].text != "" && !linked[id.Name]:
			linked[id.Name] = true
			src.links = append(src.links, id.Name)
		}
	}
	sort.Strings(src.links)

	var out strings.Builder
	out.WriteString(head)
	fmt.Fprintf(&out, "import %s %q\n", rtAlias, modPath+"/gil") // Gogil_Bind uses it
	if addGil {
		fmt.Fprintf(&out, "import gil %q\n", modPath+"/gil")
	}
	out.WriteString("//line " + cellFile + ":1:1\n")
	out.WriteString(apply(code, edits))
	out.WriteString("\n//line " + generatedFile + ":1:1\n")
	if keepOS != "" {
		// os may have been imported for Exit alone.
		fmt.Fprintf(&out, "var _ = %s.Args\n", keepOS)
	}
	if err := src.tail(&out, nogil, earlier, imports); err != nil {
		return nil, err
	}
	src.text = out.String()
	return src, nil
}

// tail writes what the kernel looks up in the plugin: the tables of the
// cell's names, the nogil wrappers and the links to earlier cells.
func (src *source) tail(out *strings.Builder, nogil bool, earlier map[string]signature, imports map[string]string) error {
	names := make([]string, 0, len(src.funcs))
	for n := range src.funcs {
		names = append(names, n)
	}
	sort.Strings(names)
	var problems []string
	for _, n := range src.links {
		sig := earlier[n]
		for name, path := range sig.imports {
			if imports[name] != path {
				problems = append(problems, fmt.Sprintf("%s (from an earlier %%%%native cell) has a signature naming package %s: import %q in this cell to call it", n, name, path))
			}
		}
		if len(sig.local) > 0 {
			problems = append(problems, fmt.Sprintf("%s (from an earlier %%%%native cell) takes or returns %s, a type of that cell: compiled cells cannot share types yet; declare them in one cell", n, strings.Join(sig.local, ", ")))
		}
		fmt.Fprintf(out, "var %s %s\n", n, sig.text)
	}
	if len(problems) > 0 {
		return &sourceError{lines: problems}
	}
	for _, n := range names {
		writeWrapper(out, n, src.funcs[n], nogil)
	}
	// The tables hold plain values: the kernel makes reflect.Values of
	// them, so the plugin links neither reflect nor go/constant (a third
	// of a small cell's plugin, mapped for the kernel's life).
	out.WriteString("func Gogil_Symbols() map[string]any {\n\treturn map[string]any{\n")
	for _, n := range names {
		fmt.Fprintf(out, "\t\t%q: gogil_export_%s,\n", n, n)
	}
	for _, n := range src.types {
		fmt.Fprintf(out, "\t\t%q: (*%s)(nil),\n", n, n)
	}
	for _, n := range src.consts {
		fmt.Fprintf(out, "\t\t%q: %s,\n", n, n)
	}
	out.WriteString("\t}\n}\n")
	out.WriteString("func Gogil_Raw() map[string]any {\n\treturn map[string]any{\n")
	for _, n := range names {
		fmt.Fprintf(out, "\t\t%q: %s,\n", n, n)
	}
	out.WriteString("\t}\n}\n")
	out.WriteString("func Gogil_Links() map[string]any {\n\treturn map[string]any{\n")
	for _, n := range src.links {
		fmt.Fprintf(out, "\t\t%q: &%s,\n", n, n)
	}
	out.WriteString("\t}\n}\n")
	fmt.Fprintf(out, "var Gogil_Bind = %s.Bind\n", rtAlias)
	return nil
}

// writeWrapper writes what the kernel's callers get instead of a function
// of the cell: for nogil, Numba's wrapper (the lock let go on entry if the
// caller holds it, taken back on return); for every cell, a deferred
// Annotate that names the cell's line in a panic's message. Calls inside
// compiled code go to the function itself, so recursion never touches the
// lock.
func writeWrapper(out *strings.Builder, name string, sig signature, nogil bool) {
	var params, args []string
	spread := ""
	for i, f := range sig.fn.Params.List {
		n := max(len(f.Names), 1)
		for j := 0; j < n; j++ {
			p := fmt.Sprintf("p%d_%d", i, j)
			t := exprText(f.Type)
			if e, ok := f.Type.(*ast.Ellipsis); ok {
				spread = "..."
				t = "..." + exprText(e.Elt)
			}
			params = append(params, p+" "+t)
			args = append(args, p)
		}
	}
	var results []string
	if sig.fn.Results != nil {
		for _, f := range sig.fn.Results.List {
			for j := 0; j < max(len(f.Names), 1); j++ {
				results = append(results, exprText(f.Type))
			}
		}
	}
	fmt.Fprintf(out, "func gogil_export_%s(%s) (%s) {\n", name, strings.Join(params, ", "), strings.Join(results, ", "))
	if nogil {
		fmt.Fprintf(out, "\tt := %s.LetGo()\n\tdefer %s.TakeBack(t)\n", rtAlias, rtAlias)
	}
	fmt.Fprintf(out, "\tdefer %s.Annotate()\n\t", rtAlias)
	if len(results) > 0 {
		out.WriteString("return ")
	}
	fmt.Fprintf(out, "%s(%s%s)\n}\n", name, strings.Join(args, ", "), spread)
}

func exprText(e ast.Expr) string {
	var b bytes.Buffer
	_ = printer.Fprint(&b, token.NewFileSet(), e)
	return b.String()
}

// signatureOf prints a function type, noting the packages and the cell's
// own types it names.
func signatureOf(ft *ast.FuncType, imports map[string]string, cellTypes map[string]bool) signature {
	sig := signature{fn: ft, imports: map[string]string{}}
	ast.Inspect(ft, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.SelectorExpr:
			if x, ok := n.X.(*ast.Ident); ok && imports[x.Name] != "" {
				sig.imports[x.Name] = imports[x.Name]
			}
			return false
		case *ast.Ident:
			if cellTypes[n.Name] {
				sig.local = append(sig.local, n.Name)
			}
		}
		return true
	})
	sig.text = exprText(&ast.FuncType{Params: ft.Params, Results: ft.Results})
	return sig
}

// goEdits turns `go f(a, b)` into `__gogil.Go(f, a, b)`: f and its
// arguments are evaluated where the go statement stands, as Go does, and
// the kernel starts the goroutine with a recover that reports its panic.
func goEdits(g *ast.GoStmt, offset func(token.Pos) int) []edit {
	call := g.Call
	fn := rtAlias + ".Go("
	if call.Ellipsis.IsValid() {
		fn = rtAlias + ".GoSpread("
	}
	edits := []edit{{offset(g.Go), offset(call.Fun.Pos()), fn}}
	if len(call.Args) == 0 {
		edits = append(edits, edit{offset(call.Lparen), offset(call.Lparen) + 1, ""})
	} else {
		edits = append(edits, edit{offset(call.Lparen), offset(call.Lparen) + 1, ", "})
	}
	if call.Ellipsis.IsValid() {
		edits = append(edits, edit{offset(call.Ellipsis), offset(call.Ellipsis) + 3, ""})
	}
	return edits
}

// edit replaces code[from:to] with text. Edits never add or remove a line,
// so the cell's line numbers hold in compiled code.
type edit struct {
	from, to int
	text     string
}

func apply(code string, edits []edit) string {
	sort.Slice(edits, func(i, j int) bool { return edits[i].from < edits[j].from })
	var b strings.Builder
	at := 0
	for _, e := range edits {
		b.WriteString(code[at:e.from])
		b.WriteString(e.text)
		at = e.to
	}
	b.WriteString(code[at:])
	return b.String()
}

// syntaxError names the cell's lines, and says what a statement at the top
// level of a compiled cell should be.
func syntaxError(err error) error {
	var list scanner.ErrorList
	if !asErrorList(err, &list) {
		return &sourceError{lines: []string{err.Error()}}
	}
	var lines []string
	for i, e := range list {
		if i == 10 {
			lines = append(lines, fmt.Sprintf("(and %d more)", len(list)-10))
			break
		}
		msg := e.Msg
		if strings.HasPrefix(msg, "expected declaration") {
			msg = "a %%native cell holds declarations only (import, func, type, var, const); this is a statement: run it in an ordinary cell after this one"
		}
		lines = append(lines, fmt.Sprintf("line %d, column %d: %s", e.Pos.Line, e.Pos.Column, msg))
		if strings.HasPrefix(e.Msg, "expected declaration") {
			break
		}
	}
	return &sourceError{lines: lines}
}

func asErrorList(err error, list *scanner.ErrorList) bool {
	l, ok := err.(scanner.ErrorList)
	if ok {
		*list = l
	}
	return ok
}
