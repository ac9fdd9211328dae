package main

import (
	"fmt"
	"reflect"
	"strings"
)

type User struct {
	Name  string `validate:"required" json:"name"`
	Email string `validate:"required,email" json:"email,omitempty"`
	Age   int    `validate:"min=0" json:"age"`
	note  string
}

func (u User) Greeting() string { return "hi " + u.Name }

func validate(v any) []string {
	var problems []string
	rv := reflect.ValueOf(v)
	rt := rv.Type()
	for i := range rt.NumField() {
		f := rt.Field(i)
		if !f.IsExported() {
			continue
		}
		tag := f.Tag.Get("validate")
		for _, rule := range strings.Split(tag, ",") {
			fv := rv.Field(i)
			switch {
			case rule == "required" && fv.IsZero():
				problems = append(problems, f.Name+" is required")
			case rule == "email" && !strings.Contains(fv.String(), "@"):
				problems = append(problems, f.Name+" is not an email")
			case strings.HasPrefix(rule, "min=") && fv.Int() < 0:
				problems = append(problems, f.Name+" is negative")
			}
		}
	}
	return problems
}

func main() {
	fmt.Println(validate(User{Name: "ann", Email: "ann@example.com", Age: 3}))
	fmt.Println(validate(User{Email: "nope", Age: -1}))

	rt := reflect.TypeOf(User{})
	for i := 0; i < rt.NumField(); i++ {
		f := rt.Field(i)
		jsonTag, ok := f.Tag.Lookup("json")
		fmt.Printf("%s json=%q present=%v exported=%v\n", f.Name, jsonTag, ok, f.IsExported())
	}
	fmt.Println(rt.NumMethod(), rt.Method(0).Name)
	out := reflect.ValueOf(User{Name: "bo"}).MethodByName("Greeting").Call(nil)
	fmt.Println(out[0].String())

	sv := reflect.ValueOf([]int{1, 2, 3})
	fmt.Println(sv.Kind(), sv.Len(), sv.Index(1))
	mv := reflect.ValueOf(map[string]int{"b": 2, "a": 1})
	fmt.Println(mv.Len(), mv.MapIndex(reflect.ValueOf("b")))
	fn := reflect.ValueOf(strings.ToUpper)
	fmt.Println(fn.Kind(), fn.Type(), fn.Call([]reflect.Value{reflect.ValueOf("up")})[0])
}
