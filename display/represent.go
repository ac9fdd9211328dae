package display

import (
	"fmt"
	"image"
	"reflect"
	"strings"

	"github.com/gogil/gogil/cellio"
)

// Represent turns a value into the bundle a notebook shows for it.
//
// text/plain follows what a Go programmer reads best: %v, except that
// strings and []string are quoted (%q) so "" and " " stay visible and a
// string is not mistaken for a number. Values that know a richer form get it
// too: image.Image (PNG), Output itself, and types with HTML() string,
// Markdown() string, SVG() string or MIME() map[string]any methods.
func Represent(v any) cellio.Output {
	switch x := v.(type) {
	case cellio.Output:
		return cellio.Output{Data: copyData(x.Data), Metadata: x.Metadata}
	case *cellio.Output:
		if x != nil {
			return cellio.Output{Data: copyData(x.Data), Metadata: x.Metadata}
		}
	case image.Image:
		return imageOutput(x)
	}
	data := map[string]any{"text/plain": PlainText(v)}
	if x, ok := v.(interface{ HTML() string }); ok {
		data["text/html"] = x.HTML()
	}
	if x, ok := v.(interface{ Markdown() string }); ok {
		data["text/markdown"] = x.Markdown()
	}
	if x, ok := v.(interface{ SVG() string }); ok {
		data["image/svg+xml"] = x.SVG()
	}
	if x, ok := v.(interface{ MIME() map[string]any }); ok {
		for k, m := range x.MIME() {
			data[k] = m
		}
	}
	return cellio.Output{Data: data}
}

// PlainText is the text/plain form of v used by Represent.
func PlainText(v any) string {
	switch x := v.(type) {
	case string:
		return fmt.Sprintf("%q", x)
	case []string:
		return fmt.Sprintf("%q", x)
	case error:
		if x == nil {
			return "<nil>"
		}
		return x.Error()
	}
	if quoted(reflect.TypeOf(v)) {
		// A value of a string type without a method fmt calls shows
		// quoted, as a plain string does.
		return fmt.Sprintf("%q", v)
	}
	if refersToItself(reflect.ValueOf(v)) {
		// %v would follow the cycle until the stack overflows, which in Go
		// ends the process (a real program printing it crashes too).
		return fmt.Sprintf("<%T that contains itself>", v)
	}
	return fmt.Sprintf("%v", v)
}

// quoted: t is a string type, or a slice of one, that fmt prints without
// calling a method.
func quoted(t reflect.Type) bool {
	plain := func(t reflect.Type) bool {
		return t.Kind() == reflect.String && !t.Implements(stringerType) && !t.Implements(errorType) && !t.Implements(formatterType)
	}
	return t != nil && (plain(t) || t.Kind() == reflect.Slice && plain(t.Elem()) && !t.Implements(stringerType) && !t.Implements(formatterType))
}

var (
	stringerType  = reflect.TypeFor[fmt.Stringer]()
	errorType     = reflect.TypeFor[error]()
	formatterType = reflect.TypeFor[fmt.Formatter]()
)

// refersToItself reports whether following v's maps, slices, pointers and
// interfaces ever leads back to where it has been.
func refersToItself(v reflect.Value) bool {
	onPath := map[[2]uintptr]bool{} // (address, type) of the containers being walked
	var walk func(v reflect.Value) bool
	walk = func(v reflect.Value) bool {
		switch v.Kind() {
		case reflect.Interface:
			return !v.IsNil() && walk(v.Elem())
		case reflect.Pointer, reflect.Map, reflect.Slice:
			if v.IsNil() || !mayHoldReferences(v.Type().Elem()) &&
				(v.Kind() != reflect.Map || !mayHoldReferences(v.Type().Key())) {
				return false
			}
			key := [2]uintptr{v.Pointer(), reflect.ValueOf(v.Type()).Pointer()}
			if onPath[key] {
				return true
			}
			onPath[key] = true
			defer delete(onPath, key)
			switch v.Kind() {
			case reflect.Pointer:
				return walk(v.Elem())
			case reflect.Map:
				iter := v.MapRange()
				for iter.Next() {
					if walk(iter.Key()) || walk(iter.Value()) {
						return true
					}
				}
			case reflect.Slice:
				for i := 0; i < v.Len(); i++ {
					if walk(v.Index(i)) {
						return true
					}
				}
			}
		case reflect.Array:
			if mayHoldReferences(v.Type().Elem()) {
				for i := 0; i < v.Len(); i++ {
					if walk(v.Index(i)) {
						return true
					}
				}
			}
		case reflect.Struct:
			for i := 0; i < v.NumField(); i++ {
				if walk(v.Field(i)) {
					return true
				}
			}
		}
		return false
	}
	return walk(v)
}

// mayHoldReferences reports whether a value of type t can lead to other
// values (so a slice of ints is not walked element by element).
func mayHoldReferences(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Interface, reflect.Pointer, reflect.Map, reflect.Slice, reflect.Struct, reflect.Array:
		return true
	}
	return false
}

// PlainTexts joins the text/plain forms of several results, as shown for a
// call with more than one result.
func PlainTexts(vs []any) string {
	parts := make([]string, len(vs))
	for i, v := range vs {
		parts[i] = PlainText(v)
	}
	return strings.Join(parts, ", ")
}
