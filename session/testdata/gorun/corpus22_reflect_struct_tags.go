package main

import (
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

type Config struct {
	Host    string  `env:"HOST" default:"localhost"`
	Port    int     `env:"PORT" default:"8080"`
	Debug   bool    `env:"DEBUG"`
	Ratio   float64 `env:"RATIO" default:"0.5"`
	Tags    []string
	private int `env:"PRIVATE"`
}

func load(dst any, env map[string]string) error {
	v := reflect.ValueOf(dst)
	if v.Kind() != reflect.Pointer || v.Elem().Kind() != reflect.Struct {
		return errors.New("load: need pointer to struct, got " + v.Type().String())
	}
	v = v.Elem()
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		field := t.Field(i)
		key, ok := field.Tag.Lookup("env")
		if !ok || !field.IsExported() {
			continue
		}
		raw, found := env[key]
		if !found {
			raw = field.Tag.Get("default")
		}
		if raw == "" {
			continue
		}
		fv := v.Field(i)
		switch fv.Kind() {
		case reflect.String:
			fv.SetString(raw)
		case reflect.Int:
			n, err := strconv.Atoi(raw)
			if err != nil {
				return fmt.Errorf("field %s: %w", field.Name, err)
			}
			fv.SetInt(int64(n))
		case reflect.Bool:
			b, err := strconv.ParseBool(raw)
			if err != nil {
				return fmt.Errorf("field %s: %w", field.Name, err)
			}
			fv.SetBool(b)
		case reflect.Float64:
			f, err := strconv.ParseFloat(raw, 64)
			if err != nil {
				return fmt.Errorf("field %s: %w", field.Name, err)
			}
			fv.SetFloat(f)
		}
	}
	return nil
}

func main() {
	var c Config
	err := load(&c, map[string]string{"PORT": "9090", "DEBUG": "true", "PRIVATE": "1"})
	fmt.Printf("%+v %v\n", c, err)
	err = load(&c, map[string]string{"PORT": "ninety"})
	fmt.Println(err)
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne))
	fmt.Println(load(c, nil))

	t := reflect.TypeOf(c)
	for i := range t.NumField() {
		f := t.Field(i)
		fmt.Printf("%-7s %-8s tag=%-28q offset=%d\n", f.Name, f.Type, f.Tag, f.Offset)
	}
	sf, ok := t.FieldByName("Ratio")
	fmt.Println(sf.Index, ok, sf.Tag.Get("env"))
	_, ok = t.FieldByName("Missing")
	fmt.Println(ok)
	fmt.Println(t.Name(), t.PkgPath(), t.Kind(), t.NumMethod(), t.Size() > 0)

	v := reflect.New(t).Elem()
	v.FieldByName("Host").SetString("built")
	v.FieldByName("Tags").Set(reflect.ValueOf([]string{"x"}))
	fmt.Printf("%+v\n", v.Interface())
	defer func() {
		r := recover()
		fmt.Println("recovered:", strings.SplitN(fmt.Sprint(r), " using", 2)[0])
	}()
	v.FieldByName("private").SetInt(3)
}
