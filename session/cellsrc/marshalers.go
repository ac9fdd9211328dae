package cellsrc

import (
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"strconv"
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
// elements) holds a cell type with such a method, and at json's encoding
// of a field tagged omitzero whose cell type has an IsZero method (which
// json would call; it tests the plain value for zero instead). A value
// passed as an interface (any) cannot be seen here. encoding/gob's Encode
// and Decode are refused the same way for its methods (GobEncode,
// MarshalBinary, MarshalText and their twins). The same walk routes the
// calls of
// an Encoder's and a Decoder's methods to the runner (routeEncoderCall),
// which encodes a shadow of the value with Go's embedded fields.

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
	var encoders []encoderCall
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
		if obj.Pkg().Path() == "encoding/gob" {
			refuseGobMethods(l, call, obj)
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
		if iface, named, method := l.heldEncodingMethod(tv.Type, map[types.Type]bool{}); named != nil {
			l.fail(call, "%s.%s of a value holding an interface (%s) that may hold %s, whose %s method gogil cannot hand to %s (the interpreter gives native code a cell type's value without its methods): call its %s method yourself, or encode a value of a type without it",
				obj.Pkg().Name(), obj.Name(), types.TypeString(iface, cellQualifier), named.Obj().Name(), method, obj.Pkg().Path(), method)
			return true
		}
		key := obj.Pkg().Name()
		if key == "json" && jsonDecodes[obj.Name()] {
			if named := decodedCellInterface(tv.Type, map[types.Type]bool{}); named != nil {
				l.fail(call, "json.%s into a value holding %s, an interface type declared in a cell: the interpreter's type of it is interface{}, into which encoding/json would decode a map or a number and report no error, where Go's reports that it cannot unmarshal into main.%s (or decodes into the pointer it holds); decode into a concrete type, or into any and build the %s yourself",
					obj.Name(), named.Obj().Name(), named.Obj().Name(), named.Obj().Name())
				return true
			}
		}
		if key == "json" && encodes[obj.Name()] {
			plain := func(fn *types.Func) bool {
				for _, d := range f.AST.Decls {
					if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv != nil && t.Info.Defs[fd.Name] == fn {
						return PlainZeroTest(fd, fn)
					}
				}
				return t.PlainZeroTests[fn]
			}
			if named, field := cellIsZeroField(tv.Type, plain, map[types.Type]bool{}); named != nil {
				l.fail(call, "json.%s of a value with the field %s `json:\",omitzero\"` of %s, whose IsZero method gogil cannot hand to encoding/json (the interpreter gives native code a cell type's value without its methods), so it would test the field's value for zero instead: drop omitzero, or give the field a pointer type and omitempty",
					obj.Name(), field, named.Obj().Name())
				return true
			}
		}
		if field, in := cellEmbeddedField(tv.Type, key, map[types.Type]bool{}); field != nil {
			l.fail(call, "%s.%s of a value holding %s, which embeds %s: gogil knows which fields a struct type embeds only for a type declared at the top level of a cell, not generic (the interpreter's type of it marks no embedded field as embedded), so %s would nest its fields under %q instead of promoting them; declare the struct as such a type, or name the field with a tag (`%s:\"...\"`)",
				obj.Pkg().Name(), obj.Name(), in, types.TypeString(field.Type(), cellQualifier), obj.Pkg().Path(), field.Name(), key)
			return true
		}
		if sig, ok := obj.Type().(*types.Signature); ok && sig.Recv() != nil && !call.Ellipsis.IsValid() {
			encoders = append(encoders, encoderCall{call, key + "." + obj.Name()})
		}
		if key == "xml" && (obj.Name() == "Marshal" || obj.Name() == "MarshalIndent" || obj.Name() == "Encode") {
			if named := unnamedXMLElement(tv.Type); named != nil && !(obj.Name() == "Encode" && nameXMLElement(t, obj.Pkg(), call, named)) && !(obj.Name() != "Encode" && nameXMLMarshal(call, named)) {
				l.fail(call, "xml.%s of a value of %s, a type declared in a cell with no XMLName field: the interpreter's type of it has no name for encoding/xml to write as the element's; add a field XMLName xml.Name `xml:\"%s\"`",
					obj.Name(), named.Obj().Name(), named.Obj().Name())
			}
		}
		return true
	})
	if l.err == nil {
		for _, e := range encoders {
			routeEncoderCall(e.call, e.name)
		}
	}
	return l.err
}

