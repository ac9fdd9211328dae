package main

import (
	"fmt"
	"reflect"
)

type Person struct {
	Name string
}

type Label string

func show(v any) string { return reflect.ValueOf(v).String() }

func main() {
	// A Value's String of a string kind is the string, whatever its type.
	fmt.Println(reflect.ValueOf(Label("tag")).String())
	fmt.Println(show(Label("held")))
	fmt.Println(reflect.ValueOf(Person{"Ann"}).Field(0).String())
	fmt.Println(reflect.ValueOf(42).String())
	// Of any other kind it names the type, which is main.Person.
	fmt.Println(reflect.ValueOf(Person{"Bea"}).String())
	fmt.Println(show(&Person{"Cy"}))
	fmt.Println(reflect.ValueOf([]Person{{"Di"}}).Index(0).String())
}
