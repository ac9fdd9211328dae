package main

import "fmt"

type Vertex struct {
	X int
	Y int
}

type Named struct {
	Name string
	Pos  Vertex
}

var (
	v1 = Vertex{1, 2}  // has type Vertex
	v2 = Vertex{X: 1}  // Y:0 is implicit
	v3 = Vertex{}      // X:0 and Y:0
	p  = &Vertex{1, 2} // has type *Vertex
)

func main() {
	i, j := 42, 2701
	ptr := &i
	fmt.Println(*ptr)
	*ptr = 21
	fmt.Println(i)
	ptr = &j
	*ptr = *ptr / 37
	fmt.Println(j)

	fmt.Println(Vertex{1, 2})
	v := Vertex{1, 2}
	v.X = 4
	fmt.Println(v.X, v)

	q := &v
	q.X = 1e9
	(*q).Y = 7
	fmt.Println(v)

	fmt.Println(v1, p, v2, v3)
	fmt.Printf("%v %+v %#v\n", v1, v2, *p)
	fmt.Printf("%T %T\n", v1, p)
	n := Named{Name: "home", Pos: Vertex{3, 4}}
	fmt.Printf("%+v\n", n)
	np := &n
	np.Pos.X++
	fmt.Println(n.Pos, v1 == Vertex{1, 2})
	anon := struct {
		A, B string
	}{"x", "y"}
	fmt.Printf("%v %+v\n", anon, anon)
	var nilp *Vertex
	fmt.Println(nilp == nil, nilp)
}
