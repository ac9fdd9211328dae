package cellsrc

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/gogil/gogil/cellio"
)

// yaegi v0.16.1 leaves out of a cell struct type's method set the methods
// promoted from a native type it embeds by value whose receiver is a
// pointer (all of bytes.Buffer's and strings.Builder's). Native code given
// such a value as an interface gets a wrapper without them, so the
// library's optional upgrades do not happen: io.WriteString calls the
// cell's own Write where Go calls the promoted WriteString, and io.Copy
// skips the promoted ReadFrom. When the cell type declares a method of the
// interface itself (a Write that counts, say), what Go prints differs.
// refuseHiddenPromotedMethods ends the cell, before it runs, at a call of
// a native function with such an argument, naming the embedded type and
// the workaround (embed a pointer, whose methods the interpreter sees).
// A value already held in an interface variable cannot be seen here.

// upgrades are, by a method of the interface native code is given, the
// methods it looks for beyond it.
var upgrades = map[string][]string{
	"Write": {"WriteString", "ReadFrom"},
	"Read":  {"WriteTo", "ReadByte", "ReadRune", "UnreadByte", "UnreadRune"},
}

// upgradingCalls are the functions and methods, by package and name, that
// look for those methods (fmt's Fprint family and most others call
// Write or Read only, and see no difference).
var upgradingCalls = map[string]map[string]bool{
	"io":      {"WriteString": true, "Copy": true, "CopyN": true, "CopyBuffer": true, "MultiWriter": true},
	"bufio":   {"NewWriter": true, "NewWriterSize": true, "NewReader": true, "NewReaderSize": true, "ReadFrom": true, "WriteTo": true},
	"fmt":     {"Fscan": true, "Fscanf": true, "Fscanln": true},
	"strings": {"WriteTo": true},
	"bytes":   {"WriteTo": true},
}

