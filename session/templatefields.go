package session

import (
	"errors"
	"regexp"
	texttemplate "text/template"
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
