package main

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
)

type Base struct {
	ID      int    `map:"id"`
	Created string `map:"created"`
}

type Item struct {
	Base
	Title  string   `map:"title"`
	Price  float64  `map:"price,omitempty"`
	Labels []string `map:"labels"`
	Owner  *Person  `map:"owner"`
	skip   bool
}

type Person struct {
	Name string `map:"name"`
}

func toMap(v any) map[string]any {
	out := map[string]any{}
	rv := reflect.ValueOf(v)
	for rv.Kind() == reflect.Pointer {
		rv = rv.Elem()
	}
	rt := rv.Type()
	for i := 0; i < rt.NumField(); i++ {
		f := rt.Field(i)
		if !f.IsExported() {
			continue
		}
		fv := rv.Field(i)
		if f.Anonymous && f.Type.Kind() == reflect.Struct {
			for k, v := range toMap(fv.Interface()) {
				out[k] = v
			}
			continue
		}
		name, opt, _ := strings.Cut(f.Tag.Get("map"), ",")
		if name == "" {
			name = f.Name
		}
		if opt == "omitempty" && fv.IsZero() {
			continue
		}
		if fv.Kind() == reflect.Pointer && !fv.IsNil() && fv.Elem().Kind() == reflect.Struct {
			out[name] = toMap(fv.Interface())
			continue
		}
		out[name] = fv.Interface()
	}
	return out
}

func dump(m map[string]any, indent string) {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if sub, ok := m[k].(map[string]any); ok {
			fmt.Printf("%s%s:\n", indent, k)
			dump(sub, indent+"  ")
			continue
		}
		fmt.Printf("%s%s = %v (%T)\n", indent, k, m[k], m[k])
	}
}

func main() {
	it := Item{
		Base:   Base{ID: 3, Created: "2024-02-29"},
		Title:  "Lamp",
		Labels: []string{"home", "light"},
		Owner:  &Person{Name: "Zoe"},
	}
	dump(toMap(it), "")
	fmt.Println("--")
	it.Price = 19.99
	it.Owner = nil
	dump(toMap(&it), "")
}
