package main

import (
	"encoding/json"
	"fmt"
)

// Values of cell types whose underlying type is basic, held in
// interfaces: no case of the basic type matches them, and %T names them.

type celsius float64
type fahr float64
type Color string
type ID int

func kind(x any) string {
	switch v := x.(type) {
	case celsius:
		return fmt.Sprint("celsius ", float64(v)+1)
	case Color:
		return "color " + string(v)
	case string:
		return "string " + v
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func basic(x any) string {
	switch x.(type) {
	case float64:
		return "float64"
	case string:
		return "string"
	case int:
		return "int"
	}
	return fmt.Sprintf("not basic: %T", x)
}

func back() any { return ID(7) }

func main() {
	var x any = celsius(3.5)
	switch x.(type) {
	case float64:
		fmt.Println("float64")
	default:
		fmt.Println("default")
	}
	v, ok := x.(float64)
	fmt.Println(v, ok)
	fmt.Printf("%T %v\n", x, x)
	fmt.Println(basic(celsius(1)), basic(1.0), basic(back()), basic(Color("red")), basic("s"))

	c := x.(celsius)
	fmt.Println(c+1, kind(x), kind(fahr(2)), kind(Color("red")), kind(back()))
	c2, ok := x.(fahr)
	fmt.Println(c2, ok)
	fmt.Println(x == celsius(3.5), x == any(fahr(3.5)))

	xs := []any{Color("red"), "blue"}
	for _, e := range xs {
		if s, ok := e.(string); ok {
			fmt.Println("string", s)
		} else {
			fmt.Printf("not %T\n", e)
		}
	}
	m := map[string]any{"c": celsius(4)}
	_, ok = m["c"].(float64)
	fmt.Println(ok)

	b, _ := json.Marshal(map[string]any{"t": celsius(21.5), "c": Color("red"), "n": ID(3)})
	fmt.Println(string(b))
	keys := map[any]int{celsius(1): 1, 1.0: 2}
	fmt.Println(keys[celsius(1)], keys[1.0], len(keys))
	ch := make(chan any, 1)
	ch <- Color("blue")
	fmt.Printf("%v %T %q\n", x, <-ch, Color("x"))
	var ys []any
	ys = append(ys, ID(4), 4)
	for _, e := range ys {
		n, isInt := e.(int)
		fmt.Printf("%T %v %d %v\n", e, e, n, isInt)
	}
	if id, ok := ys[0].(ID); ok {
		fmt.Println("id", id*2)
	}
	fmt.Println(ys...)
	fmt.Printf("%v %+v %#v %x\n", ys, ys, ys[0], ys[0])
	switch v := x.(type) {
	case celsius:
		fmt.Println("top celsius", v)
	default:
		fmt.Println("top default")
	}
}
