package cellsrc

import (
	"go/ast"
	"go/token"
	"go/types"
	"sort"
	"strconv"

	"github.com/gogil/gogil/cellio"
)

// yaegi v0.16.1 keeps the code it generates for a generic function, a
// method of a generic type or a generic type under its name and type
// arguments alone ("Len[int]"): Stack[int].Len and Queue[int].Len are one,
// and a call of the second runs the first's body on a Queue (a panic, or
// silently a wrong value). A generic function Len[int] shares that key
// too, and a method named like a generic type (List[T].Node beside
// Node[T]) crashes the interpreter. Only the number of type arguments and
// the type arguments themselves tell the instances apart, so Stack[int].Len
// and Queue[string].Len do not meet; the cells may instantiate later,
// though, so the lowering treats every pair with as many type parameters
// as meeting.
//
// The first owner of a name keeps it (a generic function or type always:
// it cannot be renamed; among methods the first the session declared).
// A later method of that name gets a hidden name of its type's
// (Len__Queue), in its declaration and at every selector go/types resolves
// to it, in this part and in the later cells, which the runner tells
// through Options.RenamedMethods. A renamed method is no longer the one an
// interface lists, so a value of its type cannot stand for an interface
// that names it (or, held in any interface, be found to have the methods
// that library code looks up: String for fmt, Error, MarshalJSON...):
// such a conversion, instantiation or assertion is refused with an error
// naming the method, never run with the other type's body or without the
// method. A value printed by fmt and log is the printing pass's (it calls
// String and Error itself, by the hidden name).

// hiddenMethodName is the name a colliding method of the generic type typ
// is given.
func hiddenMethodName(typ, method string) string { return method + "__" + typ }

// RenamedMethods are the methods of generic types ("Queue.Len") the last
// Lower of this part gave a hidden name, which the runner remembers for
// the later parts (Options.RenamedMethods).
func (f *File) RenamedMethods() []string {
	var keys []string
	for k := range f.renamed {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// dynamicMethods are the methods library code finds on a value held in
// any interface, by asserting to one of its own (fmt, errors,
// encoding/json and xml).
var dynamicMethods = map[string]bool{
	"String": true, "Error": true, "Format": true, "GoString": true, "Unwrap": true, "Is": true, "As": true,
	"MarshalJSON": true, "UnmarshalJSON": true, "MarshalText": true, "UnmarshalText": true,
	"MarshalXML": true, "UnmarshalXML": true, "MarshalBinary": true, "UnmarshalBinary": true,
}

// genericOwner is who holds a name among the generic declarations.
type genericOwner struct {
	typ  string // the generic type of a method; "" for a function or type
	what string // as an error names it
}

// lowerGenericMethodNames renames the methods of generic types whose name
// another generic method, function or type with as many type parameters
// holds, and refuses what the renaming cannot serve.
func lowerGenericMethodNames(f *File, opts Options) *cellio.Error {
	f.renamed, f.hidden = nil, nil
	mine, declares := genericMethodDecls(f.AST)
	if !declares && len(opts.RenamedMethods) == 0 {
		return nil
	}
	t := f.types(opts)
	if declares {
		if e := f.decideGenericMethodNames(t, opts, mine); e != nil {
			f.renamed = nil
			return e
		}
	}
	renamed := func(key string) bool { return f.renamed[key] || opts.RenamedMethods[key] }
	if len(f.renamed) == 0 && len(opts.RenamedMethods) == 0 {
		return nil
	}
	f.hidden = renamed
	if t == nil || t.Info == nil || t.Info.Selections == nil {
		if len(f.renamed) > 0 {
			fd := mine[0]
			recv, _ := genericReceiver(fd.Recv.List[0].Type)
			return f.compileError(fd.Name, "method %s of the generic type %s has the name of a method of another generic type, which gogil can run only by renaming it, and it could not type-check this code to rename its calls; give one of them another name", fd.Name.Name, recv)
		}
		return nil
	}
	if e := f.checkRenamedInterfaces(t, opts, renamed); e != nil {
		f.renamed = nil
		return e
	}
	for _, fd := range mine {
		recv, _ := genericReceiver(fd.Recv.List[0].Type)
		if renamed(recv + "." + fd.Name.Name) {
			fd.Name.Name = hiddenMethodName(recv, fd.Name.Name)
		}
	}
	for sel, s := range t.Info.Selections {
		if s.Kind() == types.FieldVal {
			continue
		}
		fn, ok := s.Obj().(*types.Func)
		if !ok {
			continue
		}
		if key, typ := genericMethodKey(t, fn); key != "" && renamed(key) {
			sel.Sel.Name = hiddenMethodName(typ, fn.Name())
		}
	}
	return nil
}

// methodName is the name a call of m is written with: its hidden name if
// the lowering renamed it.
func (f *File) methodName(t *Types, m Method) string {
	if f.hidden == nil || t == nil {
		return m.Name
	}
	obj, _, _ := types.LookupFieldOrMethod(m.Recv, true, nil, m.Name)
	if fn, ok := obj.(*types.Func); ok {
		if key, typ := genericMethodKey(t, fn); key != "" && f.hidden(key) {
			return hiddenMethodName(typ, m.Name)
		}
	}
	return m.Name
}

// genericMethodDecls are the part's methods of generic types; declares
// says whether it declares those or generic functions or types.
func genericMethodDecls(file *ast.File) (mine []*ast.FuncDecl, declares bool) {
	for _, d := range file.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			if d.Recv != nil && len(d.Recv.List) == 1 {
				if _, n := genericReceiver(d.Recv.List[0].Type); n > 0 {
					mine = append(mine, d)
				}
			} else if d.Recv == nil && d.Type.TypeParams != nil && d.Type.TypeParams.NumFields() > 0 {
				declares = true
			}
		case *ast.GenDecl:
			for _, s := range d.Specs {
				if ts, ok := s.(*ast.TypeSpec); ok && ts.TypeParams != nil && ts.TypeParams.NumFields() > 0 {
					declares = true
				}
			}
		}
	}
	return mine, declares || len(mine) > 0
}