// encoderCall is a call of a method of an Encoder or Decoder, named as
// json.Encode.
type encoderCall struct {
	call *ast.CallExpr
	name string
}

// routeEncoderCall rewrites enc.Encode(v) into
// __gogil.Encoding(enc.Encode, "json.Encode", v): the runner hands the
// method a shadow of v, whose struct types mark the fields a cell embedded
// as embedded (session/encodings.go). The package functions (Marshal,
// Unmarshal) need no rewriting: the runner swapped them in the
// interpreter's tables.
func routeEncoderCall(call *ast.CallExpr, name string) {
	pos := call.Lparen
	id := func(n string) *ast.Ident { return &ast.Ident{NamePos: pos, Name: n} }
	method := call.Fun
	call.Fun = &ast.SelectorExpr{X: id(RuntimeAlias), Sel: id(EncodingHelper)}
	call.Args = append([]ast.Expr{method, &ast.BasicLit{ValuePos: pos, Kind: token.STRING, Value: strconv.Quote(name)}}, call.Args...)
}

// gobMethods are the methods encoding/gob encodes and decodes a value
// by, in its order of preference.
var gobMethods = []string{"GobEncode", "GobDecode", "MarshalBinary", "UnmarshalBinary", "MarshalText", "UnmarshalText"}

// refuseGobMethods ends the cell at an Encode or Decode of a gob Encoder
// or Decoder whose value holds a cell type with one of gobMethods, which
// gob would not call: it would write the fields instead (and a method
// that does more than round-trip them shows it).
func refuseGobMethods(l *typedLowering, call *ast.CallExpr, obj types.Object) {
	if (obj.Name() != "Encode" && obj.Name() != "Decode") || len(call.Args) != 1 {
		return
	}
	tv, ok := l.t.Info.Types[call.Args[0]]
	if !ok || tv.Type == nil {
		return
	}
	if named, method := cellMethodIn(tv.Type, gobMethods, map[types.Type]bool{}); named != nil {
		l.fail(call, "gob %s of a value holding %s, whose %s method gogil cannot hand to encoding/gob (the interpreter gives native code a cell type's value without its methods): gob would encode its fields instead; call the method yourself and encode its result, or encode a value of a type without it",
			obj.Name(), named.Obj().Name(), method)
		return
	}
	if obj.Name() == "Encode" {
		if named := gobUnnamedCellType(tv.Type, map[types.Type]bool{}); named != nil {
			l.fail(call, "gob Encode of a value holding %s, a type declared in a cell: the interpreter's type of it has no name for encoding/gob to send and shows gob the fields the cell left unexported, so the bytes would not be Go's and a Decode of them would fill fields Go's leaves alone; encode it with encoding/json, or run the cell as a program",
				named.Obj().Name())
		}
	}
}

// cellEncodingMethod finds, in t or what t is made of, a cell type with
// one of encodingMethods (on it or its pointer), and the method.
func cellEncodingMethod(t types.Type, seen map[types.Type]bool) (*types.Named, string) {
	return cellMethodIn(t, encodingMethods, seen)
}

// cellMethodIn finds, in t or what t is made of, a cell type with one of
// methods (on it or its pointer), and the method.
func cellMethodIn(t types.Type, methods []string, seen map[types.Type]bool) (*types.Named, string) {
	if seen[t] {
		return nil, ""
	}
	seen[t] = true
	switch u := t.(type) {
	case *types.Named:
		if !inMain(u.Obj()) {
			return nil, ""
		}
		for _, m := range methods {
			if obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(u), true, u.Obj().Pkg(), m); obj != nil {
				if _, isFunc := obj.(*types.Func); isFunc {
					return u, m
				}
			}
		}
		return cellMethodIn(u.Underlying(), methods, seen)
	case *types.Struct:
		for i := range u.NumFields() {
			if n, m := cellMethodIn(u.Field(i).Type(), methods, seen); n != nil {
				return n, m
			}
		}
	}
	for _, e := range held(t) {
		if n, m := cellMethodIn(e, methods, seen); n != nil {
			return n, m
		}
	}
	return nil, ""
}

