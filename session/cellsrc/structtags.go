package cellsrc

import (
	"go/ast"
	"go/token"
	"reflect"
	"strconv"
	"unicode"
	"unicode/utf8"
)

// yaegi v0.16.1 exports the unexported fields of a cell's struct type
// (x becomes Xx), so encoding/json and encoding/xml, which skip
// unexported fields in Go, write and read them: json.Marshal of
// struct{ Name string; secret string } gives "Xsecret" too.
// RewriteHiddenFieldTags tags each unexported named field that has no
// json or xml key with `json:"-" xml:"-"`, which makes both skip it as
// Go does. A key the user wrote is left alone. What it adds follows the
// user's tag behind HiddenTagMark, so that %T and %#v, which print tags,
// can give back the tag the user wrote (cellfmt.UserTag).
func RewriteHiddenFieldTags(file *ast.File) {
	ast.Inspect(file, func(n ast.Node) bool {
		st, ok := n.(*ast.StructType)
		if !ok || st.Fields == nil {
			return true
		}
		splitMixedFields(st)
		for _, field := range st.Fields.List {
			if len(field.Names) == 0 || exported(field.Names[0].Name) {
				continue
			}
			tag := ""
			if field.Tag != nil {
				t, err := strconv.Unquote(field.Tag.Value)
				if err != nil {
					continue
				}
				tag = t
			}
			st := reflect.StructTag(tag)
			add := " " + HiddenTagMark
			if _, has := st.Lookup("json"); !has {
				add += ` json:"-"`
			}
			if _, has := st.Lookup("xml"); !has {
				add += ` xml:"-"`
			}
			if add == " "+HiddenTagMark {
				continue
			}
			if tag == "" {
				add = add[1:]
			}
			pos := field.End()
			field.Tag = &ast.BasicLit{ValuePos: pos, Kind: token.STRING, Value: strconv.Quote(tag + add)}
		}
		return true
	})
}

// splitMixedFields gives each name of a field that declares exported and
// unexported names together (a, B int) a field of its own, so that the
// tag of an unexported one hides it alone: tagging the field hid B from
// encoding/json too, silently. The struct type is the same type to Go.
func splitMixedFields(st *ast.StructType) {
	mixed := false
	for _, field := range st.Fields.List {
		for _, name := range field.Names[min(1, len(field.Names)):] {
			if exported(name.Name) != exported(field.Names[0].Name) {
				mixed = true
			}
		}
	}
	if !mixed {
		return
	}
	var list []*ast.Field
	for _, field := range st.Fields.List {
		if len(field.Names) < 2 {
			list = append(list, field)
			continue
		}
		for i, name := range field.Names {
			f := *field
			f.Names = []*ast.Ident{name}
			if i > 0 {
				f.Doc = nil
			}
			if i < len(field.Names)-1 {
				f.Comment = nil
			}
			list = append(list, &f)
		}
	}
	st.Fields.List = list
}

// HiddenTagMark begins what RewriteHiddenFieldTags adds to a tag; a key
// reflect.StructTag.Lookup reads past. cellfmt.UserTag cuts at it.
const HiddenTagMark = `gogil:"-"`

func exported(name string) bool {
	r, _ := utf8.DecodeRuneInString(name)
	return unicode.IsUpper(r)
}