// genericMethodKey is "Type.Method" for a method of a generic type the
// cells declared, and the type's name; "" for any other function.
func genericMethodKey(t *Types, fn *types.Func) (key, typ string) {
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() == nil {
		return "", ""
	}
	rt := sig.Recv().Type()
	if p, ok := rt.(*types.Pointer); ok {
		rt = p.Elem()
	}
	named, ok := rt.(*types.Named)
	if !ok || named.Origin().TypeParams().Len() == 0 {
		return "", ""
	}
	if _, isIface := named.Underlying().(*types.Interface); isIface {
		return "", ""
	}
	obj := named.Origin().Obj()
	if obj.Pkg() == nil || !cellPackage(t, obj.Pkg()) {
		return "", ""
	}
	return obj.Name() + "." + fn.Name(), obj.Name()
}

// decideGenericMethodNames takes the names of the part's generic functions
// and types, then gives each method of a generic type its name if no other
// owner holds it, or marks it renamed.
func (f *File) decideGenericMethodNames(t *Types, opts Options, mine []*ast.FuncDecl) *cellio.Error {
	taken := map[string]genericOwner{} // name/params -> owner
	key := func(name string, n int) string { return name + "/" + strconv.Itoa(n) }
	// The earlier parts' generic types, their kept methods, and functions.
	if t != nil && t.Info != nil {
		var pkg *types.Package
		for _, o := range t.Info.Defs {
			if o != nil && o.Pkg() != nil && cellPackage(t, o.Pkg()) {
				pkg = o.Pkg()
				break
			}
		}
		if pkg != nil {
			own := map[string]bool{}
			for _, d := range f.AST.Decls {
				if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil {
					own[fd.Name.Name] = true
				}
				if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.TYPE {
					for _, s := range gd.Specs {
						own[s.(*ast.TypeSpec).Name.Name] = true
					}
				}
			}
			inPart := func(p token.Pos) bool { return p >= f.AST.Pos() && p <= f.AST.End() }
			for _, name := range pkg.Scope().Names() {
				switch o := pkg.Scope().Lookup(name).(type) {
				case *types.TypeName:
					n, ok := o.Type().(*types.Named)
					if !ok || n.TypeParams().Len() == 0 {
						continue
					}
					params := n.TypeParams().Len()
					if !own[name] {
						taken[key(name, params)] = genericOwner{what: "the generic type " + name}
					}
					for i := range n.NumMethods() {
						m := n.Method(i)
						if inPart(m.Pos()) || opts.RenamedMethods[name+"."+m.Name()] {
							continue
						}
						if _, ok := taken[key(m.Name(), params)]; !ok {
							taken[key(m.Name(), params)] = genericOwner{typ: name, what: "a method " + m.Name() + " of the generic type " + name}
						}
					}
				case *types.Func:
					if sig, ok := o.Type().(*types.Signature); ok && sig.TypeParams().Len() > 0 && !own[name] {
						taken[key(name, sig.TypeParams().Len())] = genericOwner{what: "the generic function " + name}
					}
				}
			}
		}
	}
	// This part's functions and types cannot be renamed: a method of an
	// earlier cell holding their name is refused.
	claim := func(at *ast.Ident, n int, what string) *cellio.Error {
		if o, ok := taken[key(at.Name, n)]; ok && o.typ != "" {
			return f.compileError(at, "%s has the name of %s, declared by an earlier cell, which is not supported by gogil: its interpreter keeps one instance per name and type arguments, so with the same type arguments one would run the other's body; give one of them another name", what, o.what)
		}
		taken[key(at.Name, n)] = genericOwner{what: what}
		return nil
	}
	for _, d := range f.AST.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			if d.Recv == nil && d.Type.TypeParams != nil && d.Type.TypeParams.NumFields() > 0 {
				if e := claim(d.Name, d.Type.TypeParams.NumFields(), "the generic function "+d.Name.Name); e != nil {
					return e
				}
			}
		case *ast.GenDecl:
			if d.Tok != token.TYPE {
				continue
			}
			for _, s := range d.Specs {
				ts := s.(*ast.TypeSpec)
				if ts.TypeParams != nil && ts.TypeParams.NumFields() > 0 {
					if e := claim(ts.Name, ts.TypeParams.NumFields(), "the generic type "+ts.Name.Name); e != nil {
						return e
					}
				}
			}
		}
	}
	for _, fd := range mine {
		recv, n := genericReceiver(fd.Recv.List[0].Type)
		k := recv + "." + fd.Name.Name
		if opts.RenamedMethods[k] {
			continue // declared renamed already
		}
		if o, ok := taken[key(fd.Name.Name, n)]; ok && o.typ != recv {
			if f.renamed == nil {
				f.renamed = map[string]bool{}
			}
			f.renamed[k] = true
			continue
		}
		taken[key(fd.Name.Name, n)] = genericOwner{typ: recv, what: "a method " + fd.Name.Name + " of the generic type " + recv}
	}
	return nil
}

