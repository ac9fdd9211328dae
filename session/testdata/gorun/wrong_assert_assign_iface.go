package main

import "fmt"

type Shape interface{ Area() int }

type Sq struct{ s int }

func (q Sq) Area() int { return q.s * q.s }

type Ci struct{ r int }

func (c Ci) Area() int { return 3 * c.r * c.r }

func pick(n int) (Sq, bool) { return Sq{n}, n > 0 }

func keep(v Shape) Shape {
	var cur Shape = Ci{2}
	cur, _ = v.(Sq)
	return cur
}

func main() {
	var v Shape = Sq{3}
	var cur Shape
	cur, _ = v.(Sq)
	fmt.Println(cur, cur.Area())

	ok := false
	shapes := []Shape{Sq{1}, Ci{1}, Sq{2}}
	for _, s := range shapes {
		cur, ok = s.(Sq)
		fmt.Println(cur, ok)
	}
	cur, ok = pick(4)
	fmt.Println(cur.Area(), ok)
	fmt.Println(keep(Sq{4}), keep(Ci{1}))

	var st fmt.Stringer
	var n int
	n, ok = map[string]int{"a": 1}["a"]
	fmt.Println(st == nil, n, ok)
}
