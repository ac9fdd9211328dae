package main

import (
	"fmt"
	"reflect"
)

// A reflect.Value of a cell struct reached through an interface: its
// FieldByName must find the unexported field (and say it cannot be set).
type Config struct {
	Host   string
	Port   int
	secret string
}

func set(target any, name, value string) error {
	v := reflect.ValueOf(target).Elem()
	f := v.FieldByName(name)
	if !f.IsValid() {
		return fmt.Errorf("no field %q", name)
	}
	if !f.CanSet() {
		return fmt.Errorf("field %q cannot be set", name)
	}
	f.SetString(value)
	return nil
}

func main() {
	var c Config
	fmt.Println(set(&c, "Host", "localhost"))
	fmt.Println(set(&c, "secret", "x"))
	fmt.Println(set(&c, "Missing", "y"))
	fmt.Printf("%+v\n", c)
}
