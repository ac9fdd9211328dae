package main

import (
	"fmt"
	"reflect"
	"strings"
)

type Config struct {
	Host    string `env:"HOST" default:"localhost"`
	Port    int    `env:"PORT" default:"8080"`
	Debug   bool   `env:"DEBUG"`
	Comment string
}

func describe(v interface{}) {
	t := reflect.TypeOf(v)
	val := reflect.ValueOf(v)
	fmt.Println("type:", t.Name(), "kind:", t.Kind(), "fields:", t.NumField())
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		env, ok := f.Tag.Lookup("env")
		def := f.Tag.Get("default")
		fmt.Printf("%-8s %-6s env=%q(%v) default=%q value=%v\n", f.Name, f.Type, env, ok, def, val.Field(i).Interface())
	}
}

func main() {
	cfg := Config{Host: "example", Port: 9000, Debug: true}
	describe(cfg)

	p := reflect.ValueOf(&cfg).Elem()
	p.FieldByName("Comment").SetString("set by reflection")
	fmt.Println(cfg.Comment)

	tag := reflect.StructTag(`json:"name,omitempty" xml:"n"`)
	fmt.Println(tag.Get("json"), tag.Get("xml"), strings.Split(tag.Get("json"), ","))

	fmt.Println(reflect.TypeOf(3.5).Kind() == reflect.Float64)
	fmt.Println(reflect.DeepEqual([]int{1, 2}, []int{1, 2}))
}
