package main

import "fmt"

type shape interface{ area() float64 }

type sq struct{ s float64 }

func (q sq) area() float64 { return q.s * q.s }

type holder struct{ sh shape }

func kind(x shape) string {
	switch v := x.(type) {
	case sq:
		return fmt.Sprint("square ", v.s)
	default:
		return "default"
	}
}

func ret(s sq) shape { return shape(s) }

func main() {
	s := sq{2}
	fmt.Println("arg:", kind(shape(s)))
	fmt.Println("lit:", kind(shape(sq{3})))
	sh := shape(s)
	fmt.Println("define:", kind(sh))
	var sh2 shape = shape(s)
	fmt.Println("var:", kind(sh2))
	fmt.Println("return:", kind(ret(s)))
	list := []shape{shape(s)}
	fmt.Println("slice:", kind(list[0]))
	h := holder{sh: shape(s)}
	fmt.Println("struct:", kind(h.sh))
	m := map[string]shape{"a": shape(s)}
	fmt.Println("map:", kind(m["a"]))
	ch := make(chan shape, 1)
	ch <- shape(s)
	fmt.Println("chan:", kind(<-ch))
	list = append(list, shape(s))
	fmt.Println("append:", kind(list[1]))
	var sh3 shape
	sh3 = shape(s)
	fmt.Println("assign:", kind(sh3))
	s.s = 9
	fmt.Println("copied:", kind(sh), kind(sh3), kind(list[0]))
}
