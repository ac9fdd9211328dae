package main

import (
	"fmt"
	"reflect"
)

type record struct {
	Name  string
	level int
}

func main() {
	r := record{"disk", 2}
	s := reflect.ValueOf(&r).Elem()
	for i := 0; i < s.NumField(); i++ {
		fmt.Println(i, s.Field(i).CanSet())
	}
	fmt.Println(reflect.ValueOf(r).Field(0))
}
