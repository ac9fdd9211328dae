package main

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
)

type Celsius float64

type Shape interface{ Area() float64 }

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

func describe(x any) string {
	v := reflect.ValueOf(x)
	switch v.Kind() {
	case reflect.Invalid:
		return "invalid"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return fmt.Sprintf("int %d", v.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return fmt.Sprintf("uint %d", v.Uint())
	case reflect.Float32, reflect.Float64:
		return fmt.Sprintf("float %g (%s)", v.Float(), v.Type())
	case reflect.String:
		return fmt.Sprintf("string %q len %d", v.String(), v.Len())
	case reflect.Bool:
		return fmt.Sprintf("bool %t", v.Bool())
	case reflect.Slice, reflect.Array:
		parts := make([]string, v.Len())
		for i := range v.Len() {
			parts[i] = describe(v.Index(i).Interface())
		}
		return fmt.Sprintf("%s of %d [%s]", v.Kind(), v.Len(), strings.Join(parts, ", "))
	case reflect.Map:
		keys := v.MapKeys()
		sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
		var parts []string
		for _, k := range keys {
			parts = append(parts, k.String()+"="+describe(v.MapIndex(k).Interface()))
		}
		return "map{" + strings.Join(parts, " ") + "}"
	case reflect.Struct:
		var parts []string
		for i := 0; i < v.NumField(); i++ {
			parts = append(parts, v.Type().Field(i).Name+":"+describe(v.Field(i).Interface()))
		}
		return v.Type().String() + "{" + strings.Join(parts, " ") + "}"
	case reflect.Ptr:
		if v.IsNil() {
			return "nil pointer"
		}
		return "pointer to " + describe(v.Elem().Interface())
	case reflect.Func:
		return "func " + v.Type().String()
	default:
		return "other " + v.Kind().String()
	}
}

func main() {
	var nilRect *Rect
	values := []any{
		nil, 42, int8(-3), uint16(9), 2.5, Celsius(36.6), "héllo", true,
		[]int{1, 2}, [2]string{"a", "b"}, map[string]int{"z": 1, "a": 2},
		Rect{2, 3}, &Rect{1, 1}, nilRect, strings.ToUpper,
	}
	for _, x := range values {
		fmt.Println(describe(x))
	}

	a := map[string][]int{"x": {1, 2, 3}}
	b := map[string][]int{"x": {1, 2, 3}}
	fmt.Println("DeepEqual maps:", reflect.DeepEqual(a, b))
	b["x"][2] = 4
	fmt.Println("after change:", reflect.DeepEqual(a, b))
	fmt.Println("nil vs empty slice:", reflect.DeepEqual([]int(nil), []int{}))
	fmt.Println("structs:", reflect.DeepEqual(Rect{1, 2}, Rect{1, 2}))
	var s Shape = Rect{3, 4}
	fmt.Println("implements:", reflect.TypeOf(Rect{}).Implements(reflect.TypeOf((*Shape)(nil)).Elem()))
	fmt.Println(reflect.TypeOf(s).Name(), s.Area())
	fmt.Println(reflect.TypeOf(Celsius(0)).Kind(), reflect.TypeOf(Celsius(0)))
}