// checkRenamedInterfaces refuses a value whose type has a renamed method
// where an interface would need that method: converted to an interface
// that lists it (or, for a method library code looks up, to any
// interface), as a type argument whose constraint lists it, or an
// assertion to an interface that lists a renamed method's name.
func (f *File) checkRenamedInterfaces(t *Types, opts Options, renamed func(string) bool) *cellio.Error {
	info := t.Info
	qualify := func(p *types.Package) string {
		name, _ := t.Qualifier(p)
		return name
	}
	names := map[string]bool{} // the renamed methods' names
	for k := range opts.RenamedMethods {
		names[k[indexDot(k)+1:]] = true
	}
	for k := range f.renamed {
		names[k[indexDot(k)+1:]] = true
	}
	var err *cellio.Error
	display := false // the value the cell ends with, which the runner displays
	check := func(at ast.Node, v, target types.Type, printArg bool) {
		if err != nil || v == nil || target == nil {
			return
		}
		iface, ok := target.Underlying().(*types.Interface)
		if !ok || types.IsInterface(v) {
			return
		}
		ms := types.NewMethodSet(v)
		for i := range ms.Len() {
			fn, ok := ms.At(i).Obj().(*types.Func)
			if !ok {
				continue
			}
			key, typ := genericMethodKey(t, fn)
			if key == "" || !renamed(key) {
				continue
			}
			name := fn.Name()
			listed := false
			for j := range iface.NumMethods() {
				listed = listed || iface.Method(j).Name() == name
			}
			if !listed && (!dynamicMethods[name] || printArg && opts.Describe != nil && (name == "String" || name == "Error")) {
				continue
			}
			if display {
				err = f.compileError(at, "the value this cell ends with, of %s, would be displayed without its method %s, which gogil cannot run: method %s of the generic type %s has the name of a method of another generic type, and gogil gives it a hidden name (%s) because its interpreter keeps one instance per name and type arguments; print it with fmt.Println, or give one of the methods another name",
					types.TypeString(v, qualify), name, name, typ, hiddenMethodName(typ, name))
				return
			}
			why := "which lists " + name
			if !listed {
				why = "where library code looks the method " + name + " up"
			}
			err = f.compileError(at, "a value of %s is used as %s, %s, which gogil cannot run: method %s of the generic type %s has the name of a method of another generic type, and gogil gives it a hidden name (%s) because its interpreter keeps one instance per name and type arguments; give one of the methods another name",
				types.TypeString(v, qualify), types.TypeString(target, qualify), why, name, typ, hiddenMethodName(typ, name))
			return
		}
	}
	assertTo := func(at ast.Expr) {
		if err != nil || at == nil {
			return
		}
		tv, ok := info.Types[at]
		if !ok {
			return
		}
		iface, ok := tv.Type.Underlying().(*types.Interface)
		if !ok {
			return
		}
		for j := range iface.NumMethods() {
			if name := iface.Method(j).Name(); names[name] {
				err = f.compileError(at, "an assertion to %s, which lists %s, is not supported by gogil here: a method %s of a generic type has a hidden name (its interpreter keeps one instance per name and type arguments, and another generic type has a method %s too), so a value of that type would not be found to have it; give one of the methods another name",
					types.TypeString(tv.Type, qualify), name, name, name)
				return
			}
		}
	}
	var sigs []*types.Signature // of the enclosing functions
	var walk func(n ast.Node) bool
	walk = func(n ast.Node) bool {
		if err != nil {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncDecl:
			sig, _ := info.Defs[n.Name].Type().(*types.Signature)
			if info.Defs[n.Name] == nil {
				sig = nil
			}
			sigs = append(sigs, sig)
			if n.Body != nil {
				ast.Inspect(n.Body, walk)
			}
			sigs = sigs[:len(sigs)-1]
			return false
		case *ast.FuncLit:
			sig, _ := info.TypeOf(n).(*types.Signature)
			sigs = append(sigs, sig)
			ast.Inspect(n.Body, walk)
			sigs = sigs[:len(sigs)-1]
			return false
		case *ast.ReturnStmt:
			if len(sigs) > 0 && sigs[len(sigs)-1] != nil {
				res := sigs[len(sigs)-1].Results()
				if res.Len() == len(n.Results) {
					for i, r := range n.Results {
						check(r, info.TypeOf(r), res.At(i).Type(), false)
					}
				}
			}
		case *ast.CallExpr:
			ftv, ok := info.Types[n.Fun]
			if !ok {
				break
			}
			if ftv.IsType() {
				if len(n.Args) == 1 {
					check(n.Args[0], info.TypeOf(n.Args[0]), ftv.Type, false)
				}
				break
			}
			sig, ok := ftv.Type.Underlying().(*types.Signature)
			if !ok {
				break
			}
			printArg := isPrintCall(n)
			for i, a := range n.Args {
				var pt types.Type
				switch {
				case sig.Variadic() && i >= sig.Params().Len()-1:
					last := sig.Params().At(sig.Params().Len() - 1).Type()
					if n.Ellipsis.IsValid() {
						pt = last
					} else if s, ok := last.(*types.Slice); ok {
						pt = s.Elem()
					}
				case i < sig.Params().Len():
					pt = sig.Params().At(i).Type()
				}
				check(a, info.TypeOf(a), pt, printArg)
			}
		case *ast.AssignStmt:
			if len(n.Lhs) == len(n.Rhs) {
				for i := range n.Lhs {
					check(n.Rhs[i], info.TypeOf(n.Rhs[i]), info.TypeOf(n.Lhs[i]), false)
				}
			}
		case *ast.ValueSpec:
			if n.Type != nil {
				for _, v := range n.Values {
					check(v, info.TypeOf(v), info.TypeOf(n.Type), false)
				}
			}
		case *ast.SendStmt:
			if ch, ok := info.TypeOf(n.Chan).Underlying().(*types.Chan); ok {
				check(n.Value, info.TypeOf(n.Value), ch.Elem(), false)
			}
		case *ast.CompositeLit:
			lt := info.TypeOf(n)
			if lt == nil {
				break
			}
			for i, el := range n.Elts {
				var k, v ast.Expr = nil, el
				if kv, ok := el.(*ast.KeyValueExpr); ok {
					k, v = kv.Key, kv.Value
				}
				switch u := lt.Underlying().(type) {
				case *types.Slice:
					check(v, info.TypeOf(v), u.Elem(), false)
				case *types.Array:
					check(v, info.TypeOf(v), u.Elem(), false)
				case *types.Map:
					if k != nil {
						check(k, info.TypeOf(k), u.Key(), false)
					}
					check(v, info.TypeOf(v), u.Elem(), false)
				case *types.Struct:
					if id, ok := k.(*ast.Ident); ok {
						for j := range u.NumFields() {
							if u.Field(j).Name() == id.Name {
								check(v, info.TypeOf(v), u.Field(j).Type(), false)
							}
						}
					} else if k == nil && i < u.NumFields() {
						check(v, info.TypeOf(v), u.Field(i).Type(), false)
					}
				}
			}
		case *ast.TypeAssertExpr:
			assertTo(n.Type)
		case *ast.TypeSwitchStmt:
			for _, c := range n.Body.List {
				for _, x := range c.(*ast.CaseClause).List {
					assertTo(x)
				}
			}
		}
		return true
	}
	ast.Inspect(f.AST, walk)
	if err != nil {
		return err
	}
	if trailing := f.Trailing(); trailing != nil {
		display = true
		anyType := types.NewInterfaceType(nil, nil)
		switch tv := info.TypeOf(trailing.X).(type) {
		case *types.Tuple:
			for i := range tv.Len() {
				check(trailing.X, tv.At(i).Type(), anyType, false)
			}
		default:
			check(trailing.X, tv, anyType, false)
		}
		display = false
		if err != nil {
			return err
		}
	}
	// Type arguments whose constraints list a renamed method.
	idents := make([]*ast.Ident, 0, len(info.Instances))
	for id := range info.Instances {
		idents = append(idents, id)
	}
	sort.Slice(idents, func(i, j int) bool { return idents[i].Pos() < idents[j].Pos() })
	for _, id := range idents {
		inst := info.Instances[id]
		var tparams *types.TypeParamList
		switch o := info.Uses[id].(type) {
		case *types.Func:
			if sig, ok := o.Type().(*types.Signature); ok {
				tparams = sig.TypeParams()
			}
		case *types.TypeName:
			if n, ok := o.Type().(*types.Named); ok {
				tparams = n.TypeParams()
			}
		}
		if tparams == nil || inst.TypeArgs == nil {
			continue
		}
		for i := 0; i < inst.TypeArgs.Len() && i < tparams.Len(); i++ {
			c := tparams.At(i).Constraint()
			if u, ok := c.Underlying().(*types.Interface); ok && u.NumMethods() > 0 {
				check(id, inst.TypeArgs.At(i), c, false)
			}
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func indexDot(key string) int {
	for i := len(key) - 1; i >= 0; i-- {
		if key[i] == '.' {
			return i
		}
	}
	return -1
}

// isPrintCall says whether call is one of the print functions whose
// arguments the printing pass hands fmt with their methods.
func isPrintCall(call *ast.CallExpr) bool {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok {
		return false
	}
	pkg, ok := sel.X.(*ast.Ident)
	return ok && printFuncs[pkg.Name][sel.Sel.Name]
}
