package main

import (
	"fmt"
	"reflect"
	"strings"
)

type Server struct {
	Host    string `flag:"host" usage:"address to listen on"`
	Port    int    `flag:"port"`
	Debug   bool
	Origins []string `flag:"origins"`
}

type Limits struct {
	MaxConns int     `flag:"max-conns"`
	Ratio    float64 `flag:"ratio"`
}

func usage(cfg any) string {
	rv := reflect.ValueOf(cfg)
	rt := rv.Type()
	var b strings.Builder
	for i := 0; i < rt.NumField(); i++ {
		f := rt.Field(i)
		name := f.Tag.Get("flag")
		if name == "" {
			name = strings.ToLower(f.Name)
		}
		fmt.Fprintf(&b, "  -%s %s (set %t) %s\n", name, f.Type, !rv.Field(i).IsZero(), f.Tag.Get("usage"))
	}
	return b.String()
}

func hasField(v any, name string) bool {
	_, ok := reflect.TypeOf(v).FieldByName(name)
	return ok
}

func main() {
	fmt.Print(usage(Server{Host: "localhost", Port: 8080}))
	fmt.Print(usage(Limits{MaxConns: 10, Ratio: 0.5}))
	fmt.Println(hasField(Server{}, "Debug"), hasField(Limits{}, "Debug"), hasField(struct{ Debug int }{}, "Debug"))
	f, _ := reflect.TypeOf(any(Limits{})).FieldByName("Ratio")
	fmt.Println(f.Index, f.Type, f.Tag)
}
