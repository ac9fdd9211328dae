package main

import "fmt"

type Vertex struct {
	X, Y int
}

var (
	v1 = Vertex{1, 2}
	v2 = Vertex{X: 1}
	v3 = Vertex{}
	p  = &Vertex{1, 2}
)

func main() {
	v := Vertex{1, 2}
	v.X = 4
	fmt.Println(v.X, v)
	pv := &v
	pv.X = 1e9
	fmt.Println(v)
	fmt.Println(v1, p, v2, v3)
	fmt.Printf("%v %+v %#v\n", v1, v2, v3)
	fmt.Println(v1 == Vertex{1, 2})

	point := struct {
		Name string
		Tags []string
	}{"origin", []string{"a", "b"}}
	fmt.Printf("%+v\n", point)
	vs := []Vertex{{1, 2}, {3, 4}}
	for _, w := range vs {
		fmt.Println(w.X + w.Y)
	}
}
