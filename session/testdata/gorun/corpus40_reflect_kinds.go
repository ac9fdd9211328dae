package main

import (
	"fmt"
	"reflect"
	"strings"
)

type Celsius float64

type Pair struct {
	Key   string
	Value int
}

func describe(x any) string {
	v := reflect.ValueOf(x)
	switch v.Kind() {
	case reflect.Invalid:
		return "nil"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return fmt.Sprintf("signed integer %d", v.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return fmt.Sprintf("unsigned integer %d", v.Uint())
	case reflect.Float32, reflect.Float64:
		return fmt.Sprintf("float %.2f (type %s)", v.Float(), v.Type())
	case reflect.String:
		return fmt.Sprintf("string of length %d", v.Len())
	case reflect.Bool:
		return fmt.Sprintf("bool %t", v.Bool())
	case reflect.Slice, reflect.Array:
		parts := make([]string, v.Len())
		for i := 0; i < v.Len(); i++ {
			parts[i] = describe(v.Index(i).Interface())
		}
		return fmt.Sprintf("%s of %d: [%s]", v.Kind(), v.Len(), strings.Join(parts, "; "))
	case reflect.Map:
		return fmt.Sprintf("map with %d keys, key type %s", v.Len(), v.Type().Key())
	case reflect.Struct:
		return fmt.Sprintf("struct %s with %d fields", v.Type().Name(), v.NumField())
	case reflect.Ptr:
		if v.IsNil() {
			return "nil pointer"
		}
		return "pointer to " + describe(v.Elem().Interface())
	case reflect.Func:
		return fmt.Sprintf("func with %d args", v.Type().NumIn())
	default:
		return "something else: " + v.Kind().String()
	}
}

func main() {
	var np *Pair
	values := []any{
		42, int8(-3), uint16(9), 3.14159, Celsius(21.5), "hello", true,
		[]int{1, 2}, [2]string{"a", "b"}, map[string]int{"x": 1},
		Pair{"k", 1}, &Pair{"p", 2}, np, strings.ToUpper, nil,
	}
	for i, x := range values {
		fmt.Printf("%2d: %s\n", i, describe(x))
	}
}
