package main

import (
	"errors"
	"fmt"
	"reflect"
)

// A setter driven by struct tags, the way tutorials write it: the Value
// is reassigned (v = v.Elem()) and a slice field grown with
// f.Set(reflect.Append(f, x)). For a cell struct whose fields are all
// exported and plain, every step answers as Go's, so the cell runs.
type Settings struct {
	Name  string   `cfg:"name"`
	Port  int      `cfg:"port"`
	Hosts []string `cfg:"hosts"`
}

func populate(dst any, src map[string]any) error {
	v := reflect.ValueOf(dst)
	if v.Kind() != reflect.Pointer || v.IsNil() {
		return errors.New("need a non-nil pointer")
	}
	v = v.Elem()
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		raw, ok := src[t.Field(i).Tag.Get("cfg")]
		if !ok {
			continue
		}
		f := v.Field(i)
		if f.Kind() == reflect.Slice {
			f.Set(reflect.Append(f, reflect.ValueOf(raw)))
			continue
		}
		f.Set(reflect.ValueOf(raw))
	}
	return nil
}

func main() {
	var s Settings
	fmt.Println(populate(&s, map[string]any{"name": "svc", "port": 8080, "hosts": "h1"}))
	fmt.Println(populate(&s, map[string]any{"hosts": "h2"}))
	fmt.Println(populate(s, nil))
	fmt.Printf("%+v\n", s)
}
