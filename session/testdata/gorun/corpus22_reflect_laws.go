package main

import (
	"fmt"
	"reflect"
)

type MyInt int

type T struct {
	A int
	B string
	c bool
}

func main() {
	var x float64 = 3.4
	fmt.Println("type:", reflect.TypeOf(x))
	v := reflect.ValueOf(x)
	fmt.Println("value:", v.String())
	fmt.Println("kind is float64:", v.Kind() == reflect.Float64)
	fmt.Println("value:", v.Float())
	fmt.Println("settability of v:", v.CanSet())

	p := reflect.ValueOf(&x)
	fmt.Println("type of p:", p.Type())
	fmt.Println("settability of p:", p.CanSet())
	e := p.Elem()
	fmt.Println("settability of e:", e.CanSet())
	e.SetFloat(7.1)
	fmt.Println(e.Interface())
	fmt.Println(x)

	var m MyInt = 7
	mv := reflect.ValueOf(m)
	fmt.Println(mv.Type(), mv.Kind(), mv.Int())

	t := T{23, "skidoo", true}
	s := reflect.ValueOf(&t).Elem()
	typeOfT := s.Type()
	fmt.Println("struct type:", typeOfT, typeOfT.Name(), s.NumField())
	for i := 0; i < s.NumField(); i++ {
		f := s.Field(i)
		sf := typeOfT.Field(i)
		if !sf.IsExported() {
			fmt.Printf("%d: %s %s (unexported, canset=%v)\n", i, sf.Name, f.Type(), f.CanSet())
			continue
		}
		fmt.Printf("%d: %s %s = %v\n", i, sf.Name, f.Type(), f.Interface())
	}
	s.Field(0).SetInt(77)
	s.Field(1).SetString("Sunset Strip")
	fmt.Println("t is now", t)
	fmt.Printf("%+v\n", t)

	var i interface{} = &t
	iv := reflect.ValueOf(i)
	fmt.Println(iv.Kind(), iv.Elem().Kind(), iv.Type().Elem().Name())
	y := v.Interface().(float64)
	fmt.Println(y)
}