// mayPassEmbeddingValue is the syntactic test that keeps go/types away
// from a part with no struct type embedding a qualified type (pkg.T),
// when no earlier part declared a type.
func mayPassEmbeddingValue(file *ast.File) bool {
	found := false
	ast.Inspect(file, func(n ast.Node) bool {
		if st, ok := n.(*ast.StructType); ok {
			for _, f := range st.Fields.List {
				if _, ok := f.Type.(*ast.SelectorExpr); ok && len(f.Names) == 0 {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// mayCallUpgrading is the syntactic test that keeps go/types away from a
// part that calls no function with the name of one of upgradingCalls.
func mayCallUpgrading(file *ast.File) bool {
	return callsSelectorNamed(file, func(name string) bool {
		for _, names := range upgradingCalls {
			if names[name] {
				return true
			}
		}
		return false
	})
}

// callsSelectorNamed: file calls x.name for a name named says yes to,
// the syntactic test of a pass that looks for calls of a library's
// functions by name.
func callsSelectorNamed(file *ast.File, named func(string) bool) bool {
	found := false
	ast.Inspect(file, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok {
			if sel, ok := call.Fun.(*ast.SelectorExpr); ok && named(sel.Sel.Name) {
				found = true
			}
		}
		return !found
	})
	return found
}

func refuseHiddenPromotedMethods(f *File, opts Options) *cellio.Error {
	if !mayCallUpgrading(f.AST) || !opts.CellTypes && !mayPassEmbeddingValue(f.AST) {
		return nil
	}
	l := f.typedLowering(opts)
	if l == nil {
		return nil
	}
	ast.Inspect(f.AST, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || l.err != nil {
			return l.err == nil
		}
		var id *ast.Ident
		switch fn := ast.Unparen(call.Fun).(type) {
		case *ast.SelectorExpr:
			id = fn.Sel
		case *ast.Ident:
			id = fn
		default:
			return true
		}
		obj, ok := l.t.Info.Uses[id].(*types.Func)
		if !ok || obj.Pkg() == nil || !upgradingCalls[obj.Pkg().Path()][obj.Name()] {
			return true
		}
		sig, ok := obj.Type().(*types.Signature)
		if !ok {
			return true
		}
		for i, arg := range call.Args {
			param := paramType(sig, call, i)
			if param == nil {
				continue
			}
			iface, ok := types.Unalias(param).Underlying().(*types.Interface)
			if !ok || iface.NumMethods() == 0 {
				continue
			}
			tv, ok := l.t.Info.Types[arg]
			if !ok || tv.Type == nil || cellNamed(l.t, tv.Type) == nil {
				continue
			}
			if msg := hiddenUpgrade(l.t, tv.Type, iface); msg != "" {
				l.fail(call, "%s.%s of a value of %s: %s", obj.Pkg().Name(), obj.Name(), types.TypeString(tv.Type, cellQualifier), msg)
				return false
			}
		}
		return true
	})
	return l.err
}

// hiddenUpgrade says why a value of t, handed to native code as iface,
// would miss an upgrade Go makes, or "" when it would not: t declares a
// method of iface in a cell and has one of upgradeMethods, outside iface,
// promoted from a native type embedded by value through a pointer
// receiver.
func hiddenUpgrade(t *Types, typ types.Type, iface *types.Interface) string {
	ms := types.NewMethodSet(typ)
	var own string
	for i := 0; i < iface.NumMethods(); i++ {
		sel := ms.Lookup(nil, iface.Method(i).Name())
		if sel == nil {
			return "" // typ does not implement iface: go/types said so already
		}
		if p := sel.Obj().Pkg(); p != nil && cellPackage(t, p) {
			own = sel.Obj().Name()
		}
	}
	if own == "" {
		return ""
	}
	for i := 0; i < iface.NumMethods(); i++ {
		for _, name := range upgrades[iface.Method(i).Name()] {
			sel := ms.Lookup(nil, name)
			if sel == nil || lookupIn(iface, name) || len(sel.Index()) < 2 {
				continue
			}
			if why := hiddenPromoted(t, typ, sel, own); why != "" {
				return why
			}
		}
	}
	return ""
}

// hiddenPromoted says why the interpreter hides sel, a method of typ
// promoted through an embedded field, or "" when it does not.
func hiddenPromoted(t *Types, typ types.Type, sel *types.Selection, own string) string {
	name := sel.Obj().Name()
	embedded := embeddedAlong(typ, sel.Index())
	if embedded == nil {
		return ""
	}
	named, ok := types.Unalias(embedded).(*types.Named)
	if !ok || named.Obj().Pkg() == nil || cellPackage(t, named.Obj().Pkg()) {
		return ""
	}
	recv := sel.Obj().(*types.Func).Type().(*types.Signature).Recv()
	if recv == nil {
		return ""
	}
	if _, ptr := recv.Type().(*types.Pointer); !ptr {
		return ""
	}
	e := types.TypeString(named, nil)
	short := e[strings.LastIndex(e, "/")+1:]
	return "it embeds " + short + " and declares " + own + " itself, and the interpreter hides " + short + "'s " + name +
		" (a method of *" + short + ") from native code, which would call its " + own + " where Go calls the promoted " + name +
		"; embed *" + short + " instead (initialized, say &" + short + "{}), or declare " + name + " on the type"
}

// lookupIn tells whether iface has a method of that name.
func lookupIn(iface *types.Interface, name string) bool {
	for i := 0; i < iface.NumMethods(); i++ {
		if iface.Method(i).Name() == name {
			return true
		}
	}
	return false
}

// embeddedAlong is the type of the last embedded field that index (a
// selection's path) goes through before the method, or nil when that
// field is a pointer (whose methods the interpreter sees).
func embeddedAlong(typ types.Type, index []int) types.Type {
	t := typ
	for _, i := range index[:len(index)-1] {
		if p, ok := types.Unalias(t).Underlying().(*types.Pointer); ok {
			t = p.Elem()
		}
		st, ok := types.Unalias(t).Underlying().(*types.Struct)
		if !ok || i >= st.NumFields() {
			return nil
		}
		t = st.Field(i).Type()
	}
	if _, ok := types.Unalias(t).(*types.Pointer); ok {
		return nil
	}
	return t
}