// heldEncodingMethod finds, in t or what t is made of, an interface that
// a top-level cell type with an encoding method implements: the runner
// encodes a cell value it finds in an interface by its fields
// (encodings.go), as it cannot call the method.
func (l *typedLowering) heldEncodingMethod(t types.Type, seen map[types.Type]bool) (types.Type, *types.Named, string) {
	if seen[t] {
		return nil, nil, ""
	}
	seen[t] = true
	if iface, ok := t.Underlying().(*types.Interface); ok {
		scope := l.mainScope()
		if scope == nil {
			return nil, nil, ""
		}
		for _, named := range concreteTypes(scope) {
			if !types.Implements(named, iface) && !types.Implements(types.NewPointer(named), iface) {
				continue
			}
			for _, m := range encodingMethods {
				if obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(named), true, named.Obj().Pkg(), m); obj != nil {
					if _, isFunc := obj.(*types.Func); isFunc {
						return t, named, m
					}
				}
			}
		}
		return nil, nil, ""
	}
	switch u := t.(type) {
	case *types.Named:
		if !inMain(u.Obj()) {
			return nil, nil, ""
		}
		return l.heldEncodingMethod(u.Underlying(), seen)
	case *types.Struct:
		for i := range u.NumFields() {
			if i, n, m := l.heldEncodingMethod(u.Field(i).Type(), seen); n != nil {
				return i, n, m
			}
		}
	}
	for _, e := range held(t) {
		if i, n, m := l.heldEncodingMethod(e, seen); n != nil {
			return i, n, m
		}
	}
	return nil, nil, ""
}

// held are the types a pointer, slice, array or map type holds values of
// (a map's key first), which the walks over what a type is made of go
// into; none for any other type.
func held(t types.Type) []types.Type {
	switch u := t.(type) {
	case *types.Pointer:
		return []types.Type{u.Elem()}
	case *types.Slice:
		return []types.Type{u.Elem()}
	case *types.Array:
		return []types.Type{u.Elem()}
	case *types.Map:
		return []types.Type{u.Key(), u.Elem()}
	}
	return nil
}

// encodes are the encoding/json functions and methods that write a value,
// and so read its omitzero tags.
var encodes = map[string]bool{"Marshal": true, "MarshalIndent": true, "Encode": true}

// cellIsZeroField finds, in t or what t is made of, a struct field tagged
// omitzero for encoding/json whose type is a cell type with an IsZero
// method (on it or its pointer), which Go's encoding/json calls to decide,
// unless plain says the method is the value's plain zero test
// (zeroTestOfFields);
// field names it.
func cellIsZeroField(t types.Type, plain func(*types.Func) bool, seen map[types.Type]bool) (*types.Named, string) {
	if seen[t] {
		return nil, ""
	}
	seen[t] = true
	switch u := t.(type) {
	case *types.Named:
		if !inMain(u.Obj()) {
			return nil, ""
		}
		return cellIsZeroField(u.Underlying(), plain, seen)
	case *types.Struct:
		for i := range u.NumFields() {
			f := u.Field(i)
			_, opts, _ := strings.Cut(reflect.StructTag(u.Tag(i)).Get("json"), ",")
			if !strings.Contains(","+opts+",", ",omitzero,") {
				if n, name := cellIsZeroField(f.Type(), plain, seen); n != nil {
					return n, name
				}
				continue
			}
			ft := f.Type()
			if p, ok := ft.(*types.Pointer); ok {
				ft = p.Elem()
			}
			if n, ok := ft.(*types.Named); ok && inMain(n.Obj()) {
				if obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(n), true, n.Obj().Pkg(), "IsZero"); obj != nil {
					if fn, isFunc := obj.(*types.Func); isFunc && !plain(fn) {
						return n, f.Name()
					}
				}
			}
			if n, name := cellIsZeroField(f.Type(), plain, seen); n != nil {
				return n, name
			}
		}
	}
	// A map's key is walked too: a key type json cannot encode fails the
	// call anyway.
	for _, e := range held(t) {
		if n, name := cellIsZeroField(e, plain, seen); n != nil {
			return n, name
		}
	}
	return nil, ""
}

