package celltypes

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/parser"
	"go/token"
	"go/types"
	"path"
	"reflect"
	"strings"
)

// Symbols are the exported names of the interpreter's packages, by import
// path, as yaegi's interp.Exports hold them (without the "/name" suffix of
// their keys).
type Symbols map[string]map[string]reflect.Value

// importer builds go/types packages from the interpreter's symbol tables,
// and the generic packages from their stubs.
type importer struct {
	symbols  Symbols
	pkgName  func(path string) string
	fset     *token.FileSet
	packages map[string]*types.Package // every package met, complete or not
	complete map[string]bool
	named    map[reflect.Type]*types.Named
	unnamed  map[reflect.Type]types.Type
}

func newImporter(symbols Symbols, pkgName func(string) string) *importer {
	return &importer{
		symbols:  symbols,
		pkgName:  pkgName,
		fset:     token.NewFileSet(),
		packages: map[string]*types.Package{},
		complete: map[string]bool{},
		named:    map[reflect.Type]*types.Named{},
		unnamed:  map[reflect.Type]types.Type{},
	}
}

var constantValue = reflect.TypeFor[constant.Value]()

func (im *importer) Import(importPath string) (*types.Package, error) {
	if importPath == "unsafe" {
		// go/types' own, whose Sizeof the lowering makes a constant
		// (cellsrc/unsafesizes.go); the interpreter never imports it.
		return types.Unsafe, nil
	}
	if im.complete[importPath] {
		return im.packages[importPath], nil
	}
	if src, ok := stubs[importPath]; ok {
		return im.stub(importPath, src)
	}
	syms, ok := im.symbols[importPath]
	if !ok {
		return nil, fmt.Errorf("package %s is not available", importPath)
	}
	pkg := im.pkg(importPath)
	scope := pkg.Scope()
	for name, v := range syms {
		if strings.HasPrefix(name, "_") || !v.IsValid() || scope.Lookup(name) != nil {
			continue // yaegi's interface wrappers, or a type met already
		}
		if obj := im.object(pkg, name, v); obj != nil {
			scope.Insert(obj)
		}
	}
	im.complete[importPath] = true
	pkg.MarkComplete()
	if src, ok := genericStubs[importPath]; ok {
		im.addGeneric(pkg, src)
	}
	return pkg, nil
}

// addGeneric declares in pkg the generic functions and types of src (genericStubs),
// type-checked as a package beside it.
func (im *importer) addGeneric(pkg *types.Package, src string) {
	f, err := parser.ParseFile(im.fset, pkg.Path()+".generic.go", src, 0)
	if err != nil {
		return
	}
	conf := types.Config{Importer: im, Error: func(error) {}}
	beside, _ := conf.Check("gogil.generic/"+pkg.Path(), im.fset, []*ast.File{f}, nil)
	if beside == nil {
		return
	}
	for _, name := range beside.Scope().Names() {
		switch obj := beside.Scope().Lookup(name).(type) {
		case *types.Func, *types.TypeName:
			if pkg.Scope().Lookup(name) == nil {
				pkg.Scope().Insert(obj)
			}
		}
	}
}

func (im *importer) pkg(importPath string) *types.Package {
	if p, ok := im.packages[importPath]; ok {
		return p
	}
	name := ""
	if im.pkgName != nil {
		name = im.pkgName(importPath)
	}
	if name == "" {
		name = path.Base(importPath)
	}
	p := types.NewPackage(importPath, name)
	im.packages[importPath] = p
	return p
}

// object turns one exported symbol into its object: a nil pointer stands
// for a type, a constant.Value for an untyped constant, an addressable
// value for a variable, any other value of a basic type for a typed
// constant.
func (im *importer) object(pkg *types.Package, name string, v reflect.Value) types.Object {
	t := v.Type()
	switch {
	case v.Kind() == reflect.Func && !v.CanAddr():
		return types.NewFunc(token.NoPos, pkg, name, im.signature(t, nil, 0))
	case v.Kind() == reflect.Pointer && v.IsNil() && !v.CanAddr():
		typ := im.typ(t.Elem())
		if n, ok := typ.(*types.Named); ok && n.Obj().Pkg() == pkg && n.Obj().Name() == name {
			return n.Obj()
		}
		return types.NewTypeName(token.NoPos, pkg, name, typ) // an alias
	case t.Implements(constantValue) && !v.CanAddr():
		c := v.Interface().(constant.Value)
		return types.NewConst(token.NoPos, pkg, name, untyped(c.Kind()), c)
	case v.CanAddr():
		return types.NewVar(token.NoPos, pkg, name, im.typ(t))
	}
	if c := constantOf(v); c != nil {
		return types.NewConst(token.NoPos, pkg, name, im.typ(t), c)
	}
	return types.NewVar(token.NoPos, pkg, name, im.typ(t))
}

