package main

import (
	"fmt"
	"io"
	"strings"
)

type Shape interface{ Area() float64 }

type Square struct{ Side float64 }

func (s Square) Area() float64 { return s.Side * s.Side }

func main() {
	records := []map[string]interface{}{
		{"name": "Ann", "age": 31},
		{"name": "Bob", "age": 25},
		{"name": "Cid"},
		{"name": 42, "age": "old"},
	}
	for _, r := range records {
		age, ok := r["age"].(int)
		name, _ := r["name"].(string)
		fmt.Printf("%q %d %v\n", name, age, ok)
	}

	var v interface{} = 5
	n, ok := v.(int)
	fmt.Println(n, ok)
	v = "five"
	n, ok = v.(int)
	fmt.Println(n, ok)

	var any1 interface{} = 2.5
	any1, ok = v.(float64)
	fmt.Printf("%v %T %v\n", any1, any1, ok)

	for _, x := range []interface{}{Square{2}, 3, Square{3}, "s"} {
		sq, ok := x.(Square)
		sh, isShape := x.(Shape)
		fmt.Println(sq, ok, sh, isShape)
	}

	for _, r := range []io.Reader{strings.NewReader("a"), nil, strings.NewReader("b")} {
		sr, ok := r.(*strings.Reader)
		fmt.Println(sr != nil, ok)
	}
}
