package main

import "fmt"

// A cell struct type with a field of an interface type, held in an any,
// names its type as Go does; reflect sees an unnamed struct.
type W struct {
	Name string
	Data any
}

type Tree struct {
	Label    string
	Children []*Tree
	Data     any
}

type Pair struct {
	K string
	V error
}

func main() {
	var a any = W{"x", 1}
	fmt.Printf("%T %v %+v\n", a, a, a)
	fmt.Printf("%#v\n", a)
	a = &W{"p", "q"}
	fmt.Printf("%T\n", a)
	a = []W{{"s", nil}}
	fmt.Printf("%T %v\n", a, a)
	a = map[string]W{"k": {"m", 2.5}}
	fmt.Printf("%T %v\n", a, a)
	a = Tree{Label: "root", Children: []*Tree{}, Data: W{"d", 3}}
	fmt.Printf("%T %v %+v\n", a, a, a)
	a = Pair{"e", nil}
	fmt.Printf("%T %+v %#v\n", a, a, a)
	xs := []any{W{"y", true}, Tree{Label: "t"}}
	fmt.Printf("%T %T\n", xs[0], xs[1])
	fmt.Println(xs...)
}
