package main

import (
	"fmt"
	"reflect"
	"strconv"
)

type Config struct {
	Host    string
	Port    int
	Debug   bool
	Ratio   float64
	Retries uint
	secret  string
}

func set(target any, name, raw string) error {
	v := reflect.ValueOf(target)
	if v.Kind() != reflect.Ptr || v.Elem().Kind() != reflect.Struct {
		return fmt.Errorf("set: need pointer to struct, got %T", target)
	}
	f := v.Elem().FieldByName(name)
	if !f.IsValid() {
		return fmt.Errorf("set: no field %q", name)
	}
	if !f.CanSet() {
		return fmt.Errorf("set: field %q cannot be set", name)
	}
	switch f.Kind() {
	case reflect.String:
		f.SetString(raw)
	case reflect.Int:
		n, err := strconv.Atoi(raw)
		if err != nil {
			return fmt.Errorf("set %s: %w", name, err)
		}
		f.SetInt(int64(n))
	case reflect.Uint:
		n, err := strconv.ParseUint(raw, 10, 64)
		if err != nil {
			return fmt.Errorf("set %s: %w", name, err)
		}
		f.SetUint(n)
	case reflect.Bool:
		b, err := strconv.ParseBool(raw)
		if err != nil {
			return fmt.Errorf("set %s: %w", name, err)
		}
		f.SetBool(b)
	case reflect.Float64:
		x, err := strconv.ParseFloat(raw, 64)
		if err != nil {
			return fmt.Errorf("set %s: %w", name, err)
		}
		f.SetFloat(x)
	default:
		return fmt.Errorf("set: unsupported kind %s", f.Kind())
	}
	return nil
}

func main() {
	var c Config
	inputs := [][2]string{
		{"Host", "localhost"},
		{"Port", "8080"},
		{"Debug", "true"},
		{"Ratio", "0.75"},
		{"Retries", "3"},
		{"Port", "eighty"},
		{"Timeout", "5s"},
		{"secret", "x"},
	}
	for _, in := range inputs {
		if err := set(&c, in[0], in[1]); err != nil {
			fmt.Println("error:", err)
		}
	}
	fmt.Printf("%+v\n", c)
	fmt.Println(set(c, "Host", "nope"))

	// Setting through reflect.ValueOf(&x).Elem() on plain values too.
	n := 10
	reflect.ValueOf(&n).Elem().SetInt(99)
	fmt.Println("n =", n)
	s := []int{1, 2, 3}
	reflect.ValueOf(s).Index(1).SetInt(20)
	fmt.Println("s =", s)
}
