package session

import (
	"fmt"
	"reflect"
	"strings"

	"github.com/gogil/gogil/session/cellfmt"
)

// shapeNode describes t, the reflect type of a value in an empty interface
// that holds none of the interpreter's boxes, where t is or is made of
// the reflect type of a cell type without fmt methods (which are no
// printing call's candidates): yaegi's type of `type point struct{ X, Y
// int }` is the unnamed struct, so %#v of a point in an any printed
// struct { X int; Y int }{X:1, Y:2} and %T of a []point []struct { X int;
// Y int }, silently. A struct shape that exactly one cell type has is
// named for it (a struct of a cell type's very fields is rare, and taken
// for it, as cellfmt.PlainShape says); a predeclared type that a cell type
// of a basic kind shares inside a composite (the key of a map[ID]Miles),
// or a struct shape of several cell types, cannot be told: its text is a
// marker, which ends a %T or %#v in an error naming the types. nil where t
// holds no cell type's shape: it prints by its reflect type.
func (r *cellTypeRegistry) shapeNode(t reflect.Type, seen map[reflect.Type]*cellfmt.Type) *cellfmt.Type {
	if n, ok := seen[t]; ok {
		return n
	}
	if t.Name() != "" {
		if isBasic(t) {
			if names := r.names(t); len(names) > 0 {
				return &cellfmt.Type{Text: cellfmt.OneOf(append(mainNames(names), t.String())), Kind: t.Kind()}
			}
		}
		return nil
	}
	node := &cellfmt.Type{Kind: t.Kind()}
	seen[t] = node
	text := func(n *cellfmt.Type, t reflect.Type) string {
		if n == nil {
			return t.String()
		}
		return n.Text
	}
	holds := false
	switch t.Kind() {
	case reflect.Pointer, reflect.Slice, reflect.Array, reflect.Chan:
		node.Elem = r.shapeNode(t.Elem(), seen)
		holds = node.Elem != nil
		elem := text(node.Elem, t.Elem())
		switch t.Kind() {
		case reflect.Pointer:
			node.Text = "*" + elem
		case reflect.Slice:
			node.Text = "[]" + elem
		case reflect.Array:
			node.Text = fmt.Sprintf("[%d]%s", t.Len(), elem)
		default:
			node.Text = cellfmt.UnsureType("a channel of a cell type in an interface, which the interpreter does not name")
		}
	case reflect.Map:
		node.Key, node.Elem = r.shapeNode(t.Key(), seen), r.shapeNode(t.Elem(), seen)
		holds = node.Key != nil || node.Elem != nil
		node.Text = "map[" + text(node.Key, t.Key()) + "]" + text(node.Elem, t.Elem())
	case reflect.Struct:
		var named []string
		for _, n := range r.names(t) {
			if !strings.HasPrefix(n, "*") {
				named = append(named, n)
			}
		}
		switch len(named) {
		case 0:
			node.Text = cellfmt.UnsureType("a struct type holding a cell type, in an interface, which the interpreter does not name")
		case 1:
			node.Text = cellfmt.MainName(named[0])
		default:
			node.Text = cellfmt.OneOf(mainNames(named))
		}
		var plain map[string]bool
		if len(named) == 1 {
			r.mu.Lock()
			plain = r.plain[named[0]]
			r.mu.Unlock()
		}
		fieldsHold := false
		for i := range t.NumField() {
			f := t.Field(i)
			name, exported := cellfmt.FieldName(f.Name)
			var ft *cellfmt.Type
			if !plain[name] {
				ft = r.shapeNode(f.Type, seen)
			}
			fieldsHold = fieldsHold || ft != nil
			node.Fields = append(node.Fields, cellfmt.Field{Name: name, Exported: exported, Type: ft})
		}
		holds = len(named) > 0 || fieldsHold
	}
	if !holds {
		delete(seen, t)
		return nil
	}
	return node
}

// addFields gives node a field for each of struct type t's, typed by
// child (nil: the field prints by its reflect type); it tells whether
// some field's type is not nil.
func addFields(node *cellfmt.Type, t reflect.Type, child func(reflect.Type) *cellfmt.Type) (holds bool) {
	for i := range t.NumField() {
		f := t.Field(i)
		ft := child(f.Type)
		holds = holds || ft != nil
		name, exported := cellfmt.FieldName(f.Name)
		node.Fields = append(node.Fields, cellfmt.Field{Name: name, Exported: exported, Type: ft})
	}
	return holds
}

func mainNames(names []string) []string {
	shown := make([]string, len(names))
	for i, n := range names {
		shown[i] = cellfmt.MainName(n)
	}
	return shown
}
