package main

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"time"
)

type DBConfig struct {
	Host     string        `default:"localhost" env:"DB_HOST"`
	Port     int           `default:"5432" env:"DB_PORT"`
	User     string        `default:"postgres"`
	Timeout  time.Duration `default:"5s" env:"DB_TIMEOUT"`
	MaxConns int           `default:"10"`
	SSL      bool          `default:"true" env:"DB_SSL"`
	Tags     []string      `default:"a,b" env:"DB_TAGS"`
}

var durationType = reflect.TypeOf(time.Duration(0))

func assign(f reflect.Value, raw string) error {
	if f.Type() == durationType {
		d, err := time.ParseDuration(raw)
		if err != nil {
			return err
		}
		f.SetInt(int64(d))
		return nil
	}
	switch f.Kind() {
	case reflect.String:
		f.SetString(raw)
	case reflect.Int:
		n, err := strconv.Atoi(raw)
		if err != nil {
			return err
		}
		f.SetInt(int64(n))
	case reflect.Bool:
		b, err := strconv.ParseBool(raw)
		if err != nil {
			return err
		}
		f.SetBool(b)
	case reflect.Slice:
		parts := strings.Split(raw, ",")
		f.Set(reflect.ValueOf(parts))
	default:
		return fmt.Errorf("unsupported type %s", f.Type())
	}
	return nil
}

func load(cfg any, env map[string]string) error {
	v := reflect.ValueOf(cfg).Elem()
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		sf := t.Field(i)
		raw, has := sf.Tag.Lookup("default")
		if key := sf.Tag.Get("env"); key != "" {
			if ev, ok := env[key]; ok {
				raw, has = ev, true
			}
		}
		if !has || !v.Field(i).IsZero() {
			continue
		}
		if err := assign(v.Field(i), raw); err != nil {
			return fmt.Errorf("field %s: %w", sf.Name, err)
		}
	}
	return nil
}

func main() {
	var a DBConfig
	fmt.Println(load(&a, nil))
	fmt.Printf("%+v\n", a)

	b := DBConfig{User: "admin"}
	fmt.Println(load(&b, map[string]string{"DB_HOST": "db.internal", "DB_TIMEOUT": "250ms", "DB_TAGS": "x,y,z"}))
	fmt.Printf("%+v\n", b)

	var c DBConfig
	fmt.Println(load(&c, map[string]string{"DB_PORT": "fifty"}))
	var d DBConfig
	fmt.Println(load(&d, map[string]string{"DB_SSL": "maybe"}))
}
