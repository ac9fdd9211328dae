package main

import (
	"fmt"
	"reflect"
)

type Config struct {
	Host    string  `env:"HOST" default:"localhost"`
	Port    int     `env:"PORT" default:"8080"`
	Debug   bool    `env:"DEBUG"`
	Ratio   float64 `env:"RATIO"`
	private string
}

func (c Config) Addr() string { return fmt.Sprintf("%s:%d", c.Host, c.Port) }

type Speaker interface{ Speak() string }

func inspect(v interface{}) {
	t := reflect.TypeOf(v)
	val := reflect.ValueOf(v)
	fmt.Println("type:", t, "kind:", t.Kind(), "value:", val)
}

func main() {
	inspect(42)
	inspect("str")
	inspect(3.5)
	inspect([]string{"a"})
	inspect(map[string]int{"k": 1})
	inspect([3]int{})
	inspect(&struct{}{})

	c := Config{Host: "example.com", Port: 443, Debug: true, Ratio: 0.5}
	t := reflect.TypeOf(c)
	v := reflect.ValueOf(c)
	fmt.Println(t.Name(), t.Kind(), t.NumField(), t.NumMethod())
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() {
			fmt.Println("skip unexported", f.Name)
			continue
		}
		fmt.Printf("%-6s %-8s %-6v env=%s default=%q\n", f.Name, f.Type, v.Field(i).Interface(), f.Tag.Get("env"), f.Tag.Get("default"))
	}
	m := v.MethodByName("Addr")
	fmt.Println(m.Call(nil)[0])

	pv := reflect.ValueOf(&c).Elem()
	pv.FieldByName("Port").SetInt(9090)
	pv.Field(0).SetString("new.host")
	fmt.Println(c.Addr(), pv.CanSet(), v.CanSet())

	x := 3.4
	xv := reflect.ValueOf(&x).Elem()
	xv.SetFloat(7.1)
	fmt.Println(x, xv.Type(), xv.Kind() == reflect.Float64)

	s := reflect.ValueOf([]int{10, 20, 30})
	fmt.Println(s.Len(), s.Index(1))
	mv := reflect.ValueOf(map[string]int{"one": 1})
	fmt.Println(mv.MapIndex(reflect.ValueOf("one")))
	fmt.Println(reflect.DeepEqual([]int{1, 2}, []int{1, 2}), reflect.DeepEqual(map[string]int{"a": 1}, map[string]int{"a": 2}))
	var sp Speaker
	fmt.Println(reflect.TypeOf(sp) == nil, reflect.TypeOf((*Speaker)(nil)).Elem().Kind())
	fn := reflect.ValueOf(func(a, b int) int { return a + b })
	out := fn.Call([]reflect.Value{reflect.ValueOf(2), reflect.ValueOf(3)})
	fmt.Println(out[0].Int(), fn.Type())
	nv := reflect.New(reflect.TypeOf(0))
	nv.Elem().SetInt(5)
	fmt.Println(*nv.Interface().(*int))
}
