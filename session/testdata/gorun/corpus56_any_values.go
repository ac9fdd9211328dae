package main

import (
	"fmt"
	"sort"
)

type Point struct{ X, Y int }

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	return [...]string{"Red", "Green", "Blue"}[c]
}

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d", x)
	case string:
		return fmt.Sprintf("string %q", x)
	case Point:
		return fmt.Sprintf("Point %+v", x)
	case *Point:
		return fmt.Sprintf("*Point %+v", *x)
	case fmt.Stringer:
		return "Stringer " + x.String()
	case []any:
		return fmt.Sprintf("slice of %d", len(x))
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	vals := []any{1, "two", Point{3, 4}, &Point{5, 6}, Green, nil, 3.5, []any{1, 2}, map[string]int{}}
	for _, v := range vals {
		fmt.Println(describe(v))
	}
	fmt.Println(vals[:5]...)
	fmt.Printf("%v\n", vals[4:7])
	fmt.Printf("%+v\n", vals[2:3])
	fmt.Printf("%T\n", vals[2])
	m := map[string]any{
		"point": Point{1, 2},
		"color": Blue,
		"list":  []Point{{1, 1}, {2, 2}},
		"nil":   nil,
		"num":   42,
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s=%v (%T)\n", k, m[k], m[k])
	}
	fmt.Println(m)
	fmt.Printf("%v\n", m)
	var a any = Point{7, 8}
	p, ok := a.(Point)
	fmt.Println(p, ok)
	_, ok = a.(*Point)
	fmt.Println(ok)
	fmt.Printf("%#v\n", a)
	fmt.Println(a == Point{7, 8})
}
