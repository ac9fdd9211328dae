package main

import (
	"fmt"
	"reflect"
	"strings"
)

type User struct {
	Name   string `json:"name" validate:"required"`
	Email  string `json:"email,omitempty"`
	Age    int    `json:"age" validate:"min=18"`
	Admin  bool   `json:"-"`
	scores []int
}

func (u User) Greeting() string { return "hi " + u.Name }
func (u *User) Promote()        { u.Admin = true }

func describe(x any) {
	t := reflect.TypeOf(x)
	fmt.Println("type:", t, "kind:", t.Kind())
	if t.Kind() == reflect.Ptr {
		fmt.Println("  elem:", t.Elem(), t.Elem().Kind())
	}
}

func main() {
	u := User{Name: "Gopher", Email: "g@example.com", Age: 13}
	t := reflect.TypeOf(u)
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fmt.Printf("%-6s %-6s json=%q validate=%q exported=%v\n",
			f.Name, f.Type, f.Tag.Get("json"), f.Tag.Get("validate"), f.IsExported())
	}

	fmt.Println("value methods:", t.NumMethod())
	pt := reflect.TypeOf(&u)
	var names []string
	for i := 0; i < pt.NumMethod(); i++ {
		names = append(names, pt.Method(i).Name)
	}
	fmt.Println("pointer methods:", strings.Join(names, ","))

	v := reflect.ValueOf(&u).Elem()
	v.FieldByName("Age").SetInt(21)
	v.Field(0).SetString("Ferris")
	fmt.Println(u.Name, u.Age, v.FieldByName("scores").CanSet())

	m := reflect.ValueOf(u).MethodByName("Greeting")
	out := m.Call(nil)
	fmt.Println(out[0].String())
	reflect.ValueOf(&u).MethodByName("Promote").Call(nil)
	fmt.Println("admin:", u.Admin)

	describe(42)
	describe("s")
	describe(&u)
	describe([]float64{1})
	describe(map[string]int{})
	describe(func(int) string { return "" })

	fmt.Println(reflect.DeepEqual([]int{1, 2}, []int{1, 2}), reflect.DeepEqual(u, User{}))
	nv := reflect.New(reflect.TypeOf(0))
	nv.Elem().SetInt(7)
	fmt.Println(*(nv.Interface().(*int)))
}
