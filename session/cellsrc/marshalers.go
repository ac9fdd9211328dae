package cellsrc

import (
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"strings"

	"github.com/gogil/gogil/cellio"
)

// yaegi v0.16.1 hands native code a cell type's value as its underlying
// reflect type, without the cell's methods: encoding/json and
// encoding/xml never see a MarshalJSON, UnmarshalJSON, MarshalText or
// MarshalXML a cell declared, and write the plain value instead (a
// `type Celsius float64` with MarshalJSON marshals as the bare number).
// refuseCellMarshalers ends the cell, before it runs, at a call of those
// packages whose value (by its static type, through fields, pointers and
// elements) holds a cell type with such a method. A value passed as an
// interface (any) cannot be seen here.

// encodingCalls are the functions and methods, by package and name, and
// the index of the argument they encode or decode into.
var encodingCalls = map[string]map[string]int{
	"encoding/json": {"Marshal": 0, "MarshalIndent": 0, "Unmarshal": 1, "Encode": 0, "Decode": 0},
	"encoding/xml":  {"Marshal": 0, "MarshalIndent": 0, "Unmarshal": 1, "Encode": 0, "Decode": 0, "EncodeElement": 0, "DecodeElement": 0},
}

// encodingMethods are the methods those packages look for.
var encodingMethods = []string{"MarshalJSON", "UnmarshalJSON", "MarshalText", "UnmarshalText", "MarshalXML", "UnmarshalXML", "MarshalXMLAttr", "UnmarshalXMLAttr"}

// mayEncodeCellValue is the syntactic test that keeps go/types away from a
// part that calls no function with the name of one of encodingCalls or
// that no cell declared a type for.
func mayEncodeCellValue(file *ast.File, opts Options) bool {
	declares, calls := opts.CellTypes, false
	ast.Inspect(file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.GenDecl:
			declares = declares || n.Tok == token.TYPE
		case *ast.CallExpr:
			if sel, ok := n.Fun.(*ast.SelectorExpr); ok {
				_, json := encodingCalls["encoding/json"][sel.Sel.Name]
				_, xml := encodingCalls["encoding/xml"][sel.Sel.Name]
				calls = calls || json || xml
			}
		}
		return !(declares && calls)
	})
	return declares && calls
}

func refuseCellMarshalers(f *File, opts Options) *cellio.Error {
	if !mayEncodeCellValue(f.AST, opts) {
		return nil
	}
	t := f.types(opts)
	if t == nil {
		return nil
	}
	l := &typedLowering{f: f, t: t}
	ast.Inspect(f.AST, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || l.err != nil {
			return l.err == nil
		}
		sel, ok := call.Fun.(*ast.SelectorExpr)
		if !ok {
			return true
		}
		obj := t.Info.Uses[sel.Sel]
		if obj == nil || obj.Pkg() == nil {
			return true
		}
		arg, ok := encodingCalls[obj.Pkg().Path()][obj.Name()]
		if !ok || arg >= len(call.Args) {
			return true
		}
		tv, ok := t.Info.Types[call.Args[arg]]
		if !ok || tv.Type == nil {
			return true
		}
		if named, method := cellEncodingMethod(tv.Type, map[types.Type]bool{}); named != nil {
			l.fail(call, "%s.%s of a value holding %s, whose %s method gogil cannot hand to %s (the interpreter gives native code a cell type's value without its methods): call its %s method yourself, or encode a value of a type without it",
				obj.Pkg().Name(), obj.Name(), named.Obj().Name(), method, obj.Pkg().Path(), method)
			return true
		}
		key := obj.Pkg().Name()
		if field, in := cellEmbeddedField(tv.Type, key, map[types.Type]bool{}); field != nil {
			l.fail(call, "%s.%s of a value holding %s, which embeds %s: the interpreter's type of a cell struct marks no embedded field as embedded (unless it is the only field), so %s would nest its fields under %q instead of promoting them; name the field with a tag (`%s:\"...\"`), or write its fields out in %s",
				obj.Pkg().Name(), obj.Name(), in, types.TypeString(field.Type(), cellQualifier), obj.Pkg().Path(), field.Name(), key, in)
			return true
		}
		if key == "xml" && (obj.Name() == "Marshal" || obj.Name() == "MarshalIndent" || obj.Name() == "Encode") {
			if named := unnamedXMLElement(tv.Type); named != nil {
				l.fail(call, "xml.%s of a value of %s, a type declared in a cell with no XMLName field: the interpreter's type of it has no name for encoding/xml to write as the element's; add a field XMLName xml.Name `xml:\"%s\"`",
					obj.Name(), named.Obj().Name(), named.Obj().Name())
			}
		}
		return true
	})
	return l.err
}

