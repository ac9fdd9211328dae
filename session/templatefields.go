package session

import (
	"errors"
	"reflect"
	"regexp"
	texttemplate "text/template"

	"github.com/gogil/gogil/session/cellfmt"
)

// The interpreter's struct type of a cell type exports the fields the cell
// left unexported (name becomes Xname), so text/template, asked for .name,
// finds no field name and says "can't evaluate field name in type
// main.person", where Go's finds the unexported field and says "name is
// an unexported field of struct type main.person" (the template mistake
// every tutorial warns of, and prints). unexportedTemplateField puts Go's
// words back for a field the registry knows the cell type left
// unexported.

var templateNoField = regexp.MustCompile(`can't evaluate field (\w+) in type (\*?)main\.(\w+)$`)

func (r *cellTypeRegistry) unexportedTemplateField(err error) error {
	var ee texttemplate.ExecError
	if err == nil || !errors.As(err, &ee) || ee.Err == nil {
		return err
	}
	text := ee.Err.Error()
	m := templateNoField.FindStringSubmatchIndex(text)
	if m == nil {
		return err
	}
	field, star, typ := text[m[2]:m[3]], text[m[4]:m[5]], text[m[6]:m[7]]
	if via := r.promotedField(typ, field); via != "" {
		panic(gapf("gogil cannot run this template: it names %s.%s, a field Go promotes from the struct %s embeds (%s), which the interpreter's type of %s does not mark as embedded, so text/template found no field %s; name the embedded field in the template (.%s.%s) or run the cell as a program", typ, field, typ, via, typ, field, via, field))
	}
	if !r.hiddenField(typ, field) {
		return err
	}
	// Go names the type the data has, a pointer's too.
	return texttemplate.ExecError{Name: ee.Name, Err: errors.New(text[:m[0]] + field + " is an unexported field of struct type " + star + "main." + typ)}
}

// hiddenField: the top-level cell struct type typ has the field the cell
// named field, unexported.
func (r *cellTypeRegistry) hiddenField(typ, field string) bool {
	r.mu.Lock()
	f, ok := r.fields[typ]
	r.mu.Unlock()
	if !ok || f.t == nil {
		return false
	}
	for i := range f.t.NumField() {
		if f.t.Field(i).Name == "X"+field {
			return f.hidden[i]
		}
	}
	return false
}

// promotedField is the embedded field (as the cell named it) of the
// top-level cell struct type typ through which (a pointer, or other
// embedded structs) Go promotes a field named field, which the template
// would have found; "" when there is none.
func (r *cellTypeRegistry) promotedField(typ, field string) string {
	r.mu.Lock()
	f, ok := r.fields[typ]
	r.mu.Unlock()
	if !ok || f.t == nil {
		return ""
	}
	seen := map[reflect.Type]bool{}
	var has func(t reflect.Type, embedded map[int]bool) bool
	has = func(t reflect.Type, embedded map[int]bool) bool {
		if seen[t] {
			return false
		}
		seen[t] = true
		for i := range t.NumField() {
			sf := t.Field(i)
			if !sf.Anonymous && !embedded[i] {
				continue
			}
			et := sf.Type
			if et.Kind() == reflect.Pointer {
				et = et.Elem()
			}
			if et.Kind() != reflect.Struct {
				continue
			}
			if _, found := et.FieldByName(field); found {
				return true
			}
			inner, _, _ := r.fieldsOf(et)
			if has(et, inner.embedded) {
				return true
			}
		}
		return false
	}
	for i := range f.t.NumField() {
		if !f.embedded[i] && !f.t.Field(i).Anonymous {
			continue
		}
		clear(seen)
		if has(f.t, map[int]bool{i: true}) {
			name, _ := cellfmt.FieldName(f.t.Field(i).Name)
			return name
		}
	}
	return ""
}
