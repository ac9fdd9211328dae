package main

import (
	"fmt"
	"reflect"
)

// A reflect.Value of a cell struct whose fields are all exported and
// plain, reached through an interface (a pointer to it): its Field and
// FieldByName answer as Go's, so the cell runs.
type Options struct {
	Name    string
	Retries int
	Verbose bool
}

func set(target any, name string, value any) bool {
	f := reflect.ValueOf(target).Elem().FieldByName(name)
	if !f.IsValid() || !f.CanSet() {
		return false
	}
	f.Set(reflect.ValueOf(value))
	return true
}

func zeroFields(target any) int {
	v := reflect.ValueOf(target).Elem()
	n := 0
	for i := 0; i < v.NumField(); i++ {
		if v.Field(i).IsZero() {
			n++
		}
	}
	return n
}

func main() {
	var o Options
	fmt.Println(zeroFields(&o))
	fmt.Println(set(&o, "Name", "job"), set(&o, "Retries", 3), set(&o, "Nope", 1))
	fmt.Printf("%+v %d\n", o, zeroFields(&o))
}
