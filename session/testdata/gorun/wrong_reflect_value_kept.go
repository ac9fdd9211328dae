package main

import (
	"fmt"
	"reflect"
)

type Level int

type record struct {
	Name  string
	level Level
}

func main() {
	v := reflect.ValueOf(Level(3))
	fmt.Println(v.Kind(), v.Int())
	fmt.Println(v.Type())

	r := record{"disk", 2}
	s := reflect.ValueOf(&r).Elem()
	for i := 0; i < s.NumField(); i++ {
		fmt.Println(i, s.Field(i).CanSet())
	}
}