func untyped(k constant.Kind) types.Type {
	switch k {
	case constant.Bool:
		return types.Typ[types.UntypedBool]
	case constant.String:
		return types.Typ[types.UntypedString]
	case constant.Int:
		return types.Typ[types.UntypedInt]
	case constant.Float:
		return types.Typ[types.UntypedFloat]
	case constant.Complex:
		return types.Typ[types.UntypedComplex]
	}
	return types.Typ[types.Invalid]
}

func constantOf(v reflect.Value) constant.Value {
	switch v.Kind() {
	case reflect.Bool:
		return constant.MakeBool(v.Bool())
	case reflect.String:
		return constant.MakeString(v.String())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return constant.MakeInt64(v.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return constant.MakeUint64(v.Uint())
	case reflect.Float32, reflect.Float64:
		return constant.MakeFloat64(v.Float())
	}
	return nil
}

var basicKinds = map[reflect.Kind]types.BasicKind{
	reflect.Bool: types.Bool, reflect.Int: types.Int, reflect.Int8: types.Int8, reflect.Int16: types.Int16,
	reflect.Int32: types.Int32, reflect.Int64: types.Int64, reflect.Uint: types.Uint, reflect.Uint8: types.Uint8,
	reflect.Uint16: types.Uint16, reflect.Uint32: types.Uint32, reflect.Uint64: types.Uint64,
	reflect.Uintptr: types.Uintptr, reflect.Float32: types.Float32, reflect.Float64: types.Float64,
	reflect.Complex64: types.Complex64, reflect.Complex128: types.Complex128, reflect.String: types.String,
	reflect.UnsafePointer: types.UnsafePointer,
}

// typ turns a reflect type into a go/types type; a named type of a package
// becomes a Named of that package (complete or not), its methods included.
func (im *importer) typ(t reflect.Type) types.Type {
	if t.Name() != "" {
		if t.PkgPath() == "" {
			if obj := types.Universe.Lookup(t.Name()); obj != nil {
				if _, ok := obj.(*types.TypeName); ok {
					return obj.Type()
				}
			}
		} else {
			return im.namedType(t)
		}
	}
	if t.Kind() == reflect.Pointer && t.Elem().Name() != "" {
		// A named type is registered before its methods are typed, so
		// the pointer needs no guard; with one, a method returning its
		// receiver's pointer type ((*slog.Logger).With) met the pointer
		// still being made and was typed invalid.
		return types.NewPointer(im.typ(t.Elem()))
	}
	if done, ok := im.unnamed[t]; ok {
		if done == nil {
			return types.Typ[types.Invalid] // a cycle not through a name
		}
		return done
	}
	im.unnamed[t] = nil
	u := im.structure(t)
	im.unnamed[t] = u
	return u
}

func (im *importer) namedType(t reflect.Type) *types.Named {
	if n, ok := im.named[t]; ok {
		return n
	}
	if n := im.iterSeq(t); n != nil {
		im.named[t] = n
		return n
	}
	pkg := im.pkg(t.PkgPath())
	tn := types.NewTypeName(token.NoPos, pkg, t.Name(), nil)
	n := types.NewNamed(tn, nil, nil)
	im.named[t] = n
	if pkg.Scope().Lookup(t.Name()) == nil {
		pkg.Scope().Insert(tn)
	}
	n.SetUnderlying(im.structure(t))
	if t.Kind() == reflect.Interface {
		return n
	}
	pt := reflect.PointerTo(t)
	for i := range pt.NumMethod() {
		m := pt.Method(i)
		recv := types.Type(types.NewPointer(n))
		if _, byValue := t.MethodByName(m.Name); byValue {
			recv = n
		}
		sig := im.signature(m.Type, types.NewVar(token.NoPos, pkg, "", recv), 1)
		n.AddMethod(types.NewFunc(token.NoPos, pkg, m.Name, sig))
	}
	return n
}

// iterSeq types an instantiation of iter.Seq or iter.Seq2 met in a
// symbol table (what strings.Lines returns, reflect names it
// "Seq[string]") as the stub's generic type instantiated, so that
// slices.Collect(strings.Lines(s)) infers its type argument; nil for any
// other type.
func (im *importer) iterSeq(t reflect.Type) *types.Named {
	if t.PkgPath() != "iter" || t.Kind() != reflect.Func || t.NumIn() != 1 || t.In(0).Kind() != reflect.Func {
		return nil
	}
	name, _, _ := strings.Cut(t.Name(), "[")
	iter, err := im.Import("iter")
	if err != nil {
		return nil
	}
	generic, ok := iter.Scope().Lookup(name).(*types.TypeName)
	if !ok {
		return nil
	}
	yield := t.In(0)
	args := make([]types.Type, yield.NumIn())
	for i := range args {
		args[i] = im.typ(yield.In(i))
	}
	inst, err := types.Instantiate(nil, generic.Type(), args, true)
	if err != nil {
		return nil
	}
	n, _ := inst.(*types.Named)
	return n
}

// structure is t's own structure, never its name.
func (im *importer) structure(t reflect.Type) types.Type {
	if k, ok := basicKinds[t.Kind()]; ok {
		return types.Typ[k]
	}
	switch t.Kind() {
	case reflect.Slice:
		return types.NewSlice(im.typ(t.Elem()))
	case reflect.Array:
		return types.NewArray(im.typ(t.Elem()), int64(t.Len()))
	case reflect.Map:
		return types.NewMap(im.typ(t.Key()), im.typ(t.Elem()))
	case reflect.Pointer:
		return types.NewPointer(im.typ(t.Elem()))
	case reflect.Chan:
		dir := map[reflect.ChanDir]types.ChanDir{reflect.BothDir: types.SendRecv, reflect.SendDir: types.SendOnly, reflect.RecvDir: types.RecvOnly}[t.ChanDir()]
		return types.NewChan(dir, im.typ(t.Elem()))
	case reflect.Func:
		return im.signature(t, nil, 0)
	case reflect.Struct:
		fields := make([]*types.Var, t.NumField())
		for i := range fields {
			f := t.Field(i)
			var pkg *types.Package
			if f.PkgPath != "" {
				pkg = im.pkg(f.PkgPath)
			}
			fields[i] = types.NewField(token.NoPos, pkg, f.Name, im.typ(f.Type), f.Anonymous)
		}
		return types.NewStruct(fields, nil)
	case reflect.Interface:
		methods := make([]*types.Func, t.NumMethod())
		for i := range methods {
			m := t.Method(i)
			var pkg *types.Package
			if m.PkgPath != "" {
				pkg = im.pkg(m.PkgPath)
			}
			methods[i] = types.NewFunc(token.NoPos, pkg, m.Name, im.signature(m.Type, nil, 0))
		}
		return types.NewInterfaceType(methods, nil).Complete()
	}
	return types.Typ[types.Invalid]
}

// signature turns a func type into a signature, skipping its first skip
// parameters (a method's receiver).
func (im *importer) signature(t reflect.Type, recv *types.Var, skip int) *types.Signature {
	params := make([]*types.Var, 0, t.NumIn())
	for i := skip; i < t.NumIn(); i++ {
		params = append(params, types.NewParam(token.NoPos, nil, "", im.typ(t.In(i))))
	}
	results := make([]*types.Var, t.NumOut())
	for i := range results {
		results[i] = types.NewParam(token.NoPos, nil, "", im.typ(t.Out(i)))
	}
	return types.NewSignatureType(recv, nil, nil, types.NewTuple(params...), types.NewTuple(results...), t.IsVariadic())
}

// stub type-checks the declarations of a generic package.
func (im *importer) stub(importPath, src string) (*types.Package, error) {
	f, err := parser.ParseFile(im.fset, importPath+".go", src, 0)
	if err != nil {
		return nil, err
	}
	// Declarations without bodies are what stubs are: the checker's
	// complaint about generic ones changes nothing of their signatures.
	conf := types.Config{Importer: im, Error: func(error) {}}
	pkg, err := conf.Check(importPath, im.fset, []*ast.File{f}, nil)
	if pkg == nil {
		return nil, fmt.Errorf("the declarations of %s: %w", importPath, err)
	}
	im.packages[importPath] = pkg
	im.complete[importPath] = true
	return pkg, nil
}