// cellEncodingMethod finds, in t or what t is made of, a cell type with
// one of encodingMethods (on it or its pointer), and the method.
func cellEncodingMethod(t types.Type, seen map[types.Type]bool) (*types.Named, string) {
	if seen[t] {
		return nil, ""
	}
	seen[t] = true
	switch u := t.(type) {
	case *types.Named:
		if u.Obj().Pkg() == nil || u.Obj().Pkg().Path() != "main" {
			return nil, ""
		}
		for _, m := range encodingMethods {
			if obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(u), true, u.Obj().Pkg(), m); obj != nil {
				if _, isFunc := obj.(*types.Func); isFunc {
					return u, m
				}
			}
		}
		return cellEncodingMethod(u.Underlying(), seen)
	case *types.Pointer:
		return cellEncodingMethod(u.Elem(), seen)
	case *types.Slice:
		return cellEncodingMethod(u.Elem(), seen)
	case *types.Array:
		return cellEncodingMethod(u.Elem(), seen)
	case *types.Map:
		if n, m := cellEncodingMethod(u.Key(), seen); n != nil {
			return n, m
		}
		return cellEncodingMethod(u.Elem(), seen)
	case *types.Struct:
		for i := range u.NumFields() {
			if n, m := cellEncodingMethod(u.Field(i).Type(), seen); n != nil {
				return n, m
			}
		}
	}
	return nil, ""
}

// cellEmbeddedField finds, in t or what t is made of, a struct of a cell
// with more than one field and an embedded field that the package key
// (json, xml) would promote: one whose tag gives it no name. yaegi v0.16.1
// marks an embedded field of a struct it builds as embedded only when it
// is the struct's one field, so encoding/json and encoding/xml see a plain
// field named after the type. in names the struct.
func cellEmbeddedField(t types.Type, key string, seen map[types.Type]bool) (field *types.Var, in string) {
	if seen[t] {
		return nil, ""
	}
	seen[t] = true
	switch u := t.(type) {
	case *types.Named:
		if u.Obj().Pkg() == nil || u.Obj().Pkg().Path() != "main" {
			return nil, ""
		}
		if f, where := cellEmbeddedField(u.Underlying(), key, seen); f != nil {
			if where == "" {
				where = u.Obj().Name()
			}
			return f, where
		}
	case *types.Pointer:
		return cellEmbeddedField(u.Elem(), key, seen)
	case *types.Slice:
		return cellEmbeddedField(u.Elem(), key, seen)
	case *types.Array:
		return cellEmbeddedField(u.Elem(), key, seen)
	case *types.Map:
		if f, in := cellEmbeddedField(u.Key(), key, seen); f != nil {
			return f, in
		}
		return cellEmbeddedField(u.Elem(), key, seen)
	case *types.Struct:
		for i := range u.NumFields() {
			f := u.Field(i)
			name, _, _ := strings.Cut(reflect.StructTag(u.Tag(i)).Get(key), ",")
			if f.Embedded() && u.NumFields() > 1 && name == "" && promoted(f) {
				return f, ""
			}
			if name == "-" {
				continue
			}
			if found, in := cellEmbeddedField(f.Type(), key, seen); found != nil {
				if in == "" {
					in = "a struct literal type"
				}
				return found, in
			}
		}
	}
	return nil, ""
}

// cellQualifier writes a cell's type by its bare name, a library's with
// its package.
func cellQualifier(p *types.Package) string {
	if p.Path() == "main" {
		return ""
	}
	return p.Name()
}

// promoted: encoding/json and encoding/xml promote the fields of an
// embedded struct, and skip an embedded unexported type of another kind;
// an exported one they write as a field named after its type, as the
// interpreter's plain field is.
func promoted(f *types.Var) bool {
	t := f.Type()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	_, isStruct := t.Underlying().(*types.Struct)
	return isStruct || !f.Exported()
}

// unnamedXMLElement is the cell type encoding/xml would name an element
// after (the value's, or its elements' for a slice or array) when it has
// no XMLName field: the interpreter's reflect type of it has no name.
func unnamedXMLElement(t types.Type) *types.Named {
	for {
		switch u := t.(type) {
		case *types.Pointer:
			t = u.Elem()
			continue
		case *types.Slice:
			t = u.Elem()
			continue
		case *types.Array:
			t = u.Elem()
			continue
		case *types.Named:
			if u.Obj().Pkg() == nil || u.Obj().Pkg().Path() != "main" {
				return nil
			}
			if _, ok := u.Underlying().(*types.Struct); !ok {
				return nil
			}
			if obj, _, _ := types.LookupFieldOrMethod(u, true, u.Obj().Pkg(), "XMLName"); obj != nil {
				return nil
			}
			return u
		}
		return nil
	}
}
