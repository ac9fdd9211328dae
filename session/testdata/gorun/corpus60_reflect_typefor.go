package main

import (
	"fmt"
	"reflect"
)

type Config struct {
	Host string `env:"HOST"`
	Port int    `env:"PORT"`
	Tags []string
}

func describe[T any]() {
	t := reflect.TypeFor[T]()
	fmt.Printf("%v kind=%v\n", t, t.Kind())
}

func main() {
	describe[int]()
	describe[[]string]()
	describe[Config]()
	describe[error]()

	t := reflect.TypeFor[Config]()
	for i := range t.NumField() {
		f := t.Field(i)
		fmt.Printf("%s %s %q\n", f.Name, f.Type, f.Tag.Get("env"))
	}

	v := reflect.ValueOf(Config{Host: "h", Port: 1})
	if c, ok := reflect.TypeAssert[Config](v); ok {
		fmt.Println("assert ok:", c.Host, c.Port)
	}
	_, ok := reflect.TypeAssert[string](v)
	fmt.Println("as string:", ok)
}
