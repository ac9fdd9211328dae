package main

import (
	"fmt"
	"reflect"
	"strings"
)

type User struct {
	Name  string `json:"name" validate:"required"`
	Email string `json:"email,omitempty"`
	Age   int    `json:"age"`
	admin bool
}

func (u User) Greeting() string { return "hi " + u.Name }

func describe(x any) {
	t := reflect.TypeOf(x)
	v := reflect.ValueOf(x)
	fmt.Printf("%v kind=%v", t, t.Kind())
	switch t.Kind() {
	case reflect.Struct:
		fmt.Printf(" fields=%d\n", t.NumField())
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			fmt.Printf("  %-6s %-7v json=%-16q exported=%v value=%v\n", f.Name, f.Type, f.Tag.Get("json"), f.IsExported(), v.Field(i))
		}
	case reflect.Slice, reflect.Array:
		fmt.Printf(" elem=%v len=%d\n", t.Elem(), v.Len())
	case reflect.Map:
		fmt.Printf(" key=%v elem=%v\n", t.Key(), t.Elem())
	case reflect.Func:
		fmt.Printf(" in=%d out=%d\n", t.NumIn(), t.NumOut())
	default:
		fmt.Println()
	}
}

func main() {
	u := User{Name: "Ann", Age: 30}
	describe(u)
	describe([]int{1, 2})
	describe([3]string{})
	describe(map[string]bool{})
	describe(strings.ToUpper)
	describe(42)

	p := &u
	v := reflect.ValueOf(p).Elem()
	v.FieldByName("Name").SetString("Bea")
	fmt.Println(u.Name, v.CanSet(), reflect.ValueOf(u).CanSet())

	m, ok := reflect.TypeOf(u).MethodByName("Greeting")
	fmt.Println(m.Name, ok, reflect.TypeOf(u).NumMethod())
	out := reflect.ValueOf(u).MethodByName("Greeting").Call(nil)
	fmt.Println(out[0])
	fmt.Println(reflect.DeepEqual(u, User{Name: "Bea", Age: 30}))
}
