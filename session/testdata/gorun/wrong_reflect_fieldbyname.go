package main

import (
	"fmt"
	"reflect"
)

type Config struct {
	Host    string `env:"HOST" default:"localhost"`
	Port    int    `env:"PORT"`
	Verbose bool
	Tags    []string `env:"TAGS"`
}

func main() {
	t := reflect.TypeOf(Config{})
	for _, name := range []string{"Port", "Verbose", "Missing", "Tags"} {
		f, ok := t.FieldByName(name)
		fmt.Println(name, ok, f.Name, f.Type, f.Index, f.Tag.Get("env"), f.Anonymous, f.PkgPath == "")
	}
	host, _ := reflect.TypeOf(Config{}).FieldByName("Host")
	fmt.Printf("%q %q\n", host.Tag.Get("default"), host.Tag)
	f, ok := reflect.TypeOf(Config{}).FieldByName("Port")
	fmt.Println(f.Offset > 0, ok)
}
