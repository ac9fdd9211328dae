package main

import (
	"fmt"
	"reflect"
)

type Person struct {
	Name string
}

func main() {
	people := []Person{{"Ann"}, {"Bea"}}
	byName := map[string]Person{"c": {"Cy"}}
	// Kind and Len answer as Go's for a type made of a cell type.
	fmt.Println(reflect.TypeOf(people).Kind(), reflect.ValueOf(people).Len())
	fmt.Println(reflect.TypeOf(byName).Kind(), reflect.TypeOf([2]Person{}).Size() > 0)
	fmt.Println(reflect.ValueOf(people).Index(1).Field(0))
	// Its name is Go's: []main.Person.
	fmt.Println(reflect.TypeOf(people))
	fmt.Println(reflect.TypeOf(byName).Elem().Name())
	fmt.Println(reflect.ValueOf(people).Index(0).Type())
}