// PlainZeroTest: decl declares fn, an IsZero method of a type a cell
// declared, whose body is the plain value's zero test (zeroTestOfFields).
func PlainZeroTest(decl *ast.FuncDecl, fn *types.Func) bool {
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() == nil {
		return false
	}
	t := sig.Recv().Type()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && zeroTestOfFields(decl, n)
}

// zeroTestOfFields: decl, an IsZero method of n, says what encoding/json
// finds without it: its body is `return r.A == 0 && r.B == "" ...` over
// every field of n's struct (or `return r == 0` for a type of another
// kind), each compared with its zero value (0, "", false or nil; no
// floats, whose -0 == 0 is not zero for json). Such a method is the plain
// value's zero test, which json makes anyway; any other is not known to
// be.
func zeroTestOfFields(decl *ast.FuncDecl, n *types.Named) bool {
	if decl == nil || decl.Body == nil || len(decl.Body.List) != 1 || len(decl.Recv.List) != 1 || len(decl.Recv.List[0].Names) != 1 {
		return false
	}
	ret, ok := decl.Body.List[0].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 1 {
		return false
	}
	recv := decl.Recv.List[0].Names[0].Name
	var terms []ast.Expr
	var split func(x ast.Expr)
	split = func(x ast.Expr) {
		x = ast.Unparen(x)
		if b, ok := x.(*ast.BinaryExpr); ok && b.Op == token.LAND {
			split(b.X)
			split(b.Y)
			return
		}
		terms = append(terms, x)
	}
	split(ret.Results[0])
	// zeroOf: t's zero value is the literal x.
	zeroOf := func(t types.Type, x ast.Expr) bool {
		switch u := t.Underlying().(type) {
		case *types.Basic:
			lit, isLit := x.(*ast.BasicLit)
			id, isID := x.(*ast.Ident)
			switch {
			case u.Info()&types.IsFloat != 0 || u.Info()&types.IsComplex != 0:
				return false
			case u.Info()&types.IsInteger != 0:
				return isLit && lit.Kind == token.INT && lit.Value == "0"
			case u.Info()&types.IsString != 0:
				return isLit && lit.Kind == token.STRING && (lit.Value == `""` || lit.Value == "``")
			case u.Info()&types.IsBoolean != 0:
				return isID && id.Name == "false"
			}
		case *types.Pointer, *types.Slice, *types.Map, *types.Chan, *types.Signature, *types.Interface:
			id, isID := x.(*ast.Ident)
			return isID && id.Name == "nil"
		}
		return false
	}
	// compared: the term is `operand == zero`, either way round.
	compared := func(term ast.Expr) (ast.Expr, ast.Expr, bool) {
		b, ok := term.(*ast.BinaryExpr)
		if !ok || b.Op != token.EQL {
			return nil, nil, false
		}
		return ast.Unparen(b.X), ast.Unparen(b.Y), true
	}
	st, isStruct := n.Underlying().(*types.Struct)
	if !isStruct {
		if len(terms) != 1 {
			return false
		}
		x, y, ok := compared(terms[0])
		for range 2 {
			if id, isID := x.(*ast.Ident); ok && isID && id.Name == recv && zeroOf(n, y) {
				return true
			}
			x, y = y, x
		}
		return false
	}
	fields := map[string]types.Type{}
	for i := range st.NumFields() {
		fields[st.Field(i).Name()] = st.Field(i).Type()
	}
	seen := map[string]bool{}
	for _, term := range terms {
		x, y, ok := compared(term)
		if !ok {
			return false
		}
		matched := false
		for range 2 {
			if sel, isSel := x.(*ast.SelectorExpr); isSel {
				if id, isID := sel.X.(*ast.Ident); isID && id.Name == recv {
					if ft, has := fields[sel.Sel.Name]; has && zeroOf(ft, y) {
						seen[sel.Sel.Name], matched = true, true
						break
					}
				}
			}
			x, y = y, x
		}
		if !matched {
			return false
		}
	}
	return len(seen) == len(fields)
}

