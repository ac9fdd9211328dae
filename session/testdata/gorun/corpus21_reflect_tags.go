package main

import (
	"fmt"
	"reflect"
)

type User struct {
	ID       int    `json:"id" db:"user_id"`
	Name     string `json:"name" validate:"required"`
	Email    string `json:"email,omitempty"`
	password string
	Tags     []string `json:"tags"`
	Meta     map[string]int
}

func (u User) Hello() string     { return "hi " + u.Name }
func (u *User) SetName(n string) { u.Name = n }

func inspect(v interface{}) {
	t := reflect.TypeOf(v)
	val := reflect.ValueOf(v)
	fmt.Println("type:", t, "kind:", t.Kind(), "name:", t.Name())
	if t.Kind() == reflect.Ptr {
		t = t.Elem()
		val = val.Elem()
		fmt.Println("elem:", t, t.Kind())
	}
	if t.Kind() != reflect.Struct {
		fmt.Println("value:", val)
		return
	}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fmt.Printf("  %-8s %-18s json=%q db=%q exported=%v\n", f.Name, f.Type, f.Tag.Get("json"), f.Tag.Get("db"), f.IsExported())
	}
}

func main() {
	u := User{ID: 1, Name: "Ann", Email: "a@x.io", Tags: []string{"x"}}
	inspect(u)
	inspect(&u)
	inspect(42)
	inspect("str")
	inspect([]float64{1.5})

	t := reflect.TypeOf(u)
	f, ok := t.FieldByName("Name")
	fmt.Println(f.Name, ok, f.Tag, f.Tag.Get("validate"))
	v, ok := f.Tag.Lookup("db")
	fmt.Printf("%q %v\n", v, ok)
	fmt.Println(t.NumMethod(), reflect.TypeOf(&u).NumMethod())
	for i := 0; i < reflect.TypeOf(&u).NumMethod(); i++ {
		fmt.Println("method", reflect.TypeOf(&u).Method(i).Name)
	}

	rv := reflect.ValueOf(&u).Elem()
	rv.FieldByName("Name").SetString("Bob")
	rv.Field(0).SetInt(99)
	fmt.Println(u.Name, u.ID, rv.FieldByName("password").CanSet(), rv.Field(1).CanSet())
	out := reflect.ValueOf(u).MethodByName("Hello").Call(nil)
	fmt.Println(out[0].String())

	for _, x := range []interface{}{1, 2.5, "s", true, []int{}, map[string]int{}, User{}, &u, nil, 'r', byte(1)} {
		if x == nil {
			fmt.Println("nil interface")
			continue
		}
		fmt.Print(reflect.TypeOf(x).Kind(), " ")
	}
	fmt.Println()
	fmt.Println(reflect.DeepEqual([]int{1, 2}, []int{1, 2}), reflect.DeepEqual(map[string]int{"a": 1}, map[string]int{"a": 2}))
	sv := reflect.ValueOf([]string{"a", "b", "c"})
	fmt.Println(sv.Len(), sv.Index(1), sv.Kind() == reflect.Slice)
	mv := reflect.ValueOf(map[string]int{"k": 7})
	fmt.Println(mv.MapIndex(reflect.ValueOf("k")))
	fn := reflect.ValueOf(func(a, b int) int { return a + b })
	res := fn.Call([]reflect.Value{reflect.ValueOf(2), reflect.ValueOf(3)})
	fmt.Println(res[0].Int(), fn.Type())
	fmt.Printf("%v %s\n", reflect.TypeOf(u).String(), reflect.TypeOf(&u).String())
}