// cellEmbeddedField finds, in t or what t is made of, a struct of a cell
// with more than one field and an embedded field that the package key
// (json, xml) would promote (one whose tag gives it no name), of a struct
// type the runner has no registration of: a struct literal type, a type
// declared in a function, a generic type. yaegi v0.16.1 marks an embedded
// field of a struct it builds as embedded only when it is the struct's one
// field, so encoding/json and encoding/xml would see a plain field named
// after the type. in names the struct.
func cellEmbeddedField(t types.Type, key string, seen map[types.Type]bool) (field *types.Var, in string) {
	if seen[t] {
		return nil, ""
	}
	seen[t] = true
	switch u := t.(type) {
	case *types.Named:
		if !inMain(u.Obj()) {
			return nil, ""
		}
		if st, ok := u.Underlying().(*types.Struct); ok && registersFields(u) {
			// The runner knows its fields (registerCellFields); what
			// they hold may still be a struct it does not know.
			for i := range st.NumFields() {
				if name, _, _ := strings.Cut(reflect.StructTag(st.Tag(i)).Get(key), ","); name == "-" {
					continue
				}
				if found, in := cellEmbeddedField(st.Field(i).Type(), key, seen); found != nil {
					if in == "" {
						in = "a struct literal type"
					}
					return found, in
				}
			}
			return nil, ""
		}
		if f, where := cellEmbeddedField(u.Underlying(), key, seen); f != nil {
			if where == "" {
				where = u.Obj().Name()
			}
			return f, where
		}
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
	for _, e := range held(t) {
		if f, in := cellEmbeddedField(e, key, seen); f != nil {
			return f, in
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
			if !inMain(u.Obj()) {
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

// nameXMLElement rewrites enc.Encode(v), v of the cell type named (or
// made of it as unnamedXMLElement walks) that has no XMLName field, into
// enc.EncodeElement(v, xml.StartElement{Name: xml.Name{Local: "T"}}):
// encoding/xml names the element by start where Encode would take the
// type's name, which the interpreter's type has lost; a slice's elements
// and a pointer's target get start as Encode's would get the name. false
// when the cell cannot name encoding/xml (not imported, or its name
// declared again in the part).
func nameXMLElement(t *Types, xmlPkg *types.Package, call *ast.CallExpr, named *types.Named) bool {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok || len(call.Args) != 1 || call.Ellipsis.IsValid() || t.Qualifier == nil {
		return false
	}
	pkg, ok := t.Qualifier(xmlPkg)
	if !ok || pkg == "" {
		return false
	}
	for id, def := range t.Info.Defs {
		if _, isPkg := def.(*types.PkgName); id.Name == pkg && def != nil && !isPkg {
			return false
		}
	}
	pos := call.Rparen
	id := func(n string) *ast.Ident { return &ast.Ident{NamePos: pos, Name: n} }
	qual := func(n string) ast.Expr { return &ast.SelectorExpr{X: id(pkg), Sel: id(n)} }
	field := func(k string, v ast.Expr) ast.Expr { return &ast.KeyValueExpr{Key: id(k), Colon: pos, Value: v} }
	start := &ast.CompositeLit{Type: qual("StartElement"), Lbrace: pos, Rbrace: pos, Elts: []ast.Expr{
		field("Name", &ast.CompositeLit{Type: qual("Name"), Lbrace: pos, Rbrace: pos, Elts: []ast.Expr{
			field("Local", &ast.BasicLit{ValuePos: pos, Kind: token.STRING, Value: strconv.Quote(named.Obj().Name())}),
		}}),
	}}
	sel.Sel = &ast.Ident{NamePos: sel.Sel.NamePos, Name: "EncodeElement"}
	call.Args = append(call.Args, start)
	return true
}

// XMLNamedHelper is the runner's xml.MarshalIndent that names the outer
// element (session/xmlnamed.go).
const XMLNamedHelper = "XMLNamed"

// nameXMLMarshal rewrites xml.Marshal(v) and xml.MarshalIndent(v, p, i),
// v as nameXMLElement's, into __gogil.XMLNamed(v, "T", p, i) (p and i ""
// for Marshal), which encodes v with EncodeElement under the type's name
// as Marshal would under the name the interpreter's type has lost.
func nameXMLMarshal(call *ast.CallExpr, named *types.Named) bool {
	if call.Ellipsis.IsValid() || len(call.Args) != 1 && len(call.Args) != 3 {
		return false
	}
	pos := call.Lparen
	str := func(v string) ast.Expr {
		return &ast.BasicLit{ValuePos: pos, Kind: token.STRING, Value: strconv.Quote(v)}
	}
	args := []ast.Expr{call.Args[0], str(named.Obj().Name())}
	if len(call.Args) == 3 {
		args = append(args, call.Args[1], call.Args[2])
	} else {
		args = append(args, str(""), str(""))
	}
	call.Fun = &ast.SelectorExpr{X: &ast.Ident{NamePos: pos, Name: RuntimeAlias}, Sel: &ast.Ident{NamePos: pos, Name: XMLNamedHelper}}
	call.Args = args
	return true
}

// registersFields: the runner has the fields of t's struct by
// registerCellFields, a type declared at the top level of a cell and not
// generic (or one declared as such a type, which shares its reflect type).
func registersFields(t *types.Named) bool {
	obj := t.Obj()
	if obj.Parent() != obj.Pkg().Scope() || t.TypeParams().Len() > 0 || t.TypeArgs().Len() > 0 {
		return false
	}
	return true
}

// CellFieldsHelper and EncodingHelper are the runner's helpers of this
// file (session/encodings.go).
const (
	CellFieldsHelper = "CellFields"
	EncodingHelper   = "Encoding"
)

// registerCellFields appends, for each struct type a part declares at its
// top level (not generic), __gogil.CellFields("T", (*T)(nil), embedded,
// unexported): the indices of its embedded and of its unexported fields,
// which the interpreter's reflect type of it does not tell, so that the
// runner can hand encoding/json and encoding/xml a value whose type
// promotes and hides the fields that Go's does. Every such type is
// registered, embedding or not, so that the runner can tell when two of
// one reflect type differ.
func registerCellFields(f *File) {
	var regs []ast.Decl
	for _, ts := range topTypeSpecs(f.AST) {
		st, ok := ts.Type.(*ast.StructType)
		if !ok || ts.Assign.IsValid() || ts.TypeParams != nil || ts.Name.Name == "_" || st.Fields == nil {
			continue
		}
		pos := ts.Name.Pos()
		id := func(name string) *ast.Ident { return &ast.Ident{NamePos: pos, Name: name} }
		ints := func(list []int) ast.Expr {
			lit := &ast.CompositeLit{Type: &ast.ArrayType{Lbrack: pos, Elt: id("int")}, Lbrace: pos, Rbrace: pos}
			for _, i := range list {
				lit.Elts = append(lit.Elts, &ast.BasicLit{ValuePos: pos, Kind: token.INT, Value: strconv.Itoa(i)})
			}
			return lit
		}
		var embedded, hidden []int
		i := 0
		for _, field := range st.Fields.List {
			if len(field.Names) == 0 {
				embedded = append(embedded, i)
				if name := embeddedName(field.Type); name != "" && !exported(name) {
					hidden = append(hidden, i)
				}
				i++
				continue
			}
			for _, n := range field.Names {
				if !exported(n.Name) {
					hidden = append(hidden, i)
				}
				i++
			}
		}
		regs = append(regs, typeRegistration(ts, CellFieldsHelper, ints(embedded), ints(hidden)))
	}
	f.AST.Decls = append(f.AST.Decls, regs...)
}

// embeddedName is the field name of an embedded type (T, *T, pkg.T,
// T[A]).
func embeddedName(x ast.Expr) string {
	for {
		switch t := x.(type) {
		case *ast.StarExpr:
			x = t.X
		case *ast.ParenExpr:
			x = t.X
		case *ast.IndexExpr:
			x = t.X
		case *ast.IndexListExpr:
			x = t.X
		case *ast.SelectorExpr:
			return t.Sel.Name
		case *ast.Ident:
			return t.Name
		default:
			return ""
		}
	}
}
